from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import (
    Attribute,
    DataEntity,
)

__NAMESPACE__ = "http://www.axis.com/vapix/ws/schedule"


@dataclass(slots=True, kw_only=True)
class GetSchedule:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetServiceCapabilities:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

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
class RemoveSchedule:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class RemoveScheduleResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

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
class ScheduleActive:
    """
    Attributes:
        token: Schedules to evaluate together.
        local_time: Local time to evaluate at; without it the device uses its clock (and
            deduces it from UtcTime if that is given).
        utc_time: UTC time to evaluate at; without it the device uses its clock (and deduces
            it from LocalTime if that is given).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    local_time: None | str = field(
        default=None,
        metadata={
            "name": "LocalTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    utc_time: None | str = field(
        default=None,
        metadata={
            "name": "UtcTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class ScheduleActiveResponse:
    """
    Attributes:
        active: True if any of the schedules is active and none is in an exception period.
        exception: True if an exception period of any of the schedules applies.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    active: bool = field(
        metadata={
            "name": "Active",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        }
    )
    exception: bool = field(
        metadata={
            "name": "Exception",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class ScheduleStatus:
    """
    Current state of one schedule.

    Active is enough to tell whether the schedule applies: it is false whenever Exception is
    true.

    Attributes:
        token: Token of the schedule (an element here, not an attribute).
        active:
        exception:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
            "max_length": 64,
        }
    )
    active: bool = field(
        metadata={
            "name": "Active",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        }
    )
    exception: bool = field(
        metadata={
            "name": "Exception",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class ScheduleStatusReport:
    """
    Attributes:
        token: Schedules to report on; none for all schedules.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class ServiceCapabilities:
    """
    Optional functionality of the schedule service.

    The operation flags are XML attributes; the supported iCalendar components are listed as
    elements.

    Attributes:
        component: iCalendar component supported in schedule definitions; VEVENT is always
            among them.
        set_schedule:
        get_schedule:
        remove_schedule:
        schedule_active:
        event_support: True if the service sends schedule events (Interval, Pulse).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    component: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Component",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    set_schedule: None | bool = field(
        default=None,
        metadata={
            "name": "SetSchedule",
            "type": "Attribute",
        },
    )
    get_schedule: None | bool = field(
        default=None,
        metadata={
            "name": "GetSchedule",
            "type": "Attribute",
        },
    )
    remove_schedule: None | bool = field(
        default=None,
        metadata={
            "name": "RemoveSchedule",
            "type": "Attribute",
        },
    )
    schedule_active: None | bool = field(
        default=None,
        metadata={
            "name": "ScheduleActive",
            "type": "Attribute",
        },
    )
    event_support: None | bool = field(
        default=None,
        metadata={
            "name": "EventSupport",
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
class SetScheduleResponse:
    """
    Attributes:
        token: Tokens of the schedules set, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
        namespace = "http://www.axis.com/vapix/ws/schedule"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class InitializationDone(DataEntity):
    """
    Signals that the schedule service has finished starting; its token is the UUID of the
    device.

    No operation of the service carries it.
    """


@dataclass(slots=True, kw_only=True)
class Schedule(DataEntity):
    """
    A schedule.

    A VEVENT with DTEND makes an interval schedule, one without DTEND a pulse schedule. Times
    are local; UTC, VTIMEZONE and VALARM are not supported.

    Attributes:
        name:
        description:
        schedule_definition: iCalendar text (VCALENDAR with VEVENTs, RRULE/RDATE
            recurrences), CRLF line endings.
        attribute:
        exception_schedule_definition: iCalendar text of the periods subtracted from
            ScheduleDefinition; while an exception is active the schedule is inactive.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
            "max_length": 1024,
        },
    )
    schedule_definition: str = field(
        metadata={
            "name": "ScheduleDefinition",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        }
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    exception_schedule_definition: None | str = field(
        default=None,
        metadata={
            "name": "ExceptionScheduleDefinition",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )


@dataclass(slots=True, kw_only=True)
class ScheduleInfo(DataEntity):
    """
    Read-only summary of a schedule: name and description.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class ScheduleStatusReportResponse:
    """
    Attributes:
        status:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    status: list[ScheduleStatus] = field(
        default_factory=list,
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        schedule_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    schedule_info: list[ScheduleInfo] = field(
        default_factory=list,
        metadata={
            "name": "ScheduleInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleInfoResponse:
    """
    Attributes:
        schedule_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    schedule_info: list[ScheduleInfo] = field(
        default_factory=list,
        metadata={
            "name": "ScheduleInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        schedule:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
        },
    )
    schedule: list[Schedule] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class GetScheduleResponse:
    """
    Attributes:
        schedule:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    schedule: list[Schedule] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
class SetSchedule:
    """
    Attributes:
        schedule: Schedules to create (empty token) or replace (existing token).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/schedule"

    schedule: list[Schedule] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/schedule",
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
