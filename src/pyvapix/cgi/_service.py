"""Base classes of the generated CGI clients (``client.cgi``).

They reach the device through a narrow interface (:class:`CgiCaller`): the pyvapix client
runs each operation through its call engine, with the same retries, deadlines, size bounds
and errors as every other call. Reads (``safe`` operations) are retried on transport
trouble and 502/503/504; writes and downloads only when the request provably never left.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any

from ._codec import lookup
from ._download import Destination, Progress
from ._operation import CgiOperation
from ._results import Download


class CgiCaller(typing.Protocol):
    """What the CGI clients need of a synchronous pyvapix client."""

    def call_cgi(
        self, op: CgiOperation, args: Mapping[str, Any], *, timeout: float | None
    ) -> Any: ...

    def download_cgi(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        *,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download: ...


class AsyncCgiCaller(typing.Protocol):
    """What the CGI clients need of an asyncio pyvapix client."""

    async def call_cgi(
        self, op: CgiOperation, args: Mapping[str, Any], *, timeout: float | None
    ) -> Any: ...

    async def download_cgi(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        *,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download: ...


def _operation(name: str, *, download: bool) -> CgiOperation:
    op = lookup(name)
    if op.is_download != download:
        hint = "download(op, dest, args)" if op.is_download else "call(op, args)"
        raise ValueError(
            f"{op.qualified_name} is {'a' if op.is_download else 'not a'} download: use {hint}"
        )
    return op


class CgiService:
    """The CGI operations of a :class:`~pyvapix.Client` (``client.cgi``)."""

    def __init__(self, client: CgiCaller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def call(
        self, op: str, args: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Any:
        """Call an operation by name (``"cgi:param_list"``) with the keyword arguments of its
        method as a mapping; returns the same result. Downloads go through :meth:`download`."""
        return self._call(_operation(op, download=False), dict(args or {}), timeout)

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
        return self._client.call_cgi(op, args, timeout=timeout)

    def _download(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download:
        return self._client.download_cgi(op, args, dest, progress=progress, timeout=timeout)


class AsyncCgiService:
    """The CGI operations of an :class:`~pyvapix.AsyncClient` (``client.cgi``)."""

    def __init__(self, client: AsyncCgiCaller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def call(
        self, op: str, args: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Any:
        """Call an operation by name; see :meth:`CgiService.call`."""
        return await self._call(_operation(op, download=False), dict(args or {}), timeout)

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
        return await self._client.call_cgi(op, args, timeout=timeout)

    async def _download(
        self,
        op: CgiOperation,
        args: Mapping[str, Any],
        dest: Destination,
        progress: Progress | None,
        timeout: float | None,
    ) -> Download:
        return await self._client.download_cgi(op, args, dest, progress=progress, timeout=timeout)
