"""The event topic catalogue (specs/events/topics.yaml), when the specs have one.

The shape read here::

    topics:
      tns1:Door/State/DoorMode:          # the topic as it goes on the wire
        class: DoorModeChanged           # optional: the typed event class
        property: true                   # optional: a stateful topic (default false)
        doc: The door's mode changed.    # optional
        source: {DoorToken: pt:ReferenceToken}   # item name -> type (may be empty)
        data: {State: tdc:DoorMode}

Other keys of a topic are left to the generator and not shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..yaml_reader import Located, load

FILE = Path("events") / "topics.yaml"


@dataclass(frozen=True)
class Item:
    name: str
    type: str


@dataclass(frozen=True)
class Topic:
    topic: str
    event_class: str
    is_property: bool
    doc: str
    source: tuple[Item, ...]
    data: tuple[Item, ...]

    @property
    def anchor(self) -> str:
        """``tns1:Door/State/DoorMode`` -> ``door-state-doormode``."""
        parts = [part.rpartition(":")[2] for part in self.topic.split("/")]
        return "-".join(parts).lower()


def read_topics(specs: Path) -> list[Topic] | None:
    """The topics of ``specs``, in file order; None when it has no catalogue."""
    path = specs / FILE
    if not path.exists():
        return None
    doc = load(path)
    topics = doc.data.get("topics") if isinstance(doc.data, dict) else None
    if not isinstance(topics, dict):
        raise doc.error((), "expected a mapping with a 'topics' mapping")
    found = []
    for name, entry in topics.items():
        where = ("topics", name)
        if not isinstance(entry, dict):
            raise doc.error(where, "expected a mapping")
        found.append(
            Topic(
                topic=str(name),
                event_class=_text(doc, entry, where, "class"),
                is_property=_flag(doc, entry, where),
                doc=_text(doc, entry, where, "doc"),
                source=_items(doc, entry, where, "source"),
                data=_items(doc, entry, where, "data"),
            )
        )
    return found


def _text(doc: Located, entry: dict[str, object], where: tuple[str, ...], key: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise doc.error((*where, key), "expected text")
    return " ".join(value.split())


def _flag(doc: Located, entry: dict[str, object], where: tuple[str, ...]) -> bool:
    value = entry.get("property", False)
    if not isinstance(value, bool):
        raise doc.error((*where, "property"), "expected true or false")
    return value


def _items(
    doc: Located, entry: dict[str, object], where: tuple[str, ...], key: str
) -> tuple[Item, ...]:
    value = entry.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(t, str) for t in value.values()):
        raise doc.error((*where, key), "expected a mapping of item name -> type")
    return tuple(Item(str(name), str(kind)) for name, kind in value.items())
