from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .common.axconf import Configuration
from .common.pt import (
    Attribute,
    DataEntity,
    Extension,
    NameValue,
)

__NAMESPACE__ = "http://www.axis.com/vapix/ws/pacs"


@dataclass(slots=True, kw_only=True)
class ActionArgument:
    """
    A named argument passed with the access point's Action.

    Name and Value are child elements; the optional value type is an XML attribute.

    Attributes:
        name:
        value:
        type_value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    value: str = field(
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
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
class AntipassbackData:
    """
    Anti-passback state of one credential: where its holder is and whether a violation is
    pending.

    Attributes:
        credential_token: Token of the credential.
        pass_ok_threshold: Time threshold of timed anti-passback (microseconds per the
            guide); 0 when unset.
        current_area: Area the holder was last seen entering.
        by_time: False for Logical anti-passback, true for TimedLogical.
        violation: Pending violation, empty when there is none (content not further
            documented).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    pass_ok_threshold: int = field(
        metadata={
            "name": "PassOkThreshold",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    current_area: str = field(
        metadata={
            "name": "CurrentArea",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    by_time: bool = field(
        metadata={
            "name": "ByTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    violation: str = field(
        metadata={
            "name": "Violation",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
    Grants a credential an access profile, optionally for a limited period.

    Attributes:
        valid_from: Start of the grant; empty or absent for no limit.
        valid_to: End of the grant; empty or absent for no limit.
        access_profile: Token of the access profile granted.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_profile: str = field(
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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


@dataclass(slots=True, kw_only=True)
class CredentialStatistics:
    """
    Counts of stored credentials.

    Attributes:
        number_of_credentials:
        number_of_disabled_credentials:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    number_of_credentials: int = field(
        metadata={
            "name": "NumberOfCredentials",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    number_of_disabled_credentials: int = field(
        metadata={
            "name": "NumberOfDisabledCredentials",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
    Life-cycle status of a credential.
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


@dataclass(slots=True, kw_only=True)
class DisableCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class EnableCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetAccessController:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerConfigurationList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessPointList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessProfile:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessProfileInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAntipassbackDataList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetArea:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAreaList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetCredential:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetCredentialInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetCredentialStatistics:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetIdMatchOperators:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetMasterDbstate:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "GetMasterDBState"
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetMasterDbstateResponse:
    """
    Attributes:
        nbr_total_pages:
        nbr_free_pages:
        size_on_disk:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "GetMasterDBStateResponse"
        namespace = "http://www.axis.com/vapix/ws/pacs"

    nbr_total_pages: int = field(
        metadata={
            "name": "NbrTotalPages",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    nbr_free_pages: int = field(
        metadata={
            "name": "NbrFreePages",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    size_on_disk: int = field(
        metadata={
            "name": "SizeOnDisk",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetRuleOperators:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetStandardAttributeList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class GetVendorAttributeList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    id_match_operator_name: str = field(
        metadata={
            "name": "IdMatchOperatorName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    operator_value: str = field(
        metadata={
            "name": "OperatorValue",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class IdMatchOperator:
    """
    An operator IdFactors can use.

    Always present: IdDataEqual, OperatorValueEqual, RemoteValidationEvent; Axis adds
    IdDataEqualToField (duress PIN).

    Attributes:
        name:
        description:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
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
class IdPointDevice:
    """
    An IdPoint (reader, keypad, REX) that feeds an access point.

    Attributes:
        id_point: Token of the IdPoint.
        device_uuid: Controller that owns the IdPoint; empty for the controller receiving
            the request.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id_point: str = field(
        metadata={
            "name": "IdPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    device_uuid: None | str = field(
        default=None,
        metadata={
            "name": "DeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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


class MatchOperator(Enum):
    """
    Comparison of a MatchRule (defined by the service; unused by its operations).
    """

    EQUAL = "Equal"
    NOT_EQUAL = "NotEqual"
    SUBSET = "Subset"
    INTERSECTION = "Intersection"


@dataclass(slots=True, kw_only=True)
class ReOpenMasterDb:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "ReOpenMasterDB"
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class ReOpenMasterDbresponse:
    """
    Attributes:
        nbr_total_pages:
        nbr_free_pages:
        size_on_disk:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        name = "ReOpenMasterDBResponse"
        namespace = "http://www.axis.com/vapix/ws/pacs"

    nbr_total_pages: int = field(
        metadata={
            "name": "NbrTotalPages",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    nbr_free_pages: int = field(
        metadata={
            "name": "NbrFreePages",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    size_on_disk: int = field(
        metadata={
            "name": "SizeOnDisk",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAccessController:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAccessControllerConfiguration:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAccessControllerConfigurationResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RemoveAccessControllerResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RemoveAccessPoint:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAccessPointResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RemoveAccessProfile:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAccessProfileResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RemoveArea:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveAreaResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RemoveCredential:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RemoveCredentialResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RequestAccessResponse:
    """
    Attributes:
        access_granted:
        reason: Granted, or why access was denied: InvalidCredential, CredentialNotEnabled,
            CredentialNotActive, CredentialExpired, InvalidAccessProfile, Unauthorized,
            AntiPassbackViolation, ...
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_granted: bool = field(
        metadata={
            "name": "AccessGranted",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    reason: str = field(
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class ResetAllAntipassbackViolations:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class ResetAllAntipassbackViolationsResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
        credential_token: Token of the credential.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class Rule:
    """
    One rule of an authorization profile.

    Attributes:
        name:
        operator_value:
        operator_name: Name of a RuleOperator.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    operator_value: str = field(
        metadata={
            "name": "OperatorValue",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    operator_name: str = field(
        metadata={
            "name": "OperatorName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RuleOperator:
    """
    An operator authorization rules can use, for example Authenticate, RequestEqual,
    OperatorValueEqual or RemoteValidationEvent.

    Attributes:
        name:
        description:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
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
class SetAccessControllerConfigurationResponse:
    """
    Attributes:
        token: Tokens of the stored items, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessControllerResponse:
    """
    Attributes:
        token: Tokens of the stored items, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessPointResponse:
    """
    Attributes:
        token: Tokens of the stored items, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        token: Tokens of the stored items, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAntipassbackDataResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class SetAreaResponse:
    """
    Attributes:
        token: Tokens of the stored items, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetCredentialResponse:
    """
    Attributes:
        token: Tokens of the stored credentials, in request order.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class VerifyRequestResponse:
    """
    Attributes:
        access_granted:
        reason: Granted, or why access was denied: InvalidCredential, CredentialNotEnabled,
            CredentialNotActive, CredentialExpired, InvalidAccessProfile, Unauthorized,
            AntiPassbackViolation, ...
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_granted: bool = field(
        metadata={
            "name": "AccessGranted",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    reason: str = field(
        metadata={
            "name": "Reason",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class AccessController(DataEntity):
    """
    An access controller and the access points it serves.

    New access points only take effect once their token is added to this list.

    Attributes:
        name:
        description:
        access_point: Tokens of the access points this controller handles.
    """

    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    access_point: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )


@dataclass(slots=True, kw_only=True)
class AccessControllerConfiguration(DataEntity):
    """
    Device binding and settings of an access controller; shares its token with the
    AccessController.

    Attributes:
        device_uuid: Controller the configuration belongs to; empty for the controller
            receiving the request.
        configuration: Name/value settings (empty by default).
    """

    device_uuid: str = field(
        metadata={
            "name": "DeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    configuration: list[Configuration] = field(
        default_factory=list,
        metadata={
            "name": "Configuration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )


@dataclass(slots=True, kw_only=True)
class AccessControllerInfo(DataEntity):
    """
    Read-only view of an access controller (the decision engine of one door controller) and the
    access points it serves.

    Its default token is "Axis-&lt;mac&gt; AccessController".

    Attributes:
        name:
        description:
        access_point: Tokens of the access points this controller handles.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    access_point: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )


@dataclass(slots=True, kw_only=True)
class AccessPoint(DataEntity):
    """
    Full configuration of an access point: one direction of passage through a door, the
    IdPoints that feed it, the authentication it requires and the action taken on a granted
    request.

    A new access point must also be added to its AccessController's AccessPoint list.

    Attributes:
        name:
        description:
        area_from: Area a person leaves when passing (used by anti-passback); empty when not
            used.
        area_to: Area a person enters when passing; empty when not used.
        entity_type: Kind of the controlled entity as prefixed text, for example
            "axtdc:Door" or "tdc:Door"; absent means a door.
        entity: Token of the controlled entity (normally a door).
        enabled: False to refuse every request at this access point.
        door_device_uuid: Controller that owns the door; empty for the controller receiving
            the request.
        id_point_device:
        authentication_profile: Tokens of the authentication profiles accepted here (any one
            suffices).
        attribute: Named settings, for example Direction (in/out), Duress, AntiPassbackMode
            (Logical/TimedLogical), AntiPassbackTimeout (seconds) and
            AntiPassbackEnforcementMode (Soft/Hard).
        action_argument:
        action: What a granted request does: typically "Access" (the default), "AccessDoor"
            or "AccessDoorWithoutUnlock".
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    area_from: None | str = field(
        default=None,
        metadata={
            "name": "AreaFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    area_to: None | str = field(
        default=None,
        metadata={
            "name": "AreaTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    entity_type: None | str = field(
        default=None,
        metadata={
            "name": "EntityType",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    entity: str = field(
        metadata={
            "name": "Entity",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    door_device_uuid: None | str = field(
        default=None,
        metadata={
            "name": "DoorDeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    id_point_device: list[IdPointDevice] = field(
        default_factory=list,
        metadata={
            "name": "IdPointDevice",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    authentication_profile: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    action_argument: list[ActionArgument] = field(
        default_factory=list,
        metadata={
            "name": "ActionArgument",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    action: str = field(
        metadata={
            "name": "Action",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )


@dataclass(slots=True, kw_only=True)
class AccessPolicy:
    """
    Grants access at one access point, during the given schedules.

    Attributes:
        access_point: Token of the access point the policy applies to.
        authorization_profile: Tokens of authorization profiles (no operation manages them;
            normally empty).
        attribute:
        schedule: Tokens of the schedules during which the policy grants access.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    access_point: str = field(
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    authorization_profile: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AuthorizationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    schedule: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class AccessProfileInfo(DataEntity):
    """
    Read-only view of an access profile.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class Area(DataEntity):
    """
    A zone that access points lead into or out of (used by anti-passback).
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )


@dataclass(slots=True, kw_only=True)
class AuthenticationProfile(DataEntity):
    """
    Which identification is required, and when.

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
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    id_factor: list[IdFactor] = field(
        default_factory=list,
        metadata={
            "name": "IdFactor",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    schedule: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class AuthorizationProfile(DataEntity):
    """
    A set of authorization rules and the schedules they apply in.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    schedule: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    rule: list[Rule] = field(
        default_factory=list,
        metadata={
            "name": "Rule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )


@dataclass(slots=True, kw_only=True)
class AuthorizationProfileInfo(DataEntity):
    """
    Read-only view of an authorization profile.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class Credential(DataEntity):
    """
    A credential: the identification data of a card, PIN or similar, the user holding it and
    the access profiles it grants.

    Devices require this element order and the Status element.

    Attributes:
        user_token: Token of the user (axudb) holding the credential.
        description:
        valid_from: Start of validity; empty or absent for no limit.
        valid_to: End of validity; empty or absent for no limit.
        enabled:
        status:
        id_data: Identification data, for example Name "Card", "CardNr", "PIN" or
            "DuressPIN". Names are unique per credential; CardNr values are unique system-
            wide.
        attribute: Named settings, for example ExtendedAccessTime, AccessTime /
            OpenTooLongTime / PreAlarmTime (PT&lt;n&gt;S), AntiPassbackOverride (True/False)
            or AxisWhitelist (an IdData name).
        authentication_profile: Authentication profiles for this credential; they take
            precedence over those of its access profiles and access points.
        credential_access_profile:
    """

    user_token: None | str = field(
        default=None,
        metadata={
            "name": "UserToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    status: CredentialStatusEnum | str = field(
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    id_data: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "IdData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    authentication_profile: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    credential_access_profile: list[CredentialAccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "CredentialAccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )


@dataclass(slots=True, kw_only=True)
class CredentialInfo(DataEntity):
    """
    Read-only view of a credential, without its identification data.

    Attributes:
        user_token: Token of the user (axudb) holding the credential.
        description:
        valid_from: Start of validity; empty or absent for no limit.
        valid_to: End of validity; empty or absent for no limit.
        enabled:
        status:
    """

    user_token: None | str = field(
        default=None,
        metadata={
            "name": "UserToken",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    status: CredentialStatusEnum | str = field(
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )


@dataclass(slots=True, kw_only=True)
class DisableCredential:
    """
    Attributes:
        token:
        status: Status to record, for example Lost or Stolen; Disabled when absent.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    status: None | CredentialStatusEnum | str = field(
        default=None,
        metadata={
            "name": "Status",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAntipassbackDataListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        antipassback_data:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    antipassback_data: list[AntipassbackData] = field(
        default_factory=list,
        metadata={
            "name": "AntipassbackData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetCredentialStatisticsResponse:
    """
    Attributes:
        credential_statistics:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    credential_statistics: CredentialStatistics = field(
        metadata={
            "name": "CredentialStatistics",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetIdMatchOperatorsResponse:
    """
    Attributes:
        id_match_operator:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    id_match_operator: list[IdMatchOperator] = field(
        default_factory=list,
        metadata={
            "name": "IdMatchOperator",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetRuleOperatorsResponse:
    """
    Attributes:
        rule_operator:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    rule_operator: list[RuleOperator] = field(
        default_factory=list,
        metadata={
            "name": "RuleOperator",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetStandardAttributeListResponse:
    """
    Attributes:
        attribute:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetVendorAttributeListResponse:
    """
    Attributes:
        attribute:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class MatchRule:
    """
    A field comparison (defined by the service; unused by its operations).

    Attributes:
        field_value:
        operator:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    field_value: str = field(
        metadata={
            "name": "Field",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    operator: MatchOperator | str = field(
        metadata={
            "name": "Operator",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class RequestAccess:
    """
    Attributes:
        token: Token of the access controller that decides.
        id_data: Identification data presented, for example Name "Card" or "PIN".
        source_token: Token of the IdPoint the data came from.
        target_token: Token of the door (or other entity) access is requested to.
        action: Requested action; Access when absent.
        environment: Further name/value facts about the request.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    id_data: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "IdData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    source_token: None | str = field(
        default=None,
        metadata={
            "name": "SourceToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    target_token: None | str = field(
        default=None,
        metadata={
            "name": "TargetToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    action: None | str = field(
        default=None,
        metadata={
            "name": "Action",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    environment: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "Environment",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAntipassbackData:
    """
    Attributes:
        antipassback_data:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    antipassback_data: list[AntipassbackData] = field(
        default_factory=list,
        metadata={
            "name": "AntipassbackData",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class VerifyRequest:
    """
    Attributes:
        token: Token of the access controller that decides.
        id_data: Identification data presented, for example Name "Card" or "PIN".
        source_token: Token of the IdPoint the data came from.
        target_token: Token of the door (or other entity) access is requested to.
        action: Requested action; Access when absent.
        environment: Further name/value facts about the request.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    token: str = field(
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    id_data: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "IdData",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    source_token: None | str = field(
        default=None,
        metadata={
            "name": "SourceToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    target_token: None | str = field(
        default=None,
        metadata={
            "name": "TargetToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    action: None | str = field(
        default=None,
        metadata={
            "name": "Action",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    environment: list[NameValue] = field(
        default_factory=list,
        metadata={
            "name": "Environment",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class AccessProfile(DataEntity):
    """
    A group of access rights: the access points a credential holder may pass and when.

    Credentials refer to access profiles through CredentialAccessProfile.

    Attributes:
        name:
        description:
        valid_from: Start of validity; empty or absent for no limit.
        valid_to: End of validity; empty or absent for no limit.
        enabled:
        schedule: Tokens of the schedules during which the whole profile is active.
        authentication_profile: Authentication profiles for this profile's holders; they
            take precedence over those of the access points.
        attribute: Named settings, for example Duress or AxisWhitelist (an IdData name,
            default Card).
        access_policy:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 1024,
        },
    )
    valid_from: None | str = field(
        default=None,
        metadata={
            "name": "ValidFrom",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    valid_to: None | str = field(
        default=None,
        metadata={
            "name": "ValidTo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    enabled: bool = field(
        metadata={
            "name": "Enabled",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        }
    )
    schedule: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Schedule",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    authentication_profile: list[str] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
            "max_length": 64,
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_policy: list[AccessPolicy] = field(
        default_factory=list,
        metadata={
            "name": "AccessPolicy",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetAccessControllerConfigurationListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_controller_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_controller_configuration: list[AccessControllerConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "AccessControllerConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerConfigurationResponse:
    """
    Attributes:
        access_controller_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_controller_configuration: list[AccessControllerConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "AccessControllerConfiguration",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_controller_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_controller_info: list[AccessControllerInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessControllerInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerInfoResponse:
    """
    Attributes:
        access_controller_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_controller_info: list[AccessControllerInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessControllerInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_controller:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_controller: list[AccessController] = field(
        default_factory=list,
        metadata={
            "name": "AccessController",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessControllerResponse:
    """
    Attributes:
        access_controller:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_controller: list[AccessController] = field(
        default_factory=list,
        metadata={
            "name": "AccessController",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessPointListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_point: list[AccessPoint] = field(
        default_factory=list,
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessPointResponse:
    """
    Attributes:
        access_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_point: list[AccessPoint] = field(
        default_factory=list,
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessProfileInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_profile_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_profile_info: list[AccessProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfileInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_profile_info: list[AccessProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfileInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAreaListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        area:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    area: list[Area] = field(
        default_factory=list,
        metadata={
            "name": "Area",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAreaResponse:
    """
    Attributes:
        area:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    area: list[Area] = field(
        default_factory=list,
        metadata={
            "name": "Area",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    authentication_profile_info: list[AuthenticationProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfileInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    authentication_profile_info: list[AuthenticationProfileInfo] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfileInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        next_start_reference: Reference of the next page; absent on the last page.
        credential_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    credential_info: list[CredentialInfo] = field(
        default_factory=list,
        metadata={
            "name": "CredentialInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    credential_info: list[CredentialInfo] = field(
        default_factory=list,
        metadata={
            "name": "CredentialInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        next_start_reference: Reference of the next page; absent on the last page.
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    credential: list[Credential] = field(
        default_factory=list,
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetCredentialResponse:
    """
    Attributes:
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    credential: list[Credential] = field(
        default_factory=list,
        metadata={
            "name": "Credential",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessController:
    """
    Attributes:
        access_controller:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_controller: list[AccessController] = field(
        default_factory=list,
        metadata={
            "name": "AccessController",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessControllerConfiguration:
    """
    Attributes:
        access_controller_configuration:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_controller_configuration: list[AccessControllerConfiguration] = field(
        default_factory=list,
        metadata={
            "name": "AccessControllerConfiguration",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessPoint:
    """
    Attributes:
        access_point:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_point: list[AccessPoint] = field(
        default_factory=list,
        metadata={
            "name": "AccessPoint",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetArea:
    """
    Attributes:
        area:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    area: list[Area] = field(
        default_factory=list,
        metadata={
            "name": "Area",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
        namespace = "http://www.axis.com/vapix/ws/pacs"

    authentication_profile: list[AuthenticationProfile] = field(
        default_factory=list,
        metadata={
            "name": "AuthenticationProfile",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetCredential:
    """
    Attributes:
        credential:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    credential: list[Credential] = field(
        default_factory=list,
        metadata={
            "name": "Credential",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessProfileListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
        },
    )
    access_profile: list[AccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class GetAccessProfileResponse:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_profile: list[AccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
class SetAccessProfile:
    """
    Attributes:
        access_profile:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/pacs"

    access_profile: list[AccessProfile] = field(
        default_factory=list,
        metadata={
            "name": "AccessProfile",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/pacs",
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
