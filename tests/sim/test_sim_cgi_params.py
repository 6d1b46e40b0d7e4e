"""param.cgi on the simulator, through the generated client: the tree, its definitions,
updates, dynamic groups, access levels and persistence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pyvapix.generated.cgi.types import StreamProfile

import pyvapix
from pyvapix import AuthenticationError
from pyvapix.cgi import CgiPartialError, CgiRequestError
from pyvapix.sim import DeviceState, Simulator, transport

from .conftest import BASE, BASIC


@pytest.fixture
def device(state: DeviceState) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state), retries=0) as client:
        yield client


def as_user(state: DeviceState, user: str, password: str) -> pyvapix.Client:
    return pyvapix.Client(BASE, user, password, transport=transport(state), retries=0)


def test_list_groups_single_parameters_and_wildcards(device: pyvapix.Client) -> None:
    brand = device.cgi.param_list(group=["root.Brand"])
    assert brand["Brand.ProdNbr"] == "A1001" and brand["root.Brand.ProdType"] == (
        "Network Door Controller"
    )
    assert set(brand.group("Brand")) == {
        "Brand",
        "ProdFullName",
        "ProdNbr",
        "ProdShortName",
        "ProdType",
        "ProdVariant",
        "WebURL",
    }
    directions = device.cgi.param_list(group=["IOPort.*.Direction"]).params
    assert directions == {
        "IOPort.I0.Direction": "input",
        "IOPort.I1.Direction": "input",
        "IOPort.I2.Direction": "output",
        "IOPort.I3.Direction": "output",
    }
    both = device.cgi.param_list(group=["Input.NbrOfInputs", "Output"]).params
    assert both == {"Input.NbrOfInputs": "2", "Output.NbrOfOutputs": "2"}
    everything = device.cgi.param_list()
    assert len(everything) > 100 and everything["Properties.System.SerialNumber"] == "ACCC8E00A001"
    assert everything["Network.Interface.I0.dot1x.EAPTLS.PrivateKeyPassword"] == "******"


def test_typed_group_views(device: pyvapix.Client) -> None:
    properties = device.cgi.param_properties()
    assert properties.http_api_version == 3 and properties.api_discovery is True
    assert properties.ptz is False and properties.firmware_version == "1.85.2"
    assert properties.serial_number == "ACCC8E00A001" and properties.architecture == "mips"
    assert device.cgi.param_brand().prod_full_name == "AXIS A1001 Network Door Controller"
    ports = device.cgi.param_io_port().ports
    assert [(p.number, p.direction, p.configurable) for p in ports] == [
        (0, "input", False),
        (1, "input", True),
        (2, "output", True),
        (3, "output", True),
    ]
    assert ports[2].output_name == "Door relay" and ports[2].output_pulse_time == 300
    assert device.cgi.param_input().nbr_of_inputs == 2
    assert device.cgi.param_stream_profile().max_groups == 26


def test_unknown_groups_are_errors_in_a_200(device: pyvapix.Client) -> None:
    with pytest.raises(CgiRequestError, match="getting param in group 'NoSuchGroup'") as caught:
        device.cgi.param_list(group=["NoSuchGroup"])
    assert caught.value.status_code == 200 and caught.value.body.startswith("# Error:")
    with pytest.raises(CgiRequestError):
        device.cgi.param_ptz()  # a door controller has no PTZ group
    with pytest.raises(CgiRequestError):
        device.cgi.param_list_definitions(group=["Nowhere"])


def test_lists_are_iso_8859_1_without_a_charset(simulator: Simulator) -> None:
    simulator.state.params.values["IOPort.I1.Input.Name"] = "Entrée"
    status, headers, body = simulator.handle(
        "POST",
        "/axis-cgi/param.cgi",
        {"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"},
        b"action=list&group=IOPort.I1.Input.Name",
    )
    assert status == 200 and dict(headers)["Content-Type"] == "text/plain"
    assert body == b"root.IOPort.I1.Input.Name=Entr\xe9e\n"
    decoded = pyvapix.decode("cgi:param_list", body, protocol="cgi")
    assert decoded["IOPort.I1.Input.Name"] == "Entrée"


def test_get_and_post_both_work(simulator: Simulator) -> None:
    status, _, body = simulator.handle(
        "GET", "/axis-cgi/param.cgi?action=list&group=Brand.ProdNbr", {"Authorization": BASIC}, b""
    )
    assert (status, body) == (200, b"root.Brand.ProdNbr=A1001\n")


def test_definitions(device: pyvapix.Client) -> None:
    definitions = device.cgi.param_list_definitions(group=["Properties.API.HTTP", "IOPort.I2"])
    assert definitions.model == "AXIS A1001" and definitions.firmware_version == "1.85.2"
    version = definitions.get("Properties.API.HTTP.Version")
    assert version is not None and version.value == "3" and version.type == "int"
    assert version.readonly and version.const and version.security_level == "7707"
    active = definitions.get("IOPort.I2.Output.Active")
    assert active is not None and active.type == "enum" and active.values == ["closed", "open"]
    assert active.security_level == "7714" and not active.readonly
    pulse = definitions.get("IOPort.I2.Output.PulseTime")
    assert pulse is not None and (pulse.minimum, pulse.maximum) == (0, 65535)
    assert all(
        p.name.startswith(("Properties.API.HTTP.", "IOPort.I2.")) for p in definitions.parameters
    )


def test_updates_are_stored_and_checked(device: pyvapix.Client, state: DeviceState) -> None:
    device.cgi.param_update({"root.IOPort.I3.Output.Name": "Buzzer", "Time.DST.Enabled": True})
    assert (
        device.cgi.param_list(group=["IOPort.I3.Output.Name"])["IOPort.I3.Output.Name"] == "Buzzer"
    )
    assert state.params.values["Time.DST.Enabled"] == "yes"
    for bad in (
        {"Brand.ProdNbr": "X9999"},  # read-only
        {"No.Such.Param": "1"},
        {"IOPort.I3.Output.PulseTime": "70000"},  # out of range
        {"IOPort.I3.Output.Mode": "sometimes"},  # not an entry
        {"IOPort.I3.Output.Name": "門"},  # not ISO-8859-1
    ):
        with pytest.raises(CgiRequestError, match="Error setting") as caught:
            device.cgi.param_update(bad)
        name, value = next(iter(bad.items()))
        shown = value.encode("iso-8859-1", "replace").decode("iso-8859-1")
        assert caught.value.body == f"# Error: Error setting '{name}' to '{shown}'!\n"
    # Nothing of a refused request is applied.
    with pytest.raises(CgiRequestError):
        device.cgi.param_update({"IOPort.I3.Usage": "Alarm", "Brand.Brand": "Other"})
    assert state.params.values["IOPort.I3.Usage"] == ""


def test_changing_a_direction_moves_the_port_counts(device: pyvapix.Client) -> None:
    device.cgi.param_update({"IOPort.I1.Direction": "output"})
    assert device.cgi.param_input().nbr_of_inputs == 1
    assert device.cgi.param_output().nbr_of_outputs == 3
    assert device.cgi.port_check_direction([2]).directions == {2: "output"}


def test_levels(state: DeviceState) -> None:
    Simulator(state, viewer=("guest", "look"))
    state.users.add("ops", "ops-pass", group="users", roles=["operator"])
    with as_user(state, "guest", "look") as viewer:
        listed = viewer.cgi.param_list()
        assert "Brand.ProdNbr" in listed and "IOPort.I0.Direction" in listed
        assert not any(name.startswith(("Network.", "System.", "SNMP.")) for name in listed.params)
        with pytest.raises(CgiRequestError):
            viewer.cgi.param_list(group=["Network"])  # nothing a viewer may read
        with pytest.raises(AuthenticationError, match="HTTP 403"):
            viewer.cgi.param_update({"IOPort.I3.Output.Name": "Mine"})
        with pytest.raises(AuthenticationError):
            viewer.cgi.param_add("StreamProfile", "streamprofile")
    with as_user(state, "ops", "ops-pass") as operator:
        operator.cgi.param_update({"IOPort.I3.Output.Name": "Operated"})
        with pytest.raises(CgiRequestError, match=r"Network\.HostName"):
            operator.cgi.param_update({"Network.HostName": "mine"})  # admin only
        assert "Network.HostName" not in operator.cgi.param_list()
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state)) as admin:
        assert "Network.HostName" in admin.cgi.param_list()
        as_viewer = admin.cgi.param_list(usergroup="viewer")
        assert "Network.HostName" not in as_viewer and "Brand.Brand" in as_viewer
        assert next(iter(admin.cgi.param_list(usergroup="anonymous").params)).startswith(
            ("BasicDeviceInfo.", "Brand.")
        )


def test_stream_profiles_are_added_and_removed(device: pyvapix.Client) -> None:
    added = device.cgi.param_add(
        "StreamProfile",
        "streamprofile",
        values={
            "StreamProfile.S.Name": "events",
            "StreamProfile.S.Description": "Door events",
            "StreamProfile.S.Parameters": "eventtopic=door&audio=0",
        },
    )
    assert added.entry == "S0"
    assert device.cgi.param_add("StreamProfile", "streamprofile").entry == "S1"
    profiles = device.cgi.param_stream_profile().profiles
    assert profiles[0] == StreamProfile(
        number=0, name="events", description="Door events", parameters="eventtopic=door&audio=0"
    )
    device.cgi.param_remove(["StreamProfile.S0"])
    assert [p.number for p in device.cgi.param_stream_profile().profiles] == [1]
    assert device.cgi.param_add("StreamProfile", "streamprofile").entry == "S0"  # lowest free
    listed = list(device.cgi.param_list(group=["StreamProfile"]).params)
    assert listed[:3] == [
        "StreamProfile.MaxGroups",
        "StreamProfile.S0.Name",
        "StreamProfile.S0.Description",
    ]
    assert listed[-1] == "StreamProfile.S1.Parameters"
    assert list(device.cgi.param_list().params).index("System.AccessLog") > len(listed)


def test_add_errors(device: pyvapix.Client) -> None:
    with pytest.raises(CgiPartialError) as partial:
        device.cgi.param_add(
            "StreamProfile",
            "streamprofile",
            values={"StreamProfile.S.Name": "x" * 40, "StreamProfile.S.Description": "ok"},
        )
    assert partial.value.entry == "S0"
    assert device.cgi.param_stream_profile().profiles[0].description == "ok"
    with pytest.raises(CgiRequestError, match="could not add a group to 'GuardTour'") as failed:
        device.cgi.param_add("GuardTour", "guardtour", values={"GuardTour.G.Name": "Rounds"})
    assert failed.value.body.startswith("Group 'GuardTour' not found\n# Request failed:")
    with pytest.raises(CgiRequestError, match="could not add") as unknown:
        device.cgi.param_add("StreamProfile", "nosuchtemplate")
    assert unknown.value.body.startswith("Template 'nosuchtemplate' not found\n")
    with pytest.raises(CgiRequestError, match="could not remove"):
        device.cgi.param_remove(["StreamProfile.S7"])
    with pytest.raises(CgiRequestError, match="could not remove 'Brand'"):
        device.cgi.param_remove(["Brand"])


def test_the_group_limit(device: pyvapix.Client) -> None:
    for number in range(26):
        assert device.cgi.param_add("StreamProfile", "streamprofile").entry == f"S{number}"
    with pytest.raises(CgiRequestError, match="could not add"):
        device.cgi.param_add("StreamProfile", "streamprofile")


def test_changes_persist_in_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "device.json"
    with pyvapix.Client(
        BASE, "root", "pass", transport=transport(state_file=path), retries=0
    ) as client:
        client.cgi.param_update(
            {"IOPort.I2.Output.Name": "Strike", "IOPort.I1.Direction": "output"}
        )
        client.cgi.param_add(
            "StreamProfile", "streamprofile", values={"StreamProfile.S.Name": "a"}
        )
        client.cgi.param_add(
            "StreamProfile", "streamprofile", values={"StreamProfile.S.Name": "b"}
        )
        client.cgi.param_remove(["StreamProfile.S0"])
    with pyvapix.Client(
        BASE, "root", "pass", transport=transport(state_file=path), retries=0
    ) as client:
        assert client.cgi.param_io_port().ports[2].output_name == "Strike"
        assert client.cgi.param_output().nbr_of_outputs == 3
        assert [(p.number, p.name) for p in client.cgi.param_stream_profile().profiles] == [
            (1, "b")
        ]
