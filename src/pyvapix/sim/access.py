"""Access decisions (pacsaxis:RequestAccess/VerifyRequest) and the operations that switch
access points and credentials on and off.

A decision goes the way a controller checks, first failure wins:

1. the access point (found from the controller's list by door and IdPoint) is enabled,
   else ``Unauthorized``;
2. a credential holds the presented IdData (the one sharing the most Name/Value pairs),
   else ``InvalidCredential``;
3. the credential is enabled with status Enabled (``CredentialNotEnabled``; status Expired
   gives ``CredentialExpired``) and inside ValidFrom/ValidTo (``CredentialNotActive``,
   ``CredentialExpired``);
4. an authentication profile (the credential's, else the access point's) whose schedules are
   active is satisfied by the presented IdData (``Unauthorized`` when none is active,
   ``InvalidCredential`` when none is satisfied);
5. one of the credential's access profiles is usable (exists, enabled, in validity, as is
   its CredentialAccessProfile entry), else ``InvalidAccessProfile``, and has a policy for
   this access point whose schedules, and the profile's, are active, else ``Unauthorized``.

A decision also comes from a client (tac:ExternalAuthorization) or from activities at a
reader reported remotely (axtid:IndicateRemoteActivities: a card or PIN is decided like a
RequestAccess at the reader's access point, a REX button grants anonymous access). Each
decision is an event (AccessGranted or Denied) and a granted one opens the door.

Anti-passback, duress and the access profiles' own authentication profiles are not modelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from . import doors, events, faults, schedules
from .calls import Call, Handler, Plain, list_of_models
from .clock import parse_datetime
from .shapes import shown_as

if TYPE_CHECKING:
    from .state import DeviceState

GRANTED = "Granted"


@dataclass(frozen=True, slots=True)
class Decision:
    granted: bool
    reason: str
    credential: Plain | None


def _outside_validity(entity: Plain, now: datetime) -> str | None:
    """``"early"``, ``"late"`` or None; empty or unreadable bounds do not restrict."""
    for member, outside in (("ValidFrom", "early"), ("ValidTo", "late")):
        text = entity.get(member)
        if not text:
            continue
        try:
            bound = parse_datetime(text)
        except ValueError:
            continue
        if (now < bound) if outside == "early" else (now > bound):
            return outside
    return None


def _credential(state: DeviceState, presented: dict[str, str]) -> Plain | None:
    best, best_score = None, 0
    for credential in state.store.entities("Credential"):
        score = sum(
            1
            for item in credential.get("IdData", [])
            if presented.get(item.get("Name", "")) == item.get("Value", "")
        )
        if score > best_score:
            best, best_score = credential, score
    return best


def _authentication_failure(
    state: DeviceState, credential: Plain, access_point: Plain, presented: dict[str, str]
) -> str | None:
    tokens = credential.get("AuthenticationProfile") or access_point.get("AuthenticationProfile")
    if not tokens:
        return None
    profiles = [state.store.get("AuthenticationProfile", token) for token in tokens]
    active = [
        p for p in profiles if p is not None and schedules.active(state, p.get("Schedule", []))
    ]
    if not active:
        return "Unauthorized"
    held = {item.get("Name", ""): item.get("Value", "") for item in credential.get("IdData", [])}

    def satisfied(factor: Plain) -> bool:
        name = factor.get("IdDataName", "")
        if name not in presented:
            return False
        if factor.get("IdMatchOperatorName") == "OperatorValueEqual":
            return presented[name] == factor.get("OperatorValue")
        return presented[name] == held.get(name)

    if any(all(satisfied(f) for f in p.get("IdFactor", [])) for p in active):
        return None
    return "InvalidCredential"


def _authorization_failure(
    state: DeviceState, credential: Plain, access_point: Plain, now: datetime
) -> str | None:
    usable = []
    for entry in credential.get("CredentialAccessProfile", []):
        profile = state.store.get("AccessProfile", entry.get("AccessProfile"))
        if (
            profile is not None
            and profile.get("Enabled", True)
            and _outside_validity(profile, now) is None
            and _outside_validity(entry, now) is None
        ):
            usable.append(profile)
    if not usable:
        return "InvalidAccessProfile"
    for profile in usable:
        for policy in profile.get("AccessPolicy", []):
            if (
                policy.get("AccessPoint") == access_point.get("token")
                and schedules.active(state, profile.get("Schedule", []))
                and schedules.active(state, policy.get("Schedule", []))
            ):
                return None
    return "Unauthorized"


def decide(state: DeviceState, access_point: Plain, presented: dict[str, str]) -> Decision:
    now = state.now()
    credential = _credential(state, presented)
    if not access_point.get("Enabled", True):
        return Decision(False, "Unauthorized", credential)
    if credential is None:
        return Decision(False, "InvalidCredential", None)
    status = credential.get("Status")
    if status == "Expired":
        return Decision(False, "CredentialExpired", credential)
    if not credential.get("Enabled") or status != "Enabled":
        return Decision(False, "CredentialNotEnabled", credential)
    outside = _outside_validity(credential, now)
    if outside is not None:
        early = outside == "early"
        return Decision(False, "CredentialNotActive" if early else "CredentialExpired", credential)
    failure = _authentication_failure(
        state, credential, access_point, presented
    ) or _authorization_failure(state, credential, access_point, now)
    return Decision(failure is None, failure or GRANTED, credential)


def _access_point(state: DeviceState, request: Plain) -> Plain:
    controller = state.store.get("AccessController", request.get("Token"))
    if controller is None:
        raise faults.not_found(f"access controller {request.get('Token')!r}")
    source, target = request.get("SourceToken"), request.get("TargetToken")
    for token in controller.get("AccessPoint", []):
        access_point = state.store.get("AccessPoint", token)
        if access_point is None or (target and access_point.get("Entity") != target):
            continue
        readers = [device.get("IdPoint") for device in access_point.get("IdPointDevice", [])]
        if not source or source in readers:
            return access_point
    raise faults.not_found(
        f"access point of controller {controller['token']!r} for "
        f"IdPoint {source!r} and door {target!r}"
    )


def _log_decision(
    state: DeviceState, access_point: Plain, decision: Decision, presented: dict[str, str]
) -> None:
    items = [events.source("AccessPointToken", access_point.get("token", ""))]
    credential = decision.credential
    if credential is not None:
        verdict = "AccessGranted" if decision.granted else "Denied"
        topic = f"AccessControl/{verdict}/Credential"
        items += [
            events.data("CredentialToken", credential.get("token", ""), "pt:ReferenceToken"),
            events.data("CredentialHolderName", credential.get("UserToken") or ""),
        ]
    elif presented:
        name, value = next(iter(presented.items()))
        topic = f"AccessControl/Denied/CredentialNotFound/{name}"
        items.append(events.data(name, value))
    else:
        topic = "AccessControl/Denied/Anonymous"
    if not decision.granted:
        items.append(events.data("Reason", decision.reason))
    events.log(state, topic, items)


def _request(call: Call, act: bool) -> Plain:
    """RequestAccess acts (logs the decision, opens the door when granted); VerifyRequest
    only answers."""
    state = call.state
    access_point = _access_point(state, call.request)
    presented = {
        item.get("Name", ""): item.get("Value") or "" for item in call.request.get("IdData", [])
    }
    decision = decide(state, access_point, presented)
    if act:
        _log_decision(state, access_point, decision, presented)
        if decision.granted:
            _open(state, access_point)
    return {"AccessGranted": decision.granted, "Reason": decision.reason}


def request_access(call: Call) -> Plain:
    return _request(call, act=True)


def _open(state: DeviceState, access_point: Plain) -> None:
    """Let someone through a granted access point (by its action)."""
    action = access_point.get("Action") or "Access"
    if action in ("Access", "AccessDoor", "AccessDoorWithoutUnlock"):
        doors.admit(
            state, access_point.get("Entity", ""), unlock=action != "AccessDoorWithoutUnlock"
        )


def external_authorization(call: Call) -> Plain:
    """A client decides a pending access request: the decision is an event, and a granted
    one opens the door."""
    state = call.state
    token = call.request.get("AccessPointToken") or ""
    access_point = state.store.get("AccessPoint", token)
    if access_point is None:
        raise faults.not_found(f"access point {token!r}")
    granted = call.request.get("Decision") == GRANTED
    credential = state.store.get("Credential", call.request.get("CredentialToken"))
    items = [events.source("AccessPointToken", token)]
    if credential is not None:
        topic = f"AccessControl/{'AccessGranted' if granted else 'Denied'}/Credential"
        items += [
            events.data("CredentialToken", credential.get("token", ""), "pt:ReferenceToken"),
            events.data("CredentialHolderName", credential.get("UserToken") or ""),
        ]
    else:
        topic = f"AccessControl/{'AccessGranted' if granted else 'Denied'}/Anonymous"
    items.append(events.data("External", "true", "xs:boolean"))
    if not granted:
        items.append(events.data("Reason", call.request.get("Reason") or "Unauthorized"))
    events.log(state, topic, items)
    if granted:
        _open(state, access_point)
    return {}


# Remote activity type -> (the Activity event's Reason, the Request topic level).
ACTIVITIES = {
    "Card": ("CardPresented", "IdData"),
    "PIN": ("CodeEntered", "PIN"),
    "REX": ("REX", "REX"),
}


def indicate_remote_activities(call: Call) -> Plain:
    """Activities at a reader, reported by a client: each is an Activity event and a Request
    event at the reader, then an access decision at its access point (none for a reader
    that serves no access point)."""
    state = call.state
    reader = call.request.get("Token") or ""
    if state.store.get("IdPoint", reader) is None:
        raise faults.not_found(f"IdPoint {reader!r}")
    access_point = next(
        (
            ap
            for ap in state.store.entities("AccessPoint")
            if reader in [d.get("IdPoint") for d in ap.get("IdPointDevice", [])]
        ),
        None,
    )
    for activity in call.request.get("Activities") or ():
        kind = str(activity.get("Type") or "")
        if kind not in ACTIVITIES:
            raise faults.invalid_args(f"unknown activity type {kind!r}")
        params = {p.get("Name", ""): p.get("Value") or "" for p in activity.get("Params") or ()}
        if kind == "PIN" and "PIN" not in params:
            raise faults.invalid_args("a PIN activity needs a Param named PIN")
        reason, level = ACTIVITIES[kind]
        reader_item = events.source("IdPointToken", reader)
        events.log(state, "IdPoint/tnsaxis:Activity", [reader_item, events.data("Reason", reason)])
        presented = {"REX": "Active"} if kind == "REX" else params
        request_items = [events.data(name, value) for name, value in presented.items()]
        events.log(state, f"IdPoint/tnsaxis:Request/{level}", [reader_item, *request_items])
        if access_point is None:
            continue
        if kind == "REX":
            ap_item = events.source("AccessPointToken", access_point.get("token", ""))
            events.log(state, "AccessControl/AccessGranted/Anonymous", [ap_item])
            _open(state, access_point)
            continue
        decision = decide(state, access_point, params)
        _log_decision(state, access_point, decision, params)
        if decision.granted:
            _open(state, access_point)
    return {}


def verify_request(call: Call) -> Plain:
    return _request(call, act=False)


def _entity(call: Call, family: str) -> tuple[str, Plain]:
    token = call.request.get("Token") or ""
    entity = call.state.store.get(family, token)
    if entity is None:
        raise faults.not_found(f"{family} {token!r}")
    return token, entity


def access_point_state(call: Call) -> Plain:
    _, access_point = _entity(call, "AccessPoint")
    return {"AccessPointState": {"Enabled": bool(access_point.get("Enabled", True))}}


def switch_access_point(call: Call) -> Plain:
    token, access_point = _entity(call, "AccessPoint")
    enabled = call.operation.info.name == "EnableAccessPoint"
    call.state.store.put("AccessPoint", token, {**access_point, "Enabled": enabled})
    events.log(
        call.state,
        "AccessPoint/State/Enabled",
        [
            events.state_data("State", "true" if enabled else "false", "xs:boolean"),
            events.source("AccessPointToken", token),
        ],
    )
    return {}


def switch_credential(call: Call) -> Plain:
    """EnableCredential sets status Enabled; DisableCredential the given status (Disabled)."""
    token, credential = _entity(call, "Credential")
    enabled = call.operation.info.name == "EnableCredential"
    status = "Enabled" if enabled else call.request.get("Status") or "Disabled"
    call.state.store.put("Credential", token, {**credential, "Enabled": enabled, "Status": status})
    events.configuration_changed(call.state, "Credential", token)
    return {}


def credential_statistics(call: Call) -> Plain:
    credentials = call.state.store.entities("Credential")
    disabled = sum(1 for c in credentials if not c.get("Enabled") or c.get("Status") != "Enabled")
    return {
        "CredentialStatistics": {
            "NumberOfCredentials": len(credentials),
            "NumberOfDisabledCredentials": disabled,
        }
    }


def user_by_credential(call: Call) -> Plain:
    credential = call.state.store.get("Credential", call.request.get("CredentialToken"))
    user = call.state.store.get("User", credential.get("UserToken")) if credential else None
    (member,) = list_of_models(call.operation.response_type)
    assert member.model is not None
    return {member.xml_name: [shown_as(member.model, user)] if user else []}


def validate_credential(state: DeviceState, credential: Plain) -> None:
    """IdData names are unique within a credential."""
    names = [item.get("Name") for item in credential.get("IdData", [])]
    if len(names) != len(set(names)):
        token = credential.get("token")
        raise faults.invalid_value(
            "ter:InvalidCredentialFault", f"credential {token!r} repeats an IdData name"
        )


HANDLERS: dict[str, Handler] = {
    "pacsaxis:RequestAccess": request_access,
    "tac:ExternalAuthorization": external_authorization,
    "axtid:IndicateRemoteActivities": indicate_remote_activities,
    "pacsaxis:VerifyRequest": verify_request,
    "tac:GetAccessPointState": access_point_state,
    "tac:EnableAccessPoint": switch_access_point,
    "tac:DisableAccessPoint": switch_access_point,
    "pacsaxis:EnableCredential": switch_credential,
    "pacsaxis:DisableCredential": switch_credential,
    "pacsaxis:GetCredentialStatistics": credential_statistics,
    "axudb:GetUserInfoByCredentialToken": user_by_credential,
}
