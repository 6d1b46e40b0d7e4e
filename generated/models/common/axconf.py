from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.axis.com/vapix/ws/Config"


@dataclass(slots=True, kw_only=True)
class Configuration:
    """
    One configuration entry.

    Values are strings even when they look typed ("true", "2101").

    Attributes:
        name:
        value:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        }
    )
    value: str = field(
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
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
class ConfigurationInfo:
    """
    Describes a configuration entry: its default value, allowed or suggested values, type and
    dependencies.

    Attributes:
        name:
        value:
        enums: Allowed or suggested values.
        type_value: Value type, for example "xs:string", "xs:boolean" or "xs:int".
        depend_on_name:
        depend_on_value:
        description:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        }
    )
    value: str = field(
        metadata={
            "name": "Value",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        }
    )
    enums: list[str] = field(
        default_factory=list,
        metadata={
            "name": "Enums",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        },
    )
    type_value: None | str = field(
        default=None,
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        },
    )
    depend_on_name: None | str = field(
        default=None,
        metadata={
            "name": "DependOnName",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        },
    )
    depend_on_value: None | str = field(
        default=None,
        metadata={
            "name": "DependOnValue",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
        },
    )
    description: None | str = field(
        default=None,
        metadata={
            "name": "Description",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/Config",
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
