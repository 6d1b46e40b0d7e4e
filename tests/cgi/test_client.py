"""The generated CGI clients on a pyvapix Client and AsyncClient, against a fake device
that checks Digest signatures like a real one."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest
from pyvapix.generated.cgi.client import AsyncCgiClient, CgiClient
from pyvapix.generated.cgi.types import ImageSize, IoPortSetting

import pyvapix
from pyvapix.cgi import CgiRequestError

from .device import PASSWORD, USER, FakeDevice


@pytest.fixture
def device() -> FakeDevice:
    return FakeDevice()


@pytest.fixture
def cgi(device: FakeDevice) -> Iterator[CgiClient]:
    with pyvapix.Client(
        "http://192.0.2.10", USER, PASSWORD, transport=httpx.MockTransport(device), retries=1
    ) as client:
        yield CgiClient(client)


def test_digest_signs_the_percent_encoded_target(cgi: CgiClient, device: FakeDevice) -> None:
    device.on("/axis-cgi/io/port.cgi", httpx.Response(200, text=""))
    cgi.port_pulse(1, 300)
    cgi.port_sequence("2:/300\\500/300\\")
    assert device.signed_uris == [
        "/axis-cgi/io/port.cgi?action=1%3A%2F300%5C",
        "/axis-cgi/io/port.cgi?action=2%3A%2F300%5C500%2F300%5C",
    ]
    assert [r.url.params["action"] for r in device.requests] == ["1:/300\\", "2:/300\\500/300\\"]


def test_typed_results_over_http(cgi: CgiClient, device: FakeDevice) -> None:
    device.on(
        "/axis-cgi/imagesize.cgi",
        httpx.Response(200, text="image width = 800\nimage height = 600\n"),
    )
    device.on(
        "/axis-cgi/param.cgi",
        lambda r: httpx.Response(
            200,
            content="root.Brand.ProdNbr=Q6075-E\nroot.PTZ.Preset.P0.Name=Entrée\n".encode(
                "iso-8859-1"
            ),
            headers={"content-type": "text/plain"},
        ),
    )
    assert cgi.image_size(camera=1, resolution="800x600") == ImageSize(width=800, height=600)
    assert (
        device.requests[-1].url.raw_path == b"/axis-cgi/imagesize.cgi?camera=1&resolution=800x600"
    )
    assert cgi.param_list(group=["Brand", "PTZ"])["PTZ.Preset.P0.Name"] == "Entrée"
    assert device.requests[-1].content == b"action=list&group=Brand%2CPTZ"


def test_commands_and_device_errors(cgi: CgiClient, device: FakeDevice) -> None:
    def ptz(request: httpx.Request) -> httpx.Response:
        form = dict(x.split("=") for x in request.content.decode().split("&"))
        if form.get("gotoserverpresetname") == "Nowhere":
            return httpx.Response(200, text="Error:gotoserverpresetname: unknown preset")
        return httpx.Response(204)

    device.on("/axis-cgi/com/ptz.cgi", ptz)
    assert cgi.ptz_goto_preset_name("Home", camera=1, speed=40) is None
    with pytest.raises(CgiRequestError, match="unknown preset") as caught:
        cgi.ptz_goto_preset_name("Nowhere")
    assert caught.value.operation == "cgi:ptz_goto_preset_name"


def test_json_api(cgi: CgiClient, device: FakeDevice) -> None:
    def portmanagement(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert request.headers["content-type"] == "application/json"
        return httpx.Response(
            200,
            json={
                "apiVersion": body["apiVersion"],
                "method": body["method"],
                "data": {"ports": [p["port"] for p in body["params"]["ports"]]},
            },
        )

    device.on("/axis-cgi/io/portmanagement.cgi", portmanagement)
    changed = cgi.port_management_set_ports(
        [IoPortSetting(port="1", state="closed"), {"port": "3"}]
    )
    assert changed.ports == ["1", "3"] and changed.method == "setPorts"


def test_not_supported_and_auth(cgi: CgiClient, device: FakeDevice) -> None:
    with pytest.raises(pyvapix.cgi.CgiNotSupportedError):
        cgi.user_current()  # no answer registered: 404
    device.on("/axis-cgi/pwdgrp.cgi", httpx.Response(401))
    with pytest.raises(pyvapix.AuthenticationError):
        cgi.user_list()


def test_reads_are_retried_writes_are_not(device: FakeDevice) -> None:
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return httpx.Response(503 if calls["n"] == 1 else 200, text="port1=1")

    device.on("/axis-cgi/io/port.cgi", flaky)
    client = pyvapix.Client(
        "http://192.0.2.10", USER, PASSWORD, transport=httpx.MockTransport(device), retries=2
    )
    cgi = CgiClient(client)
    assert cgi.port_check(1).closed == {1: True}  # safe: retried once
    calls["n"] = 0
    with pytest.raises(pyvapix.TransportError) as caught:
        cgi.port_activate(1)  # a write: not retried
    assert caught.value.status_code == 503 and calls["n"] == 1


def test_transport_errors_name_the_operation() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    cgi = CgiClient(
        pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(refuse), retries=0)
    )
    with pytest.raises(pyvapix.TransportError) as caught:
        cgi.ptz_position()
    assert caught.value.operation == "cgi:ptz_position" and caught.value.request_sent is False

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    cgi = CgiClient(
        pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(slow), retries=0)
    )
    with pytest.raises(pyvapix.VapixTimeoutError):
        cgi.ptz_position(timeout=0.5)


def test_per_call_timeout_reaches_httpx() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, text="speed=50")

    cgi = CgiClient(
        pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(handler), timeout=7)
    )
    cgi.ptz_speed()
    cgi.ptz_speed(timeout=1.5)
    assert seen[0]["read"] == 7 and seen[1]["read"] == 1.5


def test_anonymous_initial_admin_creation() -> None:
    def pwdgrp(request: httpx.Request) -> httpx.Response:
        assert "authorization" not in request.headers
        return httpx.Response(200, text="Created account root.")

    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(pwdgrp)))
    assert (
        cgi.user_add("root", "s3cret", ["admin", "operator", "viewer", "ptz"], group="root")
        is None
    )


def test_async_client(device: FakeDevice) -> None:
    device.on("/axis-cgi/com/ptz.cgi", httpx.Response(200, text="pan=10\ntilt=-5\nzoom=1\n"))
    device.on(
        "/axis-cgi/basicdeviceinfo.cgi",
        httpx.Response(
            200, json={"apiVersion": "1.1", "data": {"propertyList": {"ProdNbr": "P3265-LVE"}}}
        ),
    )
    device.on("/axis-cgi/io/port.cgi", httpx.Response(200, text=""))

    async def main() -> None:
        async with pyvapix.AsyncClient(
            "http://192.0.2.10", USER, PASSWORD, transport=httpx.MockTransport(device)
        ) as client:
            cgi = AsyncCgiClient(client)
            position, info = await asyncio.gather(cgi.ptz_position(camera=1), cgi.device_info())
            assert position.pan == 10.0 and info.prod_nbr == "P3265-LVE"
            await cgi.port_deactivate(2)
            assert repr(cgi).startswith("<AsyncCgiClient of <AsyncClient")

    asyncio.run(main())
    assert "/axis-cgi/io/port.cgi?action=2%3A%5C" in device.signed_uris


def test_basic_over_https() -> None:
    def basic(request: httpx.Request) -> httpx.Response:
        if "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="AXIS"'})
        assert request.headers["authorization"].startswith("Basic ")
        return httpx.Response(200, text="port3=inactive")

    cgi = CgiClient(
        pyvapix.Client("https://192.0.2.10", USER, PASSWORD, transport=httpx.MockTransport(basic))
    )
    assert cgi.port_check_active(3).active == {3: False}


def test_call_by_name(cgi: CgiClient, device: FakeDevice) -> None:
    device.on("/axis-cgi/io/port.cgi", lambda r: httpx.Response(200, text="port2=1"))
    assert cgi.call("cgi:port_check", {"ports": [2]}).closed == {2: True}
    assert device.requests[-1].url.raw_path == b"/axis-cgi/io/port.cgi?check=2"
    with pytest.raises(ValueError, match="is a download"):
        cgi.call("cgi:server_report")
    with pytest.raises(pyvapix.EncodeError, match="unknown argument"):
        cgi.call("port_check", {"port": 2})
