"""The service registry (specs/services.yaml), or defaults derived from WSDL files alone.

The registry names each service's prefix, namespace, WSDL file and JSON endpoint, and
may list operations whose retry safety differs from the name guess, and long polls."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SpecError
from .naming import class_name
from .yaml_reader import KeyPath, Located, load

# Documented prefixes and JSON endpoints, used when a WSDL comes without a registry entry
# (for example a user's official files).
KNOWN_NAMESPACES: dict[str, tuple[str, str | None]] = {
    "http://www.axis.com/vapix/ws/connection": ("aconn", "/vapix/aconn"),
    "http://www.onvif.org/ver10/doorcontrol/wsdl": ("tdc", "/vapix/doorcontrol"),
    "http://www.axis.com/vapix/ws/DoorControl": ("axtdc", "/vapix/doorcontrol"),
    "http://www.axis.com/vapix/ws/EventLogger": ("axlog", "/vapix/eventlogger"),
    "http://www.axis.com/vapix/ws/EventLoggerConfig": ("axloc", "/vapix/eventlogger"),
    "http://www.axis.com/vapix/ws/IdPoint": ("axtid", "/vapix/idpoint"),
    "http://www.axis.com/vapix/ws/AxisIo": ("axisio", "/vapix/pin"),
    "http://www.onvif.org/ver10/accesscontrol/wsdl": ("tac", "/vapix/pacs"),
    "http://www.axis.com/vapix/ws/pacs": ("pacsaxis", "/vapix/pacs"),
    "http://www.axis.com/vapix/ws/schedule": ("axsch", "/vapix/schedule"),
    "http://www.axis.com/vapix/ws/user": ("axudb", "/vapix/pacs"),
    "http://www.axis.com/vapix/ws/AxisServiceDiscovery": ("axissd", "/vapix/axissd"),
    "http://www.axis.com/vapix/ws/axrio": ("axrio", "/vapix/axrio"),
    "http://www.axis.com/vapix/ws/KeyStore": ("axkey", "/vapix/axkey"),
    "http://www.axis.com/vapix/ws/thirdpartycredential": ("axtpc", "/vapix/axtpc"),
    # ONVIF PACS services that have no documented Axis JSON endpoint: SOAP only.
    "http://www.onvif.org/ver10/credential/wsdl": ("tcr", None),
    "http://www.onvif.org/ver10/accessrules/wsdl": ("tar", None),
    "http://www.onvif.org/ver10/schedule/wsdl": ("tsc", None),
    "http://www.onvif.org/ver10/authenticationbehavior/wsdl": ("tab", None),
    "http://www.onvif.org/ver10/events/wsdl": ("tev", None),
    "http://www.onvif.org/ver10/device/wsdl": ("tds", None),
}

_KEYS = {
    "title",
    "namespace",
    "wsdl",
    "json_endpoint",
    "safe",
    "unsafe",
    "long_poll",
    "event_log",
}

# Keys that list operations of the service: retry safety against the name guess
# (plan.is_safe), and operations that wait on the device by design.
MARK_KEYS = ("safe", "unsafe", "long_poll")


@dataclass(frozen=True)
class Mark:
    """An operation listed under one of MARK_KEYS, and the line that lists it."""

    key: str
    operation: str
    line: int | None


@dataclass(frozen=True)
class ServiceEntry:
    prefix: str
    title: str
    namespace: str | None  # None: taken from the WSDL
    wsdl: Path
    json_endpoint: str | None
    marks: tuple[Mark, ...] = ()
    registry: Path | None = None  # the services.yaml the entry comes from
    # The paging operation whose items are event-logger rows: the client then also reads
    # them as typed events (generated/events.py).
    event_log: str | None = None
    event_log_line: int | None = None

    def marked(self, key: str) -> frozenset[str]:
        """The operations listed under ``key`` (one of MARK_KEYS)."""
        return frozenset(m.operation for m in self.marks if m.key == key)


def load_registry(specs: Path) -> list[ServiceEntry]:
    """Entries of ``specs/services.yaml``; without that file, one per WSDL found below
    ``specs`` (prefix and endpoint from the namespace, else the file name)."""
    path = specs / "services.yaml"
    if not path.exists():
        return _discover(specs)
    doc = load(path)
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get("services"), dict):
        raise doc.error((), "expected a mapping with a 'services' mapping")
    entries = []
    for prefix, entry in doc.data["services"].items():
        where = ("services", prefix)
        if not isinstance(entry, dict):
            raise doc.error(where, "expected a mapping")
        unknown = set(entry) - _KEYS
        if unknown:
            raise doc.error(
                where,
                f"unknown key(s) {', '.join(sorted(map(str, unknown)))} "
                f"(known: {', '.join(sorted(_KEYS))})",
            )
        for key in ("title", "namespace", "wsdl"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise doc.error(where, f"'{key}' is required and must be a string")
        endpoint = entry.get("json_endpoint")
        if endpoint is not None and (
            not isinstance(endpoint, str) or not endpoint.startswith("/")
        ):
            raise doc.error(
                (*where, "json_endpoint"), "'json_endpoint' must be a path starting with '/'"
            )
        wsdl = specs / entry["wsdl"]
        if not wsdl.is_file():
            raise doc.error((*where, "wsdl"), f"wsdl file {entry['wsdl']!r} does not exist")
        event_log = entry.get("event_log")
        if event_log is not None and (not isinstance(event_log, str) or not event_log):
            raise doc.error((*where, "event_log"), "'event_log' must be an operation name")
        entries.append(
            ServiceEntry(
                str(prefix),
                entry["title"],
                entry["namespace"],
                wsdl,
                endpoint,
                _marks(doc, entry, where),
                path,
                event_log,
                doc.line((*where, "event_log")) if event_log is not None else None,
            )
        )
    return entries


def _marks(doc: Located, entry: dict[str, Any], where: KeyPath) -> tuple[Mark, ...]:
    marks: list[Mark] = []
    for key in MARK_KEYS:
        names = entry.get(key, [])
        if not isinstance(names, list):
            raise doc.error((*where, key), f"'{key}' is a list of operation names")
        for index, name in enumerate(names):
            item = (*where, key, index)
            if not isinstance(name, str) or not name:
                raise doc.error(item, f"expected an operation name, got {name!r}")
            clash = next((m for m in marks if m.operation == name and _clash(m.key, key)), None)
            if clash is not None:
                raise doc.error(item, f"{name!r} is already listed under {clash.key!r}")
            marks.append(Mark(key, name, doc.line(item)))
    return tuple(marks)


def _clash(first: str, second: str) -> bool:
    """An operation listed twice under one key, or as both safe and unsafe (a long poll
    may be either)."""
    return first == second or "long_poll" not in (first, second)


def check_marks(entry: ServiceEntry, operations: Iterable[str]) -> None:
    """Every operation the registry lists for ``entry`` is one of its WSDL's."""
    known = sorted(operations)
    listed = list(entry.marks)
    if entry.event_log is not None:
        listed.append(Mark("event_log", entry.event_log, entry.event_log_line))
    for mark in listed:
        if mark.operation not in known:
            close = difflib.get_close_matches(mark.operation, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise SpecError(
                entry.registry or entry.wsdl,
                f"unknown operation {mark.operation!r}: {entry.wsdl.name} has none of "
                f"that name{hint}",
                element=f"services.{entry.prefix}.{mark.key}",
                line=mark.line,
            )


def _discover(specs: Path) -> list[ServiceEntry]:
    wsdls = sorted(p for p in specs.rglob("*.wsdl") if p.is_file())
    if not wsdls:
        raise SpecError(specs, "no services.yaml and no .wsdl files found")
    from .wsdl import parse_xml

    entries = []
    for wsdl in wsdls:
        namespace = parse_xml(wsdl).getroot().get("targetNamespace") or ""
        prefix, endpoint = KNOWN_NAMESPACES.get(namespace, (_prefix_from_file(wsdl), None))
        entries.append(ServiceEntry(prefix, class_name(wsdl.stem), None, wsdl, endpoint))
    return entries


def _prefix_from_file(path: Path) -> str:
    return "".join(ch for ch in path.stem.lower() if ch.isalnum()) or "service"
