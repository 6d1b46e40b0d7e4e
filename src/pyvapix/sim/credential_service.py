"""The ONVIF credential service (tcr) over the pacsaxis credentials.

One credential, two views. What tcr shows of a pacsaxis credential:

* ``CredentialHolderReference`` is the ``UserToken``; ``Description``, ``ValidFrom``,
  ``ValidTo`` and ``Attribute`` are the same members;
* each identifier is an IdData entry: ``pt:Card`` is ``Card``, ``pt:PIN`` is ``PIN``,
  ``CardNr`` is ``CardNr`` (other IdData, such as ``BitCount``, stay on the Axis side and
  survive a tcr Modify); the identifier's bytes are the UTF-8 text of the IdData value, in the
  one format the simulator announces (Axis's own FormatType strings and value encoding are
  not documented, so this is the simulator's choice);
* ``CredentialAccessProfile`` links are the pacsaxis ones (a link's own validity stays on the
  Axis side: CredentialAccessProfileValiditySupported is false, as on an A1001);
* the credential state is ``Enabled`` and ``Status`` (enabled means both say so).

Validity is date only (ValiditySupportsTimeValue false, as on an A1001): a tcr write keeps the
date of ValidFrom from 00:00:00 and of ValidTo until 23:59:59 UTC, so the last day counts.
Anti-passback is not modelled, so ResetAntipassbackViolation is a capability the device
lacks. The white- and blacklists are stored and paged; access decisions do not consult them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._errors import FaultError
from . import events, faults, generic
from .calls import Call, Handler, Plain
from .clock import parse_datetime
from .onvif import Entities, required_text, without_none

if TYPE_CHECKING:
    from .state import DeviceState

FAMILY = "Credential"
# tcr identifier type -> the IdData name that holds it on the Axis side.
IDENTIFIER_NAMES = {"pt:Card": "Card", "pt:PIN": "PIN", "CardNr": "CardNr"}
TYPES = {name: kind for kind, name in IDENTIFIER_NAMES.items()}
UNIQUE_TYPES = frozenset({"pt:Card", "CardNr"})  # PINs may repeat across credentials
FORMAT_TYPE = "IDDATA_TEXT"
FORMAT_DESCRIPTION = (
    "The UTF-8 bytes of the Axis IdData value: a PIN's digits, a card's data as the reader "
    "reports it (the simulator's format; Axis does not document its own)."
)
MAX_CREDENTIALS = 50000  # as an A1001 reports
MAX_PROFILES_PER_CREDENTIAL = 20
MAX_LISTED = 1000  # identifiers per white- or blacklist (the simulator's limit)
# The members a tcr write replaces; the other members of the stored credential stay.
SHOWN = (
    "Description",
    "UserToken",
    "ValidFrom",
    "ValidTo",
    "IdData",
    "Attribute",
    "CredentialAccessProfile",
    "ExtendedGrantTime",
)

CAPABILITIES: Plain = {
    "SupportedIdentifierType": list(IDENTIFIER_NAMES),
    "MaxLimit": generic.MAX_LIMIT,
    "CredentialValiditySupported": True,
    "CredentialAccessProfileValiditySupported": False,
    "ValiditySupportsTimeValue": False,
    "MaxCredentials": MAX_CREDENTIALS,
    "MaxAccessProfilesPerCredential": MAX_PROFILES_PER_CREDENTIAL,
    "ResetAntipassbackSupported": False,
    "ClientSuppliedTokenSupported": True,
    "MaxWhitelistedItems": MAX_LISTED,
    "MaxBlacklistedItems": MAX_LISTED,
}


def identifier_type(name: object) -> str:
    """A supported identifier type; a bare recognition type ("PIN") is read as "pt:PIN"."""
    text = str(name or "")
    for candidate in (text, f"pt:{text}"):
        if candidate in IDENTIFIER_NAMES:
            return candidate
    raise faults.capability_violated(
        "SupportedIdentifierType",
        f"identifier type {text!r} is not supported ({', '.join(IDENTIFIER_NAMES)})",
    )


def _checked_type(kind: Plain) -> str:
    """The identifier type of a CredentialIdentifierType, its format checked."""
    name = identifier_type(kind.get("Name"))
    if kind.get("FormatType") != FORMAT_TYPE:
        raise faults.invalid_value(
            "ter:InvalidFormatType",
            f"format {kind.get('FormatType')!r} is not supported for {name} "
            f"(GetSupportedFormatTypes: {FORMAT_TYPE})",
        )
    return name


def _text(value: object) -> str:
    """The IdData text of an identifier value (hexadecimal in the plain form)."""
    try:
        return bytes.fromhex(str(value or "")).decode("utf-8")
    except ValueError:
        raise faults.invalid_value(
            "ter:InvalidIdentifierValue", "an identifier value is not UTF-8 text"
        ) from None


def _hex(text: str) -> str:
    return text.encode("utf-8").hex().upper()


def _shown_type(kind: str) -> Plain:
    return {"Name": kind, "FormatType": FORMAT_TYPE}


def _id_data(state: DeviceState, token: str, identifiers: list[Plain]) -> list[Plain]:
    if not identifiers:
        raise faults.invalid_args("a credential needs at least one CredentialIdentifier")
    found: dict[str, Plain] = {}
    for identifier in identifiers:
        kind = _checked_type(identifier.get("Type") or {})
        if identifier.get("ExemptedFromAuthentication"):
            raise faults.capability_violated(
                "SupportedExemptionType", f"{kind} cannot be exempted from authentication"
            )
        if kind in found:
            raise faults.invalid_value(
                "ter:DuplicatedIdentifierType", f"the credential has two {kind} identifiers"
            )
        name, value = IDENTIFIER_NAMES[kind], _text(identifier.get("Value"))
        if kind in UNIQUE_TYPES and _holder(state, name, value, token) is not None:
            raise faults.invalid_value(
                "ter:DuplicatedIdentifierValue", f"another credential has this {kind} value"
            )
        found[kind] = {"Name": name, "Value": value}
    return list(found.values())


def _holder(state: DeviceState, name: str, value: str, besides: str) -> str | None:
    for credential in state.store.entities(FAMILY):
        if credential.get("token") != besides and any(
            item.get("Name") == name and item.get("Value") == value
            for item in credential.get("IdData", [])
        ):
            return str(credential.get("token"))
    return None


def _links(state: DeviceState, links: list[Plain], kept: Plain) -> list[Plain]:
    if len(links) > MAX_PROFILES_PER_CREDENTIAL:
        raise faults.capability_violated(
            "MaxAccessProfilesPerCredential",
            f"at most {MAX_PROFILES_PER_CREDENTIAL} access profiles per credential",
        )
    before = {link.get("AccessProfile"): link for link in kept.get("CredentialAccessProfile", [])}
    out: dict[str, Plain] = {}
    for link in links:
        if link.get("ValidFrom") or link.get("ValidTo"):
            raise faults.capability_violated(
                "CredentialAccessProfileValiditySupported",
                "an access profile link has no validity of its own on this device",
            )
        profile = required_text(link, "AccessProfileToken")
        if state.store.get("AccessProfile", profile) is None:
            raise faults.reference_not_found(f"access profile {profile!r}")
        out[profile] = {**before.get(profile, {}), "AccessProfile": profile}
    return list(out.values())


def _day_bound(credential: Plain, member: str, end: bool) -> str | None:
    """ValidFrom/ValidTo cut to their date: the device ignores the time of day."""
    text = credential.get(member)
    if not text:
        return None
    try:
        day = parse_datetime(text).date()
    except ValueError:
        raise faults.invalid_args(f"{member} {text!r} is not a date and time") from None
    return f"{day.isoformat()}T{'23:59:59' if end else '00:00:00'}Z"


def show(state: DeviceState, credential: Plain) -> Plain:
    return without_none(
        {
            "token": credential.get("token"),
            "Description": credential.get("Description"),
            "CredentialHolderReference": credential.get("UserToken") or "",
            "ValidFrom": credential.get("ValidFrom") or None,
            "ValidTo": credential.get("ValidTo") or None,
            "CredentialIdentifier": [
                {
                    "Type": _shown_type(TYPES[item["Name"]]),
                    "ExemptedFromAuthentication": False,
                    "Value": _hex(item.get("Value") or ""),
                }
                for item in credential.get("IdData", [])
                if item.get("Name") in TYPES
            ],
            "CredentialAccessProfile": [
                {"AccessProfileToken": link.get("AccessProfile", "")}
                for link in credential.get("CredentialAccessProfile", [])
            ],
            "ExtendedGrantTime": credential.get("ExtendedGrantTime"),
            "Attribute": credential.get("Attribute", []),
        }
    )


def store(state: DeviceState, credential: Plain, kept: Plain) -> Plain:
    token = required_text(credential, "token")
    valid_from = _day_bound(credential, "ValidFrom", end=False)
    valid_to = _day_bound(credential, "ValidTo", end=True)
    if valid_from and valid_to and valid_to < valid_from:
        raise faults.bad_value("ValidTo is before ValidFrom")
    id_data = _id_data(state, token, credential.get("CredentialIdentifier", []))
    axis_only = [item for item in kept.get("IdData", []) if item.get("Name") not in TYPES]
    return without_none(
        {
            **{key: value for key, value in kept.items() if key not in SHOWN},
            "UserToken": required_text(credential, "CredentialHolderReference"),
            "Description": credential.get("Description"),
            "ValidFrom": valid_from,
            "ValidTo": valid_to,
            "IdData": id_data + axis_only,
            "Attribute": credential.get("Attribute", []),
            "CredentialAccessProfile": _links(
                state, credential.get("CredentialAccessProfile", []), kept
            ),
            "ExtendedGrantTime": credential.get("ExtendedGrantTime"),
        }
    )


ENTITIES = Entities(
    name="Credential",
    family=FAMILY,
    show=show,
    store=store,
    capacity=("MaxCredentials", MAX_CREDENTIALS),
    users=lambda state, token: None,  # nothing refers to a credential
    fresh={"Enabled": True, "Status": "Enabled"},
)


def _state_members(credential_state: Plain) -> Plain:
    """CredentialState as the Axis members: Enabled, Status, and the reason kept with them."""
    enabled = bool(credential_state.get("Enabled"))
    return {
        "Enabled": enabled,
        "Status": "Enabled" if enabled else "Disabled",
        "Reason": credential_state.get("Reason"),
    }


def create_credential(call: Call) -> Plain:
    request = call.request
    starts_with = _state_members(request.get("State") or {})
    return {"Token": ENTITIES.create(call.state, request["Credential"], starts_with)}


def set_credential(call: Call) -> Plain:
    data = call.request["CredentialData"]
    return ENTITIES.set(call.state, data["Credential"], _state_members(data["CredentialState"]))


def credential_state(call: Call) -> Plain:
    credential = ENTITIES.existing(call.state, required_text(call.request, "Token"))
    enabled = bool(credential.get("Enabled")) and credential.get("Status") == "Enabled"
    reason = None
    if not enabled:
        status = credential.get("Status")
        reason = credential.get("Reason") or (status if status != "Disabled" else None)
    return {"State": without_none({"Enabled": enabled, "Reason": reason})}


def switch_credential(call: Call) -> Plain:
    state, token = call.state, required_text(call.request, "Token")
    credential = ENTITIES.existing(state, token)
    enabled = call.operation.info.name == "EnableCredential"
    changed = {**credential, **_state_members({"Enabled": enabled})}
    changed["Reason"] = call.request.get("Reason")
    state.store.put(FAMILY, token, without_none(changed))
    events.configuration_changed(state, FAMILY, token)
    return {}


def reset_antipassback(call: Call) -> Plain:
    ENTITIES.existing(call.state, required_text(call.request, "CredentialToken"))
    raise faults.capability_violated(
        "ResetAntipassbackSupported", "anti-passback is not kept on this device", receiver=True
    )


def _shown(call: Call) -> Plain:
    """The credential a per-credential operation names, as tcr shows it."""
    token = required_text(call.request, "CredentialToken")
    return show(call.state, ENTITIES.existing(call.state, token))


def identifiers(call: Call) -> Plain:
    return {"CredentialIdentifier": _shown(call)["CredentialIdentifier"]}


def set_identifier(call: Call) -> Plain:
    credential = _shown(call)
    added = call.request["CredentialIdentifier"]
    kind = identifier_type((added.get("Type") or {}).get("Name"))
    kept = [item for item in credential["CredentialIdentifier"] if item["Type"]["Name"] != kind]
    ENTITIES.replace(call.state, {**credential, "CredentialIdentifier": [*kept, added]})
    return {}


def delete_identifier(call: Call) -> Plain:
    credential = _shown(call)
    kind = identifier_type(call.request.get("CredentialIdentifierTypeName"))
    items = credential["CredentialIdentifier"]
    kept = [item for item in items if item["Type"]["Name"] != kind]
    if len(kept) == len(items):
        raise faults.not_found(f"{kind} identifier of credential {credential['token']!r}")
    if not kept:
        raise FaultError(
            code=faults.SENDER,
            subcodes=("ter:ConstraintViolated", "ter:MinIdentifiersPerCredential"),
            reason="a credential keeps at least one identifier",
        )
    ENTITIES.replace(call.state, {**credential, "CredentialIdentifier": kept})
    return {}


def access_profiles(call: Call) -> Plain:
    return {"CredentialAccessProfile": _shown(call)["CredentialAccessProfile"]}


def set_access_profiles(call: Call) -> Plain:
    credential = _shown(call)
    links = {
        link["AccessProfileToken"]: link
        for link in [
            *credential["CredentialAccessProfile"],
            *call.request["CredentialAccessProfile"],
        ]
    }
    ENTITIES.replace(call.state, {**credential, "CredentialAccessProfile": list(links.values())})
    return {}


def delete_access_profiles(call: Call) -> Plain:
    credential = _shown(call)
    gone = set(call.tokens("AccessProfileToken"))
    links = [
        link
        for link in credential["CredentialAccessProfile"]
        if link["AccessProfileToken"] not in gone
    ]
    ENTITIES.replace(call.state, {**credential, "CredentialAccessProfile": links})
    return {}


def supported_formats(call: Call) -> Plain:
    identifier_type(call.request.get("CredentialIdentifierTypeName"))
    return {"FormatTypeInfo": [{"FormatType": FORMAT_TYPE, "Description": FORMAT_DESCRIPTION}]}


# -- white- and blacklists ------------------------------------------------------------------


def _item(identifier: Plain) -> tuple[str, Plain]:
    """A list entry's key and stored form (type, format and value as tcr shows them)."""
    kind = _checked_type(identifier.get("Type") or {})
    value = str(identifier.get("Value") or "").upper()
    _text(value)
    return f"{kind} {value}", {"Type": _shown_type(kind), "Value": value}


def _identifier_list(family: str, capability: str) -> dict[str, Handler]:
    """Get/AddTo/RemoveFrom/Delete of one list: stored, paged and filtered."""

    def get(call: Call) -> Plain:
        request = call.request
        wanted = {
            "IdentifierType": request.get("IdentifierType"),
            "FormatType": request.get("FormatType"),
            "Value": str(request["Value"]).upper() if request.get("Value") else None,
        }

        def keep(item: Plain) -> bool:
            shown = {
                "IdentifierType": item["Type"]["Name"],
                "FormatType": item["Type"]["FormatType"],
                "Value": item["Value"],
            }
            return all(value is None or shown[key] == value for key, value in wanted.items())

        page, following = generic.page_of(call, family, keep)
        return without_none({"Identifier": page, "NextStartReference": following})

    def add(call: Call) -> Plain:
        store = call.state.store
        items = dict(_item(identifier) for identifier in call.request.get("Identifier", []))
        new = [key for key in items if store.get(family, key) is None]
        if sum(1 for _ in store.keys(family)) + len(new) > MAX_LISTED:
            raise faults.capability_violated(capability, f"the list holds {MAX_LISTED} items")
        for key in new:
            store.put(family, key, items[key])
        return {}

    def remove(call: Call) -> Plain:
        store = call.state.store
        keys = list(dict(_item(identifier) for identifier in call.request.get("Identifier", [])))
        for key in keys:  # all listed, or nothing is removed
            if store.get(family, key) is None:
                raise faults.not_found(f"{family} item {key!r}")
        for key in keys:
            store.remove(family, key)
        return {}

    def clear(call: Call) -> Plain:
        for key in call.state.store.keys(family):
            call.state.store.remove(family, key)
        return {}

    return {
        f"tcr:Get{family}": get,
        f"tcr:AddTo{family}": add,
        f"tcr:RemoveFrom{family}": remove,
        f"tcr:Delete{family}": clear,
    }


HANDLERS: dict[str, Handler] = {
    "tcr:GetServiceCapabilities": lambda call: {"Capabilities": CAPABILITIES},
    "tcr:GetSupportedFormatTypes": supported_formats,
    **ENTITIES.handlers("tcr"),
    "tcr:CreateCredential": create_credential,
    "tcr:SetCredential": set_credential,
    "tcr:GetCredentialState": credential_state,
    "tcr:EnableCredential": switch_credential,
    "tcr:DisableCredential": switch_credential,
    "tcr:ResetAntipassbackViolation": reset_antipassback,
    "tcr:GetCredentialIdentifiers": identifiers,
    "tcr:SetCredentialIdentifier": set_identifier,
    "tcr:DeleteCredentialIdentifier": delete_identifier,
    "tcr:GetCredentialAccessProfiles": access_profiles,
    "tcr:SetCredentialAccessProfiles": set_access_profiles,
    "tcr:DeleteCredentialAccessProfiles": delete_access_profiles,
    **_identifier_list("Whitelist", "MaxWhitelistedItems"),
    **_identifier_list("Blacklist", "MaxBlacklistedItems"),
}
