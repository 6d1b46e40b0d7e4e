"""The ONVIF schedule service (tsc) over the axsch schedules, and its special day groups.

A tsc schedule is an axsch schedule: the same token, Name and Description, and Standard is
the axsch ScheduleDefinition. Special days exist only on the ONVIF side (axsch has none):
they are kept with the schedule and honoured wherever the schedule is evaluated (access
decisions, ScheduleActive, GetScheduleState); an axsch SetSchedule, which replaces the whole
schedule, drops them. An axsch ExceptionScheduleDefinition, which tsc cannot show, survives a
tsc Modify and still applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import faults, generic, schedules
from .calls import Call, Handler, Plain
from .clock import local_wall_time
from .onvif import Entities, required_text, without_none

if TYPE_CHECKING:
    from .state import DeviceState

SCHEDULES, GROUPS = "Schedule", "SpecialDayGroup"
# Axis's limits are not documented: the simulator's.
MAX_SCHEDULES = 1000
MAX_PERIODS_PER_DAY = 10
MAX_GROUPS = 100
MAX_DAYS_PER_GROUP = 366
MAX_SPECIAL_DAYS_PER_SCHEDULE = 10
CAPABILITIES: Plain = {
    "MaxLimit": generic.MAX_LIMIT,
    "MaxSchedules": MAX_SCHEDULES,
    "MaxTimePeriodsPerDay": MAX_PERIODS_PER_DAY,
    "MaxSpecialDayGroups": MAX_GROUPS,
    "MaxDaysInSpecialDayGroup": MAX_DAYS_PER_GROUP,
    "MaxSpecialDaysSchedules": MAX_SPECIAL_DAYS_PER_SCHEDULE,
    "ExtendedRecurrenceSupported": False,  # daily and weekly recurrences only
    "SpecialDaysSupported": True,
    "StateReportingSupported": True,
    "ClientSuppliedTokenSupported": True,
}


def _summary(entity: Plain) -> Plain:
    return without_none(
        {
            "token": entity.get("token"),
            "Name": entity.get("Name", ""),
            "Description": entity.get("Description"),
        }
    )


def _kept(kept: Plain, shown: tuple[str, ...]) -> Plain:
    return {key: value for key, value in kept.items() if key not in shown}


# -- schedules ------------------------------------------------------------------------------


def show_schedule(state: DeviceState, schedule: Plain) -> Plain:
    return {
        **_summary(schedule),
        "Standard": schedule.get("ScheduleDefinition") or "",
        "SpecialDays": schedule.get("SpecialDays", []),
    }


def _check_periods(special: Plain) -> None:
    periods = special.get("TimeRange", [])
    if len(periods) > MAX_PERIODS_PER_DAY:
        raise faults.capability_violated(
            "MaxTimePeriodsPerDay", f"at most {MAX_PERIODS_PER_DAY} time periods per day"
        )
    for period in periods:
        try:
            start = schedules.time_of_day(period.get("From") or "")
            until = period.get("Until")
            end = schedules.time_of_day(until) if until else None
        except ValueError:
            raise faults.invalid_args("a TimeRange needs From (and Until) as times") from None
        if end is not None and end <= start:
            raise faults.bad_value(f"TimeRange {period.get('From')}-{until} ends before it starts")


def store_schedule(state: DeviceState, schedule: Plain, kept: Plain) -> Plain:
    standard = required_text(schedule, "Standard")
    schedules.validate(state, {"Name": schedule.get("Name"), "ScheduleDefinition": standard})
    special_days = schedule.get("SpecialDays", [])
    if len(special_days) > MAX_SPECIAL_DAYS_PER_SCHEDULE:
        raise faults.capability_violated(
            "MaxSpecialDaysSchedules",
            f"at most {MAX_SPECIAL_DAYS_PER_SCHEDULE} special day groups per schedule",
        )
    for special in special_days:
        group = required_text(special, "GroupToken")
        if state.store.get(GROUPS, group) is None:
            raise faults.reference_not_found(f"special day group {group!r}")
        _check_periods(special)
    return without_none(
        {
            **_kept(kept, ("Name", "Description", "ScheduleDefinition", "SpecialDays")),
            "Name": required_text(schedule, "Name"),
            "Description": schedule.get("Description"),
            "ScheduleDefinition": standard,
            "SpecialDays": special_days,
        }
    )


def schedule_users(state: DeviceState, token: str) -> str | None:
    for profile in state.store.entities("AccessProfile"):
        policies = profile.get("AccessPolicy", [])
        if token in profile.get("Schedule", []) or any(
            token in policy.get("Schedule", []) for policy in policies
        ):
            return f"access profile {profile.get('token')!r}"
    for profile in state.store.entities("AuthenticationProfile"):
        if token in profile.get("Schedule", []):
            return f"authentication profile {profile.get('token')!r}"
    return None


SCHEDULE_ENTITIES = Entities(
    name="Schedule",
    family=SCHEDULES,
    show=show_schedule,
    store=store_schedule,
    capacity=("MaxSchedules", MAX_SCHEDULES),
    users=schedule_users,
    fresh={"Attribute": []},
)


def schedule_state(call: Call) -> Plain:
    state, token = call.state, required_text(call.request, "Token")
    schedule = SCHEDULE_ENTITIES.existing(state, token)
    now = local_wall_time(state.now())
    return {
        "ScheduleState": {
            "Active": schedules.active(state, [token], now),
            "SpecialDay": schedules.special_periods(state, schedule, now.date()) is not None,
        }
    }


# -- special day groups ---------------------------------------------------------------------


def show_group(state: DeviceState, group: Plain) -> Plain:
    return without_none({**_summary(group), "Days": group.get("Days")})


def store_group(state: DeviceState, group: Plain, kept: Plain) -> Plain:
    days = group.get("Days")
    if days:
        try:
            listed = schedules.parse(days)
        except (ValueError, KeyError) as exc:
            raise faults.bad_value(f"Days of {group.get('Name')!r}: {exc}") from None
        if len(listed) > MAX_DAYS_PER_GROUP:
            raise faults.capability_violated(
                "MaxDaysInSpecialDayGroup", f"at most {MAX_DAYS_PER_GROUP} days per group"
            )
    return without_none(
        {
            **_kept(kept, ("Name", "Description", "Days")),
            "Name": required_text(group, "Name"),
            "Description": group.get("Description"),
            "Days": days,
        }
    )


def group_users(state: DeviceState, token: str) -> str | None:
    for schedule in state.store.entities(SCHEDULES):
        if any(special.get("GroupToken") == token for special in schedule.get("SpecialDays", [])):
            return f"schedule {schedule.get('token')!r}"
    return None


GROUP_ENTITIES = Entities(
    name="SpecialDayGroup",
    family=GROUPS,
    show=show_group,
    store=store_group,
    capacity=("MaxSpecialDayGroups", MAX_GROUPS),
    users=group_users,
)

HANDLERS: dict[str, Handler] = {
    "tsc:GetServiceCapabilities": lambda call: {"Capabilities": CAPABILITIES},
    "tsc:GetScheduleState": schedule_state,
    **SCHEDULE_ENTITIES.handlers("tsc"),
    **GROUP_ENTITIES.handlers("tsc"),
}
