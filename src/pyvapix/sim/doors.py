"""The door state machine behind the tdc door commands, axtdc:ReleaseDoor and GetDoorState.

Each command puts the door in one mode. LockedDown and LockedOpen are overrides: until their
own release command (or axtdc:ReleaseDoor) every other command fails with
``env:Receiver ter:Action ter:Failure``, and a release returns the door to the mode it had
before. Accessed is timed: it lasts the door's AccessTime (or the request's) and then falls
back, which :func:`settle` applies lazily before each request (and while a PullMessages
waits). Every change of a door property is an event: ``Door/State/DoorMode`` for the mode,
``LockPhysicalState`` and ``DoubleLockPhysicalState`` for the locks the mode drives. Physical
inputs (door monitor, tamper, faults) are not simulated: the door is always closed and
healthy, which :func:`properties` reports as the other property values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from . import events, faults
from .calls import Call, Handler, Plain
from .clock import parse_duration

if TYPE_CHECKING:
    from .state import DeviceState

DEFAULT_MODE = "Locked"
LOCK = "tdc:LockPhysicalState"
DEFAULT_ACCESS_TIME = "PT7S"
UNLOCKED_MODES = frozenset({"Unlocked", "Accessed", "LockedOpen"})
# Override mode -> the command that releases it.
OVERRIDES = {"LockedDown": "tdc:LockDownReleaseDoor", "LockedOpen": "tdc:LockOpenReleaseDoor"}
MODE_COMMANDS = {
    "tdc:LockDoor": "Locked",
    "tdc:UnlockDoor": "Unlocked",
    "tdc:BlockDoor": "Blocked",
    "tdc:DoubleLockDoor": "DoubleLocked",
    "tdc:LockDownDoor": "LockedDown",
    "tdc:LockOpenDoor": "LockedOpen",
}
RELEASE_ANY = "axtdc:ReleaseDoor"
# Access commands -> whether they unlock the lock.
ACCESS_COMMANDS = {"tdc:AccessDoor": True, "axtdc:AccessDoorWithoutUnlock": False}


@dataclass(slots=True)
class DoorRuntime:
    """What a door is doing now (runtime state, not configuration: not persisted)."""

    mode: str = DEFAULT_MODE
    resume: str = DEFAULT_MODE  # mode to return to after Accessed or a released override
    unlocked: bool = False
    accessed_until: datetime | None = None


def start(state: DeviceState) -> None:
    """Doors come up locked, and the device logs each door's initial mode at startup."""
    for token in state.store.keys("Door"):
        state.doors[token] = DoorRuntime()
        _log_mode(state, token, DEFAULT_MODE)


def runtime(state: DeviceState, token: str | None) -> DoorRuntime:
    if not token or state.store.get("Door", token) is None:
        raise faults.not_found(f"door {token!r}")
    return state.doors.setdefault(token, DoorRuntime())


def forget(state: DeviceState, token: str) -> None:
    """A removed door stops having a mode."""
    state.doors.pop(token, None)


def _log_mode(state: DeviceState, token: str, mode: str, at: datetime | None = None) -> None:
    items = [events.state_data("State", mode, "tdc:DoorMode"), events.source("DoorToken", token)]
    events.log(state, "Door/State/DoorMode", items, at)


def _state(topic: str, token: str, value: str, wstype: str) -> tuple[str, list[events.KeyValue]]:
    items = [events.state_data("State", value, wstype), events.source("DoorToken", token)]
    return f"Door/State/{topic}", items


def _locks(token: str, door: DoorRuntime) -> list[tuple[str, list[events.KeyValue]]]:
    """The lock properties the mode drives."""
    double = "Locked" if door.mode == "DoubleLocked" else "Unlocked"
    return [
        _state("LockPhysicalState", token, "Unlocked" if door.unlocked else "Locked", LOCK),
        _state("DoubleLockPhysicalState", token, double, LOCK),
    ]


def properties(state: DeviceState, token: str) -> list[tuple[str, list[events.KeyValue]]]:
    """(topic, items) of the current value of each property of a door."""
    door = state.doors.setdefault(token, DoorRuntime())
    fault = _state("DoorFault", token, "NotInFault", "tdc:DoorFaultState")
    fault[1].append(events.data("Reason", ""))
    return [
        _state("DoorMode", token, door.mode, "tdc:DoorMode"),
        _state("DoorPhysicalState", token, "Closed", "tdc:DoorPhysicalState"),
        *_locks(token, door),
        _state("DoorAlarm", token, "Normal", "tdc:DoorAlarmState"),
        _state("DoorTamper", token, "NotInTamper", "tdc:DoorTamperState"),
        fault,
    ]


def _change(
    state: DeviceState,
    token: str,
    door: DoorRuntime,
    mode: str,
    at: datetime | None = None,
    unlocked: bool | None = None,
) -> None:
    """Put the door in ``mode``; its lock follows the mode unless ``unlocked`` says."""
    before, locks = door.mode, _locks(token, door)
    door.mode = mode
    door.unlocked = mode in UNLOCKED_MODES if unlocked is None else unlocked
    if mode != "Accessed":
        door.accessed_until = None
    if mode != before:
        _log_mode(state, token, mode, at)
    for old, new in zip(locks, _locks(token, door), strict=True):
        if old != new:
            events.log(state, *new, at)


def _underlying(door: DoorRuntime) -> str:
    """The mode a door returns to when what it does now ends."""
    return door.resume if door.mode == "Accessed" else door.mode


def settle(state: DeviceState) -> None:
    """End Accessed periods that are over (logged at the moment they ended)."""
    now = state.now()
    for token, door in list(state.doors.items()):
        if door.accessed_until is not None and door.accessed_until <= now:
            _change(state, token, door, door.resume, door.accessed_until)


def _access_time(state: DeviceState, token: str, request: Plain) -> timedelta:
    door = state.store.get("Door", token) or {}
    configured = door.get("ExtendedAccessTime" if request.get("UseExtendedTime") else "AccessTime")
    text = request.get("AccessTime") or configured or DEFAULT_ACCESS_TIME
    try:
        return parse_duration(text)
    except ValueError:
        raise faults.invalid_args(f"AccessTime {text!r} is not a duration") from None


def grant_access(state: DeviceState, token: str, request: Plain, unlock: bool = True) -> None:
    """Open the door for one passage (AccessDoor, or an access decision that was granted)."""
    door = runtime(state, token)
    until = state.now() + _access_time(state, token, request)
    door.resume = _underlying(door)
    _change(state, token, door, "Accessed", unlocked=unlock)
    door.accessed_until = until


def admit(state: DeviceState, token: str, unlock: bool) -> None:
    """Open the door of a granted access decision; a door that is gone or held in an
    override stays as it is."""
    if state.store.get("Door", token) is not None and runtime(state, token).mode not in OVERRIDES:
        grant_access(state, token, {}, unlock)


def command(call: Call) -> Plain:
    """Any door command; the operation name says which."""
    name = call.operation.qualified_name
    token = call.request.get("Token") or ""
    door = runtime(call.state, token)
    release = OVERRIDES.get(door.mode)
    if release is not None and name not in (release, RELEASE_ANY):
        raise faults.action_failed(f"door {token!r} is {door.mode}; release it first")
    if name in ACCESS_COMMANDS:
        grant_access(call.state, token, call.request, ACCESS_COMMANDS[name])
    elif name in MODE_COMMANDS:
        mode = MODE_COMMANDS[name]
        if mode in OVERRIDES:
            door.resume = _underlying(door)
        _change(call.state, token, door, mode)
    elif release is not None:  # the override's own release, or ReleaseDoor
        _change(call.state, token, door, door.resume)
    elif name == RELEASE_ANY:  # no override: release the API command, back to the default
        _change(call.state, token, door, DEFAULT_MODE)
    return {}  # releasing an override the door is not in changes nothing


def door_state(call: Call) -> Plain:
    door = runtime(call.state, call.request.get("Token"))
    return {
        "DoorState": {
            "DoorPhysicalState": "Closed",
            "LockPhysicalState": "Unlocked" if door.unlocked else "Locked",
            "DoubleLockPhysicalState": "Locked" if door.mode == "DoubleLocked" else "Unlocked",
            "Alarm": "Normal",
            "Tamper": {"State": "NotInTamper"},
            "Fault": {"State": "NotInFault"},
            "DoorMode": door.mode,
        }
    }


HANDLERS: dict[str, Handler] = {
    **{
        name: command
        for name in (*MODE_COMMANDS, *ACCESS_COMMANDS, *OVERRIDES.values(), RELEASE_ANY)
    },
    "tdc:GetDoorState": door_state,
}
