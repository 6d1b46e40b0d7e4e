from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "http://www.axis.com/vapix/ws/AxisIo"


@dataclass(slots=True, kw_only=True)
class GetIoAssignmentList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

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
class GetIoInfoList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

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
class GetIoUserInfoList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

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


class IoAssignmentErrorCode(Enum):
    """
    Why an assignment was refused.
    """

    OTHER = "Other"
    UNKNOWN = "Unknown"
    IO_DOES_NOT_EXIST = "IoDoesNotExist"
    IO_USER_SERVICE_DOES_NOT_EXIST = "IoUserServiceDoesNotExist"
    IO_USER_TOKEN_DOES_NOT_EXIST = "IoUserTokenDoesNotExist"
    IO_USER_USAGE_DOES_NOT_EXIST = "IoUserUsageDoesNotExist"
    MULTIPLE_IO_NOT_ALLOWED = "MultipleIoNotAllowed"
    MODE_ALREADY_ASSIGNED_IN_REQUEST = "ModeAlreadyAssignedInRequest"
    MODE_NOT_ALLOWED_FOR_IO = "ModeNotAllowedForIo"
    MODE_NOT_ALLOWED_FOR_IO_USER = "ModeNotAllowedForIoUser"
    DUPLICATE_IO_ASSIGNMENT = "DuplicateIoAssignment"


@dataclass(slots=True, kw_only=True)
class IoUser:
    """
    One use of an I/O by an entity of another service (a door lock, a reader LED...).

    Attributes:
        type_value: Service owning the entity: "doorcontrol" or "idpoint".
        token: Token of the Door or IdPoint that uses the I/O.
        usage: What the entity uses the I/O for, for example "Lock_Standard",
            "DoorOpenMonitor", "REX", "LedSingle", "Wiegand", "RS-485HD", "Lock_Remote".
        multi_io: True if this IoUser may be assigned to more than one I/O.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    type_value: str = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    token: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
            "max_length": 64,
            "name": "token",
        }
    )
    usage: str = field(
        metadata={
            "name": "Usage",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    multi_io: bool = field(
        metadata={
            "name": "MultiIo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class PinInfo:
    """
    One physical pin used by an I/O.

    Attributes:
        name: Connector and pin number as "connector:pin", for example "Reader Data 1:5" or
            "Door IN 1:1:GND".
        description: What the pin is, for example "GND", "RX B-" or "+".
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    description: str = field(
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class IoAssignment:
    """
    Puts one I/O in a mode and gives it to zero or more IoUsers.

    Setting it replaces everything assigned to that I/O; with no IoUser the I/O is unassigned.

    Attributes:
        io_name:
        io_mode: Mode to run the I/O in; one of the IoInfo modes and accepted by every
            IoUser given.
        io_user:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    io_name: str = field(
        metadata={
            "name": "IoName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_mode: str = field(
        metadata={
            "name": "IoMode",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_user: list[IoUser] = field(
        default_factory=list,
        metadata={
            "name": "IoUser",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class IoAssignmentError:
    """
    An assignment of a SetIoAssignment request that failed, and why.

    Attributes:
        io_name:
        io_mode:
        io_user: The IoUser the error concerns, if any.
        error:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    io_name: str = field(
        metadata={
            "name": "IoName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_mode: str = field(
        metadata={
            "name": "IoMode",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_user: None | IoUser = field(
        default=None,
        metadata={
            "name": "IoUser",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        },
    )
    error: IoAssignmentErrorCode | str = field(
        metadata={
            "name": "Error",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class IoInfo:
    """
    An I/O of the controller: a way of using a group of physical pins.

    I/Os sharing a pin exclude each other.

    Attributes:
        io_name: Name used to assign the I/O, for example "IO1", "H-bridge1", "Ser0fd",
            "Wiegand1", "Eth0".
        io_mode: Modes the I/O supports, for example "inout:pu/gnd", "h_bridge", "rs485hd",
            "wiegand", "ethernet".
        pin_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    io_name: str = field(
        metadata={
            "name": "IoName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_mode: list[str] = field(
        default_factory=list,
        metadata={
            "name": "IoMode",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        },
    )
    pin_info: list[PinInfo] = field(
        default_factory=list,
        metadata={
            "name": "PinInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class IoUserInfo:
    """
    An I/O need of a configured service entity, with the modes an I/O must support to serve it.

    Attributes:
        name: Display name of the entity, for example "Door" or "Reader In".
        io_mode: Modes acceptable for this IoUser.
        io_user:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        }
    )
    io_mode: list[str] = field(
        default_factory=list,
        metadata={
            "name": "IoMode",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
        },
    )
    io_user: IoUser = field(
        metadata={
            "name": "IoUser",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class GetIoAssignmentListResponse:
    """
    Attributes:
        io_assignment:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

    io_assignment: list[IoAssignment] = field(
        default_factory=list,
        metadata={
            "name": "IoAssignment",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class GetIoInfoListResponse:
    """
    Attributes:
        io_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

    io_info: list[IoInfo] = field(
        default_factory=list,
        metadata={
            "name": "IoInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class GetIoUserInfoListResponse:
    """
    Attributes:
        io_user_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

    io_user_info: list[IoUserInfo] = field(
        default_factory=list,
        metadata={
            "name": "IoUserInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class SetIoAssignment:
    """
    Attributes:
        io_assignment:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

    io_assignment: list[IoAssignment] = field(
        default_factory=list,
        metadata={
            "name": "IoAssignment",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
class SetIoAssignmentResponse:
    """
    Attributes:
        io_assignment_error: Failed assignments; none when all succeeded.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisIo"

    io_assignment_error: list[IoAssignmentError] = field(
        default_factory=list,
        metadata={
            "name": "IoAssignmentError",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisIo",
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
