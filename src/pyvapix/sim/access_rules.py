"""The ONVIF access rules service (tar) over the pacsaxis access profiles.

What tar shows of a pacsaxis access profile: its Name and Description, and one AccessPolicy
per access point and schedule of its pacsaxis policies. A policy's ScheduleToken is one of
the policy's schedules, else one of the profile's, else "" when neither restricts it (always).

A tar write groups its policies by access point into pacsaxis policies holding the union of
their schedules (ONVIF: several policies for one access point grant the union; "" grants
always), and keeps what only the Axis side has: Enabled, validity, the profile's schedules,
authentication profiles and attributes, a policy's authorization profiles and attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import faults, generic
from .calls import Handler, Plain
from .onvif import Entities, required_text, without_none

if TYPE_CHECKING:
    from .state import DeviceState

FAMILY = "AccessProfile"
MAX_PROFILES = 1000  # Axis's limits are not documented: the simulator's
MAX_POLICIES = 256
CAPABILITIES: Plain = {
    "MaxLimit": generic.MAX_LIMIT,
    "MaxAccessProfiles": MAX_PROFILES,
    "MaxAccessPoliciesPerAccessProfile": MAX_POLICIES,
    "MultipleSchedulesPerAccessPointSupported": True,
    "ClientSuppliedTokenSupported": True,
}
SHOWN = ("Name", "Description", "AccessPolicy")


def show(state: DeviceState, profile: Plain) -> Plain:
    policies = [
        {"ScheduleToken": schedule, "Entity": policy.get("AccessPoint", "")}
        for policy in profile.get("AccessPolicy", [])
        for schedule in policy.get("Schedule") or profile.get("Schedule") or [""]
    ]
    return {
        "token": profile.get("token"),
        "Name": profile.get("Name", ""),
        "Description": profile.get("Description") or "",
        "AccessPolicy": policies,
    }


def _schedules_by_access_point(state: DeviceState, policies: list[Plain]) -> dict[str, list[str]]:
    if len(policies) > MAX_POLICIES:
        raise faults.capability_violated(
            "MaxAccessPoliciesPerAccessProfile", f"at most {MAX_POLICIES} policies per profile"
        )
    grouped: dict[str, list[str]] = {}
    for policy in policies:
        access_point, schedule = policy.get("Entity") or "", policy.get("ScheduleToken") or ""
        if state.store.get("AccessPoint", access_point) is None:
            raise faults.reference_not_found(f"access point {access_point!r}")
        if schedule and state.store.get("Schedule", schedule) is None:
            raise faults.reference_not_found(f"schedule {schedule!r}")
        grouped.setdefault(access_point, []).append(schedule)
    return {
        access_point: [] if "" in schedules else list(dict.fromkeys(schedules))
        for access_point, schedules in grouped.items()
    }


def store(state: DeviceState, profile: Plain, kept: Plain) -> Plain:
    before = {policy.get("AccessPoint"): policy for policy in kept.get("AccessPolicy", [])}
    grouped = _schedules_by_access_point(state, profile.get("AccessPolicy", []))
    return without_none(
        {
            **{key: value for key, value in kept.items() if key not in SHOWN},
            "Name": required_text(profile, "Name"),
            "Description": required_text(profile, "Description"),
            "AccessPolicy": [
                {
                    **before.get(access_point, {}),
                    "AccessPoint": access_point,
                    "Schedule": schedules,
                }
                for access_point, schedules in grouped.items()
            ],
        }
    )


def users(state: DeviceState, token: str) -> str | None:
    for credential in state.store.entities("Credential"):
        if any(
            link.get("AccessProfile") == token
            for link in credential.get("CredentialAccessProfile", [])
        ):
            return f"credential {credential.get('token')!r}"
    return None


ENTITIES = Entities(
    name="AccessProfile",
    family=FAMILY,
    show=show,
    store=store,
    capacity=("MaxAccessProfiles", MAX_PROFILES),
    users=users,
    fresh={"Enabled": True},
)

HANDLERS: dict[str, Handler] = {
    "tar:GetServiceCapabilities": lambda call: {"Capabilities": CAPABILITIES},
    **ENTITIES.handlers("tar"),
}
