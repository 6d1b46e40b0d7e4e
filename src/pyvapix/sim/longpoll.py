"""An answer that is not due yet: a PullMessages waiting for events.

The wait holds no lock and no worker thread while it sleeps: the HTTP server awaits
:meth:`Pending.wait_async` on its event loop (a thread-blocking :meth:`Pending.wait` serves
the in-process transport). Every :data:`TICK` seconds it lets time-driven changes happen
(an Accessed door locking again, a schedule starting), which may bring the events it waits
for.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from .pullpoints import Signal

Response = tuple[int, list[tuple[str, str]], bytes]
TICK = 0.25  # seconds between looks at the clock while waiting


@dataclass
class Pending:
    """Wait on ``signal`` until ``deadline`` (time.monotonic()), then ``finish()`` gives the
    answer. ``tick()`` applies time-driven changes; ``cancel()`` gives up (the client went
    away) without taking any event from the queue."""

    signal: Signal
    deadline: float
    tick: Callable[[], None]
    finish: Callable[[], Response]
    cancel: Callable[[], None]

    def wait(self) -> Response:
        while True:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 or self.signal.wait(min(remaining, TICK)):
                return self.finish()
            self.tick()

    async def wait_async(self) -> Response:
        woken = asyncio.Event()
        self.signal.add_waker(asyncio.get_running_loop(), woken)
        try:
            while not woken.is_set():
                remaining = self.deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    await asyncio.wait_for(woken.wait(), min(remaining, TICK))
                except TimeoutError:
                    await asyncio.to_thread(self.tick)
        finally:
            self.signal.remove_waker(woken)
        return await asyncio.to_thread(self.finish)
