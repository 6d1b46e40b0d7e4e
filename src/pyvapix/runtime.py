"""The interface of generated code: everything a module under ``generated/`` (or a package
you generate yourself with ``pyvapix generate``) may import from pyvapix, and nothing else.

It is stable: a package generated with this version keeps working with later pyvapix
versions of the same major version, without regenerating. The rest of the runtime is
private (modules named ``_...``) and may change at any time; the public API for
applications is what :mod:`pyvapix` exports.

What it holds:

* service clients -- :class:`Service`/:class:`AsyncService` (bases of the generated
  clients), :func:`build` (a request model from keyword arguments), :data:`Protocol`;
* the operation catalogue -- :class:`ServiceInfo`, :class:`OperationInfo`, :class:`Paging`,
  :class:`Header` (what ``registry.py`` declares);
* specialised codecs -- :class:`Codecs`, :class:`Fallback`, :data:`BOOL_TEXT` and the
  scalar conversions (``STR``, ``INT`` ...) used by ``codecs/*.py``;
* CGI clients -- :class:`CgiOperation` and the parts it is made of, the hand-written
  results, :class:`CgiService`/:class:`AsyncCgiService` and the download types;
* typed events -- :class:`Event` (base of the generated event classes), :class:`EventField`,
  :data:`SOURCE`/:data:`DATA`, and :func:`log_events` / :func:`async_log_events`, which read
  event-logger pages as typed events.

Each name is imported on first use: a generated registry that needs three names does not
load the CGI runtime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._catalogue import Header, OperationInfo, Paging, ServiceInfo
    from ._codec.layout import (
        ANY_VALUE,
        BASE64_BINARY,
        BOOL,
        BOOL_TEXT,
        DECIMAL,
        FLOAT,
        HEX_BINARY,
        INT,
        STR,
        Codecs,
        EnumScalar,
        Fallback,
        UnionScalar,
    )
    from ._events import DATA, SOURCE, Event, EventField, async_log_events, log_events
    from ._services import AsyncService, Protocol, Service, build
    from .cgi._download import Destination, Progress
    from .cgi._operation import CgiOperation, CgiParam, CgiResponse, ErrorRule
    from .cgi._results import Download, ParamDefinitions, ParamList, PtzPresets
    from .cgi._service import AsyncCgiService, CgiService

_HOMES = {
    **dict.fromkeys(("Header", "OperationInfo", "Paging", "ServiceInfo"), "._catalogue"),
    **dict.fromkeys(
        (
            "ANY_VALUE",
            "BASE64_BINARY",
            "BOOL",
            "BOOL_TEXT",
            "DECIMAL",
            "FLOAT",
            "HEX_BINARY",
            "INT",
            "STR",
            "Codecs",
            "EnumScalar",
            "Fallback",
            "UnionScalar",
        ),
        "._codec.layout",
    ),
    **dict.fromkeys(
        ("DATA", "SOURCE", "Event", "EventField", "async_log_events", "log_events"), "._events"
    ),
    **dict.fromkeys(("AsyncService", "Protocol", "Service", "build"), "._services"),
    **dict.fromkeys(("Destination", "Progress"), ".cgi._download"),
    **dict.fromkeys(("CgiOperation", "CgiParam", "CgiResponse", "ErrorRule"), ".cgi._operation"),
    **dict.fromkeys(("Download", "ParamDefinitions", "ParamList", "PtzPresets"), ".cgi._results"),
    **dict.fromkeys(("AsyncCgiService", "CgiService"), ".cgi._service"),
}

__all__ = [
    "ANY_VALUE",
    "BASE64_BINARY",
    "BOOL",
    "BOOL_TEXT",
    "DATA",
    "DECIMAL",
    "FLOAT",
    "HEX_BINARY",
    "INT",
    "SOURCE",
    "STR",
    "AsyncCgiService",
    "AsyncService",
    "CgiOperation",
    "CgiParam",
    "CgiResponse",
    "CgiService",
    "Codecs",
    "Destination",
    "Download",
    "EnumScalar",
    "ErrorRule",
    "Event",
    "EventField",
    "Fallback",
    "Header",
    "OperationInfo",
    "Paging",
    "ParamDefinitions",
    "ParamList",
    "Progress",
    "Protocol",
    "PtzPresets",
    "Service",
    "ServiceInfo",
    "UnionScalar",
    "async_log_events",
    "build",
    "log_events",
]

if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'pyvapix.runtime' has no attribute {name!r}")
        value = getattr(importlib.import_module(home, "pyvapix"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
