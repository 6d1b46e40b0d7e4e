from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "http://www.onvif.org/ver10/schema"


@dataclass(slots=True, kw_only=True)
class BinaryData:
    """
    Binary content with its MIME type (IdPoint feedback graphics and audio).

    Attributes:
        data:
        content_type:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    data: bytes = field(
        metadata={
            "name": "Data",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
            "format": "base64",
        }
    )
    content_type: None | str = field(
        default=None,
        metadata={
            "name": "contentType",
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
class ElementItem:
    """
    A named XML value of an event message.

    Attributes:
        any_element:
        name:
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    any_element: None | object = field(
        default=None,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
        },
    )
    name: str = field(
        metadata={
            "name": "Name",
            "type": "Attribute",
        }
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )


class PropertyOperation(Enum):
    """
    What happened to a property (a state that persists, like a door's mode): its value when a
    subscription starts, a change, or its end.
    """

    INITIALIZED = "Initialized"
    CHANGED = "Changed"
    DELETED = "Deleted"


@dataclass(slots=True, kw_only=True)
class SimpleItem:
    """
    A named value of an event message; the value is always text on the wire (a token, "true",
    an enumeration value ...).

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
    value: str = field(
        metadata={
            "name": "Value",
            "type": "Attribute",
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
class SimpleItemDescription:
    """
    Attributes:
        name:
        type_value: Type of the value, e.g. pt:ReferenceToken or tdc:DoorMode.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    name: str = field(
        metadata={
            "name": "Name",
            "type": "Attribute",
        }
    )
    type_value: str = field(
        metadata={
            "name": "Type",
            "type": "Attribute",
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
class ItemList:
    """
    Attributes:
        simple_item:
        element_item:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    simple_item: list[SimpleItem] = field(
        default_factory=list,
        metadata={
            "name": "SimpleItem",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    element_item: list[ElementItem] = field(
        default_factory=list,
        metadata={
            "name": "ElementItem",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class ItemListDescription:
    """
    Attributes:
        simple_item_description:
        element_item_description:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    simple_item_description: list[SimpleItemDescription] = field(
        default_factory=list,
        metadata={
            "name": "SimpleItemDescription",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    element_item_description: list[SimpleItemDescription] = field(
        default_factory=list,
        metadata={
            "name": "ElementItemDescription",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
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
class Message:
    """
    An event: which object it is about (Source), the values it reports (Data), when (UtcTime)
    and, for a property, what happened to it.

    Attributes:
        source:
        key:
        data:
        utc_time:
        property_operation:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/schema"

    source: None | ItemList = field(
        default=None,
        metadata={
            "name": "Source",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    key: None | ItemList = field(
        default=None,
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    data: None | ItemList = field(
        default=None,
        metadata={
            "name": "Data",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    utc_time: str = field(
        metadata={
            "name": "UtcTime",
            "type": "Attribute",
        }
    )
    property_operation: None | PropertyOperation | str = field(
        default=None,
        metadata={
            "name": "PropertyOperation",
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
class MessageDescription:
    """
    The items of a topic's messages, in a GetEventProperties topic set.

    Attributes:
        source:
        key:
        data:
        is_property:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.onvif.org/ver10/schema"

    source: None | ItemListDescription = field(
        default=None,
        metadata={
            "name": "Source",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    key: None | ItemListDescription = field(
        default=None,
        metadata={
            "name": "Key",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    data: None | ItemListDescription = field(
        default=None,
        metadata={
            "name": "Data",
            "type": "Element",
            "namespace": "http://www.onvif.org/ver10/schema",
        },
    )
    is_property: bool = field(
        default=False,
        metadata={
            "name": "IsProperty",
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
