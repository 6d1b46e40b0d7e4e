"""Wire examples as the pages show them: what :func:`pyvapix.encode` writes, indented.

Indenting changes no meaning: the JSON is the same value, and the SOAP envelope gains only
whitespace between elements, which every reader (pyvapix's included) skips. The checks
decode each shown body and re-encode it to the same text (tests/docs).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from lxml import etree

import pyvapix

SOAP_PATH = "/vapix/services"
Message = Literal["request", "response"]
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class WireExample:
    operation: str  # "tdc:GetDoorState"
    message: Message
    protocol: str  # "json" or "soap"
    body: str  # the payload, indented

    @property
    def language(self) -> str:
        """The code block's language."""
        return "json" if self.protocol == "json" else "xml"

    @property
    def marker(self) -> str:
        """What the page writes before the block, for the checks to find it."""
        return f"wire {self.operation} {self.message} {self.protocol}"


def wire_example(operation: str, obj: Any, message: Message, protocol: str) -> WireExample:
    """The example of ``obj`` (a model, or a plain message) as ``protocol`` carries it."""
    raw = pyvapix.encode(operation, obj, message=message, protocol=protocol)
    return WireExample(operation, message, protocol, indent(raw, protocol))


def indent(raw: bytes, protocol: str) -> str:
    """The payload ``raw`` of ``protocol``, indented two spaces per level."""
    if protocol == "json":
        return json.dumps(json.loads(raw), indent=2, ensure_ascii=False)
    root = etree.fromstring(raw, _PARSER)
    etree.indent(root, space="  ")
    return etree.tostring(root, encoding="unicode")
