"""The event service (tev) on /vapix/services: pull-point subscriptions as Axis door
controllers serve them.

CreatePullPointSubscription makes a pull point with a topic filter and an ItemFilter content
filter, and answers with its SubscriptionId in the reference parameters; every later call on
it must echo that id as a SOAP header block (else ``ter:InvalidArgs``, as Axis answers). A
pull point ends at its termination time (Renew moves it) or on Unsubscribe; after that, calls
get ``wsrf-rw:ResourceUnknownFault``. New pull points and SetSynchronizationPoint queue the
current value of every property they match as Initialized messages (unless the
subscription policy says ChangedOnly).

PullMessages answers at once with what is queued; with nothing queued it waits (see
:class:`Waiting`) for the first event or its Timeout, without holding the state lock. The
events come from events.log, so the live stream and the event log are the same events.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from lxml import etree

from .. import _events
from .._codec.layout import layout_of
from .._codec.unknown import Unknown, xml_to_plain
from .._engine.bindings import SOAP_PATH
from .._errors import FaultError
from . import doors, events, faults, schedules
from .calls import Call, Handler, Plain
from .clock import format_utc, parse_datetime, parse_duration
from .eventfilters import (
    CONCRETE,
    CONCRETE_SET,
    ITEM_FILTER,
    FilterError,
    content_filter,
    topic_filter,
)
from .pullpoints import MAX_PULL_POINTS, PullPoint

if TYPE_CHECKING:
    from .state import DeviceState

WSNTW = "wsntw"  # prefix of the WS-BaseNotification faults (http://docs.oasis-open.org/wsn/bw-2)
DEFAULT_TERMINATION = timedelta(minutes=1)
MAX_TERMINATION = timedelta(hours=1)
MAX_TIMEOUT = timedelta(minutes=2)
MAX_MESSAGES = 1000
TT = "http://www.onvif.org/ver10/schema"
WSTOP = "http://docs.oasis-open.org/wsn/t-1"
TOPIC_NAMESPACES = {
    "tns1": "http://www.onvif.org/ver10/topics",
    "tnsaxis": "http://www.axis.com/2009/event/topics",
}
XS = "http://www.w3.org/2001/XMLSchema"
TYPE_NAMESPACES = {
    "xs": XS,
    "pt": "http://www.onvif.org/ver10/pacs",
    "tdc": "http://www.onvif.org/ver10/doorcontrol/wsdl",
}


def _fault(code: str, subcode: str, reason: str) -> FaultError:
    return FaultError(code=code, subcodes=(subcode,), reason=reason)


def resource_unknown(subscription_id: str) -> FaultError:
    return _fault(
        faults.RECEIVER,
        "wsrf-rw:ResourceUnknownFault",
        f"no subscription {subscription_id!r} (ended, expired or never made)",
    )


# ---------- current property values ----------


def property_values(state: DeviceState) -> list[tuple[str, list[events.KeyValue]]]:
    """(topic, items) of the current value of every property the device has."""
    found = []
    for token in state.store.keys("Door"):
        found += doors.properties(state, token)
    for access_point in state.store.entities("AccessPoint"):
        enabled = "true" if access_point.get("Enabled", True) else "false"
        found.append(
            (
                "AccessPoint/State/Enabled",
                [
                    events.state_data("State", enabled, "xs:boolean"),
                    events.source("AccessPointToken", access_point.get("token", "")),
                ],
            )
        )
    found += schedules.interval_properties(state)
    return found


def _initialize(state: DeviceState, point: PullPoint) -> None:
    now = state.now()
    for topic, items in property_values(state):
        point.offer(events.Emitted(events.wire_topic(topic), now, tuple(items), "Initialized"))


# ---------- operations ----------


def capabilities(call: Call) -> Plain:
    return {
        "Capabilities": {
            "WSSubscriptionPolicySupport": True,
            "WSPausableSubscriptionManagerInterfaceSupport": False,
            "MaxNotificationProducers": 0,
            "MaxPullPoints": MAX_PULL_POINTS,
            "PersistentNotificationStorage": False,
        }
    }


def _expressions(members: Any) -> list[tuple[str, str]]:
    return [(str(m.get("Dialect") or ""), str(m.get("_text") or "")) for m in members or ()]


def _termination(text: str | None, now: datetime, subcode: str, default: timedelta) -> datetime:
    """An absolute UTC time or a duration from now, within the device's limits."""
    if not text:
        return now + default
    try:
        end = now + parse_duration(text) if text.strip().startswith("P") else parse_datetime(text)
    except ValueError:
        raise _fault(
            faults.SENDER, subcode, f"{text!r} is neither a time nor a duration"
        ) from None
    if end <= now:
        raise _fault(faults.SENDER, subcode, f"{text!r} is not in the future")
    return min(end, now + MAX_TERMINATION)


def create(call: Call) -> Plain:
    from ..generated.models.common.axevent import SubscriptionId

    state = call.state
    request = call.request
    now = state.now()
    state.pullpoints.expire(now)
    if len(state.pullpoints) >= MAX_PULL_POINTS:
        raise _fault(
            faults.RECEIVER,
            f"{WSNTW}:SubscribeCreationFailedFault",
            f"all {MAX_PULL_POINTS} pull points are in use; unsubscribe one first",
        )
    selection = request.get("Filter") or {}
    try:
        topics = topic_filter(_expressions(selection.get("TopicExpression")))
        content = content_filter(_expressions(selection.get("MessageContent")))
    except FilterError as exc:
        raise _fault(faults.SENDER, f"{WSNTW}:{exc.kind}", str(exc)) from None
    termination = _termination(
        request.get("InitialTerminationTime"),
        now,
        f"{WSNTW}:UnacceptableInitialTerminationTimeFault",
        DEFAULT_TERMINATION,
    )
    policy = request.get("SubscriptionPolicy") or {}
    point = PullPoint(
        state.pullpoints.new_id(), topics, content, "ChangedOnly" in policy, termination
    )
    reference = layout_of(call.operation.response_type).by_local["SubscriptionReference"].model
    assert reference is not None
    parts = layout_of(reference).by_local
    address, parameters = parts["Address"].model, parts["ReferenceParameters"].model
    assert address is not None and parameters is not None
    to = call.headers.get("To")  # the address the client used for the service
    answer = {
        "SubscriptionReference": reference(
            address=address(value=to.value if to is not None else SOAP_PATH),
            reference_parameters=parameters(any_element=[SubscriptionId(value=point.id)]),
        ),
        "CurrentTime": {"_text": format_utc(now)},
        "TerminationTime": {"_text": format_utc(termination)},
    }
    state.pullpoints.add(point)
    _initialize(state, point)
    return answer


def subscription(call: Call) -> PullPoint:
    """The pull point the call's SubscriptionId header names."""
    header = call.headers.get("SubscriptionId")
    if header is None or not header.value.strip():
        raise faults.invalid_args("the SubscriptionId header is missing")
    point = call.state.pullpoints.get(header.value.strip(), call.state.now())
    if point is None:
        raise resource_unknown(header.value.strip())
    return point


@dataclass
class Waiting:
    """A PullMessages with nothing queued: it is answered when its pull point gets events,
    is removed, or at ``deadline`` (time.monotonic()), whichever comes first."""

    point: PullPoint
    deadline: float
    limit: int


def pull(call: Call) -> Plain | Waiting:
    point = subscription(call)
    request = call.request
    try:
        timeout = parse_duration(str(request.get("Timeout") or ""))
    except ValueError:
        raise faults.invalid_args(
            f"Timeout {request.get('Timeout')!r} is not a duration"
        ) from None
    if timeout > MAX_TIMEOUT:
        raise FaultError(
            code=faults.SENDER,
            subcodes=("tev:PullMessagesFaultResponse",),
            reason=f"Timeout is over the maximum {MAX_TIMEOUT.total_seconds():g} s",
            detail=f"MaxTimeout PT{MAX_TIMEOUT.total_seconds():g}S MaxMessageLimit {MAX_MESSAGES}",
        )
    if point.pulling:
        raise _fault(
            faults.RECEIVER,
            f"{WSNTW}:UnableToGetMessagesFault",
            "another PullMessages is waiting on this subscription",
        )
    limit = max(1, min(int(request.get("MessageLimit") or 0), MAX_MESSAGES))
    if point.queue or timeout <= timedelta(0):
        return collect(call.state, point, limit, call.operation.response_type)
    point.pulling = True
    return Waiting(point, time.monotonic() + timeout.total_seconds(), limit)


def collect(state: DeviceState, point: PullPoint, limit: int, response_type: type) -> Plain:
    """The answer of a pull: up to ``limit`` queued notifications, oldest first."""
    point.pulling = False
    if state.pullpoints.get(point.id, state.now()) is not point:
        raise resource_unknown(point.id)
    holder = layout_of(response_type).by_local["NotificationMessage"].model
    assert holder is not None
    return {
        "CurrentTime": format_utc(state.now()),
        "TerminationTime": format_utc(point.termination),
        "NotificationMessage": [notification(state, holder, event) for event in point.take(limit)],
    }


def notification(state: DeviceState, holder: type, event: events.Emitted) -> Any:
    """The wsnt:NotificationMessage of ``event``: its topic, the device as producer and
    the tt:Message with the Source and Data items."""
    from ..generated.models.common import tt

    def items(source: bool) -> Any:
        return tt.ItemList(
            simple_item=[
                tt.SimpleItem(name=key, value=value)
                for key, value, tags in event.items
                if ("onvif-source" in tags) == source
            ]
        )

    message = tt.Message(
        source=items(source=True),
        data=items(source=False),
        utc_time=format_utc(event.time),
        property_operation=event.operation,
    )
    parts = layout_of(holder).by_local
    topic, producer, container = (
        parts[name].model for name in ("Topic", "ProducerReference", "Message")
    )
    assert topic is not None and producer is not None and container is not None
    address = layout_of(producer).by_local["Address"].model
    assert address is not None
    return holder(
        topic=topic(value=event.topic, dialect=CONCRETE_SET),
        producer_reference=producer(
            address=address(value=f"uri://{state.uuid}/ProducerReference")
        ),
        message=container(any_element=[message]),
    )


def renew(call: Call) -> Plain:
    point = subscription(call)
    now = call.state.now()
    point.termination = _termination(
        call.request.get("TerminationTime"),
        now,
        f"{WSNTW}:UnacceptableTerminationTimeFault",
        DEFAULT_TERMINATION,
    )
    return {
        "TerminationTime": {"_text": format_utc(point.termination)},
        "CurrentTime": {"_text": format_utc(now)},
    }


def unsubscribe(call: Call) -> Plain:
    call.state.pullpoints.remove(subscription(call).id)
    return {}


def synchronize(call: Call) -> Plain:
    point = subscription(call)
    if not point.changed_only:
        _initialize(call.state, point)
    return {}


# ---------- GetEventProperties: the topic catalogue as a WS-Topics topic set ----------


def topic_set() -> list[etree._Element]:
    """The root levels of the topic tree, each holding its subtopics down to the topics,
    which carry wstop:topic="true" and their tt:MessageDescription."""
    roots: dict[str, etree._Element] = {}
    nsmap = {**TOPIC_NAMESPACES, "tt": TT, "wstop": WSTOP, **TYPE_NAMESPACES}
    for cls in _events.topics_of().values():
        levels = cls.WIRE_TOPIC.split("/")
        parent: etree._Element | None = None
        for level in levels:
            prefix, _, local = level.rpartition(":")
            tag = f"{{{TOPIC_NAMESPACES.get(prefix, TOPIC_NAMESPACES['tns1'])}}}{local}"
            if parent is None:
                node = roots.get(tag)
                if node is None:
                    node = roots[tag] = etree.Element(tag, nsmap=nsmap)
            else:
                node = next((c for c in parent if c.tag == tag), None)
                if node is None:
                    node = etree.SubElement(parent, tag)
            parent = node
        assert parent is not None
        parent.set(f"{{{WSTOP}}}topic", "true")
        description = etree.SubElement(parent, f"{{{TT}}}MessageDescription")
        if cls.PROPERTY is not None:
            description.set("IsProperty", "true" if cls.PROPERTY else "false")
        for role, tag in ((_events.SOURCE, "Source"), (_events.DATA, "Data")):
            declared = [f for f in cls.FIELDS if f.role == role]
            if declared:
                items = etree.SubElement(description, f"{{{TT}}}{tag}")
                for declared_field in declared:
                    etree.SubElement(
                        items,
                        f"{{{TT}}}SimpleItemDescription",
                        Name=declared_field.name,
                        Type=declared_field.wstype,
                    )
    return list(roots.values())


def event_properties(call: Call) -> Plain:
    topic_set_type = layout_of(call.operation.response_type).by_local["TopicSet"].model
    assert topic_set_type is not None
    return {
        "TopicNamespaceLocation": ["http://www.onvif.org/onvif/ver10/topics/topicns.xml"],
        "FixedTopicSet": {"_text": True},
        "TopicSet": topic_set_type(
            other_element=[
                Unknown(
                    etree.QName(root).localname,
                    xml_to_plain(root),
                    etree.QName(root).namespace,
                    root,
                )
                for root in topic_set()
            ]
        ),
        "TopicExpressionDialect": [{"_text": CONCRETE_SET}, {"_text": CONCRETE}],
        "MessageContentFilterDialect": [ITEM_FILTER],
        "MessageContentSchemaLocation": ["http://www.onvif.org/onvif/ver10/schema/onvif.xsd"],
    }


HANDLERS: dict[str, Handler] = {
    "tev:GetServiceCapabilities": capabilities,
    "tev:CreatePullPointSubscription": create,
    "tev:GetEventProperties": event_properties,
    "tev:Renew": renew,
    "tev:Unsubscribe": unsubscribe,
    "tev:SetSynchronizationPoint": synchronize,
}

# Operations that may wait: their handler answers now, or tells how to wait (core.py).
LONG_POLLS = {"tev:PullMessages": pull}


def reply_headers(call: Call) -> list[Any]:
    """The WS-Addressing header blocks an answer carries when its operation declares them:
    its Action, and RelatesTo naming the request's MessageID."""
    values = {"Action": call.operation.info.output_action}
    message_id = call.headers.get("MessageID")
    if message_id is not None and message_id.value:
        values["RelatesTo"] = message_id.value
    blocks = []
    for tag, cls in call.operation.header_types("response").items():
        value = values.get(tag.rpartition("}")[2])
        if value:
            blocks.append(cls(value=value))
    return blocks
