"""The configuration of a freshly installed A1001-like controller.

One access controller named after the device, the standard schedules and authentication
profiles every controller ships with, and two doors wired the usual way: each door has its
Door, DoorConfiguration (same token), a reader IdPoint and an AccessPoint tying reader to door,
so an access request works out of the box once a credential exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .calls import Plain

if TYPE_CHECKING:
    from .state import DeviceState

DOOR_COUNT = 2


def _calendar(*event_lines: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# (token, name, description, definition). 1970-01-01 was a Thursday, 01-03 a Saturday.
SCHEDULES = (
    (
        "standard_always",
        "Always",
        "Active at all times",
        _calendar("DTSTART:19700101T000000", "DTEND:19700102T000000", "RRULE:FREQ=DAILY"),
    ),
    (
        "standard_office_hours",
        "Office hours",
        "Weekdays 09:00-17:00",
        _calendar(
            "DTSTART:19700101T090000",
            "DTEND:19700101T170000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        ),
    ),
    (
        "standard_weekends",
        "Weekends",
        "Saturdays and Sundays",
        _calendar(
            "DTSTART:19700103T000000", "DTEND:19700104T000000", "RRULE:FREQ=WEEKLY;BYDAY=SA,SU"
        ),
    ),
)


def _factor(name: str, operator: str = "IdDataEqual", value: str = "") -> Plain:
    return {"IdDataName": name, "IdMatchOperatorName": operator, "OperatorValue": value}


# (token, description, factors); every profile applies at all times.
AUTHENTICATION_PROFILES = (
    ("CardOnly", "A card is enough", [_factor("Card")]),
    ("PINOnly", "A PIN is enough", [_factor("PIN")]),
    ("CardPlusPin", "A card and its PIN", [_factor("Card"), _factor("PIN")]),
    ("REXOnly", "The request-to-exit button", [_factor("REX", "OperatorValueEqual", "Active")]),
)

DOOR_TIMING = {
    "AccessTime": "PT7S",
    "OpenTooLongTime": "PT15S",
    "PreAlarmTime": "PT10S",
    "ExtendedAccessTime": "PT30S",
    "ExtendedOpenTooLongTime": "PT60S",
    "HeartbeatInterval": "PT0S",
}


def install(state: DeviceState) -> None:
    store = state.store
    for token, name, description, definition in SCHEDULES:
        store.put(
            "Schedule",
            token,
            {
                "token": token,
                "Name": name,
                "Description": description,
                "ScheduleDefinition": definition,
                "Attribute": [],
            },
        )
    for token, description, factors in AUTHENTICATION_PROFILES:
        store.put(
            "AuthenticationProfile",
            token,
            {
                "token": token,
                "Name": token,
                "Description": description,
                "IdFactor": factors,
                "Schedule": ["standard_always"],
            },
        )
    access_points = [_install_door(state, number) for number in range(1, DOOR_COUNT + 1)]
    controller = f"Axis-{state.mac} AccessController"
    store.put(
        "AccessController",
        controller,
        {"token": controller, "Name": controller, "Description": "", "AccessPoint": access_points},
    )
    store.put(
        "AccessControllerConfiguration",
        controller,
        {"token": controller, "DeviceUUID": state.uuid, "Configuration": []},
    )


def _install_door(state: DeviceState, number: int) -> str:
    """One door with its configuration, reader and access point; the access point's token."""
    store = state.store
    door, reader, access_point = state.new_token(), state.new_token(), state.new_token()
    store.put(
        "Door",
        door,
        {
            "token": door,
            "Name": f"Door {number}",
            "Description": "",
            **DOOR_TIMING,
            "PriorityConfiguration": "",
            "DefaultPriority": "",
        },
    )
    store.put(
        "DoorConfiguration",
        door,
        {
            "token": door,
            "DeviceUUID": state.uuid,
            "DoorScheduleConfiguration": "",
            "Configuration": [
                {"Name": "Door.Type", "Value": "Regular"},
                {"Name": "Lock.Type", "Value": "Standard"},
            ],
        },
    )
    store.put(
        "IdPoint",
        reader,
        {
            "token": reader,
            "Name": f"Reader {number}",
            "Description": "",
            "Location": "",
            "Area": "",
        },
    )
    store.put(
        "AccessPoint",
        access_point,
        {
            "token": access_point,
            "Name": f"Entry {number}",
            "Description": "",
            "EntityType": "axtdc:Door",
            "Entity": door,
            "Enabled": True,
            "IdPointDevice": [{"IdPoint": reader, "DeviceUUID": state.uuid}],
            "AuthenticationProfile": ["CardOnly"],
            "Attribute": [],
            "ActionArgument": [],
            "Action": "Access",
        },
    )
    return access_point
