from __future__ import annotations

from dataclasses import dataclass, field

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
