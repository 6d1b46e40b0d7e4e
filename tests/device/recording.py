"""Cassette support: what is matched, and what never reaches a cassette.

Requests match on method, path, query, operation and canonical body, never on host, port
or volatile headers (Digest nonces; in SOAP, wsa:MessageID, wsa:To and the event service's
SubscriptionId), so a replay can never hand one call's answer to another. Authorization
headers, cookies, passwords, PINs, card numbers (IdData
values, and tcr identifier values) and keys are scrubbed before anything is written (from
the query of a CGI URL too); the live request is scrubbed the same way before it is
compared with the recorded one. A multipart body is compared with its random boundary
replaced.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from lxml import etree

from pyvapix._codec import xmlsafe

MASK = "***"
SECRET_MEMBERS = frozenset({"Password", "ProxyPassword", "ClientSecret", "PIN", "pwd"})
SECRET_IDDATA = frozenset({"Card", "CardNr", "PIN"})  # IdData (and logged event) names
KEY_HOLDERS = frozenset({"EncryptionKey"})  # members whose "Key" child is a key value
# tcr identifiers (and white/blacklist items): their "Value" child is a PIN or card, in hex;
# the mask is hexadecimal too (the bytes of MASK), so a replayed answer still decodes.
IDENTIFIER_HOLDERS = frozenset({"CredentialIdentifier", "Identifier"})
HEX_MASK = MASK.encode().hex().upper()
DROPPED_HEADERS = ("authorization", "cookie", "set-cookie")
# SOAP header blocks that differ on every run, or name the device recorded: compared
# without their text (a message's random id, the subscription a device numbered, wsa:To).
VOLATILE_HEADERS = frozenset({"MessageID", "SubscriptionId", "To", "RelatesTo"})


def _scrub_plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_scrub_plain(item) for item in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        local = key.rsplit(":", 1)[-1]
        if local in SECRET_MEMBERS and isinstance(item, str):
            out[key] = MASK
        elif local in KEY_HOLDERS:
            out[key] = [_mask_key(k) for k in item] if isinstance(item, list) else _mask_key(item)
        else:
            out[key] = _scrub_plain(item)
    if (value.get("Name") in SECRET_IDDATA or value.get("Key") in SECRET_IDDATA) and (
        "Value" in value
    ):
        out["Value"] = MASK
    return out


def _mask_key(item: Any) -> Any:
    return {**item, "Key": MASK} if isinstance(item, dict) and "Key" in item else item


def _scrub_xml(root: etree._Element) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        parent = element.getparent()
        holder = etree.QName(parent).localname if parent is not None else ""
        if len(element) == 0 and local == "Value" and holder in IDENTIFIER_HOLDERS:
            element.text = HEX_MASK
        elif len(element) == 0 and (
            local in SECRET_MEMBERS or (local == "Key" and holder in KEY_HOLDERS)
        ):
            element.text = MASK
        if element.get("Name") in SECRET_IDDATA and element.get("Value") is not None:
            element.set("Value", MASK)
        value = element.find("{*}Value")
        for label in (element.find("{*}Name"), element.find("{*}Key")):
            if label is not None and value is not None and (label.text or "") in SECRET_IDDATA:
                value.text = MASK


def scrub_body(body: bytes | str | None) -> bytes:
    """The body with every secret masked (JSON or XML; anything else as it is)."""
    if body is None:
        return b""
    data = body.encode() if isinstance(body, str) else body
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        try:
            return json.dumps(_scrub_plain(json.loads(data)), sort_keys=True).encode()
        except ValueError:
            return data
    if head == b"<":
        try:
            root = xmlsafe.parse(data)
        except xmlsafe.UnsafeXml:
            return data
        _scrub_xml(root)
        return bytes(etree.tostring(root))
    return re.sub(rb"(pwd|password)=[^&\s]*", rb"\1=" + MASK.encode(), data)


def _scrub_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, MASK if k.rsplit(":", 1)[-1] in SECRET_MEMBERS else v) for k, v in pairs]


def scrub_uri(uri: str) -> str:
    """The URI with secret query arguments (``pwd=``) masked."""
    parts = urlsplit(uri)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    scrubbed = _scrub_pairs(pairs)
    if scrubbed == pairs:
        return uri
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='*')}" for k, v in scrubbed)
    return urlunsplit(parts._replace(query=query))


def query_of(request: Any) -> list[tuple[str, str]]:
    """The query arguments of a request, secrets masked, in a stable order (a CGI GET
    carries its arguments there: ``port.cgi?action=1%3A%2F``)."""
    query = urlsplit(request.uri).query if hasattr(request, "uri") else ""
    return sorted(_scrub_pairs(parse_qsl(query, keep_blank_values=True)))


def _without_volatile_headers(data: bytes) -> bytes:
    if b"Header" not in data:
        return data
    try:
        root = xmlsafe.parse(data)
    except xmlsafe.UnsafeXml:
        return data
    header = next((e for e in root if etree.QName(e).localname == "Header"), None)
    for block in header if header is not None else ():
        if isinstance(block.tag, str) and etree.QName(block).localname in VOLATILE_HEADERS:
            block.text = ""
    return bytes(etree.tostring(root))


def _comparable(body: bytes | str | None) -> bytes:
    """The scrubbed body, a multipart body's random boundary replaced by a fixed one and
    volatile SOAP header blocks emptied."""
    data = _without_volatile_headers(scrub_body(body))
    if data.startswith(b"--"):
        boundary = data.split(b"\r\n", 1)[0][2:]
        if boundary:
            data = data.replace(boundary, b"BOUNDARY")
    return data


def operation_of(body: bytes) -> str:
    """The operation a request body calls: the JSON key or the first SOAP Body child."""
    head = body.lstrip()[:1]
    if head == b"{":
        try:
            return ",".join(json.loads(body))
        except ValueError:
            return ""
    match = re.search(rb"<(?:[\w.-]+:)?Body[^>]*>\s*<([\w.-]+:)?([\w.-]+)", body)
    return match.group(2).decode() if match else ""


def before_record_request(request: Any) -> Any:
    for header in list(request.headers):
        if header.lower() in DROPPED_HEADERS:
            del request.headers[header]
    request.body = scrub_body(request.body)
    request.uri = scrub_uri(request.uri)
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for header in list(headers):
        if header.lower() in DROPPED_HEADERS:
            del headers[header]
    body = response.get("body", {})
    if isinstance(body, dict) and body.get("string"):
        body["string"] = scrub_body(body["string"])
    return response


def same_call(live: Any, recorded: Any) -> None:
    """vcrpy matcher: the same method, path, query, operation and (scrubbed) body."""
    assert live.method == recorded.method, "method"
    assert live.path == recorded.path, "path"
    assert query_of(live) == query_of(recorded), "query"
    live_body, recorded_body = _comparable(live.body), _comparable(recorded.body)
    assert operation_of(live_body) == operation_of(recorded_body), "operation"
    assert live_body == recorded_body, "body"
