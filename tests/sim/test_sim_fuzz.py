"""Random requests through both protocols against the in-process simulator: valid ones,
damaged ones, single-valued members given twice, values of the wrong type, text only JSON
can carry (and, over SOAP, text XML must escape).

Two properties, checked after every sequence of requests:

* the simulator answers every request with a result or with a fault it means: HTTP 200, a
  Sender fault (400), or one of the Receiver faults the operation tables document (500:
  the operation is unknown, or a door cannot reach the requested state), never an
  internal error;
* whatever it accepted it can still show: every read that needs no argument succeeds
  afterwards, in JSON and in SOAP, and its answer decodes.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from pyvapix import FaultError, decode
from pyvapix._catalogue import Operation, default_catalogue
from pyvapix._codec import decode_for, encode_for
from pyvapix._codec.layout import ATTRIBUTE, ELEMENT, layout_of
from pyvapix.sim import DeviceState, Simulator

from ..codec.strategies import model
from ..conftest import examples
from ..reliability.mutations import JSON_VALUES, mutated
from .conftest import FakeClock, post

CATALOGUE = default_catalogue()
ALL = sorted(CATALOGUE.operations)
OPERATIONS = [CATALOGUE.operations[name] for name in ALL]
WRITES = [op.qualified_name for op in OPERATIONS if not op.info.safe]
SETS = [name for name in WRITES if name.split(":")[1].startswith("Set")]


def _needs_nothing(operation: Operation) -> bool:
    members = layout_of(operation.request_type).fields
    return not any(f.required for f in members if f.kind in (ELEMENT, ATTRIBUTE))


READS = [op for op in OPERATIONS if op.info.safe and _needs_nothing(op)]
# Receiver faults (HTTP 500) the operation tables document for input a device does not
# serve; anything else at 500 is a simulator bug.
RECEIVER_FAULTS = {("ter:ActionNotSupported",), ("ter:Action", "ter:Failure")}
SOAP_PATH = "/vapix/services"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _protocols(operation: Operation) -> list[str]:
    """JSON where the service has a JSON endpoint; SOAP always."""
    return ["json", "soap"] if operation.service.json_endpoint else ["soap"]


def _path(operation: Operation, protocol: str) -> str:
    return SOAP_PATH if protocol == "soap" else operation.service.json_endpoint or ""


def _leaves(value: Any, out: list[tuple[Any, Any]]) -> None:
    """(container, key) of every member and list item of a JSON document."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        out.append((value, key))
        if isinstance(item, (dict, list)):
            _leaves(item, out)


def _repeat_json(draw: st.DrawFn, wire: bytes) -> bytes:
    """A member's value given twice: a list of two where the schema may want one."""
    document = json.loads(wire)
    members: list[tuple[Any, Any]] = []
    _leaves(document, members)
    members = [(c, k) for c, k in members if isinstance(c, dict)]
    if not members:
        return wire
    container, key = draw(st.sampled_from(members))
    container[key] = [container[key], copy.deepcopy(container[key])]
    return json.dumps(document).encode()


def _repeat_xml(draw: st.DrawFn, wire: bytes) -> bytes:
    """An element of the message repeated in place (so the schema order still holds)."""
    root = etree.fromstring(wire, _PARSER)
    body = root[-1][0]  # Envelope/Body/<operation>
    elements = [e for e in body.iter() if isinstance(e.tag, str) and e is not body]
    if not elements:
        return wire
    element = draw(st.sampled_from(elements))
    element.addnext(copy.deepcopy(element))
    return bytes(etree.tostring(root))


def _xml_leaf(draw: st.DrawFn, wire: bytes, text: st.SearchStrategy[str]) -> bytes:
    """The text of a leaf element of the message replaced."""
    root = etree.fromstring(wire, _PARSER)
    leaves = [e for e in root[-1][0].iter() if isinstance(e.tag, str) and len(e) == 0]
    if not leaves:
        return wire
    draw(st.sampled_from(leaves)).text = draw(text)
    return bytes(etree.tostring(root))


def _json_leaf(draw: st.DrawFn, wire: bytes, value: st.SearchStrategy[Any], texts: bool) -> bytes:
    """A member or list item of the message (only text ones with ``texts``) replaced."""
    document = json.loads(wire)
    members: list[tuple[Any, Any]] = []
    _leaves(document, members)
    if texts:
        members = [(c, k) for c, k in members if isinstance(c[k], str)]
    if not members:
        return wire
    container, key = draw(st.sampled_from(members))
    container[key] = draw(value)
    return json.dumps(document).encode()


# Text of the wrong type for most members, in the form XML carries it.
WRONG_TEXT = st.sampled_from(["", "-1", "99999999999999999999", "NaN", "INF", "true", "P1Y"])
# Text JSON carries and XML cannot (control characters, lone surrogates, U+FFFE/U+FFFF),
# and, for SOAP, text XML carries but escapes or rarely sees.
_PLAIN_TEXT = st.text(
    st.characters(max_codepoint=0x24F, exclude_categories=("Cc", "Cs")), max_size=4
)
JSON_ONLY_TEXT = st.tuples(
    _PLAIN_TEXT, st.sampled_from("\x00\x07\x1b\ud800\udfff\ufffe\uffff"), _PLAIN_TEXT
).map("".join)
ODD_XML_TEXT = st.tuples(
    _PLAIN_TEXT,
    st.sampled_from(["\r\n", "\t", " ", "<>&", "]]>", "\U0001f6aa", "\ufeff"]),
    _PLAIN_TEXT,
).map("".join)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """(operation, protocol, body): a valid request of a random operation (Set operations
    and other writes more often, since they change what reads must show), as it is or
    changed one way."""
    name = draw(st.sampled_from(SETS) | st.sampled_from(WRITES) | st.sampled_from(ALL))
    operation = CATALOGUE.operations[name]
    protocol = draw(st.sampled_from(_protocols(operation)))
    request = draw(model(operation.request_type), label="request")
    wire = encode_for(operation, request, message="request", protocol=protocol)
    kind = draw(st.sampled_from(["valid", "repeated", "wrong type", "odd text", "damaged"]))
    soap = protocol == "soap"
    if kind == "repeated":
        wire = _repeat_xml(draw, wire) if soap else _repeat_json(draw, wire)
    elif kind == "wrong type":
        wire = (
            _xml_leaf(draw, wire, WRONG_TEXT)
            if soap
            else _json_leaf(draw, wire, JSON_VALUES, texts=False)
        )
    elif kind == "odd text":
        wire = (
            _xml_leaf(draw, wire, ODD_XML_TEXT)
            if soap
            else _json_leaf(draw, wire, JSON_ONLY_TEXT, texts=True)
        )
    elif kind == "damaged":
        wire = draw(mutated(wire, protocol), label="damaged")
    return name, protocol, wire


def _fault(payload: bytes, protocol: str) -> FaultError | None:
    try:
        decode("tdc:GetDoorState", payload, protocol=protocol)
    except FaultError as fault:
        return fault
    except Exception:
        return None
    return None


def check_answer(operation: Operation, protocol: str, status: int, payload: bytes) -> None:
    where = f"{operation.qualified_name} over {protocol}: HTTP {status}, {payload[:600]!r}"
    assert status in (200, 400, 500), where
    if status == 200:
        return
    fault = _fault(payload, protocol)
    assert fault is not None, where
    if status == 400:
        assert fault.code == "env:Sender", where
    else:
        assert fault.code == "env:Receiver" and fault.subcodes in RECEIVER_FAULTS, where


def check_servable(simulator: Simulator) -> None:
    """Every read that needs no argument answers, in both protocols, and decodes."""
    for operation in READS:
        for protocol in _protocols(operation):
            empty = encode_for(operation, {}, message="request", protocol=protocol)
            status, _, payload = post(simulator, _path(operation, protocol), empty)
            where = f"{operation.qualified_name} over {protocol}: {payload[:600]!r}"
            assert status == 200, where
            decode_for(operation, payload, message="response", protocol=protocol)


@settings(max_examples=examples(100))
@given(steps=st.lists(requests(), min_size=1, max_size=8))
def test_random_requests_get_meant_answers_and_leave_a_servable_state(
    steps: list[tuple[str, str, bytes]],
) -> None:
    simulator = Simulator(DeviceState(clock=FakeClock()))
    for name, protocol, body in steps:
        operation = CATALOGUE.operations[name]
        status, _, payload = post(simulator, _path(operation, protocol), body)
        check_answer(operation, protocol, status, payload)
    check_servable(simulator)
