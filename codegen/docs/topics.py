"""The event topics, as the generated package knows them (``generated/events.py``, made
from specs/events/topics.yaml): one typed class per topic, with its Source and Data items.
Reading the generated classes keeps the pages and the code from ever disagreeing."""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Item:
    name: str
    type: str
    secret: bool = False


@dataclass(frozen=True)
class Topic:
    topic: str  # as written on the wire, with its prefixes
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


def read_topics(package: str = "pyvapix.generated") -> list[Topic] | None:
    """The topics of the generated ``package``, in catalogue order; None when it has no
    events module (its specs have no topic catalogue)."""
    try:
        module: Any = importlib.import_module(f"{package}.events")
    except ModuleNotFoundError:
        return None
    return [_topic(cls) for cls in module.TOPICS.values()]


def _topic(cls: Any) -> Topic:
    fields = getattr(cls, "FIELDS", ())
    doc = (inspect.getdoc(cls) or "").split("\n\n")[0]

    def items(role: str) -> tuple[Item, ...]:
        return tuple(Item(f.name, f.wstype, f.secret) for f in fields if f.role == role)

    return Topic(
        topic=cls.WIRE_TOPIC,
        event_class=cls.__name__,
        is_property=bool(cls.PROPERTY),
        doc=" ".join(doc.split()),
        source=items("source"),
        data=items("data"),
    )
