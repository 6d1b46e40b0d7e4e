"""The subscription's decisions without HTTP: what it asks the device, when it renews, what a
failure means, and what the application is told."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from pyvapix import (
    AuthenticationError,
    DecodeError,
    FaultError,
    ProtocolNotSupportedError,
    SubscriptionRestarted,
    TransportError,
)
from pyvapix._catalogue import default_catalogue
from pyvapix._codec.plain import from_plain, to_plain
from pyvapix._events import topics_of
from pyvapix._subscription import (
    ALL_CONTROLLERS,
    AXEVENT,
    CREATE,
    PULL,
    RENEW,
    RESTART_WAITS,
    UNSUBSCRIBE,
    WSA,
    Options,
    Outcome,
    Step,
    SubscriptionFlow,
    Wait,
    options,
    read_pull,
)

CATALOGUE = default_catalogue()
BASE = "https://192.0.2.7"
DOOR_MODE = (
    '<tt:Message xmlns:tt="http://www.onvif.org/ver10/schema" UtcTime="2024-05-01T10:00:00Z"'
    ' PropertyOperation="Changed"><tt:Source><tt:SimpleItem Name="DoorToken" Value="d1"/>'
    '</tt:Source><tt:Data><tt:SimpleItem Name="State" Value="Accessed"/></tt:Data></tt:Message>'
)


def response(op: str, plain: dict[str, Any]) -> Any:
    return from_plain(CATALOGUE.operation(op).response_type, plain)


def created(subscription_id: str = "17", life: int = 600) -> Any:
    return response(
        CREATE,
        {
            "SubscriptionReference": {
                "Address": {"_text": f"{BASE}/onvif/services"},
                "ReferenceParameters": {"SubscriptionId": subscription_id},
            },
            "CurrentTime": {"_text": "2024-05-01T10:00:00Z"},
            "TerminationTime": {"_text": f"2024-05-01T10:{life // 60:02d}:00Z"},
        },
    )


def pulled(messages: int = 1) -> Any:
    """A PullMessages answer as the subscription reads it (straight into events)."""
    notifications = "".join(
        '<wsnt:NotificationMessage><wsnt:Topic Dialect="x">tns1:Door/State/DoorMode</wsnt:Topic>'
        f"<wsnt:Message>{DOOR_MODE}</wsnt:Message></wsnt:NotificationMessage>"
        for _ in range(messages)
    )
    body = (
        '<tev:PullMessagesResponse xmlns:tev="http://www.onvif.org/ver10/events/wsdl"'
        ' xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2">'
        "<tev:CurrentTime>2024-05-01T10:00:30Z</tev:CurrentTime>"
        f"<tev:TerminationTime>2024-05-01T10:10:00Z</tev:TerminationTime>{notifications}"
        "</tev:PullMessagesResponse>"
    )
    return read_pull(body.encode(), topics_of())


def flow(**chosen: Any) -> SubscriptionFlow:
    clock = chosen.pop("clock", lambda: 0.0)
    return SubscriptionFlow(CATALOGUE, Options(**chosen), BASE, clock=clock)


def headers(step: Step) -> dict[str, Any]:
    """The step's header blocks by element local name, in plain form."""
    from pyvapix._codec.layout import layout_of

    return {layout_of(type(h)).xml_name: to_plain(h) for h in step.headers}


Flow = Generator[Step | Wait, Outcome, Any]


def run(generator: Flow, outcomes: list[Outcome]) -> tuple[list[Step | Wait], Any]:
    """Drive a flow with scripted outcomes (Waits take none); its steps and its result."""
    steps: list[Step | Wait] = []
    action = next(generator)
    given = iter(outcomes)
    while True:
        steps.append(action)
        outcome = Outcome(now=1.0) if isinstance(action, Wait) else next(given)
        try:
            action = generator.send(outcome)
        except StopIteration as done:
            return steps, done.value


def test_create_asks_for_the_topics_and_the_whole_cluster() -> None:
    step = flow(topics=("tns1:Door//.", "tns1:AccessControl//."), content_filter="X").create()
    plain = to_plain(step.request)
    assert plain["InitialTerminationTime"] == "PT600S"
    assert plain["Filter"]["TopicExpression"][0]["_text"] == "tns1:Door//.|tns1:AccessControl//."
    assert [c["_text"] for c in plain["Filter"]["MessageContent"]] == ["X", ALL_CONTROLLERS]
    sent = headers(step)
    assert sent["Action"]["_text"].endswith("CreatePullPointSubscriptionRequest")
    assert sent["To"]["_text"] == f"{BASE}/vapix/services"
    assert sent["MessageID"]["_text"].startswith("urn:uuid:")
    assert sent["ReplyTo"] == {"Address": {"_text": f"{WSA}/anonymous"}}
    assert "SubscriptionId" not in sent  # not declared for Create


def test_local_only_adds_no_device_source_filter_and_no_filter_means_every_topic() -> None:
    """Without a Device Source expression a controller sends only its own events."""
    assert "Filter" not in to_plain(flow(local_only=True).create().request)


def test_later_calls_name_the_subscription() -> None:
    machine = flow()
    machine.created(created("42"), 0.0)
    step = machine.next(0.0)
    assert step.op == PULL
    sent = headers(step)
    assert sent["SubscriptionId"] == {"_text": "42"}
    assert sent["To"]["_text"] == f"{BASE}/onvif/services"
    assert to_plain(step.request) == {"Timeout": "PT30S", "MessageLimit": 100}
    assert AXEVENT in step.headers[-1].Meta.namespace  # type: ignore[attr-defined]


def test_it_renews_before_a_pull_could_outlast_the_subscription() -> None:
    machine = flow(lifetime=600, pull_seconds=30)
    machine.created(created(life=600), 0.0)
    assert machine.next(559.0).op == PULL
    renew = machine.next(561.0)
    assert renew.op == RENEW and to_plain(renew.request) == {"TerminationTime": "PT600S"}


def test_a_pull_answer_gives_typed_events_and_the_new_termination() -> None:
    machine = flow()
    machine.created(created(life=60), 0.0)
    step = machine.next(0.0)
    events = machine.answered(step, pulled(2), 10.0)
    assert [e.topic for e in events] == ["Door/State/DoorMode"] * 2
    assert events[0].state.value == "Accessed"  # type: ignore[attr-defined]
    assert machine.expires == 10.0 + 570  # 10:00:30 to 10:10:00


def test_a_pull_is_read_straight_into_events_and_a_non_answer_refused() -> None:
    answer = pulled(3)
    assert len(answer.events) == 3 and answer.times["TerminationTime"].endswith("Z")
    with pytest.raises(DecodeError, match="PullMessagesResponse"):
        read_pull(b'<Renew xmlns="http://docs.oasis-open.org/wsn/b-2"/>', topics_of())
    with pytest.raises(DecodeError):
        read_pull(b"<html>", topics_of())
    fault = (
        b'<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>'
        b"<env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code>"
        b'<env:Reason><env:Text xml:lang="en">gone</env:Text></env:Reason></env:Fault>'
        b"</env:Body></env:Envelope>"
    )
    with pytest.raises(FaultError, match="gone"):
        read_pull(fault, topics_of())


def test_a_batch_creates_then_pulls() -> None:
    steps, items = run(flow().batch(), [Outcome(created(), now=0.0), Outcome(pulled(1))])
    assert [s.op for s in steps if isinstance(s, Step)] == [CREATE, PULL]
    assert len(items) == 1


@pytest.mark.parametrize(
    "error",
    [
        FaultError(code="env:Receiver", subcodes=("wsrf-rw:ResourceUnknownFault",)),
        TransportError("the connection failed after sending"),
        DecodeError("the answer is not SOAP"),
    ],
    ids=["expired", "dropped", "garbage"],
)
def test_a_lost_subscription_is_replaced_and_the_application_told(error: Any) -> None:
    machine = flow()
    machine.created(created("1"), 0.0)
    machine.started = True
    steps, items = run(
        machine.batch(),
        [
            Outcome(error=error),  # the pull
            Outcome(error=error),  # the unsubscribe of what may be left of it
            Outcome(created("2")),  # a new subscription
        ],
    )
    assert [s.op if isinstance(s, Step) else "wait" for s in steps] == [PULL, UNSUBSCRIBE, CREATE]
    assert headers(steps[1])["SubscriptionId"] == {"_text": "1"}  # type: ignore[arg-type]
    (marker,) = items
    assert isinstance(marker, SubscriptionRestarted) and marker.error is error
    assert machine.subscription_id == "2" and machine.lost is None


def test_while_the_device_is_away_it_waits_longer_each_time() -> None:
    machine = flow()
    machine.created(created("1"), 0.0)
    machine.started = True
    away = TransportError("could not connect", request_sent=False)
    outcomes = [Outcome(error=away), Outcome(error=away)]  # the pull, the stale unsubscribe
    outcomes += [Outcome(error=away)] * 4 + [Outcome(created("9"))]  # creates
    steps, items = run(machine.batch(), outcomes)
    waits = [s.seconds for s in steps if isinstance(s, Wait)]
    assert waits == list(RESTART_WAITS[1:5])  # the first try was at once
    assert isinstance(items[0], SubscriptionRestarted) and items[0].attempts == 5


@pytest.mark.parametrize(
    "error",
    [
        AuthenticationError("refused"),
        ProtocolNotSupportedError("the device does not serve SOAP at /vapix/services"),
    ],
)
def test_errors_no_new_subscription_can_mend_are_raised(error: Any) -> None:
    machine = flow()
    machine.created(created("1"), 0.0)
    machine.started = True
    with pytest.raises(type(error)):
        run(machine.batch(), [Outcome(error=error)])


def test_what_the_first_create_gets_is_raised() -> None:
    refused = FaultError(code="env:Sender", subcodes=("wsntw:InvalidFilterFault",))
    with pytest.raises(FaultError):
        run(flow().start(), [Outcome(error=refused)])


def test_unsubscribe_once() -> None:
    machine = flow()
    assert machine.unsubscribe() is None
    machine.created(created("5"), 0.0)
    step = machine.unsubscribe()
    assert step is not None and step.op == UNSUBSCRIBE and step.timeout is not None
    assert machine.unsubscribe() is None


@pytest.mark.parametrize(
    ("chosen", "message"),
    [
        ({"message_limit": 0}, "message_limit"),
        ({"lifetime": 30, "pull_seconds": 30}, "lifetime must exceed"),
        ({"topics": ("a|b",)}, "one topic expression each"),
    ],
)
def test_bad_options_are_refused(chosen: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Options(**chosen)


def test_a_pull_must_end_before_the_client_gives_up_on_it() -> None:
    with pytest.raises(ValueError, match="long_poll_timeout"):
        options(None, None, False, 600, 65, 100, long_poll_timeout=70)
