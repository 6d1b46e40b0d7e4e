"""``pyvapix.decode`` and ``pyvapix.encode``: any operation's wire messages without a device,
PACS (JSON or SOAP) and the classic CGIs alike."""

from __future__ import annotations

from typing import Any

from . import cgi
from ._catalogue import lookup
from ._codec import Message, decode_for, encode_for


def decode(
    op: str, payload: bytes | str, *, message: Message = "response", protocol: str = "json"
) -> Any:
    """Parse a wire payload of operation ``op`` ("prefix:Operation") into its model.

    SOAP payloads may be a whole envelope or the Body content. A fault payload raises
    :class:`~pyvapix.FaultError`; anything malformed raises :class:`~pyvapix.DecodeError`.
    ``protocol="cgi"`` (or a ``cgi:<name>`` operation) parses a classic CGI body into its
    typed result, raising the CGI error the body stands for."""
    if protocol == "cgi" or op.startswith("cgi:"):
        return cgi.decode(op, payload, message=message)
    return decode_for(lookup(op), payload, message=message, protocol=protocol)


def encode(op: str, obj: Any, *, message: Message = "request", protocol: str = "json") -> bytes:
    """The wire payload of ``obj`` (a model, or its plain JSON-mapping form). For
    ``cgi:<name>`` operations, ``obj`` maps the method's keyword arguments and the result
    is the form body, JSON body or encoded query."""
    if protocol == "cgi" or op.startswith("cgi:"):
        return cgi.encode(op, obj, message=message)
    return encode_for(lookup(op), obj, message=message, protocol=protocol)
