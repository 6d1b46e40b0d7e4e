"""Schedules: the iCalendar subset the simulator evaluates, and the axsch status operations.

Supported: VEVENTs with DTSTART/DTEND (date-time, or ``VALUE=DATE`` for a whole day)
repeated by ``RRULE:FREQ=DAILY`` or ``FREQ=WEEKLY`` with an optional ``BYDAY``. A VEVENT
without RRULE counts as always active (that is how the default ``standard_always`` and simple
"valid" schedules are used); other frequencies, COUNT/UNTIL/INTERVAL, RDATE and pulse
schedules (no DTEND) are accepted but never active, and so is a calendar without VEVENTs
(the documented "Never" schedule). Times are the device's local time, which is UTC.

Each schedule's status is the property ``Schedule/Interval`` (Active, Exception): a change is
an event, found when :func:`settle` looks (before each request, and while a PullMessages
waits), at most once a second of device time unless the configuration changed.

A schedule written through the ONVIF schedule service may have special days: on a day of one
of its special day groups (whose VEVENTs name days), its special time periods replace the
definition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from . import events, faults
from .calls import Call, Handler, Plain
from .clock import local_wall_time, parse_datetime

if TYPE_CHECKING:
    from .state import DeviceState

WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


@dataclass(frozen=True, slots=True)
class Recurrence:
    """One VEVENT."""

    start: datetime
    end: datetime | None
    frequency: str | None
    days: frozenset[int] | None  # BYDAY as weekday numbers

    @property
    def weekdays(self) -> frozenset[int]:
        """The weekdays a DAILY or WEEKLY event repeats on: BYDAY, or else every day
        (DAILY) or the start's weekday (WEEKLY)."""
        if self.days is not None:
            return self.days
        return frozenset(range(7) if self.frequency == "DAILY" else (self.start.weekday(),))

    def active(self, at: datetime) -> bool:
        if self.frequency is None:
            return True
        if self.frequency not in ("DAILY", "WEEKLY") or self.end is None:
            return False
        length = self.end - self.start
        if length <= timedelta(0):
            return False
        days = self.weekdays
        for back in range(length.days + 2):  # occurrences that began up to `length` ago
            day = at.date() - timedelta(days=back)
            if day < self.start.date() or day.weekday() not in days:
                continue
            begin = datetime.combine(day, self.start.time())
            if begin <= at < begin + length:
                return True
        return False

    def on_day(self, day: date) -> bool:
        """Whether the event falls on ``day`` (the days of a special day group)."""
        if day < self.start.date():
            return False
        if self.frequency is None:
            end = self.end if self.end is not None and self.end > self.start else None
            return (
                day <= (end - timedelta(microseconds=1)).date()
                if end
                else day == self.start.date()
            )
        if self.frequency not in ("DAILY", "WEEKLY"):
            return False
        return day.weekday() in self.weekdays


def _lines(text: str) -> list[str]:
    """Content lines, unfolded (a line starting with a space continues the previous one)."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and out:
            out[-1] += raw[1:]
        elif raw.strip():
            out.append(raw.strip())
    return out


def _moment(params: str, value: str) -> tuple[datetime, bool]:
    """A DTSTART/DTEND value and whether it is a whole date."""
    value = value.strip().rstrip("Z")
    if "VALUE=DATE" in params.upper().split(";") or len(value) == 8:
        return datetime.strptime(value, "%Y%m%d"), True
    return datetime.strptime(value, "%Y%m%dT%H%M%S"), False


def parse(text: str) -> list[Recurrence]:
    """The VEVENTs of a schedule definition; ValueError when it is not a usable calendar.

    A calendar without events is usable: it is never active (the documented "Never"
    schedule). One whose last event or the calendar itself is left open is not."""
    lines = _lines(text)
    if not lines or lines[0].upper() != "BEGIN:VCALENDAR":
        raise ValueError("a schedule definition starts with BEGIN:VCALENDAR")
    if lines[-1].upper() != "END:VCALENDAR":
        raise ValueError("a schedule definition ends with END:VCALENDAR")
    found: list[Recurrence] = []
    props: dict[str, tuple[str, str]] | None = None
    for line in lines:
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        name = name.upper()
        if (name, value.upper()) == ("BEGIN", "VEVENT"):
            props = {}
        elif (name, value.upper()) == ("END", "VEVENT") and props is not None:
            found.append(_recurrence(props))
            props = None
        elif props is not None:
            props[name] = (params, value)
    if props is not None:
        raise ValueError("a VEVENT is not closed by END:VEVENT")
    return found


def _recurrence(props: dict[str, tuple[str, str]]) -> Recurrence:
    if "DTSTART" not in props:
        raise ValueError("a VEVENT needs DTSTART")
    start, whole_day = _moment(*props["DTSTART"])
    end = (
        _moment(*props["DTEND"])[0]
        if "DTEND" in props
        else (start + timedelta(days=1) if whole_day else None)
    )
    frequency, days = None, None
    if "RRULE" in props:
        rule = {}
        for part in props["RRULE"][1].split(";"):
            key, _, value = part.partition("=")
            rule[key.upper()] = value
        frequency = rule.get("FREQ", "").upper()
        if "BYDAY" in rule:
            days = frozenset(
                WEEKDAYS[day.strip().lstrip("+-0123456789").upper()]
                for day in rule["BYDAY"].split(",")
            )
    return Recurrence(start, end, frequency, days)


def _defined_active(text: str | None, at: datetime) -> bool:
    if not text:
        return False
    try:
        return any(recurrence.active(at) for recurrence in parse(text))
    except (ValueError, KeyError):
        return False


def special_periods(state: DeviceState, schedule: Plain, day: date) -> list[Plain] | None:
    """The time periods that replace the definition on ``day``, or None when ``day`` is not
    a special day of the schedule (an empty list: inactive all day)."""
    periods: list[Plain] | None = None
    for special in schedule.get("SpecialDays", []):
        group = state.store.get("SpecialDayGroup", special.get("GroupToken"))
        days = group.get("Days") if group else None
        try:
            listed = bool(days) and any(event.on_day(day) for event in parse(days or ""))
        except (ValueError, KeyError):
            listed = False
        if listed:
            periods = [*(periods or []), *special.get("TimeRange", [])]
    return periods


def _within(period: Plain, moment: time) -> bool:
    """From <= moment < Until; without Until the period lasts until midnight."""
    start = time_of_day(period.get("From") or "")
    until = period.get("Until")
    return start <= moment and (not until or moment < time_of_day(until))


def time_of_day(text: str) -> time:
    """An xs:time as a naive wall-clock time; ValueError when it is not one."""
    return time.fromisoformat(text.strip()).replace(tzinfo=None)


def status(state: DeviceState, token: str, at: datetime) -> tuple[bool, bool]:
    """(active, exception) of one schedule at a wall-clock time; unknown ones are inactive."""
    schedule = state.store.get("Schedule", token)
    if schedule is None:
        return False, False
    periods = special_periods(state, schedule, at.date())
    if periods is None:
        on = _defined_active(schedule.get("ScheduleDefinition"), at)
    else:
        on = any(_within(period, at.time()) for period in periods)
    return on, _defined_active(schedule.get("ExceptionScheduleDefinition"), at)


def active(state: DeviceState, tokens: Iterable[str], at: datetime | None = None) -> bool:
    """Whether schedules restricting something let it through now: no schedule means
    always; else any must be active and none in an exception."""
    listed = list(tokens)
    if not listed:
        return True
    moment = at or local_wall_time(state.now())
    statuses = [status(state, token, moment) for token in listed]
    return any(on for on, _ in statuses) and not any(exception for _, exception in statuses)


def _interval(token: str, status: tuple[bool, bool]) -> tuple[str, list[events.KeyValue]]:
    active, exception = ("true" if flag else "false" for flag in status)
    return "Schedule/Interval", [
        events.source("ScheduleToken", token),
        events.state_data("Active", active, "xs:boolean"),
        events.state_data("Exception", exception, "xs:boolean"),
    ]


def interval_properties(state: DeviceState) -> list[tuple[str, list[events.KeyValue]]]:
    """(topic, items) of each schedule's current status."""
    at = local_wall_time(state.now())
    return [_interval(token, status(state, token, at)) for token in state.store.keys("Schedule")]


def settle(state: DeviceState) -> None:
    """Report the schedules whose status changed since the last look; a removed schedule
    that was active or in an exception reports both false."""
    now = state.now()
    seen = state.intervals
    if (
        seen.checked is not None
        and seen.version == state.store.version
        and timedelta(0) <= now - seen.checked < timedelta(seconds=1)
    ):
        return
    at = local_wall_time(now)
    current = {token: status(state, token, at) for token in state.store.keys("Schedule")}
    if seen.checked is not None:  # the first look only learns the statuses
        for token in sorted(set(seen.status) | set(current)):
            new = current.get(token, (False, False))
            if seen.status.get(token, (False, False)) != new:
                events.log(state, *_interval(token, new))
    seen.status, seen.checked, seen.version = current, now, state.store.version


@dataclass
class Intervals:
    """What :func:`settle` saw last: each schedule's (active, exception), and when."""

    status: dict[str, tuple[bool, bool]] = field(default_factory=dict)
    checked: datetime | None = None
    version: int = -1


def validate(state: DeviceState, schedule: Plain) -> None:
    """SetSchedule refuses definitions it cannot read, like the device."""
    for member in ("ScheduleDefinition", "ExceptionScheduleDefinition"):
        text = schedule.get(member)
        if member == "ScheduleDefinition" or text:
            try:
                parse(text or "")
            except (ValueError, KeyError) as exc:
                reason = f"{member} of {schedule.get('Name')!r}: {exc}"
                raise faults.invalid_value("ter:InvalidScheduleFault", reason) from None


def _requested_time(call: Call) -> datetime:
    """LocalTime as given (wall clock), else UtcTime in device time, else now."""
    local, utc = call.request.get("LocalTime"), call.request.get("UtcTime")
    try:
        if local:
            return datetime.fromisoformat(local).replace(tzinfo=None)
        if utc:
            return local_wall_time(parse_datetime(utc))
    except ValueError:
        raise faults.invalid_args("LocalTime or UtcTime is not a date and time") from None
    return local_wall_time(call.state.now())


def schedule_active(call: Call) -> Plain:
    at = _requested_time(call)
    statuses = [status(call.state, token, at) for token in call.tokens()]
    exception = any(e for _, e in statuses)
    return {"Active": any(a for a, _ in statuses) and not exception, "Exception": exception}


def schedule_status_report(call: Call) -> Plain:
    """Status of the given schedules, or of all of them when none is given (the guide's
    usage, although the table says Token is required)."""
    at = local_wall_time(call.state.now())
    tokens = call.tokens() or list(call.state.store.keys("Schedule"))
    report = []
    for token in tokens:
        on, exception = status(call.state, token, at)
        report.append({"Token": token, "Active": on, "Exception": exception})
    return {"Status": report}


HANDLERS: dict[str, Handler] = {
    "axsch:ScheduleActive": schedule_active,
    "axsch:ScheduleStatusReport": schedule_status_report,
}
