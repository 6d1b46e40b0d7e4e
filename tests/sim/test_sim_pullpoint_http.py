"""The event service over real HTTP (``pyvapix.sim.running``) with Digest authentication,
driven by plain httpx and lxml: the Axis-documented CreatePullPointSubscription,
PullMessages, Renew and Unsubscribe with the SubscriptionId header get the door events a
``tdc:AccessDoor`` from another client causes; long polls hold no worker thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from pyvapix.sim import running

from .pullpoint import Answer, RawEventClient

DOOR_INFO = (
    '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>'
    '<GetDoorInfoList xmlns="http://www.onvif.org/ver10/doorcontrol/wsdl"/></s:Body></s:Envelope>'
)


def access_door(token: str) -> bytes:
    return (
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>'
        '<AccessDoor xmlns="http://www.onvif.org/ver10/doorcontrol/wsdl">'
        f"<Token>{token}</Token></AccessDoor></s:Body></s:Envelope>"
    ).encode()


@pytest.fixture
def base_url() -> Iterator[str]:
    """A fresh device per test: an AccessDoor's door locks again 7 s later, on its own."""
    with running() as url:
        yield url


def http() -> httpx.Client:
    return httpx.Client(auth=httpx.DigestAuth("root", "pass"), timeout=30)


def raw_client(session: httpx.Client, base_url: str) -> RawEventClient:
    def send(action: str, body: bytes) -> tuple[int, bytes]:
        answer = session.post(
            f"{base_url}/vapix/services",
            content=body,
            headers={"Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"'},
        )
        return answer.status_code, answer.content

    return RawEventClient(send, f"{base_url}/vapix/services")


def first_door(session: httpx.Client, base_url: str) -> str:
    answer = session.post(
        f"{base_url}/vapix/services",
        content=DOOR_INFO,
        headers={"Content-Type": "application/soap+xml"},
    )
    start = answer.text.index('token="') + len('token="')
    return answer.text[start : answer.text.index('"', start)]


def test_a_raw_soap_client_gets_the_events_of_an_access_door(base_url: str) -> None:
    with http() as events_session, http() as commands:
        raw = raw_client(events_session, base_url)
        door = first_door(commands, base_url)
        created = raw.create(topics="tns1:Door/State/DoorMode", changed_only=True)
        assert created.status == 200 and raw.subscription is not None
        pulled: list[Answer] = []
        waiting = threading.Thread(target=lambda: pulled.append(raw.pull("PT20S", 10)))
        waiting.start()
        answer = commands.post(
            f"{base_url}/vapix/services",
            content=access_door(door),
            headers={"Content-Type": "application/soap+xml"},
        )
        assert answer.status_code == 200
        waiting.join(30)
        modes = [(n.source["DoorToken"], n.data["State"]) for n in pulled[0].notifications()]
        assert modes == [(door, "Accessed")]
        assert raw.renew("PT300S").fault == []
        assert raw.unsubscribe().fault == []
        assert raw.pull("PT0S").fault[1] == "wsrf-rw:ResourceUnknownFault"


def test_waiting_pulls_hold_no_thread(base_url: str) -> None:
    """More pulls wait at once than the server has worker threads (a 2-core machine has 6),
    and other requests are still served; one event then answers them all."""
    count = 8
    sessions = [http() for _ in range(count + 1)]
    try:
        clients = [raw_client(s, base_url) for s in sessions[:count]]
        for each in clients:
            assert each.create(topics="tns1:Door/State/DoorMode", changed_only=True).fault == []
        answers: dict[int, Answer] = {}
        threads = [
            threading.Thread(target=lambda i=i: answers.__setitem__(i, clients[i].pull("PT60S")))
            for i in range(count)
        ]
        for thread in threads:
            thread.start()
        door = first_door(sessions[-1], base_url)  # served while all of them wait
        assert not answers  # none answered yet: nothing happened
        sessions[-1].post(
            f"{base_url}/vapix/services",
            content=access_door(door),
            headers={"Content-Type": "application/soap+xml"},
        )
        for thread in threads:
            thread.join(30)
        assert sorted(answers) == list(range(count))
        for answer in answers.values():
            assert [n.data["State"] for n in answer.notifications()] == ["Accessed"]
        for each in clients:
            each.unsubscribe()
    finally:
        for session in sessions:
            session.close()


def test_a_client_that_goes_away_mid_pull_loses_no_event(base_url: str) -> None:
    """The abandoned pull takes nothing from the queue: the next pull gets the event."""
    with http() as session, http() as commands:
        raw = raw_client(session, base_url)
        door = first_door(commands, base_url)
        raw.create(topics="tns1:Door/State/DoorMode", changed_only=True)
        with httpx.Client(auth=httpx.DigestAuth("root", "pass"), timeout=0.5) as impatient:
            gone = raw_client(impatient, base_url)
            gone.subscription = raw.subscription
            with pytest.raises(httpx.ReadTimeout):
                gone.pull("PT30S")
        for _ in range(200):  # until the server has noticed the client went away
            probe = raw.pull("PT0S")
            if probe.fault != ["env:Receiver", "wsntw:UnableToGetMessagesFault"]:
                break
            threading.Event().wait(0.05)
        assert probe.fault == [] and probe.notifications() == []
        commands.post(
            f"{base_url}/vapix/services",
            content=access_door(door),
            headers={"Content-Type": "application/soap+xml"},
        )
        got = raw.pull("PT5S").notifications()
        assert [n.data["State"] for n in got] == ["Accessed"]
        raw.unsubscribe()
