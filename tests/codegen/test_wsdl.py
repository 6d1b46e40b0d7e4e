from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.wsdl import read_wsdl

from ..conftest import SPECS, shared

HEAD = (
    '<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" '
    'xmlns:t="urn:t" targetNamespace="urn:t" name="T">'
)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "t.wsdl"
    path.write_text(HEAD + body + "</wsdl:definitions>")
    return path


def test_reads_operations_of_our_spec() -> None:
    service = read_wsdl(SPECS / "pacs" / "tdc.wsdl")
    assert service.namespace == "http://www.onvif.org/ver10/doorcontrol/wsdl"
    names = [op.name for op in service.operations]
    assert names[:4] == [
        "GetServiceCapabilities",
        "GetDoorInfoList",
        "GetDoorInfo",
        "GetDoorState",
    ]
    access = next(op for op in service.operations if op.name == "AccessDoor")
    assert access.input_element == (service.namespace, "AccessDoor")
    assert access.output_element == (service.namespace, "AccessDoorResponse")
    assert access.soap_action == f"{service.namespace}/AccessDoor"
    assert access.documentation.startswith("Grants momentary access")


def test_reads_official_onvif_file_unmodified() -> None:
    service = read_wsdl(shared("onvif-wsdl", "ver10", "pacs", "doorcontrol.wsdl"))
    assert "AccessDoor" in [op.name for op in service.operations]


def test_undefined_message_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<wsdl:portType name="P"><wsdl:operation name="Op">'
        '<wsdl:input message="t:Missing"/><wsdl:output message="t:Missing"/>'
        "</wsdl:operation></wsdl:portType>",
    )
    with pytest.raises(SpecError) as info:
        read_wsdl(path)
    assert "input message 'Missing' is not defined" in str(info.value)
    assert "<operation name='Op'>" in str(info.value)
    assert str(path) in str(info.value)


def test_undeclared_prefix_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<wsdl:message name="M"><wsdl:part name="p" element="x:E"/></wsdl:message>'
        '<wsdl:portType name="P"/>',
    )
    with pytest.raises(SpecError, match="undeclared prefix 'x'"):
        read_wsdl(path)


def test_malformed_xml_gives_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.wsdl"
    path.write_text("<a>\n<b></a>")
    with pytest.raises(SpecError) as info:
        read_wsdl(path)
    assert f"{path}:2:" in str(info.value) or f"{path}:1:" in str(info.value)
    assert "not well-formed" in str(info.value)


def test_doctype_refused(tmp_path: Path) -> None:
    path = tmp_path / "dtd.wsdl"
    path.write_text('<!DOCTYPE x [<!ENTITY e "boom">]>' + HEAD + "</wsdl:definitions>")
    with pytest.raises(SpecError, match="DOCTYPE"):
        read_wsdl(path)


def test_no_port_type(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no wsdl:portType"):
        read_wsdl(write(tmp_path, ""))


def test_header_parts_of_the_binding_are_read() -> None:
    service = read_wsdl(SPECS / "pacs" / "tev.wsdl")
    ops = {op.name: op for op in service.operations}
    wsa, axev = "http://www.w3.org/2005/08/addressing", "http://www.axis.com/2009/event"
    addressing = ((wsa, "Action"), (wsa, "MessageID"), (wsa, "To"), (wsa, "ReplyTo"))
    assert ops["CreatePullPointSubscription"].input_headers == addressing
    for name in ("PullMessages", "Renew", "Unsubscribe", "SetSynchronizationPoint"):
        assert ops[name].input_headers == (*addressing, (axev, "SubscriptionId")), name
        assert ops[name].output_headers == ((wsa, "Action"), (wsa, "RelatesTo")), name
    assert ops["GetServiceCapabilities"].input_headers == ()
    # Renew is a WS-BaseNotification element offered by the event service.
    assert ops["Renew"].input_element == ("http://docs.oasis-open.org/wsn/b-2", "Renew")
    assert ops["Renew"].soap_action.endswith("/SubscriptionManager/RenewRequest")
    assert ops["Renew"].output_action.endswith("/SubscriptionManager/RenewResponse")


TWO_BINDINGS = """
<wsdl:message name="In"><wsdl:part name="p" element="t:In"/></wsdl:message>
<wsdl:message name="Out"><wsdl:part name="p" element="t:Out"/></wsdl:message>
<wsdl:message name="Other"><wsdl:part name="p" element="t:Other"/></wsdl:message>
<wsdl:portType name="A"><wsdl:operation name="Op">
  <wsdl:input message="t:In"/><wsdl:output message="t:{second}"/>
</wsdl:operation><wsdl:operation name="Notify"><wsdl:input message="t:In"/></wsdl:operation>
</wsdl:portType>
<wsdl:portType name="B"><wsdl:operation name="Op">
  <wsdl:input message="t:In"/><wsdl:output message="t:Out"/>
</wsdl:operation></wsdl:portType>
<wsdl:binding name="BA" type="t:A"><wsdl:operation name="Op"/><wsdl:operation name="Notify"/>
</wsdl:binding>
<wsdl:binding name="BB" type="t:B"><wsdl:operation name="Op"/></wsdl:binding>
"""


def test_an_operation_of_two_bindings_is_one_and_one_way_operations_are_marked(
    tmp_path: Path,
) -> None:
    service = read_wsdl(write(tmp_path, TWO_BINDINGS.format(second="Out")))
    assert [(op.name, op.one_way) for op in service.operations] == [
        ("Op", False),
        ("Notify", True),
    ]
    assert service.operations[1].output_element is None


def test_an_operation_of_two_bindings_with_different_messages_is_refused(
    tmp_path: Path,
) -> None:
    with pytest.raises(SpecError, match="declared twice with different messages"):
        read_wsdl(write(tmp_path, TWO_BINDINGS.format(second="Other")))


def test_an_undefined_header_part_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<wsdl:message name="In"><wsdl:part name="p" element="t:In"/></wsdl:message>'
        '<wsdl:portType name="A"><wsdl:operation name="Op"><wsdl:input message="t:In"/>'
        '<wsdl:output message="t:In"/></wsdl:operation></wsdl:portType>'
        '<wsdl:binding name="B" type="t:A" '
        'xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/">'
        '<wsdl:operation name="Op"><wsdl:input><soap12:body use="literal"/>'
        '<soap12:header message="t:In" part="Nope" use="literal"/></wsdl:input>'
        "</wsdl:operation></wsdl:binding>",
    )
    with pytest.raises(SpecError, match="header part 'Nope' of message 'In' is not defined"):
        read_wsdl(path)


def test_official_event_wsdl_reads_unmodified() -> None:
    from pyvapix.codegen.locations import Catalog, Locations

    path = shared("onvif-wsdl", "ver10", "events", "wsdl", "event.wsdl")
    locations = Locations(Catalog.load(shared("oasis-w3c", "catalog.txt")))
    locations.scan([path])
    ops = {op.name: op for op in read_wsdl(path, locations).operations}
    assert ops["Notify"].one_way
    assert ops["PullMessages"].output_action.endswith(
        "/PullPointSubscription/PullMessagesResponse"
    )
    assert ops["Renew"].input_element == ("http://docs.oasis-open.org/wsn/b-2", "Renew")
