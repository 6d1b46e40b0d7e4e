"""SOAP header blocks: written from the models the WSDL binding declares, read back into
them; the element of a message keeps its own namespace (wsnt:Renew on the event service)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from lxml import etree
from pyvapix.generated.models.common.axevent import SubscriptionId
from pyvapix.generated.models.common.wsa import (
    Action,
    AttributedUritype,
    MessageId,
    ReplyTo,
    To,
)
from pyvapix.generated.models.common.wsnt import Renew
from pyvapix.generated.models.tev import PullMessages, PullMessagesResponse

import pyvapix
from pyvapix._catalogue import lookup
from pyvapix._codec import decode_for, decode_headers, encode_for

WSA = "http://www.w3.org/2005/08/addressing"
AXEV = "http://www.axis.com/2009/event"
ENV = "http://www.w3.org/2003/05/soap-envelope"
ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous"


def pull_headers() -> list[object]:
    op = lookup("tev:PullMessages")
    must = {f"{{{ENV}}}mustUnderstand": "1"}
    return [
        Action(value=op.info.soap_action, other_attributes=must),
        MessageId(value="urn:uuid:0b6d4c1e-0000-4000-8000-000000000001"),
        To(value="http://192.0.2.10/onvif/services", other_attributes=must),
        ReplyTo(address=AttributedUritype(value=ANONYMOUS)),
        SubscriptionId(value="17", other_attributes={f"{{{WSA}}}IsReferenceParameter": "true"}),
    ]


def test_the_request_carries_the_header_blocks_in_order() -> None:
    op = lookup("tev:PullMessages")
    payload = encode_for(
        op,
        PullMessages(timeout="PT30S", message_limit=40),
        message="request",
        protocol="soap",
        headers=pull_headers(),
    )
    root = etree.fromstring(payload)
    header = root.find(f"{{{ENV}}}Header")
    assert header is not None
    assert [child.tag for child in header] == [
        f"{{{WSA}}}Action",
        f"{{{WSA}}}MessageID",
        f"{{{WSA}}}To",
        f"{{{WSA}}}ReplyTo",
        f"{{{AXEV}}}SubscriptionId",
    ]
    assert header[0].get(f"{{{ENV}}}mustUnderstand") == "1"
    assert header[0].text == op.info.soap_action
    assert header[3].findtext(f"{{{WSA}}}Address") == ANONYMOUS
    assert (header[4].text, header[4].get(f"{{{WSA}}}IsReferenceParameter")) == ("17", "true")
    assert header[0].prefix == "wsa"  # written as devices and their documentation write it
    assert decode_for(op, payload, message="request", protocol="soap") == PullMessages(
        timeout="PT30S", message_limit=40
    )


def test_declared_header_blocks_are_read_back_into_their_models() -> None:
    op = lookup("tev:PullMessages")
    headers = pull_headers()
    payload = encode_for(
        op,
        PullMessages(timeout="PT5S", message_limit=1),
        message="request",
        protocol="soap",
        headers=headers,
    )
    read = decode_headers(op, payload, message="request")
    assert list(read.values()) == headers
    assert read[f"{{{AXEV}}}SubscriptionId"].value == "17"


def test_answer_headers_are_read_and_undeclared_blocks_left_alone() -> None:
    op = lookup("tev:PullMessages")
    answer = f"""<s:Envelope xmlns:s="{ENV}" xmlns:a="{WSA}">
      <s:Header>
        <a:Action>{op.info.output_action}</a:Action>
        <a:RelatesTo>urn:uuid:1</a:RelatesTo>
        <x:Trace xmlns:x="urn:vendor">kept out</x:Trace>
      </s:Header>
      <s:Body><PullMessagesResponse xmlns="http://www.onvif.org/ver10/events/wsdl">
        <CurrentTime>2024-05-01T10:00:00Z</CurrentTime>
        <TerminationTime>2024-05-01T10:10:00Z</TerminationTime>
      </PullMessagesResponse></s:Body></s:Envelope>""".encode()
    read = decode_headers(op, answer)
    assert sorted(read) == [f"{{{WSA}}}Action", f"{{{WSA}}}RelatesTo"]
    assert read[f"{{{WSA}}}Action"].value.endswith("/PullPointSubscription/PullMessagesResponse")
    assert read[f"{{{WSA}}}RelatesTo"].value == "urn:uuid:1"
    response = decode_for(op, answer, message="response", protocol="soap")
    assert isinstance(response, PullMessagesResponse) and response.notification_message == []
    # Body content without an envelope has no headers.
    assert decode_headers(op, b'<PullMessagesResponse xmlns="urn:x"/>') == {}


def test_a_malformed_header_block_is_a_decode_error() -> None:
    op = lookup("tev:Renew")
    bad = f"""<s:Envelope xmlns:s="{ENV}" xmlns:a="{WSA}"><s:Header>
      <a:ReplyTo><a:Address/><a:Address/><a:ReferenceParameters>
      <a:Metadata/></a:ReferenceParameters></a:ReplyTo>
      <SubscriptionId xmlns="{AXEV}"><nested/></SubscriptionId></s:Header>
      <s:Body><Renew xmlns="http://docs.oasis-open.org/wsn/b-2"><TerminationTime>PT1M</TerminationTime></Renew></s:Body></s:Envelope>"""
    read = decode_headers(op, bad, message="request")  # lenient like bodies: extra kept
    assert read[f"{{{AXEV}}}SubscriptionId"].value == ""
    with pytest.raises(pyvapix.DecodeError):
        decode_headers(op, b"<s:Envelope", message="request")


def test_a_message_element_keeps_its_own_namespace() -> None:
    op = lookup("tev:Renew")
    payload = encode_for(op, Renew(termination_time="PT600S"), message="request", protocol="soap")
    body = etree.fromstring(payload).find(f"{{{ENV}}}Body")
    assert body is not None
    assert body[0].tag == "{http://docs.oasis-open.org/wsn/b-2}Renew"
    assert body[0].prefix == "wsnt"
    assert decode_for(op, payload, message="request", protocol="soap") == Renew(
        termination_time="PT600S"
    )


def test_json_has_no_headers() -> None:
    op = lookup("tdc:GetDoorState")
    with pytest.raises(pyvapix.EncodeError, match="JSON messages have no headers"):
        encode_for(op, {"Token": "d"}, message="request", protocol="json", headers=[To(value="x")])


@dataclass
class Unqualified:
    value: str = field(default="", metadata={"type": "Text"})


def test_a_header_block_needs_a_namespace() -> None:
    op = lookup("tev:PullMessages")
    with pytest.raises(pyvapix.EncodeError, match="Unqualified is not a namespaced global"):
        encode_for(
            op,
            PullMessages(timeout="PT1S", message_limit=1),
            message="request",
            protocol="soap",
            headers=[Unqualified(value="x")],
        )
