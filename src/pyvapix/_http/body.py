"""An answer's body as it streams in, bounded in size and in time, decoded layer by layer.

A device (or something pretending to be one) must not make a client hold an endless body,
wait on a trickle forever, or inflate a few compressed bytes into gigabytes. So the body is
read raw and its ``Content-Encoding`` layers (gzip, deflate; at most ``MAX_ENCODINGS``) are
undone here, never more than ``CHUNK`` bytes of output at a time, each layer's output
counted against the limit as it is produced; the deadline is checked after every piece.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import Protocol

from .._errors import DecodeError, VapixTimeoutError

CHUNK = 64 * 1024  # bytes of output per decompression step
MAX_ENCODINGS = 2  # content codings applied on top of each other that we undo
ACCEPT_ENCODING = "gzip, deflate"  # what we ask for: exactly what we can bound


class Sink(Protocol):
    """Where the pieces of a streamed body go (a download's file)."""

    def write(self, piece: bytes) -> None: ...


class _Layer:
    """One content coding, undone in bounded steps."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._inflater: zlib._Decompress | None = None
        if coding == "gzip":
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _start(self, data: bytes) -> zlib._Decompress:
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: a zlib
        # stream starts with a header whose first two bytes are a multiple of 31.
        wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        if self._inflater is None:
            self._inflater = self._start(data)
        inflater = self._inflater
        try:
            piece = inflater.decompress(data, CHUNK)
            yield piece
            while inflater.unconsumed_tail:
                yield inflater.decompress(inflater.unconsumed_tail, CHUNK)
        except zlib.error as exc:
            raise DecodeError(f"the answer's {self.coding} content is corrupt: {exc}") from None

    def end(self) -> Iterator[bytes]:
        """What is left once the raw body ended; refuses a truncated or padded stream."""
        inflater = self._inflater
        if inflater is None:
            return
        yield inflater.flush()
        if not inflater.eof:
            raise DecodeError(f"the answer's {self.coding} content is truncated")
        if inflater.unused_data.strip(b"\0"):
            raise DecodeError(f"the answer has data after its {self.coding} content")


def codings(content_encoding: str) -> list[str]:
    """The content codings to undo, outermost first; refused when unknown or too many."""
    applied = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    applied = [c for c in applied if c != "identity"]
    for coding in applied:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise DecodeError(f"the answer uses the content coding {coding!r}, not asked for")
    if len(applied) > MAX_ENCODINGS:
        raise DecodeError(
            f"the answer applies {len(applied)} content codings; at most {MAX_ENCODINGS} are read"
        )
    return ["gzip" if c == "x-gzip" else c for c in reversed(applied)]


class BodyLimits:
    """Refuses a body past ``limit`` decoded bytes (any layer) or past ``deadline``
    (``time.monotonic()``), whichever comes first. The deadline is also kept by the
    transport's network streams (see deadline.py); this covers transports given by the
    caller and answers that trickle in."""

    __slots__ = ("deadline", "limit", "seconds", "what")

    def __init__(self, limit: int, deadline: float, seconds: float, what: str) -> None:
        self.limit, self.deadline, self.seconds, self.what = limit, deadline, seconds, what

    def too_large(self, detail: str) -> DecodeError:
        return DecodeError(f"the answer {detail}, over {self.what}={self.limit}; not read further")

    def check_declared(self, content_length: str | None, coded: bool) -> None:
        declared = (content_length or "").strip()
        if not coded and declared.isdigit() and int(declared) > self.limit:
            raise self.too_large(f"announces {declared} bytes")

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise VapixTimeoutError(f"the answer took longer than {self.seconds:g} s to arrive")


class Decoder:
    """Raw chunks in, decoded pieces out, every step bounded."""

    def __init__(self, headers: Mapping[str, str], limits: BodyLimits) -> None:
        self._layers = [_Layer(c) for c in codings(headers.get("content-encoding", ""))]
        self._limits = limits
        limits.check_declared(headers.get("content-length"), coded=bool(self._layers))
        self._sizes = [0] * (len(self._layers) + 1)  # output so far: raw, then each layer
        self.size = 0  # decoded bytes so far

    def _count(self, level: int, piece: bytes) -> None:
        self._sizes[level] += len(piece)
        if self._sizes[level] > self._limits.limit:
            raise self._limits.too_large(f"exceeds {self._limits.limit} bytes")

    def _through(self, level: int, pieces: Iterable[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            if not piece:
                continue
            self._count(level, piece)
            if level == len(self._layers):
                self.size += len(piece)
                yield piece
            else:
                yield from self._through(level + 1, self._layers[level].feed(piece))

    def feed(self, raw: bytes) -> Iterator[bytes]:
        yield from self._through(0, (raw,))
        self._limits.check_time()

    def end(self) -> Iterator[bytes]:
        for level, layer in enumerate(self._layers):
            yield from self._through(level + 1, layer.end())


def read(raw: Iterable[bytes], headers: Mapping[str, str], limits: BodyLimits) -> bytes:
    """The whole decoded body of a raw byte stream."""
    decoder = Decoder(headers, limits)
    pieces = [piece for chunk in raw for piece in decoder.feed(chunk)]
    pieces.extend(decoder.end())
    return b"".join(pieces)


async def aread(
    raw: AsyncIterator[bytes], headers: Mapping[str, str], limits: BodyLimits
) -> bytes:
    """:func:`read` for asyncio."""
    decoder = Decoder(headers, limits)
    pieces = [piece async for chunk in raw for piece in decoder.feed(chunk)]
    pieces.extend(decoder.end())
    return b"".join(pieces)


def stream(
    raw: Iterable[bytes], headers: Mapping[str, str], limits: BodyLimits, sink: Sink
) -> int:
    """Write the decoded body into ``sink`` piece by piece; returns its size."""
    decoder = Decoder(headers, limits)
    for chunk in raw:
        for piece in decoder.feed(chunk):
            sink.write(piece)
    for piece in decoder.end():
        sink.write(piece)
    return decoder.size


async def astream(
    raw: AsyncIterator[bytes], headers: Mapping[str, str], limits: BodyLimits, sink: Sink
) -> int:
    """:func:`stream` for asyncio."""
    decoder = Decoder(headers, limits)
    async for chunk in raw:
        for piece in decoder.feed(chunk):
            sink.write(piece)
    for piece in decoder.end():
        sink.write(piece)
    return decoder.size
