"""The binding of the classic CGIs: no other protocol to fall back to, so nothing is ever
"unserved" (a missing CGI is the operation's own error, CgiNotSupportedError)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._http.body import ACCEPT_ENCODING
from ..cgi._download import Destination, DownloadSink, Progress, filename_from, total_from
from ..cgi._errors import PROTOCOL
from ..cgi._operation import CgiOperation
from ..cgi._request import build_request
from ..cgi._response import interpret
from .failures import Where
from .wire import Answer, Request, Sink, SinkFactory


class CgiBinding:
    """One call of a CGI operation; a download's body goes to ``dest``."""

    protocol = PROTOCOL

    def __init__(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        *,
        dest: Destination | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.op = op
        self.operation = op.qualified_name
        self.args = args
        self.dest = dest
        self.progress = progress
        extra = args.get(op.timeout_param) if op.timeout_param else None
        is_number = isinstance(extra, (int, float)) and not isinstance(extra, bool)
        self.extra_time = float(extra) if is_number and extra > 0 else 0.0  # type: ignore[operator, arg-type]

    def request(self) -> Request:
        built = build_request(self.op, self.args)
        return Request(
            built.method,
            built.target,
            {**built.headers, "Accept-Encoding": ACCEPT_ENCODING},
            built.content,
            built.files,
            description=f"{self.operation} {built.describe()}",
        )

    def sink(self) -> SinkFactory | None:
        if self.dest is None:
            return None
        dest, progress = self.dest, self.progress
        default = self.op.response.filename or f"{self.op.name}.bin"

        def open_sink(headers: Mapping[str, str]) -> Sink:
            return DownloadSink(
                dest,
                default_name=default,
                proposed_name=filename_from(headers.get("content-disposition", "")),
                total=total_from(headers.get("content-length")),
                progress=progress,
            )

        return open_sink

    def unserved(self, answer: Answer) -> bool:
        return False

    def foreign(self, answer: Answer) -> bool:
        return False

    def interpret(self, answer: Answer, where: Where) -> Any:
        if answer.download is not None:
            return answer.download
        return interpret(self.op, answer.status, answer.body, answer.content_type)
