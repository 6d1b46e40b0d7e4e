"""The classic VAPIX CGIs (param.cgi, ptz.cgi, pwdgrp.cgi, JSON APIs ...): runtime of the
clients generated from specs/cgi/*.yaml.

* ``client.cgi.<operation>(...)`` -- typed methods, sync and async
  (``pyvapix.generated.cgi.client``);
* :func:`decode` / :func:`encode` -- the same parsing and encoding without a device;
* :func:`operations` -- every operation, named ``cgi:<name>``;
* errors -- :class:`CgiError` and its subclasses, all :class:`~pyvapix.VapixError`;
* downloads stream to a file with an optional progress callback (:class:`ProgressBar`).
"""

from __future__ import annotations

from ._codec import decode, encode, lookup, operations
from ._download import ProgressBar
from ._errors import (
    CgiApiError,
    CgiAuthenticationError,
    CgiError,
    CgiNotSupportedError,
    CgiPartialError,
    CgiRequestError,
)
from ._operation import CgiOperation
from ._redact import redact_request
from ._results import Download, ParamDefinition, ParamDefinitions, ParamList, PtzPreset, PtzPresets
from ._service import AsyncCgiService, CgiService

__all__ = [
    "AsyncCgiService",
    "CgiApiError",
    "CgiAuthenticationError",
    "CgiError",
    "CgiNotSupportedError",
    "CgiOperation",
    "CgiPartialError",
    "CgiRequestError",
    "CgiService",
    "Download",
    "ParamDefinition",
    "ParamDefinitions",
    "ParamList",
    "ProgressBar",
    "PtzPreset",
    "PtzPresets",
    "decode",
    "encode",
    "lookup",
    "operations",
    "redact_request",
]
