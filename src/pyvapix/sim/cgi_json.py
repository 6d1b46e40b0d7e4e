"""The envelope of the JSON APIs under /axis-cgi (basicdeviceinfo, apidiscovery,
io/portmanagement): ``{"apiVersion", "context", "method", "params"}`` in,
``{"apiVersion", "context", "method", "data" | "error"}`` out, always HTTP 200.

Each API has its own error codes for the same mistakes (not JSON, unknown method, unsupported
version, missing or invalid parameter, too low a level), so an API is described once by a
:class:`JsonApi` and its methods by :class:`JsonMethod`; :func:`serve` does the rest.
A version is supported when its major number is and its minor is at most the highest one
(a 1.3 API serves 1.0 to 1.3 requests).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .cgi_http import Answer, CgiCall, Forbidden, json_answer

VERSION = re.compile(r"([0-9]+)\.([0-9]+)")


@dataclass(frozen=True)
class JsonApi:
    """An API: its highest versions per major (``("1.3",)``) and its error codes, each
    with the message the device gives."""

    versions: tuple[str, ...]
    invalid_json: tuple[int, str]
    unknown_method: tuple[int, str]
    unsupported_version: tuple[int, str]
    missing: tuple[int, str]
    invalid: tuple[int, str]
    forbidden: tuple[int, str]
    post_only: tuple[int, str] | None = None  # None: a GET is HTTP 405

    def supports(self, version: str, minimum: str = "1.0") -> bool:
        wanted = _version(version)
        if wanted is None or wanted < (_version(minimum) or (0, 0)):
            return False
        for supported in self.versions:
            top = _version(supported)
            if top is not None and top[0] == wanted[0] and wanted[1] <= top[1]:
                return True
        return False


def _version(text: str) -> tuple[int, int] | None:
    match = VERSION.fullmatch(text.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


class ApiError(Exception):
    """An error answer: code, message, and optionally ``details`` and further ``errors``."""

    def __init__(
        self,
        code: int,
        message: str,
        details: Mapping[str, Any] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code, self.message = code, message
        self.details, self.errors = details, errors


Params = Mapping[str, Any]


@dataclass(frozen=True)
class JsonMethod:
    """A method: the level it needs, the first version that has it, its handler
    (``call``, ``params`` -> ``data``). ``versioned=False``: sent without apiVersion."""

    handler: Callable[[CgiCall, Params], dict[str, Any]]
    level: str = "viewer"
    since: str = "1.0"
    versioned: bool = True


def serve(call: CgiCall, api: JsonApi, methods: Mapping[str, JsonMethod]) -> Answer:
    request = call.request
    if request.method != "POST":
        if api.post_only is None:
            return Answer(405, [("Allow", "POST"), ("Content-Type", "text/plain")], b"")
        return _error({}, api.post_only)
    try:
        body = request.json()
    except (ValueError, RecursionError):
        return _error({}, api.invalid_json)
    if not isinstance(body, dict):
        return _error({}, api.invalid_json)
    echo: dict[str, Any] = {}
    if isinstance(body.get("apiVersion"), str):
        echo["apiVersion"] = body["apiVersion"]
    if isinstance(body.get("context"), str):
        echo["context"] = body["context"]
    name = body.get("method")
    if isinstance(name, str):
        echo["method"] = name
    method = methods.get(name) if isinstance(name, str) else None
    if method is None:
        return _error(echo, api.unknown_method)
    if method.versioned:
        version = body.get("apiVersion")
        if not isinstance(version, str):
            return _error(echo, api.missing)
        if not api.supports(version):
            return _error(echo, api.unsupported_version)
        if not api.supports(version, method.since):
            return _error(echo, api.unknown_method)
    else:
        echo.setdefault("apiVersion", api.versions[-1])
    params = body.get("params", {})
    if not isinstance(params, dict):
        return _error(echo, api.invalid)
    try:
        call.require(method.level)
    except Forbidden:
        return _error(echo, api.forbidden)
    try:
        data = method.handler(call, params)
    except ApiError as error:
        return _error(echo, (error.code, error.message), error.details, error.errors)
    return json_answer({**echo, "data": data})


def _error(
    echo: dict[str, Any],
    code: tuple[int, str],
    details: Mapping[str, Any] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> Answer:
    error: dict[str, Any] = {"code": code[0], "message": code[1]}
    if details:
        error["details"] = dict(details)
    if errors:
        error["errors"] = errors
    return json_answer({**echo, "error": error})
