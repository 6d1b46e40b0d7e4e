"""Faults in both shapes: the SOAP 1.2 Fault element and the flat JSON fault object."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from lxml import etree

from .._errors import DeviceError, FaultError

SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
TER = "http://www.onvif.org/ver10/error"
# Prefixes of the fault subcodes the PACS and event services use, declared on a fault
# envelope whose codes use them (a QName's prefix must be in scope).
FAULT_PREFIXES = {
    "wsrf-rw": "http://docs.oasis-open.org/wsrf/rw-2",
    "wsntw": "http://docs.oasis-open.org/wsn/bw-2",
    "tev": "http://www.onvif.org/ver10/events/wsdl",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) == name:
            return child
    return None


def _qname_text(element: etree._Element | None) -> str:
    """A QName value as prefix:local with the conventional prefixes (env:, ter:)."""
    if element is None or not element.text:
        return ""
    text = element.text.strip()
    prefix, _, local = text.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if namespace in (SOAP12, SOAP11):
        return f"env:{local}"
    if namespace == TER:
        return f"ter:{local}"
    return text


def fault_from_soap(fault: etree._Element) -> FaultError:
    """A FaultError from a SOAP 1.2 (or 1.1) Fault element."""
    code_el = _child(fault, "Code")
    if code_el is None:  # SOAP 1.1: faultcode / faultstring / detail
        code = _qname_text(_child(fault, "faultcode"))
        reason_el = _child(fault, "faultstring")
        reason = (reason_el.text or "").strip() if reason_el is not None else ""
        return FaultError(
            code=code or "env:Receiver",
            reason=reason,
            detail=_detail_text(_child(fault, "detail")),
        )
    code = _qname_text(_child(code_el, "Value"))
    subcodes = []
    node = _child(code_el, "Subcode")
    while node is not None:
        subcodes.append(_qname_text(_child(node, "Value")))
        node = _child(node, "Subcode")
    reason = ""
    reason_el = _child(fault, "Reason")
    if reason_el is not None:
        text_el = _child(reason_el, "Text")
        reason = (text_el.text or "").strip() if text_el is not None else ""
    return FaultError(
        code=code,
        subcodes=tuple(s for s in subcodes if s),
        reason=reason,
        detail=_detail_text(_child(fault, "Detail")),
    )


def _detail_text(detail: etree._Element | None) -> str:
    if detail is None:
        return ""
    return " ".join(" ".join(detail.itertext()).split())


def fault_from_json(data: Any) -> FaultError | None:
    """A FaultError when ``data`` is the JSON fault object, else None."""
    if not isinstance(data, dict) or "Fault" not in data:
        return None
    subcodes = tuple(str(data[key]) for key in ("FaultCode", "FaultSubCode") if data.get(key))
    return FaultError(
        code=str(data.get("Fault") or ""),
        subcodes=subcodes,
        reason=str(data.get("FaultReason") or ""),
        detail=str(data.get("FaultMsg") or ""),
    )


def device_error_from_json(data: Any, declared: Mapping[str, object]) -> DeviceError | None:
    """A DeviceError when ``data`` is a VAPIX JSON error object, ``{"error": {"code": ...,
    "message": ...}}`` (or a bare ``"error"`` text), where the answer's model declares no
    member of that name (``declared``: the model's members by case-folded name)."""
    if not isinstance(data, dict):
        return None
    key = next((k for k in data if isinstance(k, str) and k.casefold() == "error"), None)
    if key is None or "error" in declared:
        return None
    error = data[key]
    if isinstance(error, dict):
        code = error.get("code")
        message = error.get("message")
        return DeviceError(
            code=str(code) if isinstance(code, (int, str)) else "",
            reason=str(message) if message is not None else "",
            detail=json.dumps(error.get("details"), ensure_ascii=False)
            if isinstance(error.get("details"), dict)
            else "",
        )
    return DeviceError(code="", reason=str(error)[:300])


def fault_to_json(fault: FaultError) -> dict[str, str]:
    out = {"Fault": fault.code}
    for key, value in zip(("FaultCode", "FaultSubCode"), fault.subcodes[:2], strict=False):
        out[key] = value
    out["FaultReason"] = fault.reason
    if fault.detail:
        out["FaultMsg"] = fault.detail
    return out


def fault_to_soap(fault: FaultError) -> bytes:
    nsmap = {"env": SOAP12, "ter": TER}
    for subcode in fault.subcodes:
        prefix = subcode.partition(":")[0]
        if prefix in FAULT_PREFIXES:
            nsmap[prefix] = FAULT_PREFIXES[prefix]
    env = etree.Element(f"{{{SOAP12}}}Envelope", nsmap=nsmap)
    body = etree.SubElement(env, f"{{{SOAP12}}}Body")
    fault_el = etree.SubElement(body, f"{{{SOAP12}}}Fault")
    parent = etree.SubElement(fault_el, f"{{{SOAP12}}}Code")
    etree.SubElement(parent, f"{{{SOAP12}}}Value").text = fault.code
    for subcode in fault.subcodes:
        parent = etree.SubElement(parent, f"{{{SOAP12}}}Subcode")
        etree.SubElement(parent, f"{{{SOAP12}}}Value").text = subcode
    reason = etree.SubElement(fault_el, f"{{{SOAP12}}}Reason")
    text = etree.SubElement(reason, f"{{{SOAP12}}}Text")
    text.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    text.text = fault.reason
    if fault.detail:
        etree.SubElement(fault_el, f"{{{SOAP12}}}Detail").text = fault.detail
    return bytes(etree.tostring(env, xml_declaration=True, encoding="UTF-8"))
