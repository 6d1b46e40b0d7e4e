"""Typed events: one model for the live stream (pull-point notifications) and the history
(event-logger rows).

The generated ``events`` module of a package declares one :class:`Event` subclass per
documented topic (specs/events/topics.yaml), each with an attribute per Source and Data
item, and the table ``TOPICS`` from namespace-free topic to class. The decoders here turn a
``tt:Message`` (with the notification's topic) or a logged ``FetchedEvent`` into the class of
its topic; an unknown topic gives a plain :class:`Event`, and undeclared items are kept in
``source``/``data``/``items``: nothing a device sends is dropped, and nothing in it is fatal.

The notification decoder works on lxml elements directly: a pull of a thousand notifications
costs about what a hand-written parse into plain objects does (``make bench``).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Final, NamedTuple

from lxml import etree

from . import _codec
from ._codec import xmlsafe
from ._codec.layout import BadValue, Scalar
from ._errors import DecodeError

# The roles of an event item (a KeyValue of the event log carries "key" items too).
SOURCE: Final = "source"
KEY: Final = "key"
DATA: Final = "data"
WSNT = "http://docs.oasis-open.org/wsn/b-2"
TT = "http://www.onvif.org/ver10/schema"
_NOTIFICATION = f"{{{WSNT}}}NotificationMessage"
_TOPIC = f"{{{WSNT}}}Topic"
_MESSAGE = f"{{{WSNT}}}Message"
_ROLES = {f"{{{TT}}}Source": SOURCE, f"{{{TT}}}Key": KEY, f"{{{TT}}}Data": DATA}
_SIMPLE_ITEM = f"{{{TT}}}SimpleItem"
_ELEMENT_ITEM = f"{{{TT}}}ElementItem"
DEFAULT_PACKAGE = "pyvapix.generated"


class EventItem(NamedTuple):
    """One Source, Key or Data item as it came: its role, name and text value, and the
    event logger's tags (``onvif-data``, ``wstype:tdc:DoorMode`` ...; none when live)."""

    role: str
    name: str
    value: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventField:
    """A typed attribute of an event class: the item it reads and the item's type."""

    attribute: str
    role: str  # SOURCE or DATA
    name: str  # the item name on the wire
    scalar: Scalar
    wstype: str = ""  # the item's type as the catalogue names it, e.g. "tdc:DoorMode"
    secret: bool = False  # the value is never shown in a repr


class Event:
    """An event: its topic without namespace prefixes (``Door/State/DoorMode``), when it
    happened (``time``, UTC; None when the device sent an unreadable time, which stays in
    ``utc_time``), what happened to a property (``operation``: ``Initialized``, ``Changed``,
    ``Deleted``, or None), its Source and Data items by name, and every item as it came
    (``items``). ``logged`` is the event-logger row it was read from (rowid, token, UUID), or
    None for a live event.

    Subclasses (one per documented topic, generated) add an attribute per declared item,
    converted to its type; an item that is missing or does not convert is None there and
    stays as text in ``source``/``data``."""

    __slots__ = ("data", "items", "logged", "operation", "source", "time", "topic", "utc_time")

    TOPIC: ClassVar[str] = ""  # namespace-free topic of a typed class
    WIRE_TOPIC: ClassVar[str] = ""  # the topic as written on the wire, with prefixes
    PROPERTY: ClassVar[bool | None] = None  # a state that persists; None: not documented
    FIELDS: ClassVar[tuple[EventField, ...]] = ()

    topic: str
    utc_time: str
    time: datetime | None
    operation: str | None
    source: dict[str, str]
    data: dict[str, str]
    items: tuple[EventItem, ...]
    logged: Any

    def __init__(
        self,
        topic: str,
        utc_time: str,
        items: Iterable[EventItem] = (),
        operation: str | None = None,
        logged: Any = None,
    ) -> None:
        self.topic = topic
        self.utc_time = utc_time
        self.time = _utc(utc_time)
        self.operation = operation
        self.items = tuple(items)
        self.logged = logged
        source: dict[str, str] = {}
        data: dict[str, str] = {}
        for item in self.items:
            if item.role == SOURCE:
                source.setdefault(item.name, item.value)
            elif item.role == DATA:
                data.setdefault(item.name, item.value)
        self.source = source
        self.data = data
        for field in self.FIELDS:
            primary, other = (source, data) if field.role == SOURCE else (data, source)
            text = primary.get(field.name)
            if text is None:
                text = other.get(field.name)  # a logged item without its role tag
            if text is None:
                value = None
            else:
                try:
                    value = field.scalar.from_text(text)
                except BadValue:
                    value = None  # kept as text in source/data
            setattr(self, field.attribute, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Event)
        return (self.topic, self.time, self.operation, self.source, self.data) == (
            other.topic,
            other.time,
            other.operation,
            other.source,
            other.data,
        )

    __hash__ = None  # type: ignore[assignment]

    def plain(self) -> dict[str, Any]:
        """The event as JSON shows it: ``topic``, ``time`` (the device's text),
        ``operation``, ``source`` and ``data``; values of secret items (card numbers,
        PINs) are masked."""
        secret = {(f.role, f.name) for f in self.FIELDS if f.secret}

        def shown(role: str, items: dict[str, str]) -> dict[str, str]:
            return {k: "***" if (role, k) in secret else v for k, v in items.items()}

        return {
            "topic": self.topic,
            "time": self.utc_time,
            "operation": self.operation,
            "source": shown(SOURCE, self.source),
            "data": shown(DATA, self.data),
        }

    def __repr__(self) -> str:
        parts = [f"time={self.utc_time!r}"]
        if self.operation:
            parts.append(f"operation={self.operation!r}")
        if self.FIELDS:
            for field in self.FIELDS:
                value = getattr(self, field.attribute)
                if value is not None:
                    shown = "<secret>" if field.secret else repr(value)
                    parts.append(f"{field.attribute}={shown}")
        else:
            parts[:0] = [f"topic={self.topic!r}"]
            parts += [f"source={self.source!r}", f"data={self.data!r}"]
        return f"{type(self).__name__}({', '.join(parts)})"


def _utc(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def topic_path(text: str) -> str:
    """``tns1:Door/tnsaxis:Status/BatteryAlarm`` -> ``Door/Status/BatteryAlarm``."""
    return "/".join(part.rpartition(":")[2] for part in text.strip().split("/"))


Topics = Mapping[str, type[Event]]
_TABLES: dict[str, Topics] = {}


def topics_of(package: str = DEFAULT_PACKAGE) -> Topics:
    """The topic table of a generated package (its ``events`` module), loaded once."""
    table = _TABLES.get(package)
    if table is None:
        table = _TABLES[package] = importlib.import_module(f"{package}.events").TOPICS
    return table


# ---------- live: pull-point notifications ----------


def event_from_message(topic: str, message: etree._Element, topics: Topics) -> Event:
    """The event a ``tt:Message`` element reports, under the notification's ``topic`` text."""
    items = []
    for part in message:
        tag = part.tag
        role = _ROLES.get(tag) if isinstance(tag, str) else None
        if role is None:
            continue
        for item in part:
            tag = item.tag
            if tag == _SIMPLE_ITEM:
                items.append(EventItem(role, item.get("Name") or "", item.get("Value") or ""))
            elif tag == _ELEMENT_ITEM:  # an XML value: kept as its serialized content
                content = b"".join(etree.tostring(child) for child in item)
                items.append(EventItem(role, item.get("Name") or "", content.decode()))
    path, cls = _topic_class(topic, topics)
    return cls(path, message.get("UtcTime") or "", items, message.get("PropertyOperation"))


# Per topic table, topic texts seen -> (path, class): a stream repeats a few topics thousands
# of times. Bounded, as a device may send any number of different ones. Each entry holds its
# table, so the table's id is not reused while the entry exists.
_SEEN: dict[int, tuple[Topics, dict[str, tuple[str, type[Event]]]]] = {}
_SEEN_LIMIT = 4096


def _topic_class(topic: str, topics: Topics) -> tuple[str, type[Event]]:
    entry = _SEEN.get(id(topics))
    if entry is None or entry[0] is not topics:
        if len(_SEEN) >= 16:
            _SEEN.clear()
        entry = _SEEN[id(topics)] = (topics, {})
    seen = entry[1]
    found = seen.get(topic)
    if found is None:
        path = topic_path(topic)
        found = (path, topics.get(path, Event))
        if len(seen) >= _SEEN_LIMIT:
            seen.clear()
        seen[topic] = found
    return found


def events_from_notifications(parent: etree._Element, topics: Topics) -> Iterator[Event]:
    """The events of the ``wsnt:NotificationMessage`` children of ``parent`` (a
    PullMessagesResponse or a Notify), in order. A notification without a message element
    is skipped; one whose message is not a ``tt:Message`` gives a plain Event of its topic."""
    for notification in parent.iterchildren(_NOTIFICATION):
        topic = ""
        message = None
        for child in notification:  # faster than find(): one pass, no path parsing
            tag = child.tag
            if tag == _TOPIC:
                topic = child.text or ""
            elif tag == _MESSAGE:
                message = next((c for c in child if isinstance(c.tag, str)), None)
        if message is not None:
            yield event_from_message(topic, message, topics)


def events_from_pull(payload: bytes | str, topics: Topics | None = None) -> list[Event]:
    """The events of a PullMessages answer (a whole SOAP envelope, or the Body content).
    A fault raises :class:`~pyvapix.FaultError`; what is not XML,
    :class:`~pyvapix.DecodeError`."""
    try:
        element = _codec.soap.body_element(payload)
    except xmlsafe.UnsafeXml as exc:
        raise DecodeError(f"not a PullMessages answer: {exc}", protocol="soap") from None
    return list(events_from_notifications(element, topics or topics_of()))


def events_from_response(response: Any, topics: Topics | None = None) -> list[Event]:
    """The events of a decoded PullMessagesResponse model (its notifications' message
    elements were kept as they came)."""
    table = topics or topics_of()
    events = []
    for holder in response.notification_message:
        topic = holder.topic.value if holder.topic is not None else ""
        for content in holder.message.any_element if holder.message else ():
            element = getattr(content, "element", None)
            if element is not None:
                events.append(event_from_message(topic, element, table))
    return events


# ---------- history: event-logger rows ----------

_TOPIC_KEY = "topic"


def event_from_log(row: Any, topics: Topics | None = None) -> Event:
    """The event an event-logger row holds: a FetchedEvent model, or its plain (JSON) form.

    The topic comes from the keys ``topic0``, ``topic1`` ... (in number order, whatever the
    row's order); each other key is a Source item when tagged ``onvif-source``, else a Data
    item, with its tags."""
    plain = row if isinstance(row, Mapping) else _codec.to_plain(row)
    levels: dict[int, str] = {}
    items = []
    for pair in plain.get("KeyValues") or ():
        key = str(pair.get("Key") or "")
        value = pair.get("Value")
        text = "" if value is None else str(value)
        number = key[len(_TOPIC_KEY) :]
        if key.startswith(_TOPIC_KEY) and number.isdigit():
            levels[int(number)] = text
            continue
        tags = pair.get("Tags") or ()
        tags = (tags,) if isinstance(tags, str) else tuple(str(t) for t in tags)
        items.append(EventItem(SOURCE if "onvif-source" in tags else DATA, key, text, tags))
    path = "/".join(levels[n] for n in sorted(levels))
    cls = (topics or topics_of()).get(path, Event)
    return cls(path, str(plain.get("UtcTime") or ""), items, logged=row)


def log_events(rows: Iterable[Any], topics: Topics) -> Iterator[Event]:
    """Typed events of event-logger rows, as the generated ``axlog`` client pages them."""
    for row in rows:
        yield event_from_log(row, topics)


async def async_log_events(rows: AsyncIterable[Any], topics: Topics) -> AsyncIterator[Event]:
    """The same for an async iterator of rows."""
    async for row in rows:
        yield event_from_log(row, topics)
