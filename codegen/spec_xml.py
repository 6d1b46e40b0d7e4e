"""Reading spec XML files safely, and the namespaces of WSDL 1.1 and XML Schema."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .errors import SpecError

WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP12 = "http://schemas.xmlsoap.org/wsdl/soap12/"
SOAP11 = "http://schemas.xmlsoap.org/wsdl/soap/"
XS = "http://www.w3.org/2001/XMLSchema"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
)


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
