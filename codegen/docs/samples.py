"""Example messages synthesised from the types, the same for every build.

A PACS example is a model instance with every member filled (lists with one item, nested
models down to a fixed depth); the pages show what :func:`pyvapix.encode` makes of it, so
the wire forms are exactly what the runtime sends. A CGI example is the keyword arguments
of a call, each parameter given a value its spec allows.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from decimal import Decimal
from typing import Any

from pyvapix._codec import layout as s
from pyvapix.runtime import CgiOperation, CgiParam

from .xsd import SchemaIndex

# Nested models deeper than this are left out (or empty where required): the examples stay
# readable and recursive types end.
MAX_DEPTH = 3

# Values of the XML Schema types that the models hold as text.
BUILTIN_TEXT = {
    "duration": "PT10S",
    "dateTime": "2024-06-01T08:00:00Z",
    "date": "2024-06-01",
    "time": "08:00:00",
    "anyURI": "https://192.168.0.90/",
}


def sample_model(cls: type, schemas: SchemaIndex, depth: int = 0) -> Any:
    """An instance of the generated model class ``cls`` with every member filled."""
    layout = s.layout_of(cls)
    values: dict[str, Any] = {}
    for member in layout.plain_fields:
        if member.model is not None:
            if depth >= MAX_DEPTH or not s.layout_of(member.model).plain_fields:
                # too deep, or an extension point that holds nothing declared
                if member.needs_value:
                    values[member.name] = [] if member.is_list else None
                continue
            value = sample_model(member.model, schemas, depth + 1)
        else:
            assert member.scalar is not None
            value = _scalar(member.scalar, _owner_builtin(cls, member.xml_name, schemas), member)
        values[member.name] = [value] if member.is_list else value
    return cls(**values)


def _owner_builtin(cls: type, member: str, schemas: SchemaIndex) -> str | None:
    """The built-in type of ``member``, looked up on the class and then on its bases (a
    member inherited from ``pt:DataEntity`` is declared there)."""
    for owner in cls.__mro__:
        if not hasattr(owner, "__dataclass_fields__"):
            continue
        layout = s.layout_of(owner)
        found = schemas.builtin((layout.namespace or "", layout.xml_name), member)
        if found is not None:
            return found
    return None


def _scalar(scalar: s.Scalar, builtin: str | None, member: s.FieldLayout) -> Any:
    if isinstance(scalar, s.SecretScalar):
        scalar = scalar.inner
    if isinstance(scalar, s.UnionScalar):
        scalar = scalar.members[0]
    if isinstance(scalar, s.EnumScalar):
        return next(iter(scalar.enum_type))
    if isinstance(scalar, s.BytesScalar):
        return b"\x0a\x1b\x2c\x3d"
    if scalar is s.BOOL:
        return True
    if scalar is s.INT:
        return 1
    if scalar is s.FLOAT:
        return 1.5
    if scalar is s.DECIMAL:
        return Decimal("1.5")
    if builtin in BUILTIN_TEXT:
        return BUILTIN_TEXT[builtin]
    return f"{kebab(member.xml_name)}-1"


def kebab(name: str) -> str:
    """``DoorToken`` -> ``door-token``, ``IdData`` -> ``id-data``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()


def sample_arguments(op: CgiOperation) -> dict[str, Any]:
    """Keyword arguments of a call of ``op``: every parameter with a value its spec allows
    (the first allowed value, the default, the minimum ...); optional maps and files are
    left out."""
    return {
        p.name: _cgi_value(p) for p in op.params if p.required or p.kind not in ("map", "file")
    }


def _cgi_value(param: CgiParam) -> Any:
    if param.kind == "map":
        return {"Example.Key": "value"}
    if param.kind == "file":
        return b"file content"
    if param.record is not None:
        return [_record(param.record)]
    one = _cgi_scalar(param)
    return [one] if param.kind == "list" else one


def _record(cls: type) -> Any:
    """A JSON object parameter (a record dataclass) with its members filled."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("cgi", {}).get("extra"):
            continue
        kind = next(a for a in (*typing.get_args(hints[f.name]), hints[f.name]) if a is not None)
        values[f.name] = 1 if kind is int else f"{kebab(f.name.replace('_', '-'))}-1"
    return cls(**values)


def _cgi_scalar(param: CgiParam) -> Any:
    if param.values:
        return param.values[0]
    if param.default is not None:
        return param.default
    kind = param.scalars[0]
    if kind == "bool":
        return True
    if kind in ("int", "float"):  # 1, moved into the allowed range
        number = max(param.minimum if param.minimum is not None else 1, 1)
        number = min(number, param.maximum) if param.maximum is not None else number
        return int(number) if kind == "int" else float(number)
    text = "secret" if param.secret else f"{kebab(param.name.replace('_', '-'))}-1"
    return text[: param.max_length] if param.max_length else text
