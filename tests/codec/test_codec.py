"""Codec behaviour that users rely on: tolerance on input, strict output, faults, safety."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from pyvapix.generated.models.pacsaxis import SetCredentialResponse
from pyvapix.generated.models.tdc import DoorMode, GetDoorStateResponse

import pyvapix
from pyvapix import DecodeError, EncodeError, FaultError, Unknown

SOAP = "http://www.w3.org/2003/05/soap-envelope"
TDC = "http://www.onvif.org/ver10/doorcontrol/wsdl"
PACS = "http://www.axis.com/vapix/ws/pacs"


def envelope(body: str, extra_ns: str = "") -> bytes:
    return (
        f'<env:Envelope xmlns:env="{SOAP}" {extra_ns}><env:Body>{body}</env:Body></env:Envelope>'
    ).encode()


# ---------- faults ----------


def test_json_fault_becomes_fault_error() -> None:
    payload = json.dumps(
        {
            "Fault": "env:Sender",
            "FaultCode": "ter:InvalidArgs",
            "FaultSubCode": "ter:InvalidCredentialFault",
            "FaultReason": "Invalid argument",
            "FaultMsg": "Id data XX required",
        }
    )
    with pytest.raises(FaultError) as info:
        pyvapix.decode("pacsaxis:SetCredential", payload, protocol="json")
    fault = info.value
    assert (fault.code, fault.subcodes) == (
        "env:Sender",
        ("ter:InvalidArgs", "ter:InvalidCredentialFault"),
    )
    assert fault.subcode == "ter:InvalidCredentialFault" and fault.has("InvalidCredentialFault")
    assert fault.reason == "Invalid argument" and fault.detail == "Id data XX required"
    assert (fault.operation, fault.protocol) == ("pacsaxis:SetCredential", "json")
    assert "pacsaxis:SetCredential" in str(fault)


def test_soap_fault_is_read_by_namespace_not_prefix() -> None:
    body = (
        "<e:Fault><e:Code><e:Value>e:Sender</e:Value><e:Subcode><e:Value>x:InvalidArgVal</e:Value>"
        "<e:Subcode><e:Value>x:NotFound</e:Value></e:Subcode></e:Subcode></e:Code>"
        '<e:Reason><e:Text xml:lang="en">Door not found</e:Text></e:Reason></e:Fault>'
    )
    payload = (
        f'<e:Envelope xmlns:e="{SOAP}" xmlns:x="http://www.onvif.org/ver10/error">'
        f"<e:Body>{body}</e:Body></e:Envelope>"
    )
    with pytest.raises(FaultError) as info:
        pyvapix.decode("tdc:GetDoorState", payload, protocol="soap")
    assert info.value.code == "env:Sender"
    assert info.value.subcodes == ("ter:InvalidArgVal", "ter:NotFound")
    assert info.value.reason == "Door not found"


# ---------- lenient input ----------


def test_soap_children_any_order_any_prefix_and_unqualified() -> None:
    body = (
        f'<d:GetDoorStateResponse xmlns:d="{TDC}"><d:DoorState>'
        "<DoorMode>Locked</DoorMode><d:DoorPhysicalState>Closed</d:DoorPhysicalState>"
        "</d:DoorState></d:GetDoorStateResponse>"
    )
    result = pyvapix.decode("tdc:GetDoorState", envelope(body), protocol="soap")
    assert isinstance(result, GetDoorStateResponse)
    assert result.door_state.door_mode is DoorMode.LOCKED
    assert (
        pyvapix.decode("tdc:GetDoorState", body, protocol="soap") == result
    )  # body content alone


def test_unknown_enum_value_from_newer_firmware_is_kept_as_text() -> None:
    result = pyvapix.decode("tdc:GetDoorState", '{"DoorState": {"DoorMode": "Quarantined"}}')
    assert result.door_state.door_mode == "Quarantined"
    assert json.loads(pyvapix.encode("tdc:GetDoorState", result, message="response")) == {
        "DoorState": {"DoorMode": "Quarantined"}
    }


def test_set_token_scalar_or_list() -> None:
    assert pyvapix.decode("pacsaxis:SetCredential", '{"Token": "a"}').token == ["a"]
    assert pyvapix.decode("pacsaxis:SetCredential", '{"Token": ["a", "b"]}').token == ["a", "b"]


def test_object_for_list_prefixed_and_case_variant_members() -> None:
    request = pyvapix.decode(
        "axkey:SetEncryptionKey",
        '{"axkey:SetEncryptionKey": {"axkey:EncryptionKey": {"token": "", "Key": "00ff"}}}',
        message="request",
    )
    assert [k.key for k in request.encryption_key] == ["00ff"]
    config = pyvapix.decode(
        "axtpc:GetProviderConfiguration",
        '{"Configuration": {"HidMobileConfig": {"ClientId": "c"}}}',
    )
    assert config.configuration.hidmobile_config.client_id == "c"


def test_unknown_members_survive_both_protocols() -> None:
    body = (
        f'<p:SetCredentialResponse xmlns:p="{PACS}" xmlns:v="urn:vendor"><p:Token>t1</p:Token>'
        '<v:Audit level="2"><v:By>root</v:By></v:Audit></p:SetCredentialResponse>'
    )
    result = pyvapix.decode("pacsaxis:SetCredential", body, protocol="soap")
    (unknown,) = result.any_element
    assert isinstance(unknown, Unknown) and unknown.name == "Audit"
    assert unknown.value == {"level": "2", "By": "root"}
    soap_again = etree.fromstring(
        pyvapix.encode("pacsaxis:SetCredential", result, message="response", protocol="soap")
    )
    assert soap_again.find(".//{urn:vendor}Audit").get("level") == "2"  # verbatim
    as_json = json.loads(pyvapix.encode("pacsaxis:SetCredential", result, message="response"))
    assert as_json == {"Token": ["t1"], "Audit": {"level": "2", "By": "root"}}
    from_json = pyvapix.decode("pacsaxis:SetCredential", json.dumps(as_json))
    soap_from_json = pyvapix.encode(
        "pacsaxis:SetCredential", from_json, message="response", protocol="soap"
    )
    assert (
        b"<pacsaxis:Audit>" in soap_from_json
        and b"<pacsaxis:By>root</pacsaxis:By>" in soap_from_json
    )


# ---------- strict output ----------


def test_soap_request_in_schema_order_with_token_attribute() -> None:
    wire = pyvapix.encode(
        "pacsaxis:SetCredential",
        {
            "Credential": [
                {
                    "IdData": [{"Name": "Card", "Value": "12"}],
                    "Status": "Enabled",
                    "Enabled": True,
                    "UserToken": "u",
                }
            ]
        },
        protocol="soap",
    )
    credential = etree.fromstring(wire).find(f".//{{{PACS}}}Credential")
    assert credential.get("token") == ""
    assert [etree.QName(c).localname for c in credential] == [
        "UserToken",
        "Enabled",
        "Status",
        "IdData",
    ]
    assert all(etree.QName(c).namespace == PACS for c in credential)


def test_json_request_is_wrapped_and_typed() -> None:
    wire = pyvapix.encode("axlog:FetchEvents", {"Limit": 2, "RowID": 2, "Descending": False})
    assert json.loads(wire) == {
        "axlog:FetchEvents": {"Limit": 2, "RowID": 2, "Descending": False, "Filters": []}
    }


def test_unknown_member_in_user_input_is_refused_with_its_name() -> None:
    with pytest.raises(EncodeError) as info:
        pyvapix.encode("tac:GetAccessPointInfoList", {"Limt": 3})
    assert "Limt" in str(info.value) and "Limit" in str(info.value)
    assert info.value.operation == "tac:GetAccessPointInfoList"


def test_wrong_type_names_the_member() -> None:
    with pytest.raises(EncodeError, match=r"Limit: 'many' is not an integer"):
        pyvapix.encode("tac:GetAccessPointInfoList", {"Limit": "many"})
    with pytest.raises(DecodeError, match=r"DoorState.DoorMode"):
        pyvapix.decode("tdc:GetDoorState", '{"DoorState": {"DoorMode": 5}}')


def test_wrong_message_element_is_refused() -> None:
    with pytest.raises(
        DecodeError, match="expected a GetDoorStateResponse element, got AccessDoor"
    ):
        pyvapix.decode("tdc:GetDoorState", f'<AccessDoor xmlns="{TDC}"/>', protocol="soap")


def test_unknown_operation_names_known_prefixes() -> None:
    with pytest.raises(pyvapix.UnknownOperationError, match="unknown service prefix 'tdx'"):
        pyvapix.decode("tdx:GetDoorState", "{}")
    with pytest.raises(pyvapix.UnknownOperationError, match="has no operation 'GetDoor'"):
        pyvapix.decode("tdc:GetDoor", "{}")


def test_to_plain_is_the_json_mapping_without_wrapper() -> None:
    result = SetCredentialResponse(token=["a"])
    assert pyvapix.to_plain(result) == {"Token": ["a"]}


# ---------- hostile input ----------


@pytest.mark.parametrize(
    "payload",
    [
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        '<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>',
        "<unclosed>",
        "",
    ],
)
def test_hostile_or_broken_xml_is_a_decode_error(payload: str) -> None:
    with pytest.raises(DecodeError):
        pyvapix.decode("tdc:GetDoorState", payload, protocol="soap")


@pytest.mark.parametrize("payload", ["{", "[" * 100000 + "]" * 100000, '"text"'])
def test_broken_json_is_a_decode_error(payload: str) -> None:
    with pytest.raises(DecodeError):
        pyvapix.decode("tdc:GetDoorState", payload)


def test_secrets_are_not_in_reprs() -> None:
    request = pyvapix.decode(
        "pacsaxis:SetCredential",
        json.dumps(
            {
                "pacsaxis:SetCredential": {
                    "Credential": [
                        {
                            "token": "",
                            "Status": "Enabled",
                            "Enabled": True,
                            "IdData": [
                                {"Name": "Card", "Value": "04a1b2c3"},
                                {"Name": "PIN", "Value": "9876"},
                            ],
                        }
                    ]
                }
            }
        ),
        message="request",
    )
    text = repr(request)
    assert "Card" in text and "04a1b2c3" not in text and "9876" not in text
    device = pyvapix.decode(
        "axrio:SetDevice",
        json.dumps(
            {
                "axrio:SetDevice": {
                    "Device": [
                        {
                            "Username": "io",
                            "Password": "hunter2",
                            "MACAddress": "",
                            "IPAddress": "",
                        }
                    ]
                }
            }
        ),
        message="request",
    )
    assert "hunter2" not in repr(device)


@pytest.mark.parametrize("fast", [True, False])
def test_a_repeated_single_member_is_kept_not_overwritten(fast: bool) -> None:
    from pyvapix._codec import layout

    request = (
        f'<GetDoorStateResponse xmlns="{TDC}"><DoorState><DoorMode>Locked</DoorMode>'
        "<DoorMode>Unlocked</DoorMode></DoorState></GetDoorStateResponse>"
    )
    if fast:
        result = pyvapix.decode("tdc:GetDoorState", request, protocol="soap")
    else:
        with layout.generic_only():
            result = pyvapix.decode("tdc:GetDoorState", request, protocol="soap")
    state = result.door_state
    assert state.door_mode is DoorMode.LOCKED
    assert [(u.name, u.value) for u in state.any_element] == [("DoorMode", "Unlocked")]
    again = etree.fromstring(
        pyvapix.encode("tdc:GetDoorState", result, message="response", protocol="soap")
    )
    assert [m.text for m in again.iter(f"{{{TDC}}}DoorMode")] == ["Locked", "Unlocked"]


def test_text_xml_cannot_carry_is_an_encode_error_naming_the_member() -> None:
    with pytest.raises(EncodeError, match=r"Token\[0\]: holds characters XML cannot carry"):
        pyvapix.encode("tac:GetAccessPointInfo", {"Token": ["door\x00"]}, protocol="soap")
    assert b"door" in pyvapix.encode("tac:GetAccessPointInfo", {"Token": ["door\ufffe"]})
