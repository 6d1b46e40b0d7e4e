"""Realistic wire payloads and request models for the benchmarks, built deterministically."""

from __future__ import annotations

import json
from typing import Any

SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
TAC = "http://www.onvif.org/ver10/accesscontrol/wsdl"
PACSAXIS = "http://www.axis.com/vapix/ws/pacs"

_BOOL = ("false", "true")


def access_point_info_items(start: int, count: int) -> str:
    """``count`` tac:AccessPointInfo elements (prefix ``tac``), tokens numbered from ``start``.

    Shaped like a door controller's answer: an Axis token, every documented member, the
    five capability flags as attributes, texts of realistic length."""
    parts = []
    for i in range(start, start + count):
        door = i // 2
        direction = "Entrance" if i % 2 == 0 else "Exit"
        token = f"Axis-accc8e{door % 0xFFFFFF:06x}:{1700000000 + i}.{i % 1000:06d}"
        parts.append(
            f'<tac:AccessPointInfo token="{token}">'
            f"<tac:Name>{direction} door {door}</tac:Name>"
            f"<tac:Description>{direction} of door {door}, building {door // 40}, "
            f"floor {door % 8}</tac:Description>"
            f"<tac:AreaFrom>Axis-area-{(door + 1) % 17}</tac:AreaFrom>"
            f"<tac:AreaTo>Axis-area-{door % 17}</tac:AreaTo>"
            f"<tac:EntityType>axtdc:Door</tac:EntityType>"
            f"<tac:Entity>Axis-accc8e{door % 0xFFFFFF:06x}:{1600000000 + door}.000000</tac:Entity>"
            f'<tac:Capabilities DisableAccessPoint="true" Duress="{_BOOL[i % 3 == 0]}" '
            f'AnonymousAccess="{_BOOL[i % 2]}" AccessTaken="false" '
            f'ExternalAuthorization="{_BOOL[i % 5 == 0]}"/>'
            f"</tac:AccessPointInfo>"
        )
    return "".join(parts)


def access_point_info_list_soap(
    count: int, *, start: int = 0, next_reference: str | None = "ref"
) -> bytes:
    """A whole SOAP 1.2 envelope answering tac:GetAccessPointInfoList."""
    reference = (
        f"<tac:NextStartReference>{next_reference}</tac:NextStartReference>"
        if next_reference is not None
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP12}" xmlns:tac="{TAC}" '
        'xmlns:pt="http://www.onvif.org/ver10/pacs" xmlns:tt="http://www.onvif.org/ver10/schema">'
        "<SOAP-ENV:Header/><SOAP-ENV:Body><tac:GetAccessPointInfoListResponse>"
        f"{reference}{access_point_info_items(start, count)}"
        "</tac:GetAccessPointInfoListResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()


def access_point_info_list_json(
    count: int, *, start: int = 0, next_reference: str | None = "ref"
) -> bytes:
    """The JSON answer to tac:GetAccessPointInfoList (content of the response element)."""
    items = []
    for i in range(start, start + count):
        door = i // 2
        direction = "Entrance" if i % 2 == 0 else "Exit"
        items.append(
            {
                "token": f"Axis-accc8e{door % 0xFFFFFF:06x}:{1700000000 + i}.{i % 1000:06d}",
                "Name": f"{direction} door {door}",
                "Description": (
                    f"{direction} of door {door}, building {door // 40}, floor {door % 8}"
                ),
                "AreaFrom": f"Axis-area-{(door + 1) % 17}",
                "AreaTo": f"Axis-area-{door % 17}",
                "EntityType": "axtdc:Door",
                "Entity": f"Axis-accc8e{door % 0xFFFFFF:06x}:{1600000000 + door}.000000",
                "Capabilities": {
                    "DisableAccessPoint": True,
                    "Duress": i % 3 == 0,
                    "AnonymousAccess": i % 2 == 1,
                    "AccessTaken": False,
                    "ExternalAuthorization": i % 5 == 0,
                },
            }
        )
    content: dict[str, Any] = {}
    if next_reference is not None:
        content["NextStartReference"] = next_reference
    content["AccessPointInfo"] = items
    return json.dumps(content).encode("utf-8")


_DOOR_FLAGS = (
    "Access",
    "AccessTimingOverride",
    "Lock",
    "Unlock",
    "Block",
    "DoubleLock",
    "LockDown",
    "LockOpen",
    "DoorMonitor",
    "LockMonitor",
    "DoubleLockMonitor",
    "Alarm",
    "Tamper",
    "Fault",
    "Warning",
    "Configurable",
)


def door_info_list_json(count: int) -> bytes:
    """The JSON answer to tdc:GetDoorInfoList: {"NextStartReference", "DoorInfo": [...]}."""
    doors = []
    for i in range(count):
        capabilities: dict[str, Any] = {
            flag: (i + n) % 3 != 0 for n, flag in enumerate(_DOOR_FLAGS)
        }
        capabilities["PriorityLevels"] = 4
        doors.append(
            {
                "token": f"Axis-accc8e{i % 0xFFFFFF:06x}:{1600000000 + i}.000000",
                "Name": f"Door {i}",
                "Description": f"Door {i}, building {i // 40}, floor {i % 8}",
                "Capabilities": capabilities,
            }
        )
    return json.dumps({"NextStartReference": f"ref-{count}", "DoorInfo": doors}).encode("utf-8")


def set_credential_request() -> Any:
    """pacsaxis:SetCredential with one fully populated credential (a pyvapix model)."""
    from pyvapix.generated.models.common.pt import NameValue
    from pyvapix.generated.models.pacsaxis import (
        Credential,
        CredentialAccessProfile,
        CredentialStatusEnum,
        SetCredential,
    )

    return SetCredential(
        credential=[
            Credential(
                token="",
                user_token="Axis-accc8e000000:1700000042.000000",
                description="Badge of Jane Doe, reception",
                valid_from="2024-01-01T00:00:00Z",
                valid_to="2030-12-31T23:59:59Z",
                enabled=True,
                status=CredentialStatusEnum.ENABLED,
                id_data=[
                    NameValue(name="Card", value="A1B2C3D4"),
                    NameValue(name="PIN", value="1234"),
                ],
                authentication_profile=["CardPlusPin"],
                credential_access_profile=[
                    CredentialAccessProfile(access_profile="Axis-accc8e000000:1600000001.000000")
                ],
            )
        ]
    )


def set_credential_zeep_kwargs() -> dict[str, Any]:
    """The same request as zeep's keyword arguments."""
    return {
        "Credential": [
            {
                "token": "",
                "UserToken": "Axis-accc8e000000:1700000042.000000",
                "Description": "Badge of Jane Doe, reception",
                "ValidFrom": "2024-01-01T00:00:00Z",
                "ValidTo": "2030-12-31T23:59:59Z",
                "Enabled": True,
                "Status": "Enabled",
                "IdData": [
                    {"Name": "Card", "Value": "A1B2C3D4"},
                    {"Name": "PIN", "Value": "1234"},
                ],
                "AuthenticationProfile": ["CardPlusPin"],
                "CredentialAccessProfile": [
                    {"AccessProfile": "Axis-accc8e000000:1600000001.000000"}
                ],
            }
        ]
    }


def access_point_info_list_request(limit: int = 100) -> Any:
    from pyvapix.generated.models.tac import GetAccessPointInfoList

    return GetAccessPointInfoList(limit=limit)


WSNT = "http://docs.oasis-open.org/wsn/b-2"
TT = "http://www.onvif.org/ver10/schema"
TEV = "http://www.onvif.org/ver10/events/wsdl"


def _notification(i: int) -> str:
    """One door-controller notification: a door mode change, a lock state change or an
    access decision, in turn (the mix a busy door produces)."""
    door = f"Axis-accc8e{i % 64:06x}:1600000000.{i % 64:06d}"
    point = f"Axis-accc8e{i % 64:06x}:1700000000.{i % 128:06d}"
    time = f"2024-05-01T10:{i // 60 % 60:02d}:{i % 60:02d}.{i * 7919 % 1000000:06d}Z"
    kind = i % 3
    if kind == 0:
        topic, operation = "tns1:Door/State/DoorMode", ' PropertyOperation="Changed"'
        source = f'<tt:SimpleItem Name="DoorToken" Value="{door}"/>'
        data = f'<tt:SimpleItem Name="State" Value="{("Accessed", "Locked")[i % 2]}"/>'
    elif kind == 1:
        topic, operation = "tns1:Door/State/LockPhysicalState", ' PropertyOperation="Changed"'
        source = f'<tt:SimpleItem Name="DoorToken" Value="{door}"/>'
        data = f'<tt:SimpleItem Name="State" Value="{("Unlocked", "Locked")[i % 2]}"/>'
    else:
        topic, operation = "tns1:AccessControl/AccessGranted/Credential", ""
        source = f'<tt:SimpleItem Name="AccessPointToken" Value="{point}"/>'
        data = (
            f'<tt:SimpleItem Name="CredentialHolderName" Value="Holder {i % 500}"/>'
            f'<tt:SimpleItem Name="CredentialToken" '
            f'Value="Axis-accc8e000001:1700000001.{i % 500:06d}"/>'
        )
    return (
        "<wsnt:NotificationMessage>"
        '<wsnt:Topic Dialect="http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet">'
        f"{topic}</wsnt:Topic>"
        "<wsnt:ProducerReference><wsa:Address>uri://5581ad80-95b0-11e0-b883-accc8e000001/"
        "ProducerReference</wsa:Address></wsnt:ProducerReference>"
        f'<wsnt:Message><tt:Message UtcTime="{time}"{operation}>'
        f"<tt:Source>{source}</tt:Source><tt:Key/><tt:Data>{data}</tt:Data>"
        "</tt:Message></wsnt:Message></wsnt:NotificationMessage>"
    )


def pull_messages_soap(count: int) -> bytes:
    """A whole SOAP 1.2 envelope answering tev:PullMessages with ``count`` notifications."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP12}" xmlns:tev="{TEV}" xmlns:wsnt="{WSNT}" '
        f'xmlns:tt="{TT}" xmlns:wsa="http://www.w3.org/2005/08/addressing" '
        'xmlns:tns1="http://www.onvif.org/ver10/topics">'
        "<SOAP-ENV:Header/><SOAP-ENV:Body><tev:PullMessagesResponse>"
        "<tev:CurrentTime>2024-05-01T11:00:00Z</tev:CurrentTime>"
        "<tev:TerminationTime>2024-05-01T11:10:00Z</tev:TerminationTime>"
        f"{''.join(_notification(i) for i in range(count))}"
        "</tev:PullMessagesResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()
