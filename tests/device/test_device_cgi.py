"""What an integrator does with a door controller's classic CGIs, through ``client.cgi``.

Each test runs live against the simulator and from its cassette (recorded from the simulator,
or from a real controller: see conftest). The CGIs do not depend on the PACS protocol, so
only the JSON client is used. Passwords given to pwdgrp.cgi never reach a cassette."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from pyvapix.generated.cgi.types import IoPortSetting

import pyvapix
from pyvapix._services import Protocol
from pyvapix.cgi import CgiApiError, CgiNotSupportedError, CgiRequestError

from . import recording

ACCOUNT_PASSWORD = "Gate-Keeper-4711"  # scanned for in every cassette (test_cassettes)
NEW_PASSWORD = "Gate-Keeper-0815"


@pytest.fixture
def protocol() -> Protocol:
    """The CGIs are protocol-free: one client per scenario, not one per PACS protocol."""
    return "json"


def test_identify_the_device(device: pyvapix.Client) -> None:
    info = device.cgi.device_info()
    brand = device.cgi.param_brand()
    assert info.prod_nbr == brand.prod_nbr and info.prod_full_name == brand.prod_full_name
    properties = device.cgi.param_properties()
    assert properties.http_api_version == 3 and properties.firmware_version == info.version
    assert properties.serial_number == info.serial_number
    assert properties.ptz is False
    apis = {api.id for api in device.cgi.api_list().apis}
    assert {"basic-device-info", "io-port-management", "param-cgi"} <= apis


def test_parameters(device: pyvapix.Client) -> None:
    device.cgi.param_update({"IOPort.I3.Output.Name": "Siren, hall"})
    assert device.cgi.param_io_port().ports[3].output_name == "Siren, hall"
    added = device.cgi.param_add(
        "StreamProfile",
        "streamprofile",
        values={"StreamProfile.S.Name": "doorevents", "StreamProfile.S.Parameters": "event=on"},
    )
    names = {p.name: p.number for p in device.cgi.param_stream_profile().profiles}
    assert names["doorevents"] == int(added.entry[1:])
    device.cgi.param_remove([f"StreamProfile.{added.entry}"])
    assert "doorevents" not in {p.name for p in device.cgi.param_stream_profile().profiles}
    with pytest.raises(CgiRequestError, match="Error setting"):
        device.cgi.param_update({"Brand.ProdNbr": "X1"})
    with pytest.raises(CgiRequestError):
        device.cgi.param_list(group=["NoSuchGroup"])


def test_user_accounts(device: pyvapix.Client) -> None:
    device.cgi.user_add("integrator", ACCOUNT_PASSWORD, ["operator"], comment="pyvapix test")
    groups = device.cgi.user_list()
    assert "integrator" in groups.operator and "integrator" not in groups.admin
    device.cgi.user_update("integrator", password=NEW_PASSWORD, roles=["admin"])
    assert "integrator" in device.cgi.user_list().admin
    device.cgi.user_remove("integrator")
    assert "integrator" not in device.cgi.user_list().digusers
    with pytest.raises(CgiRequestError):
        device.cgi.user_remove("root")
    assert device.cgi.user_current().user == "root"


def test_io_ports(device: pyvapix.Client) -> None:
    directions = device.cgi.port_check_direction([1, 2, 3, 4]).directions
    output = min(number for number, direction in directions.items() if direction == "output")
    device.cgi.port_activate(output)
    assert device.cgi.port_check_active([output]).active == {output: True}
    device.cgi.port_deactivate(output)
    assert device.cgi.port_check_active([output]).active == {output: False}
    ports = device.cgi.port_management_get_ports()
    assert ports.number_of_ports == len(directions)
    changed = device.cgi.port_management_set_ports(
        [IoPortSetting(port=str(output - 1), name="Strike", state="closed")]
    )
    assert changed.ports == [str(output - 1)]
    assert device.cgi.port_check([output]).closed == {output: True}
    with pytest.raises(CgiApiError) as refused:
        device.cgi.port_management_set_ports([IoPortSetting(port="99", name="x")])
    assert refused.value.code == 2104


def test_applications(device: pyvapix.Client) -> None:
    apps = {str(app.name): app for app in device.cgi.app_list().applications}
    stopped = next(name for name, app in apps.items() if app.status == "Stopped")
    device.cgi.app_start(stopped)
    assert {a.name: a.status for a in device.cgi.app_list().applications}[stopped] == "Running"
    with pytest.raises(CgiRequestError) as refused:
        device.cgi.app_start(stopped)
    assert refused.value.code == 6
    device.cgi.app_stop(stopped)
    with pytest.raises(CgiRequestError) as missing:
        device.cgi.app_stop("NoSuchApplication")
    assert missing.value.code == 4


def test_maintenance(device: pyvapix.Client) -> None:
    log = io.BytesIO()
    result = device.cgi.system_log(log)
    assert result.size == len(log.getvalue()) > 0 and result.content_type.startswith("text/plain")
    assert device.cgi.ping_test("127.0.0.1").reachable


def test_what_a_door_controller_lacks(device: pyvapix.Client) -> None:
    with pytest.raises(CgiRequestError, match="not available"):
        device.cgi.image_size(camera=1)
    with pytest.raises(CgiRequestError) as no_audio:
        device.cgi.media_clip_play(0)
    assert no_audio.value.status_code == 400
    with pytest.raises(CgiNotSupportedError):
        device.cgi.ptz_position()


def _request(uri: str, body: bytes = b"", method: str = "GET") -> object:
    return SimpleNamespace(method=method, uri=uri, path=uri.split("?")[0], body=body)


def test_the_matcher_compares_cgi_queries() -> None:
    base = "http://192.0.2.10/axis-cgi/io/port.cgi"
    recording.same_call(_request(f"{base}?action=3%3A%2F"), _request(f"{base}?action=3%3A%2F"))
    recording.same_call(_request(f"{base}?checkactive=3"), _request(f"{base}?checkactive=3"))
    with pytest.raises(AssertionError, match="query"):
        recording.same_call(_request(f"{base}?action=3%3A%2F"), _request(f"{base}?action=3%3A%5C"))
    pwdgrp = "http://192.0.2.10/axis-cgi/pwdgrp.cgi"
    live = _request(f"{pwdgrp}?action=add&user=joe&pwd={ACCOUNT_PASSWORD}")
    recorded = recording.scrub_uri(live.uri)  # type: ignore[attr-defined]
    assert ACCOUNT_PASSWORD not in recorded and recorded.endswith("&pwd=***")
    recording.same_call(live, _request(recorded))


def test_the_matcher_ignores_multipart_boundaries() -> None:
    def upload(boundary: str, content: bytes = b"\x1f\x8b...") -> object:
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                f'filename="a.eap"\r\n\r\n'
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        uri = "http://192.0.2.10/axis-cgi/applications/upload.cgi"
        return _request(uri, body, "POST")

    recording.same_call(upload("4f1c0a9e"), upload("b77d02e1"))
    with pytest.raises(AssertionError, match="body"):
        recording.same_call(upload("4f1c0a9e"), upload("b77d02e1", b"other"))
