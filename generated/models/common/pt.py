from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.onvif.org/ver10/pacs"


@dataclass(slots=True, kw_only=True)
class Attribute:
    """
    A named value attached to an entity, all carried as XML attributes (JSON members "type",
    "Name" and "Value").

    Attributes:
        type_value: Value type: "string", "int" or "bool".
        name:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    type_value: None | str = field(
        default=None,
        metadata={
            "name": "type",
            "type": "Attribute",
        },
    )
    name: str = field(
        metadata={
            "name": "Name",
            "type": "Attribute",
        }
    )
    value: None | str = field(
        default=None,
        metadata={
            "name": "Value",
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
class DataEntity:
    """
    Base of every entity: the token attribute.

    Devices require the attribute even when it is empty (an empty token creates a new entity).

    Attributes:
        token: Token of the entity; empty to let the device create one.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    token: str = field(
        default="",
        metadata={
            "type": "Attribute",
            "required": True,
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
class Extension:
    """
    Extension point: vendor or future elements, kept as they arrive.

    Attributes:
        any_element:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


@dataclass(slots=True, kw_only=True)
class NameValue:
    """
    A name and a value carried as XML attributes (IdData, Environment).

    Attributes:
        name:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Attribute",
        }
    )
    value: None | str = field(
        repr=False,
        default=None,
        metadata={
            "name": "Value",
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
