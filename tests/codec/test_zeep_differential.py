"""Our SOAP request equals zeep's for the same WSDL, operation and values (and, for the ONVIF
services, for ONVIF's own files too).

zeep reads the spec files at test time (it is the oracle, never a runtime dependency);
bodies are compared as trees of (namespace-qualified name, attributes, text, children)."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree
from zeep.transports import Transport
from zeep.wsdl import Document

import pyvapix

from .. import official_onvif
from ..conftest import SPECS

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("tdc", "AccessDoor", {"Token": "door-1", "UseExtendedTime": True, "AccessTime": "PT10S"}),
    ("tdc", "UnlockDoor", {"Token": "door-1", "PriorityLevel": "Medium"}),
    ("tac", "GetAccessPointInfoList", {"Limit": 10, "StartReference": "ref-2"}),
    ("tac", "GetAccessPointInfo", {"Token": ["ap-1", "ap-2"]}),
    (
        "pacsaxis",
        "SetCredential",
        {
            "Credential": [
                {
                    "token": "",
                    "UserToken": "user-1",
                    "Description": "badge",
                    "Enabled": True,
                    "Status": "Enabled",
                    "IdData": [
                        {"Name": "Card", "Value": "00ff12"},
                        {"Name": "PIN", "Value": "1234"},
                    ],
                    "CredentialAccessProfile": [
                        {"AccessProfile": "ap-1", "ValidFrom": "2026-01-01T00:00:00Z"}
                    ],
                }
            ]
        },
    ),
    (
        "pacsaxis",
        "RequestAccess",
        {
            "Token": "Axis-00408c184bdb AccessController",
            "IdData": [{"Name": "Card", "Value": "12"}],
            "TargetToken": "d",
        },
    ),
    (
        "axudb",
        "SetUser",
        {
            "User": [
                {
                    "token": "u1",
                    "Name": "Doe, Jane",
                    "Attribute": [{"type": "string", "Name": "FirstName", "Value": "Jane"}],
                }
            ]
        },
    ),
    (
        "axtdc",
        "SetDoorConfiguration",
        {
            "DoorConfiguration": [
                {
                    "token": "door-1",
                    "DeviceUUID": "",
                    "Configuration": [
                        {"Name": "Lock.Type", "Value": "Relay"},
                        {"Name": "Door.Type", "Value": "Regular"},
                    ],
                }
            ]
        },
    ),
    (
        "axlog",
        "FetchEvents",
        {
            "Limit": 2,
            "RowID": 7,
            "Descending": True,
            "Filters": [{"Key": "topic0", "Value": "AccessControl"}],
        },
    ),
    (
        "axsch",
        "ScheduleActive",
        {"Token": ["standard_always"], "LocalTime": "2026-11-21T10:00:00"},
    ),
]
# The ONVIF services, compared with zeep reading our files and ONVIF's own.
ONVIF_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "tcr",
        "ModifyCredential",
        {
            "Credential": {
                "token": "Axis-00408c000001:1700000001.000000000",
                "Description": "",
                "CredentialHolderReference": "holder-1",
                "ValidFrom": "2024-06-01T00:00:00Z",
                "ValidTo": "2024-06-30T23:59:59Z",
                "CredentialIdentifier": [
                    {
                        "Type": {"Name": "pt:PIN", "FormatType": "IDDATA_TEXT"},
                        "ExemptedFromAuthentication": False,
                        "Value": "31323334",
                    }
                ],
                "CredentialAccessProfile": [{"AccessProfileToken": "profile-1"}],
            }
        },
    ),
    (
        "tar",
        "CreateAccessProfile",
        {
            "AccessProfile": {
                "token": "",
                "Name": "Door A (always)",
                "Description": "",
                "AccessPolicy": [{"ScheduleToken": "standard_always", "Entity": "ap-1"}],
            }
        },
    ),
    (
        "tsc",
        "CreateSchedule",
        {
            "Schedule": {
                "token": "",
                "Name": "Weekdays",
                "Standard": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                "SpecialDays": [
                    {"GroupToken": "g-1", "TimeRange": [{"From": "09:00:00", "Until": "12:00:00"}]}
                ],
            }
        },
    ),
    ("tds", "GetCapabilities", {"Category": ["Device", "Events"]}),
    ("tds", "GetServices", {"IncludeCapability": True}),
]
CASES += ONVIF_CASES


def tree(element: etree._Element) -> tuple[Any, ...]:
    attributes = tuple(sorted((k, v) for k, v in element.attrib.items()))
    children = tuple(tree(c) for c in element if isinstance(c.tag, str))
    return (element.tag, attributes, (element.text or "").strip(), children)


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {}


@pytest.mark.parametrize(
    ("prefix", "operation", "values"), CASES, ids=[f"{p}:{o}" for p, o, _ in CASES]
)
def test_request_equals_zeeps(
    documents: dict[str, Document], prefix: str, operation: str, values: dict[str, Any]
) -> None:
    if prefix not in documents:
        documents[prefix] = Document(str(SPECS / "pacs" / f"{prefix}.wsdl"), Transport())
    binding = next(iter(documents[prefix].bindings.values()))
    assert_same_body(binding, prefix, operation, values)


@pytest.mark.parametrize(
    ("prefix", "operation", "values"), ONVIF_CASES, ids=[f"{p}:{o}" for p, o, _ in ONVIF_CASES]
)
def test_request_equals_zeeps_with_the_official_files(
    prefix: str, operation: str, values: dict[str, Any]
) -> None:
    """What ONVIF's own file makes zeep send, our spec makes us send."""
    binding = official_onvif.client(prefix).wsdl.bindings[official_onvif.FILES[prefix][1]]
    assert_same_body(binding, prefix, operation, values)


def assert_same_body(binding: Any, prefix: str, operation: str, values: dict[str, Any]) -> None:
    theirs = binding.get(operation).input.serialize(**values).content
    their_body = theirs.find("{http://www.w3.org/2003/05/soap-envelope}Body")[0]

    ours = etree.fromstring(pyvapix.encode(f"{prefix}:{operation}", values, protocol="soap"))
    our_body = ours.find("{http://www.w3.org/2003/05/soap-envelope}Body")[0]
    assert tree(our_body) == tree(their_body)
