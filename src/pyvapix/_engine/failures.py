"""Every error of a call is built here, from what the attempt ended with, and names the
operation, the protocol and the URL; messages say what happened in words
("could not connect to 192.168.0.90:443"). Credentials never appear: URLs carry none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict
from urllib.parse import urlsplit

import httpx

from .._errors import (
    AuthenticationError,
    CertificateError,
    FaultError,
    ProtocolNotSupportedError,
    TransportError,
    VapixError,
    VapixTimeoutError,
)
from .._http import tls

# Errors after which httpx provably sent nothing: the connection (or the TLS session, or a
# pooled connection) never stood, or the URL could not be used at all.
NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)
MAY_HAVE_RUN = "not retried: the device may have executed it; check its state before repeating it"


@dataclass(frozen=True, slots=True)
class Where:
    """The call an error belongs to."""

    operation: str
    protocol: str
    origin: str = ""  # scheme://host[:port] of the device
    path: str = ""

    @property
    def url(self) -> str:
        return self.origin + self.path

    def context(self) -> _Context:
        """The keyword arguments that put this place into an error."""
        return {"operation": self.operation, "protocol": self.protocol, "url": self.url}

    @property
    def host(self) -> str:
        """``host:port``, the port spelled out even when it is the scheme's default."""
        parts = urlsplit(self.origin)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname or ""
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class _Context(TypedDict):
    operation: str
    protocol: str
    url: str


def named(error: VapixError, where: Where) -> VapixError:
    """``error`` with the call's operation, protocol and URL where it has none of its own."""
    error.operation = error.operation or where.operation
    error.protocol = error.protocol or where.protocol
    error.url = error.url or where.url
    return error


def from_exception(exc: BaseException, where: Where, seconds: float) -> VapixError:
    """The error an attempt that ended in ``exc`` stands for."""
    if isinstance(exc, VapixError):  # a bound on the body, or authentication
        return named(exc, where)
    if not isinstance(exc, httpx.HTTPError):
        raise exc  # not a failure of the exchange: a bug, shown as it is
    sent = not isinstance(exc, NOT_SENT)
    failure = tls.certificate_failure(exc) if isinstance(exc, httpx.ConnectError) else None
    if failure is not None:
        return CertificateError(
            f"the TLS certificate of {where.host} was refused: {failure}",
            request_sent=False,
            **where.context(),
        )
    if isinstance(exc, httpx.TimeoutException):
        if sent:
            text = f"no answer within {seconds:g} s from {where.host}"
        else:
            text = f"could not connect to {where.host} within {seconds:g} s"
        return VapixTimeoutError(
            f"{text} ({type(exc).__name__})", request_sent=sent, **where.context()
        )
    if not sent:
        detail = f"could not connect to {where.host}"
    else:
        detail = f"the connection to {where.host} failed after sending"
    return TransportError(
        f"{detail} ({type(exc).__name__}: {exc})", request_sent=sent, **where.context()
    )


def delivered(error: VapixError) -> bool:
    """False when the request provably never reached the device."""
    if isinstance(error, TransportError):
        return error.request_sent
    return not isinstance(error, AuthenticationError)


def status(status_code: int, where: Where, role: str | None = None) -> VapixError:
    """An HTTP status without an answer of the protocol."""
    if status_code == 401:
        return AuthenticationError(
            "the device refused the credentials (HTTP 401)", **where.context()
        )
    if status_code == 403:
        needs = f"; needs {role}" if role else ""
        return AuthenticationError(
            f"the account lacks the rights for this operation (HTTP 403{needs})",
            **where.context(),
        )
    return TransportError(
        f"HTTP {status_code} without a {where.protocol.upper()} answer",
        status_code=status_code,
        **where.context(),
    )


def not_served(status_code: int, content_type: str, where: Where) -> ProtocolNotSupportedError:
    """The endpoint does not serve this protocol; nothing was executed."""
    answered = f"HTTP {status_code}" + (f", {content_type}" if content_type else "")
    return ProtocolNotSupportedError(
        f"the device does not serve {where.protocol.upper()} at {where.path} ({answered})",
        operation=where.operation,
        protocol=where.protocol,
        url=where.url,
        status_code=status_code,
    )


def no_endpoint(operation: str, prefix: str) -> ProtocolNotSupportedError:
    """JSON asked for a service that has no JSON endpoint."""
    return ProtocolNotSupportedError(
        f"service {prefix!r} has no JSON endpoint; use protocol='soap' or 'auto'",
        operation=operation,
        protocol="json",
        request_sent=False,
    )


def given_up(error: VapixError, *, sends: int, seconds: float, may_have_run: bool) -> VapixError:
    """``error`` as the call's final error: how often the request went out and for how
    long, and, for a command that may have arrived, that it was not repeated (the caller
    decides)."""
    if isinstance(error, TransportError):
        error.attempts = sends
    if may_have_run and not isinstance(
        error, (FaultError, AuthenticationError, ProtocolNotSupportedError)
    ):
        note = MAY_HAVE_RUN
    elif sends > 1:
        note = f"after {sends} attempts in {seconds:.1f} s"
    else:
        return error
    error.message = f"{error.message} ({note})"
    error.args = (error.message,)
    return error
