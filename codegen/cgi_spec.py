"""The parsed content of specs/cgi/*.yaml: one checked description of every CGI operation
and result type (cgi_checker.py builds it, cgi_plan.py consumes it). The schema of the files
is documented in specs/cgi/README.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SCALARS = ("str", "int", "float", "bool", "any")
# Hand-written results of pyvapix.runtime (pyvapix.cgi._results), and the formats each parses.
RUNTIME_RESULTS = {
    "ParamList": ("kv",),
    "PtzPresets": ("kv", "text"),
    "ParamDefinitions": ("xml",),
}
# The members a JSON API answer wraps its data in: (field, JSON name).
ENVELOPE = (("api_version", "apiVersion"), ("context", "context"), ("method", "method"))


@dataclass(frozen=True)
class TypeRef:
    """A parsed type expression: ``str``, ``int | str``, ``list[ApiInfo]``, ``map[int, bool]``,
    ``map`` (parameter name -> value), ``file``, or a declared type name."""

    kind: str  # "scalar" "union" "list" "map" "mapping" "file" "record"
    name: str = ""
    args: tuple[TypeRef, ...] = ()

    def records(self) -> list[str]:
        found = [self.name] if self.kind == "record" else []
        for arg in self.args:
            found += arg.records()
        return found


@dataclass
class FieldSpec:
    name: str  # Python attribute
    key: str  # wire name
    type: TypeRef
    required: bool
    doc: str
    match: str | None = None
    indexed: str | None = None
    index: bool = False
    element: str | None = None
    split: str | None = None
    true: tuple[str, ...] = ()
    false: tuple[str, ...] = ()
    values: tuple[Any, ...] = ()


@dataclass
class TypeSpec:
    name: str
    doc: str
    file: str
    group: str | None
    fields: list[FieldSpec]
    envelope: bool = False  # the result of a JSON API: gets api_version, context, method


@dataclass
class ParamSpec:
    name: str
    key: str | None
    type: TypeRef
    required: bool
    doc: str
    default: Any = None
    values: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    join: str = ","
    repeat: bool = False
    true: str = "yes"
    false: str = "no"
    secret: bool = False
    filename: str = "upload.bin"
    explicit_key: bool = False  # 'key' given: sent by itself even when a template uses it


@dataclass
class RuleSpec:
    match: str | None
    unless: str | None
    status: tuple[int, ...]
    error: str


@dataclass
class ResponseSpec:
    format: str
    result: str | None  # None, "str", a runtime result or a declared type
    charset: str = "auto"
    strip_prefix: str = ""
    strip_space: bool = False
    unquote: bool = False
    group: str = ""
    data: str = ""
    envelope: bool = True
    capture: str = ""
    filename: str = ""
    codes: dict[str, str] = field(default_factory=dict)


@dataclass
class OperationSpec:
    name: str
    cgi: str
    title: str
    file: str
    docs: str | None
    path: str
    method: str
    style: str
    access: str
    ptz: bool
    safe: bool
    doc: str
    evidence: str
    params: list[ParamSpec]
    fixed: list[tuple[str, str]]
    response: ResponseSpec
    errors: list[RuleSpec]
    json_method: str | None
    api_version: str | None
    timeout_param: str | None


@dataclass
class CgiSpec:
    operations: list[OperationSpec]
    types: dict[str, TypeSpec]  # in dependency order: a type comes after those it uses
    files: list[str]  # file names
    folder: str  # the folder of the files, relative to the spec folder: "cgi"


def parse_type(text: str) -> TypeRef:
    """A type expression; ValueError for anything else."""
    text = text.strip()
    parts = _split_top(text, "|")
    if len(parts) > 1:
        return TypeRef("union", args=tuple(parse_type(p) for p in parts))
    if text.startswith("list[") and text.endswith("]"):
        return TypeRef("list", args=(parse_type(text[5:-1]),))
    if text.startswith("map[") and text.endswith("]"):
        inner = _split_top(text[4:-1], ",")
        if len(inner) != 2:
            raise ValueError("map[...] takes a key type and a value type")
        return TypeRef("map", args=(parse_type(inner[0]), parse_type(inner[1])))
    if text == "map":
        return TypeRef("mapping")
    if text == "file":
        return TypeRef("file")
    if text in SCALARS:
        return TypeRef("scalar", name=text)
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", text):
        return TypeRef("record", name=text)
    raise ValueError(f"unknown type {text!r}")


def _split_top(text: str, separator: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p.strip() for p in parts]
