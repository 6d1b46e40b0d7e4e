from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import (
    Attribute,
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.onvif.org/ver10/credential/wsdl"


@dataclass(slots=True, kw_only=True)
class AddToBlacklistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class AddToWhitelistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class AntipassbackState:
    """
    Anti-passback state of a credential.

    Attributes:
        antipassback_violated:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    antipassback_violated: bool = field(
        metadata={
            "name": "AntipassbackViolated",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CreateCredentialResponse:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CredentialAccessProfile:
    """
    Links a credential to an access profile, optionally for a limited time.

    Attributes:
        access_profile_token: Token of the access profile (tar and pacsaxis share these
            tokens).
        valid_from: Start of the link; only when CredentialAccessProfileValiditySupported.
        valid_to: End of the link; only when CredentialAccessProfileValiditySupported.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    access_profile_token: str = field(
        metadata={
            "name": "AccessProfileToken",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 64,
        }
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CredentialIdentifierType:
    """
    The kind of an identifier and the format of its value.

    Attributes:
        name: Identifier type, for example "pt:Card" or "pt:PIN" (prefixed text, as the
            device sends it).
        format_type: Format of the value, one of GetSupportedFormatTypes for this type.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 64,
        }
    )
    format_type: str = field(
        metadata={
            "name": "FormatType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class DeleteBlacklist:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteBlacklistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteCredential:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class DeleteCredentialAccessProfiles:
    """
    Attributes:
        credential_token:
        access_profile_token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    access_profile_token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfileToken",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class DeleteCredentialAccessProfilesResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteCredentialIdentifier:
    """
    Attributes:
        credential_token:
        credential_identifier_type_name:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    credential_identifier_type_name: str = field(
        metadata={
            "name": "CredentialIdentifierTypeName",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class DeleteCredentialIdentifierResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteWhitelist:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DeleteWhitelistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class DisableCredential:
    """
    Attributes:
        token:
        reason:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class DisableCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class EnableCredential:
    """
    Attributes:
        token:
        reason:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class EnableCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class GetBlacklist:
    """
    Attributes:
        limit:
        start_reference:
        identifier_type:
        format_type:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    identifier_type: None | str = field(
        default=None,
        metadata={
            "name": "IdentifierType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    format_type: None | str = field(
        default=None,
        metadata={
            "name": "FormatType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    value: None | bytes = field(
        repr=False,
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "format": "base16",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialAccessProfiles:
    """
    Attributes:
        credential_token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialIdentifiers:
    """
    Attributes:
        credential_token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialInfoList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialState:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentials:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class GetSupportedFormatTypes:
    """
    Attributes:
        credential_identifier_type_name:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_identifier_type_name: str = field(
        metadata={
            "name": "CredentialIdentifierTypeName",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetWhitelist:
    """
    Attributes:
        limit:
        start_reference:
        identifier_type:
        format_type:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    identifier_type: None | str = field(
        default=None,
        metadata={
            "name": "IdentifierType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    format_type: None | str = field(
        default=None,
        metadata={
            "name": "FormatType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    value: None | bytes = field(
        repr=False,
        default=None,
        metadata={
            "name": "Value",
            "type": "Element",
            "format": "base16",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class ModifyCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class RemoveFromBlacklistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class RemoveFromWhitelistResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class ResetAntipassbackViolation:
    """
    Attributes:
        credential_token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class ResetAntipassbackViolationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class ServiceCapabilitiesExtension:
    """
    Attributes:
        supported_exemption_type: Identifier types that may be exempted from authentication
            (ExemptedFromAuthentication); none means no exemption is accepted.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    supported_exemption_type: list[str] = field(
        default_factory=list,
        metadata={
            "name": "SupportedExemptionType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 64,
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
class SetCredentialAccessProfilesResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class SetCredentialIdentifierResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class SetCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

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
class CredentialIdentifier:
    """
    One identifier of a credential: a card number, a PIN, biometric data.

    Attributes:
        type_value:
        exempted_from_authentication: True to leave this identifier out of authentication
            (an access point asking for card and PIN then does not ask for the PIN).
        value: The identifier's value as bytes (hexadecimal on the wire).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    type_value: CredentialIdentifierType = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    exempted_from_authentication: bool = field(
        metadata={
            "name": "ExemptedFromAuthentication",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    value: bytes = field(
        repr=False,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "format": "base16",
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
class CredentialIdentifierFormatTypeInfo:
    """
    A format the device accepts for an identifier type.

    Attributes:
        format_type: Name of the format: a BACnet format of ISO 16484-5 (for example
            WIEGAND26) or a vendor's own.
        description: How values of this format are encoded.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    format_type: str = field(
        metadata={
            "name": "FormatType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    description: str = field(
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 1024,
        }
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CredentialIdentifierItem:
    """
    An identifier on a whitelist or blacklist: its type and value.

    Attributes:
        type_value:
        value: The identifier's value as bytes (hexadecimal on the wire).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    type_value: CredentialIdentifierType = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    value: bytes = field(
        repr=False,
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "format": "base16",
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
class CredentialInfo(DataEntity):
    """
    Summary of a credential: its holder and validity, without identifiers.

    Attributes:
        description:
        credential_holder_reference: Who holds the credential, as a reference into another
            system (a user name or id); at most 64 characters.
        valid_from: Start of validity; leave out for no start. Date only when
            ValiditySupportsTimeValue is false.
        valid_to: End of validity; leave out for no end. Date only when
            ValiditySupportsTimeValue is false.
    """

    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 1024,
        },
    )
    credential_holder_reference: str = field(
        metadata={
            "name": "CredentialHolderReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 64,
        }
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )


@dataclass(slots=True, kw_only=True)
class CredentialState:
    """
    Whether a credential is enabled, and why not.

    Attributes:
        enabled:
        reason: Why the credential was disabled (free text or an ONVIF reason).
        antipassback_state: Present when ResetAntipassbackSupported.
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    reason: None | str = field(
        default=None,
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "max_length": 64,
        },
    )
    antipassback_state: None | AntipassbackState = field(
        default=None,
        metadata={
            "name": "AntipassbackState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialAccessProfilesResponse:
    """
    Attributes:
        credential_access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_access_profile: list[CredentialAccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "CredentialAccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class ServiceCapabilities:
    """
    Optional functionality and limits of the credential service; the flags and limits are XML
    attributes, the supported identifier types elements.

    Attributes:
        supported_identifier_type: Identifier types the device accepts: "pt:Card", "pt:PIN"
            and the other pt: recognition types, or vendor names.
        extension:
        max_limit: Most items one Get or List call returns.
        credential_validity_supported: Credentials can carry ValidFrom/ValidTo.
        credential_access_profile_validity_supported: Each credential-to-access-profile link
            can carry its own ValidFrom/ValidTo (false on Axis A1001).
        validity_supports_time_value: False when validity is date only and the time of day
            is ignored (Axis A1001).
        max_credentials: Most credentials the device stores (50000 on Axis A1001).
        max_access_profiles_per_credential: Most access profiles one credential links to (20
            on Axis A1001).
        reset_antipassback_supported: ResetAntipassbackViolation is available and credential
            states report anti-passback.
        client_supplied_token_supported: SetCredential may create a credential with a token
            the client chooses; absent means false.
        default_credential_suspension_duration: How long a credential stays suspended after
            repeated failures (for example a wrong PIN); absent means PT5M.
        max_whitelisted_items: Most identifiers the whitelist holds; 0 or absent when there
            is no whitelist.
        max_blacklisted_items: Most identifiers the blacklist holds; 0 or absent when there
            is no blacklist.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    supported_identifier_type: list[str] = field(
        default_factory=list,
        metadata={
            "name": "SupportedIdentifierType",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "min_occurs": 1,
            "max_length": 64,
        },
    )
    extension: None | ServiceCapabilitiesExtension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    max_limit: int = field(
        metadata={
            "name": "MaxLimit",
            "type": "Attribute",
        }
    )
    credential_validity_supported: bool = field(
        metadata={
            "name": "CredentialValiditySupported",
            "type": "Attribute",
        }
    )
    credential_access_profile_validity_supported: bool = field(
        metadata={
            "name": "CredentialAccessProfileValiditySupported",
            "type": "Attribute",
        }
    )
    validity_supports_time_value: bool = field(
        metadata={
            "name": "ValiditySupportsTimeValue",
            "type": "Attribute",
        }
    )
    max_credentials: int = field(
        metadata={
            "name": "MaxCredentials",
            "type": "Attribute",
        }
    )
    max_access_profiles_per_credential: int = field(
        metadata={
            "name": "MaxAccessProfilesPerCredential",
            "type": "Attribute",
        }
    )
    reset_antipassback_supported: bool = field(
        metadata={
            "name": "ResetAntipassbackSupported",
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
    default_credential_suspension_duration: None | str = field(
        default=None,
        metadata={
            "name": "DefaultCredentialSuspensionDuration",
            "type": "Attribute",
        },
    )
    max_whitelisted_items: None | int = field(
        default=None,
        metadata={
            "name": "MaxWhitelistedItems",
            "type": "Attribute",
        },
    )
    max_blacklisted_items: None | int = field(
        default=None,
        metadata={
            "name": "MaxBlacklistedItems",
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
class SetCredentialAccessProfiles:
    """
    Attributes:
        credential_token:
        credential_access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    credential_access_profile: list[CredentialAccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "CredentialAccessProfile",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class AddToBlacklist:
    """
    Attributes:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class AddToWhitelist:
    """
    Attributes:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class Capabilities(ServiceCapabilities):
    """
    The capabilities as the device service's GetServices carries them.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"


@dataclass(slots=True, kw_only=True)
class Credential(CredentialInfo):
    """
    A credential: its identifiers (card, PIN ...) and the access profiles it grants.

    Modify replaces all of it: echo what you do not change.

    Attributes:
        credential_identifier: At least one identifier, at most one per identifier type.
        credential_access_profile:
        extended_grant_time: The holder gets the door's extended release and open times.
        attribute: Named values; names starting with "pt:" are reserved for ONVIF.
        extension:
    """

    credential_identifier: list[CredentialIdentifier] = field(
        default_factory=list,
        metadata={
            "name": "CredentialIdentifier",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
            "min_occurs": 1,
        },
    )
    credential_access_profile: list[CredentialAccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "CredentialAccessProfile",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    extended_grant_time: None | bool = field(
        default=None,
        metadata={
            "name": "ExtendedGrantTime",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetBlacklistResponse:
    """
    Attributes:
        next_start_reference:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialIdentifiersResponse:
    """
    Attributes:
        credential_identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_identifier: list[CredentialIdentifier] = field(
        default_factory=list,
        metadata={
            "name": "CredentialIdentifier",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialInfoListResponse:
    """
    Attributes:
        next_start_reference:
        credential_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    credential_info: list[CredentialInfo] = field(
        default_factory=list,
        metadata={
            "name": "CredentialInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialInfoResponse:
    """
    Attributes:
        credential_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_info: list[CredentialInfo] = field(
        default_factory=list,
        metadata={
            "name": "CredentialInfo",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialStateResponse:
    """
    Attributes:
        state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    state: CredentialState = field(
        metadata={
            "name": "State",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetSupportedFormatTypesResponse:
    """
    Attributes:
        format_type_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    format_type_info: list[CredentialIdentifierFormatTypeInfo] = field(
        default_factory=list,
        metadata={
            "name": "FormatTypeInfo",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetWhitelistResponse:
    """
    Attributes:
        next_start_reference:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class RemoveFromBlacklist:
    """
    Attributes:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class RemoveFromWhitelist:
    """
    Attributes:
        identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    identifier: list[CredentialIdentifierItem] = field(
        default_factory=list,
        metadata={
            "name": "Identifier",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class SetCredentialIdentifier:
    """
    Attributes:
        credential_token:
        credential_identifier:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    credential_identifier: CredentialIdentifier = field(
        metadata={
            "name": "CredentialIdentifier",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CreateCredential:
    """
    Attributes:
        credential:
        state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential: Credential = field(
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    state: CredentialState = field(
        metadata={
            "name": "State",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class CredentialData:
    """
    A credential with its state, for SetCredential.

    Attributes:
        credential:
        credential_state:
        extension:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    credential: Credential = field(
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    credential_state: CredentialState = field(
        metadata={
            "name": "CredentialState",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        }
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialListResponse:
    """
    Attributes:
        next_start_reference:
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
        },
    )
    credential: list[Credential] = field(
        default_factory=list,
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class GetCredentialsResponse:
    """
    Attributes:
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential: list[Credential] = field(
        default_factory=list,
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class ModifyCredential:
    """
    Attributes:
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential: Credential = field(
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
class SetCredential:
    """
    Attributes:
        credential_data:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/credential/wsdl"

    credential_data: CredentialData = field(
        metadata={
            "name": "CredentialData",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/credential/wsdl",
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
