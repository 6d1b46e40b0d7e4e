from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.pt import (
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class AccessDoorResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

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


class DoorAlarmState(Enum):
    NORMAL = "Normal"
    DOOR_FORCED_OPEN = "DoorForcedOpen"
    DOOR_OPEN_TOO_LONG = "DoorOpenTooLong"


@dataclass(slots=True, kw_only=True)
class DoorCapabilities:
    """
    What a door supports; flags are XML attributes (a JSON object of booleans).

    Doors of peer controllers report no flags.

    Attributes:
        access:
        access_timing_override:
        lock:
        unlock:
        block:
        double_lock:
        lock_down:
        lock_open:
        door_monitor:
        lock_monitor:
        double_lock_monitor:
        alarm:
        tamper:
        fault:
        warning:
        configurable:
        priority_levels: Number of priority levels; 0 or 1 means no priorities.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    access: None | bool = field(
        default=None,
        metadata={
            "name": "Access",
            "type": "Attribute",
        },
    )
    access_timing_override: None | bool = field(
        default=None,
        metadata={
            "name": "AccessTimingOverride",
            "type": "Attribute",
        },
    )
    lock: None | bool = field(
        default=None,
        metadata={
            "name": "Lock",
            "type": "Attribute",
        },
    )
    unlock: None | bool = field(
        default=None,
        metadata={
            "name": "Unlock",
            "type": "Attribute",
        },
    )
    block: None | bool = field(
        default=None,
        metadata={
            "name": "Block",
            "type": "Attribute",
        },
    )
    double_lock: None | bool = field(
        default=None,
        metadata={
            "name": "DoubleLock",
            "type": "Attribute",
        },
    )
    lock_down: None | bool = field(
        default=None,
        metadata={
            "name": "LockDown",
            "type": "Attribute",
        },
    )
    lock_open: None | bool = field(
        default=None,
        metadata={
            "name": "LockOpen",
            "type": "Attribute",
        },
    )
    door_monitor: None | bool = field(
        default=None,
        metadata={
            "name": "DoorMonitor",
            "type": "Attribute",
        },
    )
    lock_monitor: None | bool = field(
        default=None,
        metadata={
            "name": "LockMonitor",
            "type": "Attribute",
        },
    )
    double_lock_monitor: None | bool = field(
        default=None,
        metadata={
            "name": "DoubleLockMonitor",
            "type": "Attribute",
        },
    )
    alarm: None | bool = field(
        default=None,
        metadata={
            "name": "Alarm",
            "type": "Attribute",
        },
    )
    tamper: None | bool = field(
        default=None,
        metadata={
            "name": "Tamper",
            "type": "Attribute",
        },
    )
    fault: None | bool = field(
        default=None,
        metadata={
            "name": "Fault",
            "type": "Attribute",
        },
    )
    warning: None | bool = field(
        default=None,
        metadata={
            "name": "Warning",
            "type": "Attribute",
        },
    )
    configurable: None | bool = field(
        default=None,
        metadata={
            "name": "Configurable",
            "type": "Attribute",
        },
    )
    priority_levels: None | int = field(
        default=None,
        metadata={
            "name": "PriorityLevels",
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
class DoorCommandResponse:
    """
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


class DoorFaultState(Enum):
    UNKNOWN = "Unknown"
    NOT_IN_FAULT = "NotInFault"
    FAULT_DETECTED = "FaultDetected"


class DoorMode(Enum):
    """
    Logical state of a door, set by the door commands.
    """

    UNKNOWN = "Unknown"
    LOCKED = "Locked"
    UNLOCKED = "Unlocked"
    ACCESSED = "Accessed"
    BLOCKED = "Blocked"
    LOCKED_DOWN = "LockedDown"
    LOCKED_OPEN = "LockedOpen"
    DOUBLE_LOCKED = "DoubleLocked"


class DoorPhysicalState(Enum):
    UNKNOWN = "Unknown"
    OPEN = "Open"
    CLOSED = "Closed"
    FAULT = "Fault"


class DoorTamperState(Enum):
    UNKNOWN = "Unknown"
    NOT_IN_TAMPER = "NotInTamper"
    TAMPER_DETECTED = "TamperDetected"


@dataclass(slots=True, kw_only=True)
class GetDoorInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class GetDoorInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class GetDoorState:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class GetServiceCapabilities:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

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


class LockPhysicalState(Enum):
    UNKNOWN = "Unknown"
    LOCKED = "Locked"
    UNLOCKED = "Unlocked"
    FAULT = "Fault"


@dataclass(slots=True, kw_only=True)
class ServiceCapabilities:
    """
    Optional functionality of the door control service.

    Attributes:
        max_limit: Most items one Get or List call returns.
        get_door_supported:
        set_door_supported:
        priority_configuration_supported:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    max_limit: None | int = field(
        default=None,
        metadata={
            "name": "MaxLimit",
            "type": "Attribute",
        },
    )
    get_door_supported: None | bool = field(
        default=None,
        metadata={
            "name": "GetDoorSupported",
            "type": "Attribute",
        },
    )
    set_door_supported: None | bool = field(
        default=None,
        metadata={
            "name": "SetDoorSupported",
            "type": "Attribute",
        },
    )
    priority_configuration_supported: None | bool = field(
        default=None,
        metadata={
            "name": "PriorityConfigurationSupported",
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
class AccessDoor:
    """
    Attributes:
        token:
        use_extended_time: Use the door's extended access and open-too-long times.
        access_time: How long the door stays unlocked; overrides the door's setting for this
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
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        }
    )
    use_extended_time: None | bool = field(
        default=None,
        metadata={
            "name": "UseExtendedTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    access_time: None | str = field(
        default=None,
        metadata={
            "name": "AccessTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    open_too_long_time: None | str = field(
        default=None,
        metadata={
            "name": "OpenTooLongTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    pre_alarm_time: None | str = field(
        default=None,
        metadata={
            "name": "PreAlarmTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class BlockDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class DoorCommand:
    """
    Attributes:
        token:
        priority_level: Priority of the command; empty for the door's default priority.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
            "max_length": 64,
        }
    )
    priority_level: None | str = field(
        default=None,
        metadata={
            "name": "PriorityLevel",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class DoorFault:
    """
    Attributes:
        reason:
        state:
        door_monitor_fault:
        lock_fault:
        double_lock_fault:
        lock_monitor_fault:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    state: DoorFaultState | str = field(
        metadata={
            "name": "State",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        }
    )
    door_monitor_fault: None | bool = field(
        default=None,
        metadata={
            "name": "DoorMonitorFault",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    lock_fault: None | bool = field(
        default=None,
        metadata={
            "name": "LockFault",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    double_lock_fault: None | bool = field(
        default=None,
        metadata={
            "name": "DoubleLockFault",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    lock_monitor_fault: None | bool = field(
        default=None,
        metadata={
            "name": "LockMonitorFault",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class DoorInfo(DataEntity):
    """
    Read-only view of a door: name and capabilities.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
            "max_length": 1024,
        },
    )
    capabilities: DoorCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        }
    )


@dataclass(slots=True, kw_only=True)
class DoorTamper:
    """
    Attributes:
        reason:
        state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    state: DoorTamperState | str = field(
        metadata={
            "name": "State",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class DoubleLockDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class GetServiceCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class LockDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockDownDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockDownReleaseDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockOpenDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockOpenReleaseDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class UnlockDoorResponse(DoorCommandResponse):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class BlockDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class DoorState:
    """
    Current logical and physical state of a door.

    Attributes:
        door_physical_state:
        lock_physical_state:
        double_lock_physical_state:
        alarm:
        tamper:
        fault:
        door_mode:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    door_physical_state: None | DoorPhysicalState | str = field(
        default=None,
        metadata={
            "name": "DoorPhysicalState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    lock_physical_state: None | LockPhysicalState | str = field(
        default=None,
        metadata={
            "name": "LockPhysicalState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    double_lock_physical_state: None | LockPhysicalState | str = field(
        default=None,
        metadata={
            "name": "DoubleLockPhysicalState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    alarm: None | DoorAlarmState | str = field(
        default=None,
        metadata={
            "name": "Alarm",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    tamper: None | DoorTamper = field(
        default=None,
        metadata={
            "name": "Tamper",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    fault: None | DoorFault = field(
        default=None,
        metadata={
            "name": "Fault",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    door_mode: DoorMode | str = field(
        metadata={
            "name": "DoorMode",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class DoubleLockDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class GetDoorInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        door_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
        },
    )
    door_info: list[DoorInfo] = field(
        default_factory=list,
        metadata={
            "name": "DoorInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class GetDoorInfoResponse:
    """
    Attributes:
        door_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    door_info: list[DoorInfo] = field(
        default_factory=list,
        metadata={
            "name": "DoorInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
class LockDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockDownDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockDownReleaseDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockOpenDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class LockOpenReleaseDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class UnlockDoor(DoorCommand):
    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class GetDoorStateResponse:
    """
    Attributes:
        door_state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/doorcontrol/wsdl"

    door_state: DoorState = field(
        metadata={
            "name": "DoorState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/doorcontrol/wsdl",
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
