from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.axconf import ConfigurationInfo
from .common.pt import (
    Attribute,
    DataEntity,
    NameValue,
)

__NAMESPACE__ = "http://www.axis.com/vapix/ws/thirdpartycredential"


@dataclass(slots=True, kw_only=True)
class CredentialAccessProfile:
    """
    An access profile granted to a credential, optionally for a limited period.

    Attributes:
        valid_from: Start of validity; empty or absent for no limit.
        valid_to: End of validity; empty or absent for no limit.
        access_profile: Token of the access profile.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    access_profile: str = field(
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 64,
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


class CredentialStatusEnum(Enum):
    """
    State of a credential.

    Third party credentials stay NotActivated until the provider has issued them.
    """

    NOT_ACTIVATED = "NotActivated"
    ENABLED = "Enabled"
    DISABLED = "Disabled"
    LOCKED_OUT = "LockedOut"
    LOST = "Lost"
    STOLEN = "Stolen"
    DAMAGED = "Damaged"
    DESTROYED = "Destroyed"
    INACTIVE = "Inactive"
    MAX_DAYS = "MaxDays"
    MAX_USES = "MaxUses"
    EXPIRED = "Expired"
    ACTIVATED = "Activated"


@dataclass(slots=True, kw_only=True)
class GetProviders:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

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
class HidmobileOptions:
    """
    HID specific data of a third party credential.

    Attributes:
        part_number_token: Part number to issue the Mobile ID from; the configured default
            when absent.
        invitation_code: Code the holder enters in the HID app; returned by reads.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "HIDMobileOptions"

    part_number_token: None | str = field(
        default=None,
        metadata={
            "name": "PartNumberToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 64,
        },
    )
    invitation_code: None | str = field(
        default=None,
        metadata={
            "name": "InvitationCode",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class RemoveThirdPartyCredentialByEmailResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

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
class RemoveThirdPartyCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

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
class SetProviderConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

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
class SetThirdPartyCredentialResponse:
    """
    Attributes:
        token: Token of the credential created or replaced.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class Credential(DataEntity):
    """
    The credential created for a third party credential holder.

    HID users need the Attributes "Email", "FirstName" and "LastName".

    Attributes:
        user_token: User the credential belongs to.
        description:
        valid_from: Start of validity; empty or absent for no limit.
        valid_to: End of validity; empty or absent for no limit.
        enabled:
        status:
        id_data: Identification data (card number, PIN...), names unique per credential.
        attribute:
        authentication_profile: Authentication profiles that override those of the access
            points.
        credential_access_profile:
    """

    user_token: None | str = field(
        default=None,
        metadata={
            "name": "UserToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 1024,
        },
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    enabled: None | bool = field(
        default=None,
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    status: None | CredentialStatusEnum | str = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    id_data: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "IdData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    authentication_profile: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 64,
        },
    )
    credential_access_profile: list[CredentialAccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "CredentialAccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetProviderConfiguration:
    """
    Attributes:
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetProvidersResponse:
    """
    Attributes:
        providers: Supported providers, as one configuration entry named "ProviderName"
            whose Enums list the provider names (today "HIDMobileAccess").
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    providers: list[ConfigurationInfo] = field(
        default_factory=list,
        metadata={
            "name": "Providers",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredential:
    """
    Attributes:
        token:
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredentialByEmail:
    """
    Attributes:
        email: E-mail address of the credential holder (typed as a token in the
            documentation).
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    email: str = field(
        metadata={
            "name": "Email",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredentialList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class HidmobilePartNumberInfo(DataEntity):
    """
    A part number (a kind of Mobile ID) bought from HID, identified by its part number as
    token.

    Attributes:
        name:
        description:
        quantity: Number of Mobile IDs available under the part number.
    """

    class Meta:
        name = "HIDMobilePartNumberInfo"

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    quantity: None | int = field(
        default=None,
        metadata={
            "name": "Quantity",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )


@dataclass(slots=True, kw_only=True)
class RemoveThirdPartyCredential:
    """
    Attributes:
        token:
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class RemoveThirdPartyCredentialByEmail:
    """
    Attributes:
        email:
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    email: str = field(
        metadata={
            "name": "Email",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class ThirdPartyOptions:
    """
    Provider specific options, one member per provider kind.

    Attributes:
        hidmobile_options:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    hidmobile_options: None | HidmobileOptions = field(
        default=None,
        metadata={
            "name": "HIDMobileOptions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class HidmobileConfiguration:
    """
    Settings for the HID Mobile Access provider.

    Every field is optional in a set; an empty configuration turns the provider off. Values are
    strings, the port included.

    Attributes:
        client_id:
        client_secret: Masked as "***" when read.
        proxy_url:
        proxy_port:
        proxy_user:
        proxy_password:
        part_numbers: Part numbers of the account; returned by reads only.
        default_part_number_token: Part number used when a credential names none.
        portal_api_url:
        idp_url:
        card_id_data_name: IdData name that receives the card number of an issued Mobile ID;
            "CardNr" by default.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "HIDMobileConfiguration"

    client_id: None | str = field(
        default=None,
        metadata={
            "name": "ClientId",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    client_secret: None | str = field(
        repr=False,
        default=None,
        metadata={
            "name": "ClientSecret",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    proxy_url: None | str = field(
        default=None,
        metadata={
            "name": "ProxyURL",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    proxy_port: None | str = field(
        default=None,
        metadata={
            "name": "ProxyPort",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    proxy_user: None | str = field(
        default=None,
        metadata={
            "name": "ProxyUser",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    proxy_password: None | str = field(
        repr=False,
        default=None,
        metadata={
            "name": "ProxyPassword",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    part_numbers: list[HidmobilePartNumberInfo] = field(
        default_factory=list,
        metadata={
            "name": "PartNumbers",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    default_part_number_token: None | str = field(
        default=None,
        metadata={
            "name": "DefaultPartNumberToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
            "max_length": 64,
        },
    )
    portal_api_url: None | str = field(
        default=None,
        metadata={
            "name": "PortalApiURL",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    idp_url: None | str = field(
        default=None,
        metadata={
            "name": "IdpURL",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    card_id_data_name: None | str = field(
        default=None,
        metadata={
            "name": "CardIdDataName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class ThirdPartyCredential:
    """
    A credential issued through a third party provider, with the provider options.

    Attributes:
        credential:
        options:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    credential: Credential = field(
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    options: None | ThirdPartyOptions = field(
        default=None,
        metadata={
            "name": "Options",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredentialByEmailResponse:
    """
    Attributes:
        third_party_credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    third_party_credential: ThirdPartyCredential = field(
        metadata={
            "name": "ThirdPartyCredential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredentialListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        third_party_credentials:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    third_party_credentials: list[ThirdPartyCredential] = field(
        default_factory=list,
        metadata={
            "name": "ThirdPartyCredentials",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetThirdPartyCredentialResponse:
    """
    Attributes:
        third_party_credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    third_party_credential: ThirdPartyCredential = field(
        metadata={
            "name": "ThirdPartyCredential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class ProviderConfigurationInfo:
    """
    Configuration of a credential provider, one member per provider kind.

    Attributes:
        hidmobile_config:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    hidmobile_config: None | HidmobileConfiguration = field(
        default=None,
        metadata={
            "name": "HIDMobileConfig",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class SetThirdPartyCredential:
    """
    Attributes:
        third_party_credential:
        provider_actions: Actions by Name: "ForceUpdate", "SendInvitationOnly",
            "NoLocalModification".
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    third_party_credential: ThirdPartyCredential = field(
        metadata={
            "name": "ThirdPartyCredential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class GetProviderConfigurationResponse:
    """
    Attributes:
        configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    configuration: ProviderConfigurationInfo = field(
        metadata={
            "name": "Configuration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
class SetProviderConfiguration:
    """
    Attributes:
        provider_name: The credential provider, e.g. HIDMobileAccess (see GetProviders).
        provider_actions: Options of the call, e.g. ForceUpdate, SendInvitationOnly,
            NoLocalModification.
        configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/thirdpartycredential"

    provider_name: str = field(
        metadata={
            "name": "ProviderName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        }
    )
    provider_actions: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "ProviderActions",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
        },
    )
    configuration: ProviderConfigurationInfo = field(
        metadata={
            "name": "Configuration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/thirdpartycredential",
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
