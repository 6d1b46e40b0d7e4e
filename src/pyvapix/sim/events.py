"""Events: where everything the simulator models reports what happened, the event logger
that keeps them, and the Fetch* operations that read it.

:func:`log` is the one way in. Each event goes to the log and, the same instant, to every
pull point whose filter wants it (pullpoints.py, eventservice.py): the history and the live
stream come from one source. A logged event is flat: the topic becomes keys ``topic0..N``
(namespaces stripped), and each Source and Data item a key-value whose Tags say its role
(``onvif-source``, ``onvif-data``, ``property-state``, ``wstype:<type>``). Ignore and alarm
filters (axloc) decide whether an event is dropped from the log, logged, or logged and
raised as an alarm; they do not touch the live stream.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import _events
from . import faults
from .calls import Call, Handler, Plain
from .clock import format_utc, parse_datetime

if TYPE_CHECKING:
    from .state import DeviceState

EVENT_CAPACITY = 30_000  # the documented size of the event log
ALARM_CAPACITY = 200
MAX_FETCH = 1000  # events per Fetch call

KeyValue = tuple[str, str, tuple[str, ...]]  # key, value, tags
Pair = tuple[str, str | None]  # a filter: key, and the value it must have (None or "": any)


def source(key: str, value: str, wstype: str = "pt:ReferenceToken") -> KeyValue:
    return key, value, (f"wstype:{wstype}", "onvif-source")


def data(key: str, value: str, wstype: str | None = None) -> KeyValue:
    return key, value, ((f"wstype:{wstype}",) if wstype else ()) + ("onvif-data",)


def state_data(key: str, value: str, wstype: str) -> KeyValue:
    """The data item of a property event (a state that persists, like a door mode)."""
    return key, value, ("property-state", f"wstype:{wstype}", "onvif-data")


@dataclass(frozen=True, slots=True)
class Emitted:
    """An event as the device sends it live: its topic with prefixes, when, its items with
    their log tags, and for a property what happened to it (Initialized, Changed)."""

    topic: str
    time: datetime
    items: tuple[KeyValue, ...]
    operation: str | None = None


def wire_topic(topic: str) -> str:
    """``Door/State/DoorMode`` -> ``tns1:Door/State/DoorMode``: a root level without a
    prefix is an ONVIF topic (the Axis roots are written with ``tnsaxis:``)."""
    return topic if ":" in topic.partition("/")[0] else f"tns1:{topic}"


def is_property(topic: str) -> bool:
    """Whether the topic catalogue says the topic is a property (a state that persists)."""
    cls = _events.topics_of().get(_events.topic_path(topic))
    return bool(cls is not None and cls.PROPERTY)


@dataclass(frozen=True, slots=True)
class LoggedEvent:
    rowid: int
    time: datetime
    plain: Plain  # the FetchedEvent member form


class EventLog:
    """Events and alarms, oldest first, bounded like the device's database."""

    def __init__(self) -> None:
        self.events: deque[LoggedEvent] = deque(maxlen=EVENT_CAPACITY)
        self.alarms: deque[LoggedEvent] = deque(maxlen=ALARM_CAPACITY)
        self._rowid = 0

    def record(self, plain: Plain, time: datetime, *, alarm: bool) -> None:
        self._rowid += 1
        event = LoggedEvent(self._rowid, time, {"rowid": self._rowid, **plain})
        self.events.append(event)
        if alarm:
            self.alarms.append(event)

    def remove_alarms(self, tokens: Iterable[str]) -> None:
        gone = set(tokens)
        kept = [event for event in self.alarms if event.plain["token"] not in gone]
        self.alarms.clear()
        self.alarms.extend(kept)


def log(
    state: DeviceState, topic: str, items: Sequence[KeyValue], time: datetime | None = None
) -> None:
    """Emit one event (``topic`` like ``Door/State/DoorMode``): queued on every pull point
    that wants it, and logged unless an ignore filter drops it (an event matching an alarm
    filter becomes an alarm even when also ignored). With global distribution on, events
    carry their controller's UUID as the Source item ``Device Source``."""
    moment = time or state.now()
    if state.global_distribution:
        items = [*items, ("Device Source", state.uuid, ("onvif-source",))]
    wire = wire_topic(topic)
    state.pullpoints.publish(
        Emitted(wire, moment, tuple(items), "Changed" if is_property(wire) else None)
    )
    key_values = [{"Key": key, "Value": value, "Tags": list(tags)} for key, value, tags in items]
    key_values += [
        {"Key": f"topic{level}", "Value": name, "Tags": []}
        for level, name in enumerate(part.rsplit(":", 1)[-1] for part in topic.split("/"))
    ]
    plain: Plain = {
        "token": state.new_token(),
        "UUID": state.uuid,
        "UtcTime": format_utc(moment),
        "KeyValues": key_values,
        "Tags": [],
    }
    alarm = any(_filter_matches(f, plain, state.uuid) for f in state.store.entities("AlarmFilter"))
    ignored = any(
        _filter_matches(f, plain, state.uuid) for f in state.store.entities("IgnoreFilter")
    )
    if alarm or not ignored:
        state.events.record(plain, moment, alarm=alarm)


# Families whose changes the device announces, and the topic entity for them. Users have no
# documented configuration topic.
CONFIGURATION_TOPICS = {
    "Door": "Door",
    "DoorConfiguration": "Door",
    "AccessPoint": "AccessPoint",
    "Area": "Area",
    "Credential": "Credential",
    "IdPoint": "tnsaxis:IdPoint",
    "IdPointConfiguration": "tnsaxis:IdPoint",
    "Schedule": "Schedule",
    "AccessProfile": "AccessProfile",
}


def configuration_changed(
    state: DeviceState, family: str, token: str, removed: bool = False
) -> None:
    """``Configuration/<Entity>/Changed`` (or ``Removed``) with the entity's token as source."""
    entity = CONFIGURATION_TOPICS.get(family)
    if entity is not None:
        name = entity.rsplit(":", 1)[-1]
        log(
            state,
            f"Configuration/{entity}/{'Removed' if removed else 'Changed'}",
            [source(f"{name}Token", token)],
        )


def _filter_matches(configured: Plain, event: Plain, uuid: str) -> bool:
    """An axloc ignore/alarm filter: every key-value matches, on one of its controllers."""
    pairs = [(kv.get("Key", ""), kv.get("Value")) for kv in configured.get("KeyValues", [])]
    controllers = configured.get("UUIDs") or [uuid]
    return bool(pairs) and uuid in controllers and _has_all(event, pairs)


def _has_all(event: Plain, pairs: Iterable[Pair]) -> bool:
    present = {(kv["Key"], kv["Value"]) for kv in event["KeyValues"]}
    keys = {key for key, _ in present}
    return all((key, value) in present if value else key in keys for key, value in pairs)


def _pairs(filters: Any) -> list[Pair]:
    return [(f.get("Key", ""), f.get("Value")) for f in filters or ()]


def _time(text: str | None, subcode: str) -> datetime | None:
    if not text:
        return None
    try:
        return parse_datetime(text)
    except ValueError:
        raise faults.invalid_value(subcode, f"{text!r} is not a date and time") from None


def _selector(request: Plain) -> Callable[[LoggedEvent], bool]:
    """Start/Stop (inclusive), Filters (all must match) and FilterSets (any set matches;
    FetchEvents3 sets have their own Start). The simulated device's local time is UTC, so
    ConvertFilterTimeFromLocal changes nothing."""
    start = _time(request.get("Start"), "ter:InvalidStartTime")
    stop = _time(request.get("Stop"), "ter:InvalidStopTime")
    if start and stop and stop < start:
        raise faults.invalid_value("ter:InvalidStopTime", "Stop is before Start")
    required = _pairs(request.get("Filters"))
    alternatives = [
        (_time(s.get("Start"), "ter:InvalidStartTime"), _pairs(s.get("Filters")))
        for s in request.get("FilterSets") or ()
    ]

    def wanted(event: LoggedEvent) -> bool:
        return (
            (start is None or event.time >= start)
            and (stop is None or event.time <= stop)
            and _has_all(event.plain, required)
            and (
                not alternatives
                or any(
                    (since is None or event.time >= since) and _has_all(event.plain, pairs)
                    for since, pairs in alternatives
                )
            )
        )

    return wanted


def fetch(call: Call) -> Plain:
    """FetchEvents/FetchAlarms (and their 2 and 3 forms): ``Limit`` items after ``RowID``
    (before it when ``Descending``), and ``More`` when matching items remain."""
    request = call.request
    alarms = call.operation.info.name.startswith("FetchAlarms")
    wanted = _selector(request)
    limit = request.get("Limit") or MAX_FETCH
    limit = MAX_FETCH if limit <= 0 else min(limit, MAX_FETCH)
    descending = bool(request.get("Descending"))
    readable = bool(request.get("IncludeHumanReadableTime"))
    after = request.get("RowID") or 0
    stored = call.state.events.alarms if alarms else call.state.events.events
    page: list[Plain] = []
    more = False
    for event in reversed(stored) if descending else stored:
        if after > 0 and (event.rowid >= after if descending else event.rowid <= after):
            continue
        if not wanted(event):
            continue
        if len(page) == limit:
            more = True
            break
        page.append(
            {**event.plain, "HumanReadableTime": f"{event.time:%Y-%m-%d %H:%M:%S}"}
            if readable
            else event.plain
        )
    return {"Alarm" if alarms else "Event": page, "More": more}


def remove_logged_alarm(call: Call) -> Plain:
    call.state.events.remove_alarms(call.tokens())
    return {}


HANDLERS: dict[str, Handler] = {
    **{
        f"axlog:{name}": fetch
        for name in ("FetchEvents", "FetchEvents2", "FetchEvents3", "FetchAlarms", "FetchAlarms2")
    },
    "axlog:RemoveLoggedAlarm": remove_logged_alarm,
}
