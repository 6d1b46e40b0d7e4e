"""Generic entity handling: one state through JSON and SOAP, Set/Get/List/Remove, paging."""

from __future__ import annotations

import re

import pytest

import pyvapix
from pyvapix import FaultError
from pyvapix._catalogue import lookup
from pyvapix._codec import from_plain
from pyvapix.sim import DeviceState
from pyvapix.sim.device import blank

from .conftest import plain

TOKEN = re.compile(r"Axis-accc8e00a001:\d+\.\d{9}")


def _user(name: str, token: str = "") -> dict[str, object]:
    return {
        "token": token,
        "Name": name,
        "Description": f"{name} works here",
        "Attribute": [{"type": "string", "Name": "FirstName", "Value": name}],
    }


def test_a_fresh_device_has_the_a1001_defaults(client: pyvapix.Client) -> None:
    controllers = plain(client.call("pacsaxis:GetAccessControllerList", {}))["AccessController"]
    assert [c["token"] for c in controllers] == ["Axis-accc8e00a001 AccessController"]
    schedules = {s.token for s in client.call("axsch:GetScheduleInfoList", {}).schedule_info}
    assert {"standard_always", "standard_office_hours", "standard_weekends"} <= schedules
    profiles = plain(client.call("tac:GetAuthenticationProfileInfoList", {}))
    assert [p["token"] for p in profiles["AuthenticationProfileInfo"]] == [
        "CardOnly",
        "PINOnly",
        "CardPlusPin",
        "REXOnly",
    ]


def test_doors_share_tokens_across_their_three_views(client: pyvapix.Client) -> None:
    infos = plain(client.call("tdc:GetDoorInfoList", {}))["DoorInfo"]
    doors = plain(client.call("axtdc:GetDoorList", {}))["Door"]
    configurations = plain(client.call("axtdc:GetDoorConfigurationList", {}))["DoorConfiguration"]
    tokens = [d["token"] for d in infos]
    assert len(tokens) == 2 and all(TOKEN.fullmatch(t) for t in tokens)
    assert tokens == [d["token"] for d in doors] == [c["token"] for c in configurations]
    assert infos[0]["Capabilities"]["LockDown"] is True  # Info has what Door lacks
    assert "AccessTime" not in infos[0] and doors[0]["AccessTime"] == "PT7S"


@pytest.mark.parametrize(("writer", "reader"), [("json", "soap"), ("soap", "json")])
def test_one_state_seen_through_both_protocols(
    clients: dict[str, pyvapix.Client], writer: str, reader: str
) -> None:
    token = clients[writer].call("axudb:SetUser", {"User": [_user("Ada")]}).token[0]
    assert TOKEN.fullmatch(token)
    users = plain(clients[reader].call("axudb:GetUser", {"Token": [token]}))["User"]
    assert users == [{**_user("Ada"), "token": token}]
    info = plain(clients[reader].call("axudb:GetUserInfo", {"Token": [token]}))["UserInfo"]
    assert info == [{"token": token, "Name": "Ada", "Description": "Ada works here"}]


def test_set_with_a_token_creates_it_and_replaces_in_place(client: pyvapix.Client) -> None:
    client.call("axudb:SetUser", {"User": [_user("A", "a"), _user("B", "b")]})
    client.call("axudb:SetUser", {"User": [_user("A2", "a")]})
    users = plain(client.call("axudb:GetUserList", {}))["User"]
    assert [(u["token"], u["Name"]) for u in users] == [("a", "A2"), ("b", "B")]


def test_onvif_and_axis_operations_share_a_family(clients: dict[str, pyvapix.Client]) -> None:
    factor = {"IdDataName": "PIN", "IdMatchOperatorName": "IdDataEqual", "OperatorValue": ""}
    profile = {
        "token": "night",
        "Name": "Night",
        "Description": "",
        "Schedule": ["standard_always"],
        "IdFactor": [factor],
    }
    clients["soap"].call("tac:SetAuthenticationProfile", {"AuthenticationProfile": [profile]})
    got = plain(clients["json"].call("pacsaxis:GetAuthenticationProfile", {"Token": ["night"]}))
    assert got["AuthenticationProfile"][0]["IdFactor"] == profile["IdFactor"]
    clients["json"].call("pacsaxis:RemoveAuthenticationProfile", {"Token": ["night"]})
    assert plain(clients["soap"].call("tac:GetAuthenticationProfile", {"Token": ["night"]})) == {
        "AuthenticationProfile": []
    }


def test_get_skips_unknown_tokens_and_refuses_too_many(client: pyvapix.Client) -> None:
    client.call("axudb:SetUser", {"User": [_user("A", "a")]})
    assert [u.token for u in client.call("axudb:GetUser", {"Token": ["nope", "a"]}).user] == ["a"]
    with pytest.raises(FaultError) as caught:
        client.call("axudb:GetUser", {"Token": [f"t{i}" for i in range(101)]})
    assert caught.value.subcodes == ("ter:InvalidArgs", "ter:TooManyItems")


def test_remove_is_all_or_nothing(client: pyvapix.Client) -> None:
    client.call("axudb:SetUser", {"User": [_user("A", "a")]})
    with pytest.raises(FaultError) as caught:
        client.call("axudb:RemoveUser", {"Token": ["a", "ghost"]})
    assert (caught.value.code, caught.value.subcodes) == (
        "env:Sender",
        ("ter:InvalidArgVal", "ter:NotFound"),
    )
    assert [u.token for u in client.call("axudb:GetUserList", {}).user] == ["a"]
    client.call("axudb:RemoveUser", {"Token": ["a"]})
    assert client.call("axudb:GetUserList", {}).user == []


def test_paging_with_single_use_references(client: pyvapix.Client) -> None:
    client.call("axudb:SetUser", {"User": [_user(f"U{i}", f"u{i}") for i in range(7)]})
    first = client.call("axudb:GetUserInfoList", {"Limit": 3})
    assert [u.token for u in first.user_info] == ["u0", "u1", "u2"]
    second = client.call(
        "axudb:GetUserInfoList", {"Limit": 3, "StartReference": first.next_start_reference}
    )
    third = client.call(
        "axudb:GetUserInfoList", {"Limit": 3, "StartReference": second.next_start_reference}
    )
    assert [u.token for u in second.user_info + third.user_info] == [f"u{i}" for i in range(3, 7)]
    assert third.next_start_reference is None
    for stale in (first.next_start_reference, "made-up"):
        with pytest.raises(FaultError) as caught:
            client.call("axudb:GetUserInfoList", {"Limit": 3, "StartReference": stale})
        assert caught.value.subcodes == ("ter:InvalidArgVal", "ter:InvalidStartReference")
    assert [u.token for u in client.axudb.iter_user_list(limit=2)] == [f"u{i}" for i in range(7)]


def test_paging_is_capped_at_max_limit(client: pyvapix.Client) -> None:
    client.call("axudb:SetUser", {"User": [_user(f"U{i}", f"u{i:03}") for i in range(130)]})
    page = client.call("axudb:GetUserInfoList", {})
    assert len(page.user_info) == 100 and page.next_start_reference
    rest = client.call("axudb:GetUserInfoList", {"StartReference": page.next_start_reference})
    assert len(rest.user_info) == 30 and rest.next_start_reference is None


def test_door_configuration_set_merges_entries(client: pyvapix.Client) -> None:
    door = client.call("tdc:GetDoorInfoList", {}).door_info[0].token
    client.call(
        "axtdc:SetDoorConfiguration",
        {
            "DoorConfiguration": [
                {
                    "token": door,
                    "Configuration": [
                        {"Name": "Lock.Type", "Value": "Relay"},
                        {"Name": "Lock.BoltInTime", "Value": "500"},
                    ],
                }
            ]
        },
    )
    got = plain(client.call("axtdc:GetDoorConfiguration", {"Token": [door]}).door_configuration[0])
    assert got["Configuration"] == [
        {"Name": "Door.Type", "Value": "Regular"},
        {"Name": "Lock.Type", "Value": "Relay"},
        {"Name": "Lock.BoltInTime", "Value": "500"},
    ]
    assert got["DeviceUUID"].endswith("accc8e00a001")  # filled in: "this device"


def test_set_validation_refuses_bad_entities(client: pyvapix.Client) -> None:
    with pytest.raises(FaultError) as caught:
        client.call(
            "axsch:SetSchedule",
            {"Schedule": [{"token": "", "Name": "x", "ScheduleDefinition": "not a calendar"}]},
        )
    assert caught.value.subcodes == ("ter:InvalidArgVal", "ter:InvalidScheduleFault")
    with pytest.raises(FaultError) as caught:
        client.call(
            "pacsaxis:SetCredential",
            {
                "Credential": [
                    {
                        "token": "",
                        "Enabled": True,
                        "Status": "Enabled",
                        "IdData": [{"Name": "Card", "Value": "1"}, {"Name": "Card", "Value": "2"}],
                    }
                ]
            },
        )
    assert caught.value.subcodes == ("ter:InvalidArgVal", "ter:InvalidCredentialFault")


def test_missing_members_and_unknown_enum_values_are_refused(client: pyvapix.Client) -> None:
    credential = lookup("pacsaxis:SetCredential")
    request = from_plain(
        credential.request_type,
        {"Credential": [{"token": "", "Enabled": True, "Status": "Enabled"}]},
    )
    request.credential[0].status = None  # what a hand-made request could send
    with pytest.raises(FaultError) as caught:
        client.invoke(credential, request)
    assert caught.value.subcodes == ("ter:InvalidArgs",)
    assert "Status is missing" in caught.value.reason
    request.credential[0].status = "Misplaced"  # open enumerations let any text through
    with pytest.raises(FaultError) as caught:
        client.invoke(credential, request)
    assert "'Misplaced' is not one of" in caught.value.reason


def test_switch_operations_and_statistics(client: pyvapix.Client, state: DeviceState) -> None:
    token = client.call(
        "pacsaxis:SetCredential",
        {"Credential": [{"token": "", "Enabled": True, "Status": "Enabled", "UserToken": "u1"}]},
    ).token[0]
    client.call("pacsaxis:DisableCredential", {"Token": token, "Status": "Lost"})
    info = client.call("pacsaxis:GetCredentialInfo", {"Token": [token]}).credential_info[0]
    assert (info.enabled, plain(info)["Status"]) == (False, "Lost")
    stats = plain(client.call("pacsaxis:GetCredentialStatistics", {}))["CredentialStatistics"]
    assert stats == {"NumberOfCredentials": 1, "NumberOfDisabledCredentials": 1}
    client.call("axudb:SetUser", {"User": [_user("One", "u1")]})
    users = client.call("axudb:GetUserInfoByCredentialToken", {"CredentialToken": token}).user_info
    assert [u.name for u in users] == ["One"]
    access_point = state.store.entities("AccessPoint")[0]["token"]
    client.call("tac:DisableAccessPoint", {"Token": access_point})
    answer = client.call("tac:GetAccessPointState", {"Token": access_point})
    assert answer.access_point_state.enabled is False


def test_device_settings(client: pyvapix.Client) -> None:
    assert client.call("aconn:GetStandAloneMode", {}).stand_alone is True
    client.call("aconn:SetStandAloneMode", {"StandAlone": False})
    assert client.call("aconn:GetStandAloneMode", {}).stand_alone is False
    client.call("axloc:EnableGlobalDistribution", {})
    config = plain(client.call("axloc:GetEventDistributionConfig", {}))
    assert config == {"EventDistributionConfig": [{"GlobalDistributionEnabled": True}]}
    assert plain(client.call("aconn:GetPeerList", {}))["Self"]["ID"] == "ACCC8E00A001"


def test_capabilities_and_unmodelled_operations(client: pyvapix.Client) -> None:
    caps = plain(client.call("tac:GetServiceCapabilities", {}))["Capabilities"]
    assert caps["MaxLimit"] == 100 and caps["SetCredential"] is True
    assert plain(client.call("axsch:GetServiceCapabilities", {}))["Capabilities"]["Component"] == [
        "VEVENT"
    ]
    reader = client.call("axtid:GetIdPointInfoList", {}).id_point_info[0].token
    answer = client.call("axtid:GetIdPointCapabilities", {"Token": reader})
    assert answer.id_point_capabilities is not None  # a default of the right type


def test_every_operation_answers_without_an_internal_error(
    client: pyvapix.Client, protocol: str
) -> None:
    """The minimal request of each operation gets an answer or a sender fault, never a crash
    (over JSON, the services that have a JSON endpoint)."""
    for name, operation in client.catalogue.operations.items():
        if protocol == "json" and operation.service.json_endpoint is None:
            continue  # a SOAP-only service (the event service, the ONVIF ones)
        request = from_plain(operation.request_type, blank(operation.request_type), strict=True)
        try:
            client.invoke(operation, request)
        except FaultError as fault:
            assert fault.code == "env:Sender", f"{name}: {fault}"
