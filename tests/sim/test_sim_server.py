"""The simulator over real HTTP (uvicorn in a thread), the async transport, persistence and
concurrency."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pyvapix
from pyvapix.sim import DeviceState, async_transport, running

from .conftest import BASE


def _user(name: str) -> dict[str, object]:
    return {"User": [{"token": "", "Name": name}]}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running() as url:
        yield url


@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_a_client_over_real_http(base_url: str, protocol: str) -> None:
    with pyvapix.Client(base_url, "root", "pass", protocol=protocol) as client:  # type: ignore[arg-type]
        door = client.call("tdc:GetDoorInfoList", {}).door_info[0].token
        client.call("tdc:UnlockDoor", {"Token": door})
        assert (
            pyvapix.to_plain(client.call("tdc:GetDoorState", {"Token": door}))["DoorState"][
                "DoorMode"
            ]
            == "Unlocked"
        )


def test_oversized_and_malformed_requests_over_real_http(base_url: str) -> None:
    with httpx.Client(base_url=base_url, auth=httpx.DigestAuth("root", "pass")) as http:
        assert http.post("/vapix/pacs", content=b"x" * (3 * 1024 * 1024)).status_code == 413
        assert http.post("/vapix/services", content=b"<<<").status_code == 400
        assert http.post("/vapix/pacs", content=b"\x00\xff").status_code == 400
        assert http.post("/vapix/pacs", content=b'{"axudb:GetUserList": {}}').status_code == 200
    port = int(base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        raw.sendall(b"POST /vapix/pacs HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n")
        assert raw.makefile("rb").readline().startswith(b"HTTP/1.1 413")  # however it arrives
    with httpx.Client(base_url=base_url, auth=httpx.DigestAuth("root", "pass")) as http:
        assert http.post("/vapix/pacs", content=b'{"axudb:GetUserList": {}}').status_code == 200


def test_the_state_file_keeps_the_configuration(tmp_path: Path) -> None:
    path = tmp_path / "device.json"
    with (
        running(state_file=path) as url,
        pyvapix.Client(url, "root", "pass", protocol="json") as client,
    ):
        token = client.call("axudb:SetUser", _user("Kept")).token[0]
        client.call("aconn:SetStandAloneMode", {"StandAlone": False})
    saved = json.loads(path.read_text())
    assert saved["entities"]["User"][token]["Name"] == "Kept"
    assert not list(tmp_path.glob(".device.json.*"))  # no temporary files left
    with (
        running(state_file=path) as url,
        pyvapix.Client(url, "root", "pass", protocol="soap") as client,
    ):
        assert [u.name for u in client.call("axudb:GetUser", {"Token": [token]}).user] == ["Kept"]
        assert client.call("aconn:GetStandAloneMode", {}).stand_alone is False
    assert DeviceState.load(path).store.get("User", token) is not None


def test_the_async_transport() -> None:
    state = DeviceState()

    async def scenario() -> list[str]:
        async with pyvapix.AsyncClient(
            BASE, "root", "pass", protocol="soap", transport=async_transport(state)
        ) as client:
            await client.call("axudb:SetUser", _user("Async"))
            return [u.name async for u in client.axudb.iter_user_list(limit=1)]

    assert asyncio.run(scenario()) == ["Async"]


@pytest.mark.slow
def test_concurrent_writes_lose_nothing() -> None:
    state = DeviceState()

    async def scenario(url: str) -> set[str]:
        async with pyvapix.AsyncClient(
            url, "root", "pass", protocol="json", max_connections=50, timeout=30
        ) as client:
            answers = await asyncio.gather(
                *(client.call("axudb:SetUser", _user(f"user{i}")) for i in range(200))
            )
            listed = [u async for u in client.axudb.iter_user_list(limit=100)]
        assert sorted(u.name for u in listed) == sorted(f"user{i}" for i in range(200))
        return {token for answer in answers for token in answer.token}

    with running(state=state) as url:
        tokens = asyncio.run(scenario(url))
    assert len(tokens) == 200 and set(state.store.keys("User")) == tokens
