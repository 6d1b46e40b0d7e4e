"""The catalogue of generated services and operations, loaded lazily from the generated
package's small registry module; model classes are imported only when first used."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
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
    # Waits on the device by design (a pull of events); False in registries generated
    # before the field existed, so they keep working.
    long_poll: bool = False
    paging: Paging | None = None
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

    def service_class(self, info: ServiceInfo, asynchronous: bool) -> type[Any]:
        """The generated client class of a service (its module imported now)."""
        module = importlib.import_module(f"{self.package}.{info.module}")
        return getattr(module, info.async_class if asynchronous else info.sync_class)  # type: ignore[no-any-return]

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
_LOADED: dict[str, Catalogue] = {}


def default_catalogue() -> Catalogue:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Catalogue()
    return _DEFAULT


def lookup(name: str) -> Operation:
    return default_catalogue().operation(name)


def load_catalogue(generated: str | None) -> Catalogue:
    """The catalogue of a generated package: the built-in one (None), an importable module
    name (``"mypkg"``), or the path of a package folder (``"./out/mypkg"``), imported from
    there under a name of its own. Each is read once."""
    if generated is None:
        return default_catalogue()
    if generated not in _LOADED:
        name = _import_folder(Path(generated)) if _is_path(generated) else generated
        try:
            _LOADED[generated] = Catalogue(name)
        except ModuleNotFoundError as exc:
            raise ValueError(
                f"generated={generated!r}: no generated package there ({exc})"
            ) from None
    return _LOADED[generated]


def _is_path(text: str) -> bool:
    return os.sep in text or "/" in text or text.startswith(".") or Path(text).is_dir()


def _import_folder(folder: Path) -> str:
    """Import the package in ``folder`` as a top-level module; its name is the folder's
    name unless that is taken by something else, then one derived from its path."""
    folder = folder.resolve()
    init = folder / "__init__.py"
    if not (init.is_file() and (folder / "registry.py").is_file()):
        raise ValueError(f"generated={str(folder)!r} is not a generated package folder")
    name = folder.name if folder.name.isidentifier() else "generated"
    existing = sys.modules.get(name)
    if existing is not None and Path(getattr(existing, "__file__", "") or "") == init:
        return name
    found = importlib.util.find_spec(name) if existing is None else None
    if found is not None and found.origin == str(init):
        return name  # importable as it is
    if existing is not None or found is not None:
        digest = hashlib.sha256(str(folder).encode()).hexdigest()[:12]
        name = f"_pyvapix_generated_{digest}"
        if name in sys.modules:
            return name
    spec = importlib.util.spec_from_file_location(
        name, init, submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return name
