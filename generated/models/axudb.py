from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import (
    Attribute,
    DataEntity,
    Extension,
)

__NAMESPACE__ = "http://www.axis.com/vapix/ws/user"


@dataclass(slots=True, kw_only=True)
class GetServiceCapabilities:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetUser:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserInfo:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserInfoByCredentialToken:
    """
    Attributes:
        credential_token: Token of a credential (pacsaxis).
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    credential_token: str = field(
        metadata={
            "name": "CredentialToken",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserInfoList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class RemoveUser:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class RemoveUserResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
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
    Optional functionality of the user service.

    Attributes:
        max_limit: Most items one Get or List call returns.
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
    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class SetUserResponse:
    """
    Attributes:
        token: Tokens of the users written, generated ones included.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
        namespace = "http://www.axis.com/vapix/ws/user"

    capabilities: ServiceCapabilities = field(
        metadata={
            "name": "Capabilities",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class User(DataEntity):
    """
    A user with free attributes.

    Axis Entry Manager writes the name as "LastName, FirstName" and adds string attributes
    FirstName and LastName.

    Attributes:
        name:
        description:
        attribute: Named values (XML attributes type, Name, Value).
        extension:
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
            "max_length": 1024,
        },
    )
    attribute: list[Attribute] = field(
        default_factory=list,
        metadata={
            "name": "Attribute",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )
    extension: None | Extension = field(
        default=None,
        metadata={
            "name": "Extension",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )


@dataclass(slots=True, kw_only=True)
class UserInfo(DataEntity):
    """
    Read-only summary of a user: name and description.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
            "max_length": 64,
        }
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
            "max_length": 1024,
        },
    )


@dataclass(slots=True, kw_only=True)
class GetUserInfoByCredentialTokenResponse:
    """
    Attributes:
        user_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    user_info: list[UserInfo] = field(
        default_factory=list,
        metadata={
            "name": "UserInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserInfoListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        user_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )
    user_info: list[UserInfo] = field(
        default_factory=list,
        metadata={
            "name": "UserInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserInfoResponse:
    """
    Attributes:
        user_info:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    user_info: list[UserInfo] = field(
        default_factory=list,
        metadata={
            "name": "UserInfo",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserListResponse:
    """
    Attributes:
        next_start_reference:
        user:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
        },
    )
    user: list[User] = field(
        default_factory=list,
        metadata={
            "name": "User",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class GetUserResponse:
    """
    Attributes:
        user:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    user: list[User] = field(
        default_factory=list,
        metadata={
            "name": "User",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/user",
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
class SetUser:
    """
    Attributes:
        user:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/user"

    user: list[User] = field(
        default_factory=list,
        metadata={
            "name": "User",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/user",
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
