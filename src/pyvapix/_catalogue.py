"""The catalogue of generated services and operations, loaded lazily from the generated
package's small registry module; model classes are imported only when first used."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from ._errors import UnknownOperationError

DEFAULT_PACKAGE = "pyvapix.generated"


@dataclass(frozen=True, slots=True)
class Paging:
    """How an operation pages: ``"reference"`` (Limit/StartReference/NextStartReference)
    or ``"rowid"`` (the event logger's Limit/RowID/More). ``items`` is the response field
    holding the page's items."""

    kind: str
    items: str


@dataclass(frozen=True, slots=True)
class Header:
    """A SOAP header block an operation's message carries (declared in the WSDL binding):
    its element as a Clark name, ``{namespace}local``, and the model class that holds it."""

    element: str
    models: str  # models module, relative to the generated package
    cls: str


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    prefix: str
    title: str
    namespace: str
    json_endpoint: str | None
    module: str  # relative to the generated package
    sync_class: str
    async_class: str


@dataclass(frozen=True, slots=True)
class OperationInfo:
    prefix: str
    name: str
    models: str  # models module, relative to the generated package
    request: str  # request class name
    response: str
    input_element: str  # local names of the message elements
    output_element: str
    soap_action: str
    documentation: str = ""
    safe: bool = False  # a read: may be retried
    paging: Paging | None = None
    long_poll: bool = False  # waits on the device until something happens (an event pull)
    input_headers: tuple[Header, ...] = ()  # SOAP header blocks of the request
    output_headers: tuple[Header, ...] = ()  # ... and of the answer
    output_action: str = ""  # WS-Addressing action of the answer, when it has headers


@dataclass(slots=True)
class Operation:
    """One operation, bound to its service and its generated package."""

    info: OperationInfo
    service: ServiceInfo
    package: str
    _types: tuple[type, type] | None = field(default=None, repr=False)

    @property
    def qualified_name(self) -> str:
        return f"{self.info.prefix}:{self.info.name}"

    def _load(self) -> tuple[type, type]:
        if self._types is None:
            module = importlib.import_module(f"{self.package}.{self.info.models}")
            self._types = (getattr(module, self.info.request), getattr(module, self.info.response))
        return self._types

    @property
    def request_type(self) -> type:
        return self._load()[0]

    def header_types(self, message: str = "request") -> dict[str, type]:
        """The model class of each header block of the request (or ``"response"``), by
        the Clark name of its element."""
        headers = self.info.input_headers if message == "request" else self.info.output_headers
        return {
            header.element: getattr(
                importlib.import_module(f"{self.package}.{header.models}"), header.cls
            )
            for header in headers
        }

    @property
    def response_type(self) -> type:
        return self._load()[1]


class Catalogue:
    """Services and operations of one generated package."""

    def __init__(self, package: str | ModuleType = DEFAULT_PACKAGE) -> None:
        name = package if isinstance(package, str) else package.__name__
        registry: Any = importlib.import_module(f"{name}.registry")
        self.package = name
        self.services: dict[str, ServiceInfo] = {s.prefix: s for s in registry.SERVICES}
        self.operations: dict[str, Operation] = {
            f"{o.prefix}:{o.name}": Operation(o, self.services[o.prefix], name)
            for o in registry.OPERATIONS
        }

    def operation(self, name: str) -> Operation:
        """Look up ``"prefix:Operation"``."""
        try:
            return self.operations[name]
        except KeyError:
            pass
        if ":" not in name:
            raise UnknownOperationError(
                f"operation name {name!r} must be 'prefix:Operation', e.g. 'tdc:GetDoorState'"
            )
        prefix = name.split(":", 1)[0]
        if prefix not in self.services:
            known = ", ".join(sorted(self.services))
            raise UnknownOperationError(
                f"unknown service prefix {prefix!r} (known: {known})", operation=name
            )
        raise UnknownOperationError(
            f"service {prefix!r} has no operation {name.split(':', 1)[1]!r}", operation=name
        )


_DEFAULT: Catalogue | None = None


def default_catalogue() -> Catalogue:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Catalogue()
    return _DEFAULT


def lookup(name: str) -> Operation:
    return default_catalogue().operation(name)
