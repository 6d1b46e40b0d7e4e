"""pacsaxis:RequestAccess and VerifyRequest: decisions, reasons, their events and doors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import pyvapix
from pyvapix import FaultError
from pyvapix.sim import DeviceState

from .conftest import FakeClock, plain

CONTROLLER = "Axis-accc8e00a001 AccessController"


@dataclass
class Site:
    """The first default entry: its access point, door and reader, and a card holder."""

    client: pyvapix.Client
    access_point: str
    door: str
    reader: str

    def credential(self, **changes: Any) -> None:
        self.client.call(
            "pacsaxis:SetCredential",
            {
                "Credential": [
                    {
                        "token": "cred",
                        "UserToken": "holder",
                        "Enabled": True,
                        "Status": "Enabled",
                        "IdData": [
                            {"Name": "Card", "Value": "1234"},
                            {"Name": "PIN", "Value": "4321"},
                        ],
                        "CredentialAccessProfile": [{"AccessProfile": "staff"}],
                        **changes,
                    }
                ]
            },
        )

    def profile(self, **changes: Any) -> None:
        self.client.call(
            "pacsaxis:SetAccessProfile",
            {
                "AccessProfile": [
                    {
                        "token": "staff",
                        "Name": "Staff",
                        "Enabled": True,
                        "AccessPolicy": [
                            {"AccessPoint": self.access_point, "Schedule": ["standard_always"]}
                        ],
                        **changes,
                    }
                ]
            },
        )

    def request(
        self, operation: str = "pacsaxis:RequestAccess", **iddata: str
    ) -> tuple[bool, str]:
        answer = self.client.call(
            operation,
            {
                "Token": CONTROLLER,
                "SourceToken": self.reader,
                "TargetToken": self.door,
                "IdData": [
                    {"Name": k, "Value": v} for k, v in (iddata or {"Card": "1234"}).items()
                ],
            },
        )
        return answer.access_granted, answer.reason

    def mode(self) -> str:
        return str(
            plain(self.client.call("tdc:GetDoorState", {"Token": self.door}))["DoorState"][
                "DoorMode"
            ]
        )

    def last_event(self) -> dict[str, str]:
        """The key-values of the latest access control event."""
        event = self.client.call(
            "axlog:FetchEvents",
            {
                "Descending": True,
                "Limit": 1,
                "Filters": [{"Key": "topic0", "Value": "AccessControl"}],
            },
        ).event
        return {kv.key: kv.value for kv in event[0].key_values} if event else {}


@pytest.fixture
def site(client: pyvapix.Client, state: DeviceState) -> Site:
    entry = state.store.entities("AccessPoint")[0]
    made = Site(client, entry["token"], entry["Entity"], entry["IdPointDevice"][0]["IdPoint"])
    made.profile()
    made.credential()
    return made


def test_granted_opens_the_door_and_is_logged(site: Site) -> None:
    assert site.request() == (True, "Granted")
    assert site.mode() == "Accessed"
    event = site.last_event()
    assert (event["topic1"], event["topic2"]) == ("AccessGranted", "Credential")
    assert (event["CredentialToken"], event["CredentialHolderName"]) == ("cred", "holder")
    assert event["AccessPointToken"] == site.access_point


def test_verify_request_decides_without_acting(site: Site) -> None:
    before = site.last_event()
    assert site.request("pacsaxis:VerifyRequest") == (True, "Granted")
    assert site.mode() == "Locked" and site.last_event() == before


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"Enabled": False}, "CredentialNotEnabled"),
        ({"Status": "Lost"}, "CredentialNotEnabled"),
        ({"Status": "Expired"}, "CredentialExpired"),
        ({"ValidFrom": "2030-01-01T00:00:00Z"}, "CredentialNotActive"),
        ({"ValidTo": "2020-01-01T00:00:00Z"}, "CredentialExpired"),
        ({"CredentialAccessProfile": []}, "InvalidAccessProfile"),
        ({"CredentialAccessProfile": [{"AccessProfile": "nonexistent"}]}, "InvalidAccessProfile"),
        (
            {
                "CredentialAccessProfile": [
                    {"AccessProfile": "staff", "ValidTo": "2020-01-01T00:00:00"}
                ]
            },
            "InvalidAccessProfile",
        ),
        (
            {"AuthenticationProfile": ["PINOnly"]},
            "InvalidCredential",
        ),  # the card alone is not enough
    ],
)
def test_credential_reasons(site: Site, change: dict[str, Any], reason: str) -> None:
    site.credential(**change)
    assert site.request() == (False, reason)
    assert site.mode() == "Locked"
    event = site.last_event()
    assert (event["topic1"], event["topic2"], event["Reason"]) == ("Denied", "Credential", reason)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"Enabled": False}, "InvalidAccessProfile"),
        ({"ValidTo": "2020-01-01T00:00:00Z"}, "InvalidAccessProfile"),
        ({"AccessPolicy": []}, "Unauthorized"),  # no policy for this access point
        ({"Schedule": ["standard_weekends"]}, "Unauthorized"),  # it is a Wednesday
    ],
)
def test_access_profile_reasons(site: Site, change: dict[str, Any], reason: str) -> None:
    site.profile(**change)
    assert site.request() == (False, reason)


def test_an_unknown_card_is_an_invalid_credential(site: Site) -> None:
    assert site.request(Card="9999") == (False, "InvalidCredential")
    event = site.last_event()
    assert (event["topic2"], event["topic3"]) == ("CredentialNotFound", "Card")
    assert event["Card"] == "9999"


def test_a_disabled_access_point_is_unauthorized(site: Site) -> None:
    site.client.call("tac:DisableAccessPoint", {"Token": site.access_point})
    assert site.request() == (False, "Unauthorized")
    site.client.call("tac:EnableAccessPoint", {"Token": site.access_point})
    assert site.request() == (True, "Granted")


def test_card_plus_pin(site: Site, state: DeviceState) -> None:
    access_point = state.store.get("AccessPoint", site.access_point)
    assert access_point is not None
    site.client.call(
        "pacsaxis:SetAccessPoint",
        {"AccessPoint": [{**access_point, "AuthenticationProfile": ["CardPlusPin"]}]},
    )
    assert site.request() == (False, "InvalidCredential")
    assert site.request(Card="1234", PIN="0000") == (False, "InvalidCredential")
    assert site.request(Card="1234", PIN="4321") == (True, "Granted")


def test_schedules_follow_the_clock(site: Site, clock: FakeClock) -> None:
    site.profile(
        AccessPolicy=[{"AccessPoint": site.access_point, "Schedule": ["standard_office_hours"]}]
    )
    assert site.request() == (True, "Granted")  # Wednesday 10:00
    clock.advance(8 * 3600)  # 18:00
    assert site.request() == (False, "Unauthorized")


def test_unknown_controller_or_entry_is_not_found(site: Site) -> None:
    for request in ({"Token": "nope"}, {"Token": CONTROLLER, "TargetToken": "no-door"}):
        with pytest.raises(FaultError) as caught:
            site.client.call("pacsaxis:RequestAccess", request)
        assert caught.value.subcodes == ("ter:InvalidArgVal", "ter:NotFound")
