"""The ONVIF services (tcr, tar, tsc, tds) over the same state as the Axis ones.

Every test goes through the typed clients: the ONVIF side always over SOAP (it has no JSON
endpoint), the Axis side over SOAP and over ``auto`` (JSON first)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import httpx
import pytest
from lxml import etree
from pyvapix.generated.models import tar, tcr, tsc
from pyvapix.generated.models.common.pt import NameValue
from pyvapix.generated.models.pacsaxis import (
    AccessPolicy,
    AccessProfile,
    Credential,
    CredentialAccessProfile,
    CredentialStatusEnum,
)

import pyvapix
from pyvapix import FaultError, ProtocolNotSupportedError
from pyvapix._codec.soap import element_to_model
from pyvapix.sim import DeviceState, Simulator, schedules, transport

from .conftest import BASE, FakeClock, post, soap_envelope

FORMAT = "IDDATA_TEXT"
CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n{}END:VEVENT\r\nEND:VCALENDAR\r\n"
WEEKDAYS_9_TO_17 = CALENDAR.format(
    "DTSTART:19700105T090000\r\nDTEND:19700105T170000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"
)
# The conftest clock stands on Wednesday 2024-05-15 10:00 UTC.
TODAY = CALENDAR.format("DTSTART;VALUE=DATE:20240515\r\n")


@pytest.fixture(params=["soap", "auto"])
def client(state: DeviceState, request: pytest.FixtureRequest) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(
        BASE, "root", "pass", protocol=request.param, transport=transport(state)
    ) as each:
        yield each


def fault_of(call: object) -> FaultError:
    """Run ``call`` (a zero-argument callable), expecting a fault."""
    with pytest.raises(FaultError) as info:
        call()  # type: ignore[operator]
    return info.value


def pin(text: str) -> tcr.CredentialIdentifier:
    return tcr.CredentialIdentifier(
        type_value=tcr.CredentialIdentifierType(name="pt:PIN", format_type=FORMAT),
        exempted_from_authentication=False,
        value=text.encode(),
    )


def card(hex_data: str) -> tcr.CredentialIdentifier:
    return tcr.CredentialIdentifier(
        type_value=tcr.CredentialIdentifierType(name="pt:Card", format_type=FORMAT),
        exempted_from_authentication=False,
        value=hex_data.encode(),
    )


def first_access_point(client: pyvapix.Client) -> str:
    return client.tac.get_access_point_info_list().access_point_info[0].token


def door_profile(client: pyvapix.Client, schedule: str = "standard_always") -> str:
    policy = tar.AccessPolicy(schedule_token=schedule, entity=first_access_point(client))
    return client.tar.create_access_profile(
        access_profile=tar.AccessProfile(name="Door 1", description="", access_policy=[policy])
    ).token


def axis_credential(client: pyvapix.Client, profile: str, **extra: object) -> str:
    """A PIN credential (PIN 4711, PIN-only authentication) made through pacsaxis."""
    extra.setdefault("authentication_profile", ["PINOnly"])
    (token,) = client.pacsaxis.set_credential(
        credential=Credential(
            user_token="holder-1",
            enabled=True,
            status="Enabled",
            id_data=[NameValue(name="PIN", value="4711"), NameValue(name="BitCount", value="26")],
            credential_access_profile=[CredentialAccessProfile(access_profile=profile)],
            **extra,  # type: ignore[arg-type]
        )
    ).token
    return token


def granted(client: pyvapix.Client, name: str = "PIN", value: str = "4711") -> tuple[bool, str]:
    """The controller's decision for one presented IdData at the first door."""
    (controller,) = client.pacsaxis.get_access_controller_list().access_controller
    answer = client.pacsaxis.verify_request(
        token=controller.token, id_data=NameValue(name=name, value=value)
    )
    return answer.access_granted, answer.reason


# ---------- credentials: one credential, two views ----------


def test_axis_credential_seen_and_changed_through_tcr(client: pyvapix.Client) -> None:
    profile = door_profile(client)
    token = axis_credential(client, profile)
    (seen,) = client.tcr.get_credentials(token=token).credential
    assert seen.credential_holder_reference == "holder-1"
    assert [(i.type_value.name, i.value) for i in seen.credential_identifier] == [
        ("pt:PIN", b"4711")
    ]  # BitCount has no tcr type: it stays on the Axis side
    assert [p.access_profile_token for p in seen.credential_access_profile] == [profile]
    assert granted(client) == (True, "Granted")

    seen.valid_from, seen.valid_to = "2024-05-20T00:00:00Z", "2024-06-30T23:59:59Z"
    client.tcr.modify_credential(credential=seen)
    (axis,) = client.pacsaxis.get_credential(token=token).credential
    assert (axis.valid_from, axis.valid_to) == ("2024-05-20T00:00:00Z", "2024-06-30T23:59:59Z")
    assert [d.name for d in axis.id_data] == ["PIN", "BitCount"] and axis.enabled
    assert granted(client) == (False, "CredentialNotActive")  # the window starts later


def test_validity_is_date_only(client: pyvapix.Client, clock: FakeClock) -> None:
    token = axis_credential(client, door_profile(client))
    (seen,) = client.tcr.get_credentials(token=token).credential
    seen.valid_from, seen.valid_to = "2024-05-01T13:30:00Z", "2024-05-15T08:00:00+00:00"
    client.tcr.modify_credential(credential=seen)
    (info,) = client.tcr.get_credential_info(token=token).credential_info
    assert (info.valid_from, info.valid_to) == ("2024-05-01T00:00:00Z", "2024-05-15T23:59:59Z")
    assert granted(client) == (True, "Granted")  # 10:00 on the last day still counts
    clock.advance(14 * 3600)
    assert granted(client) == (False, "CredentialExpired")


def test_tcr_credential_seen_and_changed_through_pacsaxis(client: pyvapix.Client) -> None:
    profile = door_profile(client)
    token = client.tcr.create_credential(
        credential=tcr.Credential(
            credential_holder_reference="holder-2",
            description="badge",
            credential_identifier=[pin("1234"), card("00c0ffee")],
            credential_access_profile=[tcr.CredentialAccessProfile(access_profile_token=profile)],
        ),
        state=tcr.CredentialState(enabled=False, reason="pending"),
    ).token
    (axis,) = client.pacsaxis.get_credential(token=token).credential
    assert axis.user_token == "holder-2" and axis.description == "badge"
    assert [(d.name, d.value) for d in axis.id_data] == [("PIN", "1234"), ("Card", "00c0ffee")]
    assert not axis.enabled and axis.status == CredentialStatusEnum.DISABLED
    assert client.tcr.get_credential_state(token=token).state.reason == "pending"

    client.pacsaxis.enable_credential(token=token)
    state = client.tcr.get_credential_state(token=token).state
    assert state.enabled and state.reason is None
    assert granted(client, "Card", "00c0ffee") == (True, "Granted")
    client.tcr.disable_credential(token=token, reason="lost")
    assert client.pacsaxis.get_credential(token=token).credential[0].enabled is False
    assert client.tcr.get_credential_state(token=token).state.reason == "lost"
    client.tcr.delete_credential(token=token)
    assert client.pacsaxis.get_credential(token=token).credential == []


def test_tcr_modify_keeps_what_only_the_axis_side_has(client: pyvapix.Client) -> None:
    profile = door_profile(client)
    token = axis_credential(client, profile, authentication_profile=["PINOnly"])
    client.pacsaxis.disable_credential(token=token)
    (seen,) = client.tcr.get_credentials(token=token).credential
    seen.description = "changed"
    client.tcr.modify_credential(credential=seen)
    (axis,) = client.pacsaxis.get_credential(token=token).credential
    assert axis.description == "changed" and not axis.enabled
    assert axis.authentication_profile == ["PINOnly"]
    assert [d.name for d in axis.id_data] == ["PIN", "BitCount"]


def test_identifier_and_profile_operations(client: pyvapix.Client) -> None:
    first, second = door_profile(client), door_profile(client)
    token = axis_credential(client, first)
    client.tcr.set_credential_identifier(credential_token=token, credential_identifier=pin("9999"))
    client.tcr.set_credential_identifier(credential_token=token, credential_identifier=card("ab"))
    listed = client.tcr.get_credential_identifiers(credential_token=token).credential_identifier
    assert [(i.type_value.name, i.value) for i in listed] == [
        ("pt:PIN", b"9999"),
        ("pt:Card", b"ab"),
    ]
    client.tcr.delete_credential_identifier(
        credential_token=token, credential_identifier_type_name="pt:PIN"
    )
    refused = fault_of(
        lambda: client.tcr.delete_credential_identifier(
            credential_token=token, credential_identifier_type_name="pt:Card"
        )
    )
    assert refused.subcode == "ter:MinIdentifiersPerCredential"

    link = tcr.CredentialAccessProfile(access_profile_token=second)
    client.tcr.set_credential_access_profiles(
        credential_token=token, credential_access_profile=link
    )
    links = client.tcr.get_credential_access_profiles(credential_token=token)
    assert [p.access_profile_token for p in links.credential_access_profile] == [first, second]
    client.tcr.delete_credential_access_profiles(
        credential_token=token, access_profile_token=first
    )
    (axis,) = client.pacsaxis.get_credential(token=token).credential
    assert [p.access_profile for p in axis.credential_access_profile] == [second]
    assert [(d.name, d.value) for d in axis.id_data] == [("Card", "ab"), ("BitCount", "26")]


def test_credential_faults(client: pyvapix.Client) -> None:
    profile = door_profile(client)
    good = tcr.Credential(credential_holder_reference="h", credential_identifier=[card("01")])

    def create(credential: tcr.Credential) -> FaultError:
        return fault_of(
            lambda: client.tcr.create_credential(
                credential=credential, state=tcr.CredentialState(enabled=True)
            )
        )

    client.tcr.create_credential(credential=good, state=tcr.CredentialState(enabled=True))
    assert create(good).subcode == "ter:DuplicatedIdentifierValue"
    with_token = tcr.Credential(
        token="mine", credential_holder_reference="h", credential_identifier=[pin("1")]
    )
    assert create(with_token).subcodes == ("ter:InvalidArgVal",)
    unknown_profile = tcr.Credential(
        credential_holder_reference="h",
        credential_identifier=[pin("1")],
        credential_access_profile=[tcr.CredentialAccessProfile(access_profile_token="nope")],
    )
    assert create(unknown_profile).subcode == "ter:ReferenceNotFound"
    timed_link = tcr.Credential(
        credential_holder_reference="h",
        credential_identifier=[pin("1")],
        credential_access_profile=[
            tcr.CredentialAccessProfile(
                access_profile_token=profile, valid_to="2030-01-01T00:00:00Z"
            )
        ],
    )
    violated = create(timed_link)
    assert violated.code == "env:Sender" and violated.has("CapabilityViolated")
    assert violated.subcode == "ter:CredentialAccessProfileValiditySupported"
    iris = pin("1")
    iris.type_value.name = "pt:Iris"
    assert create(
        tcr.Credential(credential_holder_reference="h", credential_identifier=[iris])
    ).subcode == ("ter:SupportedIdentifierType")
    other_format = pin("1")
    other_format.type_value.format_type = "WIEGAND26"
    assert create(
        tcr.Credential(credential_holder_reference="h", credential_identifier=[other_format])
    ).subcode == ("ter:InvalidFormatType")
    twice = tcr.Credential(
        credential_holder_reference="h", credential_identifier=[pin("1"), pin("2")]
    )
    assert create(twice).subcode == "ter:DuplicatedIdentifierType"
    missing = fault_of(lambda: client.tcr.modify_credential(credential=with_token))
    assert missing.subcode == "ter:NotFound"
    token = axis_credential(client, profile)
    reset = fault_of(lambda: client.tcr.reset_antipassback_violation(credential_token=token))
    assert (reset.code, reset.subcode) == ("env:Receiver", "ter:ResetAntipassbackSupported")


def test_set_credential_uses_the_clients_token(client: pyvapix.Client) -> None:
    data = tcr.CredentialData(
        credential=tcr.Credential(
            token="badge-7", credential_holder_reference="h", credential_identifier=[pin("77")]
        ),
        credential_state=tcr.CredentialState(enabled=True),
    )
    client.tcr.set_credential(credential_data=data)
    client.tcr.set_credential(credential_data=data)  # replaces, does not add
    assert [c.token for c in client.tcr.iter_credential_info_list()] == ["badge-7"]
    assert client.pacsaxis.get_credential(token="badge-7").credential[0].enabled


def test_supported_format_types(client: pyvapix.Client) -> None:
    capabilities = client.tcr.get_service_capabilities().capabilities
    for kind in capabilities.supported_identifier_type:
        (info,) = client.tcr.get_supported_format_types(
            credential_identifier_type_name=kind
        ).format_type_info
        assert info.format_type == FORMAT
    assert client.tcr.get_supported_format_types(credential_identifier_type_name="PIN")
    refused = fault_of(
        lambda: client.tcr.get_supported_format_types(credential_identifier_type_name="pt:Face")
    )
    assert refused.subcode == "ter:SupportedIdentifierType"


def test_whitelist_is_stored_filtered_and_paged(client: pyvapix.Client) -> None:
    def item(kind: str, value: bytes) -> tcr.CredentialIdentifierItem:
        return tcr.CredentialIdentifierItem(
            type_value=tcr.CredentialIdentifierType(name=kind, format_type=FORMAT), value=value
        )

    items = [item("pt:Card", b"c1"), item("pt:Card", b"c2"), item("pt:PIN", b"11")]
    client.tcr.add_to_whitelist(identifier=items)
    client.tcr.add_to_whitelist(identifier=items[0])  # already listed: nothing changes
    assert [i.value for i in client.tcr.iter_whitelist(limit=1)] == [b"c1", b"c2", b"11"]
    cards = client.tcr.get_whitelist(identifier_type="pt:Card").identifier
    assert [i.value for i in cards] == [b"c1", b"c2"]
    assert [i.value for i in client.tcr.get_whitelist(value=b"11").identifier] == [b"11"]
    assert client.tcr.get_blacklist().identifier == []
    refused = fault_of(
        lambda: client.tcr.remove_from_whitelist(identifier=[items[0], item("pt:PIN", b"99")])
    )
    assert refused.subcode == "ter:NotFound"
    assert len(client.tcr.get_whitelist().identifier) == 3  # nothing was removed
    client.tcr.remove_from_whitelist(identifier=items[0])
    assert len(client.tcr.get_whitelist().identifier) == 2
    client.tcr.delete_whitelist()
    assert client.tcr.get_whitelist().identifier == []


# ---------- access rules: the pacsaxis access profiles ----------


def test_tar_profile_is_a_pacsaxis_profile(client: pyvapix.Client) -> None:
    profile = door_profile(client, "standard_office_hours")
    (axis,) = client.pacsaxis.get_access_profile(token=profile).access_profile
    assert axis.enabled and axis.name == "Door 1"
    assert [(p.access_point, p.schedule) for p in axis.access_policy] == [
        (first_access_point(client), ["standard_office_hours"])
    ]
    assert profile in [p.token for p in client.pacsaxis.get_access_profile_list().access_profile]
    axis_credential(client, profile)
    assert granted(client) == (True, "Granted")  # Wednesday 10:00 is office hours


def test_pacsaxis_profile_seen_and_modified_through_tar(client: pyvapix.Client) -> None:
    entry = first_access_point(client)
    (token,) = client.pacsaxis.set_access_profile(
        access_profile=AccessProfile(
            name="Staff",
            enabled=False,
            authentication_profile=["PINOnly"],
            access_policy=[
                AccessPolicy(
                    access_point=entry, schedule=["standard_office_hours", "standard_weekends"]
                )
            ],
        )
    ).token
    (seen,) = client.tar.get_access_profiles(token=token).access_profile
    assert seen.description == ""
    assert [(p.schedule_token, p.entity) for p in seen.access_policy] == [
        ("standard_office_hours", entry),
        ("standard_weekends", entry),
    ]
    seen.name = "Staff (renamed)"
    seen.access_policy = seen.access_policy[:1]
    client.tar.modify_access_profile(access_profile=seen)
    (axis,) = client.pacsaxis.get_access_profile(token=token).access_profile
    assert axis.name == "Staff (renamed)" and not axis.enabled
    assert axis.authentication_profile == ["PINOnly"]
    assert [p.schedule for p in axis.access_policy] == [["standard_office_hours"]]
    (info,) = client.tar.get_access_profile_info(token=token).access_profile_info
    assert info.name == "Staff (renamed)"


def test_access_profile_faults(client: pyvapix.Client) -> None:
    profile = door_profile(client)
    token = axis_credential(client, profile)
    in_use = fault_of(lambda: client.tar.delete_access_profile(token=profile))
    assert in_use.subcode == "ter:ReferenceInUse"
    client.tcr.delete_credential(token=token)
    client.tar.delete_access_profile(token=profile)
    assert (
        fault_of(lambda: client.tar.delete_access_profile(token=profile)).subcode == "ter:NotFound"
    )
    nowhere = tar.AccessPolicy(schedule_token="standard_always", entity="no-such-access-point")
    unknown = fault_of(
        lambda: client.tar.create_access_profile(
            access_profile=tar.AccessProfile(name="x", description="", access_policy=[nowhere])
        )
    )
    assert unknown.subcode == "ter:ReferenceNotFound"
    policy = tar.AccessPolicy(schedule_token="standard_always", entity=first_access_point(client))
    too_many = fault_of(
        lambda: client.tar.create_access_profile(
            access_profile=tar.AccessProfile(
                name="x", description="", access_policy=[policy] * 257
            )
        )
    )
    assert too_many.subcode == "ter:MaxAccessPoliciesPerAccessProfile"


def test_axis_refusals_of_tar_requests(simulator: Simulator) -> None:
    """What Axis answers to ONVIF-valid profiles: EntityType is a TagMismatch, a profile
    without Description an occurrence violation."""
    namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    def create(profile: str) -> bytes:
        body = soap_envelope(
            f"<tar:CreateAccessProfile>{profile}</tar:CreateAccessProfile>", tar=namespace
        )
        return post(simulator, "/vapix/services", body)[2]

    entity_type = create(
        '<tar:AccessProfile token=""><tar:Name>x</tar:Name><tar:Description/><tar:AccessPolicy>'
        "<tar:ScheduleToken>standard_always</tar:ScheduleToken><tar:Entity>e</tar:Entity>"
        "<tar:EntityType>tdc:Door</tar:EntityType></tar:AccessPolicy></tar:AccessProfile>"
    )
    assert b"ter:TagMismatch" in entity_type
    assert b"ter:InvalidArgs" in create(
        '<tar:AccessProfile token=""><tar:Name>x</tar:Name></tar:AccessProfile>'
    )
    assert b"ter:MissingAttr" in create(
        "<tar:AccessProfile><tar:Name>x</tar:Name><tar:Description/></tar:AccessProfile>"
    )


# ---------- schedules: the axsch schedules, with special days ----------


def test_tsc_lists_the_axsch_schedules(client: pyvapix.Client) -> None:
    tokens = [s.token for s in client.tsc.iter_schedule_info_list(limit=2)]
    assert tokens == [s.token for s in client.axsch.get_schedule_info_list().schedule_info]
    assert "standard_always" in tokens
    (always,) = client.tsc.get_schedules(token="standard_always").schedule
    (axis,) = client.axsch.get_schedule(token="standard_always").schedule
    assert always.standard == axis.schedule_definition and always.name == axis.name


def test_tsc_schedule_is_an_axsch_schedule(client: pyvapix.Client) -> None:
    token = client.tsc.create_schedule(
        schedule=tsc.Schedule(name="Office", standard=WEEKDAYS_9_TO_17)
    ).token
    (axis,) = client.axsch.get_schedule(token=token).schedule
    assert axis.schedule_definition == WEEKDAYS_9_TO_17
    assert client.axsch.schedule_active(token=token).active
    assert client.tsc.get_schedule_state(token=token).schedule_state.active


def test_special_days_replace_the_standard_hours(client: pyvapix.Client) -> None:
    holiday = client.tsc.create_special_day_group(
        special_day_group=tsc.SpecialDayGroup(name="Holiday", days=TODAY)
    ).token
    token = client.tsc.create_schedule(
        schedule=tsc.Schedule(
            name="Office",
            standard=WEEKDAYS_9_TO_17,
            special_days=[tsc.SpecialDaysSchedule(group_token=holiday)],
        )
    ).token
    state = client.tsc.get_schedule_state(token=token).schedule_state
    assert (state.active, state.special_day) == (False, True)  # closed all day
    assert not client.axsch.schedule_active(token=token).active  # the Axis side agrees

    (schedule,) = client.tsc.get_schedules(token=token).schedule
    schedule.special_days[0].time_range = [tsc.TimePeriod(from_value="09:30:00", until="12:00:00")]
    client.tsc.modify_schedule(schedule=schedule)
    assert client.tsc.get_schedule_state(token=token).schedule_state.active  # 10:00
    in_use = fault_of(lambda: client.tsc.delete_special_day_group(token=holiday))
    assert in_use.subcode == "ter:ReferenceInUse"
    (group,) = client.tsc.get_special_day_groups(token=holiday).special_day_group
    assert group.days == TODAY
    assert [g.token for g in client.tsc.iter_special_day_group_info_list()] == [holiday]


def test_schedule_faults(client: pyvapix.Client) -> None:
    used = fault_of(lambda: client.tsc.delete_schedule(token="standard_always"))
    assert used.subcode == "ter:ReferenceInUse"  # by the authentication profiles
    assert fault_of(lambda: client.tsc.get_schedule_state(token="nope")).subcode == "ter:NotFound"
    bad = fault_of(
        lambda: client.tsc.create_schedule(schedule=tsc.Schedule(name="x", standard="no"))
    )
    assert bad.has("InvalidArgVal")
    backwards = tsc.SpecialDaysSchedule(
        group_token="g", time_range=[tsc.TimePeriod(from_value="12:00:00", until="09:00:00")]
    )
    client.tsc.set_special_day_group(special_day_group=tsc.SpecialDayGroup(token="g", name="G"))
    refused = fault_of(
        lambda: client.tsc.create_schedule(
            schedule=tsc.Schedule(name="x", standard=WEEKDAYS_9_TO_17, special_days=[backwards])
        )
    )
    assert refused.subcodes == ("ter:InvalidArgVal",)


# ---------- device service ----------


def test_get_services_lists_what_the_simulator_serves(client: pyvapix.Client) -> None:
    services = client.tds.get_services(include_capability=True).service
    namespaces = {s.namespace for s in services}
    assert namespaces == {s.namespace for s in client.catalogue.services.values()}
    assert {s.xaddr for s in services} == {f"{BASE}/vapix/services"}
    by_namespace = {s.namespace: s for s in services}
    credential = by_namespace["http://www.onvif.org/ver10/credential/wsdl"]
    assert (credential.version.major, credential.version.minor) == (21, 6)
    assert credential.capabilities is not None
    (element,) = credential.capabilities.any_element
    carried = element_to_model(element.element, tcr.ServiceCapabilities)  # type: ignore[attr-defined]
    assert carried == client.tcr.get_service_capabilities().capabilities
    assert all(
        s.capabilities is None for s in client.tds.get_services(include_capability=False).service
    )


@pytest.mark.parametrize(
    ("base", "xaddr"),
    [
        ("http://10.1.2.3:8080", "http://10.1.2.3:8080/vapix/services"),
        ("https://door.example", "https://door.example/vapix/services"),
        ("http://[fd00::5]:81", "http://[fd00::5]:81/vapix/services"),
    ],
)
def test_get_services_gives_the_address_the_client_reached(
    state: DeviceState, base: str, xaddr: str
) -> None:
    with pyvapix.Client(base, "root", "pass", transport=transport(state)) as client:
        services = client.tds.get_services(include_capability=False).service
        device = client.tds.get_capabilities(category=[]).capabilities.device
    assert {s.xaddr for s in services} == {xaddr}
    assert device is not None and device.xaddr == xaddr


@pytest.mark.parametrize("host", [None, "", "evil.example/x?", "a b", "h:99999999"])
def test_without_a_usable_host_the_address_is_the_configured_one(host: str | None) -> None:
    body = soap_envelope(
        '<GetServices xmlns="http://www.onvif.org/ver10/device/wsdl">'
        "<IncludeCapability>false</IncludeCapability></GetServices>"
    )
    status, _, answer = post(
        Simulator(), "/vapix/services", body, **({} if host is None else {"Host": host})
    )
    assert status == 200
    addresses = etree.fromstring(answer).findall(".//{*}XAddr")
    assert addresses and {a.text for a in addresses} == {"http://192.168.0.90/vapix/services"}


def test_identity_clock_and_old_style_capabilities(client: pyvapix.Client) -> None:
    info = client.tds.get_device_information()
    assert (info.manufacturer, info.model, info.serial_number) == ("AXIS", "A1001", "ACCC8E00A001")
    clock = client.tds.get_system_date_and_time().system_date_and_time
    assert clock.utcdate_time is not None
    assert (clock.utcdate_time.date.day, clock.utcdate_time.time.hour) == (15, 10)
    device = client.tds.get_capabilities(category="Device").capabilities.device
    assert device is not None and device.io is not None and device.io.relay_outputs == 2
    refused = fault_of(lambda: client.tds.get_capabilities(category="Media"))
    assert refused.subcode == "ter:NoSuchService"


# ---------- protocols, and what stays unserved ----------


def test_json_is_refused_before_sending_and_auto_uses_soap(state: DeviceState) -> None:
    paths: list[str] = []
    inner = transport(state)

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return inner.handle_request(request)

    with pyvapix.Client(
        BASE, "root", "pass", protocol="json", transport=httpx.MockTransport(handler)
    ) as json_client:
        with pytest.raises(ProtocolNotSupportedError) as refused:
            json_client.tar.get_access_profile_info_list()
        assert not refused.value.request_sent and paths == []
    with pyvapix.Client(
        BASE, "root", "pass", protocol="auto", transport=httpx.MockTransport(handler)
    ) as auto:
        auto.tsc.get_schedule_info_list()
        assert set(paths) == {"/vapix/services"}  # no JSON attempt for a SOAP-only service
        auto.axsch.get_schedule_info_list()
    assert paths[-1] == "/vapix/schedule"  # an Axis service still goes JSON first


def test_authentication_behaviour_stays_unserved(simulator: Simulator) -> None:
    namespace = "http://www.onvif.org/ver10/authenticationbehavior/wsdl"
    body = soap_envelope("<tab:GetServiceCapabilities/>", tab=namespace)
    status, _, payload = post(simulator, "/vapix/services", body)
    fault = etree.fromstring(payload)
    assert status == 500 and b"ter:ActionNotSupported" in etree.tostring(fault)


@pytest.mark.parametrize(
    ("event", "days"),
    [
        ("DTSTART;VALUE=DATE:20241224\r\nDTEND;VALUE=DATE:20241227\r\n", {24, 25, 26}),
        ("DTSTART;VALUE=DATE:20241224\r\n", {24}),
        (
            "DTSTART:20241202T000000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,FR\r\n",
            {2, 6, 9, 13, 16, 20, 23, 27, 30},
        ),
        ("DTSTART:20241220T000000\r\nRRULE:FREQ=DAILY\r\n", set(range(20, 32))),
        ("DTSTART:20241201T000000\r\nRRULE:FREQ=MONTHLY\r\n", set()),  # not understood: never
    ],
)
def test_days_of_a_special_day_group(event: str, days: set[int]) -> None:
    (parsed,) = schedules.parse(CALENDAR.format(event))
    assert {d for d in range(1, 32) if parsed.on_day(date(2024, 12, d))} == days
