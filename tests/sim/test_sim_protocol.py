"""What clients would never send: SOAP schema violations, wrong JSON routing, malformed and
oversized input. The simulator answers each with a fault or an HTTP error and keeps going."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyvapix import decode
from pyvapix._catalogue import lookup
from pyvapix._errors import FaultError
from pyvapix.sim import Simulator

from ..conftest import TIMING_CHECKS, examples
from .conftest import post, soap_envelope

PACSAXIS = "http://www.axis.com/vapix/ws/pacs"
TDC = "http://www.onvif.org/ver10/doorcontrol/wsdl"
AXUDB = "http://www.axis.com/vapix/ws/user"


def _soap_fault(payload: bytes) -> FaultError:
    with pytest.raises(FaultError) as caught:
        decode("tdc:GetDoorState", payload, protocol="soap")
    return caught.value


def _json_fault(payload: bytes) -> FaultError:
    with pytest.raises(FaultError) as caught:
        decode("tdc:GetDoorState", payload, protocol="json")
    return caught.value


def _set_user(user: str) -> str:
    return soap_envelope(f"<u:SetUser>{user}</u:SetUser>", u=AXUDB)


def test_soap_children_out_of_schema_order_are_refused(simulator: Simulator) -> None:
    body = _set_user(
        '<u:User token=""><u:Description>d</u:Description><u:Name>n</u:Name></u:User>'
    )
    status, _, payload = post(simulator, "/vapix/services", body)
    fault = _soap_fault(payload)
    assert status == 400 and fault.subcodes == ("ter:TagMismatch",)
    assert "Name, Description" in fault.reason  # says the expected order


def test_the_alphabetical_documentation_example_is_refused(simulator: Simulator) -> None:
    """The documented RequestAccess example lists its children alphabetically."""
    body = soap_envelope(
        "<p:RequestAccess><Action>Access</Action><IdData Name='Card' Value='1'/>"
        "<Token>Axis-accc8e00a001 AccessController</Token></p:RequestAccess>",
        p=PACSAXIS,
    )
    status, _, payload = post(simulator, "/vapix/services", body)
    assert status == 400 and _soap_fault(payload).subcodes == ("ter:TagMismatch",)


def test_a_soap_entity_without_its_token_attribute_is_refused(simulator: Simulator) -> None:
    body = _set_user("<u:User><u:Name>n</u:Name></u:User>")
    status, _, payload = post(simulator, "/vapix/services", body)
    assert status == 400 and _soap_fault(payload).subcodes == ("ter:MissingAttr",)


@pytest.mark.parametrize(
    "child",
    ["<u:Nickname>x</u:Nickname>", f'<d:Name xmlns:d="{TDC}">in the wrong namespace</d:Name>'],
)
def test_undeclared_soap_children_are_refused(simulator: Simulator, child: str) -> None:
    body = _set_user(f'<u:User token="">{child}</u:User>')
    status, _, payload = post(simulator, "/vapix/services", body)
    assert status == 400 and _soap_fault(payload).subcodes == ("ter:TagMismatch",)


def test_unqualified_children_in_schema_order_are_accepted(simulator: Simulator) -> None:
    status, _, payload = post(
        simulator, "/vapix/services", _set_user('<u:User token="me"><Name>n</Name></u:User>')
    )
    assert status == 200
    assert decode("axudb:SetUser", payload, protocol="soap").token == ["me"]


@pytest.mark.parametrize(
    "body",
    [
        b"<not xml",
        b"",
        b"\xff\xfe garbage",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>',
        soap_envelope("").encode(),
    ],
)
def test_malformed_soap_gets_a_fault_and_the_server_keeps_going(
    simulator: Simulator, body: bytes
) -> None:
    status, headers, payload = post(simulator, "/vapix/services", body)
    assert status == 400 and headers["content-type"].startswith("application/soap+xml")
    assert _soap_fault(payload).subcodes == ("ter:WellFormed",)
    ok = soap_envelope("<p:GetAccessControllerList/>", p=PACSAXIS)
    assert post(simulator, "/vapix/services", ok)[0] == 200


def test_unknown_soap_operation(simulator: Simulator) -> None:
    body = soap_envelope("<p:Dance/>", p=PACSAXIS)
    status, _, payload = post(simulator, "/vapix/services", body)
    assert status == 500 and _soap_fault(payload).subcodes == ("ter:ActionNotSupported",)


def test_a_soap_value_of_the_wrong_type_is_a_sender_fault(simulator: Simulator) -> None:
    body = soap_envelope("<u:GetUserList><u:Limit>many</u:Limit></u:GetUserList>", u=AXUDB)
    status, _, payload = post(simulator, "/vapix/services", body)
    assert status == 400 and _soap_fault(payload).subcodes == ("ter:InvalidArgs",)


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b"[]",
        b'"text"',
        b'{"a:B": {}, "c:D": {}}',
        b"[" * 100_000,
        b'{"axudb:GetUserList": {"Limit": "lots"}}',
        b'{"axudb:GetUserList": [1, 2]}',
    ],
)
def test_malformed_json_gets_a_fault(simulator: Simulator, body: bytes) -> None:
    status, headers, payload = post(simulator, "/vapix/pacs", body)
    assert status == 400 and headers["content-type"] == "application/json"
    assert _json_fault(payload).code == "env:Sender"
    assert post(simulator, "/vapix/pacs", '{"axudb:GetUserList": {}}')[0] == 200


def test_json_prefix_must_belong_to_the_endpoint(simulator: Simulator) -> None:
    status, _, payload = post(simulator, "/vapix/pacs", '{"tdc:GetDoorInfoList": {}}')
    assert status == 500 and _json_fault(payload).subcodes == ("ter:ActionNotSupported",)
    assert post(simulator, "/vapix/doorcontrol", '{"tdc:GetDoorInfoList": {}}')[0] == 200
    assert post(simulator, "/vapix/pin", '{"axisio:GetIoInfoList": null}')[0] == 200


def test_json_without_prefix_is_accepted_when_unambiguous(simulator: Simulator) -> None:
    status, _, payload = post(simulator, "/vapix/eventlogger", '{"FetchEvents3": {"Limit": 1}}')
    assert status == 200 and len(json.loads(payload)["Event"]) == 1
    status, _, _ = post(simulator, "/vapix/pacs", '{"GetServiceCapabilities": {}}')  # tac or axudb
    assert status == 500


def test_http_level_errors(simulator: Simulator) -> None:
    assert post(simulator, "/vapix/nothing", "{}")[0] == 404
    assert simulator.handle("GET", "/vapix/pacs", {}, b"")[0] == 405
    too_big = b"{" + b" " * simulator.max_body + b"}"
    assert post(simulator, "/vapix/pacs", too_big)[0] == 413


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(
    max_examples=examples(150),
    suppress_health_check=[*TIMING_CHECKS, HealthCheck.function_scoped_fixture],
)
@given(
    operation=st.sampled_from(
        [
            "axudb:SetUser",
            "pacsaxis:SetCredential",
            "pacsaxis:RequestAccess",
            "axlog:FetchEvents2",
            "tdc:AccessDoor",
            "axsch:SetSchedule",
        ]
    ),
    arguments=_json_values,
)
def test_random_json_arguments_never_crash(
    simulator: Simulator, operation: str, arguments: object
) -> None:
    path = lookup(operation).service.json_endpoint or ""
    status, _, payload = post(simulator, path, json.dumps({operation: arguments}))
    assert status in (200, 400), payload
    assert b"internal error" not in payload


@settings(
    max_examples=examples(150),
    suppress_health_check=[*TIMING_CHECKS, HealthCheck.function_scoped_fixture],
)
@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_random_bytes_never_crash(simulator: Simulator, body: bytes) -> None:
    for path in ("/vapix/services", "/vapix/doorcontrol"):
        status, _, payload = post(simulator, path, body)
        assert status in (400, 500) and b"internal error" not in payload


AXSCH = "http://www.axis.com/vapix/ws/schedule"
AXLOG = "http://www.axis.com/vapix/ws/EventLogger"


@pytest.mark.parametrize(
    "body",
    [
        soap_envelope(
            "<d:GetDoorState><d:Token>a</d:Token><d:Token>b</d:Token></d:GetDoorState>", d=TDC
        ),
        soap_envelope(
            "<p:RequestAccess><p:Token>a</p:Token><p:Token>b</p:Token></p:RequestAccess>",
            p=PACSAXIS,
        ),
        soap_envelope(
            "<u:GetUserList><u:Limit>1</u:Limit><u:Limit>2</u:Limit></u:GetUserList>", u=AXUDB
        ),
        soap_envelope(
            "<s:ScheduleActive><s:Token>standard_always</s:Token>"
            "<s:LocalTime>2024-05-15T10:00:00</s:LocalTime>"
            "<s:LocalTime>2024-05-15T11:00:00</s:LocalTime></s:ScheduleActive>",
            s=AXSCH,
        ),
        soap_envelope(
            "<l:FetchEvents><l:Filters><l:Key>a</l:Key><l:Key>b</l:Key><l:Value>v</l:Value>"
            "</l:Filters></l:FetchEvents>",
            l=AXLOG,
        ),
        # The same member as an attribute and as an element: two values as well.
        soap_envelope(
            "<p:RequestAccess><p:Token>a</p:Token>"
            "<p:IdData Name='Card' Value='1'><p:Name>PIN</p:Name></p:IdData></p:RequestAccess>",
            p=PACSAXIS,
        ),
    ],
    ids=["GetDoorState", "RequestAccess", "Limit", "LocalTime", "FilterKey", "attribute"],
)
def test_a_repeated_single_valued_soap_element_is_invalid_args(
    simulator: Simulator, body: str
) -> None:
    """JSON cannot say it twice (a list for a single member is refused); SOAP can, and the
    codec keeps the second value as an undeclared member: the simulator refuses it."""
    status, _, payload = post(simulator, "/vapix/services", body)
    fault = _soap_fault(payload)
    assert status == 400 and fault.subcodes == ("ter:InvalidArgs",), payload
    assert "more than once" in fault.reason


def test_a_user_with_two_names_is_refused_and_nothing_is_stored(simulator: Simulator) -> None:
    lists = {
        "/vapix/pacs": '{"axudb:GetUserList": {}}',
        "/vapix/services": soap_envelope("<u:GetUserList/>", u=AXUDB),
    }
    before = {path: post(simulator, path, body) for path, body in lists.items()}
    status, _, payload = post(
        simulator,
        "/vapix/services",
        _set_user('<u:User token="two"><u:Name>a</u:Name><u:Name>b</u:Name></u:User>'),
    )
    assert status == 400 and _soap_fault(payload).subcodes == ("ter:InvalidArgs",)
    for path, body in lists.items():
        assert post(simulator, path, body) == before[path]  # still served, and unchanged


@pytest.mark.parametrize(
    "user",
    [
        '{"token": "", "Name": "bell\\u0007"}',
        '{"token": "\\ud800", "Name": "n"}',
        '{"token": "", "Name": "n", "Description": "\\uffff"}',
    ],
    ids=["control character", "lone surrogate", "U+FFFF"],
)
def test_json_text_that_soap_cannot_carry_is_refused(simulator: Simulator, user: str) -> None:
    """JSON can carry any character; XML 1.0 cannot carry these. The simulator serves one
    state in both protocols, so it stores nothing it could not show in SOAP."""
    status, _, payload = post(
        simulator, "/vapix/pacs", f'{{"axudb:SetUser": {{"User": [{user}]}}}}'
    )
    fault = _json_fault(payload)
    assert status == 400 and fault.subcodes == ("ter:InvalidArgs",), payload
    assert "XML cannot carry" in fault.reason
    assert post(simulator, "/vapix/services", soap_envelope("<u:GetUserList/>", u=AXUDB))[0] == 200
    assert post(simulator, "/vapix/pacs", '{"axudb:GetUserList": {}}')[0] == 200
