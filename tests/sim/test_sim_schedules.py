"""The iCalendar subset behind schedules, and the axsch status operations."""

from __future__ import annotations

from datetime import datetime

import pytest

import pyvapix
from pyvapix.sim.defaults import SCHEDULES
from pyvapix.sim.schedules import parse

DEFINITIONS = {token: definition for token, _, _, definition in SCHEDULES}


def _active(definition: str, at: str) -> bool:
    moment = datetime.fromisoformat(at)
    return any(recurrence.active(moment) for recurrence in parse(definition))


@pytest.mark.parametrize(
    ("token", "at", "expected"),
    [
        ("standard_always", "2024-05-15T03:00", True),
        ("standard_office_hours", "2024-05-15T09:00", True),  # Wednesday, start included
        ("standard_office_hours", "2024-05-15T16:59", True),
        ("standard_office_hours", "2024-05-15T17:00", False),  # end excluded
        ("standard_office_hours", "2024-05-18T10:00", False),  # Saturday
        ("standard_weekends", "2024-05-18T00:00", True),
        ("standard_weekends", "2024-05-19T23:59", True),
        ("standard_weekends", "2024-05-20T00:00", False),  # Monday
    ],
)
def test_default_schedules(token: str, at: str, expected: bool) -> None:
    assert _active(DEFINITIONS[token], at) is expected


def _calendar(*lines: str) -> str:
    return "\n".join(["BEGIN:VCALENDAR", "BEGIN:VEVENT", *lines, "END:VEVENT", "END:VCALENDAR"])


@pytest.mark.parametrize(
    ("lines", "at", "expected"),
    [
        # A night shift crossing midnight, Fridays only.
        (
            ("DTSTART:20240103T220000", "DTEND:20240104T060000", "RRULE:FREQ=WEEKLY;BYDAY=FR"),
            "2024-05-18T05:00",
            True,
        ),
        (
            ("DTSTART:20240103T220000", "DTEND:20240104T060000", "RRULE:FREQ=WEEKLY;BYDAY=FR"),
            "2024-05-17T05:00",
            False,
        ),
        (
            ("DTSTART:20240101T120000", "DTEND:20240101T130000", "RRULE:FREQ=DAILY"),
            "2024-05-15T12:30",
            True,
        ),
        (
            ("DTSTART:20250101T120000", "DTEND:20250101T130000", "RRULE:FREQ=DAILY"),
            "2024-05-15T12:30",
            False,
        ),  # before the first occurrence
        (
            ("DTSTART:20120213T100000", "DTEND:20120213T130000"),
            "2024-05-15T00:00",
            True,
        ),  # no RRULE
        (("DTSTART:20120213T100000", "RRULE:FREQ=DAILY"), "2024-05-15T10:00", False),  # a pulse
        (
            ("DTSTART:20120101T000000", "DTEND:20120101T010000", "RRULE:FREQ=HOURLY"),
            "2024-05-15T00:30",
            False,
        ),  # not supported, never active
        (("DTSTART;VALUE=DATE:20240515", "RRULE:FREQ=WEEKLY"), "2024-05-22T23:00", True),
    ],
)
def test_recurrences(lines: tuple[str, ...], at: str, expected: bool) -> None:
    assert _active(_calendar(*lines), at) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "BEGIN:VEVENT",
        "BEGIN:VCALENDAR",  # never closed
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240101T000000\nEND:VCALENDAR",
        _calendar("SUMMARY:no start"),
        _calendar("DTSTART:tomorrow"),
    ],
)
def test_unreadable_definitions(text: str) -> None:
    with pytest.raises(ValueError):
        parse(text)


def test_schedule_active_and_status_report(client: pyvapix.Client) -> None:
    answer = client.call(
        "axsch:ScheduleActive",
        {"Token": ["standard_office_hours"], "LocalTime": "2024-05-18T10:00:00"},
    )
    assert (answer.active, answer.exception) == (False, False)
    client.call(
        "axsch:SetSchedule",
        {
            "Schedule": [
                {
                    "token": "not_on_wednesdays",
                    "Name": "n",
                    "ScheduleDefinition": DEFINITIONS["standard_always"],
                    "ExceptionScheduleDefinition": _calendar(
                        "DTSTART:20240101T000000",
                        "DTEND:20240102T000000",
                        "RRULE:FREQ=WEEKLY;BYDAY=WE",
                    ),
                }
            ]
        },
    )
    answer = client.call("axsch:ScheduleActive", {"Token": ["not_on_wednesdays"]})  # now: Wed
    assert (answer.active, answer.exception) == (False, True)
    report = {s.token: s.active for s in client.call("axsch:ScheduleStatusReport", {}).status}
    assert report == {
        "standard_always": True,
        "standard_office_hours": True,
        "standard_weekends": False,
        "not_on_wednesdays": True,
    }


# The documented "Never" schedule (the integration examples): a calendar without events.
NEVER = {
    "Name": "Never",
    "Description": "",
    "ScheduleDefinition": "BEGIN:VCALENDAR\r\nPRODID:\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    "ExceptionScheduleDefinition": "",
    "Attribute": [],
}


def test_a_calendar_without_events_is_never_active() -> None:
    assert parse(NEVER["ScheduleDefinition"]) == []
    assert parse("BEGIN:VCALENDAR\nEND:VCALENDAR") == []


def test_the_documented_never_schedule_is_accepted(clients: dict[str, pyvapix.Client]) -> None:
    for protocol, client in clients.items():
        (token,) = client.call("axsch:SetSchedule", {"Schedule": [NEVER]}).token
        answer = client.call("axsch:ScheduleActive", {"Token": [token]})
        assert (answer.active, answer.exception) == (False, False), protocol
    for client in clients.values():
        listed = [s.name for s in client.call("axsch:GetScheduleList", {}).schedule]
        assert listed.count("Never") == 2
