"""The libraries users compare us with, set up once: zeep (from the WSDL) and xsdata's
runtime XmlParser / XmlSerializer (on our own generated dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from .payloads import SOAP12

ROOT = Path(__file__).resolve().parent.parent
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class Zeep:
    """zeep's binding operations of a service-less WSDL (no Client, no transport use)."""

    def __init__(self, prefix: str) -> None:
        from zeep.transports import Transport
        from zeep.wsdl import Document

        document = Document(str(ROOT / "specs" / "pacs" / f"{prefix}.wsdl"), Transport())  # type: ignore[no-untyped-call,arg-type]
        self.binding = next(iter(document.bindings.values()))

    def decoder(self, operation: str) -> Any:
        output = self.binding._operations[operation].output

        def decode(payload: bytes) -> Any:
            return output.deserialize(etree.fromstring(payload, _PARSER))

        return decode

    def encoder(self, operation: str) -> Any:
        message = self.binding._operations[operation].input

        def encode(kwargs: dict[str, Any]) -> bytes:
            return etree.tostring(
                message.serialize(**kwargs).content, xml_declaration=True, encoding="UTF-8"
            )

        return encode


class Xsdata:
    """xsdata's runtime parser and serializer on pyvapix's generated dataclasses."""

    def __init__(self) -> None:
        from xsdata.formats.dataclass.parsers import XmlParser
        from xsdata.formats.dataclass.serializers import XmlSerializer
        from xsdata.formats.dataclass.serializers.config import SerializerConfig

        self.parser = XmlParser()
        self.serializer = XmlSerializer(config=SerializerConfig(xml_declaration=True))

    def decoder(self, cls: type) -> Any:
        parse = self.parser.parse
        body_tag = f"{{{SOAP12}}}Body"

        def decode(payload: bytes) -> Any:
            root = etree.fromstring(payload, _PARSER)
            return parse(root.find(body_tag)[0], cls)  # type: ignore[index]

        return decode

    def encoder(self, ns_map: dict[str, str]) -> Any:
        render = self.serializer.render
        ns_map = {"env": SOAP12, **ns_map}

        def encode(obj: Any) -> bytes:
            return render(_Envelope(body=_Body(content=[obj])), ns_map=ns_map).encode("utf-8")

        return encode


# A minimal SOAP 1.2 envelope for xsdata's serializer (xsdata's own generated envelopes are
# per operation; a wildcard Body holding our model is the same thing).
@dataclass
class _Header:
    class Meta:
        name = "Header"
        namespace = SOAP12


@dataclass
class _Body:
    class Meta:
        name = "Body"
        namespace = SOAP12

    content: list[object] = field(
        default_factory=list, metadata={"type": "Wildcard", "namespace": "##any"}
    )


@dataclass
class _Envelope:
    class Meta:
        name = "Envelope"
        namespace = SOAP12

    header: _Header = field(
        default_factory=_Header, metadata={"name": "Header", "type": "Element"}
    )
    body: _Body = field(default_factory=_Body, metadata={"name": "Body", "type": "Element"})
