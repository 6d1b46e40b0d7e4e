"""Our SOAP request equals zeep's for the same WSDL, operation and values.

zeep reads the spec files at test time (it is the oracle, never a runtime dependency);
bodies are compared as trees of (namespace-qualified name, attributes, text, children)."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree
from zeep.transports import Transport
from zeep.wsdl import Document

import pyvapix

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
    theirs = binding.get(operation).input.serialize(**values).content
    their_body = theirs.find("{http://www.w3.org/2003/05/soap-envelope}Body")[0]

    ours = etree.fromstring(pyvapix.encode(f"{prefix}:{operation}", values, protocol="soap"))
    our_body = ours.find("{http://www.w3.org/2003/05/soap-envelope}Body")[0]
    assert tree(our_body) == tree(their_body)
