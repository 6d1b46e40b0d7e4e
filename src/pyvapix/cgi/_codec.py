"""The CGI operations by name, and ``decode``/``encode`` for them without a device.

``decode("cgi:param_list", body)`` parses a response body into the typed result the
client method returns (or raises the error the body stands for); ``encode`` gives the
wire arguments of a request. The operation table is the generated
``pyvapix.generated.cgi.operations`` module, imported on first use.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from .._errors import DecodeError, EncodeError, UnknownOperationError
from ._errors import PROTOCOL
from ._operation import CgiOperation
from ._request import build_request, wire_payload
from ._response import interpret

OPERATIONS_MODULE = "pyvapix.generated.cgi.operations"
_TABLE: dict[str, CgiOperation] | None = None


def operations() -> tuple[CgiOperation, ...]:
    """Every CGI operation, in spec order (``pyvapix ops`` lists them as ``cgi:<name>``)."""
    return tuple(_table().values())


def _table() -> dict[str, CgiOperation]:
    global _TABLE
    if _TABLE is None:
        module: Any = importlib.import_module(OPERATIONS_MODULE)
        _TABLE = {op.name: op for op in module.OPERATIONS}
    return _TABLE


def lookup(op: str | CgiOperation) -> CgiOperation:
    """An operation by ``cgi:<name>`` or ``<name>``."""
    if isinstance(op, CgiOperation):
        return op
    name = op[len("cgi:") :] if op.startswith("cgi:") else op
    try:
        return _table()[name]
    except KeyError:
        raise UnknownOperationError(
            f"no CGI operation {name!r} (see pyvapix.cgi.operations())",
            operation=f"cgi:{name}",
            protocol=PROTOCOL,
        ) from None


def decode(
    op: str | CgiOperation,
    payload: bytes | str,
    *,
    message: str = "response",
    status_code: int = 200,
    content_type: str = "",
) -> Any:
    """Parse a body of ``op``: a response into its typed result (raising the CGI error it
    stands for), or a request's wire arguments into the method's keyword arguments."""
    operation = lookup(op)
    if message == "response":
        return interpret(operation, status_code, payload, content_type)
    if message == "request":
        return decode_request(operation, payload)
    raise ValueError(f"message must be 'request' or 'response', not {message!r}")


def encode(
    op: str | CgiOperation, args: Mapping[str, Any] | None = None, *, message: str = "request"
) -> bytes:
    """The wire arguments of a call of ``op``: the form or JSON body, or the encoded query
    of a GET. ``args`` are the method's keyword arguments."""
    operation = lookup(op)
    if message != "request":
        raise ValueError("CGI responses are decoded, never encoded: use message='request'")
    if args is not None and not isinstance(args, Mapping):
        raise EncodeError(
            "arguments must be a mapping of the method's keyword arguments",
            operation=operation.qualified_name,
            protocol=PROTOCOL,
        )
    return wire_payload(build_request(operation, dict(args or {})))


def decode_request(op: CgiOperation, payload: bytes | str) -> dict[str, Any]:
    """The keyword arguments a request carries (fixed arguments such as ``action`` and
    values written through templates are left out)."""
    text = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    if op.style == "json":
        try:
            body = json.loads(text)
        except ValueError as exc:
            raise DecodeError(
                f"malformed JSON: {exc}", operation=op.qualified_name, protocol=PROTOCOL
            ) from None
        given = body.get("params") or {} if isinstance(body, dict) else {}
        return {p.name: given[p.key] for p in op.params if p.key and p.key in given}
    query = text.split("?", 1)[1] if "?" in text else text
    fixed = {key for key, _ in op.fixed}
    by_key = {p.key: p for p in op.params if p.key and p.kind not in ("map", "file")}
    mapping = next((p for p in op.params if p.kind == "map"), None)
    args: dict[str, Any] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        param = by_key.get(key)
        if param is None:
            if mapping is not None and key not in fixed:
                args.setdefault(mapping.name, {})[key] = value
            continue
        if param.kind == "list":
            items = [value] if param.repeat else [v for v in value.split(param.join) if v]
            args.setdefault(param.name, []).extend(_typed(param.scalars, v) for v in items)
        else:
            args[param.name] = _typed(param.scalars, value, param.true, param.false)
    return args


def _typed(kinds: tuple[str, ...], text: str, true: str = "yes", false: str = "no") -> Any:
    for kind in kinds:
        if kind == "bool" and text in (true, false):
            return text == true
        if kind == "int":
            try:
                return int(text)
            except ValueError:
                continue
        if kind == "float":
            try:
                return float(text)
            except ValueError:
                continue
        if kind == "str":
            return text
    return text
