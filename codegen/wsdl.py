"""Read the operations of a WSDL 1.1 file: bindings, port types, messages, SOAP headers.

Types are compiled by xsdata (see models.py); this module reads what xsdata does not give
for service-less WSDL files: each operation's input and output element, its SOAP action,
and the SOAP header blocks its binding declares.

The operations are those of the file's own bindings (their port types may come from
imported WSDL files, as in the official ``event.wsdl``), or of its port types when it has no
binding. An operation offered by two bindings with the same messages is one operation; an
operation without output (WS-BaseNotification's ``Notify``) is one-way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .errors import SpecError
from .locations import Locations
from .spec_xml import SOAP11, SOAP12, WSDL, parse_xml

__all__ = ["Operation", "WsdlService", "parse_xml", "read_wsdl"]

# WS-Addressing's WSDL bindings put the action of a message on the port type.
ADDRESSING_ACTIONS = (
    "{http://www.w3.org/2006/05/addressing/wsdl}Action",
    "{http://www.w3.org/2007/05/addressing/metadata}Action",
)

QName = tuple[str, str]  # (namespace, local name)


@dataclass(frozen=True)
class Operation:
    name: str
    input_element: QName
    output_element: QName | None  # None: one-way, nothing comes back
    documentation: str
    soap_action: str
    output_action: str = ""  # WS-Addressing action of the answer
    input_headers: tuple[QName, ...] = ()  # SOAP header blocks the binding declares
    output_headers: tuple[QName, ...] = ()

    @property
    def one_way(self) -> bool:
        return self.output_element is None


@dataclass(frozen=True)
class WsdlService:
    path: Path
    namespace: str
    name: str
    operations: tuple[Operation, ...]


@dataclass
class _Definitions:
    """Messages and port types of a WSDL file and the files it imports."""

    messages: dict[QName, etree._Element] = field(default_factory=dict)
    port_types: dict[QName, etree._Element] = field(default_factory=dict)
    files: dict[etree._Element, Path] = field(default_factory=dict)  # element -> its file
    namespaces: dict[etree._Element, str] = field(default_factory=dict)  # -> its namespace

    def read(self, path: Path, locations: Locations, seen: set[Path]) -> etree._Element:
        root = parse_xml(path).getroot()
        if root.tag != f"{{{WSDL}}}definitions":
            raise SpecError(path, "root element is not wsdl:definitions", line=root.sourceline)
        seen.add(path.resolve())
        namespace = root.get("targetNamespace") or ""
        for kind, table in (("message", self.messages), ("portType", self.port_types)):
            for element in root.iterfind(f"{{{WSDL}}}{kind}"):
                table.setdefault((namespace, element.get("name", "")), element)
                self.files[element] = path
                self.namespaces[element] = namespace
        for part in root.iterfind(f"{{{WSDL}}}message/{{{WSDL}}}part"):
            if part.get("element"):  # a typo in any message is named, used or not
                _qname(part, part.get("element"), path, "part element")
        for imported in root.iterfind(f"{{{WSDL}}}import"):
            location = imported.get("location")
            if location:
                target = locations.local_path(location, path)
                if target.resolve() not in seen:
                    self.read(target, locations, seen)
        return root


def _qname(element: etree._Element, value: str | None, path: Path, what: str) -> QName:
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


def _soap(element: etree._Element | None, name: str) -> list[etree._Element]:
    """The SOAP 1.2 (or 1.1) extension elements ``name`` of a binding element."""
    if element is None:
        return []
    return element.findall(f"{{{SOAP12}}}{name}") or element.findall(f"{{{SOAP11}}}{name}")


def read_wsdl(path: Path, locations: Locations | None = None) -> WsdlService:
    """The operations of a WSDL file, with their message elements and SOAP headers.

    ``locations`` maps the absolute locations of imported files (see locations.py); without
    it, only relative imports are followed."""
    if locations is None:
        locations = Locations()
        locations.scan([path])
    definitions = _Definitions()
    root = definitions.read(path, locations, set())
    namespace = root.get("targetNamespace")
    if not namespace:
        raise SpecError(path, "wsdl:definitions has no targetNamespace", line=root.sourceline)

    # (port type, its operation, the binding's operation or None)
    found: list[tuple[etree._Element, etree._Element, etree._Element | None]] = []
    bindings = root.findall(f"{{{WSDL}}}binding")
    for binding in bindings:
        port_type = definitions.port_types.get(
            _qname(binding, binding.get("type"), path, "binding type")
        )
        if port_type is None:
            raise SpecError(
                path,
                f"port type {binding.get('type')!r} is not defined",
                element=_describe(binding),
                line=binding.sourceline,
            )
        for bound in binding.iterfind(f"{{{WSDL}}}operation"):
            found.append((port_type, _port_operation(port_type, bound, path), bound))
    if not bindings:
        port_types = root.findall(f"{{{WSDL}}}portType")
        if not port_types:
            raise SpecError(path, "no wsdl:portType: nothing to generate", line=root.sourceline)
        found = [(pt, op, None) for pt in port_types for op in pt.iterfind(f"{{{WSDL}}}operation")]

    operations: dict[str, Operation] = {}
    for owner, port_op, binding_op in found:
        reader = _OperationReader(definitions, definitions.files[owner], path)
        operation = reader.read(owner, port_op, binding_op, namespace)
        known = operations.get(operation.name)
        if known is None:
            operations[operation.name] = operation
        elif (known.input_element, known.output_element) != (
            operation.input_element,
            operation.output_element,
        ):
            raise SpecError(
                reader.port_file,
                "operation is declared twice with different messages",
                element=_describe(port_op),
                line=port_op.sourceline,
            )
    first_port = next(iter(definitions.port_types.values()), None)
    service_name = root.get("name") or (first_port.get("name") if first_port is not None else "")
    return WsdlService(
        path=path,
        namespace=namespace,
        name=service_name or path.stem,
        operations=tuple(operations.values()),
    )


def _port_operation(
    port_type: etree._Element, bound: etree._Element, path: Path
) -> etree._Element:
    name = bound.get("name")
    for op in port_type.iterfind(f"{{{WSDL}}}operation"):
        if op.get("name") == name:
            return op
    raise SpecError(
        path,
        f"the binding's operation is not in port type {port_type.get('name')!r}",
        element=_describe(bound),
        line=bound.sourceline,
    )


@dataclass
class _OperationReader:
    definitions: _Definitions
    port_file: Path  # where the port type is
    binding_file: Path  # where the binding is (the service's own file)

    def read(
        self,
        port_type: etree._Element,
        op: etree._Element,
        bound: etree._Element | None,
        namespace: str,
    ) -> Operation:
        name = op.get("name")
        if not name:
            raise SpecError(
                self.port_file,
                "operation without a name",
                element="<operation>",
                line=op.sourceline,
            )
        port_namespace = self.definitions.namespaces[port_type]
        elements: dict[str, QName | None] = {"output": None}
        headers: dict[str, tuple[QName, ...]] = {"input": (), "output": ()}
        actions: dict[str, str] = {}
        for direction in ("input", "output"):
            node = op.find(f"{{{WSDL}}}{direction}")
            if node is None:
                if direction == "input":
                    raise SpecError(
                        self.port_file,
                        "operation has no input",
                        element=_describe(op),
                        line=op.sourceline,
                    )
                continue  # no output: one-way
            bound_node = bound.find(f"{{{WSDL}}}{direction}") if bound is not None else None
            message = self._message(node, direction, op)
            elements[direction] = self._body_part(message, bound_node)
            headers[direction] = tuple(self._header_part(h) for h in _soap(bound_node, "header"))
            default = f"{name}Request" if direction == "input" else f"{name}Response"
            actions[direction] = next(
                (value for a in ADDRESSING_ACTIONS if (value := node.get(a))),
                f"{port_namespace}/{port_type.get('name', '')}/{node.get('name') or default}",
            )
        soap_operation = _soap(bound, "operation")
        soap_action = soap_operation[0].get("soapAction") if soap_operation else None
        input_element = elements["input"]
        assert input_element is not None
        return Operation(
            name=name,
            input_element=input_element,
            output_element=elements["output"],
            documentation=_text(op.find(f"{{{WSDL}}}documentation")),
            soap_action=soap_action or f"{namespace}/{name}",
            output_action=actions.get("output", ""),
            input_headers=headers["input"],
            output_headers=headers["output"],
        )

    def _message(self, node: etree._Element, direction: str, op: etree._Element) -> etree._Element:
        key = _qname(node, node.get("message"), self.port_file, f"{direction} message")
        message = self.definitions.messages.get(key)
        if message is None:
            raise SpecError(
                self.port_file,
                f"{direction} message {key[1]!r} is not defined",
                element=_describe(op),
                line=op.sourceline,
            )
        return message

    def _body_part(self, message: etree._Element, bound: etree._Element | None) -> QName:
        """The element of the part that goes in the Body (document/literal wrapped style)."""
        path = self.definitions.files[message]
        parts = message.findall(f"{{{WSDL}}}part")
        body = _soap(bound, "body")
        named = body[0].get("parts") if body else None
        if named:
            parts = [p for p in parts if p.get("name") in named.split()]
        if len(parts) != 1:
            raise SpecError(
                path,
                f"expected one part, found {len(parts)} (document/literal wrapped style)",
                element=_describe(message),
                line=message.sourceline,
            )
        return _qname(parts[0], parts[0].get("element"), path, "part element")

    def _header_part(self, header: etree._Element) -> QName:
        """The element of the message part a ``soap:header`` of the binding names."""
        key = _qname(header, header.get("message"), self.binding_file, "header message")
        message = self.definitions.messages.get(key)
        part_name = header.get("part")
        if message is not None:
            for part in message.iterfind(f"{{{WSDL}}}part"):
                if part.get("name") == part_name:
                    path = self.definitions.files[message]
                    return _qname(part, part.get("element"), path, "part element")
        raise SpecError(
            self.binding_file,
            f"header part {part_name!r} of message {key[1]!r} is not defined",
            element="<header>",
            line=header.sourceline,
        )
