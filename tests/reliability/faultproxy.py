"""A fault-injecting HTTP/1.1 proxy in front of a simulator started with ``running()``.

The client talks to the proxy; the proxy forwards each request to the simulator on a fresh
connection and relays the answer, unless a planned fault says otherwise. It knows which
operation each request is (JSON member name or SOAP Body element) and counts, per
operation, what reached the proxy (``received``), the device (``forwarded``) and what the
device executed (``applied``: answered 2xx). So a test can prove that a write was applied
exactly once, whatever went wrong on the way.

Faults (``inject(kind, operation, times=1, ...)``), by where they strike:

* before the device: ``drop_before`` (connection closed after the request arrived),
  ``stall`` (no answer, ever), ``status`` (the proxy answers ``status`` itself);
* after the device executed the request: ``drop_after`` (connection closed instead of the
  answer), ``stall_after``, ``slow`` (answer after ``delay`` s), ``drip`` (answer one byte
  every ``delay`` s), ``status_after`` (``status`` instead of the answer), ``truncate``
  (half the body, then the connection closed), ``garbage`` (the body replaced by junk),
  ``answer_after`` (``status`` with ``content_type`` and ``body`` instead of the answer);
* ``refuse_for(seconds)``: the port is closed (connections refused) for a while, existing
  connections are cut, like a rebooting device.

Faults strike only requests that carry credentials, so the 401 round trip of the first call
is never the one hit (``authenticated_only=False`` to change that).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urlsplit

from lxml import etree

from pyvapix._catalogue import default_catalogue
from pyvapix._codec.soap import body_element

KINDS = frozenset(
    {
        "drop_before",
        "stall",
        "status",
        "drop_after",
        "stall_after",
        "slow",
        "drip",
        "status_after",
        "truncate",
        "garbage",
        "answer_after",
    }
)


@dataclass
class Fault:
    kind: str
    operation: str | None  # "prefix:Op", or None for any
    times: int
    delay: float = 0.0
    status: int = 503
    authenticated_only: bool = True
    body: bytes = b""
    content_type: str = "text/plain"


@dataclass
class Seen:
    """One request as it reached the proxy."""

    operation: str
    headers: dict[str, str]
    fault: str | None


@dataclass
class _Answer:
    status: int
    head: bytes
    body: bytes = field(repr=False)


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    pairs = (line.split(":", 1) for line in lines if ":" in line)
    return {name.strip().lower(): value.strip() for name, value in pairs}


def _plain_answer(status: int, text: str) -> bytes:
    return _raw_answer(status, "text/plain", f"{text}\n".encode())


def _raw_answer(status: int, content_type: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status} Injected\r\ncontent-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode() + body


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._by_element = {
            (op.service.namespace, op.info.input_element): name
            for name, op in default_catalogue().operations.items()
        }
        self.faults: list[Fault] = []
        self.seen: list[Seen] = []
        self.received: Counter[str] = Counter()
        self.forwarded: Counter[str] = Counter()
        self.applied: Counter[str] = Counter()
        self.open_connections = 0
        self.max_open_connections = 0
        self.accepted_connections = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._reopening: asyncio.Future[None] | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- control, from the test's thread ---------------------------------------------------

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(5)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def inject(
        self,
        kind: str,
        operation: str | None = None,
        *,
        times: int = 1,
        delay: float = 0.0,
        status: int = 503,
        authenticated_only: bool = True,
        body: bytes = b"",
        content_type: str = "text/plain",
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        fault = Fault(
            kind, operation, times, delay, status, authenticated_only, body, content_type
        )
        with self._lock:
            self.faults.append(fault)

    def refuse_for(self, seconds: float) -> None:
        """Close the port (and every open connection) now; listen again after ``seconds``."""
        asyncio.run_coroutine_threadsafe(self._refuse(seconds), self._loop).result(5)

    # --- the proxy, on its own event loop ---------------------------------------------------

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _refuse(self, seconds: float) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.close()

        async def reopen() -> None:
            await asyncio.sleep(seconds)
            await self._listen()

        self._reopening = asyncio.ensure_future(reopen())

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _operation(self, body: bytes) -> str:
        try:
            if body.lstrip()[:1] == b"{":
                (name,) = json.loads(body)
                return str(name)
            element = body_element(body)
            name = etree.QName(element)
            return self._by_element.get((name.namespace or "", name.localname), "?")
        except Exception:
            return "?"

    def _take(self, operation: str, authenticated: bool) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times <= 0 or (fault.authenticated_only and not authenticated):
                    continue
                if fault.operation in (None, operation):
                    fault.times -= 1
                    return fault
        return None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        self.accepted_connections += 1
        self.open_connections += 1
        self.max_open_connections = max(self.max_open_connections, self.open_connections)
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass  # the proxy is shutting down: end quietly (asyncio logs a cancelled handler)
        finally:
            self.open_connections -= 1
            self._writers.discard(writer)
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection is to be closed."""
        head = await reader.readuntil(b"\r\n\r\n")
        headers = _headers(head)
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        operation = self._operation(body)
        fault = self._take(operation, "authorization" in headers)
        kind = fault.kind if fault else None
        self.seen.append(Seen(operation, headers, kind))
        self.received[operation] += 1
        if kind == "drop_before":
            return False
        if kind == "stall":
            await reader.read()  # until the client gives up
            return False
        if kind == "status":
            assert fault is not None
            writer.write(_plain_answer(fault.status, "injected before the device"))
            await writer.drain()
            return True
        answer = await self._forward(head + body)
        self.forwarded[operation] += 1
        if 200 <= answer.status < 300:
            self.applied[operation] += 1
        whole = answer.head + answer.body
        if kind == "drop_after":
            return False
        if kind == "stall_after":
            await reader.read()
            return False
        if kind == "slow":
            assert fault is not None
            await asyncio.sleep(fault.delay)
        elif kind == "drip":
            assert fault is not None
            for index in range(len(whole)):
                writer.write(whole[index : index + 1])
                await writer.drain()
                await asyncio.sleep(fault.delay)
            return True
        elif kind == "status_after":
            assert fault is not None
            whole = _plain_answer(fault.status, "injected after the device")
        elif kind == "answer_after":
            assert fault is not None
            whole = _raw_answer(fault.status, fault.content_type, fault.body)
        elif kind == "truncate":
            writer.write(answer.head + answer.body[: len(answer.body) // 2])
            await writer.drain()
            return False
        elif kind == "garbage":
            whole = answer.head + bytes(range(256)) * (len(answer.body) // 256 + 1)
            whole = whole[: len(answer.head) + len(answer.body)]
        writer.write(whole)
        await writer.drain()
        return True

    async def _forward(self, request: bytes) -> _Answer:
        reader, writer = await asyncio.open_connection(*self._upstream)
        try:
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(_headers(head).get("content-length", "0"))
            body = await reader.readexactly(length)
        finally:
            writer.close()
        status = int(head.split(b" ", 2)[1])
        return _Answer(status, head, body)
