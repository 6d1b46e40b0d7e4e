"""pyvapix: typed clients for Axis door controllers and devices, over JSON or SOAP.

Public surface (stable): :class:`Client`, :class:`AsyncClient`, :class:`Capabilities`
and :class:`DeviceService` (what ``client.capabilities()`` answers), :func:`decode`,
:func:`encode`, :func:`to_plain`, :class:`Unknown`, :class:`VapixError` and its
subclasses; the packages :mod:`pyvapix.cgi` (the classic CGIs' errors and helpers),
:mod:`pyvapix.sim` (the simulator) and :mod:`pyvapix.runtime` (the interface of generated
code). Everything named ``_...`` is private.

Names are imported on first use, so ``import pyvapix`` (and the ``pyvapix`` command) start
quickly; ``pyvapix.Client`` costs what it needs when you reach for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import cgi, runtime, sim
    from ._capabilities import Capabilities, DeviceService
    from ._client import AsyncClient, Client
    from ._codec.plain import to_plain
    from ._codec.unknown import Unknown
    from ._errors import (
        AuthenticationError,
        CertificateError,
        DecodeError,
        DeviceError,
        EncodeError,
        FaultError,
        ProtocolNotSupportedError,
        TransportError,
        UnknownOperationError,
        VapixError,
        VapixTimeoutError,
    )
    from ._events import Event
    from ._messages import decode, encode
    from ._subscription import SubscriptionRestarted

# Where each public name lives.
_HOMES = {
    "AsyncClient": "._client",
    "Capabilities": "._capabilities",
    "DeviceService": "._capabilities",
    "Client": "._client",
    "decode": "._messages",
    "encode": "._messages",
    "to_plain": "._codec.plain",
    "Event": "._events",
    "SubscriptionRestarted": "._subscription",
    "Unknown": "._codec.unknown",
    **dict.fromkeys(
        (
            "AuthenticationError",
            "CertificateError",
            "DecodeError",
            "DeviceError",
            "EncodeError",
            "FaultError",
            "ProtocolNotSupportedError",
            "TransportError",
            "UnknownOperationError",
            "VapixError",
            "VapixTimeoutError",
        ),
        "._errors",
    ),
}
_PACKAGES = frozenset({"cgi", "runtime", "sim"})

__all__ = [
    "AsyncClient",
    "AuthenticationError",
    "Capabilities",
    "CertificateError",
    "Client",
    "DecodeError",
    "DeviceError",
    "DeviceService",
    "EncodeError",
    "Event",
    "FaultError",
    "ProtocolNotSupportedError",
    "SubscriptionRestarted",
    "TransportError",
    "Unknown",
    "UnknownOperationError",
    "VapixError",
    "VapixTimeoutError",
    "cgi",
    "decode",
    "encode",
    "runtime",
    "sim",
    "to_plain",
]
__version__ = "0.1.0"

if not TYPE_CHECKING:  # type checkers see the imports above; typos stay errors for them

    def __getattr__(name: str) -> Any:
        if name in _PACKAGES:
            return importlib.import_module(f".{name}", __name__)
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'pyvapix' has no attribute {name!r}")
        value = getattr(importlib.import_module(home, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
