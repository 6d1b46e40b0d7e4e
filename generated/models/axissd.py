from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.axis.com/vapix/ws/AxisServiceDiscovery"


@dataclass(slots=True, kw_only=True)
class Attribute:
    """
    A named search criterion or property.

    Criteria used: "IO" (the I/O to search on, "Eth0") and "Address" (token, IP or MAC address
    of an added device); properties returned: "IP" and "MAC".

    Attributes:
        name:
        value:
        type_value: Value type, "string" in all known uses.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "type",
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
class GetServiceProviderList:
    """
    Attributes:
        timeout: Seconds the discovery keeps running; call again before it runs out to keep
            collecting devices.
        attributes:
        type_value: Kind of provider to look for: "RIO" for remote I/O modules.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisServiceDiscovery"

    timeout: int = field(
        metadata={
            "name": "Timeout",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    attributes: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attributes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        },
    )
    type_value: str = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
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
    A service offered by a remote device, for example one output of an I/O module.

    Attributes:
        id: Identifier "remote/&lt;device token&gt;/&lt;n&gt;"; put it in
            Lock.Hardware.Address of a door configuration to drive the remote I/O.
        nice_name: Display name, for example "Output 1".
        attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id: str = field(
        metadata={
            "name": "Id",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    nice_name: str = field(
        metadata={
            "name": "NiceName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    attributes: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attributes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
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
class ServiceProvider:
    """
    A remote device found on the network or already added to the controller.

    Attributes:
        id: Token of the device once added (axrio:SetDevice); empty before.
        nice_name:
        status: State of the device; seen values are "NotAdded" and "OK".
        attributes:
        service_list: Services of the device; only listed for added devices.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id: str = field(
        metadata={
            "name": "Id",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    nice_name: str = field(
        metadata={
            "name": "NiceName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    status: str = field(
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        }
    )
    attributes: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attributes",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
        },
    )
    service_list: list[Service] = field(
        default_factory=list,
        metadata={
            "name": "ServiceList",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
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
class GetServiceProviderListResponse:
    """
    Attributes:
        service_provider_list:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/AxisServiceDiscovery"

    service_provider_list: list[ServiceProvider] = field(
        default_factory=list,
        metadata={
            "name": "ServiceProviderList",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/AxisServiceDiscovery",
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
