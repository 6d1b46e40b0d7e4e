"""Base classes of the generated CGI clients: send a built request with the pyvapix
client's HTTP connection (its base URL, authentication and timeout), interpret the answer.

Reads (``safe`` operations) are retried on transport trouble and 502/503/504 like the other
services; writes only when the request provably never left.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import TransportError, VapixTimeoutError
from .._http import deadline
from .._http.body import BoundedBody
from ._codec import lookup
from ._download import Destination, DownloadSink, Progress, filename_from, total_from
from ._errors import PROTOCOL
from ._operation import CgiOperation
from ._request import CgiRequest, build_request
from ._response import interpret
from ._results import Download

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

log = logging.getLogger("pyvapix.cgi")
RETRY_BACKOFF = 0.2  # seconds, doubled per attempt
ERROR_BODY_LIMIT = 64 * 1024  # bytes of a failed download's body read for its error text


def _transport_error(exc: httpx.HTTPError, op: CgiOperation) -> TransportError:
    name = op.qualified_name
    if isinstance(exc, httpx.TimeoutException):
        return VapixTimeoutError(
            f"no answer in time ({type(exc).__name__})",
            operation=name,
            protocol=PROTOCOL,
            request_sent=not isinstance(exc, httpx.ConnectTimeout),
        )
    sent = not isinstance(exc, (httpx.ConnectError, httpx.UnsupportedProtocol))
    detail = "could not connect" if not sent else "the connection failed after sending"
    return TransportError(
        f"{detail}: {type(exc).__name__}", operation=name, protocol=PROTOCOL, request_sent=sent
    )


def _operation(name: str, *, download: bool) -> CgiOperation:
    op = lookup(name)
    if op.is_download != download:
        hint = "download(op, dest, args)" if op.is_download else "call(op, args)"
        raise ValueError(
            f"{op.qualified_name} is {'a' if op.is_download else 'not a'} download: use {hint}"
        )
    return op


def _may_retry(error: TransportError, op: CgiOperation, attempt: int, retries: int) -> bool:
    if attempt >= retries:
        return False
    if not error.request_sent:
        return True
    return op.safe and error.status_code in (None, 502, 503, 504)


def _timeout(op: CgiOperation, args: Mapping[str, Any], seconds: float) -> httpx.Timeout:
    """The client's timeout, with the read timeout extended by an operation that holds the
    answer back for a given time (a network trace of ``duration`` seconds)."""
    extra = args.get(op.timeout_param) if op.timeout_param else None
    if isinstance(extra, (int, float)) and not isinstance(extra, bool) and extra > 0:
        return httpx.Timeout(seconds, read=seconds + float(extra))
    return httpx.Timeout(seconds)


def _send_kwargs(request: CgiRequest, timeout: httpx.Timeout) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"headers": request.headers, "timeout": timeout}
    if request.content is not None:
        kwargs["content"] = request.content
    if request.files:
        kwargs["files"] = request.files
    return kwargs


def _start_download(
    op: CgiOperation, response: httpx.Response, dest: Destination, progress: Progress | None
) -> DownloadSink:
    return DownloadSink(
        dest,
        default_name=op.response.filename or f"{op.name}.bin",
        proposed_name=filename_from(response.headers.get("content-disposition", "")),
        total=total_from(response.headers.get("content-length")),
        progress=progress,
    )


def _finish_download(sink: DownloadSink, response: httpx.Response) -> Download:
    return sink.finish(
        content_type=response.headers.get("content-type", ""),
        filename=filename_from(response.headers.get("content-disposition", "")),
    )


class CgiService:
    """The CGI operations of a :class:`~pyvapix.Client` (``client.cgi``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def call(
        self, op: str, args: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Any:
        """Call an operation by name (``"cgi:param_list"``) with the keyword arguments of its
        method as a mapping; returns the same result. Downloads go through :meth:`download`."""
        operation = _operation(op, download=False)
        return self._call(operation, dict(args or {}), timeout)

    def download(
        self,
        op: str,
        dest: Destination,
        args: Mapping[str, Any] | None = None,
        *,
        progress: Progress | None = None,
        timeout: float | None = None,
    ) -> Download:
        """Stream the answer of a download operation (``"cgi:server_report"``) into ``dest``
        (a file path, a directory, or a binary file), calling ``progress(done, total)``."""
        operation = _operation(op, download=True)
        return self._download(operation, dict(args or {}), dest, progress, timeout)

    def _call(self, op: CgiOperation, args: Mapping[str, Any], timeout: float | None) -> Any:
        request = build_request(op, args)
        limit = _timeout(op, args, self._client._timeout(timeout))
        attempt = 0
        while True:
            log.debug("%s %s", op.qualified_name, request.describe())
            try:
                try:
                    seconds = self._client._timeout(timeout)
                    with (
                        deadline.within(seconds) as end,
                        self._client._http.stream(
                            request.method, request.target, **_send_kwargs(request, limit)
                        ) as response,
                    ):
                        content = BoundedBody(
                            response,
                            self._client.max_response_bytes,
                            end,
                            seconds,
                            op.qualified_name,
                            PROTOCOL,
                        ).read(response)
                except httpx.HTTPError as exc:
                    raise _transport_error(exc, op) from None
                return interpret(
                    op,
                    response.status_code,
                    content,
                    response.headers.get("content-type", ""),
                )
            except TransportError as error:
                if not _may_retry(error, op, attempt, self._client.retries):
                    raise
            time.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    def _download(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download:
        """Stream the answer of ``op`` into ``dest``; only one chunk is in memory at a time."""
        request = build_request(op, args)
        limit = _timeout(op, args, self._client._timeout(timeout))
        log.debug("%s %s -> %s", op.qualified_name, request.describe(), dest)
        try:
            with self._client._http.stream(
                request.method, request.target, **_send_kwargs(request, limit)
            ) as response:
                if not 200 <= response.status_code < 300:
                    body = b""
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) >= ERROR_BODY_LIMIT:
                            break
                    interpret(
                        op, response.status_code, body, response.headers.get("content-type", "")
                    )
                sink = _start_download(op, response, dest, progress)
                try:
                    for chunk in response.iter_bytes():
                        sink.write(chunk)
                except BaseException:
                    sink.abort()
                    raise
                return _finish_download(sink, response)
        except httpx.HTTPError as exc:
            raise _transport_error(exc, op) from None


class AsyncCgiService:
    """The CGI operations of an :class:`~pyvapix.AsyncClient` (``client.cgi``)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def call(
        self, op: str, args: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Any:
        """Call an operation by name; see :meth:`CgiService.call`."""
        operation = _operation(op, download=False)
        return await self._call(operation, dict(args or {}), timeout)

    async def download(
        self,
        op: str,
        dest: Destination,
        args: Mapping[str, Any] | None = None,
        *,
        progress: Progress | None = None,
        timeout: float | None = None,
    ) -> Download:
        """Stream a download operation into ``dest``; see :meth:`CgiService.download`."""
        operation = _operation(op, download=True)
        return await self._download(operation, dict(args or {}), dest, progress, timeout)

    async def _call(self, op: CgiOperation, args: Mapping[str, Any], timeout: float | None) -> Any:
        request = build_request(op, args)
        limit = _timeout(op, args, self._client._timeout(timeout))
        attempt = 0
        while True:
            log.debug("%s %s", op.qualified_name, request.describe())
            try:
                try:
                    seconds = self._client._timeout(timeout)
                    with deadline.within(seconds) as end:
                        async with self._client._http.stream(
                            request.method, request.target, **_send_kwargs(request, limit)
                        ) as response:
                            content = await BoundedBody(
                                response,
                                self._client.max_response_bytes,
                                end,
                                seconds,
                                op.qualified_name,
                                PROTOCOL,
                            ).aread(response)
                except httpx.HTTPError as exc:
                    raise _transport_error(exc, op) from None
                return interpret(
                    op,
                    response.status_code,
                    content,
                    response.headers.get("content-type", ""),
                )
            except TransportError as error:
                if not _may_retry(error, op, attempt, self._client.retries):
                    raise
            await asyncio.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    async def _download(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download:
        request = build_request(op, args)
        limit = _timeout(op, args, self._client._timeout(timeout))
        log.debug("%s %s -> %s", op.qualified_name, request.describe(), dest)
        try:
            async with self._client._http.stream(
                request.method, request.target, **_send_kwargs(request, limit)
            ) as response:
                if not 200 <= response.status_code < 300:
                    body = b""
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) >= ERROR_BODY_LIMIT:
                            break
                    interpret(
                        op, response.status_code, body, response.headers.get("content-type", "")
                    )
                sink = _start_download(op, response, dest, progress)
                try:
                    async for chunk in response.aiter_bytes():
                        sink.write(chunk)
                except BaseException:
                    sink.abort()
                    raise
                return _finish_download(sink, response)
        except httpx.HTTPError as exc:
            raise _transport_error(exc, op) from None
