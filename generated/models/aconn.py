from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "http://www.axis.com/vapix/ws/connection"


@dataclass(slots=True, kw_only=True)
class AddPeersResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class GetPeerList:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class GetStandAloneMode:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class GetStandAloneModeResponse:
    """
    Attributes:
        stand_alone: True when the controller works stand-alone; always true once paired.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

    stand_alone: bool = field(
        metadata={
            "name": "StandAlone",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
class LeaveNetwork:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class LeaveNetworkResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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


class PeerConnectionState(Enum):
    """
    Whether this controller currently talks to the peer.
    """

    DISCONNECTED = "Disconnected"
    PAIRING_FAILED = "PairingFailed"
    CONNECTED = "Connected"


@dataclass(slots=True, kw_only=True)
class PeerInfo:
    """
    Identifies a peer to remove: its MAC address and expected IPv4 address.

    Attributes:
        id:
        expected_address:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id: str = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        }
    )
    expected_address: str = field(
        metadata={
            "name": "ExpectedAddress",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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


class PeerTrustState(Enum):
    """
    How far a controller has come in joining (or leaving) the peer network.
    """

    NOT_IN_PEER_NETWORK = "NotInPeerNetwork"
    ADDING_TO_PEER_NETWORK = "AddingToPeerNetwork"
    INITIAL_SYNC_WITH_PEER_NETWORK = "InitialSyncWithPeerNetwork"
    IN_PEER_NETWORK = "InPeerNetwork"
    REMOVING_FROM_PEER_NETWORK = "RemovingFromPeerNetwork"


@dataclass(slots=True, kw_only=True)
class RemovePeersResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class SetStandAloneMode:
    """
    Attributes:
        stand_alone: True when the controller works alone, outside any peer network.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

    stand_alone: bool = field(
        metadata={
            "name": "StandAlone",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
class SetStandAloneModeResponse:
    """
    Attributes:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

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
class Peer:
    """
    A door controller of the peer network (or the answering controller itself, as Self).

    All fields are child elements; there is no token.

    Attributes:
        id: MAC address of the controller, written "00408C184BDB" or "00:40:8C:18:4B:DB";
            may be empty while a peer is still pending.
        expected_address: IPv4 address the peer is expected at; may be empty.
        last_known_address: IPv4 address the peer was last reached at.
        device_uuid: UUID of the peer; used to address its configuration (DeviceUUID fields
            of other services).
        trust_state:
        connection_state:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    id: str = field(
        metadata={
            "name": "ID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        }
    )
    expected_address: str = field(
        metadata={
            "name": "ExpectedAddress",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        }
    )
    last_known_address: None | str = field(
        default=None,
        metadata={
            "name": "LastKnownAddress",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        },
    )
    device_uuid: None | str = field(
        default=None,
        metadata={
            "name": "DeviceUUID",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        },
    )
    trust_state: None | PeerTrustState | str = field(
        default=None,
        metadata={
            "name": "TrustState",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        },
    )
    connection_state: None | PeerConnectionState | str = field(
        default=None,
        metadata={
            "name": "ConnectionState",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
class RemovePeers:
    """
    Attributes:
        peer:
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

    peer: list[PeerInfo] = field(
        default_factory=list,
        metadata={
            "name": "Peer",
            "type": "Element",
            "min_occurs": 1,
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
class AddPeers:
    """
    Attributes:
        peer: Controllers to add; ID and/or ExpectedAddress must match the controller.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

    peer: list[Peer] = field(
        default_factory=list,
        metadata={
            "name": "Peer",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
class GetPeerListResponse:
    """
    Attributes:
        self_value: The controller that answered.
        peer: The other controllers of the network.
        any_element: Elements the schema does not declare (newer firmware), kept.
        any_attributes: XML attributes the schema does not declare, kept to re-encode.
    """

    class Meta:
        namespace = "http://www.axis.com/vapix/ws/connection"

    self_value: Peer = field(
        metadata={
            "name": "Self",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
        }
    )
    peer: list[Peer] = field(
        default_factory=list,
        metadata={
            "name": "Peer",
            "type": "Element",
            "namespace": "http://www.axis.com/vapix/ws/connection",
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
