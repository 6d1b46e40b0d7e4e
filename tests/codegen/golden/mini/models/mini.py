from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "urn:example:mini"


@dataclass(slots=True, kw_only=True)
class GetGateList:
    """
    Attributes:
        limit:
        start_reference:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "urn:example:mini"

    limit: None | int = field(
        default=None,
        metadata={
            "name": "Limit",
            "type": "Element",
            "namespace": "urn:example:mini",
        },
    )
    start_reference: None | str = field(
        default=None,
        metadata={
            "name": "StartReference",
            "type": "Element",
            "namespace": "urn:example:mini",
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


class Mode(Enum):
    LOCKED = "Locked"
    UNLOCKED = "Unlocked"


@dataclass(slots=True, kw_only=True)
class OpenGates:
    """
    Attributes:
        token: Gates to open.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "urn:example:mini"

    token: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Token",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "urn:example:mini",
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
class OpenGatesResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "urn:example:mini"

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class Gate:
    """
    A gate.

    Attributes:
        name:
        mode:
        open_time:
        token:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "urn:example:mini",
        }
    )
    mode: None | Mode | str = field(
        default=None,
        metadata={
            "name": "Mode",
            "type": "Element",
            "namespace": "urn:example:mini",
        },
    )
    open_time: None | str = field(
        default=None,
        metadata={
            "name": "OpenTime",
            "type": "Element",
            "namespace": "urn:example:mini",
        },
    )
    token: str = field(
        default="",
        metadata={
            "type": "Attribute",
            "required": True,
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
class GetGateListResponse:
    """
    Attributes:
        next_start_reference:
        gate:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "urn:example:mini"

    next_start_reference: None | str = field(
        default=None,
        metadata={
            "name": "NextStartReference",
            "type": "Element",
            "namespace": "urn:example:mini",
        },
    )
    gate: list[Gate] = field(
        default_factory=list,
        metadata={
            "name": "Gate",
            "type": "Element",
            "namespace": "urn:example:mini",
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
