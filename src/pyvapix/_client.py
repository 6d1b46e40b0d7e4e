"""``Client`` and ``AsyncClient``: one device, every service, JSON or SOAP, and the CGIs.

Both share configuration and make the same call plans (_engine/plan.py); they differ only
in their driver, which sends. Services are reached as attributes named by prefix
(``client.tdc``) and imported on first use; they see the client only through the narrow
interfaces of _services.py and cgi/_service.py.

Failure behaviour (README "Failure behaviour"): every attempt is bounded in time (``timeout``,
or ``long_poll_timeout`` for long-polling operations) and in size (``max_response_bytes``,
``max_download_bytes``); reads are retried with backoff on connection trouble and
502/503/504; writes only while the request provably never arrived.
"""

from __future__ import annotations

import os
import re
import ssl
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from . import _paging as paging
from ._capabilities import Ask, Capabilities, Survey
from ._catalogue import Catalogue, Operation, load_catalogue
from ._codec.layout import FieldError, is_model
from ._codec.plain import from_plain
from ._engine import failures
from ._engine.bindings import Binding, JsonBinding, SoapBinding
from ._engine.drivers import AsyncDriver, SyncDriver
from ._engine.plan import Call, CallPlan
from ._errors import EncodeError, VapixError
from ._http import deadline, tls
from ._http.auth import AnyAuth
from ._services import AsyncService, Protocol, Service
from .generated.accessors import AsyncServiceAccessors, ServiceAccessors

if TYPE_CHECKING:  # the CGI runtime and the events are imported on first use
    from ._subscription import AsyncEvents, Events
    from .cgi._download import Destination, Progress
    from .cgi._operation import CgiOperation
    from .cgi._results import Download
    from .generated.cgi.client import AsyncCgiClient, CgiClient

DEFAULT_TIMEOUT = 10.0  # seconds per attempt
DEFAULT_LONG_POLL_TIMEOUT = 70.0  # seconds per attempt of a long-polling operation
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # decoding that much takes ~2-3 s on 2 cores
DEFAULT_MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024
PROTOCOLS = ("json", "soap", "auto")
# Idle connections are dropped after this many seconds, well before servers close them
# (uvicorn and many embedded servers after 5 s): a request written into a connection the
# server is closing may or may not have been read, and a write could then not be repeated.
KEEPALIVE_EXPIRY = 2.0
UNLIMITED = 2**63 - 1


def protocol_from(value: str | None) -> str:
    """The client-wide protocol: the argument, else ``PYVAPIX_PROTOCOL``, else ``auto``."""
    chosen = (value or os.environ.get("PYVAPIX_PROTOCOL") or "auto").lower()
    if chosen not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {', '.join(PROTOCOLS)}, not {chosen!r}")
    return chosen


_USERINFO = re.compile(r"(?<=://)([^/?#@]*)@")
_HOST = re.compile(r"[A-Za-z0-9._:-]+")  # a name, IPv4 or IPv6 address (IDNs come as xn--)


def _redacted(text: str) -> str:
    """``text`` with the password of any ``user:password@`` replaced by ``***``."""
    return _USERINFO.sub(lambda m: m.group(1).split(":", 1)[0] + ":***@", text)


def _split_url(base_url: str) -> tuple[str, str | None, str | None]:
    """``(base URL without credentials, user, password)``; errors never quote a password."""
    text = base_url if "://" in base_url else f"http://{base_url}"
    shown = _redacted(text)
    try:
        parts = httpx.URL(text)
        port = parts.port
    except (httpx.InvalidURL, ValueError) as exc:
        raise ValueError(f"base_url {shown!r} is not a URL: {_redacted(str(exc))}") from None
    host = parts.raw_host.decode("ascii", "replace")
    if (
        parts.scheme not in ("http", "https")
        or not host
        or not _HOST.fullmatch(host)
        or not (port is None or 0 < port < 65536)
    ):
        raise ValueError(f"base_url must be http(s)://host[:port], not {shown!r}")
    base = parts.copy_with(username=None, password=None, query=None, fragment=None)
    return (
        str(base).rstrip("/"),
        parts.username or None,
        parts.password if parts.username else None,
    )


class _Core:
    """What the sync and async clients share: configuration, catalogue, protocol memory,
    and the making of call plans."""

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
        max_download_bytes: int | None,
        verify: bool | str | ssl.SSLContext,
        pin_sha256: str | Iterable[str] | None,
        allow_basic_over_http: bool,
        retries: int,
        generated: str | None,
    ) -> None:
        if timeout <= 0 or long_poll_timeout <= 0:
            raise ValueError("timeouts must be positive numbers of seconds")
        if max_response_bytes <= 0 or (max_download_bytes is not None and max_download_bytes <= 0):
            raise ValueError("max_response_bytes and max_download_bytes must be positive")
        if retries < 0:
            raise ValueError("retries must be 0 or more")
        self.base_url, url_user, url_password = _split_url(base_url)
        if url_user and username is None:
            username, password = url_user, url_password or ""
        self.protocol = protocol_from(protocol)
        self.timeout = timeout
        self.long_poll_timeout = long_poll_timeout
        self.max_response_bytes = max_response_bytes
        self.max_download_bytes = max_download_bytes
        self.retries = retries
        self.catalogue: Catalogue = load_catalogue(generated)
        self._auth = (
            AnyAuth(username, password or "", allow_basic_over_http=allow_basic_over_http)
            if username is not None
            else None
        )
        self._verify = tls.verify_setting(verify, pin_sha256)
        self._json_unserved: set[str] = set()  # JSON endpoints found not served (auto)
        self._services: dict[str, Any] = {}
        self._capabilities: Capabilities | None = None  # capabilities(), once asked

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

    def _bindings(
        self,
        operation: Operation,
        request: Any,
        protocol: str | None,
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> list[Binding]:
        """The protocols to try, in order: ``auto`` tries JSON first unless the service has
        no JSON endpoint or it was found not served, or the call carries SOAP header blocks
        or reads its SOAP answer itself; then SOAP."""
        requested = protocol_from(protocol) if protocol else self.protocol
        endpoint = operation.service.json_endpoint
        soap = SoapBinding(operation, request, soap_headers, read_answer)
        if requested == "json":
            if endpoint is None:
                raise failures.no_endpoint(operation.qualified_name, operation.info.prefix)
            if read_answer is not None:
                raise ValueError("read_answer reads SOAP answers; use protocol='soap'")
            return [JsonBinding(operation, request, soap_headers)]  # refuses headers itself
        if requested == "soap" or endpoint is None or endpoint in self._json_unserved:
            return [soap]
        if soap_headers or read_answer is not None:
            return [soap]
        return [JsonBinding(operation, request), soap]

    def _call(self, name: str, safe: bool, bindings: list[Binding], seconds: float) -> CallPlan:
        return CallPlan(
            Call(
                operation=name,
                safe=safe,
                bindings=bindings,
                timeout=seconds,
                retries=self.retries,
                max_response_bytes=self.max_response_bytes,
                max_download_bytes=self.max_download_bytes or UNLIMITED,
                origin=self.base_url,
            )
        )

    def _pacs_plan(
        self,
        op: str | Operation,
        request: Any,
        protocol: str | None,
        timeout: float | None,
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> CallPlan:
        operation = self._operation(op)
        if timeout is None:
            timeout = self.long_poll_timeout if operation.info.long_poll else self.timeout
        bindings = self._bindings(operation, request, protocol, soap_headers, read_answer)
        return self._call(operation.qualified_name, operation.info.safe, bindings, timeout)

    def _cgi_plan(
        self,
        op: CgiOperation | str,
        args: Mapping[str, Any],
        timeout: float | None,
        dest: Destination | None = None,
        progress: Progress | None = None,
    ) -> CallPlan:
        from ._engine.cgi_binding import CgiBinding
        from .cgi._codec import lookup

        op = lookup(op)
        binding = CgiBinding(op, args, dest=dest, progress=progress)
        # A download that failed half way has written into its destination: never repeated.
        safe = op.safe and dest is None
        return self._call(op.qualified_name, safe, [binding], timeout or self.timeout)

    def _remember(self, plan: CallPlan) -> None:
        for binding in plan.unserved:
            if isinstance(binding, JsonBinding):
                self._json_unserved.add(binding.path())

    def _service_class(self, prefix: str, asynchronous: bool) -> type[Any]:
        info = self.catalogue.services.get(prefix)
        if info is None:
            raise AttributeError(
                f"no service with prefix {prefix!r} "
                f"(known: {', '.join(sorted(self.catalogue.services))})"
            )
        return self.catalogue.service_class(info, asynchronous)

    def _survey_plan(self, ask: Ask) -> CallPlan:
        """A request of capabilities(): a probe JSON first and SOAP as auto falls back,
        whatever the client's protocol and memory; any other as ``auto``."""
        operation = self._operation(ask.operation)
        request = self._request_model(operation, ask.request)
        bindings: list[Binding] = (
            [JsonBinding(operation, request), SoapBinding(operation, request)]
            if ask.probe
            else self._bindings(operation, request, "auto")
        )
        return self._call(operation.qualified_name, operation.info.safe, bindings, self.timeout)

    def _surveyed(self, found: Capabilities) -> Capabilities:
        """Keeps capabilities()'s answer; endpoints it found serving JSON leave the memory
        of unserved ones (those found not served entered it as the calls ended)."""
        for prefix, served in found.json.items():
            endpoint = self.catalogue.services[prefix].json_endpoint
            if served and endpoint is not None:
                self._json_unserved.discard(endpoint)
        self._capabilities = found
        return found

    def _pages(self, op: str | Operation) -> Operation:
        operation = self._operation(op)
        if operation.info.paging is None:
            raise ValueError(f"{operation.qualified_name} does not page")
        return operation


class Client(_Core, ServiceAccessors):
    """A synchronous client for one device.

    ``protocol`` is ``"json"``, ``"soap"`` or ``"auto"`` (JSON, falling back to SOAP when
    the device does not serve JSON for a service); default from ``PYVAPIX_PROTOCOL``, else
    ``"auto"``. Every call can override it with ``protocol=``.

    ``timeout`` bounds each attempt as a whole (connect, TLS, authentication, the answer's
    last byte); calls override it with ``timeout=``. Long-polling operations get
    ``long_poll_timeout`` instead. Answers larger than ``max_response_bytes`` are abandoned,
    downloads larger than ``max_download_bytes`` (None: no limit) too. ``verify`` is True
    (the default CA bundle), a CA bundle path or an :class:`ssl.SSLContext`; ``pin_sha256``
    (one fingerprint or several) trusts a self-signed certificate instead. Reads are
    retried ``retries`` times. ``generated`` names another generated package (a module
    name, or the path of its folder) to use instead of the built-in one.
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
        max_download_bytes: int | None = DEFAULT_MAX_DOWNLOAD_BYTES,
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
            max_download_bytes=max_download_bytes,
            verify=verify,
            pin_sha256=pin_sha256,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        if transport is None:
            transport = httpx.HTTPTransport(
                verify=self._verify, limits=httpx.Limits(keepalive_expiry=KEEPALIVE_EXPIRY)
            )
            deadline.install(transport)
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            verify=self._verify,  # for the transports of proxies from the environment
            timeout=timeout,
            transport=transport,
        )
        self._driver = SyncDriver(self._http)

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

    @property
    def events(self) -> Events:
        """Live events: ``with client.events.subscribe("tns1:Door//.") as events:`` then
        ``for event in events``; or one batch with ``client.events.pull()``."""
        if "events" not in self._services:
            from ._subscription import Events

            self._services["events"] = Events(self, self.long_poll_timeout)
        events: Events = self._services["events"]
        return events

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
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> Any:
        """Call an operation with its request model; returns the response model.
        ``soap_headers`` are header block models the operation's SOAP binding declares
        (WS-Addressing, the Axis SubscriptionId), and ``read_answer`` turns a successful
        SOAP answer's body into the result instead of the codec (raising FaultError or
        DecodeError for what is not an answer); with either, the call goes over SOAP."""
        plan = self._pacs_plan(op, request, protocol, timeout, soap_headers, read_answer)
        return self._run(plan)

    def iterate(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Items of a paging operation, one page in memory at a time; ``request`` is the
        request model or its JSON-mapping form (``{"Limit": 10}``)."""
        operation = self._pages(op)
        pages = operation.info.paging
        assert pages is not None
        next_request: Any = self._request_model(operation, request)
        while next_request is not None:
            response = self.invoke(operation, next_request, protocol=protocol, timeout=timeout)
            page, next_request = paging.turn(pages, next_request, response)
            del response  # only the items not yet consumed stay alive
            while page:
                yield page.popleft()

    def call_cgi(
        self, op: CgiOperation | str, args: Mapping[str, Any], *, timeout: float | None
    ) -> Any:
        """Run a CGI operation (what ``client.cgi`` methods do)."""
        return self._run(self._cgi_plan(op, args, timeout))

    def download_cgi(
        self,
        op: CgiOperation | str,
        args: Mapping[str, Any],
        dest: Destination,
        *,
        progress: Progress | None = None,
        timeout: float | None = None,
    ) -> Download:
        """Stream a CGI download into ``dest`` (what ``client.cgi`` download methods do)."""
        result: Download = self._run(self._cgi_plan(op, args, timeout, dest, progress))
        return result

    def capabilities(self, *, refresh: bool = False) -> Capabilities:
        """What the device serves and what its services can do, asked once and kept
        (``refresh=True`` asks again): the services it lists (``tds:GetServices``) with
        their versions, addresses and capabilities, and whether it serves JSON per service.

        Requests: GetServices, one ``GetServiceCapabilities`` per JSON endpoint (JSON
        first; an answer that proves JSON is not served there, as ``auto`` judges it, makes
        it "not served" and sends that endpoint's later ``auto`` calls straight to SOAP; any
        other answer makes it "served"), and the GetServiceCapabilities of listed services
        whose capabilities GetServices did not carry. All are reads. A device without the
        device service still gets an answer (services unknown, the JSON probes made);
        connection failures, timeouts and refused credentials are raised. Calls to services
        the device does not list are not refused: devices serve some they do not list.

        >>> caps = client.capabilities()
        >>> caps.limit("MaxCredentials"), caps.json["tdc"], caps.lists("tcr")
        """
        found = self._capabilities
        if found is None or refresh:
            survey = Survey(self.catalogue)
            while (ask := survey.next()) is not None:
                plan = self._survey_plan(ask)
                try:
                    outcome = self._run(plan)
                except VapixError as error:
                    outcome = error
                survey.tell(outcome, json_unserved=bool(plan.unserved))
            found = self._surveyed(survey.result())
        return found

    def _run(self, plan: CallPlan) -> Any:
        try:
            return self._driver.run(plan)
        finally:
            self._remember(plan)


class AsyncClient(_Core, AsyncServiceAccessors):
    """The asyncio twin of :class:`Client`, with the same arguments; ``max_connections``
    bounds the connections it opens at once."""

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
        max_download_bytes: int | None = DEFAULT_MAX_DOWNLOAD_BYTES,
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
            max_download_bytes=max_download_bytes,
            verify=verify,
            pin_sha256=pin_sha256,
            allow_basic_over_http=allow_basic_over_http,
            retries=retries,
            generated=generated,
        )
        limits = httpx.Limits(max_connections=max_connections, keepalive_expiry=KEEPALIVE_EXPIRY)
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
        self._driver = AsyncDriver(self._http)

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

    @property
    def events(self) -> AsyncEvents:
        """Live events, for asyncio (see :attr:`Client.events`)."""
        if "events" not in self._services:
            from ._subscription import AsyncEvents

            self._services["events"] = AsyncEvents(self, self.long_poll_timeout)
        events: AsyncEvents = self._services["events"]
        return events

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
        soap_headers: Sequence[Any] = (),
        read_answer: Callable[[bytes], Any] | None = None,
    ) -> Any:
        plan = self._pacs_plan(op, request, protocol, timeout, soap_headers, read_answer)
        return await self._run(plan)

    async def iterate(
        self,
        op: str | Operation,
        request: Any,
        *,
        protocol: str | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Any]:
        operation = self._pages(op)
        pages = operation.info.paging
        assert pages is not None
        next_request: Any = self._request_model(operation, request)
        while next_request is not None:
            response = await self.invoke(
                operation, next_request, protocol=protocol, timeout=timeout
            )
            page, next_request = paging.turn(pages, next_request, response)
            del response  # only the items not yet consumed stay alive
            while page:
                yield page.popleft()

    async def call_cgi(
        self, op: CgiOperation | str, args: Mapping[str, Any], *, timeout: float | None
    ) -> Any:
        return await self._run(self._cgi_plan(op, args, timeout))

    async def download_cgi(
        self,
        op: CgiOperation | str,
        args: Mapping[str, Any],
        dest: Destination,
        *,
        progress: Progress | None = None,
        timeout: float | None = None,
    ) -> Download:
        plan = self._cgi_plan(op, args, timeout, dest, progress)
        result: Download = await self._run(plan)
        return result

    async def capabilities(self, *, refresh: bool = False) -> Capabilities:
        """What the device serves and what its services can do (see
        :meth:`Client.capabilities`), asked once and kept."""
        found = self._capabilities
        if found is None or refresh:
            survey = Survey(self.catalogue)
            while (ask := survey.next()) is not None:
                plan = self._survey_plan(ask)
                try:
                    outcome = await self._run(plan)
                except VapixError as error:
                    outcome = error
                survey.tell(outcome, json_unserved=bool(plan.unserved))
            found = self._surveyed(survey.result())
        return found

    async def _run(self, plan: CallPlan) -> Any:
        try:
            return await self._driver.run(plan)
        finally:
            self._remember(plan)
