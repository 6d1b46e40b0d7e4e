"""pyvapix: typed clients for Axis door controllers and devices, over JSON or SOAP.

Public surface (stable): :class:`Client`, :class:`AsyncClient`, :func:`decode`,
:func:`encode`, :func:`to_plain`, :class:`VapixError` and its subclasses.
"""

from __future__ import annotations

from ._client import AsyncClient, Client
from ._codec import to_plain
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
from ._messages import decode, encode

__all__ = [
    "AsyncClient",
    "AuthenticationError",
    "CertificateError",
    "Client",
    "DecodeError",
    "DeviceError",
    "EncodeError",
    "FaultError",
    "ProtocolNotSupportedError",
    "TransportError",
    "Unknown",
    "UnknownOperationError",
    "VapixError",
    "VapixTimeoutError",
    "decode",
    "encode",
    "to_plain",
]
__version__ = "0.1.0"
