"""One operation call as HTTP, without doing I/O: which request to send, and what the
answer means. The sync and async clients share this and differ only in how they send."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from ._catalogue import Operation
from ._codec import decode_for, encode_for
from ._errors import (
    AuthenticationError,
    DecodeError,
    FaultError,
    ProtocolNotSupportedError,
    TransportError,
    VapixError,
)

SOAP_PATH = "/vapix/services"
PROTOCOLS = ("json", "soap", "auto")
# Answers that mean "this endpoint does not serve JSON here" (nothing was executed).
JSON_UNAVAILABLE = {404, 405, 406, 415, 501, 503}
# Operations that wait on the device until something happens (an event pull): they get the
# client's ``long_poll_timeout`` instead of its ``timeout``. No PACS operation long-polls.
LONG_POLL: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class HttpRequest:
    path: str
    headers: dict[str, str]
    content: bytes


def protocol_from(value: str | None) -> str:
    """The client-wide protocol: the argument, else ``PYVAPIX_PROTOCOL``, else ``auto``."""
    chosen = (value or os.environ.get("PYVAPIX_PROTOCOL") or "auto").lower()
    if chosen not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)}, not {chosen!r}")
    return chosen


def attempts(operation: Operation, requested: str, json_refused: set[str]) -> list[str]:
    """Protocols to try in order. ``auto`` tries JSON first unless this endpoint refused it
    before (or has none), then SOAP."""
    endpoint = operation.service.json_endpoint
    if requested == "json":
        if endpoint is None:
            raise ProtocolNotSupportedError(
                f"service {operation.info.prefix!r} has no JSON endpoint; use protocol='soap'",
                operation=operation.qualified_name,
                protocol="json",
                request_sent=False,
            )
        return ["json"]
    if requested == "soap":
        return ["soap"]
    if endpoint is None or endpoint in json_refused:
        return ["soap"]
    return ["json", "soap"]


def is_long_poll(operation: Operation) -> bool:
    return operation.qualified_name in LONG_POLL


def prepare(operation: Operation, request: Any, protocol: str) -> HttpRequest:
    content = encode_for(operation, request, message="request", protocol=protocol)
    if protocol == "json":
        assert operation.service.json_endpoint is not None
        return HttpRequest(
            operation.service.json_endpoint,
            {"Content-Type": "application/json", "Accept": "application/json"},
            content,
        )
    action = operation.info.soap_action
    return HttpRequest(
        SOAP_PATH,
        {
            "Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"',
            "Accept": "application/soap+xml, text/xml",
        },
        content,
    )


def interpret(
    operation: Operation, protocol: str, status: int, content: bytes, content_type: str
) -> Any:
    """The response model, or the error the answer stands for."""
    name = operation.qualified_name
    if status == 401:
        raise AuthenticationError(
            "the device refused the credentials (HTTP 401)", operation=name, protocol=protocol
        )
    if status == 403:
        raise AuthenticationError(
            "the account lacks the rights for this operation (HTTP 403)",
            operation=name,
            protocol=protocol,
        )
    looks_right = _looks_like(protocol, content, content_type)
    if protocol == "json" and status in JSON_UNAVAILABLE and not looks_right:
        raise ProtocolNotSupportedError(
            f"the device does not serve JSON here (HTTP {status})",
            operation=name,
            protocol=protocol,
            status_code=status,
        )
    if looks_right:
        try:
            result = decode_for(operation, content, message="response", protocol=protocol)
        except FaultError as fault:
            fault.status_code = status
            raise
        except DecodeError:
            if 200 <= status < 300:
                raise
        else:
            if 200 <= status < 300:
                return result
    if 200 <= status < 300:
        if protocol == "json" and not looks_right:
            raise ProtocolNotSupportedError(
                f"the device answered {content_type or 'an unknown type'}, not JSON",
                operation=name,
                protocol=protocol,
                status_code=status,
            )
        raise DecodeError(
            f"the answer is not {protocol.upper()}: {content[:60]!r}",
            operation=name,
            protocol=protocol,
        )
    raise TransportError(
        f"HTTP {status} without a {protocol.upper()} answer",
        operation=name,
        protocol=protocol,
        status_code=status,
    )


def _looks_like(protocol: str, content: bytes, content_type: str) -> bool:
    head = content.lstrip()[:1]
    if protocol == "json":
        return head in (b"{", b"[") or "json" in content_type
    return head == b"<" and "html" not in content_type


def fallback_allowed(error: VapixError) -> bool:
    """True when a JSON attempt failed in a way that proves nothing was executed."""
    return isinstance(error, ProtocolNotSupportedError)
