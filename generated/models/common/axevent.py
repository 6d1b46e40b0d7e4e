from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.axis.com/2009/event"


@dataclass(slots=True, kw_only=True)
class SubscriptionIdType:
    """
    The id text, kept as the device wrote it, with attributes of other namespaces
    (wsa:IsReferenceParameter).
    """

    value: str = field(
        default="",
        metadata={
            "type": "Text",
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
class SubscriptionId(SubscriptionIdType):
    """
    Which pull point a message is for.
    """

    class Meta:
        namespace = "http://www.axis.com/2009/event"
