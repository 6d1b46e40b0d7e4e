"""Errors of the classic VAPIX CGIs.

Most CGIs report a refused request with HTTP 200 and an error text (``# Error: ...``,
``Error: 4``, ``<!-- ... -->``, ``<reply result="error">``) or a JSON ``error`` member; the
spec says how each CGI does it, and the runtime raises one of these. Every class is a
:class:`~pyvapix.VapixError`, so ``except VapixError`` still catches all of pyvapix.
"""

from __future__ import annotations

from typing import Any

from .._errors import AuthenticationError, VapixError

PROTOCOL = "cgi"
BODY_EXCERPT = 300  # characters of the answer kept on an error


class CgiError(VapixError):
    """The device refused a CGI request.

    ``code`` is the error code when the device gave one (``4`` for ``Error: 4``, ``2104``
    for a JSON error); ``meaning`` the spec's explanation of that code; ``status_code`` the
    HTTP status (usually 200); ``body`` the start of the answer, for diagnosis.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status_code: int | None = None,
        code: str | int | None = None,
        meaning: str | None = None,
        body: str = "",
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.meaning = meaning
        self.body = body[:BODY_EXCERPT]
        text = message or "the device reported an error"
        if meaning and meaning not in text:
            text = f"{text} ({meaning})"
        super().__init__(text, operation=operation, protocol=PROTOCOL)


class CgiRequestError(CgiError):
    """The CGI answered with an error text or an XML error reply: the request was refused."""


class CgiPartialError(CgiRequestError):
    """``param.cgi?action=add`` created the group (``entry``, e.g. ``G0``) but could not set
    some of the given parameters."""

    def __init__(self, message: str, *, entry: str, **kwargs: Any) -> None:
        self.entry = entry
        super().__init__(message, **kwargs)


class CgiApiError(CgiError):
    """A JSON API answered with its ``error`` member (``code`` is then an int).

    ``details`` is the error's ``details`` object and ``errors`` the further errors of a
    partly applied request (io/portmanagement.cgi ``setPorts``)."""

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        errors: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.details = details or {}
        self.errors = errors or []
        super().__init__(message, **kwargs)


class CgiAuthenticationError(CgiError, AuthenticationError):
    """HTTP 401/403 with the CGI's own error text (pwdgrp.cgi's initial-admin errors)."""


class CgiNotSupportedError(CgiError):
    """The device has no such CGI (HTTP 404) or refuses the method (HTTP 405)."""
