"""httpx transports that call the simulator in-process: the speed of a mock, the behaviour
of the server (authentication included), no sockets. Downloads stay streamed: their chunks
are generated as the client reads them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .core import Simulator, StreamedResponse
from .longpoll import Pending
from .state import DeviceState


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(answer: StreamedResponse) -> httpx.Response:
    status, headers, content = answer
    return httpx.Response(status, headers=headers, content=content)


async def _async_chunks(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def _async_response(answer: StreamedResponse) -> httpx.Response:
    status, headers, content = answer
    if isinstance(content, bytes):
        return httpx.Response(status, headers=headers, content=content)
    return httpx.Response(status, headers=headers, content=_async_chunks(content))


def transport(state: DeviceState | None = None, **options: Any) -> httpx.MockTransport:
    """For ``httpx.Client(transport=...)`` (and so ``pyvapix.Client``). Pass ``state`` to
    look at or share the device state; ``options`` are further :class:`Simulator` arguments."""
    simulator = Simulator(state, **options)

    def handler(request: httpx.Request) -> httpx.Response:
        return _response(
            simulator.stream(
                request.method,
                _target(request),
                dict(request.headers),
                request.read(),
                scheme=request.url.scheme,
            )
        )

    return httpx.MockTransport(handler)


def async_transport(state: DeviceState | None = None, **options: Any) -> httpx.MockTransport:
    """The same for ``httpx.AsyncClient`` (and so ``pyvapix.AsyncClient``)."""
    simulator = Simulator(state, **options)

    async def handler(request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        answer = simulator.respond(
            request.method,
            _target(request),
            dict(request.headers),
            body,
            scheme=request.url.scheme,
        )
        if isinstance(answer, Pending):  # a long poll waits without blocking the loop
            answer = await answer.wait_async()
        return _async_response(answer)

    return httpx.MockTransport(handler)
