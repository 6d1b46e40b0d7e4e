"""The faults the simulator answers with, named once so every module uses the same codes.

Codes follow the Axis operation tables where they exist (NotFound, InvalidStartReference,
TooManyItems, Action/Failure), the ONVIF configuration services (ReferenceNotFound,
ReferenceInUse, CapabilityViolated) and the ONVIF generic faults for what a SOAP stack checks
before any operation runs (WellFormed, TagMismatch, MissingAttr, NotAuthorized,
ActionNotSupported).
"""

from __future__ import annotations

import json

from .._codec.faults import fault_to_json, fault_to_soap
from .._errors import FaultError

SENDER = "env:Sender"
RECEIVER = "env:Receiver"


def not_found(what: str) -> FaultError:
    return FaultError(
        code=SENDER, subcodes=("ter:InvalidArgVal", "ter:NotFound"), reason=f"{what} not found"
    )


def invalid_value(subcode: str, reason: str) -> FaultError:
    """A Set* or filter argument the device refuses, e.g. ``ter:InvalidScheduleFault``."""
    return FaultError(code=SENDER, subcodes=("ter:InvalidArgVal", subcode), reason=reason)


def invalid_args(reason: str, subcode: str | None = None) -> FaultError:
    return FaultError(
        code=SENDER, subcodes=("ter:InvalidArgs", *((subcode,) if subcode else ())), reason=reason
    )


def bad_value(reason: str) -> FaultError:
    """A value the device refuses without a more specific subcode (ONVIF: a token sent to
    a Create, an end before a start)."""
    return FaultError(code=SENDER, subcodes=("ter:InvalidArgVal",), reason=reason)


def reference_not_found(reason: str) -> FaultError:
    """An entity names another that does not exist (ONVIF Create/Set/Modify)."""
    return invalid_value("ter:ReferenceNotFound", reason)


def reference_in_use(reason: str) -> FaultError:
    """An entity cannot be deleted while another refers to it (ONVIF Delete)."""
    return invalid_value("ter:ReferenceInUse", reason)


def capability_violated(capability: str, reason: str, *, receiver: bool = False) -> FaultError:
    """A request beyond what GetServiceCapabilities announces, the capability named as the
    last subcode (``ter:MaxCredentials``). Full storage is the receiver's problem, the rest
    the sender's, as the ONVIF services say."""
    return FaultError(
        code=RECEIVER if receiver else SENDER,
        subcodes=("ter:CapabilityViolated", f"ter:{capability}"),
        reason=reason,
    )


def malformed(reason: str) -> FaultError:
    """The payload is not XML/JSON, or a value does not fit its type."""
    return FaultError(code=SENDER, subcodes=("ter:WellFormed",), reason=reason)


def tag_mismatch(reason: str) -> FaultError:
    return FaultError(code=SENDER, subcodes=("ter:TagMismatch",), reason=reason)


def missing_attribute(reason: str) -> FaultError:
    return FaultError(code=SENDER, subcodes=("ter:MissingAttr",), reason=reason)


def not_authorized() -> FaultError:
    """A viewer account asked for a write. Devices answer this with a fault or with HTTP
    401/403; the simulator uses the ONVIF fault so the client sees a FaultError it can match."""
    return FaultError(
        code=SENDER,
        subcodes=("ter:NotAuthorized",),
        reason="the account is not allowed to change the device",
    )


def action_failed(reason: str) -> FaultError:
    return FaultError(code=RECEIVER, subcodes=("ter:Action", "ter:Failure"), reason=reason)


def not_supported(reason: str) -> FaultError:
    return FaultError(code=RECEIVER, subcodes=("ter:ActionNotSupported",), reason=reason)


def http_status(fault: FaultError) -> int:
    """SOAP 1.2's HTTP binding: 400 for the sender's mistakes, 500 for the receiver's."""
    return 400 if fault.code == SENDER else 500


def render(fault: FaultError, protocol: str) -> tuple[str, bytes]:
    """(content type, body) of the fault in the protocol of the request."""
    if protocol == "soap":
        return "application/soap+xml; charset=utf-8", fault_to_soap(fault)
    return "application/json", json.dumps(fault_to_json(fault)).encode("utf-8")
