"""Client behaviour against scripted HTTP answers: protocol choice and fallback, errors,
retries, authentication negotiation. (Device behaviour is tested against the simulator.)"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest

import pyvapix
from pyvapix import (
    AuthenticationError,
    FaultError,
    ProtocolNotSupportedError,
    TransportError,
    VapixTimeoutError,
)

SOAP_STATE = (
    b'<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>'
    b'<GetDoorStateResponse xmlns="http://www.onvif.org/ver10/doorcontrol/wsdl">'
    b"<DoorState><DoorMode>Locked</DoorMode></DoorState></GetDoorStateResponse>"
    b"</env:Body></env:Envelope>"
)
JSON_STATE = {"DoorState": {"DoorMode": "Unlocked"}}

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **kwargs: object) -> pyvapix.Client:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    result = pyvapix.Client("http://device", transport=httpx.MockTransport(record), **kwargs)  # type: ignore[arg-type]
    result.seen = seen  # type: ignore[attr-defined]
    return result


def test_auto_falls_back_to_soap_and_remembers() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/vapix/doorcontrol":
            return httpx.Response(404, text="Not Found")
        assert request.headers["content-type"].startswith("application/soap+xml")
        assert (
            'action="http://www.onvif.org/ver10/doorcontrol/wsdl/GetDoorState"'
            in (request.headers["content-type"])
        )
        return httpx.Response(200, content=SOAP_STATE)

    c = client(handler, protocol="auto")
    assert str(c.tdc.get_door_state(token="d").door_state.door_mode.value) == "Locked"
    assert str(c.tdc.get_door_state(token="d").door_state.door_mode.value) == "Locked"
    paths = [r.url.path for r in c.seen]  # type: ignore[attr-defined]
    assert paths == ["/vapix/doorcontrol", "/vapix/services", "/vapix/services"]


def test_html_help_page_with_200_is_not_json() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/vapix/doorcontrol":
            return httpx.Response(
                200, text="<html>help</html>", headers={"content-type": "text/html"}
            )
        return httpx.Response(200, content=SOAP_STATE)

    assert client(handler).tdc.get_door_state(token="d").door_state.door_mode.value == "Locked"


def test_explicit_json_does_not_fall_back() -> None:
    c = client(lambda r: httpx.Response(503, text="Service Unavailable"), protocol="json")
    with pytest.raises(ProtocolNotSupportedError) as info:
        c.tdc.get_door_state(token="d")
    assert info.value.status_code == 503
    assert (info.value.operation, info.value.protocol) == ("tdc:GetDoorState", "json")


def test_per_call_protocol_overrides_client_and_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYVAPIX_PROTOCOL", "soap")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/vapix/services":
            return httpx.Response(200, content=SOAP_STATE)
        assert json.loads(request.content) == {"tdc:GetDoorState": {"Token": "d"}}
        return httpx.Response(200, json=JSON_STATE)

    c = client(handler)
    assert c.protocol == "soap"
    assert c.tdc.get_door_state(token="d").door_state.door_mode.value == "Locked"
    state = c.tdc.get_door_state(token="d", protocol="json")
    assert state.door_state.door_mode.value == "Unlocked"


def test_fault_with_http_200_and_with_500() -> None:
    fault = {
        "Fault": "env:Sender",
        "FaultCode": "ter:InvalidArgVal",
        "FaultSubCode": "ter:NotFound",
        "FaultReason": "No such door",
    }
    c = client(lambda r: httpx.Response(200, json=fault), protocol="json")
    with pytest.raises(FaultError) as info:
        c.tdc.get_door_state(token="nope")
    assert info.value.subcode == "ter:NotFound" and info.value.status_code == 200

    soap_fault = pyvapix._codec.faults.fault_to_soap(info.value)
    c = client(lambda r: httpx.Response(500, content=soap_fault), protocol="soap", retries=0)
    with pytest.raises(FaultError) as info2:
        c.tdc.get_door_state(token="nope")
    assert info2.value.subcodes == ("ter:InvalidArgVal", "ter:NotFound")
    assert info2.value.status_code == 500


def test_non_protocol_error_status_is_a_transport_error() -> None:
    c = client(lambda r: httpx.Response(502, text="bad gateway"), protocol="soap", retries=0)
    with pytest.raises(TransportError, match="HTTP 502") as info:
        c.tdc.get_door_state(token="d")
    assert info.value.status_code == 502


def test_reads_are_retried_after_connection_errors() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            raise httpx.ReadError("connection reset")
        return httpx.Response(200, json=JSON_STATE)

    c = client(handler, protocol="json", retries=2)
    assert c.tdc.get_door_state(token="d").door_state.door_mode.value == "Unlocked"
    assert len(calls) == 3


def test_door_command_is_not_retried_once_it_may_have_arrived() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadError("connection reset after sending")

    c = client(handler, protocol="json", retries=3)
    with pytest.raises(TransportError) as info:
        c.tdc.unlock_door(token="d")
    assert len(calls) == 1
    assert info.value.request_sent and "after sending" in str(info.value)


def test_door_command_is_retried_when_it_never_left() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused")
        return httpx.Response(200, json={})

    client(handler, protocol="json").tdc.unlock_door(token="d")
    assert len(calls) == 2


def test_timeout_is_its_own_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow")

    with pytest.raises(VapixTimeoutError) as info:
        client(handler, protocol="json", retries=0).tdc.get_door_state(token="d")
    assert isinstance(info.value, TimeoutError) and info.value.operation == "tdc:GetDoorState"


def test_anyauth_negotiates_digest_once_then_reuses_it() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization", "")
        if not header.startswith("Digest "):
            return httpx.Response(
                401,
                headers={
                    "WWW-Authenticate": 'Digest realm="AXIS", nonce="n1", qop="auth", '
                    "algorithm=SHA-256",
                    "content-type": "text/plain",
                },
            )
        assert 'username="root"' in header and "algorithm=SHA-256" in header
        return httpx.Response(200, json=JSON_STATE)

    c = pyvapix.Client(
        "http://device", "root", "secret", protocol="json", transport=httpx.MockTransport(handler)
    )
    c.tdc.get_door_state(token="d")
    c.tdc.get_door_state(token="d")
    assert "secret" not in repr(c) and "secret" not in repr(c._auth)


def test_wrong_password_fails_fast() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(401, headers={"WWW-Authenticate": 'Digest realm="AXIS", nonce="n"'})

    c = pyvapix.Client(
        "http://device", "root", "wrong", protocol="json", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(AuthenticationError) as info:
        c.tdc.get_door_state(token="d")
    assert len(calls) == 2
    assert "wrong" not in str(info.value)


def test_basic_only_device_over_plain_http_is_refused_unless_allowed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="AXIS"'})
        return httpx.Response(200, json=JSON_STATE)

    refused = pyvapix.Client(
        "http://device", "root", "pass", protocol="json", transport=httpx.MockTransport(handler)
    )
    with pytest.raises(AuthenticationError, match="Basic authentication over plain HTTP"):
        refused.tdc.get_door_state(token="d")
    allowed = pyvapix.Client(
        "http://device",
        "root",
        "pass",
        protocol="json",
        allow_basic_over_http=True,
        transport=httpx.MockTransport(handler),
    )
    assert allowed.tdc.get_door_state(token="d").door_state.door_mode.value == "Unlocked"


def test_call_by_name_with_plain_arguments() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content) == {"pacsaxis:GetAccessPointList": {"Limit": 10}}
        return httpx.Response(200, json={"AccessPoint": []})

    result = client(handler, protocol="json").call("pacsaxis:GetAccessPointList", {"Limit": 10})
    assert result.access_point == []
    with pytest.raises(pyvapix.EncodeError, match="Limt"):
        client(handler).call("pacsaxis:GetAccessPointList", {"Limt": 10})


def test_credentials_in_url_are_used_and_hidden() -> None:
    c = pyvapix.Client("http://root:pa55@device:8080/")
    assert c.base_url == "http://device:8080"
    assert "pa55" not in repr(c)


def test_bad_base_url_is_named() -> None:
    with pytest.raises(ValueError, match="base_url must be"):
        pyvapix.Client("ftp://device")


@pytest.mark.parametrize("asynchronous", [False, True])
def test_iterate_takes_the_plain_form_of_the_request(asynchronous: bool) -> None:
    """Like call(): ``{"Limit": 1}`` is the request's JSON-mapping form, page after page."""
    from pyvapix.sim import async_transport, transport

    if asynchronous:

        async def tokens() -> list[str]:
            async with pyvapix.AsyncClient(
                "http://sim", "root", "pass", transport=async_transport()
            ) as client:
                return [
                    door.token
                    async for door in client.iterate("tdc:GetDoorInfoList", {"Limit": 1})
                ]

        found = asyncio.run(tokens())
    else:
        with pyvapix.Client("http://sim", "root", "pass", transport=transport()) as client:
            found = [d.token for d in client.iterate("tdc:GetDoorInfoList", {"Limit": 1})]
    assert len(found) == len(set(found)) >= 2
