"""The two loops that carry out a call's plan: one for threads, one for asyncio. They only
send, read a bounded body, and sleep; every decision is the plan's (plan.py)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from .._errors import VapixError
from .._http import body, deadline
from .plan import CallPlan, Done, Send, Step, Wait
from .wire import Answer, Failure

log = logging.getLogger("pyvapix")
# Put in place of a response's stream once it is read: httpx keeps a Response and its stream
# in a reference cycle, which would keep each answer's buffers alive until a full garbage
# collection.
_DRAINED = httpx.ByteStream(b"")


def _options(send: Send) -> dict[str, Any]:
    request = send.request
    timeout = httpx.Timeout(send.timeout, read=send.seconds)
    options: dict[str, Any] = {"headers": dict(request.headers), "timeout": timeout}
    if request.content is not None:
        options["content"] = request.content
    if request.files:
        options["files"] = dict(request.files)
    return options


def _limits(send: Send, end: float, download: bool) -> body.BodyLimits:
    if download:
        return body.BodyLimits(send.max_download_bytes, end, send.seconds, "max_download_bytes")
    return body.BodyLimits(send.max_response_bytes, end, send.seconds, "max_response_bytes")


def _raw(response: httpx.Response) -> tuple[Iterator[bytes], Mapping[str, str]]:
    """The raw body and the headers that say how to decode it. A response built in memory
    (a test transport) was read and decoded when it was made: its content is taken as is."""
    if response.is_stream_consumed:
        return iter((response.content,)), {}
    return response.iter_raw(), response.headers


async def _araw(response: httpx.Response) -> tuple[AsyncIterator[bytes], Mapping[str, str]]:
    if response.is_stream_consumed:

        async def content() -> AsyncIterator[bytes]:
            yield response.content

        return content(), {}
    return response.aiter_raw(), response.headers


def _finished(step: Step) -> Any:
    if isinstance(step, Done):
        return step.value
    assert not isinstance(step, (Send, Wait))
    raise step.error


class SyncDriver:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def run(self, plan: CallPlan) -> Any:
        step = plan.start(time.monotonic())
        while isinstance(step, (Send, Wait)):
            if isinstance(step, Send):
                step = plan.handle(self._attempt(step), time.monotonic())
            else:
                time.sleep(step.seconds)
                step = plan.resume()
        return _finished(step)

    def _attempt(self, send: Send) -> Answer | Failure:
        request = send.request
        log.debug("%r", request)
        try:
            with (
                deadline.within(send.seconds) as end,
                self.http.stream(request.method, request.target, **_options(send)) as response,
            ):
                headers = response.headers
                raw, coding = _raw(response)
                if send.sink is not None and response.is_success:
                    sink = send.sink(headers)
                    try:
                        body.stream(raw, coding, _limits(send, end, True), sink)
                    except BaseException:
                        sink.abort()
                        raise
                    return Answer(response.status_code, headers, download=sink.finish(headers))
                content = body.read(raw, coding, _limits(send, end, False))
                response.stream = _DRAINED
                return Answer(response.status_code, headers, content)
        except (httpx.HTTPError, VapixError) as exc:
            return Failure(exc)


class AsyncDriver:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def run(self, plan: CallPlan) -> Any:
        step = plan.start(time.monotonic())
        while isinstance(step, (Send, Wait)):
            if isinstance(step, Send):
                step = plan.handle(await self._attempt(step), time.monotonic())
            else:
                await asyncio.sleep(step.seconds)
                step = plan.resume()
        return _finished(step)

    async def _attempt(self, send: Send) -> Answer | Failure:
        request = send.request
        log.debug("%r", request)
        try:
            with deadline.within(send.seconds) as end:
                async with self.http.stream(
                    request.method, request.target, **_options(send)
                ) as response:
                    headers = response.headers
                    raw, coding = await _araw(response)
                    if send.sink is not None and response.is_success:
                        sink = send.sink(headers)
                        limits = _limits(send, end, True)
                        try:
                            await body.astream(raw, coding, limits, sink)
                        except BaseException:
                            sink.abort()
                            raise
                        download = sink.finish(headers)
                        return Answer(response.status_code, headers, download=download)
                    content = await body.aread(raw, coding, _limits(send, end, False))
                    response.stream = _DRAINED
                    return Answer(response.status_code, headers, content)
        except (httpx.HTTPError, VapixError) as exc:
            return Failure(exc)
