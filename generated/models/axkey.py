from __future__ import annotations

from dataclasses import dataclass, field

from .common.pt import DataEntity

__NAMESPACE__ = "http://www.axis.com/vapix/ws/KeyStore"


@dataclass(slots=True, kw_only=True)
class GetEncryptionKey:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class GetEncryptionKeyList:
    """
    Attributes:
        limit: Most items to return; the device may return fewer.
        start_reference: NextStartReference of the previous page; absent for the first page.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class RemoveEncryptionKey:
    """
    Attributes:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class RemoveEncryptionKeyResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class SetEncryptionKeyResponse:
    """
    Attributes:
        token: Tokens of the keys created or replaced.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "max_length": 64,
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class EncryptionKey(DataEntity):
    """
    An entry of the keystore: the key and its metadata.

    Reads never reveal the key (it comes back masked as "*****" or empty). IdPoint secure
    channels refer to entries by token.

    Attributes:
        key: The key. The well-known SCBK-D key and sixteen zero bytes are refused.
        name:
        description:
        modification_time: UTC time of the last change; set by the device, ignored in
            SetEncryptionKey.
    """

    key: None | str = field(
        repr=False,
        default=None,
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
            "max_length": 1024,
        },
    )
    name: None | str = field(
        default=None,
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
            "max_length": 64,
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
            "max_length": 1024,
        },
    )
    modification_time: None | str = field(
        default=None,
        metadata={
            "name": "ModificationTime",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
        },
    )


@dataclass(slots=True, kw_only=True)
class GetEncryptionKeyListResponse:
    """
    Attributes:
        next_start_reference: Reference of the next page; absent on the last page.
        encryption_key:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
        },
    )
    encryption_key: list[EncryptionKey] = field(
        default_factory=list,
        metadata={
            "name": "EncryptionKey",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class GetEncryptionKeyResponse:
    """
    Attributes:
        encryption_key:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    encryption_key: list[EncryptionKey] = field(
        default_factory=list,
        metadata={
            "name": "EncryptionKey",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
class SetEncryptionKey:
    """
    Attributes:
        encryption_key: Keys to create (empty or unknown token) or replace.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/KeyStore"

    encryption_key: list[EncryptionKey] = field(
        default_factory=list,
        metadata={
            "name": "EncryptionKey",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/KeyStore",
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
