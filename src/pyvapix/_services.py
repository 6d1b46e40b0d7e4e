"""Base classes of the generated service clients, and the request builder they use.

A service reaches its device through a narrow interface (:class:`Caller`): the client
that made it, but nothing of its insides."""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar, Literal, TypeVar

from ._codec.layout import layout_of
from ._errors import EncodeError

Protocol = Literal["json", "soap", "auto"]
T = TypeVar("T")


class Caller(typing.Protocol):
    """What a synchronous service needs of its client."""

    def invoke(
        self, op: str, request: Any, *, protocol: str | None, timeout: float | None
    ) -> Any: ...

    def iterate(
        self, op: str, request: Any, *, protocol: str | None, timeout: float | None
    ) -> Iterator[Any]: ...


class AsyncCaller(typing.Protocol):
    """What an asyncio service needs of its client."""

    async def invoke(
        self, op: str, request: Any, *, protocol: str | None, timeout: float | None
    ) -> Any: ...

    def iterate(
        self, op: str, request: Any, *, protocol: str | None, timeout: float | None
    ) -> AsyncIterator[Any]: ...


def build(cls: type[T], **values: Any) -> T:
    """A request model from method arguments: None means "not given", and a single item is
    accepted where the schema has a list."""
    kwargs = {}
    for field in layout_of(cls).fields:
        value = values.get(field.name)
        if value is None:
            continue
        if field.is_list and not isinstance(value, list):
            value = list(value) if isinstance(value, tuple) else [value]
        kwargs[field.name] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise EncodeError(f"{cls.__name__}: {exc}") from None


class Service:
    """One service's operations on a :class:`~pyvapix.Client`."""

    prefix: ClassVar[str]

    def __init__(self, client: Caller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.prefix} of {self._client!r}>"

    def _call(
        self,
        op: str,
        request: Any,
        response_type: type[T],
        protocol: Protocol | None,
        timeout: float | None,
    ) -> T:
        result = self._client.invoke(op, request, protocol=protocol, timeout=timeout)
        assert isinstance(result, response_type)
        return result

    def _pages(
        self,
        op: str,
        request: Any,
        response_type: type[Any],
        protocol: Protocol | None,
        timeout: float | None,
    ) -> Iterator[Any]:
        return self._client.iterate(op, request, protocol=protocol, timeout=timeout)


class AsyncService:
    """One service's operations on an :class:`~pyvapix.AsyncClient`."""

    prefix: ClassVar[str]

    def __init__(self, client: AsyncCaller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.prefix} of {self._client!r}>"

    async def _call(
        self,
        op: str,
        request: Any,
        response_type: type[T],
        protocol: Protocol | None,
        timeout: float | None,
    ) -> T:
        result = await self._client.invoke(op, request, protocol=protocol, timeout=timeout)
        assert isinstance(result, response_type)
        return result

    def _pages(
        self,
        op: str,
        request: Any,
        response_type: type[Any],
        protocol: Protocol | None,
        timeout: float | None,
    ) -> AsyncIterator[Any]:
        return self._client.iterate(op, request, protocol=protocol, timeout=timeout)
