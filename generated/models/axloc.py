from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import DataEntity

__NAMESPACE__ = "http://www.axis.com/vapix/ws/EventLoggerConfig"


@dataclass(slots=True, kw_only=True)
class DeclKeyValue:
    """
    A key-value pair of an event declaration.

    No operation of the service carries it.

    Attributes:
        namespace:
        key:
        value:
        type_value:
        tags:
        value_wildcard: True when any value of the key is accepted.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    namespace: None | str = field(
        default=None,
        metadata={
            "name": "Namespace",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    value_wildcard: None | bool = field(
        default=None,
        metadata={
            "name": "ValueWildcard",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class DisableGlobalDistribution:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class DisableGlobalDistributionResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class EnableGlobalDistribution:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class EnableGlobalDistributionResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class EventDistributionConfig:
    """
    Current event distribution setting.

    Attributes:
        global_distribution_enabled: True when events are replicated to every peer
            controller.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    global_distribution_enabled: bool = field(
        metadata={
            "name": "GlobalDistributionEnabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class GetAlarmFilterList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class GetEventDistributionConfig:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class GetIgnoreFilterList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class KeyValue:
    """
    One condition of a filter: the event must carry this key and, if Value is given, this
    value.

    Attributes:
        key:
        value: Leave out (or empty) to match on the key alone.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class RemoveAlarmFilter:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class RemoveAlarmFilterResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class RemoveIgnoreFilter:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class RemoveIgnoreFilterResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

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
class ServiceCapabilities:
    """
    Optional functionality of the event logger configuration service.

    Attributes:
        enable_global_events: True if EnableGlobalDistribution and DisableGlobalDistribution
            are supported.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    enable_global_events: None | bool = field(
        default=None,
        metadata={
            "name": "EnableGlobalEvents",
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
class SetAlarmFilterResponse:
    """
    Attributes:
        token: Tokens of the filters set, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class SetIgnoreFilterResponse:
    """
    Attributes:
        token: Tokens of the filters set, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class AlarmFilter(DataEntity):
    """
    Events matching every key-value pair, from one of the listed controllers, are raised to
    alarms (kept in both the alarm and the event log).

    An empty UUIDs list means every controller.

    Attributes:
        key_values:
        uuids: UUIDs of the controllers the filter applies to.
    """

    key_values: list[KeyValue] = field(
        default_factory=list,
        metadata={
            "name": "KeyValues",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    uuids: list[str] = field(
        default_factory=list,
        metadata={
            "name": "UUIDs",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )


@dataclass(slots=True, kw_only=True)
class Configuration(DataEntity):
    """
    A configuration entry of the logger: a token and a value (not the axconf Name/Value entry).

    No operation of the service carries it.
    """

    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )


@dataclass(slots=True, kw_only=True)
class Declaration(DataEntity):
    """
    Declaration of an event kind known to the logger.

    No operation of the service carries it.

    Attributes:
        uuid: UUID of the controller that declared the event.
        global_declaration_id:
        property: True for a stateful (property) event.
        key_values:
        tags:
    """

    uuid: None | str = field(
        default=None,
        metadata={
            "name": "UUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    global_declaration_id: None | str = field(
        default=None,
        metadata={
            "name": "GlobalDeclarationID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    property: None | bool = field(
        default=None,
        metadata={
            "name": "Property",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    key_values: list[DeclKeyValue] = field(
        default_factory=list,
        metadata={
            "name": "KeyValues",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetEventDistributionConfigResponse:
    """
    Attributes:
        event_distribution_config:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    event_distribution_config: list[EventDistributionConfig] = field(
        default_factory=list,
        metadata={
            "name": "EventDistributionConfig",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class IgnoreFilter(DataEntity):
    """
    Events matching every key-value pair, from one of the listed controllers, are not logged.

    An empty UUIDs list means every controller. An alarm filter that also matches wins.

    Attributes:
        key_values:
        uuids: UUIDs of the controllers the filter applies to.
    """

    key_values: list[KeyValue] = field(
        default_factory=list,
        metadata={
            "name": "KeyValues",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )
    uuids: list[str] = field(
        default_factory=list,
        metadata={
            "name": "UUIDs",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetAlarmFilterListResponse:
    """
    Attributes:
        filter:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    filter: list[AlarmFilter] = field(
        default_factory=list,
        metadata={
            "name": "Filter",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class GetIgnoreFilterListResponse:
    """
    Attributes:
        filter:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    filter: list[IgnoreFilter] = field(
        default_factory=list,
        metadata={
            "name": "Filter",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class SetAlarmFilter:
    """
    Attributes:
        filter: Filters to create (empty token) or replace (existing token).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    filter: list[AlarmFilter] = field(
        default_factory=list,
        metadata={
            "name": "Filter",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
class SetIgnoreFilter:
    """
    Attributes:
        filter: Filters to create (empty token) or replace (existing token).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLoggerConfig"

    filter: list[IgnoreFilter] = field(
        default_factory=list,
        metadata={
            "name": "Filter",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLoggerConfig",
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
