from __future__ import annotations

from dataclasses import dataclass, field

from .common.wsa import EndpointReferenceType
from .common.wsnt import (
    CurrentTime,
    FilterType,
    FixedTopicSet,
    NotificationMessage,
    TerminationTime,
    TopicExpressionDialect,
)
from .common.wstop import TopicSet

__NAMESPACE__ = "http://www.onvif.org/ver10/events/wsdl"


@dataclass(slots=True, kw_only=True)
class Capabilities:
    """
    What the event service supports.

    The values Axis door controllers report are not documented.

    Attributes:
        wssubscription_policy_support: True when CreatePullPointSubscription takes a
            SubscriptionPolicy.
        wspausable_subscription_manager_interface_support:
        max_notification_producers:
        max_pull_points: Most pull points the device keeps at a time.
        persistent_notification_storage: True when the device keeps past events for Seek.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    wssubscription_policy_support: None | bool = field(
        default=None,
        metadata={
            "name": "WSSubscriptionPolicySupport",
            "type": "Attribute",
        },
    )
    wspausable_subscription_manager_interface_support: None | bool = field(
        default=None,
        metadata={
            "name": "WSPausableSubscriptionManagerInterfaceSupport",
            "type": "Attribute",
        },
    )
    max_notification_producers: None | int = field(
        default=None,
        metadata={
            "name": "MaxNotificationProducers",
            "type": "Attribute",
        },
    )
    max_pull_points: None | int = field(
        default=None,
        metadata={
            "name": "MaxPullPoints",
            "type": "Attribute",
        },
    )
    persistent_notification_storage: None | bool = field(
        default=None,
        metadata={
            "name": "PersistentNotificationStorage",
            "type": "Attribute",
        },
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
class ChangedOnly:
    """
    Present: no Initialized or Deleted messages for properties.

    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

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
class GetEventProperties:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

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
class GetServiceCapabilities:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

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
class PullMessages:
    """
    Attributes:
        timeout: Longest wait for an event when none is queued, e.g. "PT30S".
        message_limit: Most notifications to return; the rest wait for the next pull.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    timeout: str = field(
        metadata={
            "name": "Timeout",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        }
    )
    message_limit: int = field(
        metadata={
            "name": "MessageLimit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
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
class PullMessagesFaultResponse:
    """
    Fault detail of a PullMessages whose Timeout is over the device's maximum: the limits to
    use instead.

    Attributes:
        max_timeout:
        max_message_limit:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    max_timeout: str = field(
        metadata={
            "name": "MaxTimeout",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        }
    )
    max_message_limit: int = field(
        metadata={
            "name": "MaxMessageLimit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
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
class SetSynchronizationPoint:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

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
class SetSynchronizationPointResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

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
class CreatePullPointSubscriptionResponse:
    """
    Attributes:
        subscription_reference: The pull point: its address and, in ReferenceParameters, the
            Axis SubscriptionId.
        current_time:
        termination_time:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    subscription_reference: EndpointReferenceType = field(
        metadata={
            "name": "SubscriptionReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        }
    )
    current_time: CurrentTime = field(
        metadata={
            "name": "CurrentTime",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        }
    )
    termination_time: None | TerminationTime = field(
        metadata={
            "name": "TerminationTime",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
            "nillable": True,
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
class GetEventPropertiesResponse:
    """
    Attributes:
        topic_namespace_location:
        fixed_topic_set:
        topic_set:
        topic_expression_dialect:
        message_content_filter_dialect:
        producer_properties_filter_dialect:
        message_content_schema_location:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    topic_namespace_location: list[str] = field(
        default_factory=list,
        metadata={
            "name": "TopicNamespaceLocation",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
    )
    fixed_topic_set: FixedTopicSet = field(
        metadata={
            "name": "FixedTopicSet",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        }
    )
    topic_set: TopicSet = field(
        metadata={
            "name": "TopicSet",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/t-1",
        }
    )
    topic_expression_dialect: list[TopicExpressionDialect] = field(
        default_factory=list,
        metadata={
            "name": "TopicExpressionDialect",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
            "min_occurs": 1,
        },
    )
    message_content_filter_dialect: list[str] = field(
        default_factory=list,
        metadata={
            "name": "MessageContentFilterDialect",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
    )
    producer_properties_filter_dialect: list[str] = field(
        default_factory=list,
        metadata={
            "name": "ProducerPropertiesFilterDialect",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
    )
    message_content_schema_location: list[str] = field(
        default_factory=list,
        metadata={
            "name": "MessageContentSchemaLocation",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
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
class GetServiceCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    capabilities: Capabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
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
class PullMessagesResponse:
    """
    Attributes:
        current_time:
        termination_time:
        notification_message:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    current_time: str = field(
        metadata={
            "name": "CurrentTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        }
    )
    termination_time: str = field(
        metadata={
            "name": "TerminationTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        }
    )
    notification_message: list[NotificationMessage] = field(
        default_factory=list,
        metadata={
            "name": "NotificationMessage",
            "type": "Element",
            "namespace": "http://docs.oasis-open.org/wsn/b-2",
        },
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
class SubscriptionPolicy:
    """
    Attributes:
        changed_only:
        any_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    changed_only: None | ChangedOnly = field(
        default=None,
        metadata={
            "name": "ChangedOnly",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
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
class CreatePullPointSubscription:
    """
    Attributes:
        filter: Topic and content expressions the events must match; all events without a
            filter.
        initial_termination_time: When the subscription ends unless renewed: a UTC time or a
            duration such as "PT600S".
        subscription_policy:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/events/wsdl"

    filter: None | FilterType = field(
        default=None,
        metadata={
            "name": "Filter",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
    )
    initial_termination_time: None | str = field(
        default=None,
        metadata={
            "name": "InitialTerminationTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
    )
    subscription_policy: None | SubscriptionPolicy = field(
        default=None,
        metadata={
            "name": "SubscriptionPolicy",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/events/wsdl",
        },
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
