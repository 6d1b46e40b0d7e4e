from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.axconf import (
    Configuration,
    ConfigurationInfo,
)
from .common.pt import (
    DataEntity,
)
from .common.pt import (
    NameValue as PtNameValue,
)
from .common.tt import BinaryData

__NAMESPACE__ = "http://www.axis.com/vapix/ws/IdPoint"


class ActivityType(Enum):
    """
    Kind of remote activity.
    """

    REX = "REX"
    CARD = "Card"
    PIN = "PIN"


@dataclass(slots=True, kw_only=True)
class FeedbackMessageResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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
class GetFeedbackMessage:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdDataConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdDataConfigurationList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointCapabilities:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfigurationInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfigurationList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointWhiteList:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointWhiteListList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetLastCredential:
    """
    Attributes:
        token: Token of the IdPoint (reader).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetSecureChannelStatus:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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


class IdDataEncoding(Enum):
    """
    How the bits selected by an IdDataFieldMap become a value: hex, base64, string, BCD or
    integer, little or big endian, optionally with inverted byte order (IBO).
    """

    OTHER = "Other"
    BIN_LE2HEX = "BinLE2hex"
    BIN_BE2HEX = "BinBE2hex"
    BIN2_BASE64 = "Bin2Base64"
    BIN2_STRING = "Bin2String"
    BIN_LEBCD2_STRING = "BinLEBCD2String"
    BIN_BEBCD2_STRING = "BinBEBCD2String"
    BIN_LE2_INT = "BinLE2Int"
    BIN_BE2_INT = "BinBE2Int"
    BIN_LEIBO2HEX = "BinLEIBO2hex"
    BIN_BEIBO2HEX = "BinBEIBO2hex"
    BIN_IBO2_BASE64 = "BinIBO2Base64"
    BIN_IBO2_STRING = "BinIBO2String"
    BIN_LEIBO2_INT = "BinLEIBO2Int"
    BIN_BEIBO2_INT = "BinBEIBO2Int"


@dataclass(slots=True, kw_only=True)
class IdPointCapabilities:
    """
    What one IdPoint supports.

    The flags are XML attributes (a JSON object of booleans); the MIME type lists are repeated
    elements. The values can change when the hardware configuration changes.

    Attributes:
        supported_message_types: MIME types accepted for the Message of FeedbackMessage, for
            example text/plain; may be empty.
        supported_graphics_types: MIME types accepted for the Graphics of FeedbackMessage,
            for example image/png; may be empty.
        supported_audio_types: Audio formats accepted for the Audio of FeedbackMessage, for
            example audio/basic.
        additional_capabilities: Further supported features; their names are not specified.
        configurable: True when the IdPoint settings can be changed.
        support_card: True when the IdPoint reads cards.
        support_pin: True when the IdPoint has a keypad for PIN entry.
        support_rex: True when the IdPoint has a request-to-exit input.
        support_biometric: True when the IdPoint has a biometric input.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    supported_message_types: list[str] = field(
        default_factory=list,
        metadata={
            "name": "SupportedMessageTypes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    supported_graphics_types: list[str] = field(
        default_factory=list,
        metadata={
            "name": "SupportedGraphicsTypes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    supported_audio_types: list[str] = field(
        default_factory=list,
        metadata={
            "name": "SupportedAudioTypes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    additional_capabilities: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AdditionalCapabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    configurable: None | bool = field(
        default=None,
        metadata={
            "name": "Configurable",
            "type": "Attribute",
        },
    )
    support_card: None | bool = field(
        default=None,
        metadata={
            "name": "SupportCard",
            "type": "Attribute",
        },
    )
    support_pin: None | bool = field(
        default=None,
        metadata={
            "name": "SupportPIN",
            "type": "Attribute",
        },
    )
    support_rex: None | bool = field(
        default=None,
        metadata={
            "name": "SupportREX",
            "type": "Attribute",
        },
    )
    support_biometric: None | bool = field(
        default=None,
        metadata={
            "name": "SupportBiometric",
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


class IdPointFeedback(Enum):
    """
    Feedback profile an IdPoint shows.

    How each profile looks (LED colours, beeps) is up to the reader; InvalidCredential,
    AccessDenied, Fault, Warning and Alarm are typically negative feedback.
    """

    OTHER = "Other"
    IDLE = "Idle"
    DOOR_LOCKED = "DoorLocked"
    DOOR_UNLOCKED = "DoorUnlocked"
    DOOR_OPEN_TOO_LONG = "DoorOpenTooLong"
    DOOR_PRE_ALARM_WARNING = "DoorPreAlarmWarning"
    REQUIRE_PIN = "RequirePIN"
    REQUIRE_CARD = "RequireCard"
    PROCESSING = "Processing"
    INVALID_CREDENTIAL = "InvalidCredential"
    ACCESS_GRANTED = "AccessGranted"
    ACCESS_DENIED = "AccessDenied"
    OK = "Ok"
    FAULT = "Fault"
    WARNING = "Warning"
    ALARM = "Alarm"
    CUSTOM = "Custom"


@dataclass(slots=True, kw_only=True)
class IndicateRemoteActivitiesResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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
class NameValue:
    """
    A name/value pair with Name and Value as child elements.

    Attributes:
        name:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    value: str = field(
        repr=False,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class RemoveIdDataConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class RemoveIdDataConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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
class RemoveIdPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class RemoveIdPointConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class RemoveIdPointConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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
class RemoveIdPointResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

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


class SecureChannel(Enum):
    """
    State of the secure channel between controller and reader.
    """

    UNKNOWN = "Unknown"
    CONNECTION_LOST = "ConnectionLost"
    CONNECTION_ESTABLISHED = "ConnectionEstablished"
    NOT_SUPPORTED = "NotSupported"
    NO_KEY = "NoKey"


@dataclass(slots=True, kw_only=True)
class ServiceCapabilities:
    """
    Optional functionality of the IdPoint service.

    Attributes:
        set_id_point: True when IdPoints can be created and changed with SetIdPoint.
        max_limit: Most items one Get or List call returns (not in the documented list; see
            comment).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    set_id_point: None | bool = field(
        default=None,
        metadata={
            "name": "SetIdPoint",
            "type": "Attribute",
        },
    )
    max_limit: None | int = field(
        default=None,
        metadata={
            "name": "MaxLimit",
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
class SetIdDataConfigurationResponse:
    """
    Attributes:
        token: Tokens of the card formats set, including generated ones.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class SetIdPointConfigurationResponse:
    """
    Attributes:
        token: Tokens of the configurations set, including generated ones.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class SetIdPointResponse:
    """
    Attributes:
        token: Tokens of the IdPoints set, including generated ones.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class Activity:
    """
    One remote activity.

    Card and PIN need Params (PIN needs one named "PIN"); REX takes none. The Params become the
    IdData of the Request event, in the given order.

    Attributes:
        type_value:
        params: IdData of the activity, for example Card, PIN or LPN.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    type_value: ActivityType | str = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    params: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "Params",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class FeedbackMessage:
    """
    Attributes:
        token:
        profile: Which feedback the reader gives (an IdPointFeedback value).
        other_profile: The wanted profile when Profile is Other.
        message: Text to show.
        graphics: Image to show, in one of the SupportedGraphicsTypes.
        audio: Sound to play, in one of the SupportedAudioTypes.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    profile: IdPointFeedback | str = field(
        metadata={
            "name": "Profile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    other_profile: None | str = field(
        default=None,
        metadata={
            "name": "OtherProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    message: None | str = field(
        default=None,
        metadata={
            "name": "Message",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    graphics: None | BinaryData = field(
        default=None,
        metadata={
            "name": "Graphics",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    audio: None | BinaryData = field(
        default=None,
        metadata={
            "name": "Audio",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetFeedbackMessageResponse:
    """
    Attributes:
        profile: Which feedback the reader gives (an IdPointFeedback value).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    profile: IdPointFeedback | str = field(
        metadata={
            "name": "Profile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointCapabilitiesResponse:
    """
    Attributes:
        id_point_capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point_capabilities: IdPointCapabilities = field(
        metadata={
            "name": "IdPointCapabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfigurationInfoResponse:
    """
    Attributes:
        configuration_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    configuration_info: list[ConfigurationInfo] = field(
        default_factory=list,
        metadata={
            "name": "ConfigurationInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetLastCredentialResponse:
    """
    Attributes:
        id_data: Decoded fields of the last credential; Card and BitCount are always
            present.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_data: list[PtNameValue] = field(
        default_factory=list,
        metadata={
            "name": "IdData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class IdDataFieldMap:
    """
    One IdData field taken from the raw card bits.

    Attributes:
        name: IdData name the field is reported under, for example CardNr or FacilityCode.
        map: Comma separated bit selection: ranges such as "10-25", single bits (the first
            bit is 1), or constants (0b..., 0x..., s...), joined in order.
        encoding:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    map: str = field(
        metadata={
            "name": "Map",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    encoding: IdDataEncoding | str = field(
        metadata={
            "name": "Encoding",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class IdPoint(DataEntity):
    """
    Full settings of an IdPoint, the logical reader.

    It shares its token with the IdPointConfiguration that binds it to hardware; either can be
    set first.

    Attributes:
        name:
        description:
        location: Free text telling where the IdPoint is.
        area: The area the IdPoint is in.
        action: What the IdPoint asks for by default: "Access" when absent;
            "AccessDoorWithoutUnlock" is also used (REX that must not unlock).
        min_pinsize: Fewest characters of a PIN.
        max_pinsize: Most characters of a PIN.
        end_of_pin: Character or string that ends PIN entry and sends the PIN, for example
            "#".
        timeout: Longest pause between two user interactions, for example PT3S.
        heartbeat_interval: Time between heartbeat events; zero (PT0S) means no heartbeat.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 1024,
        },
    )
    location: None | str = field(
        default=None,
        metadata={
            "name": "Location",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    area: None | str = field(
        default=None,
        metadata={
            "name": "Area",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    action: None | str = field(
        default=None,
        metadata={
            "name": "Action",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    min_pinsize: None | int = field(
        default=None,
        metadata={
            "name": "MinPINSize",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    max_pinsize: None | int = field(
        default=None,
        metadata={
            "name": "MaxPINSize",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    end_of_pin: None | str = field(
        default=None,
        metadata={
            "name": "EndOfPIN",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    timeout: None | str = field(
        default=None,
        metadata={
            "name": "Timeout",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    heartbeat_interval: None | str = field(
        default=None,
        metadata={
            "name": "HeartbeatInterval",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )


@dataclass(slots=True, kw_only=True)
class IdPointConfiguration(DataEntity):
    """
    Hardware binding of an IdPoint: the controller it runs on, the card formats to decode and
    the reader settings.

    Its token is the token of the IdPoint.

    Attributes:
        device_uuid: UUID of the controller the reader is wired to; empty means the
            controller receiving the request, which fills in its own UUID.
        id_data_configuration: Tokens of the card formats (IdDataConfiguration) used to
            decode card data.
        configuration: Reader settings as name/value entries (IdPoint.Reader.Type,
            IdPoint.LED.Type, IdPoint.RS-485HD.Protocol ...); GetIdPointConfigurationInfo
            describes them. Name and Value are in the axconf namespace.
    """

    device_uuid: None | str = field(
        default=None,
        metadata={
            "name": "DeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_data_configuration: list[str] = field(
        default_factory=list,
        metadata={
            "name": "IdDataConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 64,
        },
    )
    configuration: list[Configuration] = field(
        default_factory=list,
        metadata={
            "name": "Configuration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )


@dataclass(slots=True, kw_only=True)
class IdPointInfo(DataEntity):
    """
    Read-only view of an IdPoint: name, placement and capabilities.

    Attributes:
        name:
        description:
        location: Free text telling where the IdPoint is.
        area: The area the IdPoint is in.
        capabilities:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 1024,
        },
    )
    location: str = field(
        metadata={
            "name": "Location",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    area: str = field(
        metadata={
            "name": "Area",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    capabilities: IdPointCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )


@dataclass(slots=True, kw_only=True)
class IdPointWhiteList(DataEntity):
    """
    Whitelist entries of one IdPoint (lock, for example a SmartIntego door) and their upload
    states.

    The structure is undocumented; its content is passed through unchanged.
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
class SecureChannelStatus:
    """
    Secure channel status of one IdPoint.

    Attributes:
        active: True when a secure channel is configured and working.
        reason: Details when the channel is not active.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    active: bool = field(
        metadata={
            "name": "Active",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    reason: None | SecureChannel | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfigurationListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        id_point_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_point_configuration: list[IdPointConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdPointConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointConfigurationResponse:
    """
    Attributes:
        id_point_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point_configuration: list[IdPointConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdPointConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        id_point_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_point_info: list[IdPointInfo] = field(
        default_factory=list,
        metadata={
            "name": "IdPointInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointInfoResponse:
    """
    Attributes:
        id_point_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point_info: list[IdPointInfo] = field(
        default_factory=list,
        metadata={
            "name": "IdPointInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        id_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_point: list[IdPoint] = field(
        default_factory=list,
        metadata={
            "name": "IdPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointResponse:
    """
    Attributes:
        id_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point: list[IdPoint] = field(
        default_factory=list,
        metadata={
            "name": "IdPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointWhiteListListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        id_point_white_list:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_point_white_list: list[IdPointWhiteList] = field(
        default_factory=list,
        metadata={
            "name": "IdPointWhiteList",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdPointWhiteListResponse:
    """
    Attributes:
        id_point_white_list:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point_white_list: list[IdPointWhiteList] = field(
        default_factory=list,
        metadata={
            "name": "IdPointWhiteList",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetSecureChannelStatusResponse:
    """
    Attributes:
        secure_channel_status:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    secure_channel_status: SecureChannelStatus = field(
        metadata={
            "name": "SecureChannelStatus",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class IdDataConfiguration(DataEntity):
    """
    A card format: how raw reader data of a given bit length is split into IdData name/value
    pairs.

    Devices ship defaults such as iddataconf_wiegand_26bit_h10301. Card (the raw data in lower
    case hex) and BitCount are always reported as well.

    Attributes:
        name:
        description:
        input_bitlength: Bit length the raw data must have for this format to apply.
        id_data_field_map:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
            "max_length": 1024,
        },
    )
    input_bitlength: int = field(
        metadata={
            "name": "InputBitlength",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    id_data_field_map: list[IdDataFieldMap] = field(
        default_factory=list,
        metadata={
            "name": "IdDataFieldMap",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )


@dataclass(slots=True, kw_only=True)
class IndicateRemoteActivities:
    """
    Attributes:
        token: Token of the IdPoint the activities happen at; it needs a hardware
            configuration.
        description: Text added to the events sent.
        activities:
        attributes: Reserved for future extensions; not used by current firmware.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    activities: list[Activity] = field(
        default_factory=list,
        metadata={
            "name": "Activities",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    attributes: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "Attributes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class SetIdPoint:
    """
    Attributes:
        id_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point: list[IdPoint] = field(
        default_factory=list,
        metadata={
            "name": "IdPoint",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class SetIdPointConfiguration:
    """
    Attributes:
        id_point_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_point_configuration: list[IdPointConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdPointConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdDataConfigurationListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        id_data_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
        },
    )
    id_data_configuration: list[IdDataConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdDataConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class GetIdDataConfigurationResponse:
    """
    Attributes:
        id_data_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_data_configuration: list[IdDataConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdDataConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
class SetIdDataConfiguration:
    """
    Attributes:
        id_data_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/IdPoint"

    id_data_configuration: list[IdDataConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "IdDataConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/IdPoint",
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
