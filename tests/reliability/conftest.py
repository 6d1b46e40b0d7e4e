"""Fixtures of the reliability tests: a simulator over real HTTP, a fault-injecting proxy in
front of it, and clients that talk to the proxy."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

import pyvapix
from pyvapix.sim import DeviceState, running

from .faultproxy import FaultProxy

T = TypeVar("T")
UNLOCK = "tdc:UnlockDoor"
STATE = "tdc:GetDoorState"


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retry backoff of 10 ms instead of 200 ms, so retry tests take no time; the test of
    the backoff itself sets it back."""
    monkeypatch.setattr("pyvapix._engine.plan.RETRY_BACKOFF", 0.01)


@pytest.fixture(scope="module")
def device() -> Iterator[tuple[str, DeviceState]]:
    """A simulator over real HTTP, shared by a module's tests: (base URL, its state)."""
    state = DeviceState()
    with running(state=state) as url:
        yield url, state


@pytest.fixture
def proxy(device: tuple[str, DeviceState]) -> Iterator[FaultProxy]:
    with FaultProxy(device[0]) as each:
        yield each


@pytest.fixture(params=["json", "soap"])
def protocol(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(proxy: FaultProxy, protocol: str = "json", **options: Any) -> pyvapix.Client:
    """A client of the proxied device that has already negotiated authentication (so every
    later request carries credentials and is the one faults strike)."""
    options.setdefault("timeout", 2.0)
    client = pyvapix.Client(proxy.url, "root", "pass", protocol=protocol, **options)  # type: ignore[arg-type]
    client.call("tdc:GetDoorInfoList", {})
    return client


def first_door(client: pyvapix.Client) -> str:
    return str(client.call("tdc:GetDoorInfoList", {}).door_info[0].token)


def door_mode(state: DeviceState, token: str) -> str:
    with state.lock:
        return state.doors[token].mode


def bounded(seconds: float, action: Callable[[], T]) -> tuple[T | BaseException, float]:
    """Run ``action`` in a thread; fail the test if it has not returned within ``seconds``
    (a hang must fail, not stall the suite). Returns (its result or exception, elapsed)."""
    import time

    outcome: list[T | BaseException] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"the call did not return within {seconds} s")
    return outcome[0], time.monotonic() - started
