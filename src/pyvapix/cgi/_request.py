"""Method arguments -> the HTTP request of a CGI operation, without I/O.

Values are checked against the spec (required, allowed values, ranges) and written as the
device wants them (``yes``/``no``, lists joined by ``,`` or ``:``), then every key and value
is percent-encoded with nothing left unescaped (``1:/300\\`` -> ``1%3A%2F300%5C``). The
request target is therefore final before Digest authentication signs it, and httpx sends
exactly those bytes. Passwords go in POST bodies only and are masked in every text this
module produces.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .._errors import EncodeError
from . import _records as records
from ._errors import PROTOCOL
from ._operation import CgiOperation, CgiParam

MASK = "***"
FORM_TYPE = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"


@dataclass(frozen=True, repr=False)
class CgiRequest:
    """The request of one call: method, target (path and encoded query), body.

    ``pairs`` are the wire arguments before encoding; ``repr`` and :meth:`describe` mask
    the secret ones."""

    operation: CgiOperation
    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    json_body: Any = None

    def describe(self) -> str:
        """``POST /axis-cgi/pwdgrp.cgi action=add&user=joe&pwd=***``: for logs."""
        secret = self.operation.secret_keys
        shown = "&".join(f"{k}={MASK if k in secret else v}" for k, v in self.pairs)
        if self.json_body is not None:
            shown = json.dumps(self.json_body, ensure_ascii=False)
        path = self.target.split("?", 1)[0]
        return f"{self.method} {path}" + (f" {shown}" if shown else "")

    def __repr__(self) -> str:
        return f"<CgiRequest {self.operation.qualified_name}: {self.describe()}>"


def encode_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """``key=value&...`` with every reserved character percent-encoded (RFC 3986)."""
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def _fail(op: CgiOperation, message: str) -> EncodeError:
    return EncodeError(message, operation=op.qualified_name, protocol=PROTOCOL)


def _shown(param: CgiParam, value: Any) -> str:
    return "the given value" if param.secret else repr(value)


def _number(op: CgiOperation, param: CgiParam, value: Any, kind: str) -> int | float:
    if isinstance(value, bool):
        raise _fail(
            op,
            f"{param.name}: expected {'an integer' if kind == 'int' else 'a number'}, "
            f"got {_shown(param, value)}",
        )
    try:
        if kind == "int":
            number: int | float = value if isinstance(value, int) else int(str(value).strip())
        else:
            number = value if isinstance(value, (int, float)) else float(str(value).strip())
    except ValueError:
        raise _fail(
            op,
            f"{param.name}: {_shown(param, value)} is not "
            f"{'an integer' if kind == 'int' else 'a number'}",
        ) from None
    if param.minimum is not None and number < param.minimum:
        raise _fail(
            op, f"{param.name}: {_shown(param, value)} is below the minimum {param.minimum:g}"
        )
    if param.maximum is not None and number > param.maximum:
        raise _fail(
            op, f"{param.name}: {_shown(param, value)} is above the maximum {param.maximum:g}"
        )
    return number


def _float_text(number: float) -> str:
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _bool_value(op: CgiOperation, param: CgiParam, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in ("yes", "true", "1", "on", param.true.casefold()):
            return True
        if word in ("no", "false", "0", "off", param.false.casefold()):
            return False
    raise _fail(op, f"{param.name}: expected a boolean, got {_shown(param, value)}")


def scalar_value(op: CgiOperation, param: CgiParam, value: Any) -> str | int | float | bool:
    """The checked value of one scalar: typed for JSON, the caller makes text of it."""
    kinds = param.scalars
    if "bool" in kinds:
        result: str | int | float | bool = _bool_value(op, param, value)
    elif "int" in kinds and (
        (isinstance(value, int) and not isinstance(value, bool)) or "str" not in kinds
    ):
        result = _number(op, param, value, "int")
    elif "float" in kinds and (
        (isinstance(value, (int, float)) and not isinstance(value, bool)) or "str" not in kinds
    ):
        result = _number(op, param, value, "float")
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        result = str(value)
        if param.max_length is not None and len(result) > param.max_length:
            raise _fail(op, f"{param.name}: longer than {param.max_length} characters")
    else:
        raise _fail(op, f"{param.name}: expected {' or '.join(kinds)}, got {type(value).__name__}")
    if param.values:
        allowed = {str(v) for v in param.values}
        text = _text(param, result)
        if text not in allowed:
            raise _fail(
                op,
                f"{param.name}: {_shown(param, value)} is not one of "
                f"{', '.join(str(v) for v in param.values)}",
            )
    return result


def _text(param: CgiParam, value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return param.true if value else param.false
    if isinstance(value, float):
        return _float_text(value)
    return str(value)


def _items(value: Any) -> list[Any]:
    if (
        isinstance(value, (str, bytes))
        or not isinstance(value, Iterable)
        or isinstance(value, Mapping)
    ):
        return [value]
    return list(value)


def _file(op: CgiOperation, param: CgiParam, value: Any) -> tuple[str, bytes, str]:
    kind = "application/octet-stream"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return param.filename, bytes(value), kind
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        try:
            return path.name, path.read_bytes(), kind
        except OSError as exc:
            raise _fail(op, f"{param.name}: cannot read {path}: {exc.strerror}") from None
    if hasattr(value, "read"):
        data = value.read()
        name = os.path.basename(str(getattr(value, "name", "") or "")) or param.filename
        return name, data if isinstance(data, bytes) else str(data).encode("utf-8"), kind
    raise _fail(op, f"{param.name}: expected bytes, a path or a binary file")


def _template(op: CgiOperation, text: str, values: Mapping[str, str]) -> str:
    try:
        return text.format_map(values)
    except KeyError as exc:
        raise _fail(op, f"{exc.args[0]} is required") from None


def build_request(op: CgiOperation, args: Mapping[str, Any]) -> CgiRequest:
    """The request of ``op`` for keyword arguments ``args`` (None means "not given")."""
    known = {p.name for p in op.params}
    unknown = sorted(set(args) - known)
    if unknown:
        raise _fail(
            op,
            f"unknown argument(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(known)) or 'none'})",
        )
    pairs: list[tuple[str, str]] = []
    json_params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes, str]] = {}
    template_values: dict[str, str] = {}
    for param in op.params:
        value = args.get(param.name)
        if value is None:
            value = param.default
        if value is None:
            if param.required:
                raise _fail(op, f"{param.name} is required")
            continue
        if param.kind == "file":
            files[param.key or param.name] = _file(op, param, value)
        elif param.kind == "map":
            if not isinstance(value, Mapping):
                raise _fail(op, f"{param.name}: expected a mapping of parameter names to values")
            for key, item in value.items():
                if not isinstance(key, str) or not key:
                    raise _fail(op, f"{param.name}: parameter names must be non-empty strings")
                if item is None:
                    continue
                if isinstance(item, bool):
                    text = param.true if item else param.false
                elif isinstance(item, float):
                    text = _float_text(item)
                else:
                    text = str(item)
                pairs.append((key, text))
        elif param.kind == "list":
            items = _items(value)
            if param.required and not items:
                raise _fail(op, f"{param.name} needs at least one value")
            if param.record is not None or op.style == "json":
                checked: list[Any] = [
                    records.to_wire(i) if param.record else scalar_value(op, param, i)
                    for i in items
                ]
                json_params[param.key or param.name] = checked
                continue
            texts = [_text(param, scalar_value(op, param, i)) for i in items]
            if param.repeat:
                pairs.extend((param.key or param.name, t) for t in texts)
            else:
                joined = param.join.join(texts)
                template_values[param.name] = joined
                if param.key:
                    pairs.append((param.key, joined))
        else:
            scalar = scalar_value(op, param, value)
            if op.style == "json":
                json_params[param.key or param.name] = scalar
                continue
            text = _text(param, scalar)
            template_values[param.name] = text
            if param.key:
                pairs.append((param.key, text))
    fixed = [
        (_template(op, k, template_values), _template(op, v, template_values)) for k, v in op.fixed
    ]
    return _assemble(op, fixed + pairs, json_params, files)


def _assemble(
    op: CgiOperation,
    pairs: list[tuple[str, str]],
    json_params: dict[str, Any],
    files: dict[str, tuple[str, bytes, str]],
) -> CgiRequest:
    if op.style == "json":
        body: dict[str, Any] = {}
        if op.api_version:
            body["apiVersion"] = op.api_version
        body["method"] = op.json_method or op.name
        params = {**dict(pairs), **json_params}
        if params:
            body["params"] = params
        return CgiRequest(
            op,
            "POST",
            op.path,
            {"Content-Type": JSON_TYPE, "Accept": JSON_TYPE},
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
            None,
            tuple(pairs),
            body,
        )
    encoded = encode_pairs(pairs)
    if op.style == "form":
        return CgiRequest(
            op,
            op.method,
            op.path,
            {"Content-Type": FORM_TYPE},
            encoded.encode("ascii"),
            None,
            tuple(pairs),
        )
    target = f"{op.path}?{encoded}" if encoded else op.path
    if op.style == "multipart":
        return CgiRequest(op, "POST", target, {}, None, files or None, tuple(pairs))
    return CgiRequest(op, op.method, target, {}, None, None, tuple(pairs))


def wire_payload(request: CgiRequest) -> bytes:
    """The bytes that carry the arguments: the body, or the query of a GET."""
    if request.content is not None:
        return request.content
    if request.files:
        raise EncodeError(
            "a multipart upload has no fixed encoding; the transport builds it",
            operation=request.operation.qualified_name,
            protocol=PROTOCOL,
        )
    return request.target.partition("?")[2].encode("ascii")
