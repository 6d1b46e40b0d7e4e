"""``Client`` and ``AsyncClient``: one device, every service, JSON or SOAP.

Both share configuration and the sans-IO exchange (exchange.py); they differ only in how
bytes are sent. Services are reached as attributes named by prefix (``client.tdc``) and
imported on first use.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import exchange, paging
from .auth import AnyAuth
from .codec.plain import from_plain
from .codec.spec import FieldError, is_model
from .errors import EncodeError, TransportError, VapixError, VapixTimeoutError
from .generated.accessors import AsyncServiceAccessors, ServiceAccessors
from .operations import Catalogue, Operation, default_catalogue
from .service import AsyncService, Protocol, Service

if TYPE_CHECKING:
    from .generated.cgi.client import AsyncCgiClient, CgiClient

DEFAULT_TIMEOUT = 10.0
RETRY_BACKOFF = 0.2  # seconds, doubled per attempt
# Put in place of a response's stream once its body is read: httpx keeps Response and its
# stream in a reference cycle, so otherwise every page of a paging loop lives until a full
# garbage collection (about 16 pages of bytes instead of one).
_DRAINED = httpx.ByteStream(b"")


class _Core:
    """What the sync and async clients share: configuration, catalogue, protocol state."""

    def __init__(
        self,
        base_url: str,
        username: str | None,
        password: str | None,
        *,
        protocol: str | None,
        timeout: float,
        verify: bool | str | ssl.SSLContext,
        allow_basic_over_http: bool,
        retries: int,
        generated: str | None,
    ) -> None:
        parts = urlsplit(base_url if "://" in base_url else f"http://{base_url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be http(s)://host[:port], not {base_url!r}")
        if parts.username and username is None:
            username, password = parts.username, parts.password or ""
        netloc = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
        if ":" in parts.hostname:
            netloc = f"[{parts.hostname}]" + (f":{parts.port}" if parts.port else "")
        self.base_url = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
        self.protocol = exchange.protocol_from(protocol)
        self.timeout = timeout
        self.retries = retries
        self.catalogue: Catalogue = Catalogue(generated) if generated else default_catalogue()
        self._auth = (
            AnyAuth(username, password or "", allow_basic_over_http=allow_basic_over_http)
            if username is not None
            else None
        )
        self._verify = verify
        self._json_refused: set[str] = set()
        self._services: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.base_url} protocol={self.protocol}>"

    def _operation(self, op: str | Operation) -> Operation:
        return self.catalogue.operation(op) if isinstance(op, str) else op

    def _request_model(self, operation: Operation, args: Any) -> Any:
        if is_model(args):
            return args
        if args is not None and not isinstance(args, Mapping):
            raise EncodeError(
                f"arguments must be a mapping or a {operation.spec.request} model",
                operation=operation.qualified_name,
            )
        try:
            return from_plain(operation.request_type, dict(args or {}), strict=True)
        except FieldError as exc:
            raise EncodeError(str(exc), operation=operation.qualified_name) from None

    def _plan(self, operation: Operation, protocol: str | None) -> list[str]:
        requested = exchange.protocol_from(protocol) if protocol else self.protocol
        return exchange.attempts(operation, requested, self._json_refused)

    def _retry(self, error: TransportError, operation: Operation, attempt: int) -> bool:
        """Reads are retried on transport trouble and 502/503/504; writes and door commands
        only when the request provably never reached the device."""
        if attempt >= self.retries:
            return False
        if not error.request_sent:
            return True
        return operation.spec.safe and error.status_code in (None, 502, 503, 504)

    def _timeout(self, timeout: float | None) -> float:
        return self.timeout if timeout is None else timeout

    @staticmethod
    def _transport_error(
        exc: httpx.HTTPError, operation: Operation, protocol: str
    ) -> TransportError:
        name = operation.qualified_name
        if isinstance(exc, httpx.TimeoutException):
            return VapixTimeoutError(
                f"no answer in time ({type(exc).__name__})",
                operation=name,
                protocol=protocol,
                request_sent=not isinstance(exc, httpx.ConnectTimeout),
            )
        sent = not isinstance(exc, (httpx.ConnectError, httpx.UnsupportedProtocol))
        detail = "could not connect" if not sent else "the connection failed after sending"
        return TransportError(
            f"{detail}: {type(exc).__name__}: {exc}",
            operation=name,
            protocol=protocol,
            request_sent=sent,
        )

    def _service_class(self, prefix: str, asynchronous: bool) -> type[Any]:
        import importlib

        spec = self.catalogue.services.get(prefix)
        if spec is None:
            raise AttributeError(
                f"no service with prefix {prefix!r} "
                f"(known: {', '.join(sorted(self.catalogue.services))})"
            )
        module = importlib.import_module(f"{self.catalogue.package}.{spec.module}")
        return getattr(module, spec.async_class if asynchronous else spec.sync_class)  # type: ignore[no-any-return]


class Client(_Core, ServiceAccessors):
    """A synchronous client for one device.

    ``protocol`` is ``"json"``, ``"soap"`` or ``"auto"`` (JSON, falling back to SOAP when
    the device does not serve JSON for a service); default from ``PYVAPIX_PROTOCOL``, else
    ``"auto"``. Every call can override it with ``protocol=``.
    """

    def __init__(
        self,
        base_url: str,
        username: str | None = None,
        password: str | None = None,
        *,
        protocol: Protocol | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        verify: bool | str | ssl.SSLContext = True,
        allow_basic_over_http: bool = False,
        retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        generated: str | None = None,
    ) -> None:
        super().__init__(
            base_url,
            username,
            password,
            protocol=protocol,
            timeout=timeout,
            verify=verify,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            verify=verify,
            timeout=timeout,
            transport=transport,
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def service(self, prefix: str) -> Service:
        """The client of one service, by prefix (also reachable as ``client.<prefix>``)."""
        if prefix not in self._services:
            self._services[prefix] = self._service_class(prefix, asynchronous=False)(self)
        return self._services[prefix]  # type: ignore[no-any-return]

    @property
    def cgi(self) -> CgiClient:
        """The classic VAPIX CGIs (param.cgi, ptz.cgi, pwdgrp.cgi, JSON APIs ...), e.g.
        ``client.cgi.param_list(group="Brand")``; imported on first use."""
        if "cgi" not in self._services:
            from .generated.cgi.client import CgiClient

            self._services["cgi"] = CgiClient(self)
        service: CgiClient = self._services["cgi"]
        return service

    def call(
        self,
        op: str,
        args: Mapping[str, Any] | Any = None,
        *,
        protocol: Protocol | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Call any operation by name, e.g. ``call("pacsaxis:GetAccessPointList", {"Limit": 10})``.

        ``args`` is the request model or its JSON-mapping form; returns the response model.
        ``cgi:<name>`` operations take their method's keyword arguments as the mapping."""
        if op.startswith("cgi:"):
            return self.cgi.call(op, args, timeout=timeout)
        operation = self._operation(op)
        return self.invoke(
            operation, self._request_model(operation, args), protocol=protocol, timeout=timeout
        )

    def invoke(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> Any:
        operation = self._operation(op)
        order = self._plan(operation, protocol)
        for index, chosen in enumerate(order):
            try:
                return self._exchange(operation, request, chosen, timeout)
            except VapixError as error:
                if index + 1 < len(order) and exchange.fallback_allowed(error):
                    self._json_refused.add(operation.service.json_endpoint or "")
                    continue
                raise
        raise AssertionError("no protocol attempted")  # attempts() never returns []

    def _exchange(
        self, operation: Operation, request: Any, protocol: str, timeout: float | None
    ) -> Any:
        prepared = exchange.prepare(operation, request, protocol)
        attempt = 0
        while True:
            try:
                try:
                    response = self._http.post(
                        prepared.path,
                        content=prepared.content,
                        headers=prepared.headers,
                        timeout=self._timeout(timeout),
                    )
                except httpx.HTTPError as exc:
                    raise self._transport_error(exc, operation, protocol) from None
                content = response.content
                response.stream = _DRAINED
                return exchange.interpret(
                    operation,
                    protocol,
                    response.status_code,
                    content,
                    response.headers.get("content-type", ""),
                )
            except TransportError as error:
                if not self._retry(error, operation, attempt):
                    raise
            time.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    def iterate(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Items of a paging operation, one page in memory at a time."""
        operation = self._operation(op)
        if operation.spec.paging is None:
            raise ValueError(f"{operation.qualified_name} does not page")
        pages = operation.spec.paging
        next_request: Any = request
        while next_request is not None:
            response = self.invoke(operation, next_request, protocol=protocol, timeout=timeout)
            yield from paging.items(pages, response)
            next_request = paging.next_request(pages, next_request, response)


class AsyncClient(_Core, AsyncServiceAccessors):
    """The asyncio twin of :class:`Client`, with the same arguments."""

    def __init__(
        self,
        base_url: str,
        username: str | None = None,
        password: str | None = None,
        *,
        protocol: Protocol | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        verify: bool | str | ssl.SSLContext = True,
        allow_basic_over_http: bool = False,
        retries: int = 2,
        transport: httpx.AsyncBaseTransport | None = None,
        generated: str | None = None,
        max_connections: int = 10,
    ) -> None:
        super().__init__(
            base_url,
            username,
            password,
            protocol=protocol,
            timeout=timeout,
            verify=verify,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            verify=verify,
            timeout=timeout,
            transport=transport,
            limits=httpx.Limits(max_connections=max_connections),
        )

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def service(self, prefix: str) -> AsyncService:
        if prefix not in self._services:
            self._services[prefix] = self._service_class(prefix, asynchronous=True)(self)
        return self._services[prefix]  # type: ignore[no-any-return]

    @property
    def cgi(self) -> AsyncCgiClient:
        """The classic VAPIX CGIs, for asyncio (see :attr:`Client.cgi`)."""
        if "cgi" not in self._services:
            from .generated.cgi.client import AsyncCgiClient

            self._services["cgi"] = AsyncCgiClient(self)
        service: AsyncCgiClient = self._services["cgi"]
        return service

    async def call(
        self,
        op: str,
        args: Mapping[str, Any] | Any = None,
        *,
        protocol: Protocol | None = None,
        timeout: float | None = None,
    ) -> Any:
        if op.startswith("cgi:"):
            return await self.cgi.call(op, args, timeout=timeout)
        operation = self._operation(op)
        return await self.invoke(
            operation, self._request_model(operation, args), protocol=protocol, timeout=timeout
        )

    async def invoke(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> Any:
        operation = self._operation(op)
        order = self._plan(operation, protocol)
        for index, chosen in enumerate(order):
            try:
                return await self._exchange(operation, request, chosen, timeout)
            except VapixError as error:
                if index + 1 < len(order) and exchange.fallback_allowed(error):
                    self._json_refused.add(operation.service.json_endpoint or "")
                    continue
                raise
        raise AssertionError("no protocol attempted")

    async def _exchange(
        self, operation: Operation, request: Any, protocol: str, timeout: float | None
    ) -> Any:
        prepared = exchange.prepare(operation, request, protocol)
        attempt = 0
        while True:
            try:
                try:
                    response = await self._http.post(
                        prepared.path,
                        content=prepared.content,
                        headers=prepared.headers,
                        timeout=self._timeout(timeout),
                    )
                except httpx.HTTPError as exc:
                    raise self._transport_error(exc, operation, protocol) from None
                content = response.content
                response.stream = _DRAINED
                return exchange.interpret(
                    operation,
                    protocol,
                    response.status_code,
                    content,
                    response.headers.get("content-type", ""),
                )
            except TransportError as error:
                if not self._retry(error, operation, attempt):
                    raise
            await asyncio.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    async def iterate(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Any]:
        operation = self._operation(op)
        if operation.spec.paging is None:
            raise ValueError(f"{operation.qualified_name} does not page")
        pages = operation.spec.paging
        next_request: Any = request
        while next_request is not None:
            response = await self.invoke(
                operation, next_request, protocol=protocol, timeout=timeout
            )
            for item in paging.items(pages, response):
                yield item
            next_request = paging.next_request(pages, next_request, response)
