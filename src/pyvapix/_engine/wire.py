"""What a call sends and what it gets back, as plain values passed between the plan and a
driver."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class Sink(Protocol):
    """Where a download's body goes, piece by piece (a ``.part`` file or the caller's file)."""

    def write(self, piece: bytes) -> None: ...

    def finish(self, headers: Mapping[str, str]) -> Any: ...

    def abort(self) -> None: ...


# Opens the sink of a successful download, given the answer's headers.
SinkFactory = Callable[[Mapping[str, str]], Sink]


@dataclass(frozen=True, slots=True, repr=False)
class Request:
    """One HTTP request, final before authentication signs it: ``target`` is the path
    relative to the device's base URL with its query already percent-encoded.
    ``description`` is how logs show it (secrets masked)."""

    method: str
    target: str
    headers: Mapping[str, str]
    content: bytes | None = None
    files: Mapping[str, tuple[str, bytes, str]] | None = None
    description: str = ""

    @property
    def path(self) -> str:
        """The target without its query (errors show this: a query may carry values)."""
        return self.target.split("?", 1)[0]

    def __repr__(self) -> str:
        return f"<Request {self.description or self.method + ' ' + self.path}>"


@dataclass(frozen=True, slots=True)
class Answer:
    """A complete answer: status, the headers the interpretation needs, the decoded body.
    A successful download's body went to its sink; ``download`` is the sink's result."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    download: Any = None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True, slots=True)
class Failure:
    """An attempt that ended without a complete answer: the exception httpx (or a bound on
    the body, or authentication) raised. :mod:`.failures` says what it means."""

    exception: BaseException
