"""Pull points: the subscriptions of the event service, each with its filter, its queue of
events and its termination time, and the signal a waiting PullMessages sleeps on.

Every change happens under the device state's lock (the publisher holds it); only the
:class:`Signal` is touched from outside it, by the waiting pulls.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from .. import _events

if TYPE_CHECKING:
    from .events import Emitted

MAX_PULL_POINTS = 10  # the MaxPullPoints capability
QUEUE_LIMIT = 1000  # events a pull point keeps for its client; the oldest go first


class Signal:
    """Set when a pull point has events for its waiting pull; waited on from a worker
    thread (``wait``) or from an event loop (``add_waker``)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._wakers: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def set(self) -> None:
        with self._lock:
            self._event.set()
            for loop, event in self._wakers:
                loop.call_soon_threadsafe(event.set)

    def clear(self) -> None:
        self._event.clear()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        return self._event.wait(timeout)

    def add_waker(self, loop: asyncio.AbstractEventLoop, event: asyncio.Event) -> None:
        with self._lock:
            self._wakers.append((loop, event))
            if self._event.is_set():
                event.set()

    def remove_waker(self, event: asyncio.Event) -> None:
        with self._lock:
            self._wakers = [(loop, e) for loop, e in self._wakers if e is not event]


@dataclass(eq=False)
class PullPoint:
    """One subscription."""

    id: str  # the Axis SubscriptionId, a decimal number
    topics: Callable[[str], bool] | None  # None: every topic
    content: Callable[[Sequence[tuple[str, str]]], bool] | None  # None: every message
    changed_only: bool  # no Initialized messages for properties
    termination: datetime
    queue: deque[Emitted] = field(default_factory=lambda: deque(maxlen=QUEUE_LIMIT))
    pulling: bool = False  # a PullMessages is waiting on it
    signal: Signal = field(default_factory=Signal)

    def wants(self, event: Emitted) -> bool:
        if self.topics is not None and not self.topics(_events.topic_path(event.topic)):
            return False
        if event.operation == "Initialized" and self.changed_only:
            return False
        return self.content is None or self.content([(k, v) for k, v, _ in event.items])

    def offer(self, event: Emitted) -> None:
        if self.wants(event):
            self.queue.append(event)  # bounded: a full queue drops its oldest event
            self.signal.set()

    def take(self, limit: int) -> list[Emitted]:
        taken = [self.queue.popleft() for _ in range(min(limit, len(self.queue)))]
        if not self.queue:
            self.signal.clear()
        return taken


class PullPoints:
    """The device's pull points by SubscriptionId."""

    def __init__(self) -> None:
        self._points: dict[str, PullPoint] = {}
        self._last_id = 0

    def __len__(self) -> int:
        return len(self._points)

    def new_id(self) -> str:
        self._last_id += 1
        return str(self._last_id)

    def add(self, point: PullPoint) -> None:
        self._points[point.id] = point

    def get(self, subscription_id: str, now: datetime) -> PullPoint | None:
        """The live pull point of that id; one past its termination time is gone."""
        self.expire(now)
        return self._points.get(subscription_id)

    def remove(self, subscription_id: str) -> PullPoint | None:
        point = self._points.pop(subscription_id, None)
        if point is not None:
            point.signal.set()  # a waiting pull answers at once (the point is gone)
        return point

    def expire(self, now: datetime) -> None:
        for point in [p for p in self._points.values() if p.termination <= now]:
            self.remove(point.id)

    def publish(self, event: Emitted) -> None:
        """Queue ``event`` on every pull point that wants it (expired ones are skipped)."""
        for point in self._points.values():
            if point.termination > event.time:
                point.offer(event)
