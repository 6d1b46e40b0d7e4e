"""The ONVIF device service subset (tds): what the simulator serves, who it is, its clock.

GetServices lists every service of the simulator's catalogue with its namespace, the one
SOAP address and a version. The address is where the client reached the simulator (the
request's scheme and Host header), so a client that follows it, as ONVIF clients do, comes
back to the simulator behind a port or a tunnel; without a plain host[:port] Host it is the
configured ``http://<Network.eth0.IPAddress>/vapix/services``. The version is the one of the
ONVIF file the spec follows for an ONVIF service, 1.0 for an Axis service (Axis publishes
none). With IncludeCapability each entry carries what that service's GetServiceCapabilities
answers. Identity and capabilities come from the parameter tree, so they agree with
param.cgi. The old-style GetCapabilities knows no access control service; of its categories
the simulator has the device service only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from .._catalogue import Catalogue, Operation
from .._codec import to_plain
from .._codec.layout import layout_of
from .._codec.plain import from_plain
from .._codec.soap import model_to_element
from .._codec.unknown import Unknown
from .._engine.bindings import SOAP_PATH
from .._errors import FaultError
from . import access_rules, credential_service, device, faults, schedule_service
from .calls import Call, Handler, Plain

if TYPE_CHECKING:
    from .state import DeviceState

# Versions of the ONVIF files the specs follow, by namespace; Axis services answer 1.0.
ONVIF_VERSIONS = {
    "http://www.onvif.org/ver10/device/wsdl": (26, 6),
    "http://www.onvif.org/ver10/accesscontrol/wsdl": (20, 12),
    "http://www.onvif.org/ver10/doorcontrol/wsdl": (21, 6),
    "http://www.onvif.org/ver10/credential/wsdl": (21, 6),
    "http://www.onvif.org/ver10/accessrules/wsdl": (18, 12),
    "http://www.onvif.org/ver10/schedule/wsdl": (18, 12),
}
AXIS_VERSION = (1, 0)
SERVED_CATEGORIES = frozenset({"All", "Device"})


def _param(state: DeviceState, name: str) -> str:
    return state.params.values[state.params.canonical(name) or name]


def _flag(state: DeviceState, name: str) -> bool:
    return _param(state, name) == "yes"


def address(call: Call) -> str:
    """The SOAP address as the client reached it; the configured IP when it did not say."""
    reached = call.origin or f"http://{_param(call.state, 'Network.eth0.IPAddress')}"
    return f"{reached}{SOAP_PATH}"


def _version(major_minor: tuple[int, int]) -> Plain:
    return {"Major": major_minor[0], "Minor": major_minor[1]}


# -- capabilities ---------------------------------------------------------------------------


def capabilities(state: DeviceState) -> Plain:
    """The device service's own capabilities: what the simulator does over HTTP (Digest,
    TLS when started with a certificate, the system log and server report CGIs)."""
    return {
        "Network": {
            "IPFilter": False,
            "ZeroConfiguration": _flag(state, "Network.Bonjour.Enabled"),
            "IPVersion6": _flag(state, "Network.IPv6.Enabled"),
            "DynDNS": False,
            "Dot11Configuration": False,
            "HostnameFromDHCP": False,
            "NTP": 0,
        },
        "Security": {
            "TLS1.2": _flag(state, "Properties.HTTPS.HTTPS"),
            "HttpDigest": True,
            "UsernameToken": False,
        },
        "System": {
            "DiscoveryResolve": False,
            "DiscoveryBye": False,
            "RemoteDiscovery": False,
            "SystemBackup": False,
            "SystemLogging": True,
            "HttpSystemLogging": True,
            "HttpSupportInformation": True,
            "HttpFirmwareUpgrade": False,
        },
    }


# What each service's GetServiceCapabilities answers (the Axis ones: device.capabilities).
CAPABILITIES: Mapping[str, Handler] = {
    "tcr": lambda call: {"Capabilities": credential_service.CAPABILITIES},
    "tar": lambda call: {"Capabilities": access_rules.CAPABILITIES},
    "tsc": lambda call: {"Capabilities": schedule_service.CAPABILITIES},
    "tds": lambda call: {"Capabilities": capabilities(call.state)},
}


@functools.lru_cache(maxsize=4)
def _catalogue(package: str) -> Catalogue:
    return Catalogue(package)


def _capabilities_element(operation: Operation, state: DeviceState, holder: type) -> object:
    """The service's Capabilities element, inside the class that holds it in a Service."""
    answer = CAPABILITIES.get(operation.info.prefix, device.capabilities)(
        Call(operation, {}, state)
    )
    response = from_plain(operation.response_type, answer, strict=True)
    field = layout_of(operation.response_type).by_local["Capabilities"]
    model = getattr(response, field.name)
    parent = etree.Element("holder")
    model_to_element(parent, field.tag, model, layout_of(type(model)))
    kept = Unknown(
        name="Capabilities",
        value=to_plain(model),
        namespace=operation.service.namespace,
        element=parent[0],
    )
    return layout_of(holder).construct({}, [kept], {})


def services(call: Call) -> Plain:
    state = call.state
    catalogue = _catalogue(call.operation.package)
    (member,) = [f for f in layout_of(call.operation.response_type).elements if f.is_list]
    assert member.model is not None
    holder = layout_of(member.model).by_local["Capabilities"].model
    assert holder is not None
    listed = []
    for prefix, service in catalogue.services.items():
        entry: Plain = {
            "Namespace": service.namespace,
            "XAddr": address(call),
            "Version": _version(ONVIF_VERSIONS.get(service.namespace, AXIS_VERSION)),
        }
        asked = catalogue.operations.get(f"{prefix}:GetServiceCapabilities")
        if call.request.get("IncludeCapability") and asked is not None:
            entry["Capabilities"] = _capabilities_element(asked, state, holder)
        listed.append(entry)
    return {"Service": listed}


def device_information(call: Call) -> Plain:
    state = call.state
    return {
        "Manufacturer": _param(state, "Brand.Brand"),
        "Model": _param(state, "Brand.ProdNbr"),
        "FirmwareVersion": _param(state, "Properties.Firmware.Version"),
        "SerialNumber": _param(state, "Properties.System.SerialNumber"),
        "HardwareId": _param(state, "Properties.System.HardwareID"),
    }


def system_date_and_time(call: Call) -> Plain:
    """The simulator's clock, set by hand, in UTC (its local time)."""
    now = call.state.now()
    moment = {
        "Time": {"Hour": now.hour, "Minute": now.minute, "Second": now.second},
        "Date": {"Year": now.year, "Month": now.month, "Day": now.day},
    }
    return {
        "SystemDateAndTime": {
            "DateTimeType": "Manual",
            "DaylightSavings": False,
            "TimeZone": {"TZ": "UTC0"},
            "UTCDateTime": moment,
            "LocalDateTime": moment,
        }
    }


def old_style_capabilities(call: Call) -> Plain:
    """GetCapabilities: the device service, asked for alone or with All."""
    asked = set(call.request.get("Category") or ["All"])
    if not asked & SERVED_CATEGORIES:
        raise FaultError(
            code=faults.RECEIVER,
            subcodes=("ter:ActionNotSupported", "ter:NoSuchService"),
            reason=f"no {', '.join(sorted(asked))} service on this device",
        )
    state = call.state
    own = capabilities(state)
    return {
        "Capabilities": {
            "Device": {
                "XAddr": address(call),
                "Network": {
                    key: own["Network"][key]
                    for key in ("IPFilter", "ZeroConfiguration", "IPVersion6", "DynDNS")
                },
                "System": {
                    **{
                        key: own["System"][key]
                        for key in (
                            "DiscoveryResolve",
                            "DiscoveryBye",
                            "RemoteDiscovery",
                            "SystemBackup",
                            "SystemLogging",
                        )
                    },
                    "FirmwareUpgrade": own["System"]["HttpFirmwareUpgrade"],
                    "SupportedVersions": [
                        _version(ONVIF_VERSIONS[call.operation.service.namespace])
                    ],
                },
                "IO": {
                    "InputConnectors": int(_param(state, "Input.NbrOfInputs")),
                    "RelayOutputs": int(_param(state, "Output.NbrOfOutputs")),
                },
                "Security": {
                    "TLS1.1": False,
                    "TLS1.2": own["Security"]["TLS1.2"],
                    "OnboardKeyGeneration": False,
                    "AccessPolicyConfig": False,
                    "X.509Token": False,
                    "SAMLToken": False,
                    "KerberosToken": False,
                    "RELToken": False,
                },
            }
        }
    }


HANDLERS: dict[str, Handler] = {
    "tds:GetServices": services,
    "tds:GetServiceCapabilities": CAPABILITIES["tds"],
    "tds:GetDeviceInformation": device_information,
    "tds:GetSystemDateAndTime": system_date_and_time,
    "tds:GetCapabilities": old_style_capabilities,
}
