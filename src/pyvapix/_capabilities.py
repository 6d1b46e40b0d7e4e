"""What a device serves and what its services can do: the answer of
:meth:`pyvapix.Client.capabilities`, and the survey that asks for it.

The survey is sans-IO, like the call plans: :class:`Survey` says which requests to make
(:meth:`Survey.next`), is told what each ended with (:meth:`Survey.tell`) and builds the
:class:`Capabilities` (:meth:`Survey.result`); the clients only send. The requests:

1. ``tds:GetServices`` with ``IncludeCapability``: which services, at which address, in
   which version, and (usually) their capabilities.
2. One ``GetServiceCapabilities`` per JSON endpoint, JSON first and SOAP as ``auto`` falls
   back (a read, answered before authentication on Axis devices): an answer that proves the
   endpoint does not serve JSON, by the same rule ``auto`` applies to every call, makes it
   "not served"; any other answer, a fault included, "served". The service asked is one
   whose capabilities are still missing, if there is one.
3. ``GetServiceCapabilities`` of each other listed service whose capabilities
   GetServices did not carry.

A device without the device service (GetServices answered with a fault, 404 or anything
else that is not a list of services) still gets an answer: its services are unknown, the
JSON probes run as above. Only errors without such an answer (no connection, a timeout,
refused credentials) are raised.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._catalogue import Catalogue
from ._codec.layout import FieldError, layout_of
from ._codec.plain import from_plain, to_plain
from ._codec.soap import element_to_model
from ._codec.unknown import Unknown
from ._errors import DecodeError, FaultError, TransportError, VapixError

GET_SERVICES = "tds:GetServices"
CAPABILITIES_OPERATION = "GetServiceCapabilities"


@dataclass(frozen=True, slots=True)
class DeviceService:
    """One service of the device.

    ``prefix`` is the pyvapix service (``"tcr"``), None for a namespace pyvapix has no
    client for. ``xaddr`` and ``version`` (``(major, minor)``) are what GetServices said
    (None when it did not list the service). ``capabilities`` is the decoded Capabilities
    model of the service's GetServiceCapabilities (None when unknown), ``plain`` the same as
    a plain dict in Axis's JSON form (``{"MaxLimit": 100, ...}``). ``listed``: GetServices
    named it (a service can answer without being listed)."""

    namespace: str
    prefix: str | None
    xaddr: str | None = None
    version: tuple[int, int] | None = None
    capabilities: Any = None
    plain: Mapping[str, Any] = field(default_factory=dict)
    listed: bool = False

    @property
    def limits(self) -> dict[str, int]:
        """The service's numeric limits: every capability named ``Max...`` with a whole
        number (``{"MaxLimit": 100, "MaxCredentials": 1000}``), nested ones included."""
        return dict(_limits(self.plain))


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a device serves, as :meth:`pyvapix.Client.capabilities` found it.

    ``services``: the services known to be served, by pyvapix prefix: those GetServices
    listed and those that answered their GetServiceCapabilities. ``other``: listed services
    pyvapix has no client for, by namespace. ``listed``: the device listed its services
    (False when it has no device service; ``services`` then holds only what answered).
    ``json``: for every pyvapix service, whether the device serves it over JSON: False for
    SOAP-only services and endpoints found not served, None where nothing was learned (an
    endpoint none of whose services has a GetServiceCapabilities); ``auto`` calls
    to endpoints found not served go straight to SOAP.

    A service missing from the list is not refused: devices serve services they do not
    list (A1001 firmware 1.65 answers credential calls without listing the service), so
    :meth:`lists` informs, it does not forbid."""

    services: Mapping[str, DeviceService]
    other: Mapping[str, DeviceService]
    listed: bool
    json: Mapping[str, bool | None]

    def lists(self, prefix: str) -> bool | None:
        """Whether the device's own list names the service; None without a list."""
        if not self.listed:
            return None
        found = self.services.get(prefix)
        return found is not None and found.listed

    def limit(self, name: str, prefix: str | None = None) -> int | None:
        """A limit by its capability name (``"MaxCredentials"``), of ``prefix``'s service
        or of the one service that has it; None when unknown. A name several services
        have (``MaxLimit``) needs ``prefix``."""
        if prefix is not None:
            found = self.services.get(prefix)
            return None if found is None else found.limits.get(name)
        having = {p: s.limits[name] for p, s in self.services.items() if name in s.limits}
        if len(having) > 1:
            raise ValueError(
                f"{name} is a limit of several services ({', '.join(sorted(having))}); "
                f"name one, e.g. limit({name!r}, {min(having)!r})"
            )
        return next(iter(having.values()), None)


def _limits(plain: Mapping[str, Any]) -> Iterator[tuple[str, int]]:
    for name, value in plain.items():
        if isinstance(value, Mapping):
            yield from _limits(value)
        elif name.startswith("Max") and not isinstance(value, bool):
            if isinstance(value, int):
                yield name, value
            elif isinstance(value, str) and value.strip().isdigit():  # undecoded XML
                yield name, int(value)


# -- reading the answers (pure) ---------------------------------------------------------------


def _member(model: Any, local: str) -> Any:
    """The value of ``model``'s member with XML name ``local`` (None when it has none)."""
    found = layout_of(type(model)).by_local.get(local)
    return None if found is None else getattr(model, found.name)


def _decode_carried(catalogue: Catalogue, prefix: str, kept: Unknown | None) -> Any:
    """The Capabilities model of the service ``prefix`` from the element a GetServices
    entry carries; None when there is none or it does not fit the service's model."""
    operation = catalogue.operations.get(f"{prefix}:{CAPABILITIES_OPERATION}")
    if operation is None or kept is None:
        return None
    member = layout_of(operation.response_type).by_local.get("Capabilities")
    if member is None or member.model is None:
        return None
    try:
        if kept.element is not None:
            return element_to_model(kept.element, member.model)
        return from_plain(member.model, kept.value)
    except (DecodeError, FieldError):
        return None  # asked for directly instead


def _carried(holder: Any) -> Unknown | None:
    """The service's own element inside a GetServices entry's Capabilities holder."""
    if holder is None:
        return None
    wildcard = layout_of(type(holder)).wildcard
    items = getattr(holder, wildcard.name) if wildcard is not None else []
    return next((item for item in items if isinstance(item, Unknown)), None)


def parse_services(
    catalogue: Catalogue, response: Any
) -> tuple[dict[str, DeviceService], dict[str, DeviceService]]:
    """The services a GetServices response lists: ``(by prefix, others by namespace)``."""
    prefixes = {info.namespace: prefix for prefix, info in catalogue.services.items()}
    known: dict[str, DeviceService] = {}
    other: dict[str, DeviceService] = {}
    for entry in _member(response, "Service") or []:
        namespace = str(_member(entry, "Namespace") or "")
        prefix = prefixes.get(namespace)
        carried = _carried(_member(entry, "Capabilities"))
        model = _decode_carried(catalogue, prefix, carried) if prefix else None
        if model is not None:
            plain = to_plain(model)
        elif prefix is None and carried is not None and isinstance(carried.value, Mapping):
            plain = dict(carried.value)
        else:
            plain = {}
        found = DeviceService(
            namespace=namespace,
            prefix=prefix,
            xaddr=_member(entry, "XAddr"),
            version=_version(_member(entry, "Version")),
            capabilities=model,
            plain=plain,
            listed=True,
        )
        if prefix is None:
            other[namespace] = found
        else:
            known[prefix] = found
    return known, other


def _version(version: Any) -> tuple[int, int] | None:
    """``(major, minor)``; None when the device left either out."""
    if version is None:
        return None
    major, minor = _member(version, "Major"), _member(version, "Minor")
    return (major, minor) if isinstance(major, int) and isinstance(minor, int) else None


# -- the survey (sans-IO) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ask:
    """One request of the survey. ``probe``: sent JSON first, SOAP only when JSON proves not
    served, whatever the client's protocol and memory (so it learns whether JSON is served);
    otherwise sent as ``auto``."""

    operation: str
    request: Mapping[str, Any]
    probe: bool = False


def answered(error: VapixError) -> bool:
    """The device answered, only not with what was asked for: a fault, something that does
    not decode, an HTTP status without an answer of the protocol."""
    if isinstance(error, (FaultError, DecodeError)):
        return True
    return isinstance(error, TransportError) and error.status_code is not None


class Survey:
    """The requests of one :meth:`pyvapix.Client.capabilities`, and their answers."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._services: dict[str, DeviceService] = {}
        self._other: dict[str, DeviceService] = {}
        self._listed = False
        self._json: dict[str, bool] = {}  # by endpoint
        self._asks: list[Ask] = []
        if GET_SERVICES in catalogue.operations:
            self._asks.append(Ask(GET_SERVICES, {"IncludeCapability": True}))
        else:
            self._plan_capabilities()

    def next(self) -> Ask | None:
        """The next request to make; None when done."""
        return self._asks[0] if self._asks else None

    def tell(self, outcome: Any, json_unserved: bool = False) -> None:
        """What the request :meth:`next` gave ended with: the response model or the error.
        ``json_unserved``: the call found its JSON endpoint not served. Raises the error
        when it is not an answer (see :func:`answered`)."""
        ask = self._asks.pop(0)
        if ask.probe:
            endpoint = self._catalogue.operation(ask.operation).service.json_endpoint
            assert endpoint is not None
            self._json[endpoint] = not json_unserved
        if isinstance(outcome, VapixError) and not answered(outcome):
            raise outcome
        if ask.operation == GET_SERVICES:
            if not isinstance(outcome, VapixError):
                self._services, self._other = parse_services(self._catalogue, outcome)
                self._listed = True
            self._plan_capabilities()
        elif not isinstance(outcome, VapixError):
            self._learned(ask.operation.split(":", 1)[0], outcome)

    def result(self) -> Capabilities:
        assert not self._asks, "result() before the survey is done"
        return Capabilities(
            services=dict(self._services),
            other=dict(self._other),
            listed=self._listed,
            json={prefix: self._json_of(prefix) for prefix in self._catalogue.services},
        )

    def _json_of(self, prefix: str) -> bool | None:
        endpoint = self._catalogue.services[prefix].json_endpoint
        return False if endpoint is None else self._json.get(endpoint)

    def _learned(self, prefix: str, response: Any) -> None:
        model = _member(response, "Capabilities")
        if model is None:
            return
        before = self._services.get(prefix)
        namespace = self._catalogue.services[prefix].namespace
        self._services[prefix] = DeviceService(
            namespace=before.namespace if before else namespace,
            prefix=prefix,
            xaddr=before.xaddr if before else None,
            version=before.version if before else None,
            capabilities=model,
            plain=to_plain(model),
            listed=before.listed if before else False,
        )

    def _plan_capabilities(self) -> None:
        """The GetServiceCapabilities requests: one probe per JSON endpoint, then the
        listed services whose capabilities are still missing."""
        catalogue = self._catalogue
        askable = [
            prefix
            for prefix in catalogue.services
            if f"{prefix}:{CAPABILITIES_OPERATION}" in catalogue.operations
        ]
        missing = [
            prefix
            for prefix in askable
            if prefix in self._services and self._services[prefix].capabilities is None
        ]
        by_endpoint: dict[str, list[str]] = {}
        for prefix in askable:
            endpoint = catalogue.services[prefix].json_endpoint
            if endpoint is not None:
                by_endpoint.setdefault(endpoint, []).append(prefix)
        probed = []
        for prefixes in by_endpoint.values():
            ranked = sorted(prefixes, key=lambda p: (p not in missing, p not in self._services))
            probed.append(ranked[0])
        self._asks.extend(Ask(_asked(prefix), {}, probe=True) for prefix in probed)
        self._asks.extend(Ask(_asked(prefix), {}) for prefix in missing if prefix not in probed)


def _asked(prefix: str) -> str:
    return f"{prefix}:{CAPABILITIES_OPERATION}"
