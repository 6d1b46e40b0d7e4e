"""Fixtures of the simulator tests: a device on a pinned clock, clients over both protocols
through the in-process transport, and raw requests for what a client would never send."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import pyvapix
from pyvapix.sim import DeviceState, Simulator, transport

BASE = "http://sim.test"
BASIC = "Basic " + base64.b64encode(b"root:pass").decode()
# A Wednesday at 10:00 (device time is UTC): office hours, not a weekend.
WEDNESDAY_10 = datetime(2024, 5, 15, 10, 0, tzinfo=UTC)


class FakeClock:
    """A device clock that moves only when told to."""

    def __init__(self, start: datetime = WEDNESDAY_10) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(clock: FakeClock) -> DeviceState:
    return DeviceState(clock=clock)


@pytest.fixture(params=["json", "soap"])
def protocol(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(state: DeviceState, protocol: str) -> Iterator[pyvapix.Client]:
    """A client of the fixture's device, in each protocol."""
    with pyvapix.Client(
        BASE,
        "root",
        "pass",
        protocol=protocol,  # type: ignore[arg-type]
        transport=transport(state),
    ) as each:
        yield each


@pytest.fixture
def clients(state: DeviceState) -> Iterator[dict[str, pyvapix.Client]]:
    """One client per protocol, on the same device."""
    made = {
        p: pyvapix.Client(
            BASE,
            "root",
            "pass",
            protocol=p,  # type: ignore[arg-type]
            transport=transport(state),
        )
        for p in ("json", "soap")
    }
    yield made
    for each in made.values():
        each.close()


@pytest.fixture
def simulator(state: DeviceState) -> Simulator:
    return Simulator(state)


def post(
    simulator: Simulator, path: str, body: bytes | str, **headers: str
) -> tuple[int, dict[str, str], bytes]:
    """A raw authenticated POST straight into the handler."""
    content = body.encode() if isinstance(body, str) else body
    status, answer, payload = simulator.handle(
        "POST", path, {"Authorization": BASIC, **headers}, content
    )
    return status, {k.lower(): v for k, v in answer}, payload


def soap_envelope(inner: str, **namespaces: str) -> str:
    declared = " ".join(f'xmlns:{p}="{uri}"' for p, uri in namespaces.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" {declared}>'
        f"<env:Body>{inner}</env:Body></env:Envelope>"
    )


def plain(model: Any) -> Any:
    return pyvapix.to_plain(model)
