"""A simulated Axis network door controller (A1001-like) for tests and development.

It serves the PACS services over JSON and SOAP from one state, behind Digest/Basic
authentication, using the project's own codecs; and the classic CGIs of specs/cgi
(param.cgi, pwdgrp.cgi, io/port.cgi, the JSON APIs, applications, downloads ...) the way a
door controller without camera, audio or PTZ answers them (see :mod:`.cgi_routes`). Accounts
created over pwdgrp.cgi log in to both, with their roles enforced.

* :class:`Simulator` -- the sans-IO core: ``handle(method, target, headers, body)``;
* :class:`DeviceState` -- configuration and runtime state (fresh A1001 defaults);
* :func:`transport` / :func:`async_transport` -- in-process httpx transports;
* :func:`running` -- a real server on a free loopback port, in a background thread;
* :func:`serve` -- the blocking server behind ``pyvapix sim``.

The HTTP server needs the ``sim`` extra (uvicorn); the rest needs only the core dependencies.
"""

from __future__ import annotations

from .app import Application
from .auth import Account, Authenticator
from .core import Simulator
from .server import running, serve
from .state import DeviceState
from .transport import async_transport, transport

__all__ = [
    "Account",
    "Application",
    "Authenticator",
    "DeviceState",
    "Simulator",
    "async_transport",
    "running",
    "serve",
    "transport",
]
