"""zeep, reading the official ONVIF files, drives the simulator over HTTP with Digest.

Every operation of the official credential, access rules and schedule files is called, none
is answered ActionNotSupported, and each entity goes both ways: made through ONVIF and read
or changed through the Axis service (pyvapix), and the other way round. The official
authentication behaviour file stays unserved, as on the device.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pyvapix.generated.models.common.pt import NameValue
from pyvapix.generated.models.pacsaxis import (
    AccessPolicy,
    AccessProfile,
    Credential,
    CredentialAccessProfile,
)
from requests.auth import HTTPDigestAuth
from zeep.exceptions import Fault

import pyvapix
from pyvapix.sim import DeviceState, running

from .. import official_onvif
from .conftest import FakeClock

FORMAT = "IDDATA_TEXT"
WEEKDAYS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:19700105T080000\r\n"
    "DTEND:19700105T180000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
CHRISTMAS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241225\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


class Onvif:
    """One official service through zeep; records what was called and refuses
    ActionNotSupported answers."""

    def __init__(self, prefix: str, base: str) -> None:
        transport = official_onvif.OfflineTransport(session=digest())
        self.service = official_onvif.service(prefix, f"{base}/vapix/services", transport)
        self.called: set[str] = set()

    def __call__(self, operation: str, **values: Any) -> Any:
        self.called.add(operation)
        try:
            return getattr(self.service, operation)(**values)
        except Fault as fault:
            assert "ActionNotSupported" not in codes(fault), f"{operation}: {fault.message}"
            raise

    def fault(self, operation: str, **values: Any) -> set[str]:
        """The codes of the fault ``operation`` must answer."""
        with pytest.raises(Fault) as info:
            self(operation, **values)
        return codes(info.value)


def digest() -> requests.Session:
    session = requests.Session()
    session.auth = HTTPDigestAuth("root", "pass")
    return session


def codes(fault: Fault) -> set[str]:
    subcodes = [str(getattr(code, "localname", code)) for code in fault.subcodes or ()]
    return {str(fault.code).rsplit(":", 1)[-1], *subcodes}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    official_onvif.wsdl("tcr")  # skips the module without the reference files
    with running(state=DeviceState(clock=FakeClock())) as url:
        yield url


@pytest.fixture
def axis(base: str) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(base, "root", "pass") as client:
        yield client


def access_point(axis: pyvapix.Client) -> str:
    return axis.tac.get_access_point_info_list().access_point_info[0].token


def pin(value: str) -> dict[str, Any]:
    return {
        "Type": {"Name": "pt:PIN", "FormatType": FORMAT},
        "ExemptedFromAuthentication": False,
        "Value": value.encode().hex(),
    }


def text_of(identifier: Any) -> str:
    value = identifier.Value
    return bytes.fromhex(value if isinstance(value, str) else value.decode()).decode()


def test_credential_service(base: str, axis: pyvapix.Client) -> None:
    tcr = Onvif("tcr", base)
    claims = tcr("GetServiceCapabilities")
    assert claims.ClientSuppliedTokenSupported and claims.MaxWhitelistedItems > 0
    assert claims.CredentialValiditySupported and not claims.ValiditySupportsTimeValue
    (formats,) = tcr("GetSupportedFormatTypes", CredentialIdentifierTypeName="pt:PIN")
    assert formats.FormatType == FORMAT
    (profile,) = axis.pacsaxis.set_access_profile(
        access_profile=AccessProfile(
            name="Zeep",
            enabled=True,
            access_policy=[AccessPolicy(access_point=access_point(axis))],
        )
    ).token

    # ONVIF -> Axis: created through tcr, read and switched through pacsaxis.
    token = tcr(
        "CreateCredential",
        Credential={
            "token": "",
            "CredentialHolderReference": "zeep-holder",
            "CredentialIdentifier": [pin("2468")],
            "CredentialAccessProfile": [{"AccessProfileToken": profile}],
        },
        State={"Enabled": True},
    )
    (made,) = axis.pacsaxis.get_credential(token=token).credential
    assert made.user_token == "zeep-holder" and made.enabled
    assert [(d.name, d.value) for d in made.id_data] == [("PIN", "2468")]
    axis.pacsaxis.disable_credential(token=token)
    assert tcr("GetCredentialState", Token=token).Enabled is False

    # Axis -> ONVIF: created through pacsaxis, a validity window set and read through tcr.
    (axis_token,) = axis.pacsaxis.set_credential(
        credential=Credential(
            user_token="axis-holder",
            enabled=True,
            status="Enabled",
            id_data=[NameValue(name="PIN", value="1357")],
            credential_access_profile=[CredentialAccessProfile(access_profile=profile)],
        )
    ).token
    (seen,) = tcr("GetCredentials", Token=[axis_token])
    assert seen.CredentialHolderReference == "axis-holder"
    assert [text_of(i) for i in seen.CredentialIdentifier] == ["1357"]
    seen.ValidFrom, seen.ValidTo = "2024-06-01T00:00:00Z", "2024-06-30T23:59:59Z"
    tcr("ModifyCredential", Credential=seen)
    (changed,) = axis.pacsaxis.get_credential(token=axis_token).credential
    assert (changed.valid_from, changed.valid_to) == (
        "2024-06-01T00:00:00Z",
        "2024-06-30T23:59:59Z",
    )

    assert [c.token for c in tcr("GetCredentialInfo", Token=[token, axis_token])] == [
        token,
        axis_token,
    ]
    listed = tcr("GetCredentialInfoList", Limit=1)
    assert len(listed.CredentialInfo) == 1 and listed.NextStartReference
    rest = tcr("GetCredentialList", StartReference=listed.NextStartReference)
    assert rest.NextStartReference is None and len(rest.Credential) >= 1
    tcr(
        "SetCredential",
        CredentialData={
            "Credential": {
                "token": "zeep-7",
                "CredentialHolderReference": "h",
                "CredentialIdentifier": [pin("7777")],
            },
            "CredentialState": {"Enabled": True},
        },
    )
    assert axis.pacsaxis.get_credential(token="zeep-7").credential[0].enabled
    tcr("DisableCredential", Token="zeep-7", Reason="lost")
    assert tcr("GetCredentialState", Token="zeep-7").Reason == "lost"
    tcr("EnableCredential", Token="zeep-7")
    assert {"CapabilityViolated", "ResetAntipassbackSupported"} <= tcr.fault(
        "ResetAntipassbackViolation", CredentialToken="zeep-7"
    )

    card = {
        "Type": {"Name": "pt:Card", "FormatType": FORMAT},
        "ExemptedFromAuthentication": False,
        "Value": b"c0ffee".hex(),
    }
    tcr("SetCredentialIdentifier", CredentialToken="zeep-7", CredentialIdentifier=card)
    kinds = [i.Type.Name for i in tcr("GetCredentialIdentifiers", CredentialToken="zeep-7")]
    assert kinds == ["pt:PIN", "pt:Card"]
    tcr(
        "DeleteCredentialIdentifier",
        CredentialToken="zeep-7",
        CredentialIdentifierTypeName="pt:PIN",
    )
    assert [
        d.name for d in axis.pacsaxis.get_credential(token="zeep-7").credential[0].id_data
    ] == ["Card"]
    tcr(
        "SetCredentialAccessProfiles",
        CredentialToken="zeep-7",
        CredentialAccessProfile=[{"AccessProfileToken": profile}],
    )
    links = tcr("GetCredentialAccessProfiles", CredentialToken="zeep-7")
    assert [link.AccessProfileToken for link in links] == [profile]
    tcr("DeleteCredentialAccessProfiles", CredentialToken="zeep-7", AccessProfileToken=[profile])
    assert (
        axis.pacsaxis.get_credential(token="zeep-7").credential[0].credential_access_profile == []
    )

    for name in ("Whitelist", "Blacklist"):
        item = {"Type": {"Name": "pt:Card", "FormatType": FORMAT}, "Value": b"0a0b".hex()}
        tcr(f"AddTo{name}", Identifier=[item])
        (found,) = tcr(f"Get{name}", IdentifierType="pt:Card").Identifier
        assert found.Type.Name == "pt:Card"
        tcr(f"RemoveFrom{name}", Identifier=[item])
        tcr(f"AddTo{name}", Identifier=[item])
        tcr(f"Delete{name}")
        assert tcr(f"Get{name}", Limit=10).Identifier == []

    tcr("DeleteCredential", Token=token)
    assert axis.pacsaxis.get_credential(token=token).credential == []
    assert tcr.called == official_onvif.operations("tcr")


def test_access_rules_service(base: str, axis: pyvapix.Client) -> None:
    tar = Onvif("tar", base)
    claims = tar("GetServiceCapabilities")
    assert claims.MultipleSchedulesPerAccessPointSupported and claims.MaxAccessProfiles > 0
    entry = access_point(axis)

    # ONVIF -> Axis: created through tar (empty token, Description, no EntityType).
    token = tar(
        "CreateAccessProfile",
        AccessProfile={
            "token": "",
            "Name": "Door A (always)",
            "Description": "",
            "AccessPolicy": [{"ScheduleToken": "standard_always", "Entity": entry}],
        },
    )
    listed = axis.pacsaxis.get_access_profile_list().access_profile
    assert token in [p.token for p in listed]
    (made,) = axis.pacsaxis.get_access_profile(token=token).access_profile
    assert [(p.access_point, p.schedule) for p in made.access_policy] == [
        (entry, ["standard_always"])
    ]

    # Axis -> ONVIF: created through pacsaxis, changed through tar, read back through pacsaxis.
    (axis_token,) = axis.pacsaxis.set_access_profile(
        access_profile=AccessProfile(
            name="Office",
            enabled=True,
            access_policy=[AccessPolicy(access_point=entry, schedule=["standard_office_hours"])],
        )
    ).token
    (seen,) = tar("GetAccessProfiles", Token=[axis_token])
    assert [(p.ScheduleToken, p.Entity) for p in seen.AccessPolicy] == [
        ("standard_office_hours", entry)
    ]
    seen.AccessPolicy.append({"ScheduleToken": "standard_weekends", "Entity": entry})
    seen.Description = seen.Description or ""  # zeep reads <Description/> as None; Axis needs it
    tar("ModifyAccessProfile", AccessProfile=seen)
    (changed,) = axis.pacsaxis.get_access_profile(token=axis_token).access_profile
    assert changed.access_policy[0].schedule == ["standard_office_hours", "standard_weekends"]

    assert [p.Name for p in tar("GetAccessProfileInfo", Token=[token])] == ["Door A (always)"]
    assert len(tar("GetAccessProfileInfoList", Limit=1).AccessProfileInfo) == 1
    assert {p.token for p in tar("GetAccessProfileList").AccessProfile} >= {token, axis_token}
    tar(
        "SetAccessProfile",
        AccessProfile={"token": "zeep-profile", "Name": "Mine", "Description": ""},
    )
    assert axis.pacsaxis.get_access_profile(token="zeep-profile").access_profile[0].name == "Mine"
    for each in (token, axis_token, "zeep-profile"):
        tar("DeleteAccessProfile", Token=each)
    assert {"InvalidArgVal", "NotFound"} <= tar.fault("DeleteAccessProfile", Token=token)
    assert tar.called == official_onvif.operations("tar")


def test_schedule_service(base: str, axis: pyvapix.Client) -> None:
    tsc = Onvif("tsc", base)
    claims = tsc("GetServiceCapabilities")
    assert claims.SpecialDaysSupported and claims.StateReportingSupported

    # Axis -> ONVIF: the axsch schedules are the tsc schedules.
    infos = tsc("GetScheduleInfoList").ScheduleInfo
    assert [s.token for s in infos] == [
        s.token for s in axis.axsch.get_schedule_info_list().schedule_info
    ]
    (always,) = tsc("GetSchedules", Token=["standard_always"])
    assert (
        always.Standard
        == axis.axsch.get_schedule(token="standard_always").schedule[0].schedule_definition
    )

    # ONVIF -> Axis: a special day group and a schedule using it, seen through axsch.
    group = tsc(
        "CreateSpecialDayGroup",
        SpecialDayGroup={"token": "", "Name": "Christmas", "Days": CHRISTMAS},
    )
    token = tsc(
        "CreateSchedule",
        Schedule={
            "token": "",
            "Name": "Weekdays",
            "Standard": WEEKDAYS,
            "SpecialDays": [
                {"GroupToken": group, "TimeRange": [{"From": "10:00:00", "Until": "12:00:00"}]}
            ],
        },
    )
    (made,) = axis.axsch.get_schedule(token=token).schedule
    assert made.name == "Weekdays" and made.schedule_definition == WEEKDAYS
    state = tsc("GetScheduleState", Token=token)  # the clock: a Wednesday, 10:00
    assert state.Active is True and state.SpecialDay is False
    assert axis.axsch.schedule_active(token=token).active

    (seen,) = tsc("GetSchedules", Token=[token])
    seen.Name = "Weekdays 8-18"
    tsc("ModifySchedule", Schedule=seen)
    assert axis.axsch.get_schedule(token=token).schedule[0].name == "Weekdays 8-18"
    assert [s.Name for s in tsc("GetScheduleInfo", Token=[token])] == ["Weekdays 8-18"]
    assert token in [s.token for s in tsc("GetScheduleList").Schedule]
    tsc("SetSchedule", Schedule={"token": "zeep-schedule", "Name": "Mine", "Standard": WEEKDAYS})
    assert axis.axsch.get_schedule(token="zeep-schedule").schedule[0].name == "Mine"

    assert [g.Name for g in tsc("GetSpecialDayGroupInfo", Token=[group])] == ["Christmas"]
    assert [g.token for g in tsc("GetSpecialDayGroupInfoList").SpecialDayGroupInfo] == [group]
    (days,) = tsc("GetSpecialDayGroups", Token=[group])
    days.Name = "Christmas Day"
    tsc("ModifySpecialDayGroup", SpecialDayGroup=days)
    assert [g.Name for g in tsc("GetSpecialDayGroupList").SpecialDayGroup] == ["Christmas Day"]
    tsc("SetSpecialDayGroup", SpecialDayGroup={"token": "zeep-days", "Name": "Other"})
    assert {"ReferenceInUse"} <= tsc.fault("DeleteSpecialDayGroup", Token=group)
    for each in (token, "zeep-schedule"):
        tsc("DeleteSchedule", Token=each)
    for each in (group, "zeep-days"):
        tsc("DeleteSpecialDayGroup", Token=each)
    assert tsc.called == official_onvif.operations("tsc")


def test_device_service_subset(base: str) -> None:
    tds = Onvif("tds", base)
    services = tds("GetServices", IncludeCapability=True)
    namespaces = {s.Namespace for s in services}
    assert {
        "http://www.onvif.org/ver10/device/wsdl",
        "http://www.onvif.org/ver10/credential/wsdl",
        "http://www.onvif.org/ver10/accessrules/wsdl",
        "http://www.onvif.org/ver10/schedule/wsdl",
        "http://www.axis.com/vapix/ws/pacs",
    } <= namespaces
    assert "http://www.onvif.org/ver10/authenticationbehavior/wsdl" not in namespaces
    assert {s.XAddr for s in services} == {f"{base}/vapix/services"}
    by_namespace = {s.Namespace: s for s in services}
    credential = by_namespace["http://www.onvif.org/ver10/credential/wsdl"]
    # As ONVIF clients do: the credential service at the address the device gave.
    followed = Onvif("tcr", credential.XAddr.removesuffix("/vapix/services"))
    assert followed("GetServiceCapabilities").MaxCredentials == 50000
    assert (credential.Version.Major, credential.Version.Minor) == (21, 6)
    element = credential.Capabilities._value_1  # the tcr:Capabilities element, as it came
    assert element.tag == "{http://www.onvif.org/ver10/credential/wsdl}Capabilities"
    assert element.get("MaxCredentials") == "50000"
    assert tds("GetServiceCapabilities").Security.HttpDigest is True
    assert tds("GetDeviceInformation").Manufacturer == "AXIS"
    clock = tds("GetSystemDateAndTime")
    assert (clock.UTCDateTime.Date.Year, clock.UTCDateTime.Time.Hour) == (2024, 10)
    assert tds("GetCapabilities", Category=["All"]).Device.XAddr == f"{base}/vapix/services"
    assert tds.called == {
        "GetServices",
        "GetServiceCapabilities",
        "GetDeviceInformation",
        "GetSystemDateAndTime",
        "GetCapabilities",
    }


def test_authentication_behaviour_is_not_served(base: str) -> None:
    tab = official_onvif.service(
        "tab", f"{base}/vapix/services", official_onvif.OfflineTransport(session=digest())
    )
    with pytest.raises(Fault) as info:
        tab.GetServiceCapabilities()
    assert "ActionNotSupported" in codes(info.value)
