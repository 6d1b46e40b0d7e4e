"""io/port.cgi and io/portmanagement.cgi on the simulator: one set of ports, timed actions on
the device clock, and the documented JSON error codes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pyvapix.generated.cgi.types import IoPortSetting, IoStateStep

import pyvapix
from pyvapix.cgi import CgiApiError, CgiRequestError
from pyvapix.sim import DeviceState, Simulator, transport

from .conftest import BASE, BASIC, FakeClock, post

PORT_MANAGEMENT = "/axis-cgi/io/portmanagement.cgi"


@pytest.fixture
def device(state: DeviceState) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state), retries=0) as client:
        yield client


def test_checks(device: pyvapix.Client) -> None:
    cgi = device.cgi
    assert cgi.port_check_direction([1, 2, 3, 4]).directions == {
        1: "input",
        2: "input",
        3: "output",
        4: "output",
    }
    # Tamper is active when open, so its normal circuit is closed; the others rest open.
    assert cgi.port_check([1, 2, 3, 4]).closed == {1: True, 2: False, 3: False, 4: False}
    assert cgi.port_check_active([1, 2, 3, 4]).active == {1: False, 2: False, 3: False, 4: False}


def test_activate_and_deactivate(device: pyvapix.Client) -> None:
    device.cgi.port_activate(3)
    assert device.cgi.port_check_active([3, 4]).active == {3: True, 4: False}
    assert device.cgi.port_check([3]).closed == {3: True}  # Output.Active=closed
    device.cgi.port_deactivate(3)
    assert device.cgi.port_check_active([3]).active == {3: False}


def test_pulses_follow_the_device_clock(device: pyvapix.Client, clock: FakeClock) -> None:
    device.cgi.port_pulse(4, 300)
    assert device.cgi.port_check_active([4]).active == {4: True}
    clock.advance(0.299)
    assert device.cgi.port_check_active([4]).active == {4: True}
    clock.advance(0.002)
    assert device.cgi.port_check_active([4]).active == {4: False}
    device.cgi.port_sequence("4:/300\\500/300\\")
    for step, active in ((0.1, True), (0.3, False), (0.5, True), (0.3, False)):
        clock.advance(step)  # at 0.1 s, 0.4 s, 0.9 s and 1.2 s
        assert device.cgi.port_check_active([4]).active == {4: active}


def test_actions_arrive_percent_encoded(simulator: Simulator) -> None:
    status, _, body = simulator.handle(
        "GET", "/axis-cgi/io/port.cgi?action=3%3A%2F", {"Authorization": BASIC}, b""
    )
    assert (status, body) == (200, b"")
    status, _, body = simulator.handle(
        "GET", "/axis-cgi/io/port.cgi?checkactive=3", {"Authorization": BASIC}, b""
    )
    assert body == b"port3=active\n"
    # Without a port number an action drives port 1, an input here.
    status, _, body = simulator.handle(
        "GET", "/axis-cgi/io/port.cgi?action=%2F", {"Authorization": BASIC}, b""
    )
    assert body == b"Error: port 1 is not an output\n"


def test_port_cgi_errors(device: pyvapix.Client) -> None:
    with pytest.raises(CgiRequestError, match="not an output"):
        device.cgi.port_activate(2)
    with pytest.raises(CgiRequestError, match="no port 9"):
        device.cgi.port_pulse(9, 100)
    with pytest.raises(CgiRequestError, match="invalid action"):
        device.cgi.port_sequence("3:/x\\")
    with pytest.raises(CgiRequestError, match="invalid port"):
        device.cgi.port_check([5])


def test_get_ports(device: pyvapix.Client) -> None:
    result = device.cgi.port_management_get_ports()
    assert result.number_of_ports == 4 and result.method == "getPorts"
    tamper, rex, relay, siren = result.ports
    assert (tamper.port, tamper.name, tamper.readonly, tamper.configurable) == (
        "0",
        "Tamper",
        True,
        False,
    )
    assert (rex.direction, rex.usage, rex.state, rex.normal_state) == (
        "input",
        "Button",
        "open",
        "open",
    )
    assert (relay.name, relay.direction, relay.readonly) == ("Door relay", "output", None)
    assert siren.normal_state == "open"


def test_set_ports_is_seen_by_port_cgi_and_param_cgi(device: pyvapix.Client) -> None:
    changed = device.cgi.port_management_set_ports(
        [
            IoPortSetting(port="3", state="closed", name="Horn"),
            IoPortSetting(port="1", direction="output", normal_state="closed", usage=""),
        ]
    )
    assert changed.ports == ["3", "1"]
    assert device.cgi.port_check_active([4]).active == {4: True}
    assert device.cgi.port_check_direction([2]).directions == {2: "output"}
    ports = device.cgi.param_io_port().ports
    assert ports[3].output_name == "Horn" and ports[1].output_active == "open"
    assert device.cgi.param_output().nbr_of_outputs == 3
    assert device.cgi.port_management_set_ports([{"port": "3", "name": "Horn"}]).ports == []


def test_set_ports_errors(device: pyvapix.Client) -> None:
    with pytest.raises(CgiApiError) as partial:
        device.cgi.port_management_set_ports(
            [
                IoPortSetting(port="0", direction="output"),  # fixed
                IoPortSetting(port="2", name="Strike", normal_state="ajar"),
                IoPortSetting(port="1", state="closed"),  # an input
            ]
        )
    error = partial.value
    assert error.code == 2104 and error.details == {"port": "0", "propertyName": "direction"}
    assert [e["details"] for e in error.errors] == [
        {"port": "2", "propertyName": "normalState"},
        {"port": "1", "propertyName": "state"},
    ]
    # The properties that were valid were applied.
    assert device.cgi.port_management_get_ports().ports[2].name == "Strike"
    with pytest.raises(CgiApiError) as unknown:
        device.cgi.port_management_set_ports([IoPortSetting(port="7", name="x")])
    assert unknown.value.code == 2104 and unknown.value.details["propertyName"] == "port"
    with pytest.raises(CgiApiError) as missing:
        device.cgi.port_management_set_ports([{"name": "no port"}])
    assert missing.value.code == 2103


def test_state_sequences(device: pyvapix.Client, clock: FakeClock) -> None:
    steps = [IoStateStep(state="closed", time=1000), IoStateStep(state="open", time=500)]
    assert device.cgi.port_management_set_state_sequence("2", steps).port == "2"
    assert device.cgi.port_check([3]).closed == {3: True}
    with pytest.raises(CgiApiError) as busy:
        device.cgi.port_management_set_state_sequence("2", steps)
    assert busy.value.code == 2200
    clock.advance(1.0)
    assert device.cgi.port_check([3]).closed == {3: False}
    clock.advance(0.5)
    device.cgi.port_management_set_state_sequence("2", steps)
    for port, sequence in (
        ("0", steps),  # an input
        ("2", [IoStateStep(state="closed", time=70000)]),
        ("2", [{"state": "half", "time": 1}]),
    ):
        with pytest.raises(CgiApiError) as refused:
            device.cgi.port_management_set_state_sequence(port, sequence)
        assert refused.value.code == 2104


def test_versions(device: pyvapix.Client) -> None:
    assert device.cgi.port_management_versions().api_versions == ["1.1"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("{not json", 2101),
        ('{"apiVersion": "1.0", "method": "dance"}', 2102),
        ('{"apiVersion": "2.0", "method": "getPorts"}', 2100),
        ('{"apiVersion": "1.9", "method": "getPorts"}', 2100),
        ('{"method": "getPorts"}', 2103),
        ('{"apiVersion": "1.0", "method": "setPorts", "params": {}}', 2103),
    ],
)
def test_envelope_errors(simulator: Simulator, body: str, code: int) -> None:
    status, headers, content = post(
        simulator, PORT_MANAGEMENT, body, **{"Content-Type": "application/json"}
    )
    answer = json.loads(content)
    assert status == 200 and headers["content-type"] == "application/json"
    assert answer["error"]["code"] == code
    with pytest.raises(CgiApiError) as caught:
        pyvapix.decode("cgi:port_management_get_ports", content, protocol="cgi")
    assert caught.value.code == code


def test_the_envelope_echoes_the_context(simulator: Simulator) -> None:
    body = '{"apiVersion": "1.1", "context": "door 7", "method": "getPorts"}'
    _, _, content = post(simulator, PORT_MANAGEMENT, body)
    answer = json.loads(content)
    assert (answer["apiVersion"], answer["context"], answer["method"]) == (
        "1.1",
        "door 7",
        "getPorts",
    )
    status, _, _ = simulator.handle("GET", PORT_MANAGEMENT, {"Authorization": BASIC}, b"")
    assert status == 405
