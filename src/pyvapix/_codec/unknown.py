"""Members a schema does not declare: kept on the model, re-encoded in either protocol."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from lxml import etree


@dataclass(slots=True, frozen=True)
class Unknown:
    """One undeclared element or JSON member.

    ``value`` is its plain form (what JSON shows: str, number, bool, list or dict);
    ``element`` the original XML element when it came from SOAP, re-emitted verbatim.
    """

    name: str
    value: Any
    namespace: str | None = None
    element: etree._Element | None = None

    def __repr__(self) -> str:
        return f"Unknown(name={self.name!r}, value={self.value!r})"

    def to_element(self, parent: etree._Element, default_namespace: str | None) -> None:
        if self.element is not None:
            parent.append(copy.deepcopy(self.element))
            return
        namespace = self.namespace if self.namespace is not None else default_namespace
        _plain_to_xml(parent, self.name, namespace, self.value)


def _plain_to_xml(parent: etree._Element, name: str, namespace: str | None, value: Any) -> None:
    tag = f"{{{namespace}}}{name}" if namespace else name
    if isinstance(value, list):
        for item in value:
            _plain_to_xml(parent, name, namespace, item)
        return
    child = etree.SubElement(parent, tag)
    if isinstance(value, dict):
        for key, item in value.items():
            _plain_to_xml(child, key.rsplit(":", 1)[-1], namespace, item)
    elif isinstance(value, bool):
        child.text = "true" if value else "false"
    elif value is not None:
        child.text = str(value)


def xml_to_plain(element: etree._Element) -> Any:
    """The JSON-mapping view of an XML element: attributes and children become members,
    repeated children a list, a leaf its text."""
    members: dict[str, Any] = {etree.QName(k).localname: v for k, v in element.attrib.items()}
    children = [child for child in element if isinstance(child.tag, str)]
    if not children and not members:
        return (element.text or "").strip()
    for child in children:
        name = etree.QName(child).localname
        value = xml_to_plain(child)
        if name in members:
            existing = members[name]
            if isinstance(existing, list):
                existing.append(value)
            else:
                members[name] = [existing, value]
        else:
            members[name] = value
    if not children and (element.text or "").strip():
        members["_text"] = (element.text or "").strip()
    return members
