"""The simulator as an ASGI application, written against the ASGI spec directly (the
project's only server dependency is uvicorn).

The body is read up to the size limit and no further, so an oversized upload costs at most
``max_body`` bytes of memory before the answer 413. The handler runs in a
worker thread: it takes the state lock and may write the state file, which must not stall
the event loop that serves the other connections. A download's chunks are generated in a
worker thread too, and sent as they come (chunked when the answer names no length). A long
poll (PullMessages with nothing queued) waits on the event loop, holding no thread, until its
events come, its timeout, or the client going away (then it takes no event).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from typing import Any

from .core import Simulator, StreamedResponse
from .longpoll import Pending

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Application:
    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no lifespan or websocket support needed
        headers = {
            key.decode("latin-1"): value.decode("latin-1")
            for key, value in scope.get("headers", ())
        }
        path: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
        query: bytes = scope.get("query_string") or b""
        target = path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
        body = await self._body(receive, headers)
        if body is None:
            answer: StreamedResponse | Pending | None = self.simulator.too_large()
        else:
            answer = await asyncio.to_thread(
                self.simulator.respond,
                scope["method"],
                target,
                headers,
                body,
                scheme=scope.get("scheme", "http"),
            )
        if isinstance(answer, Pending):
            answer = await self._wait(answer, receive)
        if answer is None:
            return  # the client went away while its pull waited
        status, answer_headers, content = answer
        raw_headers = [
            (key.lower().encode("latin-1"), value.encode("latin-1"))
            for key, value in answer_headers
        ]
        if isinstance(content, bytes):
            raw_headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})
        if isinstance(content, bytes):
            await send({"type": "http.response.body", "body": content})
        else:
            await self._stream(content, send)

    @staticmethod
    async def _wait(pending: Pending, receive: Receive) -> StreamedResponse | None:
        """The long poll's answer, or None when the client disconnects first."""
        waiting = asyncio.ensure_future(pending.wait_async())
        gone = asyncio.ensure_future(Application._disconnected(receive))
        done, _ = await asyncio.wait({waiting, gone}, return_when=asyncio.FIRST_COMPLETED)
        if waiting in done:
            gone.cancel()
            return waiting.result()
        waiting.cancel()
        await asyncio.to_thread(pending.cancel)
        return None

    @staticmethod
    async def _disconnected(receive: Receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    @staticmethod
    async def _stream(chunks: Iterator[bytes], send: Send) -> None:
        try:
            while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    async def _body(self, receive: Receive, headers: dict[str, str]) -> bytes | None:
        """The request body, or None when it is over the limit (then not read further)."""
        limit = self.simulator.max_body
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)
