"""Answers that are errors in disguise, and valid answers in unusual dress.

* HTTP 200 with a VAPIX JSON error object (``{"error": {"code": ..., "message": ...}}``) is
  a DeviceError (a FaultError), never an empty success, for reads and door commands alike;
* ``NaN``, ``Infinity`` and numbers that overflow (``1e999``) are refused, not turned into
  the strings 'nan'/'inf';
* a SOAP answer in UTF-16 or with a UTF-8 byte order mark is read like any other;
* a secret member spelled in another case (``value`` for ``Value``) is still that member,
  masked in reprs, in SOAP as in JSON; URL credentials never appear in an error."""

from __future__ import annotations

import json

import httpx
import pytest
from pyvapix.generated.models.tdc import DoorMode

import pyvapix
from pyvapix import DecodeError, DeviceError, FaultError

SOAP_TYPE = "application/soap+xml; charset=utf-8"
DOOR_STATE = (
    '<?xml version="1.0" encoding="{encoding}"?>'
    '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>'
    '<GetDoorStateResponse xmlns="http://www.onvif.org/ver10/doorcontrol/wsdl">'
    "<DoorState><DoorMode>Locked</DoorMode></DoorState></GetDoorStateResponse>"
    "</env:Body></env:Envelope>"
)


def _client(body: bytes, content_type: str, protocol: str = "json") -> pyvapix.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": content_type}, content=body)

    return pyvapix.Client(
        "http://device",
        protocol=protocol,
        transport=httpx.MockTransport(handler),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("op", ["tdc:GetDoorState", "tdc:AccessDoor"])
@pytest.mark.parametrize(
    "error",
    [
        {"error": {"code": 2104, "message": "Invalid parameter", "details": {"x": 1}}},
        {"error": "Unhandled field: Foo"},
        {"Error": {"code": "7", "message": "busy"}},
    ],
)
def test_a_json_error_object_is_a_device_error(op: str, error: dict[str, object]) -> None:
    with (
        _client(json.dumps(error).encode(), "application/json") as client,
        pytest.raises(DeviceError) as info,
    ):
        client.call(op, {"Token": "door-1"})
    assert isinstance(info.value, FaultError) and info.value.operation == op
    assert info.value.reason and info.value.reason in str(info.value)
    with pytest.raises(DeviceError):
        pyvapix.decode(op, json.dumps(error))


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_non_finite_numbers_are_refused(number: str) -> None:
    payload = '{"DoorInfo": [{"token": "d", "Name": "D", "Capabilities": {"Access": %s}}]}'
    with pytest.raises(DecodeError, match="number"):
        pyvapix.decode("tdc:GetDoorInfoList", payload % number)
    with (
        _client((payload % number).encode(), "application/json") as client,
        pytest.raises(DecodeError),
    ):
        client.tdc.get_door_info_list()


@pytest.mark.parametrize(
    ("declared", "codec"),
    [("UTF-16", "utf-16"), ("UTF-16LE", "utf-16-le"), ("UTF-8", "utf-8-sig")],
)
def test_a_soap_answer_in_utf16_or_with_a_bom_is_read(declared: str, codec: str) -> None:
    body = DOOR_STATE.format(encoding=declared).encode(codec)
    with _client(body, SOAP_TYPE, "soap") as client:
        assert client.tdc.get_door_state(token="d").door_state.door_mode is DoorMode.LOCKED
    model = pyvapix.decode("tdc:GetDoorState", body, protocol="soap")
    assert model.door_state.door_mode is DoorMode.LOCKED


def test_a_json_answer_with_a_bom_is_read() -> None:
    body = b'\xef\xbb\xbf{"DoorState": {"DoorMode": "Locked"}}'
    with _client(body, "application/json") as client:
        assert client.tdc.get_door_state(token="d").door_state.door_mode is DoorMode.LOCKED


@pytest.mark.parametrize("spelling", ["value", "VALUE"])
@pytest.mark.parametrize("form", ["attribute", "element"])
def test_a_secret_spelled_in_another_case_is_still_masked(spelling: str, form: str) -> None:
    card = "04A1B2C3D4"
    id_data = (
        f'<IdData Name="Card" {spelling}="{card}"/>'
        if form == "attribute"
        else f'<IdData Name="Card"><{spelling}>{card}</{spelling}></IdData>'
    )
    body = (
        '<SetCredential xmlns="http://www.axis.com/vapix/ws/pacs">'
        f'<Credential token=""><Status>Enabled</Status>{id_data}</Credential></SetCredential>'
    )
    request = pyvapix.decode("pacsaxis:SetCredential", body, message="request", protocol="soap")
    assert card not in repr(request)
    assert request.credential[0].id_data[0].value == card  # it is the member, not an extra


@pytest.mark.parametrize(
    "url",
    [
        "ftp://root:S3cr3tPw@host",
        "http://root:S3cr3tPw@",
        "http://root:S3cr3tPw@[::1",
        "http://root:S3cr3tPw@host:99999",
    ],
)
def test_credentials_in_a_refused_url_are_never_shown(url: str) -> None:
    with pytest.raises(ValueError) as info:
        pyvapix.Client(url)
    assert "S3cr3tPw" not in str(info.value) and "root" in str(info.value)
