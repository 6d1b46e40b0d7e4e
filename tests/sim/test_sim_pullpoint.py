"""The event service of the simulator, driven by a raw SOAP client (tests/sim/pullpoint.py)
in-process: subscriptions, filters, the SubscriptionId header, termination and Renew, the
documented faults, bounded ordered queues, property values, and one source for the live
stream and the event log."""

from __future__ import annotations

import asyncio
import itertools
import threading

import httpx
import pytest
from lxml import etree
from pyvapix.generated import events as catalogue

import pyvapix
from pyvapix import _events
from pyvapix.sim import DeviceState, Simulator, async_transport
from pyvapix.sim import events as sim_events
from pyvapix.sim.pullpoints import MAX_PULL_POINTS, QUEUE_LIMIT

from .conftest import BASIC, FakeClock
from .pullpoint import (
    ACTIONS,
    AXEV,
    TEV,
    WSA,
    WSNT,
    Answer,
    Notification,
    RawEventClient,
    envelope,
)

URL = "http://sim.test/vapix/services"
NIGHT = (
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240101T220000\nDTEND:20240102T060000\n"
    "RRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR"
)
OFFICE = (
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240101T080000\nDTEND:20240101T103000\n"
    "RRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR"
)


@pytest.fixture
def raw(simulator: Simulator) -> RawEventClient:
    def send(action: str, body: bytes) -> tuple[int, bytes]:
        headers = {
            "Authorization": BASIC,
            "Content-Type": f'application/soap+xml; charset=utf-8; action="{action}"',
        }
        status, _, content = simulator.handle("POST", "/vapix/services", headers, body)
        return status, content

    return RawEventClient(send, URL)


@pytest.fixture
def door(state: DeviceState) -> str:
    return next(state.store.keys("Door"))


def _modes(answer: Answer) -> list[tuple[str, str, str | None]]:
    return [
        (n.topic, n.data.get("State", ""), n.operation)
        for n in answer.notifications()
        if n.topic.startswith("tns1:Door/State/")
    ]


def test_a_subscription_gets_the_door_events_of_a_door_command(
    raw: RawEventClient, client: pyvapix.Client, door: str, clock: FakeClock
) -> None:
    created = raw.create(topics="tns1:Door/State/DoorMode|tns1:Door/State/LockPhysicalState")
    assert created.status == 200 and created.fault == []
    assert raw.subscription == "1" and raw.address == URL
    assert created.header("Action") == f"{TEV}/EventPortType/CreatePullPointSubscriptionResponse"
    assert created.header(
        "RelatesTo",
    ).startswith("urn:uuid:")  # type: ignore[union-attr]
    first = raw.pull(timeout="PT0S")  # the current values, as Initialized
    assert ("tns1:Door/State/DoorMode", "Locked", "Initialized") in _modes(first)
    assert ("tns1:Door/State/LockPhysicalState", "Locked", "Initialized") in _modes(first)
    assert len(first.notifications()) == 4  # two doors, two properties each

    client.tdc.access_door(token=door)
    accessed = raw.pull(timeout="PT0S")
    assert _modes(accessed) == [
        ("tns1:Door/State/DoorMode", "Accessed", "Changed"),
        ("tns1:Door/State/LockPhysicalState", "Unlocked", "Changed"),
    ]
    assert {n.source["DoorToken"] for n in accessed.notifications()} == {door}
    assert accessed.header("Action") == f"{TEV}/PullPointSubscription/PullMessagesResponse"
    clock.advance(8)  # the access time (7 s) is over
    assert _modes(raw.pull(timeout="PT0S")) == [
        ("tns1:Door/State/DoorMode", "Locked", "Changed"),
        ("tns1:Door/State/LockPhysicalState", "Locked", "Changed"),
    ]
    assert raw.pull(timeout="PT0S").notifications() == []


def test_filters_select_topics_and_items(
    raw: RawEventClient, client: pyvapix.Client, state: DeviceState, door: str
) -> None:
    other = next(t for t in state.store.keys("Door") if t != door)
    raw.create(
        topics="tns1:Door//.",
        content=f'boolean(//tt:SimpleItem[@Name="DoorToken" and @Value="{door}"]) and '
        'NOT(boolean(//tt:SimpleItem[@Name="State" and @Value="Closed"]))',
    )
    initial = raw.pull(timeout="PT0S").notifications()
    assert {n.source["DoorToken"] for n in initial} == {door}
    assert "Closed" not in {n.data.get("State") for n in initial}
    client.tdc.block_door(token=other)
    client.tdc.block_door(token=door)
    assert [(n.topic, n.data["State"]) for n in raw.pull(timeout="PT0S").notifications()] == [
        ("tns1:Door/State/DoorMode", "Blocked")
    ]


def test_the_subscription_id_header_is_required_and_checked(raw: RawEventClient) -> None:
    raw.create()
    known = raw.subscription
    raw.subscription = None
    missing = raw.pull(timeout="PT0S")
    assert (missing.status, missing.fault) == (400, ["env:Sender", "ter:InvalidArgs"])
    raw.subscription = "999"
    unknown = raw.pull(timeout="PT0S")
    assert (unknown.status, unknown.fault) == (
        500,
        ["env:Receiver", "wsrf-rw:ResourceUnknownFault"],
    )
    # The subcode's prefix is declared where it is used.
    assert unknown.body.nsmap["wsrf-rw"] == "http://docs.oasis-open.org/wsrf/rw-2"
    raw.subscription = known
    assert raw.pull(timeout="PT0S").fault == []


def test_termination_renew_and_unsubscribe(raw: RawEventClient, clock: FakeClock) -> None:
    raw.create(termination="PT60S")
    clock.advance(61)
    assert raw.pull(timeout="PT0S").fault[1] == "wsrf-rw:ResourceUnknownFault"

    raw.create(termination="PT60S")
    renewed = raw.renew("PT600S")
    assert renewed.fault == [] and renewed.body.tag == f"{{{WSNT}}}RenewResponse"
    assert renewed.header("Action") == (
        "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/RenewResponse"
    )
    assert renewed.body.findtext(f"{{{WSNT}}}TerminationTime") == "2024-05-15T10:11:01.000000Z"
    clock.advance(120)
    assert raw.pull(timeout="PT0S").fault == []
    assert raw.renew("PT0S").fault[1] == "wsntw:UnacceptableTerminationTimeFault"
    assert raw.unsubscribe().fault == []
    assert raw.pull(timeout="PT0S").fault[1] == "wsrf-rw:ResourceUnknownFault"
    assert raw.unsubscribe().fault[1] == "wsrf-rw:ResourceUnknownFault"


@pytest.mark.parametrize(
    ("options", "fault"),
    [
        ({"topics": "tns1:Door//.|not a topic"}, "wsntw:InvalidTopicExpressionFault"),
        (
            {"content": "boolean(//tt:SimpleItem[@Colour='red'])"},
            "wsntw:InvalidMessageContentExpressionFault",
        ),
        ({"termination": "yesterday"}, "wsntw:UnacceptableInitialTerminationTimeFault"),
        ({"termination": "2000-01-01T00:00:00Z"}, "wsntw:UnacceptableInitialTerminationTimeFault"),
    ],
)
def test_bad_subscriptions_are_refused_whole(
    raw: RawEventClient, state: DeviceState, options: dict[str, str], fault: str
) -> None:
    answer = raw.create(**options)  # type: ignore[arg-type]
    assert answer.fault == ["env:Sender", fault]
    assert len(state.pullpoints) == 0


def test_an_unknown_topic_dialect_is_refused(raw: RawEventClient, state: DeviceState) -> None:
    answer = raw.call(
        "CreatePullPointSubscription",
        f'<CreatePullPointSubscription xmlns="{TEV}"><Filter>'
        f'<TopicExpression xmlns="{WSNT}" Dialect="urn:xpath">//Door</TopicExpression>'
        "</Filter></CreatePullPointSubscription>",
    )
    assert answer.fault == ["env:Sender", "wsntw:TopicExpressionDialectUnknownFault"]


def test_pull_points_are_limited(raw: RawEventClient, state: DeviceState) -> None:
    for _ in range(MAX_PULL_POINTS):
        assert raw.create().fault == []
    full = raw.create()
    assert full.fault == ["env:Receiver", "wsntw:SubscribeCreationFailedFault"]
    assert len(state.pullpoints) == MAX_PULL_POINTS
    raw.unsubscribe()
    assert raw.create().fault == []


def test_a_pull_over_the_maximum_timeout_is_a_fault(raw: RawEventClient) -> None:
    raw.create()
    answer = raw.pull(timeout="PT10M")
    assert answer.fault == ["env:Sender", "tev:PullMessagesFaultResponse"]
    assert "MaxTimeout PT120S" in "".join(answer.body.itertext())


def test_the_queue_is_bounded_and_keeps_order(raw: RawEventClient, state: DeviceState) -> None:
    raw.create(topics="tns1:Configuration//.")
    for number in range(QUEUE_LIMIT + 50):
        with state.lock:
            sim_events.log(
                state, "Configuration/Area/Changed", [sim_events.source("AreaToken", str(number))]
            )
    tokens = []
    while page := raw.pull(timeout="PT0S", limit=300).notifications():
        assert len(page) <= 300
        tokens += [int(n.source["AreaToken"]) for n in page]
    assert tokens == list(range(50, QUEUE_LIMIT + 50))  # the oldest 50 were dropped


def test_changed_only_and_synchronization_points(raw: RawEventClient) -> None:
    raw.create(topics="tns1:AccessPoint//.", changed_only=True)
    assert raw.pull(timeout="PT0S").notifications() == []
    raw.synchronize()
    assert raw.pull(timeout="PT0S").notifications() == []
    raw.create(topics="tns1:AccessPoint//.")
    assert len(raw.pull(timeout="PT0S").notifications()) == 2
    assert raw.synchronize().fault == []
    again = raw.pull(timeout="PT0S").notifications()
    assert [(n.topic, n.data, n.operation) for n in again] == [
        ("tns1:AccessPoint/State/Enabled", {"State": "true"}, "Initialized")
    ] * 2


def test_a_waiting_pull_answers_at_the_first_event(
    raw: RawEventClient, simulator: Simulator, door: str
) -> None:
    raw.create(topics="tns1:Door/State/DoorMode")
    raw.pull(timeout="PT0S")
    answers: list[Answer] = []
    waiting = threading.Thread(target=lambda: answers.append(raw.pull(timeout="PT60S")))
    waiting.start()
    while not simulator.state.pullpoints.get(
        raw.subscription or "", simulator.state.now()
    ).pulling:  # type: ignore[union-attr]
        threading.Event().wait(0.01)
    second = raw.pull(timeout="PT1S")  # a second pull on the same subscription meanwhile
    assert second.fault == ["env:Receiver", "wsntw:UnableToGetMessagesFault"]
    status, _, _ = simulator.handle(
        "POST",
        "/vapix/doorcontrol",
        {"Authorization": BASIC},
        b'{"tdc:BlockDoor": {"Token": "%s"}}' % door.encode(),
    )
    assert status == 200  # served while the pull waits
    waiting.join(30)
    assert [(n.topic, n.data["State"]) for n in answers[0].notifications()] == [
        ("tns1:Door/State/DoorMode", "Blocked")
    ]


def test_a_pull_that_times_out_answers_with_none(raw: RawEventClient) -> None:
    raw.create(topics="tns1:Door/State/DoorMode")
    raw.pull(timeout="PT0S")
    answer = raw.pull(timeout="PT0.3S")
    assert answer.fault == [] and answer.notifications() == []


def test_access_decisions_and_configuration_changes_are_events(
    raw: RawEventClient, client: pyvapix.Client, state: DeviceState, door: str
) -> None:
    raw.create(
        topics="tns1:AccessControl//.|tns1:IdPoint//.|tns1:Configuration//.|tns1:AccessPoint//."
    )
    raw.pull(timeout="PT0S")  # the access points' Initialized values
    access_point = state.store.entities("AccessPoint")[0]
    reader = access_point["IdPointDevice"][0]["IdPoint"]
    client.tac.external_authorization(access_point_token=access_point["token"], decision="Granted")
    client.call(
        "axtid:IndicateRemoteActivities", {"Token": reader, "Activities": [{"Type": "REX"}]}
    )
    client.tac.disable_access_point(token=access_point["token"])
    client.call(
        "axsch:SetSchedule",
        {"Schedule": [{"token": "", "Name": "Night", "ScheduleDefinition": NIGHT}]},
    )
    got = [(n.topic, n.source, n.data) for n in raw.pull(timeout="PT0S").notifications()]
    ap = {"AccessPointToken": access_point["token"]}
    assert got[:4] == [
        ("tns1:AccessControl/AccessGranted/Anonymous", ap, {"External": "true"}),
        ("tns1:IdPoint/tnsaxis:Activity", {"IdPointToken": reader}, {"Reason": "REX"}),
        ("tns1:IdPoint/tnsaxis:Request/REX", {"IdPointToken": reader}, {"REX": "Active"}),
        ("tns1:AccessControl/AccessGranted/Anonymous", ap, {}),
    ]
    assert got[4] == ("tns1:AccessPoint/State/Enabled", ap, {"State": "false"})
    assert got[5][0] == "tns1:Configuration/Schedule/Changed" and len(got) == 6


def test_the_live_stream_and_the_event_log_are_the_same_events(
    raw: RawEventClient, client: pyvapix.Client, door: str
) -> None:
    raw.create(changed_only=True)
    client.tdc.access_door(token=door)
    client.tdc.lock_down_door(token=door)
    answer = raw.pull(timeout="PT0S")
    live = _events.events_from_pull(_bytes(answer))
    logged = list(itertools.islice(client.axlog.events(descending=True), len(live)))[::-1]
    assert [type(e) for e in live] == [type(e) for e in logged] and len(live) == 4
    assert [(e.topic, e.time, e.source, e.data) for e in live] == [
        (e.topic, e.time, e.source, e.data) for e in logged
    ]
    assert isinstance(live[0], catalogue.DoorStateDoorMode)
    assert live[0].door_token == door and live[0].operation == "Changed"
    assert logged[0].operation is None and logged[0].logged.rowid > 0


@pytest.mark.parametrize("protocol", ["soap"])  # the event service is SOAP only
def test_get_event_properties_lists_the_topic_catalogue(client: pyvapix.Client) -> None:
    answer = client.tev.get_event_properties()
    roots = answer.topic_set.other_element
    door = next(r for r in roots if r.name == "Door").element
    mode = door.find(
        "{http://www.onvif.org/ver10/topics}State/{http://www.onvif.org/ver10/topics}DoorMode"
    )
    assert mode is not None and mode.get("{http://docs.oasis-open.org/wsn/t-1}topic") == "true"
    description = mode.find("{http://www.onvif.org/ver10/schema}MessageDescription")
    assert description is not None and description.get("IsProperty") == "true"
    items = {
        d.get("Name"): d.get("Type")
        for d in description.iter("{http://www.onvif.org/ver10/schema}SimpleItemDescription")
    }
    assert items == {"DoorToken": "pt:ReferenceToken", "State": "tdc:DoorMode"}
    leaves = sum(
        1
        for root in roots
        for node in root.element.iter()
        if node.get("{http://docs.oasis-open.org/wsn/t-1}topic") == "true"
    )
    assert leaves == len(catalogue.TOPICS)
    assert answer.fixed_topic_set.value is True


def test_global_distribution_adds_the_device_source(
    raw: RawEventClient, client: pyvapix.Client, state: DeviceState, door: str
) -> None:
    only_peers = 'boolean(//tt:SimpleItem[@Name="Device Source"])'
    raw.create(topics="tns1:Door/State/DoorMode", content=only_peers, changed_only=True)
    client.tdc.block_door(token=door)
    assert raw.pull(timeout="PT0S").notifications() == []  # distribution off: no source
    client.axloc.enable_global_distribution()
    client.tdc.lock_door(token=door)
    (event,) = raw.pull(timeout="PT0S").notifications()
    assert event.source == {"DoorToken": door, "Device Source": state.uuid}


def _bytes(answer: Answer) -> bytes:
    from lxml import etree

    return etree.tostring(answer.root)


def test_schedule_intervals_are_properties_that_change(
    raw: RawEventClient, client: pyvapix.Client, clock: FakeClock
) -> None:
    schedule = {"token": "", "Name": "Office", "ScheduleDefinition": OFFICE}
    token = client.call("axsch:SetSchedule", {"Schedule": [schedule]}).token[0]
    raw.create(topics="tns1:Schedule/Interval", termination="PT1H")
    initial = {n.source["ScheduleToken"]: n.data for n in raw.pull(timeout="PT0S").notifications()}
    assert initial[token] == {"Active": "true", "Exception": "false"}
    clock.advance(31 * 60)  # 10:31: the interval is over
    client.axsch.get_schedule_info_list()  # any request lets time pass on the device
    changed = raw.pull(timeout="PT0S").notifications()
    assert [(n.source["ScheduleToken"], n.data, n.operation) for n in changed] == [
        (token, {"Active": "false", "Exception": "false"}, "Changed")
    ]


def test_the_answer_prefixes_are_declared(raw: RawEventClient) -> None:
    created = raw.create()
    reference = created.body.find(f"{{{TEV}}}SubscriptionReference")
    assert reference is not None
    assert reference.find(f"{{{WSA}}}ReferenceParameters/{{{AXEV}}}SubscriptionId") is not None
    topic = raw.pull(timeout="PT0S").body.find(f"{{{WSNT}}}NotificationMessage/{{{WSNT}}}Topic")
    assert topic is not None
    assert topic.nsmap["tns1"] == "http://www.onvif.org/ver10/topics"


def test_the_async_transport_waits_without_blocking_its_loop(
    state: DeviceState, door: str
) -> None:
    """A long poll through pyvapix.sim.async_transport lets other requests on the same event
    loop run while it waits, and answers with the event they cause."""

    async def scenario() -> tuple[int, list[Notification]]:
        async with httpx.AsyncClient(
            base_url="http://sim.test", transport=async_transport(state)
        ) as http:

            async def soap(operation: str, body: str, subscription: str | None = None) -> bytes:
                action = ACTIONS[operation]
                answer = await http.post(
                    "/vapix/services",
                    content=envelope(action, URL, body, subscription),
                    headers={"Authorization": BASIC, "Content-Type": "application/soap+xml"},
                )
                return answer.content

            await soap(
                "CreatePullPointSubscription", f'<CreatePullPointSubscription xmlns="{TEV}"/>'
            )
            pull = (
                f'<PullMessages xmlns="{TEV}"><Timeout>{{}}</Timeout>'
                "<MessageLimit>99</MessageLimit></PullMessages>"
            )
            await soap("PullMessages", pull.format("PT0S"), "1")  # the Initialized values
            waiting = asyncio.ensure_future(soap("PullMessages", pull.format("PT30S"), "1"))
            await asyncio.sleep(0.05)
            command = await http.post(
                "/vapix/doorcontrol",
                content=b'{"tdc:BlockDoor": {"Token": "%s"}}' % door.encode(),
                headers={"Authorization": BASIC},
            )
            content = await asyncio.wait_for(waiting, 30)
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return command.status_code, Answer(200, etree.fromstring(content, parser)).notifications()

    status, got = asyncio.run(scenario())
    assert status == 200
    assert [(n.topic, n.data["State"]) for n in got] == [("tns1:Door/State/DoorMode", "Blocked")]
