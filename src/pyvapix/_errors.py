"""Every error pyvapix raises is a :class:`VapixError`.

Each names the operation and protocol it concerns, so a log line says what failed where.
Credentials never appear in messages.
"""

from __future__ import annotations


class VapixError(Exception):
    """Base of all pyvapix errors.

    ``operation`` (``"tdc:GetDoorState"``, ``"cgi:param_list"``), ``protocol`` (``json``,
    ``soap``, ``cgi``) and ``url`` (the device URL of the request, without credentials or
    query) say where it happened when it happened in a call."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        protocol: str | None = None,
        url: str | None = None,
    ) -> None:
        self.message = message
        self.operation = operation
        self.protocol = protocol
        self.url = url
        super().__init__(message)

    def __str__(self) -> str:
        context = ", ".join(part for part in (self.operation, self.protocol, self.url) if part)
        return f"{self.message} [{context}]" if context else self.message


class UnknownOperationError(VapixError, LookupError):
    """The operation name is not one of the generated operations."""


class EncodeError(VapixError, ValueError):
    """The value given for a request (or message) cannot be encoded: names the member."""


class DecodeError(VapixError, ValueError):
    """A payload is malformed, hostile (DTD, entities), too large, or has a value of the
    wrong type: names the member where it went wrong."""


class TransportError(VapixError):
    """The HTTP exchange failed: connection refused or dropped, unexpected status.

    ``request_sent`` is False only when the request provably never reached the device
    (connection refused, TLS handshake failed); otherwise the device may have executed it.
    ``attempts`` is how many times the client sent it, retries included.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        protocol: str | None = None,
        url: str | None = None,
        status_code: int | None = None,
        request_sent: bool = True,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, operation=operation, protocol=protocol, url=url)
        self.status_code = status_code
        self.request_sent = request_sent
        self.attempts = attempts


class VapixTimeoutError(TransportError, TimeoutError):
    """No answer within the timeout."""


class CertificateError(TransportError):
    """The device's TLS certificate is not trusted (unknown issuer, wrong host name, or not
    the pinned fingerprint). Nothing was sent, and retrying cannot help: never retried."""


class AuthenticationError(VapixError):
    """The device refused the credentials (HTTP 401/403), or offered no usable scheme."""


class ProtocolNotSupportedError(TransportError):
    """The device does not serve this protocol for this service (404, 415, 501, 503...)."""


class FaultError(VapixError):
    """The device answered with a fault (SOAP 1.2 Fault or the JSON fault object).

    ``code`` is ``env:Sender``/``env:Receiver``; ``subcodes`` the nested ``ter:`` codes in
    order; ``reason`` the reason text; ``detail`` the JSON ``FaultMsg`` or SOAP detail text.
    """

    def __init__(
        self,
        *,
        code: str,
        subcodes: tuple[str, ...] = (),
        reason: str = "",
        detail: str = "",
        operation: str | None = None,
        protocol: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.code = code
        self.subcodes = subcodes
        self.reason = reason
        self.detail = detail
        self.status_code = status_code
        codes = " ".join((code, *subcodes))
        text = f"{codes}: {reason}" if reason else codes
        if detail and detail != reason:
            text = f"{text} ({detail})"
        super().__init__(text, operation=operation, protocol=protocol)

    @property
    def subcode(self) -> str | None:
        """The most specific subcode, e.g. ``ter:NotFound``; match on this."""
        return self.subcodes[-1] if self.subcodes else None

    def has(self, code: str) -> bool:
        """True when ``code`` (with or without prefix) is the code or one of the subcodes."""
        wanted = code.rsplit(":", 1)[-1]
        return any(c.rsplit(":", 1)[-1] == wanted for c in (self.code, *self.subcodes))


class DeviceError(FaultError):
    """The device answered a JSON call with a VAPIX error object (``{"error": {"code":
    2104, "message": "..."}}``) or an ``"error"`` text instead of the operation's answer, as
    some endpoints and firmware do. ``code`` is the device's error code as text (may be
    empty), ``reason`` its message, ``detail`` its details as JSON."""

    def __init__(
        self,
        *,
        code: str,
        reason: str = "",
        detail: str = "",
        operation: str | None = None,
        protocol: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(
            code=code or "error",
            reason=reason,
            detail=detail,
            operation=operation,
            protocol=protocol,
            status_code=status_code,
        )
