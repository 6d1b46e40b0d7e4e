"""pyvapix in one minute: a door, a schedule, a user with a card and a PIN, access granted and
denied, and the event log -- once over JSON and once over SOAP, against the simulator.

Run with ``make demo`` (or ``python examples/demo.py``); against a real controller, replace
``running()`` by its address and credentials.
"""

from __future__ import annotations

from pyvapix.generated.models.axsch import Schedule
from pyvapix.generated.models.axudb import User
from pyvapix.generated.models.common.pt import Attribute, NameValue
from pyvapix.generated.models.pacsaxis import (
    AccessPolicy,
    AccessProfile,
    Credential,
    CredentialAccessProfile,
)
from pyvapix.generated.models.tdc import DoorMode

from pyvapix import Client
from pyvapix._services import Protocol
from pyvapix.sim import running

NIGHT_SHIFT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:19700101T220000\r\n"
    "DTEND:19700102T060000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def demo(device: Client, card: str) -> None:
    # The controller and its first door, as a fresh A1001 has them.
    (controller,) = device.pacsaxis.get_access_controller_list().access_controller
    entry = device.pacsaxis.get_access_point(token=controller.access_point[0]).access_point[0]
    door = device.tdc.get_door_info(token=entry.entity).door_info[0]
    print(f"  door {door.name!r} behind access point {entry.name!r}")

    # A schedule, an access profile for this door, a user, and the user's card with a PIN.
    device.axsch.set_schedule(
        schedule=Schedule(name="Night shift", schedule_definition=NIGHT_SHIFT)
    )
    (profile,) = device.pacsaxis.set_access_profile(
        access_profile=AccessProfile(
            name="Staff",
            enabled=True,
            schedule=["standard_always"],
            access_policy=[AccessPolicy(access_point=entry.token)],
        )
    ).token
    (user,) = device.axudb.set_user(
        user=User(
            name="Doe, Jane",
            attribute=[Attribute(type_value="string", name="FirstName", value="Jane")],
        )
    ).token
    device.pacsaxis.set_credential(
        credential=Credential(
            user_token=user,
            enabled=True,
            status="Enabled",
            id_data=[NameValue(name="Card", value=card), NameValue(name="PIN", value="1234")],
            credential_access_profile=[CredentialAccessProfile(access_profile=profile)],
        )
    )
    print("  schedule, access profile, user Jane Doe and her card are set up")

    # Present the card at the reader: granted; a card nobody has: denied.
    reader = entry.id_point_device[0].id_point
    for presented in (card, "deadbeef"):
        decision = device.pacsaxis.request_access(
            token=controller.token,
            id_data=NameValue(name="Card", value=presented),
            source_token=reader,
            target_token=door.token,
        )
        verdict = "granted" if decision.access_granted else "denied"
        print(f"  card {presented}: {verdict} ({decision.reason})")
    mode = device.tdc.get_door_state(token=door.token).door_state.door_mode
    print(f"  door mode now: {mode.value if isinstance(mode, DoorMode) else mode}")

    # The newest entries of the event log.
    log = device.axlog.fetch_events(limit=4, descending=True)
    for event in log.event:
        topic = "/".join(kv.value or "" for kv in event.key_values if kv.key.startswith("topic"))
        print(f"  event {event.rowid}: {topic}")


def main() -> None:
    with running() as url:
        print(f"simulator at {url} (user root, password pass)")
        runs: tuple[tuple[Protocol, str], ...] = (("json", "00a1b2c3"), ("soap", "00d4e5f6"))
        for protocol, card in runs:
            print(f"\nover {protocol.upper()}:")
            with Client(url, "root", "pass", protocol=protocol) as device:
                demo(device, card)
    print("\nsimulator stopped")


if __name__ == "__main__":
    main()
