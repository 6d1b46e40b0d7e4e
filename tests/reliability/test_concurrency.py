"""200 concurrent calls from one AsyncClient against the simulator over HTTP, through the
fault proxy that counts connections and executions: no errors, never more connections than
``max_connections``, every write applied exactly once, even while reads around them are
being retried through injected faults."""

from __future__ import annotations

import asyncio
import time

import pytest

import pyvapix
from pyvapix.sim import DeviceState

from .conftest import STATE
from .faultproxy import FaultProxy

SET_USER = "axudb:SetUser"
STATE_LIST = "tdc:GetDoorInfoList"
WRITES, READS, MAX_CONNECTIONS = 150, 50, 10


@pytest.mark.slow
@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_200_concurrent_calls_apply_every_write_once(
    device: tuple[str, DeviceState], proxy: FaultProxy, protocol: str
) -> None:
    state = device[1]
    proxy.inject("status", STATE, times=10, status=503)
    proxy.inject("drop_after", STATE, times=10)

    async def scenario() -> tuple[list[object], list[object]]:
        async with pyvapix.AsyncClient(
            proxy.url,
            "root",
            "pass",
            protocol=protocol,  # type: ignore[arg-type]
            max_connections=MAX_CONNECTIONS,
            timeout=30,
            # Which read meets which of the 20 faults depends on scheduling: room for 8
            # in a row on one read (the backoff, 10 ms doubled, stays under 3 s).
            retries=8,
        ) as client:
            door = (await client.call("tdc:GetDoorInfoList", {})).door_info[0].token
            writes = [
                client.call(SET_USER, {"User": [{"token": "", "Name": f"{protocol}-{i}"}]})
                for i in range(WRITES)
            ]
            reads = [client.call(STATE, {"Token": door}) for _ in range(READS)]
            answers = await asyncio.gather(*writes, *reads)
            return answers[:WRITES], answers[WRITES:]

    written, read = asyncio.run(scenario())
    tokens = {token for answer in written for token in answer.token}  # type: ignore[attr-defined]
    assert len(tokens) == WRITES and len(read) == READS
    assert proxy.received[SET_USER] == proxy.applied[SET_USER] == WRITES  # once each
    assert proxy.received[STATE] == READS + 20  # the faulted reads were retried
    assert 1 < proxy.max_open_connections <= MAX_CONNECTIONS
    with state.lock:
        names = [state.store.get("User", t)["Name"] for t in tokens]  # type: ignore[index]
    assert sorted(names) == sorted(f"{protocol}-{i}" for i in range(WRITES))


def test_an_idle_connection_is_not_reused_once_a_server_may_close_it(proxy: FaultProxy) -> None:
    """Servers close idle connections (uvicorn after 5 s, devices too); a request written
    into one the server is closing may or may not have been read, and a write could not be
    repeated. So the client drops its idle connections first (after KEEPALIVE_EXPIRY)."""
    from pyvapix._client import KEEPALIVE_EXPIRY

    with pyvapix.Client(proxy.url, "root", "pass") as client:
        client.call(STATE_LIST, {})
        client.call(STATE_LIST, {})
        reused = proxy.accepted_connections
        time.sleep(KEEPALIVE_EXPIRY + 0.5)
        client.call(STATE_LIST, {})
    assert proxy.accepted_connections == reused + 1
    assert KEEPALIVE_EXPIRY < 5  # below the common server-side idle timeout
