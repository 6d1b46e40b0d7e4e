"""The service registry (specs/services.yaml), or defaults derived from WSDL files alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import SpecError
from .naming import class_name

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
}

_KEYS = {"title", "namespace", "wsdl", "json_endpoint", "long_poll", "event_log"}


@dataclass(frozen=True)
class ServiceEntry:
    prefix: str
    title: str
    namespace: str | None  # None: taken from the WSDL
    wsdl: Path
    json_endpoint: str | None
    # Operations that wait on the device until something happens (an event pull).
    long_poll: frozenset[str] = frozenset()
    # The paging operation whose items are event-logger rows: the client then also reads
    # them as typed events (generated/events.py).
    event_log: str | None = None


def load_registry(specs: Path) -> list[ServiceEntry]:
    """Entries of ``specs/services.yaml``; without that file, one per WSDL found below
    ``specs`` (prefix and endpoint from the namespace, else the file name)."""
    path = specs / "services.yaml"
    if not path.exists():
        return _discover(specs)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SpecError(
            path,
            f"invalid YAML: {getattr(exc, 'problem', exc)}",
            line=mark.line + 1 if mark else None,
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("services"), dict):
        raise SpecError(path, "expected a mapping with a 'services' mapping")
    entries = []
    for prefix, entry in data["services"].items():
        where = f"services.{prefix}"
        if not isinstance(entry, dict):
            raise SpecError(path, "expected a mapping", element=where)
        unknown = set(entry) - _KEYS
        if unknown:
            raise SpecError(
                path,
                f"unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_KEYS))})",
                element=where,
            )
        for key in ("title", "namespace", "wsdl"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise SpecError(path, f"'{key}' is required and must be a string", element=where)
        endpoint = entry.get("json_endpoint")
        if endpoint is not None and (
            not isinstance(endpoint, str) or not endpoint.startswith("/")
        ):
            raise SpecError(
                path, "'json_endpoint' must be a path starting with '/'", element=where
            )
        wsdl = specs / entry["wsdl"]
        if not wsdl.is_file():
            raise SpecError(path, f"wsdl file {entry['wsdl']!r} does not exist", element=where)
        long_poll = entry.get("long_poll", [])
        if not isinstance(long_poll, list) or not all(isinstance(n, str) for n in long_poll):
            raise SpecError(path, "'long_poll' must be a list of operation names", element=where)
        event_log = entry.get("event_log")
        if event_log is not None and not isinstance(event_log, str):
            raise SpecError(path, "'event_log' must be an operation name", element=where)
        entries.append(
            ServiceEntry(
                str(prefix),
                entry["title"],
                entry["namespace"],
                wsdl,
                endpoint,
                frozenset(long_poll),
                event_log,
            )
        )
    return entries


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
