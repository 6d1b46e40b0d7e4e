"""The call plan without HTTP: every sequence of attempt outcomes (up to a length) for reads
and writes, over one protocol and over JSON-then-SOAP, checked against the rules the plan
promises; then the rules one scenario at a time."""

from __future__ import annotations

import itertools
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from pyvapix import (
    AuthenticationError,
    CertificateError,
    DecodeError,
    FaultError,
    ProtocolNotSupportedError,
    TransportError,
    VapixError,
    VapixTimeoutError,
)
from pyvapix._engine import plan as plan_module
from pyvapix._engine.failures import MAY_HAVE_RUN, Where
from pyvapix._engine.plan import Call, CallPlan, Done, Fail, Send, Step, Wait
from pyvapix._engine.wire import Answer, Failure, Request

ORIGIN = "https://192.0.2.7"


@dataclass
class FakeBinding:
    """A protocol whose answers mean what the outcome table says: status 200 is a result,
    ``fault`` a fault, ``garbage`` not this protocol, 404/503 "not served" (for a binding
    that says so), other statuses plain HTTP errors."""

    protocol: str
    unserved_statuses: frozenset[int]
    operation: str = "tdc:UnlockDoor"
    extra_time: float = 0.0
    requests_made: int = 0

    def request(self) -> Request:
        self.requests_made += 1
        return Request("POST", f"/{self.protocol}", {}, b"x")

    def sink(self) -> None:
        return None

    def unserved(self, answer: Answer) -> bool:
        return answer.status in self.unserved_statuses and answer.body != b"fault"

    def foreign(self, answer: Answer) -> bool:
        return answer.ok and answer.body == b"garbage"

    def interpret(self, answer: Answer, where: Where) -> Any:
        if answer.body == b"fault":
            raise FaultError(code="env:Sender", subcodes=("ter:NotFound",))
        if answer.status in (401, 403):
            raise AuthenticationError("refused")
        if answer.body == b"garbage":
            raise DecodeError("the answer is not it")
        if not answer.ok:
            raise TransportError(f"HTTP {answer.status}", status_code=answer.status)
        return f"result over {self.protocol}"


def _certificate_failure() -> httpx.ConnectError:
    try:
        raise ssl.SSLCertVerificationError("certificate verify failed: self-signed")
    except ssl.SSLError as cause:
        error = httpx.ConnectError("TLS")
        error.__cause__ = cause
        return error


# Every kind of outcome an attempt can have; the second item: may the request have run?
OUTCOMES: dict[str, tuple[Callable[[], Answer | Failure], bool]] = {
    "refused": (lambda: Failure(httpx.ConnectError("refused")), False),
    "certificate": (lambda: Failure(_certificate_failure()), False),
    "dropped": (lambda: Failure(httpx.RemoteProtocolError("dropped")), True),
    "timeout": (lambda: Failure(httpx.ReadTimeout("slow")), True),
    "too large": (lambda: Failure(DecodeError("over max_response_bytes")), True),
    "ok": (lambda: Answer(200, {}, b"ok"), True),
    "fault": (lambda: Answer(500, {}, b"fault"), True),
    "garbage": (lambda: Answer(200, {}, b"garbage"), True),
    "404": (lambda: Answer(404, {}, b""), False),  # not served by bindings that say so
    "503": (lambda: Answer(503, {}, b""), False),  # idem (JSON); over SOAP it may have run
    "500": (lambda: Answer(500, {}, b""), True),
    "401": (lambda: Answer(401, {}, b""), False),
}
JSON_UNSERVED = frozenset({404, 503})
SOAP_UNSERVED = frozenset({404})


def _bindings(kind: str) -> list[FakeBinding]:
    json = FakeBinding("json", JSON_UNSERVED)
    soap = FakeBinding("soap", SOAP_UNSERVED)
    return {"json": [json], "soap": [soap], "auto": [json, soap]}[kind]


def _plan(safe: bool, kind: str, retries: int = 2) -> CallPlan:
    return CallPlan(
        Call(
            operation="tdc:GetDoorState" if safe else "tdc:UnlockDoor",
            safe=safe,
            bindings=_bindings(kind),
            timeout=5.0,
            retries=retries,
            max_response_bytes=1000,
            max_download_bytes=1000,
            origin=ORIGIN,
        )
    )


@dataclass
class Run:
    """What a plan did with a scripted sequence of outcomes."""

    sends: list[Send] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)  # the ones the plan was given
    end: Done | Fail | None = None  # None: the script ran out first


def drive(plan: CallPlan, script: list[str]) -> Run:
    run = Run()
    clock = 0.0
    step: Step = plan.start(clock)
    outcomes = iter(script)
    while True:
        if isinstance(step, Send):
            run.sends.append(step)
            name = next(outcomes, None)
            if name is None:
                return run
            run.outcomes.append(name)
            clock += 0.1
            step = plan.handle(OUTCOMES[name][0](), clock)
        elif isinstance(step, Wait):
            run.waits.append(step.seconds)
            clock += step.seconds
            step = plan.resume()
        else:
            run.end = step
            return run


def scripts(length: int) -> Iterator[list[str]]:
    for n in range(1, length + 1):
        yield from (list(s) for s in itertools.product(OUTCOMES, repeat=n))


CASES = [(safe, kind) for safe in (True, False) for kind in ("json", "soap", "auto")]


@pytest.mark.parametrize(("safe", "kind"), CASES)
def test_every_outcome_sequence_keeps_the_rules(safe: bool, kind: str) -> None:
    retries = 2
    checked = 0
    for script in scripts(4):
        plan = _plan(safe, kind, retries)
        run = drive(plan, script)
        checked += 1
        protocols = [send.protocol for send in run.sends]
        ran = [
            OUTCOMES[name][1] or (name == "503" and protocol == "soap")  # not "not served"
            for name, protocol in zip(run.outcomes, protocols, strict=False)
        ]
        # Writes: nothing is sent after an attempt that may have reached the device.
        if not safe:
            for index in range(1, len(run.sends)):
                assert not any(ran[:index]), (script, protocols)
        # Protocols only move forward, JSON before SOAP, and only after "not served".
        assert protocols == sorted(protocols), script
        for index in range(1, len(run.sends)):
            if protocols[index] != protocols[index - 1]:
                before = run.outcomes[index - 1]
                assert before in ("404", "503") or (safe and before == "garbage"), script
        # Retries per protocol are bounded and each follows a backoff that doubles.
        for protocol in set(protocols):
            assert protocols.count(protocol) <= retries + 1, script
        resent = sum(1 for a, b in itertools.pairwise(protocols) if a == b)
        assert run.waits == [plan_module.RETRY_BACKOFF * 2**i for i in _restarts(protocols)]
        assert len(run.waits) == resent
        if run.end is None:
            continue
        assert len(run.sends) == len(run.outcomes), script  # ends on an outcome
        last = run.outcomes[-1]
        if isinstance(run.end, Done):
            assert last == "ok", script
            continue
        error = run.end.error
        assert isinstance(error, VapixError)
        assert (error.operation, error.protocol) == (plan.call.operation, protocols[-1])
        assert error.url == f"{ORIGIN}/{protocols[-1]}"
        expected: type[VapixError] = {
            "refused": TransportError,
            "certificate": CertificateError,
            "dropped": TransportError,
            "timeout": VapixTimeoutError,
            "too large": DecodeError,
            "fault": FaultError,
            "garbage": DecodeError,
            "500": TransportError,
            "401": AuthenticationError,
        }.get(last, TransportError)
        assert isinstance(error, expected), (script, error)
        if last == "404" or (last == "503" and protocols[-1] == "json"):
            assert isinstance(error, ProtocolNotSupportedError), (script, error)
        may_have_run = not safe and any(ran)
        noted = MAY_HAVE_RUN in str(error)
        excused = isinstance(error, (FaultError, AuthenticationError, ProtocolNotSupportedError))
        assert noted == (may_have_run and not excused), (script, str(error))
        if isinstance(error, TransportError):
            assert error.attempts == len(run.sends)
    assert checked == sum(len(OUTCOMES) ** n for n in range(1, 5))


def _restarts(protocols: list[str]) -> list[int]:
    """The retry number of each resend: it starts over with a new protocol."""
    numbers, count = [], 0
    for a, b in itertools.pairwise(protocols):
        count = count + 1 if a == b else 0
        if a == b:
            numbers.append(count - 1)
    return numbers


def test_a_read_is_retried_on_transport_trouble_then_gives_up() -> None:
    run = drive(_plan(True, "soap"), ["dropped", "timeout", "500"])
    assert [s.protocol for s in run.sends] == ["soap"] * 3
    assert run.waits == [0.2, 0.4]
    assert isinstance(run.end, Fail) and "after 3 attempts in 0.9 s" in str(run.end.error)


def test_a_read_gets_its_answer_after_a_retry() -> None:
    run = drive(_plan(True, "json"), ["503", "ok"])
    assert isinstance(run.end, Done) and run.end.value == "result over json"


def test_a_write_is_resent_only_while_it_never_left() -> None:
    run = drive(_plan(False, "soap"), ["refused", "refused", "ok"])
    assert len(run.sends) == 3 and isinstance(run.end, Done)
    run = drive(_plan(False, "soap"), ["dropped", "ok"])
    assert len(run.sends) == 1 and isinstance(run.end, Fail)
    assert run.end.error.request_sent  # type: ignore[attr-defined]
    assert MAY_HAVE_RUN in str(run.end.error)


@pytest.mark.parametrize("safe", [True, False])
def test_auto_falls_back_when_json_is_not_served_and_remembers(safe: bool) -> None:
    plan = _plan(safe, "auto")
    run = drive(plan, ["503", "ok"])
    assert [s.protocol for s in run.sends] == ["json", "soap"]
    assert isinstance(run.end, Done) and run.end.value == "result over soap"
    assert [b.protocol for b in plan.unserved] == ["json"]


def test_a_write_answered_2xx_with_something_else_is_never_sent_again() -> None:
    """An HTML page or an empty 200 from the JSON endpoint may mean the command ran:
    a write is not repeated over SOAP (a read is, harmlessly)."""
    run = drive(_plan(False, "auto"), ["garbage", "ok"])
    assert [s.protocol for s in run.sends] == ["json"]
    assert isinstance(run.end, Fail) and isinstance(run.end.error, DecodeError)
    assert MAY_HAVE_RUN in str(run.end.error)
    run = drive(_plan(True, "auto"), ["garbage", "ok"])
    assert [s.protocol for s in run.sends] == ["json", "soap"]


def test_a_certificate_refusal_is_final_after_one_attempt() -> None:
    run = drive(_plan(True, "soap"), ["certificate", "ok"])
    assert len(run.sends) == 1 and isinstance(run.end, Fail)
    error = run.end.error
    assert isinstance(error, CertificateError) and not error.request_sent
    assert "192.0.2.7:443" in str(error)


def test_explicit_json_not_served_is_a_protocol_error_naming_the_path() -> None:
    run = drive(_plan(False, "json"), ["404"])
    assert isinstance(run.end, Fail)
    error = run.end.error
    assert isinstance(error, ProtocolNotSupportedError)
    assert "does not serve JSON at /json (HTTP 404)" in str(error)
    run = drive(_plan(False, "soap"), ["404"])
    assert isinstance(run.end, Fail)
    assert isinstance(run.end.error, ProtocolNotSupportedError)


def test_errors_name_the_host_with_its_port() -> None:
    run = drive(_plan(True, "soap", retries=0), ["refused"])
    assert isinstance(run.end, Fail)
    assert "could not connect to 192.0.2.7:443" in str(run.end.error)
    assert f"[tdc:GetDoorState, soap, {ORIGIN}/soap]" in str(run.end.error)


def test_requests_are_built_once_per_protocol() -> None:
    plan = _plan(True, "auto")
    drive(plan, ["dropped", "503", "dropped", "ok"])
    assert [b.requests_made for b in plan.call.bindings] == [1, 1]  # type: ignore[attr-defined]


def test_a_plan_needs_a_binding() -> None:
    with pytest.raises(ValueError, match="at least one binding"):
        CallPlan(
            Call("x:Y", True, [], 1.0, 0, 1, 1, ORIGIN)  # type: ignore[arg-type]
        )
