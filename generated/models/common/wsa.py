from __future__ import annotations

from dataclasses import dataclass, field

__NAMESPACE__ = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class AttributedUritype:
    """
    A URI, with attributes of other namespaces (env:mustUnderstand on a header block).
    """

    class Meta:
        name = "AttributedURIType"

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
class MetadataType:
    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class ReferenceParametersType:
    """
    Elements a client echoes as header blocks of each message it sends to the endpoint.

    Axis puts its SubscriptionId here.
    """

    any_element: list[object] = field(
        default_factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
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
class RelatesToType:
    """
    The MessageID of the message this one answers.
    """

    value: str = field(
        default="",
        metadata={
            "type": "Text",
        },
    )
    relationship_type: str = field(
        default="http://www.w3.org/2005/08/addressing/reply",
        metadata={
            "name": "RelationshipType",
            "type": "Attribute",
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
class Action(AttributedUritype):
    """
    What the message means: the action URI of its operation.
    """

    class Meta:
        namespace = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class EndpointReferenceType:
    """
    Where to send messages: an address, and the reference parameters that go with every message
    sent there.
    """

    address: AttributedUritype = field(
        metadata={
            "name": "Address",
            "type": "Element",
            "namespace": "http://www.w3.org/2005/08/addressing",
        }
    )
    reference_parameters: None | ReferenceParametersType = field(
        default=None,
        metadata={
            "name": "ReferenceParameters",
            "type": "Element",
            "namespace": "http://www.w3.org/2005/08/addressing",
        },
    )
    metadata: None | MetadataType = field(
        default=None,
        metadata={
            "name": "Metadata",
            "type": "Element",
            "namespace": "http://www.w3.org/2005/08/addressing",
        },
    )
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
class MessageId(AttributedUritype):
    """
    A unique identifier of the message, e.g. "urn:uuid:" and a random UUID.
    """

    class Meta:
        name = "MessageID"
        namespace = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class RelatesTo(RelatesToType):
    class Meta:
        namespace = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class To(AttributedUritype):
    """
    The address the message goes to.
    """

    class Meta:
        namespace = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class EndpointReference(EndpointReferenceType):
    class Meta:
        namespace = "http://www.w3.org/2005/08/addressing"


@dataclass(slots=True, kw_only=True)
class ReplyTo(EndpointReferenceType):
    """
    Where the answer goes; the anonymous address means "in the HTTP response".
    """

    class Meta:
        namespace = "http://www.w3.org/2005/08/addressing"
