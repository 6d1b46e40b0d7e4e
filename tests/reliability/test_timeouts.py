"""No call hangs: a device that accepts and never answers, answers late, or trickles its
answer a byte at a time is given up on within the timeout (per attempt; reads are retried,
so a read takes at most (retries + 1) x timeout plus the backoff). Long-polling operations
get their own, longer timeout. Each call runs under a watchdog that fails the test instead
of hanging the suite."""

from __future__ import annotations

import asyncio
import dataclasses
import time

import pytest

import pyvapix
from pyvapix import VapixTimeoutError
from pyvapix._catalogue import default_catalogue

from .conftest import STATE, UNLOCK, bounded, first_door, make_client
from .faultproxy import FaultProxy

# Seconds a loaded 2-core machine may add to a call on top of the timeouts it waits out
# (threads to schedule, the proxy, the simulator, the 401 round trip). The upper bounds
# below are "the timeouts + SLACK": far below what a call that ignored its timeout would
# take (the watchdog's 5 s, the answer's full drip time, the library default of 10 s).
SLACK = 3.0


@pytest.mark.parametrize("kind", ["stall", "stall_after"])
def test_a_device_that_never_answers_times_out(proxy: FaultProxy, kind: str) -> None:
    proxy.inject(kind, UNLOCK)
    with make_client(proxy, timeout=0.3) as client:
        token = first_door(client)
        error, elapsed = bounded(5, lambda: client.call(UNLOCK, {"Token": token}))
    assert isinstance(error, VapixTimeoutError) and error.request_sent
    assert "no answer within 0.3 s" in str(error)
    assert 0.3 <= elapsed < 0.3 + SLACK  # waited the timeout out, then gave up
    assert proxy.received[UNLOCK] == 1  # a write: never sent twice


def test_a_stalled_read_is_retried_and_still_bounded(proxy: FaultProxy) -> None:
    proxy.inject("stall", STATE, times=10)
    with make_client(proxy, timeout=0.2, retries=2) as client:
        token = first_door(client)
        error, elapsed = bounded(5, lambda: client.call(STATE, {"Token": token}))
    assert isinstance(error, VapixTimeoutError) and error.attempts == 3
    assert proxy.received[STATE] == 3 and 0.6 <= elapsed < 0.6 + SLACK  # three attempts


def test_a_trickling_answer_is_cut_off_at_the_deadline(proxy: FaultProxy) -> None:
    """One byte every 50 ms never trips a read timeout; the attempt's deadline does (the
    whole answer, a few hundred bytes, would take over 10 s)."""
    proxy.inject("drip", STATE, delay=0.05)
    with make_client(proxy, timeout=0.5, retries=0) as client:
        token = first_door(client)
        error, elapsed = bounded(5, lambda: client.call(STATE, {"Token": token}))
    assert isinstance(error, VapixTimeoutError), error
    assert elapsed < 0.5 + SLACK


def test_the_async_client_is_bounded_too(proxy: FaultProxy) -> None:
    proxy.inject("drip", STATE, delay=0.05)
    proxy.inject("stall", UNLOCK)

    async def scenario() -> list[BaseException]:
        async with pyvapix.AsyncClient(
            proxy.url, "root", "pass", protocol="json", timeout=0.4, retries=0
        ) as client:
            token = (await client.call("tdc:GetDoorInfoList", {})).door_info[0].token
            calls = [client.call(STATE, {"Token": token}), client.call(UNLOCK, {"Token": token})]
            results = await asyncio.gather(*calls, return_exceptions=True)
            return [r for r in results if isinstance(r, BaseException)]

    errors, elapsed = bounded(5, lambda: asyncio.run(scenario()))
    assert isinstance(errors, list) and len(errors) == 2
    # Both calls run at once: one timeout (0.4 s) for both, not one after the other.
    assert all(isinstance(e, VapixTimeoutError) for e in errors) and elapsed < 0.4 + SLACK


def test_long_polling_operations_have_their_own_timeout(
    proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marked long-poll (none of PACS is; a future event pull would be): the long timeout,
    unless the call names its own. Other operations keep the short one. The answers come
    1 s late: 0.8 s after the short timeout, SLACK before the long one."""
    operation = default_catalogue().operation(STATE)
    monkeypatch.setattr(operation, "info", dataclasses.replace(operation.info, long_poll=True))
    with make_client(proxy, timeout=0.2, long_poll_timeout=1.0 + SLACK, retries=0) as client:
        token = first_door(client)
        proxy.inject("slow", STATE, delay=1.0)
        client.call(STATE, {"Token": token})  # waits past timeout=0.2
        proxy.inject("slow", STATE, delay=1.0)
        with pytest.raises(VapixTimeoutError):
            client.call(STATE, {"Token": token}, timeout=0.2)  # the call's own wins
        proxy.inject("slow", "tdc:GetDoorInfo", delay=1.0)
        with pytest.raises(VapixTimeoutError):
            client.call("tdc:GetDoorInfo", {"Token": [token]})


def test_the_timeout_can_be_raised_per_call(proxy: FaultProxy) -> None:
    with make_client(proxy, timeout=0.2, retries=0) as client:
        token = first_door(client)
        proxy.inject("slow", UNLOCK, delay=0.4)  # twice the client's timeout
        client.call(UNLOCK, {"Token": token}, timeout=0.4 + SLACK)
    assert proxy.applied[UNLOCK] == 1


def test_timeouts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        pyvapix.Client("http://device", timeout=0)
    with pytest.raises(ValueError, match="positive"):
        pyvapix.AsyncClient("http://device", long_poll_timeout=-1)


def test_decoding_an_answer_at_the_size_limit_is_bounded() -> None:
    """The deadline covers the transfer; decoding follows it. README promises what the
    default max_response_bytes costs to decode: a few seconds on a 2-core machine. The
    bound here is generous (a loaded machine must pass); it fails on a decoder that went
    quadratic or a limit raised without thought."""
    from bench.payloads import access_point_info_list_soap
    from pyvapix._client import DEFAULT_MAX_RESPONSE_BYTES

    items = 1000
    sample = access_point_info_list_soap(items)
    payload = access_point_info_list_soap(items * DEFAULT_MAX_RESPONSE_BYTES // len(sample))
    assert 0.9 * DEFAULT_MAX_RESPONSE_BYTES < len(payload) <= 1.01 * DEFAULT_MAX_RESPONSE_BYTES
    started = time.monotonic()
    answer = pyvapix.decode("tac:GetAccessPointInfoList", payload, protocol="soap")
    elapsed = time.monotonic() - started
    assert len(answer.access_point_info) > 50_000
    assert elapsed < 30, f"decoding {len(payload)} bytes took {elapsed:.1f} s"
