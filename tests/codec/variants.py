"""Helpers of the codec comparisons: outcomes of both codec paths, deterministic sample
instances, and payloads bent the ways devices and people bend them."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from lxml import etree

from pyvapix import Unknown
from pyvapix._codec import layout

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def canonical(value: Any) -> Any:
    """A comparable form: models by class and fields, undeclared members by their XML."""
    if isinstance(value, Unknown):
        element = None if value.element is None else etree.tostring(value.element)
        return ("Unknown", value.name, canonical(value.value), value.namespace, element)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__qualname__,
            tuple((f.name, canonical(getattr(value, f.name))) for f in dataclasses.fields(value)),
        )
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    return (type(value).__name__, value)


def outcome(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """What the call returns (canonical), or the exception it raises (type and message)."""
    try:
        return ("returned", canonical(function(*args, **kwargs)))
    except Exception as exc:
        return ("raised", type(exc).__name__, str(exc))


def same(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The outcome of the call, asserted to be the one of the generic codecs alone."""
    fast = outcome(function, *args, **kwargs)
    with layout.generic_only():
        generic = outcome(function, *args, **kwargs)
    assert fast == generic
    return fast


# Edits of one element: the first two keep the plain shape (a member left out), the others
# each make the specialised code hand over to the generic code.
XML_EDITS = (
    "drop attribute",
    "drop child",
    "unknown child",
    "nil",
    "nil and empty",
    "unqualified",
    "other namespace",
    "attribute to child",
    "child to attribute",
    "unknown attribute",
    "spaced text",
    "upper-case text",
    "comment",
)
JSON_EDITS = (
    "drop",
    "unknown",
    "case",
    "prefix",
    "wrap",
    "unwrap",
    "null",
    "as text",
    "as number",
    "as object",
    "empty list",
)


def edit_xml(element: etree._Element, edit: str, pick: int) -> None:
    """Apply ``edit`` to ``element``; ``pick`` chooses among its attributes or children."""
    qname = etree.QName(element)
    attributes = sorted(element.attrib)
    children = [c for c in element if isinstance(c.tag, str)]
    if edit == "drop attribute" and attributes:
        del element.attrib[attributes[pick % len(attributes)]]
    elif edit == "drop child" and children:
        element.remove(children[pick % len(children)])
    elif edit == "unknown child":
        etree.SubElement(element, "{urn:vendor}Extra").text = "x"
    elif edit == "nil":
        element.set(f"{{{XSI}}}nil", ("true", "1", "false")[pick % 3])
    elif edit == "nil and empty":
        element.set(f"{{{XSI}}}nil", "true")
        element.text = None
        del element[:]
    elif edit == "unqualified":
        element.tag = qname.localname
    elif edit == "other namespace":
        element.tag = f"{{urn:other}}{qname.localname}"
    elif edit == "attribute to child" and any(a[0] != "{" for a in attributes):
        plain = [a for a in attributes if a[0] != "{"]
        name = plain[pick % len(plain)]
        etree.SubElement(element, f"{{{qname.namespace}}}{name}").text = element.attrib.pop(name)
    elif edit == "child to attribute" and children:
        child = children[pick % len(children)]
        if not len(child):
            element.set(etree.QName(child).localname, child.text or "")
            element.remove(child)
    elif edit == "unknown attribute":
        element.set(("extra", "{urn:vendor}extra", XML_LANG)[pick % 3], "x")
    elif edit == "spaced text" and not children:
        element.text = f" {element.text or ''} "
    elif edit == "upper-case text" and not children:
        element.text = (element.text or "").upper()
    elif edit == "comment":
        element.append(etree.Comment("c"))


def xml_variants(payload: bytes, offset: int) -> Iterator[bytes]:
    """Per element below the Body: each attribute and child left out in turn, xsi:nil, and
    one of the other edits (in turn over the elements)."""

    def elements(root: etree._Element) -> list[etree._Element]:
        return [e for e in root.iter() if isinstance(e.tag, str)][3:]  # Envelope, Header, Body

    for index, element in enumerate(elements(etree.fromstring(payload))):
        edits = [("drop attribute", pick) for pick in range(len(element.attrib))]
        edits += [("drop child", pick) for pick in range(len(element))]
        edits.append(("nil", 0))
        edits.append((XML_EDITS[2 + (index + offset) % (len(XML_EDITS) - 2)], index))
        for edit, pick in edits:
            root = etree.fromstring(payload)
            edit_xml(elements(root)[index], edit, pick)
            yield etree.tostring(root)


def edit_json(target: dict[str, Any], edit: str, pick: int) -> None:
    keys = sorted(target)
    if edit == "unknown" or not keys:
        target["Extra"] = ("x", 1, {"a": 1}, [1, 2])[pick % 4]
        return
    key = keys[pick % len(keys)]
    value = target[key]
    if edit == "drop":
        del target[key]
    elif edit == "case":
        target[key.swapcase()] = target.pop(key)
    elif edit == "prefix":
        target[f"tt:{key}"] = target.pop(key)
    elif edit == "wrap":
        target[key] = [value]
    elif edit == "unwrap" and isinstance(value, list) and value:
        target[key] = value[0]
    elif edit == "null":
        target[key] = None
    elif edit == "as text":
        target[key] = json.dumps(value) if not isinstance(value, str) else value.upper()
    elif edit == "as number":
        target[key] = (7, 1.5, True, 0)[pick % 4]
    elif edit == "as object":
        target[key] = {"k": value}
    elif edit == "empty list":
        target[key] = []


def json_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from json_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_objects(item)


def json_variants(payload: bytes, offset: int) -> Iterator[bytes]:
    """Per object of the payload: each member left out in turn, and each bent once by one
    of the other edits (in turn)."""
    original = json.loads(payload)
    for index, target in enumerate(json_objects(original)):
        edits = [("drop", pick) for pick in range(len(target))]
        edits += [
            (JSON_EDITS[1 + (index + pick + offset) % (len(JSON_EDITS) - 1)], pick)
            for pick in range(max(1, len(target)))
        ]
        for edit, pick in edits:
            data = copy.deepcopy(original)
            edit_json(list(json_objects(data))[index], edit, pick)
            yield json.dumps(data).encode()


def sample(cls: type, *, full: bool, depth: int = 0) -> Any:
    """A deterministic instance: every member filled (two items per list), or the nested
    models alone (one item per list), every simple member left out but a required text
    (the value of an element such as wsnt:FixedTopicSet, whose class is its model) and the
    required attributes whose empty text is not a value (a number, a boolean)."""
    values: dict[str, Any] = {}
    for index, field in enumerate(layout.layout_of(cls).fields):
        if field.kind not in (layout.ELEMENT, layout.ATTRIBUTE, layout.TEXT):
            continue
        required_text = field.kind == layout.TEXT and field.needs_value
        required_attribute = (
            field.kind == layout.ATTRIBUTE and field.required and field.scalar is not layout.STR
        )
        kept = required_text or required_attribute
        if (field.model is not None and depth >= 3) or (
            field.model is None and not full and not kept
        ):
            values[field.name] = [] if field.is_list else None
            continue
        if field.model is not None:
            items = [sample(field.model, full=full, depth=depth + 1) for _ in range(1 + full)]
        else:
            assert field.scalar is not None
            items = [sample_value(field.scalar, index + n) for n in range(2)]
        values[field.name] = items if field.is_list else items[0]
    return cls(**values)


def sample_value(scalar: layout.Scalar, n: int) -> Any:
    if isinstance(scalar, layout.SecretScalar):
        return sample_value(scalar.inner, n)
    if isinstance(scalar, layout.EnumScalar):
        members = list(scalar.enum_type)
        return members[n % len(members)]
    if isinstance(scalar, layout.UnionScalar):
        return sample_value(scalar.members[0], n)
    if isinstance(scalar, layout.BytesScalar):
        return bytes([n, 255 - n])
    return {
        id(layout.BOOL): n % 2 == 0,
        id(layout.INT): n * 7 - 3,
        id(layout.FLOAT): n / 4,
        id(layout.DECIMAL): Decimal(n) / 8,
    }.get(id(scalar), f"v{n}")
