"""An answer's body as it streams in, bounded in size and in time.

Shared by the PACS exchange and the CGI calls: a device (or something pretending to be one)
must not make a client hold an endless body or wait on a trickle forever."""

from __future__ import annotations

import time

import httpx

from .._errors import DecodeError, VapixTimeoutError

# Put in place of a response's stream once it is read and closed: httpx keeps a Response
# and its stream in a reference cycle, which would keep each answer's buffers (a whole page,
# for in-memory transports) alive until a full garbage collection.
_DRAINED = httpx.ByteStream(b"")


class BoundedBody:
    """Refused past ``limit`` bytes (decoded) or past ``deadline`` (``time.monotonic()``),
    whichever comes first. The deadline is also kept by the transport's network streams
    (see deadline.py); this covers transports given by the caller."""

    __slots__ = ("chunks", "deadline", "limit", "operation", "protocol", "seconds", "size")

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        deadline: float,
        seconds: float,
        operation: str,
        protocol: str,
    ) -> None:
        self.limit, self.deadline, self.seconds = limit, deadline, seconds
        self.operation, self.protocol = operation, protocol
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(f"announces {declared} bytes")

    def _too_large(self, what: str) -> DecodeError:
        return DecodeError(
            f"the answer {what}, over max_response_bytes={self.limit}; not read further",
            operation=self.operation,
            protocol=self.protocol,
        )

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large(f"exceeds {self.limit} bytes")
        self.chunks.append(chunk)
        if time.monotonic() > self.deadline:
            raise VapixTimeoutError(
                f"the answer took longer than {self.seconds:g} s to arrive",
                operation=self.operation,
                protocol=self.protocol,
            )

    def read(self, response: httpx.Response) -> bytes:
        """Read the whole (bounded) answer; the response is closed afterwards."""
        for chunk in response.iter_bytes():
            self.add(chunk)
        response.stream = _DRAINED
        return b"".join(self.chunks)

    async def aread(self, response: httpx.Response) -> bytes:
        """:meth:`read` for asyncio."""
        async for chunk in response.aiter_bytes():
            self.add(chunk)
        response.stream = _DRAINED
        return b"".join(self.chunks)
