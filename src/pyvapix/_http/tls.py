"""TLS settings of a client: verification is on by default (the system's or httpx's CA
bundle); ``verify=`` takes a CA bundle path or an :class:`ssl.SSLContext`; ``pin_sha256=``
trusts exactly the certificate(s) with that SHA-256 fingerprint, for controllers with
self-signed certificates.

A pin replaces chain and host name verification: the handshake fails unless the device's
certificate (DER) hashes to a pinned value. The check runs inside the handshake, before a
single byte of the request (or its credentials) is sent, in the sync and async clients alike.
"""

from __future__ import annotations

import hashlib
import os
import ssl
from collections.abc import Iterable

Verify = bool | str | ssl.SSLContext


class PinMismatchError(ssl.SSLCertVerificationError):
    """The device's certificate is not one of the pinned ones."""


def fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a DER certificate, as ``openssl x509 -fingerprint -sha256``
    prints it (upper-case hex pairs joined by colons)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalise_pin(pin: str) -> str:
    """A fingerprint in any usual spelling (colons, spaces, either case) as lower-case hex."""
    text = "".join(pin.replace(":", "").split()).lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise ValueError(
            "pin_sha256 must be a SHA-256 fingerprint: 64 hex digits (colons allowed)"
        )
    return text


class _PinnedContext(ssl.SSLContext):
    pins: frozenset[str] = frozenset()


def _check(context: ssl.SSLContext, der: bytes | None) -> None:
    pins = context.pins if isinstance(context, _PinnedContext) else frozenset()
    if der is None or hashlib.sha256(der).hexdigest() not in pins:
        got = fingerprint(der) if der is not None else "none"
        raise PinMismatchError(f"the certificate's SHA-256 fingerprint {got} is not pinned")


class _PinnedSocket(ssl.SSLSocket):  # the sync client's sockets
    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        _check(self.context, self.getpeercert(binary_form=True))


class _PinnedObject(ssl.SSLObject):  # the async client's (memory BIO) connections
    def do_handshake(self) -> None:
        super().do_handshake()
        _check(self.context, self.getpeercert(binary_form=True))


def pinned_context(pins: Iterable[str]) -> ssl.SSLContext:
    """A client context that accepts exactly the certificates with these fingerprints."""
    context = _PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the pin is the verification
    context.pins = frozenset(normalise_pin(pin) for pin in pins)
    context.sslsocket_class = _PinnedSocket
    context.sslobject_class = _PinnedObject
    return context


def verify_setting(verify: Verify, pin_sha256: str | Iterable[str] | None) -> Verify:
    """What to give httpx as ``verify``: a CA bundle path (file or directory) becomes a
    context, as httpx asks."""
    if pin_sha256 is None:
        if isinstance(verify, str):
            if os.path.isdir(verify):
                return ssl.create_default_context(capath=verify)
            return ssl.create_default_context(cafile=verify)
        return verify
    if verify is not True:
        raise ValueError("pin_sha256 replaces verify=: pass one or the other")
    pins = [pin_sha256] if isinstance(pin_sha256, str) else list(pin_sha256)
    if not pins:
        raise ValueError("pin_sha256 needs at least one fingerprint")
    return pinned_context(pins)


def certificate_failure(exc: BaseException) -> ssl.SSLError | None:
    """The TLS verification failure behind an httpx/httpcore connection error, if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        current = current.__cause__ or current.__context__
    return None
