"""The XML Schema type of each simple member, read from the spec files.

The generated models hold an ``xs:duration`` or an ``xs:dateTime`` as ``str``; examples
that show ``"AccessTime": "access-time-1"`` would teach nothing. This index gives the
built-in XML Schema type behind every member of a complex type or message element, so the
examples can show ``PT10S`` there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..wsdl import parse_xml

XS = "http://www.w3.org/2001/XMLSchema"
QName = tuple[str, str]  # (namespace, local name)


@dataclass
class SchemaIndex:
    """Member types by owner, and simple types by name, over a set of spec files."""

    members: dict[QName, dict[str, QName]] = field(default_factory=dict)
    simple_bases: dict[QName, QName] = field(default_factory=dict)

    def builtin(self, owner: QName, member: str) -> str | None:
        """Local name of the XML Schema built-in type behind ``member`` of ``owner``
        (``"duration"``), or None when the member or its type is unknown here."""
        found = self.members.get(owner, {}).get(member)
        seen: set[QName] = set()
        while found is not None and found[0] != XS and found not in seen:
            seen.add(found)
            found = self.simple_bases.get(found)
        return found[1] if found is not None and found[0] == XS else None


def read_schemas(specs: Path) -> SchemaIndex:
    """Index every ``xs:schema`` in the WSDL and XSD files below ``specs``."""
    index = SchemaIndex()
    for path in sorted([*specs.rglob("*.wsdl"), *specs.rglob("*.xsd")]):
        for schema in parse_xml(path).getroot().iter(f"{{{XS}}}schema"):
            _read_schema(schema, index)
    return index


def _read_schema(schema: etree._Element, index: SchemaIndex) -> None:
    namespace = schema.get("targetNamespace", "")
    for node in schema:
        name = node.get("name")
        if not name:
            continue
        if node.tag == f"{{{XS}}}complexType":
            index.members[(namespace, name)] = _members(node)
        elif node.tag == f"{{{XS}}}element":
            inline = node.find(f"{{{XS}}}complexType")
            if inline is not None:
                index.members.setdefault((namespace, name), _members(inline))
        elif node.tag == f"{{{XS}}}simpleType":
            base = _restriction_base(node)
            if base is not None:
                index.simple_bases[(namespace, name)] = base


def _members(complex_type: etree._Element) -> dict[str, QName]:
    """Element and attribute members declared in ``complex_type`` (not its base type)."""
    found: dict[str, QName] = {}
    for node in complex_type.iter(f"{{{XS}}}element", f"{{{XS}}}attribute"):
        name = node.get("name")
        if not name:
            continue
        type_name = _resolve(node, node.get("type"))
        if type_name is None:
            inline = node.find(f"{{{XS}}}simpleType")
            type_name = _restriction_base(inline) if inline is not None else None
        if type_name is not None:
            found.setdefault(name, type_name)
    return found


def _restriction_base(simple_type: etree._Element) -> QName | None:
    restriction = simple_type.find(f"{{{XS}}}restriction")
    return _resolve(restriction, restriction.get("base")) if restriction is not None else None


def _resolve(node: etree._Element, value: str | None) -> QName | None:
    if not value:
        return None
    prefix, _, local = value.rpartition(":")
    namespace = node.nsmap.get(prefix or None)
    return (namespace, local) if namespace is not None else None
