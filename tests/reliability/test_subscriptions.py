"""Live event subscriptions through the fault-injecting proxy, against the simulator over
HTTP: every door command's event arrives once; a dropped connection mid-pull, an answer
that is garbage, an expired subscription and a device restart each end in a new
subscription and a SubscriptionRestarted; closing unsubscribes and leaves no thread,
task or connection behind."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator

import pytest

import pyvapix
from pyvapix import Event, SubscriptionRestarted
from pyvapix.sim import DeviceState
from pyvapix.sim.pullpoints import PullPoints

from .conftest import first_door, make_client
from .faultproxy import FaultProxy

PULL = "tev:PullMessages"
DOOR_MODE = "tns1:Door/State/DoorMode"
COMMANDS = ("tdc:BlockDoor", "tdc:LockDoor")  # each changes the door's mode: one event


def changes(items: list[Event | SubscriptionRestarted]) -> list[str]:
    return [
        str(item.state.value)  # type: ignore[attr-defined]
        for item in items
        if isinstance(item, Event) and item.operation == "Changed"
    ]


def door_modes(client: pyvapix.Client) -> pyvapix._subscription.Subscription:
    """A subscription to door modes that pulls with a short wait."""
    return client.events.subscribe(DOOR_MODE, pull_seconds=1)


def restarted(seen: list[Event | SubscriptionRestarted]) -> bool:
    return any(isinstance(item, SubscriptionRestarted) for item in seen)


def collect(
    subscription: pyvapix._subscription.Subscription,
    until: Callable[[list[Event | SubscriptionRestarted]], bool],
    seconds: float = 20.0,
) -> list[Event | SubscriptionRestarted]:
    """Items of the subscription until ``until`` holds (the test fails past ``seconds``)."""
    seen: list[Event | SubscriptionRestarted] = []
    deadline = time.monotonic() + seconds
    while not until(seen):
        assert time.monotonic() < deadline, f"gave up waiting; saw {seen}"
        seen.extend(subscription.pull())
    return seen


@pytest.fixture
def door(proxy: FaultProxy) -> Iterator[tuple[pyvapix.Client, str]]:
    """A client that sends the door commands, and the door, locked (so that the commands
    below, Block first, each change its mode)."""
    with make_client(proxy) as commands:
        token = first_door(commands)
        commands.call("tdc:LockDoor", {"Token": token})
        yield commands, token


def command(door: tuple[pyvapix.Client, str], index: int) -> str:
    client, token = door
    client.call(COMMANDS[index % 2], {"Token": token})
    return "Blocked" if index % 2 == 0 else "Locked"


def test_every_door_command_arrives_once(
    proxy: FaultProxy, door: tuple[pyvapix.Client, str]
) -> None:
    with (
        make_client(proxy) as client,
        door_modes(client) as events,
    ):
        collect(events, lambda seen: len(seen) >= 2)  # the doors' Initialized states
        expected = [command(door, i) for i in range(5)]
        seen = collect(events, lambda seen: len(changes(seen)) >= 5)
        time.sleep(0.5)
        seen += events.pull()
    assert changes(seen) == expected  # in order, none twice, none lost


@pytest.mark.parametrize("fault", ["drop_after", "garbage", "status"])
def test_a_pull_that_fails_gives_a_new_subscription(
    proxy: FaultProxy,
    device: tuple[str, DeviceState],
    door: tuple[pyvapix.Client, str],
    fault: str,
) -> None:
    with (
        make_client(proxy) as client,
        door_modes(client) as events,
    ):
        collect(events, lambda seen: len(seen) >= 2)
        first = events._flow.subscription_id
        proxy.inject(fault, PULL, status=500)
        seen = collect(events, restarted)
        assert events._flow.subscription_id != first
        after = collect(events, lambda seen: len(seen) >= 2)  # the new subscription's states
        assert all(item.operation == "Initialized" for item in after)  # type: ignore[union-attr]
        expected = command(door, 0)
        assert changes(collect(events, lambda seen: bool(changes(seen)))) == [expected]
    assert isinstance(seen[-1], SubscriptionRestarted)


def test_an_expired_subscription_is_replaced(
    proxy: FaultProxy, device: tuple[str, DeviceState]
) -> None:
    state = device[1]
    with (
        make_client(proxy) as client,
        door_modes(client) as events,
    ):
        collect(events, lambda seen: len(seen) >= 2)
        with state.lock:
            state.pullpoints.remove(events._flow.subscription_id or "")
        seen = collect(events, restarted)
    marker = seen[-1]
    assert isinstance(marker, SubscriptionRestarted)
    assert "ResourceUnknown" in str(marker.error)


def test_a_device_restart_is_survived(
    proxy: FaultProxy, device: tuple[str, DeviceState], door: tuple[pyvapix.Client, str]
) -> None:
    """The device forgets every subscription and is away for a second."""
    state = device[1]
    with (
        make_client(proxy) as client,
        door_modes(client) as events,
    ):
        collect(events, lambda seen: len(seen) >= 2)
        with state.lock:
            state.pullpoints = PullPoints()
        proxy.refuse_for(1.0)
        seen = collect(events, restarted)
        expected = command(door, 0)
        assert expected in changes(collect(events, lambda seen: bool(changes(seen))))
    assert isinstance(seen[-1], SubscriptionRestarted)


def test_leaving_unsubscribes_and_leaks_no_thread(
    proxy: FaultProxy, device: tuple[str, DeviceState]
) -> None:
    state = device[1]
    threads = set(threading.enumerate())
    with make_client(proxy) as client:
        with client.events.subscribe(pull_seconds=1) as events:
            events.pull()
            with state.lock:
                assert len(state.pullpoints) >= 1
        with state.lock:
            assert len(state.pullpoints) == 0
        assert client.events.pull(DOOR_MODE)  # one batch: the doors' states
        with state.lock:
            assert len(state.pullpoints) == 0
    # The in-process simulator starts worker threads as it likes (asyncio_N); the client
    # starts none.
    started = {t.name for t in set(threading.enumerate()) - threads}
    assert {name for name in started if not name.startswith("asyncio_")} == set()


def test_the_async_subscription(proxy: FaultProxy, device: tuple[str, DeviceState]) -> None:
    state = device[1]

    async def scenario() -> list[str]:
        async with pyvapix.AsyncClient(proxy.url, "root", "pass") as client:
            token = (await client.tdc.get_door_info_list()).door_info[0].token
            await client.tdc.lock_door(token=token)
            before = asyncio.all_tasks()
            got: list[str] = []
            async with door_modes(client) as events:
                await client.tdc.block_door(token=token)
                async for item in events:
                    if isinstance(item, Event) and item.operation == "Changed":
                        got.append(str(item.state.value))  # type: ignore[attr-defined]
                        break
            assert asyncio.all_tasks() == before
            return got

    assert asyncio.run(asyncio.wait_for(scenario(), 30)) == ["Blocked"]
    with state.lock:
        assert len(state.pullpoints) == 0
