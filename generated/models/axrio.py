from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.axis.com/vapix/ws/axrio"


@dataclass(slots=True, kw_only=True)
class Device:
    """
    A remote device (an AXIS A9188 I/O module) added to the controller; at most two per
    controller.

    Attributes:
        name: Display name.
        username: VAPIX account on the remote device.
        password:
        macaddress: For example "00:40:8c:18:64:07".
        ipaddress:
        token: Token of the device; leave out to add a new device.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/axrio",
        },
    )
    username: str = field(
        metadata={
            "name": "Username",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/axrio",
        }
    )
    password: str = field(
        repr=False,
        metadata={
            "name": "Password",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/axrio",
        },
    )
    macaddress: str = field(
        metadata={
            "name": "MACAddress",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/axrio",
        }
    )
    ipaddress: str = field(
        metadata={
            "name": "IPAddress",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/axrio",
        }
    )
    token: None | str = field(
        default=None,
        metadata={
            "type": "Attribute",
            "max_length": 64,
            "name": "token",
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
class SetDeviceResponse:
    """
    Attributes:
        token: Tokens of the devices added or replaced.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/axrio"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/axrio",
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
class SetDevice:
    """
    Attributes:
        device:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/axrio"

    device: list[Device] = field(
        default_factory=list,
        metadata={
            "name": "Device",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/axrio",
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
