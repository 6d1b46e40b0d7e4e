from __future__ import annotations

from dataclasses import dataclass, field

from .wsa import EndpointReferenceType

__NAMESPACE__ = "http://docs.oasis-open.org/wsn/b-2"


@dataclass(slots=True, kw_only=True)
class CurrentTime:
    """
    The device's clock when it answered (UTC).
    """

    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    value: str = field(
        metadata={
            "type": "Text",
        }
    )


@dataclass(slots=True, kw_only=True)
class FixedTopicSet:
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    value: bool = field(
        metadata={
            "type": "Text",
        }
    )


@dataclass(slots=True, kw_only=True)
class MessageContainerType:
    """
    Holds the message element itself, whatever its schema.

    Attributes:
        any_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    any_element: None | object = field(
        default=None,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class QueryExpressionType:
    """
    A content filter, e.g. boolean(//tt:SimpleItem[@Name="DoorToken"]).

    Attributes:
        value:
        dialect: Grammar of the expression: ONVIF's ItemFilter
            (http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter).
    """

    value: str = field(
        default="",
        metadata={
            "type": "Text",
        },
    )
    dialect: str = field(
        metadata={
            "name": "Dialect",
            "type": "Attribute",
        }
    )


@dataclass(slots=True, kw_only=True)
class Renew:
    """
    Attributes:
        termination_time: The new end of the subscription: a UTC time or a duration from
            now.
        other_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    termination_time: str = field(
        metadata={
            "name": "TerminationTime",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        }
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class TerminationTime:
    """
    When the subscription ends unless renewed (UTC).
    """

    class Meta:
        nillable = True
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    value: None | str = field(
        metadata={
            "nillable": True,
            "type": "Text",
        }
    )


@dataclass(slots=True, kw_only=True)
class TopicExpressionDialect:
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    value: str = field(
        default="",
        metadata={
            "type": "Text",
        },
    )


@dataclass(slots=True, kw_only=True)
class TopicExpressionType:
    """
    A topic expression, e.g. "tns1:Door//.|tns1:AccessControl//."; the prefixes must be
    declared where the element is written.

    Attributes:
        value:
        dialect: Grammar of the expression: ONVIF's ConcreteSet
            (http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet, with "|" and "//.")
            or WS-Topics Concrete or Simple.
        other_attributes:
    """

    value: str = field(
        default="",
        metadata={
            "type": "Text",
        },
    )
    dialect: str = field(
        metadata={
            "name": "Dialect",
            "type": "Attribute",
        }
    )
    other_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##other",
        },
    )


@dataclass(slots=True, kw_only=True)
class Unsubscribe:
    """
    Attributes:
        other_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class UnsubscribeResponse:
    """
    Attributes:
        other_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class MessageContent(QueryExpressionType):
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"


@dataclass(slots=True, kw_only=True)
class NotificationMessageHolderType:
    """
    One notification: its topic and the message (on ONVIF devices a tt:Message with Source, Key
    and Data items).

    Attributes:
        subscription_reference:
        topic:
        producer_reference:
        message:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    subscription_reference: None | EndpointReferenceType = field(
        default=None,
        metadata={
            "name": "SubscriptionReference",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    topic: None | TopicExpressionType = field(
        default=None,
        metadata={
            "name": "Topic",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    producer_reference: None | EndpointReferenceType = field(
        default=None,
        metadata={
            "name": "ProducerReference",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    message: MessageContainerType = field(
        metadata={
            "name": "Message",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        }
    )
    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class RenewResponse:
    """
    Attributes:
        termination_time:
        current_time:
        other_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"

    termination_time: None | TerminationTime = field(
        metadata={
            "name": "TerminationTime",
            "type": "Element",
            "nillable": True,
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        }
    )
    current_time: None | CurrentTime = field(
        default=None,
        metadata={
            "name": "CurrentTime",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class TopicExpression(TopicExpressionType):
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"


@dataclass(slots=True, kw_only=True)
class FilterType:
    """
    Which messages a subscription delivers: those matching every expression given; without a
    filter, all.

    Attributes:
        topic_expression:
        message_content:
        other_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    topic_expression: list[TopicExpression] = field(
        default_factory=list,
        metadata={
            "name": "TopicExpression",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    message_content: list[MessageContent] = field(
        default_factory=list,
        metadata={
            "name": "MessageContent",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
    )
    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class NotificationMessage(NotificationMessageHolderType):
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/b-2"
