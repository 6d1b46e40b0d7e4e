"""What differs per protocol: the request of a call, what an answer means, and whether an
answer proves the protocol is not served there. One class per protocol; the JSON and SOAP
bindings of the PACS services differ only in a few overrides. The CGI binding is in
cgi_binding.py (imported with the first CGI call).

A binding is made for one call (operation and arguments) and is pure: it never sends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Protocol

from .._catalogue import Operation
from .._codec import decode_for, encode_for
from .._errors import DecodeError, FaultError
from .._http.body import ACCEPT_ENCODING
from . import failures
from .failures import Where
from .wire import Answer, Request, SinkFactory

SOAP_PATH = "/vapix/services"


class Binding(Protocol):
    """One protocol's view of one call."""

    @property
    def protocol(self) -> str: ...

    @property
    def operation(self) -> str:
        """The qualified name, e.g. ``tdc:GetDoorState``."""

    @property
    def extra_time(self) -> float:
        """Seconds the device holds the answer back by design (a CGI's duration)."""

    def request(self) -> Request: ...

    def sink(self) -> SinkFactory | None: ...

    def unserved(self, answer: Answer) -> bool: ...

    def foreign(self, answer: Answer) -> bool: ...

    def interpret(self, answer: Answer, where: Where) -> Any: ...


class PacsBinding:
    """A PACS operation over one of its protocols; subclasses say which."""

    protocol: ClassVar[str]
    # Statuses that, without an answer of this protocol, mean "not served here": nothing
    # was executed.
    UNSERVED: ClassVar[frozenset[int]]
    extra_time = 0.0

    def __init__(
        self,
        operation: Operation,
        model: Any,
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> None:
        self.info = operation
        self.operation = operation.qualified_name
        self.model = model
        self.soap_headers = soap_headers  # header block models (JSON has no place for them)
        # Reads a successful answer's body instead of the codec (a faster form for a hot
        # path, such as events straight from a pull); raises FaultError/DecodeError.
        self.read_answer = read_answer

    def path(self) -> str:
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def looks_right(self, answer: Answer) -> bool:
        raise NotImplementedError

    def request(self) -> Request:
        content = encode_for(
            self.info,
            self.model,
            message="request",
            protocol=self.protocol,
            headers=self.soap_headers,
        )
        path = self.path()
        return Request(
            "POST",
            path,
            {**self.headers(), "Accept-Encoding": ACCEPT_ENCODING},
            content,
            description=f"POST {path} {self.operation} ({self.protocol})",
        )

    def sink(self) -> SinkFactory | None:
        return None

    def unserved(self, answer: Answer) -> bool:
        return answer.status in self.UNSERVED and not self.looks_right(answer)

    def foreign(self, answer: Answer) -> bool:
        """A successful status with something that is not this protocol."""
        return answer.ok and not self.looks_right(answer)

    def interpret(self, answer: Answer, where: Where) -> Any:
        """The response model, or the error the answer stands for."""
        if answer.status in (401, 403):
            raise failures.status(answer.status, where)
        if self.looks_right(answer):
            try:
                result = (
                    self.read_answer(answer.body)
                    if self.read_answer is not None
                    else decode_for(
                        self.info, answer.body, message="response", protocol=self.protocol
                    )
                )
            except FaultError as fault:
                fault.status_code = answer.status
                raise
            except DecodeError:
                if answer.ok:
                    raise
            else:
                if answer.ok:
                    return result
        if answer.ok:
            raise DecodeError(
                f"the answer is not {self.protocol.upper()} "
                f"({answer.content_type or 'no content type'}): {answer.body[:60]!r}"
            )
        raise failures.status(answer.status, where)


class JsonBinding(PacsBinding):
    protocol = "json"
    # A1001 1.65.6 answers 503 on /vapix/doorcontrol, which it does not serve over JSON.
    UNSERVED = frozenset({404, 405, 406, 415, 501, 503})

    def path(self) -> str:
        endpoint = self.info.service.json_endpoint
        assert endpoint is not None  # a service without one never gets a JsonBinding
        return endpoint

    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", "Accept": "application/json"}

    def looks_right(self, answer: Answer) -> bool:
        head = answer.body.lstrip()[:1]
        return head in (b"{", b"[") or "json" in answer.content_type


class SoapBinding(PacsBinding):
    protocol = "soap"
    UNSERVED = frozenset({404, 405, 415, 501})

    def path(self) -> str:
        return SOAP_PATH

    def headers(self) -> dict[str, str]:
        action = self.info.info.soap_action
        return {
            "Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"',
            "Accept": "application/soap+xml, text/xml",
        }

    def looks_right(self, answer: Answer) -> bool:
        head = answer.body.lstrip()[:1]
        return head in (b"<", b"\xff", b"\xfe", b"\xef") and "html" not in answer.content_type
