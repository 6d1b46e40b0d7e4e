from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "http://www.onvif.org/ver10/schema"


@dataclass(slots=True, kw_only=True)
class AnalyticsCapabilities:
    """
    Attributes:
        xaddr:
        rule_support:
        analytics_module_support:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    rule_support: bool = field(
        metadata={
            "name": "RuleSupport",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    analytics_module_support: bool = field(
        metadata={
            "name": "AnalyticsModuleSupport",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class BinaryData:
    """
    Binary content with its MIME type (IdPoint feedback graphics and audio).

    Attributes:
        data:
        content_type:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    data: bytes = field(
        metadata={
            "name": "Data",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
            "format": "base64",
        }
    )
    content_type: None | str = field(
        default=None,
        metadata={
            "name": "contentType",
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


class CapabilityCategory(Enum):
    """
    A group of capabilities GetCapabilities can be asked for.
    """

    ALL = "All"
    ANALYTICS = "Analytics"
    DEVICE = "Device"
    EVENTS = "Events"
    IMAGING = "Imaging"
    MEDIA = "Media"
    PTZ = "PTZ"


@dataclass(slots=True, kw_only=True)
class Date:
    """
    Attributes:
        year:
        month: 1 to 12.
        day: 1 to 31.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    year: int = field(
        metadata={
            "name": "Year",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    month: int = field(
        metadata={
            "name": "Month",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    day: int = field(
        metadata={
            "name": "Day",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class EventCapabilities:
    """
    The event service: its address and the WS-BaseNotification features it has.

    Attributes:
        xaddr:
        wssubscription_policy_support:
        wspull_point_support:
        wspausable_subscription_manager_interface_support:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    wssubscription_policy_support: bool = field(
        metadata={
            "name": "WSSubscriptionPolicySupport",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    wspull_point_support: bool = field(
        metadata={
            "name": "WSPullPointSupport",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    wspausable_subscription_manager_interface_support: bool = field(
        metadata={
            "name": "WSPausableSubscriptionManagerInterfaceSupport",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class Extension:
    """
    Extension point: later or vendor elements, kept as they arrive.

    Attributes:
        any_element:
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
class ImagingCapabilities:
    """
    Attributes:
        xaddr:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class OnvifVersion:
    """
    A specification version: Major and Minor (release year and month, 16.12, since the 2.6
    series).

    Attributes:
        major:
        minor:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    major: int = field(
        metadata={
            "name": "Major",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    minor: int = field(
        metadata={
            "name": "Minor",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class Ptzcapabilities:
    """
    Attributes:
        xaddr:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "PTZCapabilities"

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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


class SetDateTimeType(Enum):
    """
    How the device keeps its clock.
    """

    MANUAL = "Manual"
    NTP = "NTP"


@dataclass(slots=True, kw_only=True)
class Time:
    """
    Attributes:
        hour:
        minute:
        second:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    hour: int = field(
        metadata={
            "name": "Hour",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    minute: int = field(
        metadata={
            "name": "Minute",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    second: int = field(
        metadata={
            "name": "Second",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class TimeZone:
    """
    A time zone.

    Attributes:
        tz: POSIX TZ text, for example "CET-1CEST,M3.5.0,M10.5.0/3" or "UTC0".
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    tz: str = field(
        metadata={
            "name": "TZ",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class DateTime:
    """
    A date and a time of day as separate numbers.

    Attributes:
        time:
        date:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    time: Time = field(
        metadata={
            "name": "Time",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    date: Date = field(
        metadata={
            "name": "Date",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class Iocapabilities:
    """
    Attributes:
        input_connectors:
        relay_outputs:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "IOCapabilities"

    input_connectors: None | int = field(
        default=None,
        metadata={
            "name": "InputConnectors",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    relay_outputs: None | int = field(
        default=None,
        metadata={
            "name": "RelayOutputs",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class NetworkCapabilities:
    """
    Attributes:
        ipfilter:
        zero_configuration:
        ipversion6:
        dyn_dns:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    ipfilter: None | bool = field(
        default=None,
        metadata={
            "name": "IPFilter",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    zero_configuration: None | bool = field(
        default=None,
        metadata={
            "name": "ZeroConfiguration",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    ipversion6: None | bool = field(
        default=None,
        metadata={
            "name": "IPVersion6",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    dyn_dns: None | bool = field(
        default=None,
        metadata={
            "name": "DynDNS",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class RealTimeStreamingCapabilities:
    """
    Attributes:
        rtpmulticast:
        rtp_tcp:
        rtp_rtsp_tcp:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    rtpmulticast: None | bool = field(
        default=None,
        metadata={
            "name": "RTPMulticast",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    rtp_tcp: None | bool = field(
        default=None,
        metadata={
            "name": "RTP_TCP",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    rtp_rtsp_tcp: None | bool = field(
        default=None,
        metadata={
            "name": "RTP_RTSP_TCP",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class SecurityCapabilities:
    """
    Attributes:
        tls1_1:
        tls1_2:
        onboard_key_generation:
        access_policy_config:
        x_509_token:
        samltoken:
        kerberos_token:
        reltoken:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    tls1_1: bool = field(
        metadata={
            "name": "TLS1.1",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    tls1_2: bool = field(
        metadata={
            "name": "TLS1.2",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    onboard_key_generation: bool = field(
        metadata={
            "name": "OnboardKeyGeneration",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    access_policy_config: bool = field(
        metadata={
            "name": "AccessPolicyConfig",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    x_509_token: bool = field(
        metadata={
            "name": "X.509Token",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    samltoken: bool = field(
        metadata={
            "name": "SAMLToken",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    kerberos_token: bool = field(
        metadata={
            "name": "KerberosToken",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    reltoken: bool = field(
        metadata={
            "name": "RELToken",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class SystemCapabilities:
    """
    Attributes:
        discovery_resolve:
        discovery_bye:
        remote_discovery:
        system_backup:
        system_logging:
        firmware_upgrade:
        supported_versions: The ONVIF versions the device implements.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    discovery_resolve: bool = field(
        metadata={
            "name": "DiscoveryResolve",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    discovery_bye: bool = field(
        metadata={
            "name": "DiscoveryBye",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    remote_discovery: bool = field(
        metadata={
            "name": "RemoteDiscovery",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    system_backup: bool = field(
        metadata={
            "name": "SystemBackup",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    system_logging: bool = field(
        metadata={
            "name": "SystemLogging",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    firmware_upgrade: bool = field(
        metadata={
            "name": "FirmwareUpgrade",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    supported_versions: list[OnvifVersion] = field(
        default_factory=list,
        metadata={
            "name": "SupportedVersions",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
            "min_occurs": 1,
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class DeviceCapabilities:
    """
    The device service: its address and what it manages.

    Attributes:
        xaddr:
        network:
        system:
        io:
        security:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    network: None | NetworkCapabilities = field(
        default=None,
        metadata={
            "name": "Network",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    system: None | SystemCapabilities = field(
        default=None,
        metadata={
            "name": "System",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    io: None | Iocapabilities = field(
        default=None,
        metadata={
            "name": "IO",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    security: None | SecurityCapabilities = field(
        default=None,
        metadata={
            "name": "Security",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class MediaCapabilities:
    """
    Attributes:
        xaddr:
        streaming_capabilities:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    streaming_capabilities: RealTimeStreamingCapabilities = field(
        metadata={
            "name": "StreamingCapabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class SystemDateTime:
    """
    The device clock: how it is set, its time zone, and the current UTC and local date and
    time.

    Clients compare UTCDateTime with their own clock before sending WS-Security tokens.

    Attributes:
        date_time_type:
        daylight_savings:
        time_zone:
        utcdate_time:
        local_date_time:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    date_time_type: SetDateTimeType | str = field(
        metadata={
            "name": "DateTimeType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    daylight_savings: bool = field(
        metadata={
            "name": "DaylightSavings",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        }
    )
    time_zone: None | TimeZone = field(
        default=None,
        metadata={
            "name": "TimeZone",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    utcdate_time: None | DateTime = field(
        default=None,
        metadata={
            "name": "UTCDateTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    local_date_time: None | DateTime = field(
        default=None,
        metadata={
            "name": "LocalDateTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class Capabilities:
    """
    The services of the ONVIF 1.x/2.0 profiles and their addresses.

    It has no entry for the access control services: GetServices is how those are found.

    Attributes:
        analytics:
        device:
        events:
        imaging:
        media:
        ptz:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    analytics: None | AnalyticsCapabilities = field(
        default=None,
        metadata={
            "name": "Analytics",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    device: None | DeviceCapabilities = field(
        default=None,
        metadata={
            "name": "Device",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    events: None | EventCapabilities = field(
        default=None,
        metadata={
            "name": "Events",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    imaging: None | ImagingCapabilities = field(
        default=None,
        metadata={
            "name": "Imaging",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    media: None | MediaCapabilities = field(
        default=None,
        metadata={
            "name": "Media",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    ptz: None | Ptzcapabilities = field(
        default=None,
        metadata={
            "name": "PTZ",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
