"""What an operation handler receives and returns.

Handlers work on messages in their JSON-mapping ("plain") form: the codec turns the request
model into a dict with the wire member names, the handler answers with a dict of the same
kind, and the simulator builds the generated response model from it. One shape for both
protocols is what lets JSON and SOAP see exactly the same state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._catalogue import Operation
from .._codec.layout import FieldLayout, layout_of

if TYPE_CHECKING:
    from .state import DeviceState

Plain = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Call:
    """One decoded request, about to be served."""

    operation: Operation
    request: Plain
    state: DeviceState
    # The SOAP header blocks the operation declares, as models by local name ("To",
    # "SubscriptionId"); empty for JSON.
    headers: dict[str, Any] = field(default_factory=dict)
    # Where the client reached the simulator ("http://127.0.0.1:8080", from the request's
    # scheme and Host header); None when the request did not say.
    origin: str | None = None

    def tokens(self, member: str = "Token") -> list[str]:
        """A token member as a list, whether the schema has one token or many."""
        value = self.request.get(member)
        if value is None:
            return []
        return [str(item) for item in value] if isinstance(value, list) else [str(value)]


Handler = Callable[[Call], Plain]


def list_of_models(cls: type) -> list[FieldLayout]:
    """The repeated entity members of a message, e.g. ``Door`` in SetDoor or GetDoorList."""
    return [f for f in layout_of(cls).elements if f.is_list and f.model is not None]
