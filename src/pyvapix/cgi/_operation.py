"""What one CGI operation is, as data: the generator writes these from specs/cgi/*.yaml
(see specs/cgi/README.md) and the runtime reads nothing else."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class CgiParam:
    """One argument of a generated method and how it goes on the wire.

    ``kind`` is ``scalar``, ``list``, ``map`` (every entry is its own wire argument, as
    ``param.cgi?action=update`` wants) or ``file`` (a multipart upload). ``scalars`` are the
    accepted value types in order (``("int", "str")`` for ``int | str``); ``record`` the
    dataclass of JSON objects. ``key`` is None for an argument that is only written
    through a ``fixed`` template of the operation."""

    name: str
    key: str | None
    kind: str = "scalar"
    scalars: tuple[str, ...] = ("str",)
    record: type | None = None
    required: bool = False
    default: str | int | float | bool | None = None  # used when no value is given
    values: tuple[str | int, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    join: str = ","
    repeat: bool = False
    true: str = "yes"
    false: str = "no"
    secret: bool = False
    filename: str = "upload.bin"
    doc: str = ""


@dataclass(frozen=True, slots=True)
class ErrorRule:
    """How an error answer is recognised in the text of a body.

    ``match``: a regular expression searched in the body (multi-line mode); groups
    ``message``, ``code`` and ``entry`` are used when present. ``unless``: the body is an
    error when this expression does NOT match. ``status``: the HTTP statuses the rule
    applies to (empty: any 2xx)."""

    match: str | None = None
    unless: str | None = None
    status: tuple[int, ...] = ()
    error: str = "request"


@dataclass(frozen=True, slots=True)
class CgiResponse:
    """The success answer: its format and the Python value it becomes.

    ``result`` is a dataclass (built from the parsed body by its field metadata), one of
    the hand-written results in :mod:`pyvapix.cgi._results`, ``str`` (the text) or None
    (nothing to return). The other members tune the parse of text formats."""

    format: str
    result: Any = None
    charset: str = "auto"
    strip_prefix: str = ""
    strip_space: bool = False
    unquote: bool = False
    group: str = ""
    data: str = ""
    envelope: bool = True  # json: False when the reply is the result itself, without envelope
    capture: str = ""
    filename: str = ""  # default file name of a download
    codes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CgiOperation:
    """One operation of one CGI, named ``cgi:<name>``."""

    name: str
    title: str  # the CGI family's title, e.g. "Parameter management"
    path: str
    method: str
    style: str
    access: str
    response: CgiResponse
    params: tuple[CgiParam, ...] = ()
    fixed: tuple[tuple[str, str], ...] = ()
    errors: tuple[ErrorRule, ...] = ()
    ptz: bool = False
    safe: bool = False
    doc: str = ""
    evidence: str = "documented"
    json_method: str | None = None
    api_version: str | None = None
    timeout_param: str | None = None

    @property
    def qualified_name(self) -> str:
        return f"cgi:{self.name}"

    @property
    def is_download(self) -> bool:
        return self.response.format == "binary"

    @property
    def secret_keys(self) -> frozenset[str]:
        """Wire keys whose values must never be shown (passwords)."""
        return frozenset(p.key for p in self.params if p.secret and p.key)

    @property
    def role(self) -> str:
        """The access level as a person reads it, e.g. ``viewer + PTZ``."""
        return f"{self.access} + PTZ" if self.ptz else self.access
