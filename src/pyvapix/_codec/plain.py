"""Models to and from Axis's JSON mapping ("plain" data: dicts, lists, str, numbers, bools).

The JSON form of a message is the content of its XML element: child elements and XML
attributes alike become members named by their local name; repeated elements are lists.
Input is read leniently (a scalar where a list is expected, an object for a one-item list,
a prefixed member name, case-only spelling differences, unknown members kept); output is
always the schema's form.
"""

from __future__ import annotations

from typing import Any

from .layout import (
    ANY_VALUE,
    FALLBACK,
    TEXT,
    BadValue,
    FieldError,
    FieldLayout,
    MemberPath,
    ModelLayout,
    fallbacks,
    is_model,
    layout_of,
    specialised,
)
from .unknown import Unknown

TEXT_MEMBER = "_text"  # JSON name of the text of an element that also has attributes


def to_plain(obj: Any) -> Any:
    """The message or value as Axis's JSON mapping shows it."""
    if is_model(obj):
        return _model_to_plain(obj, layout_of(type(obj)), "")
    if isinstance(obj, list):
        return [to_plain(item) for item in obj]
    return obj


def _model_to_plain(obj: Any, layout: ModelLayout, path: MemberPath) -> dict[str, Any]:
    codecs = specialised(layout)
    if codecs is not None:
        try:
            return codecs.to_plain(obj)
        except FALLBACK:
            fallbacks[layout.cls.__name__, "to_plain"] += 1
    out: dict[str, Any] = {}
    for field in layout.plain_fields:
        value = getattr(obj, field.name)
        name = TEXT_MEMBER if field.kind == TEXT else field.xml_name
        if field.is_list:
            items = value if isinstance(value, list) else ([] if value is None else [value])
            member: MemberPath = (path, name)
            out[name] = [_value_to_plain(item, field, (member, i)) for i, item in enumerate(items)]
        elif value is not None:
            out[name] = _value_to_plain(value, field, (path, name))
    if layout.any_attributes is not None:  # undeclared members last, as they arrived
        for key, text in (getattr(obj, layout.any_attributes.name) or {}).items():
            out.setdefault(key.rsplit("}", 1)[-1], text)
    if layout.wildcard is not None:
        for item in getattr(obj, layout.wildcard.name) or ():
            if isinstance(item, Unknown):
                _merge_unknown(out, item.name, item.value)
            elif is_model(item):
                item_spec = layout_of(type(item))
                _merge_unknown(out, item_spec.xml_name, _model_to_plain(item, item_spec, path))
    return out


def _merge_unknown(out: dict[str, Any], name: str, value: Any) -> None:
    if name not in out:
        out[name] = value
    elif isinstance(out[name], list):
        out[name].append(value)
    else:
        out[name] = [out[name], value]


def _value_to_plain(value: Any, field: FieldLayout, path: MemberPath) -> Any:
    model = field.model
    if model is not None:
        if type(value) is not model and not isinstance(value, model):
            raise FieldError(path, f"expected {model.__name__}, got {type(value).__name__}")
        return _model_to_plain(value, layout_of(model), path)
    assert field.scalar is not None
    try:
        return field.scalar.to_json(value)
    except BadValue as exc:
        raise FieldError(path, str(exc)) from None


def from_plain(cls: type, data: Any, *, strict: bool = False, path: MemberPath = "") -> Any:
    """Build a model of ``cls`` from its JSON-mapping form.

    Unknown members are kept on the model, or refused when ``strict`` (input typed by a
    person, where an unknown name is a typo)."""
    layout = layout_of(cls)
    codecs = specialised(layout)
    if codecs is not None:
        try:
            return codecs.from_plain(data)
        except FALLBACK:
            fallbacks[cls.__name__, "from_plain"] += 1
    if isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict):
        data = data[0]  # an object documented as a one-item list
    if not isinstance(data, dict):
        raise FieldError(path, f"expected an object, got {_kind(data)}")
    values: dict[str, Any] = {}
    unknown: list[Unknown] = []
    extra_attributes: dict[str, str] = {}
    by_local = layout.by_local
    for key, value in data.items():
        local = key.rsplit(":", 1)[-1]
        field = by_local.get(local) or layout.by_folded.get(local.casefold())
        if field is None and local == TEXT_MEMBER and layout.text is not None:
            field = layout.text
        if field is None:
            if strict:
                known = ", ".join(sorted(by_local)) or "none"
                raise FieldError(
                    (path, local), f"unknown member for {layout.xml_name} (known: {known})"
                )
            if layout.wildcard is not None:
                unknown.append(Unknown(name=local, value=_shallow(value, (path, local))))
            elif layout.any_attributes is not None and not isinstance(value, (dict, list)):
                extra_attributes[local] = value if isinstance(value, str) else str(value)
            continue
        values[field.name] = _field_from_plain(field, value, strict, (path, local))
    return layout.construct(values, unknown, extra_attributes)


def _field_from_plain(field: FieldLayout, value: Any, strict: bool, path: MemberPath) -> Any:
    if field.is_list:
        if value is None:
            return []
        items = value if type(value) is list or isinstance(value, list) else [value]
        return [_one_from_plain(field, item, strict, (path, i)) for i, item in enumerate(items)]
    if isinstance(value, list):
        if not value:
            return None
        if len(value) > 1:
            raise FieldError(path, f"expected one value, got a list of {len(value)}")
        value = value[0]
    if value is None:
        return None
    return _one_from_plain(field, value, strict, path)


def _one_from_plain(field: FieldLayout, value: Any, strict: bool, path: MemberPath) -> Any:
    model = field.model
    if model is not None:
        if type(value) is not dict and is_model(value) and isinstance(value, model):
            return value
        return from_plain(model, value, strict=strict, path=path)
    assert field.scalar is not None
    try:
        if field.scalar is ANY_VALUE:
            value = _shallow(value, path)  # kept as it came: bound it like unknown members
        return field.scalar.from_json(value)
    except BadValue as exc:
        raise FieldError(path, str(exc)) from None


# Nesting levels a value kept as it came (an unknown member, xs:anyType) may have, like
# libxml2's limit for XML: deeper data parses within Python's recursion limit but breaks
# repr() and logging of the model later. Declared members are bounded by the schema.
MAX_JSON_DEPTH = 256


def _shallow(value: Any, path: MemberPath) -> Any:
    """``value``, unless it nests deeper than MAX_JSON_DEPTH."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if type(item) is dict else item if type(item) is list else ()
        for child in children:
            if type(child) in (dict, list):
                if depth >= MAX_JSON_DEPTH:
                    raise FieldError(path, f"nested deeper than {MAX_JSON_DEPTH} levels")
                stack.append((child, depth + 1))
    return value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )
