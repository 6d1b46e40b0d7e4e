"""How a generated model class maps to the wire, read once from its dataclass fields.

The generator writes every field's XML name, kind and namespace into the field metadata,
so this module needs no schema and no knowledge of xsdata's rules: it reads the metadata
and the type hints, and caches one :class:`ModelLayout` per class.

A generated package may also hold specialised codecs (``<package>.codecs.<module>``, one
module per models module): straight-line functions per class for the plain shape of a
message. :func:`layout_of` finds them when it first reads a class; the generic codecs call
them and take over whenever they raise one of :data:`FALLBACK`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import enum
import importlib
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml import etree

ATTRIBUTE = "Attribute"
ELEMENT = "Element"
TEXT = "Text"
WILDCARD = "Wildcard"
ANY_ATTRIBUTES = "Attributes"


class BadValue(Exception):
    """A value that does not fit its type; the codec adds where it happened."""


class FieldError(Exception):
    """A value that does not fit, with the member path where it happened."""

    def __init__(self, path: MemberPath, message: str) -> None:
        self.path = path_text(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)


# Where a member is, made text only when an error names it: a path text ("" for the
# message itself) or (parent path, step); a step is a member name, "@name" for an XML
# attribute, "#text" for element text, or a list index.
MemberPath = str | tuple[Any, str | int]


def path_text(path: MemberPath) -> str:
    """``DoorInfo[2].Capabilities`` for a path; the first member has no leading dot."""
    if isinstance(path, str):
        return path
    parent, step = path
    head = path_text(parent)
    if isinstance(step, int):
        return f"{head}[{step}]"
    if step[:1] in ("@", "#") or not head:
        return f"{head}{step}"
    return f"{head}.{step}"


class Fallback(Exception):
    """Raised by a specialised codec for input it leaves to the generic code."""


# What a specialised function may raise to hand over: its own signal, a scalar's refusal,
# a missed table lookup (an enumeration value or a boolean spelling it does not know) and
# lxml refusing a text (the generic path then names the member).
FALLBACK = (Fallback, BadValue, KeyError, ValueError)

# Counts, per (class name, direction), how often a specialised function handed over.
fallbacks: Counter[tuple[str, str]] = Counter()

# The four spellings of xs:boolean. The specialised codecs accept these alone; the generic
# one also folds surrounding spaces and letter case (devices send " TRUE " too).
BOOL_TEXT = {"true": True, "false": False, "1": True, "0": False}


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
        kind = type(value)
        if kind in self.python_types:  # the exact types first: no isinstance chain
            return value
        if kind is not bool and isinstance(value, self.python_types):  # no bool as a number
            return value
        raise BadValue(f"{value!r} is not {self.name}")


class _Str(Scalar):
    name, python_types = "a string", (str,)

    def from_text(self, text: str) -> str:
        return text

    def to_text(self, value: Any) -> str:
        if type(value) is str:
            return value
        return self.check(value)  # type: ignore[no-any-return]

    def from_json(self, value: Any) -> str:
        if type(value) is str:
            return value
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
        value = BOOL_TEXT.get(text)
        if value is None:
            value = BOOL_TEXT.get(text.strip().lower())
            if value is None:
                raise BadValue(f"{text!r} is not a boolean")
        return value

    def from_json(self, value: Any) -> Any:
        return value if type(value) is bool else super().from_json(value)

    def to_text(self, value: Any) -> str:
        return "true" if self.check(value) else "false"


class BytesScalar(Scalar):
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


class EnumScalar(Scalar):
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
HEX_BINARY, BASE64_BINARY = BytesScalar(hex_format=True), BytesScalar(hex_format=False)
_SCALARS: dict[Any, Scalar] = {
    str: STR,
    int: INT,
    float: FLOAT,
    Decimal: DECIMAL,
    bool: BOOL,
    object: ANY_VALUE,
}


class UnionScalar(Scalar):
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


class SecretScalar(Scalar):
    """The type of a secret member (a field left out of the model's repr: passwords, keys,
    PINs): the same conversions, but an error never shows the value."""

    def __init__(self, inner: Scalar) -> None:
        self.inner = inner
        self.name = inner.name
        self.python_types = inner.python_types

    def _hidden(self, method: str, value: Any) -> Any:
        try:
            return getattr(self.inner, method)(value)
        except BadValue:
            raise BadValue(f"the value (not shown: secret) is not {self.name}") from None

    def from_text(self, text: str) -> Any:
        return self._hidden("from_text", text)

    def to_text(self, value: Any) -> str:
        return self._hidden("to_text", value)  # type: ignore[no-any-return]

    def from_json(self, value: Any) -> Any:
        return self._hidden("from_json", value)

    def to_json(self, value: Any) -> Any:
        return self._hidden("to_json", value)

    def check(self, value: Any) -> Any:
        return self._hidden("check", value)


@dataclasses.dataclass(slots=True)
class FieldLayout:
    name: str  # Python attribute
    xml_name: str  # local XML name, also the JSON member name
    namespace: str | None
    kind: str
    is_list: bool
    required: bool  # by the schema (encoders always write a required attribute)
    needs_value: bool  # no Python default: decoders pass None when the member is absent
    scalar: Scalar | None  # set for simple values
    model: type | None  # set for nested models
    tag: str = ""  # Clark name of the element ({namespace}xml_name), set from the above
    attribute_step: str = ""  # "@xml_name": its step in a member path as XML attribute

    def __post_init__(self) -> None:
        self.tag = f"{{{self.namespace}}}{self.xml_name}" if self.namespace else self.xml_name
        self.attribute_step = f"@{self.xml_name}"


@dataclasses.dataclass(slots=True, frozen=True)
class Codecs:
    """The specialised functions the generator wrote for one model class.

    Each handles the plain shape of its class (schema names and types, nothing undeclared)
    and raises one of :data:`FALLBACK` for anything else. Only ``to_xml`` has an effect
    before it may raise (it appends to ``parent``): its caller then starts again on a fresh
    document (see soap.envelope)."""

    from_xml: Callable[[etree._Element], Any]
    to_xml: Callable[[etree._Element, str, Any], etree._Element]
    from_plain: Callable[[Any], Any]
    to_plain: Callable[[Any], dict[str, Any]]


@dataclasses.dataclass(slots=True)
class ModelLayout:
    cls: type
    fields: tuple[FieldLayout, ...]
    attributes: tuple[FieldLayout, ...]
    elements: tuple[FieldLayout, ...]
    text: FieldLayout | None
    wildcard: FieldLayout | None
    any_attributes: FieldLayout | None
    by_tag: dict[str, FieldLayout]  # elements by Clark name
    by_local: dict[str, FieldLayout]  # elements and attributes by local name
    by_folded: dict[str, FieldLayout]  # the same, case-folded, when unambiguous
    namespace: str | None  # of the class when it is a message element
    xml_name: str
    needs_value: tuple[FieldLayout, ...] = ()  # fields the decoders fill when absent
    plain_fields: tuple[FieldLayout, ...] = ()  # elements, attributes and text, in order
    codecs: Codecs | None = None  # the generated functions, when the package has them

    def construct(
        self, values: dict[str, Any], unknown: list[Any], extra_attributes: dict[str, str]
    ) -> Any:
        """The model from decoded ``values`` (by field name) and the members kept unread;
        a required member the device left out becomes None (an empty list for lists)."""
        for field in self.needs_value:
            if field.name not in values:
                values[field.name] = [] if field.is_list else None
        if unknown and self.wildcard is not None:
            values[self.wildcard.name] = unknown
        if extra_attributes and self.any_attributes is not None:
            values[self.any_attributes.name] = extra_attributes
        return self.cls(**values)


_CACHE: dict[type, ModelLayout] = {}
_CODECS: dict[str, dict[type, Codecs]] = {}  # by models module name
_SPECIALISED = [True]  # switched off by generic_only()


def layout_of(cls: type) -> ModelLayout:
    """The wire mapping of a generated model class (cached), with its specialised codecs."""
    try:
        return _CACHE[cls]
    except KeyError:
        layout = read_layout(cls)
        layout.codecs = _codecs_of(cls)
        _CACHE[cls] = layout
        return layout


def specialised(layout: ModelLayout) -> Codecs | None:
    """The codecs to try first for ``layout``: None without them or under generic_only()."""
    return layout.codecs if _SPECIALISED[0] else None


@contextlib.contextmanager
def generic_only() -> Iterator[None]:
    """Run the generic codecs alone (tests compare both paths; not thread-safe)."""
    _SPECIALISED[0] = False
    try:
        yield
    finally:
        _SPECIALISED[0] = True


def _codecs_of(cls: type) -> Codecs | None:
    table = _CODECS.get(cls.__module__)
    if table is None:
        table = _CODECS[cls.__module__] = _load_codecs(cls.__module__)
    return table.get(cls)


def _load_codecs(models_module: str) -> dict[type, Codecs]:
    """The CODECS table of ``<package>.codecs.<module>`` for ``<package>.models.<module>``;
    empty for packages generated without codecs and for classes from anywhere else."""
    head, models, tail = models_module.rpartition(".models.")
    if not models:
        return {}
    name = f"{head}.codecs.{tail}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name + ".").startswith(exc.name + "."):
            return {}
        raise
    return dict(getattr(module, "CODECS", {}))


def is_model(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def read_layout(cls: type) -> ModelLayout:
    """The wire mapping of ``cls``, read afresh (not cached, no codecs): the generator's view."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a generated model class")
    hints = typing.get_type_hints(cls)
    fields = []
    for field in dataclasses.fields(cls):
        meta = field.metadata
        kind = meta.get("type", ELEMENT)
        is_list, scalar, model = _value_type(hints[field.name], meta)
        if scalar is not None and not field.repr:
            scalar = SecretScalar(scalar)
        needs_value = (
            field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        )
        fields.append(
            FieldLayout(
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
    by_local: dict[str, FieldLayout] = {}
    for f in fields:
        if f.kind in (ELEMENT, ATTRIBUTE):
            by_local.setdefault(f.xml_name, f)
    folded: dict[str, list[FieldLayout]] = {}
    for f in by_local.values():
        folded.setdefault(f.xml_name.casefold(), []).append(f)
    meta_class = getattr(cls, "Meta", None)
    return ModelLayout(
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
        needs_value=tuple(f for f in fields if f.needs_value),
        plain_fields=tuple(f for f in fields if f.kind in (ELEMENT, ATTRIBUTE, TEXT)),
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
            scalars.append(EnumScalar(candidate, open_enum))
        elif candidate is bytes:
            scalars.append(HEX_BINARY if meta.get("format") == "base16" else BASE64_BINARY)
        elif candidate is str and open_enum:
            continue
        elif candidate in _SCALARS:
            scalars.append(_SCALARS[candidate])
        else:
            scalars.append(ANY_VALUE)
    return is_list, scalars[0] if len(scalars) == 1 else UnionScalar(tuple(scalars)), None
