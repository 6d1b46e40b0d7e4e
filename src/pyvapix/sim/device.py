"""Device-wide answers: service capabilities, the connection (peer network) settings, event
distribution, and the well-formed default answer of operations the simulator does not model.
"""

from __future__ import annotations

from .._codec.layout import BOOL, layout_of
from .calls import Call, Handler, Plain
from .generic import MAX_LIMIT
from .shapes import blank


def default_answer(call: Call) -> Plain:
    """Operations without a model of their behaviour answer like a device with nothing to
    report: an empty (or zero-valued) response of the right type."""
    return blank(call.operation.response_type)


def capabilities(call: Call) -> Plain:
    """Every service supports everything it can declare, up to MaxLimit items per call."""
    field = layout_of(call.operation.response_type).by_local["Capabilities"]
    assert field.model is not None
    answer = blank(field.model)
    for flag in layout_of(field.model).attributes:
        if flag.scalar is BOOL:
            answer[flag.xml_name] = True
        elif flag.xml_name == "MaxLimit":
            answer[flag.xml_name] = MAX_LIMIT
    if "Component" in layout_of(field.model).by_local:  # the schedule service's iCalendar parts
        answer["Component"] = ["VEVENT"]
    return {"Capabilities": answer}


def peer_list(call: Call) -> Plain:
    """A controller alone in its network: only itself, connected."""
    state = call.state
    return {
        "Self": {
            "ID": state.mac.upper(),
            "ExpectedAddress": "127.0.0.1",
            "LastKnownAddress": "127.0.0.1",
            "DeviceUUID": state.uuid,
            "TrustState": "InPeerNetwork",
            "ConnectionState": "Connected",
        },
        "Peer": [],
    }


def get_stand_alone(call: Call) -> Plain:
    return {"StandAlone": call.state.stand_alone}


def set_stand_alone(call: Call) -> Plain:
    call.state.stand_alone = bool(call.request.get("StandAlone"))
    call.state.settings_changed()
    return {}


def distribution(call: Call) -> Plain:
    enabled = call.state.global_distribution
    return {"EventDistributionConfig": [{"GlobalDistributionEnabled": enabled}]}


def switch_distribution(call: Call) -> Plain:
    call.state.global_distribution = call.operation.info.name == "EnableGlobalDistribution"
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
