"""Every test here runs twice per protocol: live against the in-process simulator, and from
its cassette (recorded from the simulator, or from a real controller: see README)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, cast

import pytest

import pyvapix
from pyvapix import sim
from pyvapix._services import Protocol

from . import recording

DEVICE_URL = os.environ.get("PYVAPIX_DEVICE_URL")


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("same_call", recording.same_call)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["same_call"],
        "before_record_request": recording.before_record_request,
        "before_record_response": recording.before_record_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(params=["json", "soap"])
def protocol(request: pytest.FixtureRequest) -> Protocol:
    return cast(Protocol, request.param)


@pytest.fixture(params=["sim", pytest.param("cassette", marks=pytest.mark.vcr)])
def device(request: pytest.FixtureRequest, protocol: Protocol) -> Iterator[pyvapix.Client]:
    """A client over ``protocol``: live against a fresh simulator, or from the cassette.

    Recording (``--record-mode=once`` or ``rewrite``) goes to the simulator, or to the real
    controller named by PYVAPIX_DEVICE_URL / PYVAPIX_DEVICE_USER / PYVAPIX_DEVICE_PASSWORD.
    """
    recording_real = (
        request.param == "cassette"
        and DEVICE_URL
        and (request.config.getoption("--record-mode") not in (None, "none"))
    )
    if recording_real:
        client = pyvapix.Client(
            DEVICE_URL or "",
            os.environ.get("PYVAPIX_DEVICE_USER", "root"),
            os.environ.get("PYVAPIX_DEVICE_PASSWORD", ""),
            protocol=protocol,
            verify=False,
        )
    else:
        client = pyvapix.Client(
            "http://192.0.2.10",
            "root",
            "pass",
            protocol=protocol,
            transport=sim.transport(),
            retries=0,
        )
    with client:
        yield client
