"""Typed results from parsed bodies, driven by the dataclass field metadata the generator
writes (``metadata={"cgi": {...}}``): the same three builders serve every CGI.

* :func:`from_flat` -- from ``key=value`` pairs (param.cgi groups, ptz.cgi queries ...);
* :func:`from_json` -- from a JSON object (the ``data`` of a JSON API reply);
* :func:`from_xml` -- from an XML element (applications ``<reply>``).

Metadata members: ``key`` (the wire name), ``match`` (a regular expression over keys; a
``dict`` field collects every match, group 1 being the dict key), ``indexed`` (the letter of
numbered sub-groups such as ``Limit.L1.MaxPan``), ``index`` (the field receives the number
of its sub-group), ``element`` (an XML child element), ``split`` (list separator in text),
``true``/``false`` (words of a boolean), ``envelope`` (a JSON envelope member), ``extra``
(the field keeping every member no other field took).

Parsing never loses data and never fails on an optional field: a value that does not fit
its type leaves the field None and is kept, raw, in ``extra``. A missing or unfit value of a
required field raises :class:`RecordError`.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from lxml import etree

T = TypeVar("T")
TRUE_WORDS = ("yes", "true", "1", "on")
FALSE_WORDS = ("no", "false", "0", "off")


class RecordError(ValueError):
    """A required value is missing or does not fit; the message names the key."""


@dataclass(frozen=True, slots=True)
class _Type:
    kind: str  # "str" "int" "float" "bool" "any" "record" "list" "dict"
    item: _Type | None = None  # list items, dict values
    key: _Type | None = None  # dict keys
    record: type | None = None


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    type: _Type
    required: bool
    key: str
    match: re.Pattern[str] | None
    indexed: str | None
    index: bool
    element: str | None
    split: str
    true: tuple[str, ...]
    false: tuple[str, ...]
    envelope: str | None
    extra: bool


_PLANS: dict[type, tuple[_Field, ...]] = {}
_SCALARS = {str: "str", int: "int", float: "float", bool: "bool"}


def _type_of(hint: Any) -> tuple[_Type, bool]:
    """(type, optional) for a field's type hint."""
    optional = False
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0] if len(args) == 1 else Any
        origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return _Type("list", item=_type_of(item)[0]), optional
    if origin is dict:
        key, value = typing.get_args(hint)
        return _Type("dict", item=_type_of(value)[0], key=_type_of(key)[0]), optional
    if hint in _SCALARS:
        return _Type(_SCALARS[hint]), optional
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _Type("record", record=hint), optional
    return _Type("any"), optional


def plan(cls: type) -> tuple[_Field, ...]:
    """The parse plan of a result class (cached)."""
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    hints = typing.get_type_hints(cls)
    fields = []
    for f in dataclasses.fields(cls):
        meta: Mapping[str, Any] = f.metadata.get("cgi", {})
        kind, optional = _type_of(hints[f.name])
        has_default = (
            f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        )
        match = meta.get("match")
        fields.append(
            _Field(
                name=f.name,
                type=kind,
                required=not has_default and not optional,
                key=meta.get("key", f.name),
                match=re.compile(match) if match else None,
                indexed=meta.get("indexed"),
                index=bool(meta.get("index")),
                element=meta.get("element"),
                split=meta.get("split", ","),
                true=tuple(meta.get("true", ())),
                false=tuple(meta.get("false", ())),
                envelope=meta.get("envelope"),
                extra=bool(meta.get("extra")),
            )
        )
    _PLANS[cls] = result = tuple(fields)
    return result


class _Unfit(Exception):
    pass


def _bool(text: str, field: _Field) -> bool:
    """yes/no, true/false, 1/0, on/off -- or the field's own words. With words for one side
    only, every other value means the other side ("got response" vs anything else)."""
    folded = text.strip().casefold()
    true = field.true or (() if field.false else TRUE_WORDS)
    false = field.false or (() if field.true else FALSE_WORDS)
    if folded in {w.casefold() for w in true}:
        return True
    if folded in {w.casefold() for w in false}:
        return False
    if field.true and not field.false:
        return False
    if field.false and not field.true:
        return True
    raise _Unfit


def _scalar_from_text(text: str, kind: _Type, field: _Field) -> Any:
    try:
        if kind.kind in ("str", "any"):
            return text
        if kind.kind == "int":
            return int(text.strip())
        if kind.kind == "float":
            return float(text.strip())
        if kind.kind == "bool":
            return _bool(text, field)
    except ValueError:
        raise _Unfit from None
    raise _Unfit


def _from_text(text: str, field: _Field, kind: _Type | None = None) -> Any:
    kind = kind or field.type
    if kind.kind == "list":
        assert kind.item is not None
        parts = [p.strip() for p in text.split(field.split)] if text.strip() else []
        return [_scalar_from_text(p, kind.item, field) for p in parts if p]
    if kind.kind in ("record", "dict"):
        raise _Unfit
    if text.strip() == "" and kind.kind not in ("str", "any"):
        raise _Unfit
    return _scalar_from_text(text, kind, field)


def _finish(cls: type[T], values: dict[str, Any], extra: dict[str, Any], where: str) -> T:
    for field in plan(cls):
        if field.extra:
            values[field.name] = extra
        elif field.name not in values and field.required:
            raise RecordError(f"{where or cls.__name__}: {field.key!r} is missing")
    return cls(**values)


def _fail_or_keep(field: _Field, key: str, raw: Any, extra: dict[str, Any], where: str) -> None:
    if field.required:
        raise RecordError(f"{where}{key}: {raw!r} does not fit {field.name}")
    extra[key] = raw


def from_flat(
    cls: type[T], pairs: Mapping[str, str], *, where: str = "", number: int | None = None
) -> T:
    """A ``cls`` from ``key=value`` pairs whose keys are relative to the record."""
    values: dict[str, Any] = {}
    consumed: set[str] = set()
    extra: dict[str, Any] = {}
    # fields named by key first, then the dict fields that collect what is left
    for field in sorted(plan(cls), key=lambda f: f.type.kind == "dict"):
        if field.extra or field.envelope:
            continue
        if field.index:
            if number is not None:
                values[field.name] = number
            continue
        if field.indexed is not None:
            values[field.name] = _indexed(field, pairs, consumed, where)
            continue
        if field.type.kind == "dict":
            assert field.match is not None and field.type.item and field.type.key
            found: dict[Any, Any] = {}
            for key, raw in pairs.items():
                hit = field.match.fullmatch(key)
                if hit is None or key in consumed:
                    continue
                consumed.add(key)
                try:
                    found[
                        _scalar_from_text(
                            hit.group(1) if hit.groups() else key, field.type.key, field
                        )
                    ] = _from_text(raw, field, field.type.item)
                except _Unfit:
                    extra[key] = raw
            values[field.name] = found
            continue
        key = field.key
        if field.match is not None:
            key = next((k for k in pairs if k not in consumed and field.match.fullmatch(k)), "")
        if key not in pairs:
            continue
        consumed.add(key)
        try:
            values[field.name] = _from_text(pairs[key], field)
        except _Unfit:
            _fail_or_keep(field, key, pairs[key], extra, where)
    for key, raw in pairs.items():
        if key not in consumed:
            extra[key] = raw
    return _finish(cls, values, extra, where)


def _indexed(field: _Field, pairs: Mapping[str, str], consumed: set[str], where: str) -> Any:
    """Items of numbered sub-groups: ``Limit.L1.MaxPan`` -> item 1 with ``MaxPan``."""
    assert field.indexed is not None
    prefix = f"{field.key}." if field.key else ""
    pattern = re.compile(re.escape(prefix) + re.escape(field.indexed) + r"(\d+)\.(.+)")
    groups: dict[int, dict[str, str]] = {}
    for key, raw in pairs.items():
        hit = pattern.fullmatch(key)
        if hit and key not in consumed:
            consumed.add(key)
            groups.setdefault(int(hit.group(1)), {})[hit.group(2)] = raw
    kind = field.type.item if field.type.kind == "list" else field.type
    assert kind is not None and kind.record is not None
    return [
        from_flat(kind.record, sub, where=f"{where}{prefix}{field.indexed}{n}.", number=n)
        for n, sub in sorted(groups.items())
    ]


def _lookup(data: Mapping[str, Any], key: str) -> tuple[str, Any] | None:
    if key in data:
        return key, data[key]
    folded = key.casefold()
    for name, value in data.items():
        if isinstance(name, str) and name.casefold() == folded:
            return name, value
    return None


def _from_json_value(value: Any, kind: _Type, field: _Field, where: str) -> Any:
    if value is None:
        raise _Unfit
    if kind.kind == "any":
        return value
    if kind.kind == "record":
        if not isinstance(value, Mapping):
            raise _Unfit
        assert kind.record is not None
        return from_json(kind.record, value, where=where)
    if kind.kind == "list":
        assert kind.item is not None
        items = value if isinstance(value, list) else [value]
        return [
            _from_json_value(v, kind.item, field, f"{where}[{i}]") for i, v in enumerate(items)
        ]
    if kind.kind == "dict":
        if not isinstance(value, Mapping):
            raise _Unfit
        assert kind.item is not None
        return {k: _from_json_value(v, kind.item, field, f"{where}.{k}") for k, v in value.items()}
    if kind.kind == "str":
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (str, int, float)):
            return str(value)
        raise _Unfit
    if kind.kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return _bool(value, field)
        raise _Unfit
    if isinstance(value, bool):
        raise _Unfit
    if isinstance(value, (int, float)):
        if kind.kind == "int":
            if isinstance(value, float) and not value.is_integer():
                raise _Unfit
            return int(value)
        return float(value)
    if isinstance(value, str):
        return _scalar_from_text(value, kind, field)
    raise _Unfit


def from_json(
    cls: type[T],
    data: Mapping[str, Any],
    *,
    where: str = "",
    envelope: Mapping[str, Any] | None = None,
    number: int | None = None,
) -> T:
    """A ``cls`` from a JSON object; ``envelope`` fills the fields marked ``envelope``.

    A list field with ``match`` collects the members whose names match (``Camera 1``,
    ``Camera 2``), numbered by group 1 of the expression."""
    values: dict[str, Any] = {}
    consumed: set[str] = set()
    extra: dict[str, Any] = {}
    for field in plan(cls):
        if field.extra:
            continue
        if field.index:
            if number is not None:
                values[field.name] = number
            continue
        if field.match is not None and field.type.kind == "list":
            values[field.name] = _matched_members(field, data, consumed, extra, where)
            continue
        if field.envelope:
            if envelope is not None and isinstance(envelope.get(field.envelope), str):
                values[field.name] = envelope[field.envelope]
            continue
        found = _lookup(data, field.key)
        if found is None:
            continue
        name, raw = found
        consumed.add(name)
        try:
            values[field.name] = _from_json_value(raw, field.type, field, f"{where}{name}")
        except _Unfit:
            if raw is None and not field.required:
                continue
            _fail_or_keep(field, name, raw, extra, where)
    for name, raw in data.items():
        if name not in consumed:
            extra[name] = raw
    return _finish(cls, values, extra, where)


def _matched_members(
    field: _Field, data: Mapping[str, Any], consumed: set[str], extra: dict[str, Any], where: str
) -> list[Any]:
    assert field.match is not None and field.type.item is not None
    found: list[tuple[int, Any]] = []
    for name, raw in data.items():
        hit = field.match.fullmatch(name) if isinstance(name, str) else None
        if hit is None:
            continue
        consumed.add(name)
        digits = hit.group(1) if hit.groups() else ""
        number = int(digits) if digits.isdigit() else len(found)
        item = field.type.item
        try:
            if item.kind == "record" and isinstance(raw, Mapping):
                assert item.record is not None
                found.append(
                    (number, from_json(item.record, raw, where=f"{where}{name}.", number=number))
                )
            else:
                found.append((number, _from_json_value(raw, item, field, f"{where}{name}")))
        except _Unfit:
            extra[name] = raw
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def from_xml(cls: type[T], element: etree._Element, *, where: str = "") -> T:
    """A ``cls`` from an XML element: attributes (names matched without case), child
    elements named by ``element`` metadata, and the text of same-named children."""
    values: dict[str, Any] = {}
    attributes = {_local(k): v for k, v in element.attrib.items()}
    consumed: set[str] = set()
    extra: dict[str, Any] = {}
    for field in plan(cls):
        if field.extra or field.envelope or field.index:
            continue
        if field.element is not None:
            wanted = field.element.casefold()
            found = [
                e
                for e in element.iter()
                if e is not element and _local(e.tag).casefold() == wanted
            ]
            kind = field.type.item if field.type.kind == "list" else field.type
            assert kind is not None
            items: list[Any] = []
            for e in found:
                if kind.kind == "record":
                    assert kind.record is not None
                    items.append(from_xml(kind.record, e, where=f"{where}{field.element}."))
                else:
                    try:
                        items.append(_from_text((e.text or "").strip(), field, kind))
                    except _Unfit:
                        extra.setdefault(field.element, (e.text or "").strip())
            if field.type.kind == "list":
                values[field.name] = items
            elif items:
                values[field.name] = items[0]
            continue
        found_attr = _lookup(attributes, field.key)
        if found_attr is None:
            continue
        name, raw = found_attr
        consumed.add(name)
        try:
            values[field.name] = _from_text(raw, field)
        except _Unfit:
            _fail_or_keep(field, name, raw, extra, where)
    for name, raw in attributes.items():
        if name not in consumed:
            extra[name] = raw
    return _finish(cls, values, extra, where)


def to_wire(obj: Any) -> Any:
    """A record (or list of them) as the JSON object the device expects: wire names, no
    None members, ``extra`` members added back. Mappings pass through unchanged."""
    if isinstance(obj, (list, tuple)):
        return [to_wire(item) for item in obj]
    if isinstance(obj, Mapping):
        return {k: to_wire(v) for k, v in obj.items()}
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    out: dict[str, Any] = {}
    for field in plan(type(obj)):
        value = getattr(obj, field.name)
        if field.extra:
            for key, raw in (value or {}).items():
                out.setdefault(key, raw)
        elif value is not None and not field.envelope and not field.index:
            out[field.key] = to_wire(value)
    return out
