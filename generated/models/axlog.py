from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import DataEntity

__NAMESPACE__ = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchedEventKeyValue:
    """
    A key-value pair of a fetched event.

    The topic levels appear as keys "topic0", "topic1"... (namespaces removed); Source and Data
    items keep their names and are marked by Tags such as "onvif-source", "onvif-data",
    "property-state" or "wstype:" plus a type name (e.g. "wstype:pt:ReferenceToken").

    Attributes:
        key:
        value:
        tags:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FilterKeyValue:
    """
    One condition of a fetch filter: a logged event matches when it has a key-value pair with
    this key and, if Value is given, this value.

    Attributes:
        key: Key to look for, e.g. "topic0" or a Source/Data item name such as "State".
        value: Value the key must have; leave out to match on the key alone.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class KeyValue:
    """
    A key-value pair of a stored event or alarm, with the namespace and type it came from and
    its role tags.

    Attributes:
        namespace:
        key:
        value:
        type_value:
        tags:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    namespace: None | str = field(
        default=None,
        metadata={
            "name": "Namespace",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class RemoveLoggedAlarm:
    """
    Attributes:
        token: token of each alarm to acknowledge.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class RemoveLoggedAlarmResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"

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
class FetchParameters:
    """
    Selection and paging of a fetch call; every field is optional.

    Attributes:
        start: Earliest time to include; without it the range is open at the start.
        stop: Latest time to include; without it the range runs up to now.
        filters: Conditions that must all hold.
        limit: Most items to return (at most 1000 per call).
        row_id: rowid of the last item of the previous page, to continue after it.
        descending: Newest first when true; the default is oldest first.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    start: None | str = field(
        default=None,
        metadata={
            "name": "Start",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    stop: None | str = field(
        default=None,
        metadata={
            "name": "Stop",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    filters: list[FilterKeyValue] = field(
        default_factory=list,
        metadata={
            "name": "Filters",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    row_id: None | int = field(
        default=None,
        metadata={
            "name": "RowID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    descending: None | bool = field(
        default=None,
        metadata={
            "name": "Descending",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FetchedEvent(DataEntity):
    """
    An event or alarm returned by the fetch operations. rowid is the position in the log; pass
    the rowid of the last item as RowID to get the next page.

    Attributes:
        rowid: Row number of the item in the log (lower case on the wire).
        uuid: UUID of the controller that produced the event.
        utc_time: When the event occurred (UTC; JSON gives microseconds).
        key_values:
        tags:
    """

    rowid: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
            "name": "rowid",
        }
    )
    uuid: str = field(
        metadata={
            "name": "UUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    utc_time: str = field(
        metadata={
            "name": "UtcTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    key_values: list[FetchedEventKeyValue] = field(
        default_factory=list,
        metadata={
            "name": "KeyValues",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )


@dataclass(slots=True, kw_only=True)
class FilterSet:
    """
    A group of filter conditions that must all hold (AND).

    The sets of a FilterSets list are alternatives (OR).

    Attributes:
        filters:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    filters: list[FilterKeyValue] = field(
        default_factory=list,
        metadata={
            "name": "Filters",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FilterSet3:
    """
    A FetchEvents3 filter set: conditions that must all hold (AND), for events from Start on.

    The sets of a FilterSets list are alternatives (OR).

    Attributes:
        start: Earliest time the set matches, e.g. "2024-05-01T00:00:00" (local time with
            ConvertFilterTimeFromLocal).
        filters:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    start: None | str = field(
        default=None,
        metadata={
            "name": "Start",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    filters: list[FilterKeyValue] = field(
        default_factory=list,
        metadata={
            "name": "Filters",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class LocalSetting(DataEntity):
    """
    A setting of the logger kept in its database as a token and a value.

    No operation of the service carries it.
    """

    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )


@dataclass(slots=True, kw_only=True)
class LoggedEvent(DataEntity):
    """
    An event as the logger stores it.

    The fetch operations return the lighter FetchedEvent instead.

    Attributes:
        uuid: UUID of the controller that produced the event.
        utc_time:
        key_values:
        tags:
        property: True for a stateful (property) event.
        declaration_id: Identifier of the event declaration the event belongs to.
    """

    uuid: str = field(
        metadata={
            "name": "UUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    utc_time: str = field(
        metadata={
            "name": "UtcTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        }
    )
    key_values: list[KeyValue] = field(
        default_factory=list,
        metadata={
            "name": "KeyValues",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    tags: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Tags",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    property: None | bool = field(
        default=None,
        metadata={
            "name": "Property",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    declaration_id: None | str = field(
        default=None,
        metadata={
            "name": "DeclarationID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )


@dataclass(slots=True, kw_only=True)
class FetchAlarms(FetchParameters):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchEvents(FetchParameters):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchEvents3:
    """
    Attributes:
        limit: Most items to return (at most 1000 per call).
        descending: Newest first when true: the way to reach recent events.
        filter_sets: An event is returned when it matches any one of the sets.
        include_human_readable_time: Add HumanReadableTime to each event.
        convert_filter_time_from_local: The Start times of the filter sets are the device's
            local time.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    descending: None | bool = field(
        default=None,
        metadata={
            "name": "Descending",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    filter_sets: list[FilterSet3] = field(
        default_factory=list,
        metadata={
            "name": "FilterSets",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    include_human_readable_time: None | bool = field(
        default=None,
        metadata={
            "name": "IncludeHumanReadableTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    convert_filter_time_from_local: None | bool = field(
        default=None,
        metadata={
            "name": "ConvertFilterTimeFromLocal",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FetchParametersWithFilterSets(FetchParameters):
    """
    Fetch parameters plus alternative groups of filter conditions (FetchEvents2, FetchAlarms2).

    Attributes:
        filter_sets: An item matches when it satisfies any one of the sets.
    """

    filter_sets: list[FilterSet] = field(
        default_factory=list,
        metadata={
            "name": "FilterSets",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )


@dataclass(slots=True, kw_only=True)
class FetchedAlarmPage:
    """
    One page of alarms.

    Attributes:
        alarm:
        more: True when more items match; fetch again with RowID set to the last rowid.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    alarm: list[FetchedEvent] = field(
        default_factory=list,
        metadata={
            "name": "Alarm",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    more: bool = field(
        metadata={
            "name": "More",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FetchedEvent3(FetchedEvent):
    """
    An event as FetchEvents3 returns it: a fetched event, and its time as text for people when
    asked for (the format is undocumented).
    """

    human_readable_time: None | str = field(
        default=None,
        metadata={
            "name": "HumanReadableTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )


@dataclass(slots=True, kw_only=True)
class FetchedEventPage:
    """
    One page of events.

    Attributes:
        event:
        more: True when more items match; fetch again with RowID set to the last rowid.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    event: list[FetchedEvent] = field(
        default_factory=list,
        metadata={
            "name": "Event",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    more: bool = field(
        metadata={
            "name": "More",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class LoggedAlarm(LoggedEvent):
    """
    An alarm as the logger stores it; same fields as LoggedEvent.
    """


@dataclass(slots=True, kw_only=True)
class FetchAlarms2(FetchParametersWithFilterSets):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchAlarms2Response(FetchedAlarmPage):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchAlarmsResponse(FetchedAlarmPage):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchEvents2(FetchParametersWithFilterSets):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchEvents2Response(FetchedEventPage):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"


@dataclass(slots=True, kw_only=True)
class FetchEvents3Response:
    """
    Attributes:
        event:
        more: True when more items match.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"

    event: list[FetchedEvent3] = field(
        default_factory=list,
        metadata={
            "name": "Event",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
        },
    )
    more: None | bool = field(
        default=None,
        metadata={
            "name": "More",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/EventLogger",
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
class FetchEventsResponse(FetchedEventPage):
    class Meta:
        namespace = "http://www.axis.com/vapix/ws/EventLogger"
