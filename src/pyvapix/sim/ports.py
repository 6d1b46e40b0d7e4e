"""The I/O ports that port.cgi and io/portmanagement.cgi share.

A port's configuration is the parameter group ``IOPort.I<n>`` (direction, name, usage, the
circuit state that means *active*), so param.cgi, port management and port.cgi always agree.
Its circuit (open or closed) is runtime state, not saved, starting in the normal (inactive)
state like after a reboot. Inputs stay as they are: nothing is wired to the simulator.

Timed changes (a pulse ``1:/300\\``, a state sequence) are a list of steps on the device
clock, applied lazily by :func:`settle` before each request, like the door timers: a test on
a fixed clock sees the port active until it moves the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .params import ParameterTree

if TYPE_CHECKING:
    from .state import DeviceState

OPPOSITE = {"open": "closed", "closed": "open"}
_PORT_GROUP = re.compile(r"IOPort\.I([0-9]+)\.Direction")


@dataclass(frozen=True, slots=True)
class PortConfig:
    """One port as the parameter tree describes it (``index`` from 0)."""

    index: int
    direction: str
    configurable: bool
    usage: str
    name: str
    active: str  # the circuit state that means active ("open" or "closed")

    @property
    def normal(self) -> str:
        """The circuit state when inactive (port management's ``normalState``)."""
        return OPPOSITE[self.active]

    @property
    def output(self) -> bool:
        return self.direction == "output"


@dataclass(slots=True)
class PortRuntime:
    circuit: str
    steps: list[tuple[datetime, str]] = field(default_factory=list)  # (when, circuit)


@dataclass
class IoRuntime:
    """Circuit states and pending timed changes, by port index."""

    ports: dict[int, PortRuntime] = field(default_factory=dict)


def indexes(tree: ParameterTree) -> list[int]:
    """The port numbers (from 0) the device has."""
    return sorted(int(m.group(1)) for name in tree.values if (m := _PORT_GROUP.fullmatch(name)))


def config(tree: ParameterTree, index: int) -> PortConfig:
    values = tree.values
    group = f"IOPort.I{index}"
    direction = values[f"{group}.Direction"]
    side = "Output" if direction == "output" else "Input"
    active_key = f"{group}.Output.Active" if side == "Output" else f"{group}.Input.Trig"
    return PortConfig(
        index=index,
        direction=direction,
        configurable=values.get(f"{group}.Configurable") == "yes",
        usage=values.get(f"{group}.Usage", ""),
        name=values.get(f"{group}.{side}.Name", ""),
        active=values.get(active_key, "closed"),
    )


def _runtime(state: DeviceState, index: int) -> PortRuntime:
    ports = state.io.ports
    if index not in ports:
        ports[index] = PortRuntime(config(state.params, index).normal)
    return ports[index]


def settle(state: DeviceState) -> None:
    """Apply every timed change that is due."""
    now = state.now()
    for port in state.io.ports.values():
        while port.steps and port.steps[0][0] <= now:
            port.circuit = port.steps.pop(0)[1]


def circuit(state: DeviceState, index: int) -> str:
    return _runtime(state, index).circuit


def is_active(state: DeviceState, index: int) -> bool:
    return circuit(state, index) == config(state.params, index).active


def busy(state: DeviceState, index: int) -> bool:
    """Whether a pulse or sequence is still running on the port."""
    return bool(_runtime(state, index).steps)


def set_circuit(state: DeviceState, index: int, value: str) -> None:
    """Set an output now, cancelling what was scheduled on it."""
    port = _runtime(state, index)
    port.steps.clear()
    port.circuit = value


def run(state: DeviceState, index: int, steps: list[tuple[str, int]]) -> None:
    """Schedule circuit states, each held for its milliseconds before the next; the first
    applies now and the last stays. Replaces what was scheduled before."""
    port = _runtime(state, index)
    port.steps.clear()
    moment = state.now()
    for value, hold in steps:
        port.steps.append((moment, value))
        moment += timedelta(milliseconds=hold)
    if steps and steps[-1][1]:
        port.steps.append((moment, steps[-1][0]))  # the last state's time still counts
    settle(state)


def reset(state: DeviceState) -> None:
    """Every port back to its normal state (a restart)."""
    state.io.ports.clear()


def refresh_counts(tree: ParameterTree) -> None:
    """``Input.NbrOfInputs`` and ``Output.NbrOfOutputs`` follow the port directions."""
    directions = [config(tree, index).direction for index in indexes(tree)]
    if "Input.NbrOfInputs" in tree.values:
        tree.values["Input.NbrOfInputs"] = str(directions.count("input"))
    if "Output.NbrOfOutputs" in tree.values:
        tree.values["Output.NbrOfOutputs"] = str(directions.count("output"))
