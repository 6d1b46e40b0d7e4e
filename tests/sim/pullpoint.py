"""A raw event-service client for the simulator tests: the SOAP an Axis client sends,
written by hand and read with lxml, without pyvapix's codecs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

ENV = "http://www.w3.org/2003/05/soap-envelope"
WSA = "http://www.w3.org/2005/08/addressing"
WSNT = "http://docs.oasis-open.org/wsn/b-2"
TEV = "http://www.onvif.org/ver10/events/wsdl"
TT = "http://www.onvif.org/ver10/schema"
AXEV = "http://www.axis.com/2009/event"
ANONYMOUS = "http://www.w3.org/2005/08/addressing/anonymous"
CONCRETE_SET = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet"
ITEM_FILTER = "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter"
ACTIONS = {
    "CreatePullPointSubscription": f"{TEV}/EventPortType/CreatePullPointSubscriptionRequest",
    "PullMessages": f"{TEV}/PullPointSubscription/PullMessagesRequest",
    "SetSynchronizationPoint": f"{TEV}/PullPointSubscription/SetSynchronizationPointRequest",
    "Renew": "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/RenewRequest",
    "Unsubscribe": "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest",
}

# (body bytes) -> (HTTP status, answer bytes)
Send = Callable[[str, bytes], tuple[int, bytes]]


def envelope(action: str, to: str, body: str, subscription: str | None = None) -> bytes:
    """A request as the facts file shows Axis clients send it."""
    reference = (
        f'<ax:SubscriptionId xmlns:ax="{AXEV}" a:IsReferenceParameter="true">'
        f"{subscription}</ax:SubscriptionId>"
        if subscription is not None
        else ""
    )
    return (
        f'<s:Envelope xmlns:s="{ENV}" xmlns:a="{WSA}"><s:Header>'
        f'<a:Action s:mustUnderstand="1">{action}</a:Action>'
        f"<a:MessageID>urn:uuid:{uuid.uuid4()}</a:MessageID>"
        f'<a:To s:mustUnderstand="1">{to}</a:To>'
        f"<a:ReplyTo><a:Address>{ANONYMOUS}</a:Address></a:ReplyTo>{reference}"
        f"</s:Header><s:Body>{body}</s:Body></s:Envelope>"
    ).encode()


@dataclass
class Notification:
    topic: str
    time: str
    operation: str | None
    source: dict[str, str]
    data: dict[str, str]


@dataclass
class Answer:
    status: int
    root: etree._Element

    @property
    def body(self) -> etree._Element:
        return self.root.find(f"{{{ENV}}}Body")[0]  # type: ignore[index]

    @property
    def fault(self) -> list[str]:
        """The fault code and subcode values, or [] for an answer."""
        if self.body.tag != f"{{{ENV}}}Fault":
            return []
        return [v.text or "" for v in self.body.iter(f"{{{ENV}}}Value")]

    def header(self, name: str) -> str | None:
        return self.root.findtext(f"{{{ENV}}}Header/{{{WSA}}}{name}")

    def notifications(self) -> list[Notification]:
        found = []
        for holder in self.body.iterfind(f"{{{WSNT}}}NotificationMessage"):
            message = holder.find(f"{{{WSNT}}}Message/{{{TT}}}Message")
            assert message is not None

            def items(role: str, message: etree._Element = message) -> dict[str, str]:
                return {
                    i.get("Name", ""): i.get("Value", "")
                    for i in message.iterfind(f"{{{TT}}}{role}/{{{TT}}}SimpleItem")
                }

            found.append(
                Notification(
                    holder.findtext(f"{{{WSNT}}}Topic") or "",
                    message.get("UtcTime", ""),
                    message.get("PropertyOperation"),
                    items("Source"),
                    items("Data"),
                )
            )
        return found


class RawEventClient:
    """CreatePullPointSubscription / PullMessages / Renew / Unsubscribe as raw SOAP."""

    def __init__(self, send: Send, url: str) -> None:
        self.send = send
        self.url = url
        self.address = url
        self.subscription: str | None = None

    def call(self, operation: str, body: str, subscription: str | None = None) -> Answer:
        status, content = self.send(
            ACTIONS[operation],
            envelope(ACTIONS[operation], self.address, body, subscription),
        )
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return Answer(status, etree.fromstring(content, parser))

    def create(
        self,
        *,
        topics: str | None = None,
        content: str | None = None,
        termination: str = "PT600S",
        changed_only: bool = False,
    ) -> Answer:
        selection = ""
        if topics is not None:
            selection += (
                f'<wsnt:TopicExpression Dialect="{CONCRETE_SET}" '
                f'xmlns:tns1="http://www.onvif.org/ver10/topics">{topics}</wsnt:TopicExpression>'
            )
        if content is not None:
            selection += (
                f'<wsnt:MessageContent Dialect="{ITEM_FILTER}">{content}</wsnt:MessageContent>'
            )
        policy = "<tev:SubscriptionPolicy><tev:ChangedOnly/></tev:SubscriptionPolicy>"
        answer = self.call(
            "CreatePullPointSubscription",
            f'<tev:CreatePullPointSubscription xmlns:tev="{TEV}" xmlns:wsnt="{WSNT}">'
            + (f"<tev:Filter>{selection}</tev:Filter>" if selection else "")
            + f"<tev:InitialTerminationTime>{termination}</tev:InitialTerminationTime>"
            + (policy if changed_only else "")
            + "</tev:CreatePullPointSubscription>",
        )
        if not answer.fault:
            reference = answer.body.find(f"{{{TEV}}}SubscriptionReference")
            assert reference is not None
            self.address = reference.findtext(f"{{{WSA}}}Address") or self.url
            self.subscription = reference.findtext(f".//{{{AXEV}}}SubscriptionId")
        return answer

    def pull(self, timeout: str = "PT1S", limit: int = 100) -> Answer:
        return self.call(
            "PullMessages",
            f'<PullMessages xmlns="{TEV}"><Timeout>{timeout}</Timeout>'
            f"<MessageLimit>{limit}</MessageLimit></PullMessages>",
            self.subscription,
        )

    def renew(self, termination: str = "PT600S") -> Answer:
        return self.call(
            "Renew",
            f'<Renew xmlns="{WSNT}"><TerminationTime>{termination}</TerminationTime></Renew>',
            self.subscription,
        )

    def unsubscribe(self) -> Answer:
        return self.call("Unsubscribe", f'<Unsubscribe xmlns="{WSNT}"/>', self.subscription)

    def synchronize(self) -> Answer:
        return self.call(
            "SetSynchronizationPoint",
            f'<SetSynchronizationPoint xmlns="{TEV}"/>',
            self.subscription,
        )
