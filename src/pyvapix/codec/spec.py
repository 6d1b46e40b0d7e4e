"""How a generated model class maps to the wire, read once from its dataclass fields.

The generator writes every field's XML name, kind and namespace into the field metadata,
so this module needs no schema and no knowledge of xsdata's rules: it reads the metadata
and the type hints, and caches one :class:`ModelSpec` per class.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any

ATTRIBUTE = "Attribute"
ELEMENT = "Element"
TEXT = "Text"
WILDCARD = "Wildcard"
ANY_ATTRIBUTES = "Attributes"


class BadValue(Exception):
    """A value that does not fit its type; the codec adds where it happened."""


class FieldError(Exception):
    """A value that does not fit, with the member path where it happened."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class Scalar:
    """Conversions of one simple type between wire text, JSON values and Python values."""

    __slots__ = ("name", "python_types")

    name: str
    python_types: tuple[type, ...]

    def from_text(self, text: str) -> Any:
        raise NotImplementedError

    def to_text(self, value: Any) -> str:
        raise NotImplementedError

    def from_json(self, value: Any) -> Any:
        return self.from_text(value) if isinstance(value, str) else self.check(value)

    def to_json(self, value: Any) -> Any:
        return self.check(value)

    def check(self, value: Any) -> Any:
        if isinstance(value, self.python_types) and not (
            isinstance(value, bool) and bool not in self.python_types
        ):
            return value
        raise BadValue(f"{value!r} is not {self.name}")


class _Str(Scalar):
    name, python_types = "a string", (str,)

    def from_text(self, text: str) -> str:
        return text

    def to_text(self, value: Any) -> str:
        return self.check(value)  # type: ignore[no-any-return]

    def from_json(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(value)
        return self.check(value)  # type: ignore[no-any-return]


class _Int(Scalar):
    name, python_types = "an integer", (int,)

    def from_text(self, text: str) -> int:
        try:
            return int(text.strip())
        except ValueError:
            raise BadValue(f"{text!r} is not an integer") from None

    def to_text(self, value: Any) -> str:
        return str(self.check(value))


class _Float(Scalar):
    name, python_types = "a number", (float, int)

    def from_text(self, text: str) -> float:
        text = text.strip()
        special = {"INF": "inf", "-INF": "-inf", "NaN": "nan"}
        try:
            return float(special.get(text, text))
        except ValueError:
            raise BadValue(f"{text!r} is not a number") from None

    def to_text(self, value: Any) -> str:
        number = float(self.check(value))
        if number != number:
            return "NaN"
        if number in (float("inf"), float("-inf")):
            return "INF" if number > 0 else "-INF"
        return repr(number)


class _Decimal(Scalar):
    name, python_types = "a decimal", (Decimal, int)

    def from_text(self, text: str) -> Decimal:
        try:
            return Decimal(text.strip())
        except InvalidOperation:
            raise BadValue(f"{text!r} is not a decimal") from None

    def from_json(self, value: Any) -> Decimal:
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return self.from_text(str(value))
        raise BadValue(f"{value!r} is not a decimal")

    def to_text(self, value: Any) -> str:
        return str(self.check(value))

    def to_json(self, value: Any) -> Any:
        number = self.check(value)
        return int(number) if number == int(number) else float(number)


class _Bool(Scalar):
    name, python_types = "a boolean", (bool,)

    def from_text(self, text: str) -> bool:
        word = text.strip().lower()
        if word in ("true", "1"):
            return True
        if word in ("false", "0"):
            return False
        raise BadValue(f"{text!r} is not a boolean")

    def to_text(self, value: Any) -> str:
        return "true" if self.check(value) else "false"


class _Bytes(Scalar):
    python_types = (bytes,)

    def __init__(self, hex_format: bool) -> None:
        self.name = "hex binary" if hex_format else "base64 binary"
        self.hex = hex_format

    def from_text(self, text: str) -> bytes:
        try:
            if self.hex:
                return bytes.fromhex(text.strip())
            return base64.b64decode("".join(text.split()), validate=True)
        except (ValueError, binascii.Error):
            raise BadValue(f"{text[:40]!r} is not {self.name}") from None

    def to_text(self, value: Any) -> str:
        data = self.check(value)
        return data.hex().upper() if self.hex else base64.b64encode(data).decode("ascii")

    def to_json(self, value: Any) -> str:
        return self.to_text(value)


class _Enum(Scalar):
    """An enumeration; with ``open_`` an unknown value stays a ``str`` (newer firmware)."""

    def __init__(self, enum_type: type[enum.Enum], open_: bool) -> None:
        self.enum_type = enum_type
        self.open = open_
        self.name = f"one of {', '.join(repr(m.value) for m in enum_type)}"
        self.python_types = (enum_type, str) if open_ else (enum_type,)
        self.by_value = {m.value: m for m in enum_type}

    def from_text(self, text: str) -> Any:
        member = self.by_value.get(text)
        if member is None:
            member = self.by_value.get(text.strip())
        if member is not None:
            return member
        if self.open:
            return text
        raise BadValue(f"{text!r} is not {self.name}")

    def to_text(self, value: Any) -> str:
        if isinstance(value, self.enum_type):
            return str(value.value)
        if isinstance(value, str) and (self.open or value in self.by_value):
            return value
        raise BadValue(f"{value!r} is not {self.name}")

    def to_json(self, value: Any) -> str:
        return self.to_text(value)


class _AnyValue(Scalar):
    """xs:anyType / anySimpleType content: kept as text."""

    name, python_types = "a value", (object,)

    def from_text(self, text: str) -> str:
        return text

    def to_text(self, value: Any) -> str:
        return value if isinstance(value, str) else str(value)

    def from_json(self, value: Any) -> Any:
        return value

    def to_json(self, value: Any) -> Any:
        return value


STR, INT, FLOAT, DECIMAL, BOOL, ANY_VALUE = (
    _Str(),
    _Int(),
    _Float(),
    _Decimal(),
    _Bool(),
    _AnyValue(),
)
_SCALARS: dict[Any, Scalar] = {
    str: STR,
    int: INT,
    float: FLOAT,
    Decimal: DECIMAL,
    bool: BOOL,
    object: ANY_VALUE,
}


class _Union(Scalar):
    """A union of simple types: the first that accepts the value wins."""

    def __init__(self, members: tuple[Scalar, ...]) -> None:
        self.members = members
        self.name = " or ".join(m.name for m in members)
        self.python_types = tuple(t for m in members for t in m.python_types)

    def _first(self, method: str, value: Any) -> Any:
        for member in self.members:
            try:
                return getattr(member, method)(value)
            except BadValue:
                continue
        raise BadValue(f"{value!r} is not {self.name}")

    def from_text(self, text: str) -> Any:
        return self._first("from_text", text)

    def to_text(self, value: Any) -> str:
        return self._first("to_text", value)  # type: ignore[no-any-return]

    def from_json(self, value: Any) -> Any:
        return self._first("from_json", value)

    def to_json(self, value: Any) -> Any:
        return self._first("to_json", value)


@dataclasses.dataclass(slots=True)
class FieldSpec:
    name: str  # Python attribute
    xml_name: str  # local XML name, also the JSON member name
    namespace: str | None
    kind: str
    is_list: bool
    required: bool  # by the schema (encoders always write a required attribute)
    needs_value: bool  # no Python default: decoders pass None when the member is absent
    scalar: Scalar | None  # set for simple values
    model: type | None  # set for nested models

    @property
    def tag(self) -> str:
        return f"{{{self.namespace}}}{self.xml_name}" if self.namespace else self.xml_name


@dataclasses.dataclass(slots=True)
class ModelSpec:
    cls: type
    fields: tuple[FieldSpec, ...]
    attributes: tuple[FieldSpec, ...]
    elements: tuple[FieldSpec, ...]
    text: FieldSpec | None
    wildcard: FieldSpec | None
    any_attributes: FieldSpec | None
    by_tag: dict[str, FieldSpec]  # elements by Clark name
    by_local: dict[str, FieldSpec]  # elements and attributes by local name
    by_folded: dict[str, FieldSpec]  # the same, case-folded, when unambiguous
    namespace: str | None  # of the class when it is a message element
    xml_name: str


_CACHE: dict[type, ModelSpec] = {}


def spec_of(cls: type) -> ModelSpec:
    """The wire mapping of a generated model class (cached)."""
    try:
        return _CACHE[cls]
    except KeyError:
        spec = _CACHE[cls] = _build(cls)
        return spec


def is_model(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _build(cls: type) -> ModelSpec:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a generated model class")
    hints = typing.get_type_hints(cls)
    fields = []
    for field in dataclasses.fields(cls):
        meta = field.metadata
        kind = meta.get("type", ELEMENT)
        is_list, scalar, model = _value_type(hints[field.name], meta)
        needs_value = (
            field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        )
        fields.append(
            FieldSpec(
                name=field.name,
                xml_name=meta.get("name", field.name),
                namespace=meta.get("namespace") if kind in (ELEMENT, ATTRIBUTE) else None,
                kind=kind,
                is_list=is_list,
                required=needs_value or bool(meta.get("required")),
                needs_value=needs_value,
                scalar=scalar,
                model=model,
            )
        )
    by_local: dict[str, FieldSpec] = {}
    for f in fields:
        if f.kind in (ELEMENT, ATTRIBUTE):
            by_local.setdefault(f.xml_name, f)
    folded: dict[str, list[FieldSpec]] = {}
    for f in by_local.values():
        folded.setdefault(f.xml_name.casefold(), []).append(f)
    meta_class = getattr(cls, "Meta", None)
    return ModelSpec(
        cls=cls,
        fields=tuple(fields),
        attributes=tuple(f for f in fields if f.kind == ATTRIBUTE),
        elements=tuple(f for f in fields if f.kind == ELEMENT),
        text=next((f for f in fields if f.kind == TEXT), None),
        wildcard=next((f for f in fields if f.kind == WILDCARD), None),
        any_attributes=next((f for f in fields if f.kind == ANY_ATTRIBUTES), None),
        by_tag={f.tag: f for f in fields if f.kind == ELEMENT},
        by_local=by_local,
        by_folded={k: v[0] for k, v in folded.items() if len(v) == 1},
        namespace=getattr(meta_class, "namespace", None)
        or getattr(__import__(cls.__module__, fromlist=["_"]), "__NAMESPACE__", None),
        xml_name=getattr(meta_class, "name", None) or cls.__name__,
    )


def _value_type(hint: Any, meta: Any) -> tuple[bool, Scalar | None, type | None]:
    """(is_list, scalar, model) for a field's type hint."""
    is_list = False
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0] if len(args) == 1 else tuple(args)
        origin = typing.get_origin(hint) if not isinstance(hint, tuple) else None
    if origin is list:
        is_list = True
        (hint,) = typing.get_args(hint)
    if origin is dict:
        return False, ANY_VALUE, None
    candidates = hint if isinstance(hint, tuple) else (hint,)
    if len(candidates) == 1 and dataclasses.is_dataclass(candidates[0]):
        return is_list, None, candidates[0]  # type: ignore[return-value]
    scalars: list[Scalar] = []
    open_enum = str in candidates and any(
        isinstance(c, type) and issubclass(c, enum.Enum) for c in candidates
    )
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            scalars.append(_Enum(candidate, open_enum))
        elif candidate is bytes:
            scalars.append(_Bytes(meta.get("format") == "base16"))
        elif candidate is str and open_enum:
            continue
        elif candidate in _SCALARS:
            scalars.append(_SCALARS[candidate])
        else:
            scalars.append(ANY_VALUE)
    return is_list, scalars[0] if len(scalars) == 1 else _Union(tuple(scalars)), None
