"""The generated (specialised) codecs and the generic ones give the same results.

Every operation's messages, both protocols, both directions: on hypothesis instances, on
deterministic full and sparse instances with each of their members left out or bent (each
bend makes the specialised code hand over to the generic code), on hand-picked unusual
input and on the documented examples. "Same" means equal models (undeclared members
compared by their XML), equal bytes, equal plain data, or the same exception and message.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pyvapix.generated.models.common.pt import NameValue
from pyvapix.generated.models.pacsaxis import Credential, CredentialStatusEnum, SetCredential
from pyvapix.generated.models.tac import GetAccessPointInfoList

import pyvapix
from pyvapix import Unknown
from pyvapix._catalogue import default_catalogue
from pyvapix._codec import layout

from ..conftest import ROOT, SHARED, examples
from .strategies import model
from .variants import (
    JSON_EDITS,
    XML_EDITS,
    XSI,
    canonical,
    edit_json,
    edit_xml,
    json_objects,
    json_variants,
    same,
    sample,
    xml_variants,
)

OPERATIONS = sorted(default_catalogue().operations)
MESSAGES = ("request", "response")
PROTOCOLS = ("soap", "json")
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
TDC = "http://www.onvif.org/ver10/doorcontrol/wsdl"
TAC = "http://www.onvif.org/ver10/accesscontrol/wsdl"
PACS = "http://www.axis.com/vapix/ws/pacs"


def decode_both(op: str, payload: bytes, message: str, protocol: str) -> Any:
    """Decode with and without the specialised codecs (the same outcome); when that gives a
    model, encode it in both protocols with and without them too. Returns the model."""
    if same(pyvapix.decode, op, payload, message=message, protocol=protocol)[0] != "returned":
        return None
    result = pyvapix.decode(op, payload, message=message, protocol=protocol)  # type: ignore[arg-type]
    for again in PROTOCOLS:
        same(pyvapix.encode, op, result, message=message, protocol=again)
    return result


def messages(op: str) -> list[tuple[str, type]]:
    operation = default_catalogue().operation(op)
    return [("request", operation.request_type), ("response", operation.response_type)]


# ---------- every message class has its functions ----------


def message_classes() -> Iterator[type]:
    seen: set[type] = set()
    todo = [cls for op in OPERATIONS for _, cls in messages(op)]
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.add(cls)
            yield cls
            todo += [f.model for f in layout.layout_of(cls).fields if f.model is not None]


def test_every_message_class_has_specialised_codecs() -> None:
    missing = sorted(
        c.__qualname__ for c in message_classes() if layout.layout_of(c).codecs is None
    )
    assert missing == []


def test_generic_only_switches_them_off_and_back() -> None:
    before = layout.fallbacks.copy()
    with layout.generic_only():
        assert layout.specialised(layout.layout_of(GetAccessPointInfoList)) is None
        pyvapix.decode("tac:GetAccessPointInfoList", b'{"Limit": 3}', message="request")
    assert layout.specialised(layout.layout_of(GetAccessPointInfoList)) is not None
    assert layout.fallbacks == before


# ---------- valid messages, and the same bent ----------


@pytest.mark.parametrize("op", OPERATIONS)
@settings(max_examples=examples(5))
@given(data=st.data())
def test_both_paths_agree_on_valid_messages(op: str, data: st.DataObject) -> None:
    """Encode and decode agree, and the specialised code does it all (never hands over)."""
    for message, cls in messages(op):
        obj = data.draw(model(cls), label=message)
        before = layout.fallbacks.copy()
        same(pyvapix.to_plain, obj)
        for protocol in PROTOCOLS:
            wire = same(pyvapix.encode, op, obj, message=message, protocol=protocol)
            assert wire[0] == "returned"
            decoded = same(pyvapix.decode, op, wire[1][1], message=message, protocol=protocol)
            assert decoded == ("returned", canonical(obj))
        assert layout.fallbacks == before, "the specialised code handed a plain message over"


@pytest.mark.parametrize("op", OPERATIONS)
def test_both_paths_agree_on_every_member_bent(op: str) -> None:
    """Full and sparse messages, then each of their members left out or bent in turn."""
    for message, cls in messages(op):
        for full in (True, False):
            obj = sample(cls, full=full)
            for protocol in PROTOCOLS:
                payload = pyvapix.encode(op, obj, message=message, protocol=protocol)  # type: ignore[arg-type]
                assert decode_both(op, payload, message, protocol) is not None
                variants = xml_variants if protocol == "soap" else json_variants
                for bent in variants(payload, offset=len(op)):
                    same(pyvapix.decode, op, bent, message=message, protocol=protocol)


@pytest.mark.parametrize("op", OPERATIONS)
@settings(max_examples=examples(3))
@given(data=st.data())
def test_both_paths_agree_on_randomly_bent_messages(op: str, data: st.DataObject) -> None:
    """A few edits at once, anywhere."""
    message, cls = data.draw(st.sampled_from(messages(op)))
    protocol = data.draw(st.sampled_from(PROTOCOLS))
    payload = pyvapix.encode(op, data.draw(model(cls)), message=message, protocol=protocol)  # type: ignore[arg-type]
    for _ in range(data.draw(st.integers(1, 3))):
        if protocol == "soap":
            root = etree.fromstring(payload)
            elements = [e for e in root.iter() if isinstance(e.tag, str)][3:]
            if elements:
                element = data.draw(st.sampled_from(elements))
                edit_xml(
                    element, data.draw(st.sampled_from(XML_EDITS)), data.draw(st.integers(0, 5))
                )
            payload = etree.tostring(root)
        else:
            document = json.loads(payload)
            objects = list(json_objects(document))
            if objects:
                target = data.draw(st.sampled_from(objects))
                edit_json(
                    target, data.draw(st.sampled_from(JSON_EDITS)), data.draw(st.integers(0, 5))
                )
            payload = json.dumps(document).encode()
    decode_both(op, payload, message, protocol)


# ---------- hand-picked unusual input ----------


def envelope(body: str) -> bytes:
    return (
        f'<env:Envelope xmlns:env="{SOAP12}" xmlns:tdc="{TDC}" xmlns:tac="{TAC}" '
        f'xmlns:p="{PACS}" xmlns:xsi="{XSI}"><env:Body>{body}</env:Body></env:Envelope>'
    ).encode()


def doors(door: str, *, extra: str = "") -> bytes:
    return envelope(
        f"<tdc:GetDoorInfoListResponse>{extra}<tdc:DoorInfo token='d1'>{door}</tdc:DoorInfo>"
        "</tdc:GetDoorInfoListResponse>"
    )


PLAIN_DOOR = (
    "<tdc:Name>Front</tdc:Name><tdc:Description>main</tdc:Description>"
    '<tdc:Capabilities Access="true" Lock="0" PriorityLevels="4"/>'
)
SOAP_CASES = {
    "plain": doors(PLAIN_DOOR),
    "unknown child": doors(PLAIN_DOOR + "<v:Extra xmlns:v='urn:v'><v:A>1</v:A></v:Extra>"),
    "unknown child of the message": doors(PLAIN_DOOR, extra="<tdc:Paging>1</tdc:Paging>"),
    "nil leaf": doors('<tdc:Name xsi:nil="true"/><tdc:Description>d</tdc:Description>'),
    "nil leaf with text": doors('<tdc:Name xsi:nil="1">x</tdc:Name>'),
    "nil model": doors('<tdc:Name>n</tdc:Name><tdc:Capabilities xsi:nil="true"/>'),
    "attribute as element": doors("<tdc:token>t2</tdc:token>" + PLAIN_DOOR),
    "element as attribute": envelope(
        '<tdc:GetDoorInfoListResponse><tdc:DoorInfo token="d" Name="n"/>'
        "</tdc:GetDoorInfoListResponse>"
    ),
    "unqualified child": doors("<Name>n</Name>"),
    "misqualified child": doors("<x:Name xmlns:x='urn:x'>n</x:Name>"),
    "qualified attribute": doors('<tdc:Capabilities tdc:Access="true"/>'),
    "unknown attribute": doors('<tdc:Capabilities Access="true" Teleport="true"/>'),
    "boolean spellings": doors('<tdc:Capabilities Access=" TRUE " Lock="1" Unlock="False"/>'),
    "bad boolean": doors('<tdc:Capabilities Access="yes"/>'),
    "bad integer": doors('<tdc:Capabilities PriorityLevels="many"/>'),
    "integer with spaces": doors('<tdc:Capabilities PriorityLevels=" 7 "/>'),
    "leaf with attribute": doors('<tdc:Name xml:lang="en">n</tdc:Name>'),
    "repeated leaf": doors("<tdc:Name>a</tdc:Name><tdc:Name>b</tdc:Name>"),
    "empty": envelope("<tdc:GetDoorInfoListResponse/>"),
    "door state open enum": envelope(
        "<tdc:GetDoorStateResponse><tdc:DoorState><tdc:DoorPhysicalState> Closed "
        "</tdc:DoorPhysicalState><tdc:DoorMode>Quarantined</tdc:DoorMode>"
        "</tdc:DoorState></tdc:GetDoorStateResponse>"
    ),
}
SOAP_OPS = {"door state open enum": "tdc:GetDoorState"}


@pytest.mark.parametrize("case", sorted(SOAP_CASES))
def test_unusual_soap(case: str) -> None:
    decode_both(SOAP_OPS.get(case, "tdc:GetDoorInfoList"), SOAP_CASES[case], "response", "soap")


JSON_DOOR: dict[str, Any] = {
    "token": "d1",
    "Name": "Front",
    "Capabilities": {"Access": True, "Lock": False, "PriorityLevels": 4},
}
JSON_CASES: dict[str, Any] = {
    "plain": {"DoorInfo": [JSON_DOOR]},
    "unknown member": {"DoorInfo": [{**JSON_DOOR, "Colour": "red"}], "Extra": {"a": [1]}},
    "case variant": {"doorinfo": [{"name": "n", "TOKEN": "t"}]},
    "prefixed": {"tdc:DoorInfo": [{"tdc:Name": "n"}]},
    "object for list": {"DoorInfo": JSON_DOOR},
    "one-item list for object": {"DoorInfo": [{"Name": "n", "Capabilities": [{"Lock": True}]}]},
    "nulls": {"DoorInfo": None, "NextStartReference": None},
    "null token": {"DoorInfo": [{"token": None, "Name": "n"}]},
    "strings for typed values": {
        "DoorInfo": [{"Capabilities": {"Access": "true", "PriorityLevels": "4"}}]
    },
    "numbers for text": {"DoorInfo": [{"Name": 5, "Description": True}]},
    "bool for integer": {"DoorInfo": [{"Capabilities": {"PriorityLevels": True}}]},
    "wrong shape": {"DoorInfo": [["x"]]},
    "list for one value": {"DoorInfo": [{"Name": ["a", "b"]}]},
    "empty list for one value": {"DoorInfo": [{"Name": []}]},
    "not an object": ["x"],
    "text member": {"DoorInfo": [{"_text": "x"}]},
}


@pytest.mark.parametrize("case", sorted(JSON_CASES))
def test_unusual_json(case: str) -> None:
    payload = json.dumps(JSON_CASES[case]).encode()
    decode_both("tdc:GetDoorInfoList", payload, "response", "json")


def credential(**changes: Any) -> Credential:
    fields: dict[str, Any] = {
        "token": "",
        "user_token": "u",
        "enabled": True,
        "status": CredentialStatusEnum.ENABLED,
        "id_data": [NameValue(name="Card", value="00ff")],
    }
    return Credential(**{**fields, **changes})


ENCODE_CASES: dict[str, Any] = {
    "plain": SetCredential(credential=[credential()]),
    "undeclared members kept": SetCredential(
        credential=[
            credential(),
            credential(any_element=[Unknown(name="Extra", value="x")]),
            credential(any_attributes={"{urn:v}note": "n"}),
        ]
    ),
    "wrong type deep in a list": SetCredential(
        credential=[credential(), credential(id_data=[NameValue(name="Card", value=5)])]
    ),
    "str for an enum": SetCredential(credential=[credential(status="Enabled")]),
    "bad enum": SetCredential(credential=[credential(status="Bogus")]),
    "str for a bool": SetCredential(credential=[credential(enabled="true")]),
    "None for the token": SetCredential(credential=[credential(token=None)]),
    "one item for a list": SetCredential(credential=credential()),  # type: ignore[arg-type]
    "model of another type": SetCredential(credential=[NameValue(name="a", value="b")]),  # type: ignore[list-item]
    "plain data with models": {"Credential": [credential(), {"UserToken": "v"}]},
    "plain data, prefixed and typed loosely": {"pacsaxis:Credential": {"enabled": "1"}},
    "plain data with a typo": {"Credentail": []},
    "int for a string": GetAccessPointInfoList(limit=3, start_reference=7),  # type: ignore[arg-type]
    "str for an int": GetAccessPointInfoList(limit="3"),  # type: ignore[arg-type]
    "bool for an int": GetAccessPointInfoList(limit=True),
}


@pytest.mark.parametrize("case", sorted(ENCODE_CASES))
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_unusual_encode(case: str, protocol: str) -> None:
    obj = ENCODE_CASES[case]
    op = (
        "tac:GetAccessPointInfoList"
        if isinstance(obj, GetAccessPointInfoList)
        else "pacsaxis:SetCredential"
    )
    same(pyvapix.encode, op, copy.deepcopy(obj), protocol=protocol)
    if not isinstance(obj, dict):
        same(pyvapix.to_plain, obj)


def test_a_partly_written_element_is_removed_before_the_generic_code_writes() -> None:
    """The second credential hands over after the first was written: one of each."""
    obj = ENCODE_CASES["undeclared members kept"]
    wire = pyvapix.encode("pacsaxis:SetCredential", obj, protocol="soap")
    with layout.generic_only():
        assert pyvapix.encode("pacsaxis:SetCredential", obj, protocol="soap") == wire
    credentials = etree.fromstring(wire).findall(f".//{{{PACS}}}Credential")
    assert len(credentials) == 3
    assert [len(c.findall(f"{{{PACS}}}IdData")) for c in credentials] == [1, 1, 1]


# ---------- the documented examples ----------


def conformance_tool() -> Any:
    path = SHARED.parent / "tools" / "conformance.py"
    if not path.exists() or not (SHARED / "pacs-examples").is_dir():
        pytest.skip("the shared conformance tool or the documented examples are not present")
    loaded = importlib.util.spec_from_file_location("pyvapix_conformance_tool", path)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return module


def test_both_paths_agree_on_the_documented_examples() -> None:
    """Made complete messages the way the conformance tool makes them."""
    tool = conformance_tool()
    examples = sorted(p for p in (SHARED / "pacs-examples").iterdir() if tool.NAME.match(p.name))
    decoded = 0
    for path in examples:
        name = tool.NAME.match(path.name)
        op, fmt, role = f"{name['prefix']}:{name['op']}", name["fmt"], name["role"]
        text = path.read_text(encoding="utf-8")
        try:
            if fmt == "soap":
                payload = tool.soap_message(text, name["prefix"], name["op"], role)
            else:
                payload = text.encode()
        except Exception:
            continue  # not well-formed as documented; the conformance test counts those
        if decode_both(op, payload, role, fmt) is not None:
            decoded += 1
    assert decoded > 300


# ---------- packages without codecs ----------


def test_a_package_generated_without_codecs_is_served_generically(tmp_path: Path) -> None:
    from pyvapix.codegen.generate import render, write

    files = render(ROOT / "tests" / "codegen" / "fixtures" / "mini")
    write({k: v for k, v in files.items() if not k.startswith("codecs/")}, tmp_path / "nocodecs")
    script = """
import pyvapix
from pyvapix._codec.layout import fallbacks, layout_of
from pyvapix._catalogue import Catalogue
from nocodecs.models.mini import GetGateListResponse
op = Catalogue("nocodecs").operation("mini:GetGateList")
from pyvapix._codec import decode_for, encode_for
payload = b'{"Gate": [{"token": "g", "Name": "A"}]}'
obj = decode_for(op, payload, message="response", protocol="json")
assert layout_of(GetGateListResponse).codecs is None and not fallbacks
soap = encode_for(op, obj, message="response", protocol="soap")
assert decode_for(op, soap, message="response", protocol="soap") == obj
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "ok", done.stderr
