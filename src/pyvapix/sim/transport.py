"""httpx transports that call the simulator in-process: the speed of a mock, the behaviour
of the server (authentication included), no sockets."""

from __future__ import annotations

from typing import Any

import httpx

from .core import Response, Simulator
from .state import DeviceState


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _response(answer: Response) -> httpx.Response:
    status, headers, content = answer
    return httpx.Response(status, headers=headers, content=content)


def transport(state: DeviceState | None = None, **options: Any) -> httpx.MockTransport:
    """For ``httpx.Client(transport=...)`` (and so ``pyvapix.Client``). Pass ``state`` to
    look at or share the device state; ``options`` are further :class:`Simulator` arguments."""
    simulator = Simulator(state, **options)

    def handler(request: httpx.Request) -> httpx.Response:
        return _response(
            simulator.handle(
                request.method, _target(request), dict(request.headers), request.read()
            )
        )

    return httpx.MockTransport(handler)


def async_transport(state: DeviceState | None = None, **options: Any) -> httpx.MockTransport:
    """The same for ``httpx.AsyncClient`` (and so ``pyvapix.AsyncClient``)."""
    simulator = Simulator(state, **options)

    async def handler(request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return _response(
            simulator.handle(request.method, _target(request), dict(request.headers), body)
        )

    return httpx.MockTransport(handler)
