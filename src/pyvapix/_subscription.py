"""Live events: a pull-point subscription of the ONVIF event service, kept alive.

:class:`SubscriptionFlow` holds every decision without I/O (in the spirit of the call
engine's plan): the requests and their SOAP header blocks (WS-Addressing, Axis's
``SubscriptionId``), when to renew, what an answer or a failure means, when to start over.
:class:`Subscription` and :class:`AsyncSubscription` only carry its steps out through the
client; ``client.events`` (:class:`Events`, :class:`AsyncEvents`) makes them.

Rules, from how Axis controllers serve pull points (events-facts.md):

* everything goes to ``/vapix/services``; the subscription is named by the
  ``SubscriptionId`` the Create answer carries, echoed as a header on every later call,
  with ``wsa:To`` set to the subscription's address;
* Axis does not extend a subscription on PullMessages, so it is renewed before it ends;
* an unknown or expired subscription (``ResourceUnknownFault`` or any other fault on a
  pull), a dropped connection, a device restart or an answer that is not one start it
  over: a new subscription is created (waiting 0.5 s, 1 s, ... up to 30 s between tries
  while the device is away) and a :class:`SubscriptionRestarted` is yielded before its
  events, so the application knows it may have missed events and should re-read state
  (property events arrive again as ``Initialized``);
* a refused account, a device without the event service or a filter it refuses are errors
  of the first Create and are raised.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, TypeVar

from ._catalogue import Catalogue, Operation
from ._codec import soap, xmlsafe
from ._codec.plain import from_plain, to_plain
from ._errors import (
    AuthenticationError,
    DecodeError,
    ProtocolNotSupportedError,
    VapixError,
)
from ._events import Event, Topics, events_from_notifications, topics_of

log = logging.getLogger("pyvapix.events")
T = TypeVar("T")

CREATE = "tev:CreatePullPointSubscription"
PULL = "tev:PullMessages"
RENEW = "tev:Renew"
UNSUBSCRIBE = "tev:Unsubscribe"
WSA = "http://www.w3.org/2005/08/addressing"
AXEVENT = "http://www.axis.com/2009/event"
ANONYMOUS = f"{WSA}/anonymous"
TOPIC_DIALECT = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet"
CONTENT_DIALECT = "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter"
# A subscription without a Device Source filter gets the controller's own events; with
# this one (as Axis documents it) the events of every controller of a cluster that
# distributes them, and the own ones when it does not.
ALL_CONTROLLERS = (
    'boolean(//tt:SimpleItem[@Name="Device Source"]) OR '
    'NOT( boolean(//tt:SimpleItem[@Name="Device Source"]))'
)
RENEW_MARGIN = 10.0  # seconds of life a subscription keeps when renewed before a pull
# Seconds before each try to start over: at once, then longer while the device is away.
RESTART_WAITS = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
UNSUBSCRIBE_TIMEOUT = 5.0  # seconds: leaving must not hang


@dataclass(frozen=True)
class SubscriptionRestarted:
    """Yielded when a subscription was lost (``error`` says how) and a new one now
    delivers events: events of the gap may be missing, so re-read the state you keep; the
    new subscription's property events come as ``Initialized``."""

    error: VapixError
    attempts: int = 1  # tries it took to create the new subscription

    def __repr__(self) -> str:
        return f"SubscriptionRestarted({type(self.error).__name__}: {self.error.message})"


Item = Event | SubscriptionRestarted


@dataclass(frozen=True)
class Options:
    """What the subscription asks the device for."""

    topics: tuple[str, ...] = ()  # ConcreteSet topic expressions; none: every topic
    content_filter: str | None = None  # an ItemFilter expression
    local_only: bool = False  # only this controller's events, not its cluster's
    lifetime: float = 600.0  # seconds a subscription lives unless renewed
    pull_seconds: float = 30.0  # how long a pull waits on the device for events
    message_limit: int = 100  # most notifications in one answer

    def __post_init__(self) -> None:
        if not 1 <= self.message_limit <= 1000:
            raise ValueError("message_limit must be 1 to 1000")
        if self.pull_seconds <= 0 or self.lifetime <= self.pull_seconds + RENEW_MARGIN:
            raise ValueError(
                f"lifetime must exceed pull_seconds + {RENEW_MARGIN:g} s, and both be positive"
            )
        for topic in self.topics:
            if not topic.strip() or "|" in topic:
                raise ValueError(
                    f"topic {topic!r}: one topic expression each (e.g. 'tns1:Door//.')"
                )


@dataclass(frozen=True)
class Wait:
    """Sleep this long before the next step."""

    seconds: float


@dataclass(frozen=True)
class Outcome:
    """What a step came to: the response or the error, and the time it did."""

    response: Any = None
    error: VapixError | None = None
    now: float = 0.0


@dataclass(frozen=True)
class Step:
    """One call for a driver to make: operation, request, header blocks (models), and how
    to read the answer when not as its response model."""

    op: str
    request: Any
    headers: list[Any]
    timeout: float | None = None  # None: the client's own for the operation
    read: Callable[[bytes], Any] | None = None


@dataclass(frozen=True)
class PullAnswer:
    """A PullMessages answer, read straight into typed events (the hot path)."""

    events: list[Event]
    times: dict[str, Any]  # CurrentTime and TerminationTime, as the plain form has them


_PULL_RESPONSE = "{http://www.onvif.org/ver10/events/wsdl}PullMessagesResponse"
_TIMES = {
    "{http://www.onvif.org/ver10/events/wsdl}CurrentTime": "CurrentTime",
    "{http://www.onvif.org/ver10/events/wsdl}TerminationTime": "TerminationTime",
}


def read_pull(body: bytes, topics: Topics) -> PullAnswer:
    """The events and times of a PullMessages answer; a fault raises FaultError, anything
    else that is not such an answer DecodeError."""
    try:
        element = soap.body_element(body)
    except xmlsafe.UnsafeXml as exc:
        raise DecodeError(f"not a PullMessages answer: {exc}") from None
    if element.tag != _PULL_RESPONSE:
        raise DecodeError(f"expected a PullMessagesResponse, got {element.tag!r}")
    times = {
        _TIMES[child.tag]: (child.text or "").strip() for child in element if child.tag in _TIMES
    }
    return PullAnswer(list(events_from_notifications(element, topics)), times)


def _seconds(duration: float) -> str:
    return f"PT{duration:g}S"


def _moment(plain: Any) -> datetime | None:
    text = plain.get("_text") if isinstance(plain, dict) else plain
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass
class SubscriptionFlow:
    """The state of one live subscription and the decisions about it, without I/O."""

    catalogue: Catalogue
    options: Options
    base_url: str  # the device's, for wsa:To when the answer gives no absolute address
    topics: Topics = field(default_factory=topics_of)
    subscription_id: str | None = None
    address: str = ""
    expires: float = 0.0  # time.monotonic() when the device drops the subscription
    restarts: int = 0  # tries to start over since the subscription was lost
    lost: VapixError | None = None  # why, while starting over
    started: bool = False  # a subscription was created once
    clock: Callable[[], float] = time.monotonic

    def _operation(self, name: str) -> Operation:
        return self.catalogue.operation(name)

    def _headers(self, operation: Operation, to: str) -> list[Any]:
        values: dict[str, Any] = {
            f"{{{WSA}}}Action": {"_text": operation.info.soap_action},
            f"{{{WSA}}}MessageID": {"_text": f"urn:uuid:{uuid.uuid4()}"},
            f"{{{WSA}}}To": {"_text": to},
            f"{{{WSA}}}ReplyTo": {"Address": {"_text": ANONYMOUS}},
            f"{{{AXEVENT}}}SubscriptionId": {"_text": self.subscription_id or ""},
        }
        return [
            from_plain(cls, values[element], strict=True)
            for element, cls in operation.header_types("request").items()
            if element in values
        ]

    def _step(self, name: str, request: dict[str, Any], timeout: float | None = None) -> Step:
        operation = self._operation(name)
        to = self.address if name != CREATE else f"{self.base_url}/vapix/services"
        model = from_plain(operation.request_type, request, strict=True)
        topics = self.topics
        read = (lambda body: read_pull(body, topics)) if name == PULL else None
        return Step(name, model, self._headers(operation, to), timeout, read)

    def create(self) -> Step:
        """The CreatePullPointSubscription of a new subscription."""
        options = self.options
        filters: dict[str, Any] = {}
        if options.topics:
            filters["TopicExpression"] = [
                {"Dialect": TOPIC_DIALECT, "_text": "|".join(options.topics)}
            ]
        contents = [options.content_filter] if options.content_filter else []
        if not options.local_only:
            contents.append(ALL_CONTROLLERS)
        if contents:
            filters["MessageContent"] = [
                {"Dialect": CONTENT_DIALECT, "_text": text} for text in contents
            ]
        request: dict[str, Any] = {"InitialTerminationTime": _seconds(options.lifetime)}
        if filters:
            request["Filter"] = filters
        return self._step(CREATE, request)

    def created(self, response: Any, now: float) -> None:
        """Take the new subscription's id, address and termination time."""
        plain = to_plain(response)
        reference = plain.get("SubscriptionReference") or {}
        address = reference.get("Address")
        address = address.get("_text", "") if isinstance(address, dict) else str(address or "")
        parameters = reference.get("ReferenceParameters") or {}
        found = parameters.get("SubscriptionId") if isinstance(parameters, dict) else None
        if isinstance(found, dict):
            found = found.get("_text")
        if not isinstance(found, (str, int)) or str(found).strip() == "":
            raise VapixError("the device answered CreatePullPointSubscription without an id")
        self.subscription_id = str(found).strip()
        absolute = address.startswith(("http://", "https://"))
        self.address = address if absolute else f"{self.base_url}{address or '/vapix/services'}"
        self._expiry(plain, now)

    def _expiry(self, plain: dict[str, Any], now: float) -> None:
        current, ends = _moment(plain.get("CurrentTime")), _moment(plain.get("TerminationTime"))
        left = (ends - current).total_seconds() if current and ends else None
        self.expires = now + (left if left is not None and left > 0 else self.options.lifetime)

    def renewal(self) -> Step:
        """The Renew of the subscription for another lifetime."""
        return self._step(RENEW, {"TerminationTime": _seconds(self.options.lifetime)})

    def next(self, now: float) -> Step:
        """A Renew when a pull could outlast the subscription, else the next pull."""
        if now + self.options.pull_seconds + RENEW_MARGIN >= self.expires:
            return self.renewal()
        limit = {"Timeout": _seconds(self.options.pull_seconds)}
        return self._step(PULL, {**limit, "MessageLimit": self.options.message_limit})

    def answered(self, step: Step, response: Any, now: float) -> list[Event]:
        """The events of an answer (none for a Renew), the termination time updated."""
        if isinstance(response, PullAnswer):
            if "TerminationTime" in response.times:
                self._expiry(response.times, now)
            return response.events
        self._expiry(to_plain(response), now)
        return []

    def unsubscribe(self) -> Step | None:
        """The Unsubscribe of the current subscription, if there is one (it is forgotten)."""
        if self.subscription_id is None:
            return None
        step = self._step(UNSUBSCRIBE, {}, timeout=UNSUBSCRIBE_TIMEOUT)
        self.subscription_id = None
        return step

    def _fatal(self, error: VapixError) -> bool:
        """Errors no new subscription can mend: the account, a device without the event
        service, and (before there ever was a subscription) what the first Create gets."""
        if isinstance(error, (AuthenticationError, ProtocolNotSupportedError)):
            return True
        return self.subscription_id is None and self.lost is None and not self.started

    def start(self) -> Generator[Step | Wait, Outcome, None]:
        """Create the first subscription; what the device answers with an error is raised."""
        outcome = yield self.create()
        if outcome.error is not None:
            raise outcome.error
        self.created(outcome.response, outcome.now)
        self.started = True

    def batch(self) -> Generator[Step | Wait, Outcome, list[Item]]:
        """One batch of items, as a flow of calls and waits for a driver to carry out
        (each call's :class:`Outcome` is sent back in): the events of the next pull, none
        when it waited its time out, or a SubscriptionRestarted when a lost subscription
        has just been replaced. A subscription lost on the way is replaced first."""
        while True:
            if self.subscription_id is None:
                outcome = yield self.create()
                if outcome.error is not None:
                    yield from self._start_over(outcome.error)
                    continue
                self.created(outcome.response, outcome.now)
                self.started = True
                if self.lost is None:
                    continue  # the first subscription: on to its first pull
                marker = SubscriptionRestarted(self.lost, self.restarts)
                log.info("event subscription restarted after %d tries", marker.attempts)
                self.lost, self.restarts = None, 0
                return [marker]
            step = self.next(self.clock())
            outcome = yield step
            if outcome.error is not None:
                yield from self._start_over(outcome.error)
                continue
            events = self.answered(step, outcome.response, outcome.now)
            if step.op == PULL:
                return list(events)

    def _start_over(self, error: VapixError) -> Generator[Step | Wait, Outcome, None]:
        """Give up the subscription (unsubscribing what may be left of it), then wait."""
        if self._fatal(error):
            raise error
        stale = self.unsubscribe()
        if stale is not None:
            yield stale  # best effort: it may be gone already
        if self.lost is None:
            log.warning("event subscription lost (%s); starting over", error)
            self.lost = error
        wait = RESTART_WAITS[min(self.restarts, len(RESTART_WAITS) - 1)]
        self.restarts += 1
        if wait:
            yield Wait(wait)


class Caller(Protocol):
    """What a subscription needs of a synchronous client."""

    catalogue: Catalogue
    base_url: str

    def invoke(
        self,
        op: str,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> Any: ...


class AsyncCaller(Protocol):
    """What a subscription needs of an asyncio client."""

    catalogue: Catalogue
    base_url: str

    async def invoke(
        self,
        op: str,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> Any: ...


class Subscription:
    """A live subscription (``with client.events.subscribe(...) as events:``): iterate it
    for :class:`~pyvapix.Event` objects (and :class:`SubscriptionRestarted`), or call
    :meth:`pull` for one batch. Leaving the block unsubscribes."""

    def __init__(self, client: Caller, options: Options) -> None:
        self._client = client
        self._flow = SubscriptionFlow(client.catalogue, options, client.base_url)
        self._pending: deque[Item] = deque()
        self._open = False

    def __enter__(self) -> Subscription:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _outcome(self, step: Step) -> Outcome:
        try:
            response = self._client.invoke(
                step.op,
                step.request,
                protocol="soap",
                timeout=step.timeout,
                soap_headers=step.headers,
                read_answer=step.read,
            )
        except VapixError as error:
            return Outcome(error=error, now=time.monotonic())
        return Outcome(response, now=time.monotonic())

    def open(self) -> None:
        """Create the subscription (``with`` does); what the first Create gets is raised."""
        if not self._open:
            self._run(self._flow.start())
            self._open = True

    def close(self) -> None:
        """Unsubscribe, as far as the device lets us within a few seconds."""
        self._open = False
        self._pending.clear()
        step = self._flow.unsubscribe()
        if step is not None and self._outcome(step).error is not None:
            log.info("unsubscribe failed; the device drops the subscription when it expires")

    def renew(self) -> None:
        """Renew the subscription now (it renews itself in time anyway); errors raise."""
        step = self._flow.renewal()
        outcome = self._outcome(step)
        if outcome.error is not None:
            raise outcome.error
        self._flow.answered(step, outcome.response, outcome.now)

    def pull(self) -> list[Item]:
        """The next batch (see :meth:`SubscriptionFlow.batch`)."""
        if not self._open:
            raise VapixError("the subscription is closed")
        return self._run(self._flow.batch())

    def _run(self, flow: Generator[Step | Wait, Outcome, T]) -> T:
        """Carry out a flow of the subscription: make its calls, sleep its waits."""
        action = next(flow)
        while True:
            if isinstance(action, Wait):
                time.sleep(action.seconds)
                outcome = Outcome(now=time.monotonic())
            else:
                outcome = self._outcome(action)
            try:
                action = flow.send(outcome)
            except StopIteration as done:
                result: T = done.value
                return result

    def __iter__(self) -> Iterator[Item]:
        while self._open:
            if not self._pending:
                self._pending.extend(self.pull())
            while self._pending:
                yield self._pending.popleft()


class AsyncSubscription:
    """The asyncio twin of :class:`Subscription`: ``async with`` and ``async for``."""

    def __init__(self, client: AsyncCaller, options: Options) -> None:
        self._client = client
        self._flow = SubscriptionFlow(client.catalogue, options, client.base_url)
        self._pending: deque[Item] = deque()
        self._open = False

    async def __aenter__(self) -> AsyncSubscription:
        await self.open()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _outcome(self, step: Step) -> Outcome:
        try:
            response = await self._client.invoke(
                step.op,
                step.request,
                protocol="soap",
                timeout=step.timeout,
                soap_headers=step.headers,
                read_answer=step.read,
            )
        except VapixError as error:
            return Outcome(error=error, now=time.monotonic())
        return Outcome(response, now=time.monotonic())

    async def open(self) -> None:
        if not self._open:
            await self._run(self._flow.start())
            self._open = True

    async def close(self) -> None:
        self._open = False
        self._pending.clear()
        step = self._flow.unsubscribe()
        if step is not None and (await self._outcome(step)).error is not None:
            log.info("unsubscribe failed; the device drops the subscription when it expires")

    async def renew(self) -> None:
        step = self._flow.renewal()
        outcome = await self._outcome(step)
        if outcome.error is not None:
            raise outcome.error
        self._flow.answered(step, outcome.response, outcome.now)

    async def pull(self) -> list[Item]:
        if not self._open:
            raise VapixError("the subscription is closed")
        return await self._run(self._flow.batch())

    async def _run(self, flow: Generator[Step | Wait, Outcome, T]) -> T:
        action = next(flow)
        while True:
            if isinstance(action, Wait):
                await asyncio.sleep(action.seconds)
                outcome = Outcome(now=time.monotonic())
            else:
                outcome = await self._outcome(action)
            try:
                action = flow.send(outcome)
            except StopIteration as done:
                result: T = done.value
                return result

    def __aiter__(self) -> AsyncIterator[Item]:
        return self._items()

    async def _items(self) -> AsyncIterator[Item]:
        while self._open:
            if not self._pending:
                self._pending.extend(await self.pull())
            while self._pending:
                yield self._pending.popleft()


def options(
    topics: str | Sequence[str] | None,
    content_filter: str | None,
    local_only: bool,
    lifetime: float,
    pull_seconds: float,
    message_limit: int,
    long_poll_timeout: float,
) -> Options:
    """The checked options of a subscription: a pull must end before the client gives up
    on it (``long_poll_timeout``)."""
    if pull_seconds + RENEW_MARGIN > long_poll_timeout:
        raise ValueError(
            f"pull_seconds={pull_seconds:g} needs the client's long_poll_timeout to exceed "
            f"{pull_seconds + RENEW_MARGIN:g} s (it is {long_poll_timeout:g})"
        )
    chosen = (topics,) if isinstance(topics, str) else tuple(topics or ())
    return Options(chosen, content_filter, local_only, lifetime, pull_seconds, message_limit)


class Events:
    """Live events of a device (``client.events``)."""

    def __init__(self, client: Caller, long_poll_timeout: float) -> None:
        self._client = client
        self._long_poll_timeout = long_poll_timeout

    def subscribe(
        self,
        topics: str | Sequence[str] | None = None,
        content_filter: str | None = None,
        local_only: bool = False,
        *,
        lifetime: float = 600.0,
        pull_seconds: float = 30.0,
        message_limit: int = 100,
    ) -> Subscription:
        """A subscription to the events of ``topics`` (ConcreteSet expressions such as
        ``"tns1:Door//."`` or ``"tns1:AccessControl/AccessGranted//."``; every topic when
        none), optionally narrowed by ``content_filter`` (an ItemFilter expression such as
        ``boolean(//tt:SimpleItem[@Name="DoorToken" and @Value="door-1"])``). In a cluster
        it gets every controller's events unless ``local_only``. Use it with ``with`` and
        iterate it; it renews itself every ``lifetime`` seconds and pulls with a wait of
        ``pull_seconds``."""
        return Subscription(
            self._client,
            options(
                topics,
                content_filter,
                local_only,
                lifetime,
                pull_seconds,
                message_limit,
                self._long_poll_timeout,
            ),
        )

    def pull(
        self,
        topics: str | Sequence[str] | None = None,
        content_filter: str | None = None,
        local_only: bool = False,
        *,
        seconds: float = 1.0,
        message_limit: int = 100,
    ) -> list[Item]:
        """One batch without keeping a subscription: subscribe, pull once (the current
        state of property topics comes at once; other events for up to ``seconds``), and
        unsubscribe."""
        lifetime = seconds + RENEW_MARGIN + 60.0
        with self.subscribe(
            topics,
            content_filter,
            local_only,
            lifetime=lifetime,
            pull_seconds=seconds,
            message_limit=message_limit,
        ) as subscription:
            return subscription.pull()


class AsyncEvents:
    """Live events of a device, for asyncio (``client.events`` of an AsyncClient)."""

    def __init__(self, client: AsyncCaller, long_poll_timeout: float) -> None:
        self._client = client
        self._long_poll_timeout = long_poll_timeout

    def subscribe(
        self,
        topics: str | Sequence[str] | None = None,
        content_filter: str | None = None,
        local_only: bool = False,
        *,
        lifetime: float = 600.0,
        pull_seconds: float = 30.0,
        message_limit: int = 100,
    ) -> AsyncSubscription:
        """See :meth:`Events.subscribe`; use with ``async with`` and ``async for``."""
        return AsyncSubscription(
            self._client,
            options(
                topics,
                content_filter,
                local_only,
                lifetime,
                pull_seconds,
                message_limit,
                self._long_poll_timeout,
            ),
        )

    async def pull(
        self,
        topics: str | Sequence[str] | None = None,
        content_filter: str | None = None,
        local_only: bool = False,
        *,
        seconds: float = 1.0,
        message_limit: int = 100,
    ) -> list[Item]:
        """See :meth:`Events.pull`."""
        lifetime = seconds + RENEW_MARGIN + 60.0
        async with self.subscribe(
            topics,
            content_filter,
            local_only,
            lifetime=lifetime,
            pull_seconds=seconds,
            message_limit=message_limit,
        ) as subscription:
            return await subscription.pull()
