"""Retries that lose nothing, proved by fault injection between a real client and the
simulator over HTTP: reads are retried with backoff on connection trouble and 502/503/504;
a write or door command is never sent twice once it may have reached the device, and the
error says so. The proxy counts how often the device applied each request."""

from __future__ import annotations

import asyncio
import time

import pytest

import pyvapix
from pyvapix import DecodeError, TransportError, VapixTimeoutError
from pyvapix.sim import DeviceState

from .conftest import STATE, UNLOCK, door_mode, first_door, make_client
from .faultproxy import FaultProxy

LOCK = "tdc:LockDoor"
NOT_RETRIED = "not retried: the device may have executed it"


@pytest.fixture
def locked(device: tuple[str, DeviceState], proxy: FaultProxy) -> str:
    """The first door, locked, through a client that is then discarded."""
    with make_client(proxy) as client:
        token = first_door(client)
        client.call(LOCK, {"Token": token})
    assert door_mode(device[1], token) == "Locked"
    return token


@pytest.mark.parametrize("kind", ["drop_before", "status"])
def test_a_write_that_never_reached_the_device_is_not_applied_nor_repeated(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str, protocol: str, kind: str
) -> None:
    """Dropped on the way (or answered 500 by something in between): the client cannot
    know it never arrived, so it does not send it again; the caller is told it may have
    been executed."""
    proxy.inject(kind, UNLOCK, status=500)
    with make_client(proxy, protocol) as client, pytest.raises(TransportError) as info:
        client.call(UNLOCK, {"Token": locked})
    error = info.value
    assert error.request_sent and error.attempts == 1 and NOT_RETRIED in str(error)
    assert (error.operation, error.protocol) == (UNLOCK, protocol)
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 0
    assert door_mode(device[1], locked) == "Locked"


def test_a_write_answered_503_is_not_repeated(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str
) -> None:
    proxy.inject("status", UNLOCK, status=503)
    with make_client(proxy, "soap") as client, pytest.raises(TransportError) as info:
        client.call(UNLOCK, {"Token": locked})
    assert info.value.status_code == 503 and NOT_RETRIED in str(info.value)
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 0


def test_auto_falls_back_to_soap_only_when_json_was_not_served(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str
) -> None:
    """The one exception: a JSON endpoint answering 503 without JSON is firmware that does
    not serve JSON there (A1001 1.65.6 on /vapix/doorcontrol); protocol="auto" then sends
    the command over SOAP. The device executed it once."""
    proxy.inject("status", UNLOCK, status=503)
    with make_client(proxy, "auto") as client:
        client.call(UNLOCK, {"Token": locked})
    protocols = [
        s.headers["content-type"].split(";")[0] for s in proxy.seen if s.operation == UNLOCK
    ]
    assert protocols == ["application/json", "application/soap+xml"]
    assert proxy.applied[UNLOCK] == 1 and door_mode(device[1], locked) == "Unlocked"


@pytest.mark.parametrize("kind", ["drop_after", "truncate", "status_after"])
def test_a_write_executed_before_the_fault_is_applied_exactly_once(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str, protocol: str, kind: str
) -> None:
    proxy.inject(kind, UNLOCK, status=500)
    with make_client(proxy, protocol) as client, pytest.raises(TransportError) as info:
        client.call(UNLOCK, {"Token": locked})
    assert info.value.request_sent and NOT_RETRIED in str(info.value)
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 1
    assert door_mode(device[1], locked) == "Unlocked"


def test_a_write_whose_answer_is_garbage_is_applied_once_and_reported(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str, protocol: str
) -> None:
    proxy.inject("garbage", UNLOCK)
    with make_client(proxy, protocol) as client, pytest.raises(DecodeError):
        client.call(UNLOCK, {"Token": locked})
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 1


def test_a_slow_write_times_out_once_and_is_not_repeated(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str
) -> None:
    # The device applies it at once and answers 2 s after the client gave up: the 1 s
    # timeout leaves the proxy ample time to have forwarded it, even on a busy machine.
    proxy.inject("slow", UNLOCK, delay=3.0)
    with make_client(proxy, timeout=1.0) as client, pytest.raises(VapixTimeoutError) as info:
        client.call(UNLOCK, {"Token": locked})
    assert info.value.request_sent and NOT_RETRIED in str(info.value)
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 1


def test_a_write_is_retried_when_the_connection_was_refused(
    proxy: FaultProxy,
    device: tuple[str, DeviceState],
    locked: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A refused connection proves nothing left: the write goes out again, and is applied
    once (the device reboots; the client's pooled connections die with it)."""
    # The port opens again after 0.1 s; the retries come 0.5 s and 1.5 s after the refusal.
    monkeypatch.setattr("pyvapix._engine.plan.RETRY_BACKOFF", 0.5)
    with make_client(proxy) as client:
        proxy.refuse_for(0.1)
        client.call(UNLOCK, {"Token": locked})
    assert proxy.received[UNLOCK] == 1 and proxy.applied[UNLOCK] == 1
    assert door_mode(device[1], locked) == "Unlocked"


def test_a_write_gives_up_when_the_device_stays_unreachable(proxy: FaultProxy) -> None:
    with make_client(proxy, retries=1) as client:
        token = first_door(client)
        proxy.refuse_for(5.0)
        with pytest.raises(TransportError) as info:
            client.call(UNLOCK, {"Token": token})
    assert not info.value.request_sent and info.value.attempts == 2
    assert "could not connect" in str(info.value) and "after 2 attempts" in str(info.value)
    assert proxy.received[UNLOCK] == 0


@pytest.mark.parametrize(
    "kind", ["drop_before", "drop_after", "truncate", "status", "status_after"]
)
def test_reads_are_retried_through_connection_trouble_and_503(
    proxy: FaultProxy, locked: str, protocol: str, kind: str
) -> None:
    proxy.inject(kind, STATE, times=2, status=503)
    with make_client(proxy, protocol) as client:
        state = client.call(STATE, {"Token": locked})
    assert pyvapix.to_plain(state)["DoorState"]["DoorMode"] == "Locked"
    assert proxy.received[STATE] == 3


def test_retries_back_off(proxy: FaultProxy, locked: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pyvapix._engine.plan.RETRY_BACKOFF", 0.2)
    proxy.inject("status", STATE, times=2, status=503)
    with make_client(proxy) as client:
        started = time.monotonic()
        client.call(STATE, {"Token": locked})
        elapsed = time.monotonic() - started
    assert proxy.received[STATE] == 3
    assert elapsed >= 0.2 + 0.4  # 0.2 s, then 0.4 s


def test_reads_give_up_after_the_retries_with_the_count(proxy: FaultProxy, locked: str) -> None:
    proxy.inject("drop_after", STATE, times=10)
    with make_client(proxy, retries=2) as client, pytest.raises(TransportError) as info:
        client.call(STATE, {"Token": locked})
    assert info.value.attempts == 3 and "after 3 attempts" in str(info.value)
    assert proxy.received[STATE] == 3


def test_a_500_is_not_retried_even_for_a_read(proxy: FaultProxy, locked: str) -> None:
    """500 says the device failed at the request: asking again would not help."""
    proxy.inject("status", STATE, status=500)
    with make_client(proxy) as client, pytest.raises(TransportError) as info:
        client.call(STATE, {"Token": locked})
    assert info.value.status_code == 500 and proxy.received[STATE] == 1


def test_a_slow_answer_within_the_timeout_is_fine(proxy: FaultProxy, locked: str) -> None:
    proxy.inject("slow", UNLOCK, delay=0.3)
    with make_client(proxy, timeout=2.0) as client:
        client.call(UNLOCK, {"Token": locked})
    assert proxy.received[UNLOCK] == proxy.applied[UNLOCK] == 1


def test_the_async_client_keeps_the_same_promises(
    proxy: FaultProxy, device: tuple[str, DeviceState], locked: str
) -> None:
    import asyncio

    proxy.inject("drop_after", UNLOCK)
    proxy.inject("drop_after", STATE)

    async def scenario() -> None:
        async with pyvapix.AsyncClient(
            proxy.url, "root", "pass", protocol="soap", timeout=2.0
        ) as client:
            await client.call("tdc:GetDoorInfoList", {})
            with pytest.raises(TransportError) as info:
                await client.call(UNLOCK, {"Token": locked})
            assert NOT_RETRIED in str(info.value)
            await client.call(STATE, {"Token": locked})

    asyncio.run(scenario())
    assert proxy.received[UNLOCK] == proxy.applied[UNLOCK] == 1
    assert proxy.received[STATE] == 2


ODD_SUCCESSES = {
    "empty": (b"", "application/json"),
    "text": (b"OK", "text/plain"),
    "html": (b"<html><body>Welcome</body></html>", "text/html"),
}


@pytest.mark.parametrize("answer", sorted(ODD_SUCCESSES))
@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_write_answered_200_with_something_else_is_not_sent_again_over_soap(
    proxy: FaultProxy,
    device: tuple[str, DeviceState],
    locked: str,
    answer: str,
    asynchronous: bool,
) -> None:
    """Under auto, a 200 from the JSON endpoint that is not JSON proves nothing about
    what ran: the door command is not repeated over SOAP, and the call fails, saying the
    device may have executed it."""
    body, content_type = ODD_SUCCESSES[answer]
    proxy.inject("answer_after", UNLOCK, status=200, body=body, content_type=content_type)

    async def in_asyncio() -> None:
        async with pyvapix.AsyncClient(proxy.url, "root", "pass", protocol="auto") as client:
            await client.call("tdc:GetDoorInfoList", {})  # authenticated from here on
            await client.call(UNLOCK, {"Token": locked})

    with pytest.raises(DecodeError) as info:
        if asynchronous:
            asyncio.run(in_asyncio())
        else:
            with make_client(proxy, "auto") as client:
                client.call(UNLOCK, {"Token": locked})
    assert NOT_RETRIED in str(info.value)
    assert proxy.received[UNLOCK] == proxy.applied[UNLOCK] == 1
    assert [s.headers["content-type"] for s in proxy.seen if s.operation == UNLOCK] == [
        "application/json"
    ]


def test_a_read_answered_200_with_html_falls_back_to_soap(
    proxy: FaultProxy, device: tuple[str, DeviceState]
) -> None:
    """A read may be repeated: the HTML page some firmware serves at an unknown endpoint
    sends it over SOAP, once, and later calls go straight to SOAP."""
    with make_client(proxy, "auto") as client:
        token = first_door(client)
        proxy.inject("answer_after", STATE, status=200, body=b"<html/>", content_type="text/html")
        client.call(STATE, {"Token": token})
        client.call(STATE, {"Token": token})
    protocols = [
        s.headers["content-type"].split(";")[0] for s in proxy.seen if s.operation == STATE
    ]
    assert protocols == ["application/json", "application/soap+xml", "application/soap+xml"]
