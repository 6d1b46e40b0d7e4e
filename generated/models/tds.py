from __future__ import annotations

from dataclasses import dataclass, field

from .common.tt import (
    Capabilities as TtCapabilities,
)
from .common.tt import (
    CapabilityCategory,
    OnvifVersion,
    SystemDateTime,
)

__NAMESPACE__ = "http://www.onvif.org/ver10/device/wsdl"


@dataclass(slots=True, kw_only=True)
class CapabilitiesElement:
    """
    Holds one service's Capabilities element, in that service's namespace.

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
class GetDeviceInformation:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

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
class GetDeviceInformationResponse:
    """
    Attributes:
        manufacturer:
        model:
        firmware_version:
        serial_number:
        hardware_id:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    manufacturer: str = field(
        metadata={
            "name": "Manufacturer",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    model: str = field(
        metadata={
            "name": "Model",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    firmware_version: str = field(
        metadata={
            "name": "FirmwareVersion",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    serial_number: str = field(
        metadata={
            "name": "SerialNumber",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    hardware_id: str = field(
        metadata={
            "name": "HardwareId",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
        namespace = "http://www.onvif.org/ver10/device/wsdl"

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
class GetServices:
    """
    Attributes:
        include_capability:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    include_capability: bool = field(
        metadata={
            "name": "IncludeCapability",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class GetSystemDateAndTime:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

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
class MiscCapabilities:
    """
    Other features of the device, as XML attributes.

    Attributes:
        auxiliary_commands: Space-separated auxiliary commands the device understands.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    auxiliary_commands: None | str = field(
        default=None,
        metadata={
            "name": "AuxiliaryCommands",
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
class NetworkCapabilities:
    """
    Network features of the device, as XML attributes.

    Attributes:
        ipfilter:
        zero_configuration:
        ipversion6:
        dyn_dns:
        dot11_configuration:
        dot1_xconfigurations:
        hostname_from_dhcp:
        ntp: How many NTP servers the device takes.
        dhcpv6:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    ipfilter: None | bool = field(
        default=None,
        metadata={
            "name": "IPFilter",
            "type": "Attribute",
        },
    )
    zero_configuration: None | bool = field(
        default=None,
        metadata={
            "name": "ZeroConfiguration",
            "type": "Attribute",
        },
    )
    ipversion6: None | bool = field(
        default=None,
        metadata={
            "name": "IPVersion6",
            "type": "Attribute",
        },
    )
    dyn_dns: None | bool = field(
        default=None,
        metadata={
            "name": "DynDNS",
            "type": "Attribute",
        },
    )
    dot11_configuration: None | bool = field(
        default=None,
        metadata={
            "name": "Dot11Configuration",
            "type": "Attribute",
        },
    )
    dot1_xconfigurations: None | int = field(
        default=None,
        metadata={
            "name": "Dot1XConfigurations",
            "type": "Attribute",
        },
    )
    hostname_from_dhcp: None | bool = field(
        default=None,
        metadata={
            "name": "HostnameFromDHCP",
            "type": "Attribute",
        },
    )
    ntp: None | int = field(
        default=None,
        metadata={
            "name": "NTP",
            "type": "Attribute",
        },
    )
    dhcpv6: None | bool = field(
        default=None,
        metadata={
            "name": "DHCPv6",
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
class SecurityCapabilities:
    """
    Security features of the device, as XML attributes.

    Attributes:
        tls1_0:
        tls1_1:
        tls1_2:
        onboard_key_generation:
        access_policy_config:
        default_access_policy:
        dot1_x:
        remote_user_handling:
        x_509_token:
        samltoken:
        kerberos_token:
        username_token: WS-Security UsernameToken authentication is accepted.
        http_digest: HTTP Digest authentication is accepted.
        reltoken:
        json_web_token:
        supported_eapmethods:
        max_users:
        max_user_name_length:
        max_password_length:
        security_policies:
        max_password_history:
        hashing_algorithms:
        max_user_roles:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    tls1_0: None | bool = field(
        default=None,
        metadata={
            "name": "TLS1.0",
            "type": "Attribute",
        },
    )
    tls1_1: None | bool = field(
        default=None,
        metadata={
            "name": "TLS1.1",
            "type": "Attribute",
        },
    )
    tls1_2: None | bool = field(
        default=None,
        metadata={
            "name": "TLS1.2",
            "type": "Attribute",
        },
    )
    onboard_key_generation: None | bool = field(
        default=None,
        metadata={
            "name": "OnboardKeyGeneration",
            "type": "Attribute",
        },
    )
    access_policy_config: None | bool = field(
        default=None,
        metadata={
            "name": "AccessPolicyConfig",
            "type": "Attribute",
        },
    )
    default_access_policy: None | bool = field(
        default=None,
        metadata={
            "name": "DefaultAccessPolicy",
            "type": "Attribute",
        },
    )
    dot1_x: None | bool = field(
        default=None,
        metadata={
            "name": "Dot1X",
            "type": "Attribute",
        },
    )
    remote_user_handling: None | bool = field(
        default=None,
        metadata={
            "name": "RemoteUserHandling",
            "type": "Attribute",
        },
    )
    x_509_token: None | bool = field(
        default=None,
        metadata={
            "name": "X.509Token",
            "type": "Attribute",
        },
    )
    samltoken: None | bool = field(
        default=None,
        metadata={
            "name": "SAMLToken",
            "type": "Attribute",
        },
    )
    kerberos_token: None | bool = field(
        default=None,
        metadata={
            "name": "KerberosToken",
            "type": "Attribute",
        },
    )
    username_token: None | bool = field(
        default=None,
        metadata={
            "name": "UsernameToken",
            "type": "Attribute",
        },
    )
    http_digest: None | bool = field(
        default=None,
        metadata={
            "name": "HttpDigest",
            "type": "Attribute",
        },
    )
    reltoken: None | bool = field(
        default=None,
        metadata={
            "name": "RELToken",
            "type": "Attribute",
        },
    )
    json_web_token: None | bool = field(
        default=None,
        metadata={
            "name": "JsonWebToken",
            "type": "Attribute",
        },
    )
    supported_eapmethods: None | str = field(
        default=None,
        metadata={
            "name": "SupportedEAPMethods",
            "type": "Attribute",
        },
    )
    max_users: None | int = field(
        default=None,
        metadata={
            "name": "MaxUsers",
            "type": "Attribute",
        },
    )
    max_user_name_length: None | int = field(
        default=None,
        metadata={
            "name": "MaxUserNameLength",
            "type": "Attribute",
        },
    )
    max_password_length: None | int = field(
        default=None,
        metadata={
            "name": "MaxPasswordLength",
            "type": "Attribute",
        },
    )
    security_policies: None | str = field(
        default=None,
        metadata={
            "name": "SecurityPolicies",
            "type": "Attribute",
        },
    )
    max_password_history: None | int = field(
        default=None,
        metadata={
            "name": "MaxPasswordHistory",
            "type": "Attribute",
        },
    )
    hashing_algorithms: None | str = field(
        default=None,
        metadata={
            "name": "HashingAlgorithms",
            "type": "Attribute",
        },
    )
    max_user_roles: None | int = field(
        default=None,
        metadata={
            "name": "MaxUserRoles",
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
class SystemCapabilities:
    """
    System features of the device, as XML attributes.

    Attributes:
        discovery_resolve:
        discovery_bye:
        remote_discovery:
        system_backup:
        system_logging:
        cloud_firmware_upgrade:
        http_firmware_upgrade:
        http_system_backup:
        http_system_logging:
        http_support_information:
        storage_configuration:
        max_storage_configurations:
        storage_configuration_renewal:
        geo_location_entries:
        auto_geo:
        storage_types_supported:
        discovery_not_supported:
        network_config_not_supported:
        user_config_not_supported:
        addons:
        hardware_type:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    discovery_resolve: None | bool = field(
        default=None,
        metadata={
            "name": "DiscoveryResolve",
            "type": "Attribute",
        },
    )
    discovery_bye: None | bool = field(
        default=None,
        metadata={
            "name": "DiscoveryBye",
            "type": "Attribute",
        },
    )
    remote_discovery: None | bool = field(
        default=None,
        metadata={
            "name": "RemoteDiscovery",
            "type": "Attribute",
        },
    )
    system_backup: None | bool = field(
        default=None,
        metadata={
            "name": "SystemBackup",
            "type": "Attribute",
        },
    )
    system_logging: None | bool = field(
        default=None,
        metadata={
            "name": "SystemLogging",
            "type": "Attribute",
        },
    )
    cloud_firmware_upgrade: None | bool = field(
        default=None,
        metadata={
            "name": "CloudFirmwareUpgrade",
            "type": "Attribute",
        },
    )
    http_firmware_upgrade: None | bool = field(
        default=None,
        metadata={
            "name": "HttpFirmwareUpgrade",
            "type": "Attribute",
        },
    )
    http_system_backup: None | bool = field(
        default=None,
        metadata={
            "name": "HttpSystemBackup",
            "type": "Attribute",
        },
    )
    http_system_logging: None | bool = field(
        default=None,
        metadata={
            "name": "HttpSystemLogging",
            "type": "Attribute",
        },
    )
    http_support_information: None | bool = field(
        default=None,
        metadata={
            "name": "HttpSupportInformation",
            "type": "Attribute",
        },
    )
    storage_configuration: None | bool = field(
        default=None,
        metadata={
            "name": "StorageConfiguration",
            "type": "Attribute",
        },
    )
    max_storage_configurations: None | int = field(
        default=None,
        metadata={
            "name": "MaxStorageConfigurations",
            "type": "Attribute",
        },
    )
    storage_configuration_renewal: None | bool = field(
        default=None,
        metadata={
            "name": "StorageConfigurationRenewal",
            "type": "Attribute",
        },
    )
    geo_location_entries: None | int = field(
        default=None,
        metadata={
            "name": "GeoLocationEntries",
            "type": "Attribute",
        },
    )
    auto_geo: None | str = field(
        default=None,
        metadata={
            "name": "AutoGeo",
            "type": "Attribute",
        },
    )
    storage_types_supported: None | str = field(
        default=None,
        metadata={
            "name": "StorageTypesSupported",
            "type": "Attribute",
        },
    )
    discovery_not_supported: None | bool = field(
        default=None,
        metadata={
            "name": "DiscoveryNotSupported",
            "type": "Attribute",
        },
    )
    network_config_not_supported: None | bool = field(
        default=None,
        metadata={
            "name": "NetworkConfigNotSupported",
            "type": "Attribute",
        },
    )
    user_config_not_supported: None | bool = field(
        default=None,
        metadata={
            "name": "UserConfigNotSupported",
            "type": "Attribute",
        },
    )
    addons: None | str = field(
        default=None,
        metadata={
            "name": "Addons",
            "type": "Attribute",
        },
    )
    hardware_type: None | str = field(
        default=None,
        metadata={
            "name": "HardwareType",
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
class DeviceServiceCapabilities:
    """
    Capabilities of the device service itself.

    Attributes:
        network:
        security:
        system:
        misc:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    network: NetworkCapabilities = field(
        metadata={
            "name": "Network",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    security: SecurityCapabilities = field(
        metadata={
            "name": "Security",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    system: SystemCapabilities = field(
        metadata={
            "name": "System",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    misc: None | MiscCapabilities = field(
        default=None,
        metadata={
            "name": "Misc",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class GetCapabilities:
    """
    Attributes:
        category:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    category: list[CapabilityCategory | str] = field(
        default_factory=list,
        metadata={
            "name": "Category",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class GetCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    capabilities: TtCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class GetSystemDateAndTimeResponse:
    """
    Attributes:
        system_date_and_time:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    system_date_and_time: SystemDateTime = field(
        metadata={
            "name": "SystemDateAndTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class Service:
    """
    One service the device serves: its namespace (what it is), its address, its version, and
    with IncludeCapability its capabilities.

    Attributes:
        namespace: Namespace of the service, for example
            http://www.onvif.org/ver10/credential/wsdl; Axis services have www.axis.com
            namespaces.
        xaddr: Address to send the service's requests to.
        capabilities: The service's own Capabilities element (what its
            GetServiceCapabilities answers), kept as it arrives.
        version:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    namespace: str = field(
        metadata={
            "name": "Namespace",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    xaddr: str = field(
        metadata={
            "name": "XAddr",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        }
    )
    capabilities: None | CapabilitiesElement = field(
        default=None,
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
        },
    )
    version: OnvifVersion = field(
        metadata={
            "name": "Version",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class Capabilities(DeviceServiceCapabilities):
    """
    The capabilities as GetServices carries them.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"


@dataclass(slots=True, kw_only=True)
class GetServiceCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    capabilities: DeviceServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
class GetServicesResponse:
    """
    Attributes:
        service:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/device/wsdl"

    service: list[Service] = field(
        default_factory=list,
        metadata={
            "name": "Service",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/device/wsdl",
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
