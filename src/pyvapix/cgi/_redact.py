"""Keep secrets (pwdgrp.cgi passwords, credentials) out of recorded cassettes.

Use :func:`redact_request` as vcrpy's ``before_record_request`` and filter the
``Authorization`` header::

    @pytest.fixture(scope="module")
    def vcr_config():
        return {"filter_headers": ["authorization"],
                "before_record_request": pyvapix.cgi.redact_request}

The secret argument names come from the spec (parameters marked ``secret: true``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ._request import MASK, encode_pairs

REDACTED = "REDACTED"


def secret_keys() -> frozenset[str]:
    """Wire names of every secret argument of every CGI operation (``pwd``)."""
    from ._codec import operations

    keys: set[str] = set()
    for op in operations():
        keys |= op.secret_keys
    return frozenset(keys)


def redact_pairs(text: str, secret: frozenset[str] | None = None) -> str:
    """A form body or query with the values of secret keys replaced."""
    keys = secret_keys() if secret is None else secret
    pairs = parse_qsl(text, keep_blank_values=True)
    if not any(k in keys for k, _ in pairs):
        return text
    return encode_pairs((k, REDACTED if k in keys else v) for k, v in pairs)


def redact_request(request: Any) -> Any:
    """vcrpy ``before_record_request`` hook: secrets out of the URI, the form body and the
    Authorization header. Returns the (modified) request."""
    parts = urlsplit(request.uri)
    if parts.query:
        request.uri = urlunsplit(parts._replace(query=redact_pairs(parts.query)))
    body = request.body
    if body:
        raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        if "=" in raw and not raw.lstrip().startswith(("{", "<", "--")):
            cleaned = redact_pairs(raw)
            if cleaned != raw:
                request.body = cleaned.encode("utf-8")
    headers = getattr(request, "headers", None)
    if headers is not None:
        for name in list(headers):
            if name.lower() in ("authorization", "proxy-authorization"):
                headers[name] = MASK
    return request
