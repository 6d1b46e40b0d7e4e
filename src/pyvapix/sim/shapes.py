"""Plain (JSON-mapping) messages shaped by a generated class: cut down to what the class
declares, filled with zero values where it requires something, checked for defects.

The simulator keeps entities and builds answers in plain form; these functions are how one
plain entity becomes the members of any class that shows it (``Door`` -> ``DoorInfo``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from .._codec.layout import ATTRIBUTE, ELEMENT, Scalar, layout_of
from .._codec.soap import NOT_XML
from .._codec.unknown import Unknown
from .calls import Plain


def project(cls: type, data: Mapping[str, Any]) -> Plain:
    """The members of ``data`` that ``cls`` declares, recursively; a deep copy, so stored
    entities never share lists with requests or responses."""
    layout = layout_of(cls)
    out: Plain = {}
    for name, value in data.items():
        field = layout.by_local.get(name)
        if field is None:
            continue
        if isinstance(value, list):
            value = [
                project(field.model, item) if field.model and isinstance(item, Mapping) else item
                for item in value
            ]
        elif field.model is not None and isinstance(value, Mapping):
            value = project(field.model, value)
        out[name] = value
    return out


def _zero(scalar: Scalar | None) -> Any:
    kind = scalar.python_types[0] if scalar is not None else str
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind)).value
    if kind is bool:
        return False
    if kind in (int, float) or kind.__name__ == "Decimal":
        return 0
    return ""


def blank(cls: type) -> Plain:
    """The smallest valid message of a class: its required members, with zero values."""
    out: Plain = {}
    for field in layout_of(cls).fields:
        if not field.required or field.kind not in (ELEMENT, ATTRIBUTE):
            continue
        if field.is_list:
            out[field.xml_name] = []
        elif field.model is not None:
            out[field.xml_name] = blank(field.model)
        else:
            out[field.xml_name] = _zero(field.scalar)
    return out


def shown_as(cls: type, entity: Mapping[str, Any]) -> Plain:
    """An entity as ``cls`` shows it: its members ``cls`` declares, and zero values for the
    ones ``cls`` requires and the entity lacks."""
    return project(cls, {**blank(cls), **entity})


def _outside_enumeration(scalar: Scalar | None, value: Any) -> bool:
    """An open enumeration keeps unknown values as plain strings (newer firmware); a device
    receiving one refuses it."""
    return (
        isinstance(value, str)
        and scalar is not None
        and any(
            isinstance(kind, type) and issubclass(kind, enum.Enum) for kind in scalar.python_types
        )
    )


def defect(model: Any, where: str) -> str | None:
    """What is wrong with a model (decoded or built), or None: the first member given more
    than once, the first required member it lacks, the first value outside its enumeration,
    or the first text XML cannot carry (JSON can: the simulator would store what it could
    not show over SOAP)."""
    layout = layout_of(type(model))
    if layout.wildcard is not None:
        # The SOAP decoder keeps a second value of a single member as an undeclared member
        # (it never overwrites, and re-encodes what it kept); JSON cannot express it.
        for item in getattr(model, layout.wildcard.name) or ():
            if isinstance(item, Unknown) and item.name in layout.by_local:
                return f"{where}/{item.name} is given more than once (it takes one value)"
    for field in layout.fields:
        if field.kind not in (ELEMENT, ATTRIBUTE):
            continue
        value = getattr(model, field.name)
        path = f"{where}/{field.xml_name}"
        if value is None:
            if field.required and not field.is_list:
                return f"{path} is missing"
            continue
        for item in value if isinstance(value, list) else [value]:
            if field.model is not None:
                found = defect(item, path)
                if found:
                    return found
            elif _outside_enumeration(field.scalar, item):
                assert field.scalar is not None
                return f"{path}: {item!r} is not {field.scalar.name}"
            elif isinstance(item, str) and NOT_XML.search(item):
                return f"{path} holds characters XML cannot carry (controls, surrogates, U+FFFE/F)"
    return None


def key_member(cls: type) -> str:
    """The member an entity is keyed by: its ``token``, or for the few entities without one
    (AntipassbackData, IoAssignment) the first member (CredentialToken, IoName)."""
    layout = layout_of(cls)
    if "token" in layout.by_local:
        return "token"
    return (layout.elements or layout.attributes)[0].xml_name
