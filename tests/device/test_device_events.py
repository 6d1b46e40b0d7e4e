"""A live event session as integrations run it, live against the simulator and from its
cassette: subscribe to door modes, see the doors' state, send a door command and see its
event, renew, leave. The event service is SOAP only, whatever the client's protocol."""

from __future__ import annotations

import pytest

import pyvapix
from pyvapix import Event
from pyvapix._services import Protocol

DOOR_MODE = "tns1:Door/State/DoorMode"


@pytest.fixture(params=["auto"])
def protocol(request: pytest.FixtureRequest) -> Protocol:
    return request.param  # type: ignore[no-any-return]


def test_a_subscription_session(device: pyvapix.Client) -> None:
    token = device.tdc.get_door_info_list().door_info[0].token
    device.tdc.lock_door(token=token)
    with device.events.subscribe(DOOR_MODE, pull_seconds=1) as events:
        initial = events.pull()
        assert {i.operation for i in initial if isinstance(i, Event)} == {"Initialized"}
        assert len(initial) == len(device.tdc.get_door_info_list().door_info)
        device.tdc.block_door(token=token)
        (changed,) = events.pull()
        assert isinstance(changed, Event) and changed.operation == "Changed"
        assert (changed.door_token, changed.state.value) == (token, "Blocked")  # type: ignore[attr-defined]
        events.renew()
        assert events.pull() == []  # nothing more happened: the pull waited its second out
