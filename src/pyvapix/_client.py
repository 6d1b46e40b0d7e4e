"""``Client`` and ``AsyncClient``: one device, every service, JSON or SOAP.

Both share configuration and the sans-IO exchange (exchange.py); they differ only in how
bytes are sent. Services are reached as attributes named by prefix (``client.tdc``) and
imported on first use.

Failure behaviour (README "Failure behaviour"): every attempt is bounded in time (``timeout``,
or ``long_poll_timeout`` for long-polling operations) and in size (``max_response_bytes``,
read as a stream and abandoned past the limit); reads are retried with backoff on connection
trouble and 502/503/504; writes only when the request provably never left.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import _exchange as exchange
from . import _paging as paging
from ._catalogue import Catalogue, Operation, default_catalogue
from ._codec.layout import FieldError, is_model
from ._codec.plain import from_plain
from ._errors import (
    CertificateError,
    EncodeError,
    ProtocolNotSupportedError,
    TransportError,
    VapixError,
    VapixTimeoutError,
)
from ._http import deadline, tls
from ._http.auth import AnyAuth
from ._http.body import BoundedBody
from ._services import AsyncService, Protocol, Service
from .generated.accessors import AsyncServiceAccessors, ServiceAccessors

if TYPE_CHECKING:
    from .generated.cgi.client import AsyncCgiClient, CgiClient

DEFAULT_TIMEOUT = 10.0  # seconds per attempt
DEFAULT_LONG_POLL_TIMEOUT = 70.0  # seconds per attempt of a long-polling operation
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
RETRY_BACKOFF = 0.2  # seconds, doubled per attempt
RETRY_STATUSES = (502, 503, 504)  # answers after which a read is tried again
# Errors after which httpx provably sent nothing (the connection never stood).
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)


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
        long_poll_timeout: float,
        max_response_bytes: int,
        verify: bool | str | ssl.SSLContext,
        pin_sha256: str | Iterable[str] | None,
        allow_basic_over_http: bool,
        retries: int,
        generated: str | None,
    ) -> None:
        if timeout <= 0 or long_poll_timeout <= 0:
            raise ValueError("timeouts must be positive numbers of seconds")
        if max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be positive")
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
        self.long_poll_timeout = long_poll_timeout
        self.max_response_bytes = max_response_bytes
        self.retries = retries
        self.catalogue: Catalogue = Catalogue(generated) if generated else default_catalogue()
        self._auth = (
            AnyAuth(username, password or "", allow_basic_over_http=allow_basic_over_http)
            if username is not None
            else None
        )
        self._verify = tls.verify_setting(verify, pin_sha256)
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
                f"arguments must be a mapping or a {operation.info.request} model",
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
        only when the request provably never reached the device. A refused certificate is
        never retried."""
        if attempt >= self.retries or isinstance(error, CertificateError):
            return False
        if not error.request_sent:
            return True
        return operation.info.safe and error.status_code in (None, *RETRY_STATUSES)

    @staticmethod
    def _give_up(error: TransportError, operation: Operation, attempt: int) -> None:
        """Say in the error how often the request went out and, for a write that may have
        arrived, that it was not repeated: the caller decides."""
        error.attempts = attempt + 1
        if (
            error.request_sent
            and not operation.info.safe
            and not isinstance(error, ProtocolNotSupportedError)
        ):
            note = (
                "not retried: the device may have executed it; check its state before repeating it"
            )
        elif attempt:
            note = f"after {attempt + 1} attempts"
        else:
            return
        error.message = f"{error.message} ({note})"
        error.args = (error.message,)

    def _timeout(self, timeout: float | None) -> float:
        return self.timeout if timeout is None else timeout

    def _timeout_for(self, operation: Operation, timeout: float | None) -> float:
        """The per-call ``timeout`` if given, else the long-poll or the ordinary one."""
        if timeout is not None:
            return timeout
        return self.long_poll_timeout if exchange.is_long_poll(operation) else self.timeout

    @staticmethod
    def _transport_error(
        exc: httpx.HTTPError, operation: Operation, protocol: str, seconds: float | None = None
    ) -> TransportError:
        name = operation.qualified_name
        sent = not isinstance(exc, _NOT_SENT)
        failure = tls.certificate_failure(exc) if isinstance(exc, httpx.ConnectError) else None
        if failure is not None:
            return CertificateError(
                f"the device's TLS certificate was refused: {failure}",
                operation=name,
                protocol=protocol,
                request_sent=False,
            )
        if isinstance(exc, httpx.TimeoutException):
            within = f" within {seconds:g} s" if seconds is not None else " in time"
            return VapixTimeoutError(
                f"no answer{within} ({type(exc).__name__})",
                operation=name,
                protocol=protocol,
                request_sent=sent,
            )
        detail = "could not connect" if not sent else "the connection failed after sending"
        return TransportError(
            f"{detail}: {type(exc).__name__}: {exc}",
            operation=name,
            protocol=protocol,
            request_sent=sent,
        )

    @staticmethod
    def _named(error: VapixError, operation: Operation, protocol: str) -> VapixError:
        """An error raised below the exchange (authentication) with the call's context."""
        error.operation = error.operation or operation.qualified_name
        error.protocol = error.protocol or protocol
        return error

    def _service_class(self, prefix: str, asynchronous: bool) -> type[Any]:
        import importlib

        info = self.catalogue.services.get(prefix)
        if info is None:
            raise AttributeError(
                f"no service with prefix {prefix!r} "
                f"(known: {', '.join(sorted(self.catalogue.services))})"
            )
        module = importlib.import_module(f"{self.catalogue.package}.{info.module}")
        return getattr(module, info.async_class if asynchronous else info.sync_class)  # type: ignore[no-any-return]


class Client(_Core, ServiceAccessors):
    """A synchronous client for one device.

    ``protocol`` is ``"json"``, ``"soap"`` or ``"auto"`` (JSON, falling back to SOAP when
    the device does not serve JSON for a service); default from ``PYVAPIX_PROTOCOL``, else
    ``"auto"``. Every call can override it with ``protocol=``.

    ``timeout`` bounds each attempt as a whole (connect, TLS, authentication, the answer's
    last byte); calls override it with ``timeout=``. Long-polling operations
    (``exchange.LONG_POLL``) get ``long_poll_timeout`` instead. Answers larger than
    ``max_response_bytes`` are abandoned. ``verify`` is True (the default CA bundle), a CA
    bundle path or an :class:`ssl.SSLContext`; ``pin_sha256`` (one fingerprint or several)
    trusts a self-signed certificate instead. Reads are retried ``retries`` times.
    """

    def __init__(
        self,
        base_url: str,
        username: str | None = None,
        password: str | None = None,
        *,
        protocol: Protocol | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        long_poll_timeout: float = DEFAULT_LONG_POLL_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        verify: bool | str | ssl.SSLContext = True,
        pin_sha256: str | Iterable[str] | None = None,
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
            long_poll_timeout=long_poll_timeout,
            max_response_bytes=max_response_bytes,
            verify=verify,
            pin_sha256=pin_sha256,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        if transport is None:
            transport = httpx.HTTPTransport(verify=self._verify)
            deadline.install(transport)
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            verify=self._verify,  # for the transports of proxies from the environment
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
        seconds = self._timeout_for(operation, timeout)
        attempt = 0
        while True:
            try:
                return self._attempt(operation, prepared, protocol, seconds)
            except TransportError as error:
                if not self._retry(error, operation, attempt):
                    self._give_up(error, operation, attempt)
                    raise
            time.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    def _attempt(
        self, operation: Operation, prepared: exchange.HttpRequest, protocol: str, seconds: float
    ) -> Any:
        """Send once; read the answer as a stream, bounded in size and time."""
        try:
            with (
                deadline.within(seconds) as end,
                self._http.stream(
                    "POST",
                    prepared.path,
                    content=prepared.content,
                    headers=prepared.headers,
                    timeout=seconds,
                ) as response,
            ):
                content = BoundedBody(
                    response,
                    self.max_response_bytes,
                    end,
                    seconds,
                    operation.qualified_name,
                    protocol,
                ).read(response)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, operation, protocol, seconds) from None
        except VapixError as error:
            raise self._named(error, operation, protocol) from None
        return exchange.interpret(
            operation,
            protocol,
            response.status_code,
            content,
            response.headers.get("content-type", ""),
        )

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
        if operation.info.paging is None:
            raise ValueError(f"{operation.qualified_name} does not page")
        pages = operation.info.paging
        next_request: Any = request
        while next_request is not None:
            response = self.invoke(operation, next_request, protocol=protocol, timeout=timeout)
            page, next_request = paging.turn(pages, next_request, response)
            del response  # only the items not yet consumed stay alive
            while page:
                yield page.popleft()


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
        long_poll_timeout: float = DEFAULT_LONG_POLL_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        verify: bool | str | ssl.SSLContext = True,
        pin_sha256: str | Iterable[str] | None = None,
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
            long_poll_timeout=long_poll_timeout,
            max_response_bytes=max_response_bytes,
            verify=verify,
            pin_sha256=pin_sha256,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        limits = httpx.Limits(max_connections=max_connections)
        if transport is None:
            transport = httpx.AsyncHTTPTransport(verify=self._verify, limits=limits)
            deadline.install(transport)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            verify=self._verify,  # for the transports of proxies from the environment
            timeout=timeout,
            transport=transport,
            limits=limits,
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
        seconds = self._timeout_for(operation, timeout)
        attempt = 0
        while True:
            try:
                return await self._attempt(operation, prepared, protocol, seconds)
            except TransportError as error:
                if not self._retry(error, operation, attempt):
                    self._give_up(error, operation, attempt)
                    raise
            await asyncio.sleep(RETRY_BACKOFF * 2**attempt)
            attempt += 1

    async def _attempt(
        self, operation: Operation, prepared: exchange.HttpRequest, protocol: str, seconds: float
    ) -> Any:
        try:
            with deadline.within(seconds) as end:
                async with self._http.stream(
                    "POST",
                    prepared.path,
                    content=prepared.content,
                    headers=prepared.headers,
                    timeout=seconds,
                ) as response:
                    content = await BoundedBody(
                        response,
                        self.max_response_bytes,
                        end,
                        seconds,
                        operation.qualified_name,
                        protocol,
                    ).aread(response)
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, operation, protocol, seconds) from None
        except VapixError as error:
            raise self._named(error, operation, protocol) from None
        return exchange.interpret(
            operation,
            protocol,
            response.status_code,
            content,
            response.headers.get("content-type", ""),
        )

    async def iterate(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Any]:
        operation = self._operation(op)
        if operation.info.paging is None:
            raise ValueError(f"{operation.qualified_name} does not page")
        pages = operation.info.paging
        next_request: Any = request
        while next_request is not None:
            response = await self.invoke(
                operation, next_request, protocol=protocol, timeout=timeout
            )
            page, next_request = paging.turn(pages, next_request, response)
            del response  # only the items not yet consumed stay alive
            while page:
                yield page.popleft()
