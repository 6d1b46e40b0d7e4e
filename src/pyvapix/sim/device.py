"""Device-wide answers: service capabilities, the connection (peer network) settings, event
distribution, and the well-formed default answer of operations the simulator does not model.
"""

from __future__ import annotations

import enum
from typing import Any

from ..codec.spec import ATTRIBUTE, BOOL, ELEMENT, Scalar, spec_of
from .calls import Call, Handler, Plain
from .generic import MAX_LIMIT


def _placeholder(scalar: Scalar | None) -> Any:
    """A valid JSON-mapping value of a simple type: its "zero"."""
    kind = scalar.python_types[0] if scalar is not None else str
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind)).value
    if kind is bool:
        return False
    if kind in (int, float) or kind.__name__ == "Decimal":
        return 0
    return ""


def blank(cls: type) -> Plain:
    """The smallest valid message of a class: required members only, with zero values."""
    out: Plain = {}
    for field in spec_of(cls).fields:
        if not field.required or field.kind not in (ELEMENT, ATTRIBUTE):
            continue
        if field.is_list:
            out[field.xml_name] = []
        elif field.model is not None:
            out[field.xml_name] = blank(field.model)
        else:
            out[field.xml_name] = _placeholder(field.scalar)
    return out


def default_answer(call: Call) -> Plain:
    """Operations without a model of their behaviour answer like a device with nothing to
    report: an empty (or zero-valued) response of the right type."""
    return blank(call.operation.response_type)


def capabilities(call: Call) -> Plain:
    """Every service supports everything it can declare, up to MaxLimit items per call."""
    field = spec_of(call.operation.response_type).by_local["Capabilities"]
    assert field.model is not None
    answer = blank(field.model)
    for flag in spec_of(field.model).attributes:
        if flag.scalar is BOOL:
            answer[flag.xml_name] = True
        elif flag.xml_name == "MaxLimit":
            answer[flag.xml_name] = MAX_LIMIT
    if "Component" in spec_of(field.model).by_local:  # the schedule service's iCalendar parts
        answer["Component"] = ["VEVENT"]
    return {"Capabilities": answer}


def peer_list(call: Call) -> Plain:
    """A controller alone in its network: only itself, connected."""
    state = call.state
    return {"Self": {"ID": state.mac.upper(), "ExpectedAddress": "127.0.0.1",
                     "LastKnownAddress": "127.0.0.1", "DeviceUUID": state.uuid,
                     "TrustState": "InPeerNetwork", "ConnectionState": "Connected"},
            "Peer": []}


def get_stand_alone(call: Call) -> Plain:
    return {"StandAlone": call.state.stand_alone}


def set_stand_alone(call: Call) -> Plain:
    call.state.stand_alone = bool(call.request.get("StandAlone"))
    call.state.settings_changed()
    return {}


def distribution(call: Call) -> Plain:
    return {"EventDistributionConfig": [{"GlobalDistributionEnabled": call.state.global_distribution}]}


def switch_distribution(call: Call) -> Plain:
    call.state.global_distribution = call.operation.spec.name == "EnableGlobalDistribution"
    call.state.settings_changed()
    return {}


HANDLERS: dict[str, Handler] = {
    "aconn:GetPeerList": peer_list,
    "aconn:GetStandAloneMode": get_stand_alone,
    "aconn:SetStandAloneMode": set_stand_alone,
    "axloc:GetEventDistributionConfig": distribution,
    "axloc:EnableGlobalDistribution": switch_distribution,
    "axloc:DisableGlobalDistribution": switch_distribution,
}
# Handlers for an operation name in every service.
BY_NAME: dict[str, Handler] = {"GetServiceCapabilities": capabilities}
