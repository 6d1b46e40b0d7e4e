"""Models to and from SOAP 1.2 messages.

Decoding goes by namespace URI, never by prefix, and is lenient where devices and the
documentation are: children in any order, unqualified children, a member sent as element
or as attribute, undeclared members kept. Encoding is strict: children in schema order,
qualified, the ``token`` attribute always present.
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree

from . import xmlsafe
from .faults import SOAP11, SOAP12, fault_from_soap
from .spec import (
    BadValue,
    FieldError,
    ModelSpec,
    is_model,
    spec_of,
)
from .unknown import Unknown, xml_to_plain

XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"

# Prefixes declared on every envelope we write, besides env and the operation's own.
COMMON_PREFIXES = {
    "pt": "http://www.onvif.org/ver10/pacs",
    "axconf": "http://www.axis.com/vapix/ws/Config",
    "tt": "http://www.onvif.org/ver10/schema",
}


def _local(tag: Any) -> str:
    text = str(tag)
    return text[text.index("}") + 1 :] if text[:1] == "{" else text


def body_element(payload: bytes | str) -> etree._Element:
    """The message element of a SOAP payload: the first Body child of an envelope, or the
    root itself when the payload is body content. Raises FaultError for a Fault."""
    root = xmlsafe.parse(payload)
    node: etree._Element | None = root
    if root.tag in (f"{{{SOAP12}}}Envelope", f"{{{SOAP11}}}Envelope"):
        body = next((c for c in root if isinstance(c.tag, str) and _local(c.tag) == "Body"), None)
        if body is None:
            raise xmlsafe.UnsafeXml("SOAP envelope without a Body")
        node = next((c for c in body if isinstance(c.tag, str)), None)
    if node is None:
        raise xmlsafe.UnsafeXml("SOAP Body is empty")
    if _local(node.tag) == "Fault" and etree.QName(node).namespace in (SOAP12, SOAP11):
        raise fault_from_soap(node)
    return node


def element_to_model(element: etree._Element, cls: type, path: str = "") -> Any:
    spec = spec_of(cls)
    values: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    unknown: list[Any] = []
    extra_attributes: dict[str, str] = {}
    for name, text in element.attrib.items():
        if name.startswith(XSI):
            continue
        field = spec.by_local.get(_local(name))
        if field is None or field.model is not None:
            extra_attributes[name] = text
            continue
        values[field.name] = _scalar(field.scalar, text, f"{path}@{field.xml_name}")
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        field = spec.by_tag.get(tag) or spec.by_local.get(_local(tag))
        if field is None:
            unknown.append(
                Unknown(
                    name=_local(tag),
                    value=xml_to_plain(child),
                    namespace=etree.QName(child).namespace,
                    element=copy.deepcopy(child),
                )
            )
            continue
        where = f"{path}.{field.xml_name}" if path else field.xml_name
        if child.get(XSI_NIL) in ("true", "1"):
            value = None
        elif field.model is not None:
            value = element_to_model(child, field.model, where)
        else:
            value = _scalar(field.scalar, child.text or "", where)
        if field.is_list:
            if value is not None:
                lists.setdefault(field.name, []).append(value)
        else:
            values[field.name] = value
    values.update(lists)
    if spec.text is not None:
        values[spec.text.name] = _scalar(spec.text.scalar, element.text or "", f"{path}#text")
    for field in spec.fields:
        if field.name not in values and field.needs_value:
            values[field.name] = [] if field.is_list else None  # left out by the device
    if unknown and spec.wildcard is not None:
        values[spec.wildcard.name] = unknown
    if extra_attributes and spec.any_attributes is not None:
        values[spec.any_attributes.name] = extra_attributes
    return cls(**values)


def _scalar(scalar: Any, text: str, path: str) -> Any:
    try:
        return scalar.from_text(text)
    except BadValue as exc:
        raise FieldError(path, str(exc)) from None


def model_to_element(
    parent: etree._Element, tag: str, obj: Any, spec: ModelSpec, path: str = ""
) -> etree._Element:
    element = etree.SubElement(parent, tag)
    for field in spec.attributes:
        value = getattr(obj, field.name)
        if value is None:
            if not field.required:
                continue
            value = ""  # devices need required attributes present, e.g. token=""
        element.set(field.xml_name, _text(field.scalar, value, f"{path}@{field.xml_name}"))
    if spec.any_attributes is not None:
        for name, value in (getattr(obj, spec.any_attributes.name) or {}).items():
            element.set(name, value if isinstance(value, str) else str(value))
    if spec.text is not None:
        value = getattr(obj, spec.text.name)
        if value is not None:
            element.text = _text(spec.text.scalar, value, f"{path}#text")
    for field in spec.elements:
        value = getattr(obj, field.name)
        if value is None:
            continue
        where = f"{path}.{field.xml_name}" if path else field.xml_name
        items = value if field.is_list and isinstance(value, list) else [value]
        for index, item in enumerate(items):
            at = f"{where}[{index}]" if field.is_list else where
            if field.model is not None:
                if not isinstance(item, field.model):
                    raise FieldError(
                        at, f"expected {field.model.__name__}, got {type(item).__name__}"
                    )
                model_to_element(element, field.tag, item, spec_of(field.model), at)
            else:
                etree.SubElement(element, field.tag).text = _text(field.scalar, item, at)
    if spec.wildcard is not None:
        namespace = etree.QName(element).namespace
        for item in getattr(obj, spec.wildcard.name) or ():
            if isinstance(item, Unknown):
                item.to_element(element, namespace)
            elif is_model(item):
                item_spec = spec_of(type(item))
                item_ns = item_spec.namespace or namespace
                item_tag = f"{{{item_ns}}}{item_spec.xml_name}" if item_ns else item_spec.xml_name
                model_to_element(element, item_tag, item, item_spec, path)
    return element


def _text(scalar: Any, value: Any, path: str) -> str:
    try:
        return str(scalar.to_text(value))
    except BadValue as exc:
        raise FieldError(path, str(exc)) from None


def envelope(obj: Any, namespace: str, name: str, prefix: str | None = None) -> bytes:
    """A SOAP 1.2 envelope whose Body holds ``obj`` as the element ``{namespace}name``."""
    nsmap: dict[str | None, str] = {"env": SOAP12}
    nsmap.update(COMMON_PREFIXES)
    if prefix:
        nsmap[prefix] = namespace
    env = etree.Element(f"{{{SOAP12}}}Envelope", nsmap=nsmap)
    etree.SubElement(env, f"{{{SOAP12}}}Header")
    body = etree.SubElement(env, f"{{{SOAP12}}}Body")
    model_to_element(body, f"{{{namespace}}}{name}", obj, spec_of(type(obj)))
    return bytes(etree.tostring(env, xml_declaration=True, encoding="UTF-8"))
