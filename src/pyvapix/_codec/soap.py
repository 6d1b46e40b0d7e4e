"""Models to and from SOAP 1.2 messages.

Decoding goes by namespace URI, never by prefix, and is lenient where devices and the
documentation are: children in any order, unqualified children, a member sent as element
or as attribute, undeclared members kept. Encoding is strict: children in schema order,
qualified, the ``token`` attribute always present.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from typing import Any

from lxml import etree

from . import xmlsafe
from .faults import SOAP11, SOAP12, fault_from_soap
from .layout import (
    FALLBACK,
    BadValue,
    FieldError,
    MemberPath,
    ModelLayout,
    fallbacks,
    is_model,
    layout_of,
    specialised,
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
# Prefixes declared when an envelope's body element or a header block is in the namespace
# (the event service's messages and headers), as devices and their documentation write them.
USUAL_PREFIXES = {
    "http://www.w3.org/2005/08/addressing": "wsa",
    "http://docs.oasis-open.org/wsn/b-2": "wsnt",
    "http://www.axis.com/2009/event": "axev",
}
# Messages of the event service hold topic expressions ("tns1:Door//.") as text: the prefixes
# they use must be declared where they are, so these envelopes declare them (and wsnt, the
# namespace of their notifications and filters, and axev, of the Axis subscription id).
EVENT_SERVICE = "http://www.onvif.org/ver10/events/wsdl"
EVENT_PREFIXES = {
    "wsnt": "http://docs.oasis-open.org/wsn/b-2",
    "axev": "http://www.axis.com/2009/event",
    "tns1": "http://www.onvif.org/ver10/topics",
    "tnsaxis": "http://www.axis.com/2009/event/topics",
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


def element_to_model(element: etree._Element, cls: type, path: MemberPath = "") -> Any:
    """The model of ``cls`` that ``element`` holds (the class's own tag is not checked)."""
    layout = layout_of(cls)
    codecs = specialised(layout)
    if codecs is not None:
        try:
            return codecs.from_xml(element)
        except FALLBACK:
            fallbacks[cls.__name__, "from_xml"] += 1
    return _element_to_model(element, layout, path)


def _element_to_model(element: etree._Element, layout: ModelLayout, path: MemberPath) -> Any:
    values: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    unknown: list[Any] = []
    extra_attributes: dict[str, str] = {}
    by_local, by_folded = layout.by_local, layout.by_folded
    for name, text in element.attrib.items():
        if name.startswith(XSI):
            continue
        local = _local(name)
        field = by_local.get(local) or by_folded.get(local.casefold())
        if field is None or field.model is not None:
            extra_attributes[name] = text
            continue
        values[field.name] = _scalar(field.scalar, text, path, field.attribute_step)
    by_tag = layout.by_tag
    for child in element:
        tag = child.tag
        if type(tag) is not str:
            continue
        local = _local(tag)
        # As in JSON: a member spelled in another case is the member (secrets stay masked).
        field = by_tag.get(tag) or by_local.get(local) or by_folded.get(local.casefold())
        if field is None or (not field.is_list and field.name in values):
            # Undeclared, or a second value for a single member: kept, never overwritten.
            unknown.append(
                Unknown(
                    name=local,
                    value=xml_to_plain(child),
                    namespace=etree.QName(child).namespace,
                    element=copy.deepcopy(child),
                )
            )
            continue
        if child.get(XSI_NIL) in ("true", "1"):
            value = None
        elif field.model is not None:
            value = element_to_model(child, field.model, (path, field.xml_name))
        else:
            value = _scalar(field.scalar, child.text or "", path, field.xml_name)
        if field.is_list:
            if value is not None:
                lists.setdefault(field.name, []).append(value)
        else:
            values[field.name] = value
    values.update(lists)
    if layout.text is not None:
        values[layout.text.name] = _scalar(layout.text.scalar, element.text or "", path, "#text")
    return layout.construct(values, unknown, extra_attributes)


def _scalar(scalar: Any, text: str, path: MemberPath, step: str) -> Any:
    try:
        return scalar.from_text(text)
    except BadValue as exc:
        raise FieldError((path, step), str(exc)) from None


def model_to_element(
    parent: etree._Element, tag: str, obj: Any, layout: ModelLayout, path: MemberPath = ""
) -> etree._Element:
    """Append ``obj`` to ``parent`` as the element ``tag``, written as ``layout`` says.

    The generic code alone: :func:`envelope` tries the specialised code first."""
    element = etree.SubElement(parent, tag)
    for field in layout.attributes:
        value = getattr(obj, field.name)
        if value is None:
            if not field.required:
                continue
            value = ""  # devices need required attributes present, e.g. token=""
        element.set(field.xml_name, _text(field.scalar, value, (path, field.attribute_step)))
    if layout.any_attributes is not None:
        for name, value in (getattr(obj, layout.any_attributes.name) or {}).items():
            element.set(name, value if isinstance(value, str) else str(value))
    if layout.text is not None:
        value = getattr(obj, layout.text.name)
        if value is not None:
            element.text = _text(layout.text.scalar, value, (path, "#text"))
    for field in layout.elements:
        value = getattr(obj, field.name)
        if value is None:
            continue
        member: MemberPath = (path, field.xml_name)
        is_list = field.is_list
        items = value if is_list and isinstance(value, list) else [value]
        model = field.model
        for index, item in enumerate(items):
            where: MemberPath = (member, index) if is_list else member
            if model is not None:
                if type(item) is not model and not isinstance(item, model):
                    raise FieldError(
                        where, f"expected {model.__name__}, got {type(item).__name__}"
                    )
                model_to_element(element, field.tag, item, layout_of(model), where)
            else:
                etree.SubElement(element, field.tag).text = _text(field.scalar, item, where)
    if layout.wildcard is not None:
        namespace = etree.QName(element).namespace
        for item in getattr(obj, layout.wildcard.name) or ():
            if isinstance(item, Unknown):
                item.to_element(element, namespace)
            elif is_model(item):
                item_spec = layout_of(type(item))
                item_ns = item_spec.namespace or namespace
                item_tag = f"{{{item_ns}}}{item_spec.xml_name}" if item_ns else item_spec.xml_name
                model_to_element(element, item_tag, item, item_spec, path)
    return element


def _text(scalar: Any, value: Any, path: MemberPath) -> str:
    try:
        text = str(scalar.to_text(value))
    except BadValue as exc:
        raise FieldError(path, str(exc)) from None
    if NOT_XML.search(text):
        raise FieldError(path, "holds characters XML cannot carry (control characters, U+FFFE)")
    return text


# Characters no XML 1.0 document may contain (lxml refuses them).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def envelope(
    obj: Any, namespace: str, name: str, prefix: str | None = None, headers: Sequence[Any] = ()
) -> bytes:
    """A SOAP 1.2 envelope whose Body holds ``obj`` as the element ``{namespace}name``, and
    whose Header holds ``headers``: models of global elements (a WS-Addressing ``Action``,
    an Axis ``SubscriptionId`` ...), each written as its own element, in the order given."""
    nsmap: dict[str | None, str] = {"env": SOAP12}
    nsmap.update(COMMON_PREFIXES)
    if prefix:
        nsmap[prefix] = namespace
    for used in (namespace, *(layout_of(type(block)).namespace or "" for block in headers)):
        usual = USUAL_PREFIXES.get(used)
        if usual and usual not in nsmap and used not in nsmap.values():
            nsmap[usual] = used
    if namespace == EVENT_SERVICE:
        for event_prefix, event_namespace in EVENT_PREFIXES.items():
            if event_namespace not in nsmap.values():
                nsmap.setdefault(event_prefix, event_namespace)
    tag = f"{{{namespace}}}{name}"
    layout = layout_of(type(obj))
    codecs = specialised(layout)
    if codecs is not None:
        env, body = _skeleton(nsmap, headers)
        try:
            codecs.to_xml(body, tag, obj)
            return bytes(etree.tostring(env, xml_declaration=True, encoding="UTF-8"))
        except FALLBACK:
            # Start again on a fresh document: the generic code then writes exactly what it
            # writes alone (a namespace prefix made by the abandoned attempt would count).
            fallbacks[layout.cls.__name__, "to_xml"] += 1
    env, body = _skeleton(nsmap, headers)
    model_to_element(body, tag, obj, layout)
    return bytes(etree.tostring(env, xml_declaration=True, encoding="UTF-8"))


def _skeleton(
    nsmap: dict[str | None, str], headers: Sequence[Any] = ()
) -> tuple[etree._Element, etree._Element]:
    """A SOAP 1.2 Envelope with its Header blocks and an empty Body: (envelope, body)."""
    env = etree.Element(f"{{{SOAP12}}}Envelope", nsmap=nsmap)
    header = etree.SubElement(env, f"{{{SOAP12}}}Header")
    for index, block in enumerate(headers):
        layout = layout_of(type(block))
        if not layout.namespace:
            raise FieldError(
                ("Header", index), f"{layout.cls.__name__} is not a namespaced global element"
            )
        model_to_element(header, f"{{{layout.namespace}}}{layout.xml_name}", block, layout)
    return env, etree.SubElement(env, f"{{{SOAP12}}}Body")


def header_models(message: etree._Element, types: Mapping[str, type]) -> dict[str, Any]:
    """The header blocks of the envelope around ``message`` (what :func:`body_element`
    returned) whose elements ``types`` names (by Clark name), as models of those classes.
    Other blocks are left unread; a message without envelope has none."""
    body = message.getparent()
    envelope = body.getparent() if body is not None else None
    if envelope is None or _local(envelope.tag) != "Envelope":
        return {}
    found: dict[str, Any] = {}
    for header in envelope:
        if isinstance(header.tag, str) and _local(header.tag) == "Header":
            for block in header:
                tag = block.tag
                cls = types.get(tag) if isinstance(tag, str) else None
                if cls is not None and isinstance(tag, str) and tag not in found:
                    found[tag] = element_to_model(block, cls, ("Header", _local(tag)))
    return found
