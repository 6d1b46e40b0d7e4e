"""io/port.cgi and io/portmanagement.cgi on the shared ports of :mod:`.ports`.

port.cgi counts ports from 1 and is open to viewers: ``check``, ``checkactive`` and
``checkdirection`` answer ``port<n>=...`` lines, an ``action`` (``[<n>:]/300\\``, outputs
only) answers an empty body. Its error answers are not documented; the simulator answers
``Error: <reason>`` with HTTP 200 like the other CGIs. ``monitor`` (an endless multipart
stream) is not simulated.

portmanagement.cgi counts ports from "0": getPorts, setPorts (operator; a refused property
does not stop the others, the error lists every refusal), setStateSequence and
getSupportedVersions, with the API's own error codes.
"""

from __future__ import annotations

import re
from typing import Any

from . import ports
from .cgi_http import Answer, CgiCall, text
from .cgi_json import ApiError, JsonApi, JsonMethod, Params, serve
from .params import ROOT_ONLY, ParamError

ACTION = re.compile(r"(?:(?P<port>[0-9]+):)?(?P<steps>[/\\](?:[0-9]+[/\\])*)")
STATES = ("open", "closed")
MAX_STEP = 65535  # milliseconds, per step of a state sequence

PORT_MANAGEMENT = JsonApi(
    versions=("1.1",),
    invalid_json=(2101, "Invalid JSON"),
    unknown_method=(2102, "Method not supported"),
    unsupported_version=(2100, "API version not supported"),
    missing=(2103, "Required parameter missing"),
    invalid=(2104, "Invalid parameter value specified"),
    forbidden=(2105, "Authorization failed"),
)
INVALID = PORT_MANAGEMENT.invalid


def _error(reason: str) -> Answer:
    return text(f"Error: {reason}\n")


# -- port.cgi ------------------------------------------------------------------------------


def port_cgi(call: CgiCall) -> Answer:
    call.require("viewer")
    state = call.state
    known = ports.indexes(state.params)
    lines: list[str] = []
    acted = False
    for key, value in call.request.args:
        if key in ("check", "checkactive", "checkdirection"):
            numbers = _numbers(value, known)
            if numbers is None:
                return _error(f"invalid port in {key}={value}")
            for number in numbers:
                lines.append(f"port{number}={_report(call, key, number - 1)}")
        elif key == "action":
            problem = _act(call, value, known)
            if problem:
                return _error(problem)
            acted = True
        elif key == "monitor":
            return _error("monitor is not available")
    if not lines and not acted:
        return _error("no check, checkactive, checkdirection or action argument")
    return text("".join(f"{line}\n" for line in lines))


def _numbers(value: str, known: list[int]) -> list[int] | None:
    try:
        numbers = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        return None
    if not numbers or any(number - 1 not in known for number in numbers):
        return None
    return numbers


def _report(call: CgiCall, key: str, index: int) -> str:
    state = call.state
    if key == "check":
        return "1" if ports.circuit(state, index) == "closed" else "0"
    if key == "checkactive":
        return "active" if ports.is_active(state, index) else "inactive"
    return ports.config(state.params, index).direction


def _act(call: CgiCall, value: str, known: list[int]) -> str | None:
    """Run ``[<port>:]<a>[<wait><a>...]`` on an output; the problem, if any."""
    match = ACTION.fullmatch(value)
    if match is None:
        return f"invalid action {value!r}"
    number = int(match.group("port") or "1")
    if number - 1 not in known:
        return f"no port {number}"
    config = ports.config(call.state.params, number - 1)
    if not config.output:
        return f"port {number} is not an output"
    tokens = re.findall(r"[/\\]|[0-9]+", match.group("steps"))
    steps: list[tuple[str, int]] = []
    for token in tokens:
        if token in ("/", "\\"):
            steps.append((config.active if token == "/" else config.normal, 0))
        else:
            steps[-1] = (steps[-1][0], int(token))
    ports.run(call.state, number - 1, steps)
    call.log("iod", f"port {number} action {value}")
    return None


# -- portmanagement.cgi --------------------------------------------------------------------


def _item(call: CgiCall, index: int) -> dict[str, Any]:
    config = ports.config(call.state.params, index)
    item: dict[str, Any] = {
        "port": str(index),
        "state": ports.circuit(call.state, index),
        "configurable": config.configurable,
        "usage": config.usage,
        "direction": config.direction,
        "name": config.name,
        "normalState": config.normal,
    }
    if not config.configurable:
        item["readonly"] = True
    return item


def get_ports(call: CgiCall, params: Params) -> dict[str, Any]:
    known = ports.indexes(call.state.params)
    data: dict[str, Any] = {"numberOfPorts": len(known)}
    if known:
        data["items"] = [_item(call, index) for index in known]
    return data


def _port_index(call: CgiCall, value: Any) -> int:
    if not isinstance(value, str) or not value.isdigit():
        raise ApiError(*INVALID, details={"propertyName": "port"})
    if int(value) not in ports.indexes(call.state.params):
        raise ApiError(*INVALID, details={"port": value, "propertyName": "port"})
    return int(value)


def set_ports(call: CgiCall, params: Params) -> dict[str, Any]:
    requested = params.get("ports")
    if not isinstance(requested, list) or not requested:
        raise ApiError(*PORT_MANAGEMENT.missing)
    if len(requested) > 256 or not all(isinstance(p, dict) for p in requested):
        raise ApiError(*INVALID)
    if any("port" not in p for p in requested):
        raise ApiError(*PORT_MANAGEMENT.missing)
    refusals: list[dict[str, Any]] = []
    changed: list[str] = []
    for setting in requested:
        index = _port_index(call, setting["port"])
        if _configure(call, index, setting, refusals):
            changed.append(str(index))
    ports.refresh_counts(call.state.params)
    if changed:
        call.state.settings_changed()
    if refusals:
        first, *rest = refusals
        raise ApiError(*INVALID, details=first["details"], errors=rest or None)
    return {"ports": changed}


def _configure(
    call: CgiCall, index: int, setting: dict[str, Any], refusals: list[dict[str, Any]]
) -> bool:
    """Apply one port's settings, each property on its own; whether anything changed."""
    state, group = call.state, f"IOPort.I{index}"
    values = state.params.values
    config = ports.config(state.params, index)
    changed = False

    def refuse(name: str) -> None:
        refusals.append(
            {
                "code": INVALID[0],
                "message": INVALID[1],
                "details": {"port": str(index), "propertyName": name},
            }
        )

    def put(key: str, value: str, name: str) -> None:
        nonlocal changed
        try:
            state.params.check_update(key, value, ROOT_ONLY)
        except ParamError:
            refuse(name)
            return
        if values[key] != value:
            values[key] = value
            changed = True

    direction = setting.get("direction", config.direction)
    if "direction" in setting:
        if direction not in ("input", "output") or (
            not config.configurable and direction != config.direction
        ):
            refuse("direction")
            direction = config.direction
        elif direction != config.direction:
            put(f"{group}.Direction", direction, "direction")
    side = "Output" if direction == "output" else "Input"
    for name, key in (("usage", f"{group}.Usage"), ("name", f"{group}.{side}.Name")):
        if name in setting:
            if not isinstance(setting[name], str) or not config.configurable:
                refuse(name)
            else:
                put(key, setting[name], name)
    if "normalState" in setting:
        normal = setting["normalState"]
        if normal not in STATES or not config.configurable:
            refuse("normalState")
        else:
            active_key = f"{group}.Output.Active" if side == "Output" else f"{group}.Input.Trig"
            put(active_key, ports.OPPOSITE[normal], "normalState")
    if "state" in setting:
        wanted = setting["state"]
        if wanted not in STATES or direction != "output":
            refuse("state")
        elif ports.circuit(state, index) != wanted:
            ports.set_circuit(state, index, wanted)
            changed = True
    return changed


def set_state_sequence(call: CgiCall, params: Params) -> dict[str, Any]:
    if "port" not in params or "sequence" not in params:
        raise ApiError(*PORT_MANAGEMENT.missing)
    index = _port_index(call, params["port"])
    sequence = params["sequence"]
    if not isinstance(sequence, list) or not sequence:
        raise ApiError(*INVALID)
    steps: list[tuple[str, int]] = []
    for step in sequence:
        if (
            not isinstance(step, dict)
            or step.get("state") not in STATES
            or not isinstance(step.get("time"), int)
            or isinstance(step.get("time"), bool)
            or not 0 <= step["time"] <= MAX_STEP
        ):
            raise ApiError(*INVALID)
        steps.append((step["state"], step["time"]))
    if not ports.config(call.state.params, index).output:
        raise ApiError(*INVALID, details={"port": str(index), "propertyName": "port"})
    if ports.busy(call.state, index):
        raise ApiError(2200, "A state sequence is already running on the port")
    ports.run(call.state, index, steps)
    return {"port": str(index)}


PORT_MANAGEMENT_METHODS = {
    "getPorts": JsonMethod(get_ports, "viewer"),
    "setPorts": JsonMethod(set_ports, "operator"),
    "setStateSequence": JsonMethod(set_state_sequence, "viewer"),
    "getSupportedVersions": JsonMethod(
        lambda call, params: {"apiVersions": list(PORT_MANAGEMENT.versions)},
        "viewer",
        versioned=False,
    ),
}


def port_management(call: CgiCall) -> Answer:
    call.require("viewer")
    return serve(call, PORT_MANAGEMENT, PORT_MANAGEMENT_METHODS)
