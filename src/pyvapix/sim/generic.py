"""Set/Get/List/Remove of every entity family, recognised from operation names and shapes.

A family ``X`` exists when some service has ``SetX`` taking a list of entities. Then
``GetXList`` / ``GetXInfoList`` page over the family, ``GetX`` / ``GetXInfo`` return the given
tokens, and ``RemoveX`` removes them, in whichever service they are declared: ``tdc:GetDoorInfo``
reads the doors ``axtdc:SetDoor`` wrote, and ``tac:`` and ``pacsaxis:`` authentication profile
operations share one family. An Info view is the entity cut down to the Info class's members,
plus the read-only members an Info has and the entity lacks (capabilities).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .._catalogue import Operation
from .._codec.layout import FieldLayout, layout_of
from . import access, doors, events, faults, schedules
from .calls import Call, Handler, Plain, list_of_models
from .shapes import key_member, project, shown_as

if TYPE_CHECKING:
    from .state import DeviceState

MAX_LIMIT = 100  # the MaxLimit capability: most items per page and per Get

# What the simulated doors can do: every command, no monitoring hardware, no priorities.
DOOR_COMMANDS = (
    "Access",
    "AccessTimingOverride",
    "Lock",
    "Unlock",
    "Block",
    "DoubleLock",
    "LockDown",
    "LockOpen",
    "Configurable",
)
# Members of Info views that the stored entity does not have.
INFO_DEFAULTS: dict[str, Plain] = {
    "Door": {"Capabilities": {**dict.fromkeys(DOOR_COMMANDS, True), "PriorityLevels": 0}},
    "AccessPoint": {"Capabilities": {"DisableAccessPoint": True, "AccessTaken": True}},
    "IdPoint": {"Capabilities": {"SupportCard": True, "SupportPIN": True, "SupportREX": True}},
}
# Members a device never reveals on reading.
READ_MASKS: dict[str, Plain] = {"EncryptionKey": {"Key": "*****"}}
# Families whose Set merges configuration entries by Name instead of replacing the entity.
MERGED = frozenset({"DoorConfiguration", "IdPointConfiguration"})
VALIDATORS: dict[str, Callable[[DeviceState, Plain], None]] = {
    "Schedule": schedules.validate,
    "Credential": access.validate_credential,
}
# What else goes when an entity is removed.
ON_REMOVE: dict[str, Callable[[DeviceState, str], None]] = {"Door": doors.forget}


def _entity_list(operation: Operation) -> FieldLayout | None:
    """The list of entities a Set operation takes, when that is all it takes."""
    items = list_of_models(operation.request_type)
    if len(items) == 1 and layout_of(operation.request_type).elements == (items[0],):
        return items[0]
    return None


def families(operations: Iterable[Operation]) -> dict[str, type]:
    """Family name -> entity class, from every ``Set<Family>`` taking a list of entities."""
    found: dict[str, type] = {}
    for operation in operations:
        items = _entity_list(operation) if operation.info.name.startswith("Set") else None
        if items is not None and items.model is not None:
            found.setdefault(operation.info.name[3:], items.model)
    return found


def _family(body: str, known: dict[str, type]) -> str | None:
    """``DoorInfo`` -> ``Door``: the body itself, or without Info, when it is a family."""
    for candidate in (body, body.removesuffix("Info")):
        if candidate in known:
            return candidate
    return None


def handler_for(operation: Operation, known: dict[str, type]) -> Handler | None:
    """The generic handler of an entity operation, or None when the shape does not fit."""
    name = operation.info.name
    request = layout_of(operation.request_type)
    answers = list_of_models(operation.response_type)
    token = request.by_local.get("Token")
    if name.startswith("Set") and name[3:] in known:
        items = _entity_list(operation)
        answers_tokens = "Token" in layout_of(operation.response_type).by_local
        if items is not None:
            return _setter(name[3:], known[name[3:]], items.xml_name, answers_tokens)
    if name.startswith("Remove") and name[6:] in known and token is not None:
        return _remover(name[6:])
    if not name.startswith("Get") or len(answers) != 1:
        return None
    if name.endswith("List"):
        family = _family(name[3:-4], known)
        if family is not None:
            return _lister(family, answers[0], paged="Limit" in request.by_local)
    family = _family(name[3:], known)
    if family is not None and token is not None and token.is_list and request.elements == (token,):
        return _getter(family, answers[0])
    return None


def view(family: str, entity: Plain, cls: type) -> Plain:
    """An entity as the class ``cls`` of a Get or List answer shows it."""
    return shown_as(cls, {**INFO_DEFAULTS.get(family, {}), **entity, **READ_MASKS.get(family, {})})


def _merge(old: Plain, new: Plain) -> Plain:
    """Only the members given replace; configuration entries are merged by Name."""
    merged = {**old, **{k: v for k, v in new.items() if v is not None and v != []}}
    entries = {entry["Name"]: entry for entry in old.get("Configuration", [])}
    entries.update((entry["Name"], entry) for entry in new.get("Configuration", []))
    merged["Configuration"] = list(entries.values())
    return merged


def _setter(family: str, cls: type, member: str, answers_tokens: bool) -> Handler:
    key = key_member(cls)
    has_device = "DeviceUUID" in layout_of(cls).by_local

    def handle(call: Call) -> Plain:
        state = call.state
        entities = [project(cls, item) for item in call.request.get(member, [])]
        for entity in entities:  # all valid, or nothing is written
            if has_device and not entity.get("DeviceUUID"):
                entity["DeviceUUID"] = state.uuid  # empty means "this device"
            if key != "token" and not entity.get(key):
                raise faults.invalid_args(f"{family} needs {key}")
            validator = VALIDATORS.get(family)
            if validator is not None:
                validator(state, entity)
        tokens = []
        for entity in entities:
            token = entity.get(key) or state.new_token()
            entity[key] = token
            existing = state.store.get(family, token)
            if family in MERGED and existing is not None:
                entity = _merge(existing, entity)
            state.store.put(family, token, entity)
            events.configuration_changed(state, family, token)
            tokens.append(token)
        return {"Token": tokens} if answers_tokens else {}

    return handle


def page_of(
    call: Call, family: str, keep: Callable[[Plain], bool] | None = None
) -> tuple[list[Plain], str | None]:
    """The page a Limit/StartReference request asks for: at most MaxLimit items, and
    MaxLimit when Limit is absent or below one."""
    limit = call.request.get("Limit") or MAX_LIMIT
    return call.state.store.page(
        family,
        call.request.get("StartReference"),
        MAX_LIMIT if limit <= 0 else min(limit, MAX_LIMIT),
        keep,
    )


def asked_tokens(call: Call) -> list[str]:
    """The tokens a Get by token asks for, at most MaxLimit of them."""
    tokens = call.tokens()
    if len(tokens) > MAX_LIMIT:
        raise faults.invalid_args(f"more than {MAX_LIMIT} tokens", "ter:TooManyItems")
    return tokens


def _lister(family: str, member: FieldLayout, paged: bool) -> Handler:
    cls = member.model
    assert cls is not None

    def handle(call: Call) -> Plain:
        store = call.state.store
        if not paged:
            return {member.xml_name: [view(family, e, cls) for e in store.entities(family)]}
        page, following = page_of(call, family)
        answer: Plain = {member.xml_name: [view(family, e, cls) for e in page]}
        if following is not None:
            answer["NextStartReference"] = following
        return answer

    return handle


def _getter(family: str, member: FieldLayout) -> Handler:
    cls = member.model
    assert cls is not None

    def handle(call: Call) -> Plain:
        found = (call.state.store.get(family, token) for token in asked_tokens(call))
        return {member.xml_name: [view(family, e, cls) for e in found if e is not None]}

    return handle


def _remover(family: str) -> Handler:
    def handle(call: Call) -> Plain:
        state = call.state
        tokens = list(dict.fromkeys(call.tokens()))
        for token in tokens:  # all exist, or nothing is removed
            if state.store.get(family, token) is None:
                raise faults.not_found(f"{family} {token!r}")
        for token in tokens:
            state.store.remove(family, token)
            cleanup = ON_REMOVE.get(family)
            if cleanup is not None:
                cleanup(state, token)
            events.configuration_changed(state, family, token, removed=True)
        return {}

    return handle
