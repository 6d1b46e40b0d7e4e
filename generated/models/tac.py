from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.pt import (
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.onvif.org/ver10/accesscontrol/wsdl"


@dataclass(slots=True, kw_only=True)
class AccessPointCapabilities:
    """
    What an access point supports; flags are XML attributes (a JSON object of booleans).

    Attributes:
        disable_access_point: The access point can be disabled and enabled
            (DisableAccessPoint / EnableAccessPoint).
        duress: Duress situations can be signalled at this access point.
        anonymous_access: Access without a credential (for example a REX button) is
            reported.
        access_taken: The access point reports whether a granted access was actually used.
        external_authorization: Decisions can be delegated to a client through
            ExternalAuthorization.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    disable_access_point: None | bool = field(
        default=None,
        metadata={
            "name": "DisableAccessPoint",
            "type": "Attribute",
        },
    )
    duress: None | bool = field(
        default=None,
        metadata={
            "name": "Duress",
            "type": "Attribute",
        },
    )
    anonymous_access: None | bool = field(
        default=None,
        metadata={
            "name": "AnonymousAccess",
            "type": "Attribute",
        },
    )
    access_taken: None | bool = field(
        default=None,
        metadata={
            "name": "AccessTaken",
            "type": "Attribute",
        },
    )
    external_authorization: None | bool = field(
        default=None,
        metadata={
            "name": "ExternalAuthorization",
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
class AccessPointState:
    """
    Current state of an access point.

    Attributes:
        enabled: False while the access point is disabled (requests are then refused).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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


class Decision(Enum):
    """
    Outcome an external authority gives for a pending access request.
    """

    GRANTED = "Granted"
    DENIED = "Denied"


@dataclass(slots=True, kw_only=True)
class DisableAccessPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class DisableAccessPointResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

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
class EnableAccessPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class EnableAccessPointResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

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
class ExternalAuthorizationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

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
class GetAccessPointInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAccessPointInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAccessPointState:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAreaInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAreaInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfile:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

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
class IdFactor:
    """
    One identification step of an authentication profile: which IdData to check and how.

    Attributes:
        id_data_name: Name of the IdData the step uses, for example "Card", "CardNr", "PIN"
            or "REX".
        id_match_operator_name: Matching rule, one of the names GetIdMatchOperators lists
            (IdDataEqual, OperatorValueEqual, IdDataEqualToField, RemoteValidationEvent,
            ...).
        operator_value: Argument of the operator, for example "Active" for a REX or
            "DuressPIN" for IdDataEqualToField; empty when unused.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id_data_name: str = field(
        metadata={
            "name": "IdDataName",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        }
    )
    id_match_operator_name: str = field(
        metadata={
            "name": "IdMatchOperatorName",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        }
    )
    operator_value: str = field(
        metadata={
            "name": "OperatorValue",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class RemoveAuthenticationProfile:
    """
    Attributes:
        token: Profiles to remove; an empty list removes nothing.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class RemoveAuthenticationProfileResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

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
    Optional functionality of the access control service; every flag is an XML attribute (a
    JSON object of booleans plus MaxLimit).

    Attributes:
        max_limit: Most items one Get or List call returns.
        disable_credential:
        get_access_point:
        set_access_point:
        remove_access_point:
        get_area:
        set_area:
        remove_area:
        get_credential:
        set_credential:
        remove_credential:
        standard_attributes_supported: True when GetStandardAttributeList is available.
        vendor_attributes_supported: True when GetVendorAttributeList is available.
        get_credential_list_supported:
        get_access_profile:
        remote_service:
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
    disable_credential: None | bool = field(
        default=None,
        metadata={
            "name": "DisableCredential",
            "type": "Attribute",
        },
    )
    get_access_point: None | bool = field(
        default=None,
        metadata={
            "name": "GetAccessPoint",
            "type": "Attribute",
        },
    )
    set_access_point: None | bool = field(
        default=None,
        metadata={
            "name": "SetAccessPoint",
            "type": "Attribute",
        },
    )
    remove_access_point: None | bool = field(
        default=None,
        metadata={
            "name": "RemoveAccessPoint",
            "type": "Attribute",
        },
    )
    get_area: None | bool = field(
        default=None,
        metadata={
            "name": "GetArea",
            "type": "Attribute",
        },
    )
    set_area: None | bool = field(
        default=None,
        metadata={
            "name": "SetArea",
            "type": "Attribute",
        },
    )
    remove_area: None | bool = field(
        default=None,
        metadata={
            "name": "RemoveArea",
            "type": "Attribute",
        },
    )
    get_credential: None | bool = field(
        default=None,
        metadata={
            "name": "GetCredential",
            "type": "Attribute",
        },
    )
    set_credential: None | bool = field(
        default=None,
        metadata={
            "name": "SetCredential",
            "type": "Attribute",
        },
    )
    remove_credential: None | bool = field(
        default=None,
        metadata={
            "name": "RemoveCredential",
            "type": "Attribute",
        },
    )
    standard_attributes_supported: None | bool = field(
        default=None,
        metadata={
            "name": "StandardAttributesSupported",
            "type": "Attribute",
        },
    )
    vendor_attributes_supported: None | bool = field(
        default=None,
        metadata={
            "name": "VendorAttributesSupported",
            "type": "Attribute",
        },
    )
    get_credential_list_supported: None | bool = field(
        default=None,
        metadata={
            "name": "GetCredentialListSupported",
            "type": "Attribute",
        },
    )
    get_access_profile: None | bool = field(
        default=None,
        metadata={
            "name": "GetAccessProfile",
            "type": "Attribute",
        },
    )
    remote_service: None | bool = field(
        default=None,
        metadata={
            "name": "RemoteService",
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
class SetAuthenticationProfileResponse:
    """
    Attributes:
        token: Tokens of the stored profiles, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class AccessPointInfo(DataEntity):
    """
    Read-only view of an access point: one direction of passage through a door (or another
    entity), with its capabilities.

    Shares its token with the Axis pacsaxis AccessPoint.

    Attributes:
        name:
        description:
        area_from: Area a person leaves when passing; empty when not used.
        area_to: Area a person enters when passing; empty when not used.
        entity_type: Kind of the controlled entity as prefixed text, for example
            "axtdc:Door" or "tdc:Door"; absent means a door.
        entity: Token of the controlled entity (normally a door).
        capabilities:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 1024,
        },
    )
    area_from: None | str = field(
        default=None,
        metadata={
            "name": "AreaFrom",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        },
    )
    area_to: None | str = field(
        default=None,
        metadata={
            "name": "AreaTo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        },
    )
    entity_type: None | str = field(
        default=None,
        metadata={
            "name": "EntityType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    entity: str = field(
        metadata={
            "name": "Entity",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        }
    )
    capabilities: AccessPointCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        }
    )


@dataclass(slots=True, kw_only=True)
class AreaInfo(DataEntity):
    """
    Read-only view of an area (a zone that access points lead into or out of).
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class AuthenticationProfile(DataEntity):
    """
    Which identification an access point (or credential, or access profile) requires, and when.

    Devices ship CardOnly, PINOnly, CardPlusPin and REXOnly, all on the standard_always
    schedule. Changing profiles makes the controller rebuild its rules, during which access
    requests are not handled.

    Attributes:
        name:
        description:
        id_factor: Identification steps; their order is significant.
        schedule: Tokens of the schedules during which the profile applies.
        extension:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 1024,
        },
    )
    id_factor: list[IdFactor] = field(
        default_factory=list,
        metadata={
            "name": "IdFactor",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    schedule: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )


@dataclass(slots=True, kw_only=True)
class AuthenticationProfileInfo(DataEntity):
    """
    Read-only view of an authentication profile.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class ExternalAuthorization:
    """
    Attributes:
        access_point_token: Access point whose pending request is decided.
        credential_token: Credential the decision applies to, when one was presented.
        reason: Free-text reason, mainly for a denial.
        decision: Granted or Denied.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    access_point_token: str = field(
        metadata={
            "name": "AccessPointToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        }
    )
    credential_token: None | str = field(
        default=None,
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    decision: Decision | str = field(
        metadata={
            "name": "Decision",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAccessPointStateResponse:
    """
    Attributes:
        access_point_state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    access_point_state: AccessPointState = field(
        metadata={
            "name": "AccessPointState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetServiceCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAccessPointInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_point_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    access_point_info: list[AccessPointInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessPointInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAccessPointInfoResponse:
    """
    Attributes:
        access_point_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    access_point_info: list[AccessPointInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessPointInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAreaInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        area_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    area_info: list[AreaInfo] = field(
        default_factory=list,
        metadata={
            "name": "AreaInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAreaInfoResponse:
    """
    Attributes:
        area_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    area_info: list[AreaInfo] = field(
        default_factory=list,
        metadata={
            "name": "AreaInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        authentication_profile_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    authentication_profile_info: list[AuthenticationProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfileInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileInfoResponse:
    """
    Attributes:
        authentication_profile_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    authentication_profile_info: list[AuthenticationProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfileInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        authentication_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
        },
    )
    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class GetAuthenticationProfileResponse:
    """
    Attributes:
        authentication_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
class SetAuthenticationProfile:
    """
    Attributes:
        authentication_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accesscontrol/wsdl"

    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/accesscontrol/wsdl",
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
