"""What the ONVIF configuration services (tcr, tar, tsc) share.

Each keeps its entities in the store family of the Axis service that shows the same objects
(tcr credentials are the pacsaxis credentials, tar access profiles the pacsaxis access
profiles, tsc schedules the axsch schedules), so a change made through either side is seen
through the other. An :class:`Entities` says how a family looks in the ONVIF service
(``show``) and how an ONVIF entity is stored (``store``: it validates, and keeps what only
the Axis side shows), and serves the eight operations such an entity has: ``Get<X>Info``,
``Get<X>InfoList``, ``Get<X>s``, ``Get<X>List``, ``Create<X>``, ``Set<X>``, ``Modify<X>`` and
``Delete<X>``. Modify replaces every member the ONVIF service shows, as ONVIF says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import events, faults, generic
from .calls import Call, Handler, Plain, list_of_models
from .shapes import shown_as

if TYPE_CHECKING:
    from .state import DeviceState

# Stored entity -> the entity as the ONVIF service shows it (plain, with every member).
Show = Callable[["DeviceState", Plain], Plain]
# (state, ONVIF entity, the stored entity it replaces or the members a new one starts with)
# -> the entity to store; raises the ONVIF fault when the entity is refused.
Store = Callable[["DeviceState", Plain, Plain], Plain]
# (state, token) -> what still refers to the entity, or None when nothing does.
Users = Callable[["DeviceState", str], "str | None"]


def required_text(entity: Plain, member: str) -> str:
    return str(entity.get(member) or "")


@dataclass(frozen=True)
class Entities:
    """One kind of ONVIF entity over one store family."""

    name: str  # the <X> of the operation names, and the request member that holds one
    family: str
    show: Show
    store: Store
    capacity: tuple[str, int]  # (capability, most entities stored)
    users: Users
    fresh: Mapping[str, object] = field(default_factory=dict)  # Axis-side members of a new one

    def handlers(self, prefix: str) -> dict[str, Handler]:
        x = f"{prefix}:{{}}{self.name}"
        return {
            x.format("Get") + "Info": self.by_token,
            x.format("Get") + "InfoList": self.page,
            x.format("Get") + "s": self.by_token,
            x.format("Get") + "List": self.page,
            x.format("Create"): lambda call: {"Token": self.create(call.state, self._sent(call))},
            x.format("Set"): lambda call: self.set(call.state, self._sent(call)),
            x.format("Modify"): self.modify,
            x.format("Delete"): self.delete,
        }

    def _sent(self, call: Call) -> Plain:
        entity: Plain = call.request[self.name]
        return entity

    # -- reading -------------------------------------------------------------------------

    def view(self, state: DeviceState, entity: Plain, call: Call) -> Plain:
        """The entity as the answer's class (full or Info) shows it."""
        (member,) = list_of_models(call.operation.response_type)
        assert member.model is not None
        return shown_as(member.model, self.show(state, entity))

    def by_token(self, call: Call) -> Plain:
        (member,) = list_of_models(call.operation.response_type)
        found = (call.state.store.get(self.family, t) for t in generic.asked_tokens(call))
        return {member.xml_name: [self.view(call.state, e, call) for e in found if e]}

    def page(self, call: Call) -> Plain:
        (member,) = list_of_models(call.operation.response_type)
        page, following = generic.page_of(call, self.family)
        answer: Plain = {member.xml_name: [self.view(call.state, e, call) for e in page]}
        if following is not None:
            answer["NextStartReference"] = following
        return answer

    def existing(self, state: DeviceState, token: str) -> Plain:
        entity = state.store.get(self.family, token)
        if entity is None:
            raise faults.not_found(f"{self.name} {token!r}")
        return entity

    # -- writing -------------------------------------------------------------------------

    def create(self, state: DeviceState, entity: Plain, starts_with: Plain | None = None) -> str:
        """Create<X>: the device chooses the token, so the one sent must be empty."""
        if entity.get("token"):
            raise faults.bad_value(
                f"Create{self.name} takes an empty token (the device chooses it); "
                f"Set{self.name} creates one with a token of yours"
            )
        self._check_room(state)
        token = state.new_token()
        self._save(state, token, entity, {**self.fresh, **(starts_with or {})})
        return token

    def set(self, state: DeviceState, entity: Plain, changes: Plain | None = None) -> Plain:
        """Set<X>: create or replace, with the token the client chose."""
        token = required_text(entity, "token")
        if not token:
            raise faults.bad_value(f"Set{self.name} needs the token to create or replace")
        existing = state.store.get(self.family, token)
        if existing is None:
            self._check_room(state)
        self._save(state, token, entity, {**(existing or self.fresh), **(changes or {})})
        return {}

    def modify(self, call: Call) -> Plain:
        self.replace(call.state, self._sent(call))
        return {}

    def replace(self, state: DeviceState, entity: Plain) -> None:
        """Modify<X>: every member the ONVIF service shows is replaced."""
        token = required_text(entity, "token")
        self._save(state, token, entity, self.existing(state, token))

    def delete(self, call: Call) -> Plain:
        state, token = call.state, required_text(call.request, "Token")
        self.existing(state, token)
        user = self.users(state, token)
        if user is not None:
            raise faults.reference_in_use(f"{self.name} {token!r} is used by {user}")
        state.store.remove(self.family, token)
        events.configuration_changed(state, self.family, token, removed=True)
        return {}

    def _check_room(self, state: DeviceState) -> None:
        capability, most = self.capacity
        if sum(1 for _ in state.store.keys(self.family)) >= most:
            raise faults.capability_violated(
                capability, f"the device holds {most} {self.family} entities", receiver=True
            )

    def _save(self, state: DeviceState, token: str, entity: Plain, kept: Plain) -> None:
        stored = self.store(state, {**entity, "token": token}, kept)
        state.store.put(self.family, token, {**stored, "token": token})
        events.configuration_changed(state, self.family, token)


def without_none(entity: Plain) -> Plain:
    """The members that have a value: an ONVIF member left out clears the Axis one."""
    return {key: value for key, value in entity.items() if value is not None}
