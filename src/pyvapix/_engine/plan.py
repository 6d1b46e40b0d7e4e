"""The decisions of one call, without I/O: a :class:`CallPlan` is told what each attempt
ended with and the time, and answers with the next step -- :class:`Send` this request,
:class:`Wait` and send again, :class:`Done` with the result, or :class:`Fail` with the
error. The drivers (drivers.py) only carry the steps out.

The rules:

* **Protocols in order.** ``auto`` gives the JSON binding first, then SOAP. An answer that
  proves the endpoint does not serve the protocol (binding.unserved: e.g. 404 or 503
  without JSON) moves on to the next binding; so does a read answered 2xx with something
  that is not the protocol at all. Nothing else falls back. Without a next binding, such
  an answer is a ProtocolNotSupportedError (a read answered 503 is tried again first).
* **A write is sent at most once** once it may have reached the device, whatever the
  protocol order: an operation that is not ``safe`` is sent again only while every earlier
  attempt provably never arrived (connection refused, TLS refused) or was refused unheard
  (not served).
* **Reads are retried** ``retries`` times after connection trouble, a timeout, a dropped or
  truncated answer, and 502/503/504, with a backoff of ``RETRY_BACKOFF`` seconds doubled
  each time. Never after a fault, an authentication refusal, a refused certificate or an
  answer that could not be decoded: those would only repeat.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._errors import (
    CertificateError,
    ProtocolNotSupportedError,
    TransportError,
    VapixError,
)
from . import failures
from .bindings import Binding
from .failures import Where
from .wire import Answer, Failure, Request, SinkFactory

RETRY_BACKOFF = 0.2  # seconds before the first retry, doubled each time
RETRY_STATUSES = frozenset({502, 503, 504})  # answers after which a read is sent again


@dataclass(frozen=True, slots=True)
class Call:
    """One call as the plan needs it."""

    operation: str  # "tdc:GetDoorState", "cgi:param_list"
    safe: bool  # may be sent again after it may have reached the device
    bindings: Sequence[Binding]  # protocols in order of preference, at least one
    timeout: float  # seconds for each attempt as a whole
    retries: int
    max_response_bytes: int
    max_download_bytes: int
    origin: str  # scheme://host[:port] of the device, for error messages


@dataclass(frozen=True, slots=True)
class Send:
    request: Request
    protocol: str
    timeout: float  # seconds for connecting, and for the attempt as a whole ...
    held: float  # ... plus these while the device holds the answer back by design
    max_response_bytes: int
    max_download_bytes: int
    sink: SinkFactory | None = None  # a successful answer's body goes there (downloads)

    @property
    def seconds(self) -> float:
        """The attempt's whole deadline."""
        return self.timeout + self.held


@dataclass(frozen=True, slots=True)
class Wait:
    seconds: float


@dataclass(frozen=True, slots=True)
class Done:
    value: Any


@dataclass(frozen=True, slots=True)
class Fail:
    error: VapixError


Step = Send | Wait | Done | Fail


class CallPlan:
    """The state of one call: start(), then handle() each attempt's outcome (with the
    monotonic clock's time), resume() after each Wait. ``unserved`` lists the bindings
    found not served, for the client to remember (auto then skips JSON there)."""

    def __init__(self, call: Call) -> None:
        if not call.bindings:
            raise ValueError("a call needs at least one binding")
        self.call = call
        self.unserved: list[Binding] = []
        self._index = 0  # the binding in use
        self._retries = 0  # retries made with it
        self._sends = 0  # requests sent in all
        self._delivered = False  # some request may have reached the device
        self._started = 0.0
        self._request: Request | None = None
        self._sending: Send | None = None

    @property
    def binding(self) -> Binding:
        return self.call.bindings[self._index]

    def start(self, now: float) -> Step:
        self._started = now
        return self._send()

    def resume(self) -> Step:
        """After a Wait: the retry."""
        self._retries += 1
        return self._send()

    def handle(self, outcome: Answer | Failure, now: float) -> Step:
        """The next step after an attempt ended in ``outcome``."""
        sending = self._sending
        assert sending is not None, "handle() before start()"
        binding = self.binding
        where = Where(
            self.call.operation, binding.protocol, self.call.origin, sending.request.path
        )
        if isinstance(outcome, Failure):
            error = failures.from_exception(outcome.exception, where, sending.seconds)
            self._delivered = self._delivered or failures.delivered(error)
            return self._retry_or_fail(error, now)
        has_next = self._index + 1 < len(self.call.bindings)
        unserved = binding.unserved(outcome)
        if has_next and (unserved or (self.call.safe and binding.foreign(outcome))):
            self.unserved.append(binding)
            self._index, self._retries, self._request = self._index + 1, 0, None
            return self._send()
        if unserved:  # nothing to fall back to; a 503 may pass, so reads try again
            error = failures.not_served(outcome.status, outcome.content_type, where)
            return self._retry_or_fail(error, now)
        self._delivered = True
        try:
            return Done(binding.interpret(outcome, where))
        except VapixError as error:
            return self._retry_or_fail(failures.named(error, where), now)

    def _send(self) -> Send:
        # The promise the whole plan is built around: checked, not assumed.
        assert self.call.safe or not self._delivered, "a write would be sent twice"
        binding = self.binding
        if self._request is None:
            self._request = binding.request()
        self._sends += 1
        self._sending = Send(
            self._request,
            binding.protocol,
            self.call.timeout,
            binding.extra_time,
            self.call.max_response_bytes,
            self.call.max_download_bytes,
            binding.sink(),
        )
        return self._sending

    def _retry_or_fail(self, error: VapixError, now: float) -> Step:
        if self._may_retry(error):
            return Wait(RETRY_BACKOFF * 2**self._retries)
        return self._fail(error, now - self._started)

    def _may_retry(self, error: VapixError) -> bool:
        if self._retries >= self.call.retries or not isinstance(error, TransportError):
            return False
        if isinstance(error, CertificateError):
            return False
        if isinstance(error, ProtocolNotSupportedError):
            return self.call.safe and error.status_code in RETRY_STATUSES
        if not self.call.safe:
            return not self._delivered
        if not error.request_sent:
            return True
        return error.status_code is None or error.status_code in RETRY_STATUSES

    def _fail(self, error: VapixError, seconds: float) -> Fail:
        may_have_run = not self.call.safe and self._delivered
        return Fail(
            failures.given_up(error, sends=self._sends, seconds=seconds, may_have_run=may_have_run)
        )
