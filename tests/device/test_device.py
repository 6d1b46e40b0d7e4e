"""What an integrator does with a door controller, through the typed clients.

Each test runs over JSON and SOAP, live against the simulator and from a cassette."""

from __future__ import annotations

import pytest
from pyvapix.generated.models.axudb import User
from pyvapix.generated.models.common.pt import Attribute, NameValue
from pyvapix.generated.models.pacsaxis import (
    AccessPolicy,
    AccessProfile,
    Credential,
    CredentialAccessProfile,
)
from pyvapix.generated.models.tdc import DoorMode

import pyvapix
from pyvapix import FaultError

CARD = "00c0ffee"
PIN = "4711"


def first_entry(device: pyvapix.Client) -> tuple[str, str, str, str]:
    """(controller, access point, door, reader) tokens of the first door."""
    (controller,) = device.pacsaxis.get_access_controller_list().access_controller
    entry = device.pacsaxis.get_access_point(token=controller.access_point[0]).access_point[0]
    assert entry.entity is not None
    return controller.token, entry.token, entry.entity, entry.id_point_device[0].id_point


def test_service_capabilities(device: pyvapix.Client) -> None:
    capabilities = device.tdc.get_service_capabilities().capabilities
    assert capabilities.max_limit and capabilities.max_limit > 0


def test_doors_page_by_page(device: pyvapix.Client) -> None:
    doors = list(device.tdc.iter_door_info_list(limit=1))
    assert [d.name for d in doors] == ["Door 1", "Door 2"]
    first = device.tdc.get_door_info_list(limit=1)
    assert len(first.door_info) == 1 and first.next_start_reference


def test_door_commands_drive_the_door_mode(device: pyvapix.Client) -> None:
    door = next(device.tdc.iter_door_info_list()).token

    def mode() -> object:
        return device.tdc.get_door_state(token=door).door_state.door_mode

    device.tdc.unlock_door(token=door)
    assert mode() is DoorMode.UNLOCKED
    device.tdc.lock_down_door(token=door)
    assert mode() is DoorMode.LOCKED_DOWN
    with pytest.raises(FaultError) as refused:
        device.tdc.unlock_door(token=door)
    assert refused.value.code == "env:Receiver" and refused.value.has("Failure")
    device.tdc.lock_down_release_door(token=door)
    device.tdc.lock_door(token=door)
    assert mode() is DoorMode.LOCKED


def test_unknown_door_is_a_not_found_fault(device: pyvapix.Client) -> None:
    with pytest.raises(FaultError) as info:
        device.tdc.get_door_state(token="no-such-door")
    assert info.value.subcode == "ter:NotFound"
    assert info.value.operation == "tdc:GetDoorState"


def test_users_create_read_remove(device: pyvapix.Client) -> None:
    (token,) = device.axudb.set_user(
        user=User(
            name="Doe, Jane",
            attribute=[Attribute(type_value="string", name="FirstName", value="Jane")],
        )
    ).token
    (user,) = device.axudb.get_user(token=token).user
    assert user.name == "Doe, Jane" and user.attribute[0].value == "Jane"
    assert token in [u.token for u in device.axudb.iter_user_info_list()]
    device.axudb.remove_user(token=token)
    assert device.axudb.get_user(token=token).user == []


def test_card_and_pin_open_the_door_and_are_logged(device: pyvapix.Client) -> None:
    controller, access_point, door, reader = first_entry(device)
    (profile,) = device.pacsaxis.set_access_profile(
        access_profile=AccessProfile(
            name="Staff",
            enabled=True,
            schedule=["standard_always"],
            access_policy=[AccessPolicy(access_point=access_point)],
        )
    ).token
    (credential,) = device.pacsaxis.set_credential(
        credential=Credential(
            enabled=True,
            status="Enabled",
            id_data=[NameValue(name="Card", value=CARD), NameValue(name="PIN", value=PIN)],
            credential_access_profile=[CredentialAccessProfile(access_profile=profile)],
        )
    ).token

    def request(card: str) -> tuple[bool, str]:
        answer = device.pacsaxis.request_access(
            token=controller,
            id_data=NameValue(name="Card", value=card),
            source_token=reader,
            target_token=door,
        )
        return answer.access_granted, answer.reason

    assert request(CARD) == (True, "Granted")
    assert request("0badcafe") == (False, "InvalidCredential")
    device.pacsaxis.disable_credential(token=credential)
    assert request(CARD) == (False, "CredentialNotEnabled")

    events = list(device.axlog.iter_fetch_events(limit=2, descending=True))
    topics = [
        "/".join(kv.value or "" for kv in e.key_values if kv.key.startswith("topic"))
        for e in events
    ]
    assert "AccessControl/AccessGranted/Credential" in topics
    assert "AccessControl/Denied/CredentialNotFound/Card" in topics


def test_any_operation_by_name(device: pyvapix.Client) -> None:
    result = device.call("axsch:GetScheduleInfoList", {"Limit": 10})
    tokens = {s["token"] for s in pyvapix.to_plain(result)["ScheduleInfo"]}
    assert {"standard_always", "standard_office_hours"} <= tokens


def test_stale_start_reference_is_a_fault(device: pyvapix.Client) -> None:
    with pytest.raises(FaultError) as info:
        device.tdc.get_door_info_list(limit=1, start_reference="stale-reference")
    assert info.value.subcode == "ter:InvalidStartReference"
