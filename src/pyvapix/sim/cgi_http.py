"""Requests and answers of the simulated CGIs, before any CGI logic.

A classic CGI takes its arguments from the query string and, for a POST, from an
``application/x-www-form-urlencoded`` body (the same keys; devices accept either); uploads
are ``multipart/form-data``; the JSON APIs take a JSON body. :class:`CgiRequest` offers all
of them, decoded once. An :class:`Answer` is the HTTP answer; its body is bytes, or chunks
produced while they are sent (downloads).

Access: a handler calls :meth:`CgiCall.require` with the level it needs; a caller without
credentials is then challenged (HTTP 401), one with too low a level refused (:class:`Forbidden`,
which each CGI answers in its own way).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from .auth import Account

if TYPE_CHECKING:
    from .state import DeviceState

Headers = list[tuple[str, str]]
Body = bytes | Iterator[bytes]
TEXT = "text/plain"
HTML = "text/html"
XML = "text/xml"
JSON = "application/json"


@dataclass(frozen=True)
class Upload:
    """A file of a multipart request."""

    filename: str
    content: bytes


@dataclass(frozen=True)
class CgiRequest:
    method: str
    path: str
    args: tuple[tuple[str, str], ...]  # query, then form arguments, in order
    body: bytes
    content_type: str
    files: dict[str, Upload] = field(default_factory=dict)

    @classmethod
    def parse(cls, method: str, target: str, headers: dict[str, str], body: bytes) -> CgiRequest:
        path, _, query = target.partition("?")
        args = parse_qsl(query, keep_blank_values=True)
        content_type = headers.get("content-type", "")
        media = content_type.split(";", 1)[0].strip().lower()
        files: dict[str, Upload] = {}
        if method == "POST" and media == "application/x-www-form-urlencoded":
            args += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        elif method == "POST" and media == "multipart/form-data":
            fields, files = _multipart(content_type, body)
            args += fields
        elif method == "POST" and body and media in ("", "text/plain") and b"=" in body:
            # Some clients declare text/plain and send a form body; devices read it anyway.
            args += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return cls(method, path, tuple(args), body, content_type, files)

    def get(self, name: str, default: str | None = None) -> str | None:
        """The first value of an argument."""
        return next((value for key, value in self.args if key == name), default)

    def json(self) -> Any:
        """The JSON body; ValueError when it is not JSON."""
        return json.loads(self.body.decode("utf-8"))


def _multipart(content_type: str, body: bytes) -> tuple[list[tuple[str, str]], dict[str, Upload]]:
    """Fields and files of a multipart/form-data body (the email parser reads MIME)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message: Message = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: list[tuple[str, str]] = []
    files: dict[str, Upload] = {}
    if not message.is_multipart():
        return fields, files
    for part in message.get_payload():
        if not isinstance(part, Message):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = Upload(filename, content)
        else:
            fields.append((name, content.decode("utf-8", "replace")))
    return fields, files


@dataclass
class Answer:
    status: int
    headers: Headers
    body: Body

    def chunks(self) -> Iterator[bytes]:
        if isinstance(self.body, bytes):
            yield self.body
        else:
            yield from self.body


def text(
    body: str, *, status: int = 200, content_type: str = TEXT, encoding: str = "utf-8"
) -> Answer:
    """A text answer; ``content_type`` as the device sends it (often without a charset)."""
    return Answer(status, [("Content-Type", content_type)], body.encode(encoding))


def json_answer(document: Any) -> Answer:
    return Answer(200, [("Content-Type", JSON)], json.dumps(document).encode("utf-8"))


def not_found(path: str) -> Answer:
    return text(f"404 Not Found\nThe requested URL {path} was not found.\n", status=404)


def forbidden() -> Answer:
    return text("403 Forbidden\nThe account may not do this.\n", status=403)


class Unauthenticated(Exception):
    """The request needs credentials it did not carry: challenge (HTTP 401)."""


class Forbidden(Exception):
    """The account's level is too low for the request."""

    def __init__(self, level: str) -> None:
        super().__init__(f"needs {level}")
        self.level = level


@dataclass
class CgiCall:
    """One request being served: who asks, on which device."""

    request: CgiRequest
    account: Account
    authenticated: bool
    state: DeviceState

    def require(self, level: str) -> None:
        """Go on only when the caller reaches ``level``."""
        if self.account.may(level):
            return
        if not self.authenticated:
            raise Unauthenticated
        raise Forbidden(level)

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.request.get(name, default)

    def log(self, process: str, message: str, level: str = "INFO") -> None:
        """A line in the system log, as the CGI's process writes it."""
        self.state.log.add(self.state.now(), level, process, message)
