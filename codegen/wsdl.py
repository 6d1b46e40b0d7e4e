"""Read the operations of a WSDL 1.1 file: port types, messages and SOAP 1.2 actions.

Types are compiled by xsdata (see models.py); this module only reads what xsdata does not
give for service-less WSDL files: which element is each operation's input and output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import SpecError

WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP12 = "http://schemas.xmlsoap.org/wsdl/soap12/"
SOAP11 = "http://schemas.xmlsoap.org/wsdl/soap/"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
)


@dataclass(frozen=True)
class Operation:
    name: str
    input_element: tuple[str, str]  # (namespace, local name)
    output_element: tuple[str, str]
    documentation: str
    soap_action: str


@dataclass(frozen=True)
class WsdlService:
    path: Path
    namespace: str
    name: str
    operations: tuple[Operation, ...]


def parse_xml(path: Path) -> etree._ElementTree:
    """Parse a spec file safely: no DTD, no entities, no network."""
    try:
        tree = etree.parse(str(path), _PARSER)
    except OSError as exc:
        raise SpecError(path, f"cannot read file ({exc})") from None
    except etree.XMLSyntaxError as exc:
        raise SpecError(path, f"not well-formed XML: {exc.msg}", line=exc.lineno) from None
    if tree.docinfo.doctype:
        raise SpecError(path, "DOCTYPE declarations are not accepted in spec files")
    return tree


def _qname(element: etree._Element, value: str | None, path: Path, what: str) -> tuple[str, str]:
    if not value:
        raise SpecError(
            path, f"missing {what}", element=_describe(element), line=element.sourceline
        )
    prefix, _, local = value.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if namespace is None:
        raise SpecError(
            path,
            f"{what} {value!r} uses an undeclared prefix {prefix!r}",
            element=_describe(element),
            line=element.sourceline,
        )
    return namespace, local


def _describe(element: etree._Element) -> str:
    local = etree.QName(element).localname
    name = element.get("name")
    return f"<{local} name={name!r}>" if name else f"<{local}>"


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def read_wsdl(path: Path) -> WsdlService:
    """Operations of the (first) port type of a WSDL file, with their message elements."""
    root = parse_xml(path).getroot()
    if root.tag != f"{{{WSDL}}}definitions":
        raise SpecError(path, "root element is not wsdl:definitions", line=root.sourceline)
    namespace = root.get("targetNamespace")
    if not namespace:
        raise SpecError(path, "wsdl:definitions has no targetNamespace", line=root.sourceline)

    messages: dict[str, tuple[str, str]] = {}
    for message in root.iterfind(f"{{{WSDL}}}message"):
        parts = message.findall(f"{{{WSDL}}}part")
        if len(parts) != 1:
            raise SpecError(
                path,
                f"expected one part, found {len(parts)} (document/literal wrapped style)",
                element=_describe(message),
                line=message.sourceline,
            )
        messages[message.get("name", "")] = _qname(
            parts[0], parts[0].get("element"), path, "part element"
        )

    actions: dict[str, str] = {}
    for binding in root.iterfind(f"{{{WSDL}}}binding"):
        for op in binding.iterfind(f"{{{WSDL}}}operation"):
            soap_op = op.find(f"{{{SOAP12}}}operation")
            if soap_op is None:
                soap_op = op.find(f"{{{SOAP11}}}operation")
            if soap_op is not None and soap_op.get("soapAction"):
                actions[op.get("name", "")] = soap_op.get("soapAction", "")

    port_types = root.findall(f"{{{WSDL}}}portType")
    if not port_types:
        raise SpecError(path, "no wsdl:portType: nothing to generate", line=root.sourceline)
    port_type = port_types[0]
    operations = []
    for op in port_type.iterfind(f"{{{WSDL}}}operation"):
        name = op.get("name")
        if not name:
            raise SpecError(
                path, "operation without a name", element="<operation>", line=op.sourceline
            )
        elements = []
        for direction in ("input", "output"):
            node = op.find(f"{{{WSDL}}}{direction}")
            if node is None:
                raise SpecError(
                    path,
                    f"operation has no {direction}",
                    element=_describe(op),
                    line=op.sourceline,
                )
            _, message_name = _qname(node, node.get("message"), path, f"{direction} message")
            if message_name not in messages:
                raise SpecError(
                    path,
                    f"{direction} message {message_name!r} is not defined",
                    element=_describe(op),
                    line=op.sourceline,
                )
            elements.append(messages[message_name])
        operations.append(
            Operation(
                name=name,
                input_element=elements[0],
                output_element=elements[1],
                documentation=_text(op.find(f"{{{WSDL}}}documentation")),
                soap_action=actions.get(name, f"{namespace}/{name}"),
            )
        )
    service_name = root.get("name") or port_type.get("name") or path.stem
    return WsdlService(
        path=path, namespace=namespace, name=service_name, operations=tuple(operations)
    )
