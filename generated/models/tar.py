from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import (
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.onvif.org/ver10/accessrules/wsdl"


@dataclass(slots=True, kw_only=True)
class CreateAccessProfileResponse:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class DeleteAccessProfile:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class DeleteAccessProfileResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

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
class GetAccessProfileInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfileInfoList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfileList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfiles:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

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
class ModifyAccessProfileResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

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
    Limits of the access rules service, all XML attributes.

    Attributes:
        max_limit: Most items one Get or List call returns.
        max_access_profiles: Most access profiles the device stores.
        max_access_policies_per_access_profile: Most access policies one profile holds.
        multiple_schedules_per_access_point_supported: One profile may name an access point
            in several policies with different schedules (access is then the union of the
            schedules).
        client_supplied_token_supported: SetAccessProfile may create a profile with a token
            the client chooses; absent means false.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    max_limit: int = field(
        metadata={
            "name": "MaxLimit",
            "type": "Attribute",
        }
    )
    max_access_profiles: int = field(
        metadata={
            "name": "MaxAccessProfiles",
            "type": "Attribute",
        }
    )
    max_access_policies_per_access_profile: int = field(
        metadata={
            "name": "MaxAccessPoliciesPerAccessProfile",
            "type": "Attribute",
        }
    )
    multiple_schedules_per_access_point_supported: bool = field(
        metadata={
            "name": "MultipleSchedulesPerAccessPointSupported",
            "type": "Attribute",
        }
    )
    client_supplied_token_supported: None | bool = field(
        default=None,
        metadata={
            "name": "ClientSuppliedTokenSupported",
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
class SetAccessProfileResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

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
class AccessPolicy:
    """
    Access through one access point during one schedule.

    Attributes:
        schedule_token: Token of the schedule during which the policy grants access (for
            example standard_always).
        entity: Token of the access point (not the door: one policy per access point of a
            door).
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    schedule_token: str = field(
        metadata={
            "name": "ScheduleToken",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
            "max_length": 64,
        }
    )
    entity: str = field(
        metadata={
            "name": "Entity",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
            "max_length": 64,
        }
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class AccessProfileInfo(DataEntity):
    """
    Summary of an access profile: name and description.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
            "max_length": 64,
        }
    )
    description: str = field(
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
            "max_length": 1024,
        }
    )


@dataclass(slots=True, kw_only=True)
class Capabilities(ServiceCapabilities):
    """
    The capabilities as the device service's GetServices carries them.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"


@dataclass(slots=True, kw_only=True)
class GetServiceCapabilitiesResponse:
    """
    Attributes:
        capabilities:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class AccessProfile(AccessProfileInfo):
    """
    A group of access rights: which access points, during which schedules.

    Modify replaces all of it: echo what you do not change.
    """

    access_policy: list[AccessPolicy] = field(
        default_factory=list,
        metadata={
            "name": "AccessPolicy",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetAccessProfileInfoListResponse:
    """
    Attributes:
        next_start_reference:
        access_profile_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )
    access_profile_info: list[AccessProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfileInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfileInfoResponse:
    """
    Attributes:
        access_profile_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    access_profile_info: list[AccessProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfileInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class CreateAccessProfile:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    access_profile: AccessProfile = field(
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfileListResponse:
    """
    Attributes:
        next_start_reference:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
        },
    )
    access_profile: list[AccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class GetAccessProfilesResponse:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    access_profile: list[AccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class ModifyAccessProfile:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    access_profile: AccessProfile = field(
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
class SetAccessProfile:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/accessrules/wsdl"

    access_profile: AccessProfile = field(
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/accessrules/wsdl",
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
