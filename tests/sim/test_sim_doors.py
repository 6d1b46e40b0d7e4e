"""The door state machine, through the door commands and GetDoorState."""

from __future__ import annotations

import pytest

import pyvapix
from pyvapix import FaultError

from .conftest import FakeClock, plain


@pytest.fixture
def door(client: pyvapix.Client) -> str:
    return str(client.call("tdc:GetDoorInfoList", {}).door_info[0].token)


def _mode(client: pyvapix.Client, door: str) -> str:
    return str(plain(client.call("tdc:GetDoorState", {"Token": door}))["DoorState"]["DoorMode"])


def _command(client: pyvapix.Client, name: str, door: str) -> None:
    client.call(name, {"Token": door})


def test_a_door_starts_locked_and_healthy(client: pyvapix.Client, door: str) -> None:
    assert plain(client.call("tdc:GetDoorState", {"Token": door}))["DoorState"] == {
        "DoorPhysicalState": "Closed",
        "LockPhysicalState": "Locked",
        "DoubleLockPhysicalState": "Unlocked",
        "Alarm": "Normal",
        "Tamper": {"State": "NotInTamper"},
        "Fault": {"State": "NotInFault"},
        "DoorMode": "Locked",
    }


@pytest.mark.parametrize(
    ("command", "mode"),
    [
        ("tdc:UnlockDoor", "Unlocked"),
        ("tdc:BlockDoor", "Blocked"),
        ("tdc:DoubleLockDoor", "DoubleLocked"),
        ("tdc:LockDownDoor", "LockedDown"),
        ("tdc:LockOpenDoor", "LockedOpen"),
        ("tdc:LockDoor", "Locked"),
    ],
)
def test_each_command_sets_its_mode(
    client: pyvapix.Client, door: str, command: str, mode: str
) -> None:
    _command(client, command, door)
    assert _mode(client, door) == mode


def test_access_lasts_the_access_time(client: pyvapix.Client, door: str, clock: FakeClock) -> None:
    _command(client, "tdc:UnlockDoor", door)
    client.call("tdc:AccessDoor", {"Token": door, "AccessTime": "PT5S"})
    assert _mode(client, door) == "Accessed"
    clock.advance(4.9)
    assert _mode(client, door) == "Accessed"
    clock.advance(0.2)
    assert _mode(client, door) == "Unlocked"  # back to the mode before
    _command(client, "tdc:LockDoor", door)
    client.call("tdc:AccessDoor", {"Token": door})  # the door's AccessTime, PT7S
    clock.advance(6)
    assert _mode(client, door) == "Accessed"
    clock.advance(2)
    assert _mode(client, door) == "Locked"


@pytest.mark.parametrize(
    ("override", "release"),
    [
        ("tdc:LockDownDoor", "tdc:LockDownReleaseDoor"),
        ("tdc:LockOpenDoor", "tdc:LockOpenReleaseDoor"),
        ("tdc:LockDownDoor", "axtdc:ReleaseDoor"),
    ],
)
def test_overrides_refuse_other_commands_until_released(
    client: pyvapix.Client, door: str, override: str, release: str
) -> None:
    _command(client, "tdc:BlockDoor", door)
    _command(client, override, door)
    for other in (
        "tdc:UnlockDoor",
        "tdc:LockDoor",
        "tdc:AccessDoor",
        "tdc:LockOpenReleaseDoor" if override == "tdc:LockDownDoor" else "tdc:LockDownReleaseDoor",
    ):
        with pytest.raises(FaultError) as caught:
            _command(client, other, door)
        assert (caught.value.code, caught.value.subcodes) == (
            "env:Receiver",
            ("ter:Action", "ter:Failure"),
        )
    _command(client, release, door)
    assert _mode(client, door) == "Blocked"
    _command(client, "tdc:UnlockDoor", door)
    assert _mode(client, door) == "Unlocked"


def test_release_without_an_override(client: pyvapix.Client, door: str) -> None:
    _command(client, "tdc:UnlockDoor", door)
    _command(client, "tdc:LockDownReleaseDoor", door)  # nothing to release
    assert _mode(client, door) == "Unlocked"
    _command(client, "axtdc:ReleaseDoor", door)  # the API command is released
    assert _mode(client, door) == "Locked"


@pytest.mark.parametrize(
    "operation", ["tdc:GetDoorState", "tdc:LockDoor", "tdc:AccessDoor", "axtdc:ReleaseDoor"]
)
def test_unknown_doors_are_not_found(client: pyvapix.Client, operation: str) -> None:
    with pytest.raises(FaultError) as caught:
        client.call(operation, {"Token": "no-such-door"})
    assert (caught.value.code, caught.value.subcodes) == (
        "env:Sender",
        ("ter:InvalidArgVal", "ter:NotFound"),
    )


def test_a_new_door_can_be_commanded_and_a_removed_one_cannot(client: pyvapix.Client) -> None:
    token = client.call(
        "axtdc:SetDoor",
        {
            "Door": [
                {
                    "token": "",
                    "Name": "Back",
                    "AccessTime": "PT3S",
                    "OpenTooLongTime": "PT10S",
                    "PreAlarmTime": "PT5S",
                    "ExtendedAccessTime": "PT9S",
                    "ExtendedOpenTooLongTime": "PT20S",
                }
            ]
        },
    ).token[0]
    _command(client, "tdc:UnlockDoor", token)
    assert _mode(client, token) == "Unlocked"
    client.call("axtdc:RemoveDoor", {"Token": [token]})
    with pytest.raises(FaultError):
        _command(client, "tdc:LockDoor", token)


def test_mode_changes_are_logged(client: pyvapix.Client, door: str) -> None:
    _command(client, "tdc:UnlockDoor", door)
    _command(client, "tdc:UnlockDoor", door)  # no change, no event
    request = {
        "Filters": [{"Key": "topic2", "Value": "DoorMode"}, {"Key": "DoorToken", "Value": door}]
    }
    logged = plain(client.call("axlog:FetchEvents", request))["Event"]
    states = [{kv["Key"]: kv for kv in event["KeyValues"]}["State"] for event in logged]
    assert [s["Value"] for s in states] == ["Locked", "Unlocked"]  # initial state, then the change
    assert states[0]["Tags"] == ["property-state", "wstype:tdc:DoorMode", "onvif-data"]
