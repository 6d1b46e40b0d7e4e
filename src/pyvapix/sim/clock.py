"""Time as the simulated device sees it.

The device clock is injectable so that tests can pin schedules and door timers to a known
instant. The simulated device's local time zone is UTC: schedules (which are local time on a
real controller) are evaluated against the UTC wall clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]

_DURATION = re.compile(
    r"P(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?"
)


def utc_now() -> datetime:
    """The default clock: the host's time, timezone-aware UTC."""
    return datetime.now(UTC)


def parse_datetime(text: str) -> datetime:
    """An xs:dateTime as an aware UTC datetime; a value without zone is taken as UTC (the
    device's local time). Raises ValueError for anything else."""
    value = datetime.fromisoformat(text.strip())
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_duration(text: str) -> timedelta:
    """An xs:duration of days, hours, minutes and seconds (``PT10S``, ``PT1M30S``); years and
    months never occur in door timings. Raises ValueError for anything else."""
    match = _DURATION.fullmatch(text.strip())
    if match is None or text.strip() in ("P", "PT"):
        raise ValueError(f"{text!r} is not a duration")
    parts = {name: float(value) for name, value in match.groupdict().items() if value}
    return timedelta(**parts)


def format_utc(moment: datetime) -> str:
    """UtcTime as the event logger writes it: microseconds and a ``Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_wall_time(moment: datetime) -> datetime:
    """The naive wall-clock time schedules are evaluated against (device time zone: UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None)
