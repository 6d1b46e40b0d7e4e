"""Decoding never raises anything but a VapixError: damaged and hostile variants of valid
payloads, for every operation's response (and request, which the simulator decodes), in
every wire format, through the public codec and through the client's interpretation of an
HTTP answer.

Examples per operation: 5 (a few seconds), derandomized; ``HYPOTHESIS_PROFILE=deep`` or
``PYVAPIX_FUZZ_EXAMPLES`` digs deeper (see tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyvapix import VapixError, cgi
from pyvapix._catalogue import Operation, default_catalogue
from pyvapix._codec import decode_for, encode_for
from pyvapix._engine.bindings import JsonBinding, SoapBinding
from pyvapix._engine.failures import Where
from pyvapix._engine.wire import Answer

from ..codec.strategies import model
from ..conftest import SHARED, TIMING_CHECKS, examples
from .mutations import mutated

EXAMPLES = examples(5)
OPERATIONS = sorted(default_catalogue().operations)
CONTENT_TYPES = {"json": "application/json", "soap": "application/soap+xml; charset=utf-8"}

# The PACS wire formats; the classic CGIs have their own test below.
Decoder = Callable[[Operation, bytes, str], Any]
FORMATS = ["json", "soap"]


def _decoders(protocol: str) -> list[tuple[str, Decoder]]:
    def codec(operation: Operation, payload: bytes, message: str) -> Any:
        return decode_for(operation, payload, message=message, protocol=protocol)  # type: ignore[arg-type]

    def answer(status: int) -> Decoder:
        def interpret(operation: Operation, payload: bytes, message: str) -> Any:
            binding = (JsonBinding if protocol == "json" else SoapBinding)(operation, None)
            headers = {"content-type": CONTENT_TYPES[protocol]}
            where = Where(operation.qualified_name, protocol, "http://device")
            return binding.interpret(Answer(status, headers, payload), where)

        return interpret

    return [("codec", codec), ("http 200", answer(200)), ("http 500", answer(500))]


def check(operation: Operation, payload: bytes, protocol: str, message: str) -> None:
    expected = operation.response_type if message == "response" else operation.request_type
    for name, decoder in _decoders(protocol):
        if message == "request" and name != "codec":
            continue
        try:
            result = decoder(operation, payload, message)
        except VapixError:
            continue
        except Exception as exc:  # the finding: report what and where
            raise AssertionError(
                f"{name} decoding of a damaged {protocol} {message} of "
                f"{operation.qualified_name} raised {type(exc).__name__}: {exc}\n"
                f"payload: {payload[:2000]!r}"
            ) from exc
        assert isinstance(result, expected), (name, type(result))


@pytest.mark.parametrize("op", OPERATIONS)
@settings(
    max_examples=EXAMPLES, suppress_health_check=[*TIMING_CHECKS, HealthCheck.data_too_large]
)
@given(data=st.data())
def test_damaged_payloads_decode_to_a_model_or_a_vapix_error(op: str, data: st.DataObject) -> None:
    operation = default_catalogue().operation(op)
    message = data.draw(st.sampled_from(["response", "response", "request"]), label="message")
    cls = operation.response_type if message == "response" else operation.request_type
    obj = data.draw(model(cls), label="model")
    for protocol in FORMATS:
        wire = encode_for(operation, obj, message=message, protocol=protocol)  # type: ignore[arg-type]
        payload = data.draw(mutated(wire, protocol), label=f"{protocol} payload")
        check(operation, payload, protocol, message)


def _cgi_answers() -> list[tuple[str, int, Path]]:
    """(operation, HTTP status, body file) for the documented and recorded CGI answers."""
    from ..cgi.test_examples import _bodies, _is_template, _rule

    answers = []
    for path in _bodies():
        if _is_template(path):
            continue
        op, _, status = _rule(path)
        if not op.startswith(("pacs", "tdc")) and ":" not in op:
            answers.append((op, status, path))
    return answers


CGI_ANSWERS = _cgi_answers() if (SHARED / "cgi-examples").is_dir() else []


@pytest.mark.skipif(not CGI_ANSWERS, reason="reference CGI examples not present")
@pytest.mark.parametrize(
    ("op", "status", "path"), CGI_ANSWERS, ids=lambda v: getattr(v, "name", v)
)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_damaged_cgi_answers_decode_to_a_result_or_a_vapix_error(
    op: str, status: int, path: Path, data: st.DataObject
) -> None:
    """The same property for the classic CGIs: documented and recorded answers, damaged
    (structurally for JSON and XML bodies, byte by byte for text), decode to a result or
    raise a CgiError, never anything else."""
    body = path.read_bytes()
    head = body.lstrip()[:1]
    kind = "json" if head in (b"{", b"[") else "soap" if head == b"<" else "text"
    payload = data.draw(mutated(body, kind), label="payload")
    try:
        cgi.decode(f"cgi:{op}", payload, status_code=status)
    except VapixError:
        pass
    except Exception as exc:
        raise AssertionError(
            f"decoding a damaged answer of cgi:{op} raised {type(exc).__name__}: {exc}\n"
            f"payload: {payload[:2000]!r}"
        ) from exc


PULL_ANSWER = (
    '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"'
    ' xmlns:tev="http://www.onvif.org/ver10/events/wsdl"'
    ' xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2" xmlns:tt="http://www.onvif.org/ver10/schema">'
    "<env:Body><tev:PullMessagesResponse><tev:CurrentTime>2024-05-01T10:00:00Z</tev:CurrentTime>"
    "<tev:TerminationTime>2024-05-01T10:10:00Z</tev:TerminationTime>"
    + "".join(
        "<wsnt:NotificationMessage><wsnt:Topic Dialect='x'>tns1:Door/State/DoorMode</wsnt:Topic>"
        f"<wsnt:Message><tt:Message UtcTime='2024-05-01T10:00:0{i}Z' PropertyOperation='Changed'>"
        "<tt:Source><tt:SimpleItem Name='DoorToken' Value='d1'/></tt:Source>"
        f"<tt:Data><tt:SimpleItem Name='State' Value='{state}'/></tt:Data></tt:Message>"
        "</wsnt:Message></wsnt:NotificationMessage>"
        for i, state in enumerate(("Accessed", "Locked", "Blocked"))
    )
    + "</tev:PullMessagesResponse></env:Body></env:Envelope>"
).encode()


@settings(max_examples=examples(200), suppress_health_check=[HealthCheck.data_too_large])
@given(payload=mutated(PULL_ANSWER, "soap"))
def test_a_damaged_pull_answer_gives_events_or_a_vapix_error(payload: bytes) -> None:
    """What a subscription reads from each pull: hostile content is a VapixError (the
    subscription then starts over) or events, odd items kept as text, never a crash."""
    from pyvapix import Event
    from pyvapix._events import topics_of
    from pyvapix._subscription import read_pull

    try:
        answer = read_pull(payload, topics_of())
    except VapixError:
        return
    assert all(isinstance(event, Event) for event in answer.events)
    for event in answer.events:
        repr(event), event.plain()  # rendering never fails either
