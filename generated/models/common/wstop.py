from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://docs.oasis-open.org/wsn/t-1"


@dataclass(slots=True, kw_only=True)
class TopicSetType:
    """
    The root levels of the topic tree, as elements of the topic namespaces.
    """

    other_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##other",
        },
    )
    other_attributes: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##other",
        },
    )


@dataclass(slots=True, kw_only=True)
class TopicSet(TopicSetType):
    class Meta:
        namespace = "http://docs.oasis-open.org/wsn/t-1"
