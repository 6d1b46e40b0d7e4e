"""The simulator's other CGIs: device information, API discovery, applications, what a door
controller without camera, speaker or PTZ answers, network tests, restart; and every CGI
answer decoded by the project's own parser."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import pyvapix
from pyvapix import AuthenticationError
from pyvapix.cgi import CgiApiError, CgiNotSupportedError, CgiRequestError
from pyvapix.cgi._request import build_request
from pyvapix.sim import DeviceState, Simulator, transport

from .conftest import BASE, BASIC, FakeClock, post


@pytest.fixture
def device(state: DeviceState) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state), retries=0) as client:
        yield client


def package(manifest: dict[str, Any] | None = None, conf: str | None = None) -> bytes:
    """An application package: a gzipped tar with a manifest.json or a package.conf."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        files = {"app.bin": b"\x7fELF"}
        if manifest is not None:
            files["manifest.json"] = json.dumps(manifest).encode()
        if conf is not None:
            files["package.conf"] = conf.encode()
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


# -- device information and API discovery ---------------------------------------------------


def test_basic_device_info(device: pyvapix.Client) -> None:
    info = device.cgi.device_info()
    assert (info.brand, info.prod_nbr, info.prod_type) == (
        "AXIS",
        "A1001",
        "Network Door Controller",
    )
    assert info.serial_number == "ACCC8E00A001" and info.version == "1.85.2"
    assert info.architecture == "mips" and info.api_version == "1.1"
    some = device.cgi.device_info_properties(["ProdNbr", "Version"])
    assert (some.prod_nbr, some.version, some.brand) == ("A1001", "1.85.2", None)
    assert device.cgi.device_info_versions().api_versions == ["1.3"]
    with pytest.raises(CgiApiError) as unknown:
        device.cgi.device_info_properties(["ProdNbr", "ShoeSize"])
    assert unknown.value.code == 1000 and str(unknown.value).startswith(
        "Property not supported: ShoeSize"
    )


def test_device_info_follows_the_parameters(state: DeviceState, device: pyvapix.Client) -> None:
    state.params.values["Properties.Firmware.Version"] = "1.90.0"
    assert device.cgi.device_info().version == "1.90.0"


def test_anonymous_callers_get_the_unrestricted_properties(state: DeviceState) -> None:
    with httpx.Client(base_url=BASE, transport=transport(state)) as anonymous:

        def call(method: str, version: str | None = "1.2") -> httpx.Response:
            body: dict[str, Any] = {"method": method}
            if version:
                body["apiVersion"] = version
            return anonymous.post("/axis-cgi/basicdeviceinfo.cgi", json=body)

        answer = call("getAllUnrestrictedProperties")
        assert answer.status_code == 200
        unrestricted = pyvapix.decode(
            "cgi:device_info_unrestricted", answer.content, protocol="cgi"
        )
        assert unrestricted.prod_nbr == "A1001" and unrestricted.architecture is None
        assert call("getSupportedVersions", None).json()["data"] == {"apiVersions": ["1.3"]}
        assert call("getAllProperties").status_code == 401  # challenged: needs an operator
        assert call("getAllUnrestrictedProperties", "1.1").json()["error"]["code"] == 2004
        api = anonymous.post(
            "/axis-cgi/apidiscovery.cgi", json={"apiVersion": "1.0", "method": "getApiList"}
        )
        assert api.status_code == 200 and api.json()["data"]["apiList"]


def test_a_viewer_is_forbidden_the_full_properties(state: DeviceState) -> None:
    with pyvapix.Client(
        BASE, "guest", "look", transport=transport(state, viewer=("guest", "look"))
    ) as viewer:
        with pytest.raises(CgiApiError) as refused:
            viewer.cgi.device_info()
        assert refused.value.code == 2001
        assert viewer.cgi.device_info_unrestricted().prod_nbr == "A1001"


@pytest.mark.parametrize(
    ("method", "body", "code"),
    [
        ("GET", "", 2002),
        ("POST", "[1, 2", 4000),
        ("POST", '{"apiVersion": "1.1", "method": "getEverything"}', 2004),
        ("POST", '{"apiVersion": "2.0", "method": "getAllProperties"}', 2003),
        ("POST", '{"apiVersion": "1.1", "method": "getProperties", "params": {}}', 4002),
        ("POST", '{"method": "getAllProperties"}', 4002),
    ],
)
def test_basic_device_info_errors(simulator: Simulator, method: str, body: str, code: int) -> None:
    status, _, content = simulator.handle(
        method, "/axis-cgi/basicdeviceinfo.cgi", {"Authorization": BASIC}, body.encode()
    )
    assert status == 200 and json.loads(content)["error"]["code"] == code
    with pytest.raises(CgiApiError) as caught:
        pyvapix.decode("cgi:device_info", content, protocol="cgi")
    assert caught.value.code == code


def test_api_discovery(device: pyvapix.Client) -> None:
    apis = {api.id: api for api in device.cgi.api_list().apis}
    assert {"param-cgi", "basic-device-info", "io-port-management", "user-management"} <= set(apis)
    assert apis["basic-device-info"].version == "1.3" and apis["param-cgi"].status == "released"
    assert [a.id for a in device.cgi.api_list(id="io-*").apis] == ["io-port-management"]
    assert [a.id for a in device.cgi.api_list(id="*", version="1.?").apis] == sorted(apis)
    assert device.cgi.api_list(id="ptz-control").apis == []  # unknown: empty, not an error
    assert device.cgi.api_discovery_versions().api_versions == ["1.0"]


# -- a door controller has no camera, speaker or PTZ -------------------------------------


def test_no_image_sizes(device: pyvapix.Client) -> None:
    with pytest.raises(CgiRequestError, match=r"^Camera 1 not available\."):
        device.cgi.image_size(camera=1, resolution="800x600")
    with pytest.raises(CgiRequestError, match="No video source"):
        device.cgi.image_size()


def test_no_media_clips(device: pyvapix.Client) -> None:
    with pytest.raises(CgiRequestError, match="no audio output") as refused:
        device.cgi.media_clip_play(0)
    assert refused.value.status_code == 400
    device.cgi.media_clip_stop()  # nothing plays: OK


def test_no_ptz(device: pyvapix.Client) -> None:
    with pytest.raises(CgiNotSupportedError) as missing:
        device.cgi.ptz_move("left")
    assert missing.value.status_code == 404
    with pytest.raises(CgiNotSupportedError):
        device.cgi.ptz_presets()


# -- applications --------------------------------------------------------------------------


def test_applications_are_listed_and_controlled(device: pyvapix.Client) -> None:
    apps = {app.name: app for app in device.cgi.app_list().applications}
    assert set(apps) == {"AccessLogExport", "ReaderBridge"}
    assert (apps["AccessLogExport"].status, apps["AccessLogExport"].license) == (
        "Running",
        "Valid",
    )
    assert apps["ReaderBridge"].vendor_home_page is None  # empty attributes are left out
    device.cgi.app_start("ReaderBridge")
    device.cgi.app_restart("ReaderBridge")
    device.cgi.app_stop("AccessLogExport")
    statuses = {app.name: app.status for app in device.cgi.app_list().applications}
    assert statuses == {"AccessLogExport": "Stopped", "ReaderBridge": "Running"}
    device.cgi.app_remove("AccessLogExport")
    assert [app.name for app in device.cgi.app_list().applications] == ["ReaderBridge"]


@pytest.mark.parametrize(
    ("action", "package_name", "code", "meaning"),
    [
        ("app_start", "ReaderBridge!", 1, "invalid package"),
        ("app_start", "Nothing", 4, "application not found"),
        ("app_start", "AccessLogExport", 6, "application already running"),
        ("app_stop", "ReaderBridge", 7, "application not running"),
        ("app_restart", "ReaderBridge", 7, "application not running"),
    ],
)
def test_control_errors(
    device: pyvapix.Client, action: str, package_name: str, code: int, meaning: str
) -> None:
    with pytest.raises(CgiRequestError) as refused:
        getattr(device.cgi, action)(package_name)
    assert refused.value.code == code and refused.value.meaning == meaning


def test_uploads_install_what_the_package_names(device: pyvapix.Client) -> None:
    manifest = {
        "schemaVersion": "1.3",
        "acapPackageConf": {
            "setup": {
                "appName": "doorBell",
                "friendlyName": "Door Bell",
                "vendor": "Acme",
                "version": "2.1.0",
            }
        },
    }
    device.cgi.app_upload(package(manifest))
    device.cgi.app_upload(
        package(conf='PACKAGENAME="Legacy Relay"\nAPPNAME="legacyRelay"\nAPPMAJORVERSION="1"\n')
    )
    apps = {app.name: app for app in device.cgi.app_list().applications}
    assert (apps["doorBell"].nice_name, apps["doorBell"].version, apps["doorBell"].status) == (
        "Door Bell",
        "2.1.0",
        "Stopped",
    )
    assert apps["legacyRelay"].version == "1.0.0"
    device.cgi.app_start("doorBell")
    for junk in (b"not a package", package()):
        with pytest.raises(CgiRequestError) as refused:
            device.cgi.app_upload(junk)
        assert refused.value.code == 1


def test_licenses_settings_and_sdks(device: pyvapix.Client) -> None:
    device.cgi.app_license_upload("ReaderBridge", b"<LicenseKey>...</LicenseKey>")
    device.cgi.app_license_remove("AccessLogExport")
    licenses = {app.name: app.license for app in device.cgi.app_list().applications}
    assert licenses == {"AccessLogExport": "Missing", "ReaderBridge": "Valid"}
    with pytest.raises(CgiRequestError) as refused:
        device.cgi.app_license_upload("Nothing", b"<LicenseKey/>")
    assert refused.value.code == 23
    assert device.cgi.app_config_get("AllowUnsigned").params[0].value == "true"
    device.cgi.app_config_set("AllowUnsigned", False)
    assert device.cgi.app_config_get("AllowUnsigned").params[0].value == "false"
    assert device.cgi.app_info().sdks == ["acap3"]


def test_applications_need_an_admin(state: DeviceState) -> None:
    with (
        pyvapix.Client(
            BASE, "guest", "look", transport=transport(state, viewer=("guest", "look"))
        ) as viewer,
        pytest.raises(AuthenticationError, match="403"),
    ):
        viewer.cgi.app_list()


# -- network tests and restart -------------------------------------------------------------


def test_ping_and_tcp_tests(device: pyvapix.Client) -> None:
    assert device.cgi.ping_test("192.168.0.1").reachable
    assert device.cgi.ping_test("localhost").reachable
    assert not device.cgi.ping_test("8.8.8.8").reachable
    assert not device.cgi.ping_test("example.com").reachable
    assert device.cgi.tcp_test("192.168.0.90", 443).success
    assert device.cgi.tcp_test("192.168.0.1", 80).success
    refused = device.cgi.tcp_test("192.168.0.90", 8081)
    assert not refused.success and refused.text == "Test failed: connection refused."
    assert not device.cgi.tcp_test("10.1.2.3", 80).success


def test_restart_is_a_reboot_that_keeps_running(
    state: DeviceState, device: pyvapix.Client, clock: FakeClock
) -> None:
    device.cgi.port_activate(4)
    device.cgi.param_update({"IOPort.I3.Output.Name": "Kept"})
    clock.advance(3600)
    device.cgi.restart()
    assert state.booted == clock.now
    assert device.cgi.port_check_active([4]).active == {4: False}
    assert device.cgi.param_io_port().ports[3].output_name == "Kept"
    assert state.log.text("Restart requested")


# -- every answer through the project's own decoder ----------------------------------------

SAMPLES: list[tuple[str, dict[str, Any]]] = [
    ("param_list", {"group": ["Brand", "IOPort"]}),
    ("param_list_definitions", {"group": ["Properties.Firmware"]}),
    ("param_update", {"values": {"Time.DST.Enabled": "yes"}}),
    ("param_add", {"group": "StreamProfile", "template": "streamprofile"}),
    ("param_brand", {}),
    ("param_properties", {}),
    ("param_image", {}),
    ("param_io_port", {}),
    ("param_input", {}),
    ("param_output", {}),
    ("param_stream_profile", {}),
    ("user_add", {"user": "dec", "password": "pw", "roles": ["viewer"]}),
    ("user_list", {}),
    ("user_current", {}),
    ("port_activate", {"port": 3}),
    ("port_check", {"ports": [1, 3]}),
    ("port_check_active", {"ports": [3]}),
    ("port_check_direction", {"ports": [1, 2, 3, 4]}),
    ("port_management_get_ports", {}),
    ("port_management_versions", {}),
    ("device_info", {}),
    ("device_info_properties", {"properties": ["Brand"]}),
    ("device_info_unrestricted", {}),
    ("device_info_versions", {}),
    ("api_list", {}),
    ("api_discovery_versions", {}),
    ("app_list", {}),
    ("app_start", {"package": "ReaderBridge"}),
    ("app_config_get", {"name": "AllowRoot"}),
    ("app_info", {}),
    ("ping_test", {"ip": "192.168.0.1"}),
    ("tcp_test", {"address": "192.168.0.1", "port": 443}),
    ("media_clip_stop", {}),
    ("restart", {}),
]


@pytest.mark.parametrize(("name", "args"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_raw_answers_decode(simulator: Simulator, name: str, args: dict[str, Any]) -> None:
    request = build_request(pyvapix.cgi.lookup(name), args)
    headers = {"Authorization": BASIC, **request.headers}
    status, answer_headers, body = simulator.handle(
        request.method, request.target, headers, request.content or b""
    )
    assert status == 200, body
    content_type = dict(answer_headers).get("Content-Type", "")
    result = pyvapix.cgi.decode(name, body, content_type=content_type)
    assert result == pyvapix.decode(f"cgi:{name}", body, protocol="cgi")
    if pyvapix.cgi.lookup(name).response.result is not None:
        assert result is not None


def test_unknown_cgis_and_methods(simulator: Simulator) -> None:
    for path in ("/axis-cgi/com/ptz.cgi", "/axis-cgi/nothing.cgi", "/axis-cgi/"):
        assert simulator.handle("GET", path, {"Authorization": BASIC}, b"")[0] == 404
    assert (
        simulator.handle("DELETE", "/axis-cgi/param.cgi", {"Authorization": BASIC}, b"")[0] == 405
    )
    assert (
        simulator.handle(
            "GET", "/axis-cgi/applications/upload.cgi", {"Authorization": BASIC}, b""
        )[0]
        == 405
    )
    assert simulator.handle("GET", "/axis-cgi/param.cgi?action=list", {}, b"")[0] == 401
    status, _, _ = post(simulator, "/axis-cgi/param.cgi", b"x" * (3 * 1024 * 1024))
    assert status == 413


def test_alternative_param_paths_need_their_level(state: DeviceState) -> None:
    Simulator(state, viewer=("guest", "look"))
    with httpx.Client(
        base_url=BASE, transport=transport(state), auth=httpx.DigestAuth("guest", "look")
    ) as viewer:
        assert viewer.get("/axis-cgi/param.cgi?action=list&group=Brand").status_code == 200
        assert viewer.get("/axis-cgi/admin/param.cgi?action=list&group=Brand").status_code == 403
        assert (
            viewer.get("/axis-cgi/operator/param.cgi?action=list&group=Brand").status_code == 403
        )


def test_an_xml_error_reply(simulator: Simulator) -> None:
    status, headers, body = simulator.handle(
        "GET",
        "/axis-cgi/applications/config.cgi?action=get&name=AllowEverything",
        {"Authorization": BASIC},
        b"",
    )
    assert status == 200 and dict(headers)["Content-Type"] == "text/xml"
    with pytest.raises(CgiRequestError, match="unknown setting") as refused:
        pyvapix.decode("cgi:app_config_get", body, protocol="cgi")
    assert refused.value.code == 1
