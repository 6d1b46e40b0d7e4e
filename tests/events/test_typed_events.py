"""Typed events from both sources: pull-point notifications and event-logger rows (the
documented examples), one class per topic, nothing a device sends dropped or fatal."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest
from pyvapix.generated import events as catalogue
from pyvapix.generated.models.tdc import DoorMode

import pyvapix
from pyvapix._events import (
    Event,
    EventItem,
    event_from_log,
    events_from_pull,
    events_from_response,
    topic_path,
)

from ..conftest import shared

NS = (
    'xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
    'xmlns:tev="http://www.onvif.org/ver10/events/wsdl" '
    'xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2" xmlns:tt="http://www.onvif.org/ver10/schema" '
    'xmlns:tns1="http://www.onvif.org/ver10/topics" '
    'xmlns:tnsaxis="http://www.axis.com/2009/event/topics"'
)


def pull_answer(*notifications: str) -> bytes:
    return (
        f"<s:Envelope {NS}><s:Body><tev:PullMessagesResponse>"
        "<tev:CurrentTime>2024-05-01T10:00:00Z</tev:CurrentTime>"
        "<tev:TerminationTime>2024-05-01T10:10:00Z</tev:TerminationTime>"
        f"{''.join(notifications)}</tev:PullMessagesResponse></s:Body></s:Envelope>"
    ).encode()


def notification(topic: str, message: str) -> str:
    return (
        "<wsnt:NotificationMessage><wsnt:Topic "
        'Dialect="http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet">'
        f"{topic}</wsnt:Topic><wsnt:Message>{message}</wsnt:Message></wsnt:NotificationMessage>"
    )


# The facts file's minimal Axis PACS notification.
GRANTED = notification(
    "tns1:AccessControl/AccessGranted/Credential",
    '<tt:Message UtcTime="2024-05-01T10:00:05Z">'
    '<tt:Source><tt:SimpleItem Name="AccessPointToken" '
    'Value="Axis-00408c000001:1700000000.000000000"/></tt:Source><tt:Data>'
    '<tt:SimpleItem Name="CredentialHolderName" Value="user_token1"/>'
    '<tt:SimpleItem Name="CredentialToken" Value="Axis-00408c000001:1700000001.000000000"/>'
    "</tt:Data></tt:Message>",
)


def test_a_notification_decodes_to_the_class_of_its_topic() -> None:
    (event,) = events_from_pull(pull_answer(GRANTED))
    assert isinstance(event, catalogue.AccessControlAccessGrantedCredential)
    assert event.topic == "AccessControl/AccessGranted/Credential"
    assert event.time == datetime(2024, 5, 1, 10, 0, 5, tzinfo=UTC)
    assert event.operation is None
    assert event.access_point_token == "Axis-00408c000001:1700000000.000000000"
    assert event.credential_token == "Axis-00408c000001:1700000001.000000000"
    assert event.credential_holder_name == "user_token1"
    assert event.external is None  # declared, not sent
    assert event.items == (
        EventItem("source", "AccessPointToken", "Axis-00408c000001:1700000000.000000000"),
        EventItem("data", "CredentialHolderName", "user_token1"),
        EventItem("data", "CredentialToken", "Axis-00408c000001:1700000001.000000000"),
    )


def test_enumerations_booleans_and_property_operations() -> None:
    answer = pull_answer(
        notification(
            "tns1:Door/State/DoorMode",
            '<tt:Message UtcTime="2024-05-01T10:00:05.123456Z" PropertyOperation="Initialized">'
            '<tt:Source><tt:SimpleItem Name="DoorToken" Value="d1"/></tt:Source>'
            '<tt:Key/><tt:Data><tt:SimpleItem Name="State" Value="Accessed"/></tt:Data>'
            "</tt:Message>",
        ),
        notification(
            "tns1:Door/State/DoorMode",
            '<tt:Message UtcTime="2024-05-01T10:00:06" PropertyOperation="Changed">'
            '<tt:Source><tt:SimpleItem Name="DoorToken" Value="d1"/></tt:Source>'
            '<tt:Data><tt:SimpleItem Name="State" Value="HalfOpen"/></tt:Data></tt:Message>',
        ),
        notification(  # Axis writes 1/0 for these booleans, and adds Reason
            "tns1:Credential/State/ApbViolation",
            '<tt:Message UtcTime="not a time"><tt:Source>'
            '<tt:SimpleItem Name="CredentialToken" Value="c1"/>'
            '<tt:SimpleItem Name="Device Source" Value="5581ad80-95b0-11e0-b883-accc8e25445a"/>'
            "</tt:Source><tt:Data>"
            '<tt:SimpleItem Name="ApbViolation" Value="1"/>'
            '<tt:SimpleItem Name="ClientUpdated" Value="maybe"/>'
            '<tt:SimpleItem Name="Reason" Value="AntiPassbackViolation"/></tt:Data></tt:Message>',
        ),
    )
    first, second, violation = events_from_pull(answer)
    assert first.state is DoorMode.ACCESSED and first.operation == "Initialized"  # type: ignore[attr-defined]
    assert first.time == datetime(2024, 5, 1, 10, 0, 5, 123456, tzinfo=UTC)
    assert second.state == "HalfOpen"  # type: ignore[attr-defined]  # newer firmware: kept as text
    assert second.time == datetime(2024, 5, 1, 10, 0, 6, tzinfo=UTC)  # no zone: UTC
    assert isinstance(violation, catalogue.CredentialStateApbViolation)
    assert violation.apb_violation is True
    assert violation.client_updated is None and violation.data["ClientUpdated"] == "maybe"
    assert violation.time is None and violation.utc_time == "not a time"
    assert violation.source["Device Source"].endswith("accc8e25445a")  # undeclared, kept


def test_unknown_topics_and_odd_content_are_kept() -> None:
    answer = pull_answer(
        notification(
            "tnsaxis:Vendor/NewThing",
            '<tt:Message UtcTime="2024-05-01T10:00:05Z"><tt:Data>'
            '<tt:SimpleItem Name="Level" Value="3"/>'
            '<tt:ElementItem Name="Blob"><x:b xmlns:x="urn:x">1</x:b></tt:ElementItem>'
            "</tt:Data><tt:Extension/></tt:Message>",
        ),
        "<wsnt:NotificationMessage><wsnt:Topic>tns1:Door/State/DoorMode</wsnt:Topic>"
        "</wsnt:NotificationMessage>",  # no message: nothing to report
        notification("", '<other:Message xmlns:other="urn:o" UtcTime="2024-05-01T10:00:05Z"/>'),
    )
    unknown, foreign = events_from_pull(answer)
    assert type(unknown) is Event and unknown.topic == "Vendor/NewThing"
    assert unknown.data["Level"] == "3"
    assert (
        unknown.data["Blob"].startswith('<x:b xmlns:x="urn:x"')
        and "1</x:b>" in unknown.data["Blob"]
    )
    assert "Vendor/NewThing" in repr(unknown)
    assert type(foreign) is Event and foreign.topic == "" and foreign.items == ()


def test_topics_match_whatever_prefixes_the_device_writes() -> None:
    assert topic_path(" tns1:Door/tnsaxis:Status/BatteryAlarm ") == "Door/Status/BatteryAlarm"
    for written in (
        "tns1:IdPoint/tnsaxis:Request/IdData",
        "tns1:IdPoint/tnsaxis:Request/tnsaxis:IdData",
        "onvif:IdPoint/axis:Request/IdData",
    ):
        (event,) = events_from_pull(pull_answer(notification(written, '<tt:Message UtcTime=""/>')))
        assert isinstance(event, catalogue.IdPointRequestIdData), written


def test_a_fault_and_a_non_xml_answer() -> None:
    fault = (
        f"<s:Envelope {NS}><s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value></s:Code>"
        '<s:Reason><s:Text xml:lang="en">gone</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>'
    ).encode()
    with pytest.raises(pyvapix.FaultError, match="gone"):
        events_from_pull(fault)
    with pytest.raises(pyvapix.DecodeError):
        events_from_pull(b"<not xml")
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(pyvapix.DecodeError):
        events_from_pull(bomb)


def test_secrets_stay_out_of_the_repr() -> None:
    (event,) = events_from_pull(
        pull_answer(
            notification(
                "tns1:IdPoint/tnsaxis:Request/PIN",
                '<tt:Message UtcTime="2024-05-01T10:00:05Z"><tt:Data>'
                '<tt:SimpleItem Name="PIN" Value="4711"/></tt:Data></tt:Message>',
            )
        )
    )
    assert event.pin == "4711"  # type: ignore[attr-defined]
    assert "4711" not in repr(event) and "pin=<secret>" in repr(event)


def test_the_model_path_decodes_the_same_events() -> None:
    payload = pull_answer(GRANTED, GRANTED)
    model = pyvapix.decode("tev:PullMessages", payload, protocol="soap")
    assert events_from_response(model) == events_from_pull(payload)


@pytest.mark.parametrize("number", ["", "__2", "__3", "__7", "__8", "__9"])
def test_documented_log_rows_decode(number: str) -> None:
    rows = json.loads(
        shared("pacs-examples", f"axlog__Event__json__event{number}.json").read_text()
    )
    for row in rows if isinstance(rows, list) else [rows]:
        event = event_from_log(row)
        assert event.topic == "/".join(
            kv["Value"]
            for kv in sorted(
                (kv for kv in row["KeyValues"] if kv["Key"].startswith("topic")),
                key=lambda kv: int(kv["Key"][5:]),
            )
        )
        assert type(event) is not Event, event.topic  # every logged topic is catalogued
        assert event.logged is row and event.time is not None


def test_a_logged_and_a_live_event_are_equal() -> None:
    (live,) = events_from_pull(pull_answer(GRANTED))
    logged = event_from_log(
        {
            "rowid": 3,
            "UtcTime": "2024-05-01T10:00:05.000000Z",
            "KeyValues": [
                {"Key": "topic2", "Value": "Credential", "Tags": []},
                {
                    "Key": "CredentialToken",
                    "Value": "Axis-00408c000001:1700000001.000000000",
                    "Tags": ["wstype:pt:ReferenceToken", "onvif-data"],
                },
                {"Key": "topic0", "Value": "AccessControl"},
                {
                    "Key": "AccessPointToken",
                    "Value": "Axis-00408c000001:1700000000.000000000",
                    "Tags": ["wstype:pt:ReferenceToken", "onvif-source"],
                },
                {"Key": "topic1", "Value": "AccessGranted", "Tags": []},
                {"Key": "CredentialHolderName", "Value": "user_token1", "Tags": "onvif-data"},
            ],
        }
    )
    assert logged == live
    assert logged.items[0].tags == ("wstype:pt:ReferenceToken", "onvif-data")


def test_a_logged_item_without_its_role_tag_still_fills_its_attribute() -> None:
    event = event_from_log(
        {
            "UtcTime": "2024-05-01T10:00:05Z",
            "KeyValues": [
                {"Key": "topic0", "Value": "Door"},
                {"Key": "topic1", "Value": "State"},
                {"Key": "topic2", "Value": "DoorMode"},
                {"Key": "DoorToken", "Value": "d1"},  # no Tags: taken as data
                {"Key": "State", "Value": "Locked", "Tags": ["property-state", "onvif-data"]},
            ],
        }
    )
    assert isinstance(event, catalogue.DoorStateDoorMode)
    assert (event.door_token, event.state) == ("d1", DoorMode.LOCKED)


def test_a_soap_log_page_decodes_through_the_models() -> None:
    events_xml = shared("pacs-examples", "axlog__Event__soap__event.xml").read_text()
    payload = (
        '<axlog:FetchEventsResponse xmlns:axlog="http://www.axis.com/vapix/ws/EventLogger">'
        f"{events_xml}<axlog:More>false</axlog:More></axlog:FetchEventsResponse>"
    )
    page = pyvapix.decode("axlog:FetchEvents", payload, protocol="soap")
    first, second = (event_from_log(row) for row in page.event)
    assert isinstance(first, catalogue.AccessControlAccessGrantedCredential)
    assert isinstance(second, catalogue.AccessControlAccessTakenCredential)
    assert first.credential_holder_name == "user_token1" and first.logged.rowid == 167


def test_the_catalogue_has_a_class_per_topic() -> None:
    assert len(catalogue.TOPICS) == 79
    assert all(
        issubclass(cls, Event) and topic == cls.TOPIC for topic, cls in catalogue.TOPICS.items()
    )
    door_mode = catalogue.TOPICS["Door/State/DoorMode"]
    assert door_mode.PROPERTY is True and door_mode.WIRE_TOPIC == "tns1:Door/State/DoorMode"
    assert [f.attribute for f in door_mode.FIELDS] == ["door_token", "state"]


def test_the_async_client_reads_the_log_as_typed_events() -> None:
    from pyvapix.sim import DeviceState, async_transport

    state = DeviceState()
    door = next(state.store.keys("Door"))

    async def scenario() -> list[Event]:
        async with pyvapix.AsyncClient(
            "http://sim.test", "root", "pass", transport=async_transport(state)
        ) as client:
            await client.tdc.block_door(token=door)
            return [e async for e in client.axlog.events(descending=True, limit=2)]

    found = asyncio.run(scenario())
    assert len(found) == 3 and isinstance(found[0], catalogue.DoorStateDoorMode)
    assert (found[0].door_token, found[0].state) == (door, DoorMode.BLOCKED)
    assert all(isinstance(e, catalogue.DoorStateDoorMode) for e in found)  # start-up ones
