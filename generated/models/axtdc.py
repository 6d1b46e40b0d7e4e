from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.axconf import (
    Configuration,
    ConfigurationInfo,
)
from .common.pt import (
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.axis.com/vapix/ws/DoorControl"


@dataclass(slots=True, kw_only=True)
class AccessDoorWithoutUnlockResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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


class DoorActionType(Enum):
    """
    What a priority level or a schedule asks of a door.

    Release withdraws the level's earlier request so that lower levels decide again; NoAction
    asks for nothing.
    """

    NO_ACTION = "NoAction"
    RELEASE = "Release"
    LOCK_DOWN_RELEASE = "LockDownRelease"
    LOCK_OPEN_RELEASE = "LockOpenRelease"
    LOCK = "Lock"
    UNLOCK = "Unlock"
    ACCESS = "Access"
    BLOCK = "Block"
    LOCK_DOWN = "LockDown"
    LOCK_OPEN = "LockOpen"
    DOUBLE_LOCK = "DoubleLock"


@dataclass(slots=True, kw_only=True)
class GetDoor:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorConfigurationInfo:
    """
    Attributes:
        token: Token of the door.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorConfigurationList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorPriorityState:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorScheduleConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorScheduleConfigurationList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetPriorityConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetPriorityConfigurationList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class ReleaseDoorResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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
class RemoveDoor:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class RemoveDoorConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class RemoveDoorConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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
class RemoveDoorResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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
class RemoveDoorScheduleConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class RemoveDoorScheduleConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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
class RemovePriorityConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class RemovePriorityConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

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
class SetDoorConfigurationResponse:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetDoorResponse:
    """
    Attributes:
        token: Tokens of the doors written, generated ones included.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetDoorScheduleConfigurationResponse:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetPriorityConfigurationResponse:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class AccessDoorWithoutUnlock:
    """
    Attributes:
        token:
        use_extended_time: Use the door's extended access and open-too-long times.
        access_time: How long access is granted; overrides the door's setting for this
            access.
        open_too_long_time: How long the door may stay open before an alarm; overrides the
            door's setting.
        pre_alarm_time: When to warn before the open-too-long alarm; overrides the door's
            setting.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    use_extended_time: None | bool = field(
        default=None,
        metadata={
            "name": "UseExtendedTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    access_time: None | str = field(
        default=None,
        metadata={
            "name": "AccessTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    open_too_long_time: None | str = field(
        default=None,
        metadata={
            "name": "OpenTooLongTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    pre_alarm_time: None | str = field(
        default=None,
        metadata={
            "name": "PreAlarmTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class Door(DataEntity):
    """
    Writable settings of a door: its timings and which priority configuration applies.

    Shares its token with tdc:DoorInfo and with the door's DoorConfiguration.

    Attributes:
        name:
        description:
        access_time: How long the door stays unlocked after an access grant.
        open_too_long_time: How long the door may stay open after an access before
            DoorOpenTooLong is raised.
        pre_alarm_time: Time before OpenTooLongTime runs out at which a warning is given.
        extended_access_time: Access time used when an access asks for extended time.
        extended_open_too_long_time: Open-too-long time used when an access asks for
            extended time.
        heartbeat_interval: Interval of the door's heartbeat events; PT0S turns them off.
        priority_configuration: Token of the PriorityConfiguration the door uses; the built-
            in one is "Standard".
        default_priority: Priority level of commands sent without one; empty means the
            default of the door's PriorityConfiguration.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 1024,
        },
    )
    access_time: str = field(
        metadata={
            "name": "AccessTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    open_too_long_time: str = field(
        metadata={
            "name": "OpenTooLongTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    pre_alarm_time: str = field(
        metadata={
            "name": "PreAlarmTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    extended_access_time: str = field(
        metadata={
            "name": "ExtendedAccessTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    extended_open_too_long_time: str = field(
        metadata={
            "name": "ExtendedOpenTooLongTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    heartbeat_interval: None | str = field(
        default=None,
        metadata={
            "name": "HeartbeatInterval",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    priority_configuration: None | str = field(
        default=None,
        metadata={
            "name": "PriorityConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 64,
        },
    )
    default_priority: None | str = field(
        default=None,
        metadata={
            "name": "DefaultPriority",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )


@dataclass(slots=True, kw_only=True)
class DoorConfiguration(DataEntity):
    """
    Hardware configuration of a door (lock, double lock, door monitor, door type) as name/value
    entries, plus the door's schedule configuration.

    Same token as the Door. A Set merges entries by name: entries not sent keep their values.

    Attributes:
        device_uuid: UUID of the controller the door belongs to; empty means the controller
            receiving the request.
        configuration: Configuration entries such as Lock.Type or DoorMonitor.ValueWhenOpen;
            GetDoorConfigurationInfo describes the names and values a door accepts. Name and
            Value are in the axconf namespace.
        door_schedule_configuration: Token of the DoorScheduleConfiguration that drives the
            door; empty for none.
    """

    device_uuid: None | str = field(
        default=None,
        metadata={
            "name": "DeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    configuration: list[Configuration] = field(
        default_factory=list,
        metadata={
            "name": "Configuration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    door_schedule_configuration: None | str = field(
        default=None,
        metadata={
            "name": "DoorScheduleConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 64,
        },
    )


@dataclass(slots=True, kw_only=True)
class DoorPriorityAction:
    """
    A priority level and a door action.

    A PriorityConfiguration lists its levels this way, each with the action it holds until a
    command changes it; GetDoorPriorityState returns the action currently requested at each
    level.

    Attributes:
        priority_level: Name of the level, free-form (for example "High", "Normal").
        reason: Only in GetDoorPriorityState: what set the action, "Schedule", "API" or
            empty.
        door_action:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    priority_level: str = field(
        metadata={
            "name": "PriorityLevel",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    door_action: DoorActionType | str = field(
        metadata={
            "name": "DoorAction",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorConfigurationInfoResponse:
    """
    Attributes:
        configuration_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    configuration_info: list[ConfigurationInfo] = field(
        default_factory=list,
        metadata={
            "name": "ConfigurationInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class ReleaseDoor:
    """
    Attributes:
        token:
        priority_level: Level to release; empty for the door's default priority.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    priority_level: None | str = field(
        default=None,
        metadata={
            "name": "PriorityLevel",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class ScheduledState:
    """
    An action taken while any of the listed schedules is active.

    Attributes:
        schedule_token: Schedules (axsch) that activate this state.
        enter_action: Action requested when the state becomes the active one.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    schedule_token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "ScheduleToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "min_occurs": 1,
            "max_length": 64,
        },
    )
    enter_action: DoorActionType | str = field(
        metadata={
            "name": "EnterAction",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class DoorSchedule:
    """
    Scheduled states for one priority level.

    The states are tried in order and the first one with an active schedule applies.

    Attributes:
        priority_level: Level the scheduled actions are requested at; empty for the door's
            default. With an empty level the configuration may hold a single DoorSchedule
            only.
        scheduled_state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    priority_level: None | str = field(
        default=None,
        metadata={
            "name": "PriorityLevel",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    scheduled_state: list[ScheduledState] = field(
        default_factory=list,
        metadata={
            "name": "ScheduledState",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "min_occurs": 1,
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
class GetDoorConfigurationListResponse:
    """
    Attributes:
        next_start_reference:
        door_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    door_configuration: list[DoorConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorConfigurationResponse:
    """
    Attributes:
        door_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door_configuration: list[DoorConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        door:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    door: list[Door] = field(
        default_factory=list,
        metadata={
            "name": "Door",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorPriorityStateResponse:
    """
    Attributes:
        door_priority_action: One entry per level, highest priority first.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door_priority_action: list[DoorPriorityAction] = field(
        default_factory=list,
        metadata={
            "name": "DoorPriorityAction",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorResponse:
    """
    Attributes:
        door:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door: list[Door] = field(
        default_factory=list,
        metadata={
            "name": "Door",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class PriorityConfiguration(DataEntity):
    """
    A named set of priority levels, listed from highest to lowest priority.

    Door commands name the level they apply at; a command at a higher level overrides lower
    ones until it is released.

    Attributes:
        name:
        default_priority: Level used for commands that name no priority.
        door_priority_action:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 64,
        }
    )
    default_priority: str = field(
        metadata={
            "name": "DefaultPriority",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        }
    )
    door_priority_action: list[DoorPriorityAction] = field(
        default_factory=list,
        metadata={
            "name": "DoorPriorityAction",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "min_occurs": 1,
        },
    )


@dataclass(slots=True, kw_only=True)
class SetDoor:
    """
    Attributes:
        door:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door: list[Door] = field(
        default_factory=list,
        metadata={
            "name": "Door",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetDoorConfiguration:
    """
    Attributes:
        door_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door_configuration: list[DoorConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class DoorScheduleConfiguration(DataEntity):
    """
    Schedule-driven door actions, one DoorSchedule per priority level.

    A door uses it through DoorConfiguration.DoorScheduleConfiguration.
    """

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "max_length": 1024,
        },
    )
    door_schedule: list[DoorSchedule] = field(
        default_factory=list,
        metadata={
            "name": "DoorSchedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
            "min_occurs": 1,
        },
    )


@dataclass(slots=True, kw_only=True)
class GetPriorityConfigurationListResponse:
    """
    Attributes:
        next_start_reference:
        priority_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    priority_configuration: list[PriorityConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "PriorityConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetPriorityConfigurationResponse:
    """
    Attributes:
        priority_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    priority_configuration: list[PriorityConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "PriorityConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetPriorityConfiguration:
    """
    Attributes:
        priority_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    priority_configuration: list[PriorityConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "PriorityConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorScheduleConfigurationListResponse:
    """
    Attributes:
        next_start_reference:
        door_schedule_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
        },
    )
    door_schedule_configuration: list[DoorScheduleConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorScheduleConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class GetDoorScheduleConfigurationResponse:
    """
    Attributes:
        door_schedule_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door_schedule_configuration: list[DoorScheduleConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorScheduleConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
class SetDoorScheduleConfiguration:
    """
    Attributes:
        door_schedule_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/DoorControl"

    door_schedule_configuration: list[DoorScheduleConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "DoorScheduleConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/DoorControl",
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
