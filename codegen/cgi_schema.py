"""specs/cgi/*.yaml -> one checked model of every CGI operation and result type.

The schema is documented in specs/cgi/README.md. Every problem is a SpecError naming the
file, the line and the element (``operations.ptz_move.params.direction.values``), so a bad
spec is refused with a reason instead of generating wrong code.
"""

from __future__ import annotations

import keyword
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cgi_yaml import Located, Path_, load
from .errors import SpecError
from .naming import snake_case

FORMATS = ("kv", "lines", "text", "xml", "json", "binary")
STYLES = ("query", "form", "json", "multipart")
ACCESS = ("anonymous", "viewer", "operator", "admin")
EVIDENCE = ("documented", "observed", "inferred")
ERROR_KINDS = ("request", "partial", "auth")
CHARSETS = ("auto", "utf-8", "iso-8859-1")
SCALARS = ("str", "int", "float", "bool", "any")
# Hand-written results of pyvapix.runtime (pyvapix.cgi._results), and the formats each parses.
RUNTIME_RESULTS = {
    "ParamList": ("kv",),
    "PtzPresets": ("kv", "text"),
    "ParamDefinitions": ("xml",),
}
RESERVED_PARAMS = {"self", "timeout", "dest", "progress"}
ENVELOPE = (("api_version", "apiVersion"), ("context", "context"), ("method", "method"))

FILE_KEYS = {
    "cgi",
    "title",
    "docs",
    "evidence",
    "path",
    "method",
    "request",
    "access",
    "ptz",
    "api_version",
    "response",
    "errors",
    "error_codes",
    "types",
    "operations",
}
OP_KEYS = {
    "doc",
    "path",
    "method",
    "request",
    "access",
    "ptz",
    "safe",
    "evidence",
    "json_method",
    "api_version",
    "timeout",
    "fixed",
    "params",
    "response",
    "errors",
    "error_codes",
}
PARAM_KEYS = {
    "type",
    "key",
    "required",
    "default",
    "values",
    "min",
    "max",
    "max_length",
    "join",
    "repeat",
    "bool",
    "secret",
    "filename",
    "doc",
}
RESPONSE_KEYS = {
    "format",
    "result",
    "charset",
    "strip_prefix",
    "strip_space",
    "unquote",
    "data",
    "envelope",
    "capture",
    "filename",
}
RULE_KEYS = {"match", "unless", "status", "error"}
TYPE_KEYS = {"doc", "group", "fields"}
FIELD_KEYS = {
    "type",
    "key",
    "required",
    "doc",
    "match",
    "indexed",
    "index",
    "element",
    "split",
    "true_words",
    "false_words",
    "values",
}
YAML_BOOLEAN_HINT = " (quote yes/no/on/off/true/false: YAML reads them as booleans)"


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
class FieldModel:
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
class TypeModel:
    name: str
    doc: str
    file: str
    group: str | None
    fields: list[FieldModel]
    envelope: bool = False  # the result of a JSON API: gets api_version, context, method


@dataclass
class ParamModel:
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
class RuleModel:
    match: str | None
    unless: str | None
    status: tuple[int, ...]
    error: str


@dataclass
class ResponseModel:
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
class OperationModel:
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
    params: list[ParamModel]
    fixed: list[tuple[str, str]]
    response: ResponseModel
    errors: list[RuleModel]
    json_method: str | None
    api_version: str | None
    timeout_param: str | None


@dataclass
class CgiSpec:
    operations: list[OperationModel]
    types: dict[str, TypeModel]  # in dependency order: a type comes after those it uses
    files: list[str]


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


class _Checker:
    """Checks one file; every complaint names its path in the document."""

    def __init__(self, doc: Located) -> None:
        self.doc = doc

    def fail(self, path: Path_, reason: str) -> SpecError:
        return self.doc.error(path, reason)

    def mapping(
        self, value: Any, path: Path_, allowed: set[str], required: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping, got {_kind(value)}")
        for key in value:
            if not isinstance(key, str):
                hint = YAML_BOOLEAN_HINT if isinstance(key, bool) else ""
                raise self.fail((*path, key), f"keys must be strings, got {key!r}{hint}")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(
                (*path, unknown[0]),
                f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})",
            )
        for key in required:
            if key not in value:
                raise self.fail(path, f"{key!r} is required")
        return value

    def string(
        self, value: Any, path: Path_, *, choices: tuple[str, ...] = (), empty: bool = False
    ) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"expected a string, got {_kind(value)}")
        if not value and not empty:
            raise self.fail(path, "expected a non-empty string")
        if choices and value not in choices:
            raise self.fail(path, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def boolean(self, value: Any, path: Path_) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, f"expected true or false, got {_kind(value)}")
        return value

    def number(self, value: Any, path: Path_) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(path, f"expected a number, got {_kind(value)}")
        return value

    def regex(self, value: Any, path: Path_) -> str:
        text = self.string(value, path)
        try:
            re.compile(text, re.MULTILINE)
        except re.error as exc:
            raise self.fail(path, f"invalid regular expression: {exc}") from None
        return text

    def words(self, value: Any, path: Path_) -> tuple[str, ...]:
        items = value if isinstance(value, list) else [value]
        return tuple(
            self.scalar_text(item, (*path, i) if isinstance(value, list) else path)
            for i, item in enumerate(items)
        )

    def scalar_text(self, value: Any, path: Path_) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            hint = YAML_BOOLEAN_HINT if isinstance(value, bool) else ""
            raise self.fail(path, f"expected a string or number, got {_kind(value)}{hint}")
        return str(value)

    def type_ref(self, value: Any, path: Path_) -> TypeRef:
        text = self.string(value, path)
        try:
            return parse_type(text)
        except ValueError as exc:
            raise self.fail(path, str(exc)) from None

    def python_name(self, name: str, path: Path_) -> str:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise self.fail(
                path,
                f"{name!r} is not a usable Python name; give the wire name "
                f"in 'key' and a Python name as the mapping key",
            )
        return name


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)


def _name_from(key: str) -> str:
    try:
        return snake_case(key)
    except ValueError:
        return key


def load_specs(directory: Path) -> CgiSpec:
    """Read and check every ``*.yaml`` of ``directory`` (sorted by file name)."""
    files = sorted(p for p in directory.glob("*.yaml") if p.is_file())
    if not files:
        raise SpecError(directory, "no .yaml files in the CGI spec directory")
    types: dict[str, TypeModel] = {}
    type_lines: dict[str, tuple[_Checker, Path_]] = {}
    raw_ops: list[tuple[_Checker, str, dict[str, Any], dict[str, Any]]] = []
    for file in files:
        doc = load(file)
        checker = _Checker(doc)
        top = checker.mapping(doc.data, (), FILE_KEYS, ("cgi", "title"))
        if "operations" not in top and "types" not in top:
            raise checker.fail((), "a spec file needs 'operations', 'types' or both")
        for name, spec in (top.get("types") or {}).items():
            path: Path_ = ("types", name)
            if name in types:
                raise checker.fail(
                    path, f"type {name!r} is already declared in {types[name].file}"
                )
            types[name] = _type(checker, name, spec, path, file.name)
            type_lines[name] = (checker, path)
        operations = top.get("operations") or {}
        checker.mapping(operations, ("operations",), set(operations))
        for name, spec in operations.items():
            raw_ops.append((checker, name, top, spec))
    _check_type_references(types, type_lines)
    ops: list[OperationModel] = []
    seen: dict[str, str] = {}
    for checker, name, top, spec in raw_ops:
        path = ("operations", name)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or keyword.iskeyword(name):
            raise checker.fail(path, f"operation name {name!r} must be lower_snake_case")
        if name in seen:
            raise checker.fail(path, f"operation {name!r} is already declared in {seen[name]}")
        seen[name] = checker.doc.file.name
        ops.append(_operation(checker, name, top, spec, path, types))
    for op in ops:
        if op.response.format == "json" and op.response.envelope and op.response.result in types:
            types[op.response.result].envelope = True
    for model in types.values():
        if model.envelope:
            clash = {f.name for f in model.fields} & {name for name, _ in ENVELOPE}
            if clash:
                checker, path = type_lines[model.name]
                raise checker.fail(
                    path,
                    f"field {sorted(clash)[0]!r} clashes with the JSON "
                    "envelope member of the same name",
                )
    return CgiSpec(ops, _ordered(types, type_lines), [f.name for f in files])


def _type(checker: _Checker, name: str, spec: Any, path: Path_, file: str) -> TypeModel:
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        raise checker.fail(path, f"type name {name!r} must be CapitalisedWords")
    if name in RUNTIME_RESULTS or name in ("Download",):
        raise checker.fail(path, f"{name!r} is a result of the runtime; choose another name")
    spec = checker.mapping(spec, path, TYPE_KEYS, ("fields",))
    fields_spec = checker.mapping(spec["fields"], (*path, "fields"), set(spec["fields"]))
    if not fields_spec:
        raise checker.fail((*path, "fields"), "a type needs at least one field")
    fields = []
    names: set[str] = set()
    for key, value in fields_spec.items():
        fpath = (*path, "fields", key)
        fields.append(_field(checker, key, value, fpath))
        if fields[-1].name in names:
            raise checker.fail(fpath, f"two fields are named {fields[-1].name!r} in Python")
        names.add(fields[-1].name)
    group = spec.get("group")
    return TypeModel(
        name=name,
        doc=checker.string(spec.get("doc", ""), (*path, "doc"), empty=True),
        file=file,
        group=checker.string(group, (*path, "group")) if group else None,
        fields=fields,
    )


def _field(checker: _Checker, key: str, value: Any, path: Path_) -> FieldModel:
    if isinstance(value, str):
        value = {"type": value}
    spec = checker.mapping(value, path, FIELD_KEYS, ("type",))
    name = checker.python_name(_name_from(key), path)
    if name == "extra":
        raise checker.fail(path, "'extra' is reserved for the members no field takes")
    ref = checker.type_ref(spec["type"], (*path, "type"))
    if ref.kind in ("mapping", "file", "union"):
        raise checker.fail(
            (*path, "type"), f"{spec['type']!r} is a parameter type, not a field type"
        )
    wire = spec.get("key", key)
    wire = checker.string(wire, (*path, "key"), empty=bool(spec.get("indexed")))
    model = FieldModel(
        name=name,
        key=wire,
        type=ref,
        required=checker.boolean(spec.get("required", False), (*path, "required")),
        doc=checker.string(spec.get("doc", ""), (*path, "doc"), empty=True),
    )
    if "match" in spec:
        model.match = checker.regex(spec["match"], (*path, "match"))
    if ref.kind == "map":
        if model.match is None:
            raise checker.fail(
                path,
                "a map field collects the keys its 'match' expression matches; 'match' is missing",
            )
        key_type = ref.args[0]
        if key_type.kind != "scalar" or key_type.name not in ("str", "int"):
            raise checker.fail((*path, "type"), "map keys must be str or int")
        if re.compile(model.match).groups > 1:
            raise checker.fail((*path, "match"), "use at most one group (the map key)")
    if "indexed" in spec:
        letter = checker.string(spec["indexed"], (*path, "indexed"))
        if not re.fullmatch(r"[A-Za-z]+", letter):
            raise checker.fail(
                (*path, "indexed"), "the letter(s) before the group number, e.g. I for I0"
            )
        if not (ref.kind == "list" and ref.args[0].kind == "record"):
            raise checker.fail((*path, "type"), "an indexed field is a list of a declared type")
        model.indexed = letter
    if spec.get("index"):
        if not (ref.kind == "scalar" and ref.name == "int"):
            raise checker.fail((*path, "type"), "the index field is an int")
        model.index = True
    if "element" in spec:
        model.element = checker.string(spec["element"], (*path, "element"))
    if "split" in spec:
        model.split = checker.string(spec["split"], (*path, "split"))
    for side in ("true", "false"):
        if f"{side}_words" in spec:
            if not (ref.kind == "scalar" and ref.name == "bool") and not (
                ref.kind == "map" and ref.args[1].kind == "scalar" and ref.args[1].name == "bool"
            ):
                raise checker.fail((*path, f"{side}_words"), "only for boolean fields")
            setattr(model, side, checker.words(spec[f"{side}_words"], (*path, f"{side}_words")))
    if "values" in spec:
        model.values = tuple(checker.words(spec["values"], (*path, "values")))
    return model


def _check_type_references(
    types: dict[str, TypeModel], where: dict[str, tuple[_Checker, Path_]]
) -> None:
    for model in types.values():
        checker, path = where[model.name]
        for f in model.fields:
            for name in f.type.records():
                if name not in types:
                    raise checker.fail(
                        (*path, "fields", f.key or f.name, "type"), f"unknown type {name!r}"
                    )


def _ordered(
    types: dict[str, TypeModel], where: dict[str, tuple[_Checker, Path_]]
) -> dict[str, TypeModel]:
    """Types sorted so each comes after the types its fields use; a cycle is refused."""
    done: dict[str, TypeModel] = {}
    visiting: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            checker, path = where[name]
            raise checker.fail(
                path,
                f"types refer to each other in a cycle: "
                f"{' -> '.join([*visiting[visiting.index(name) :], name])}",
            )
        visiting.append(name)
        for f in types[name].fields:
            for used in f.type.records():
                visit(used)
        visiting.pop()
        done[name] = types[name]

    for name in sorted(types):
        visit(name)
    return done


def _operation(
    checker: _Checker,
    name: str,
    top: dict[str, Any],
    spec: Any,
    path: Path_,
    types: dict[str, TypeModel],
) -> OperationModel:
    spec = checker.mapping(spec, path, OP_KEYS, ("doc",))

    def inherited(key: str, default: Any = None) -> tuple[Any, Path_]:
        if key in spec:
            return spec[key], (*path, key)
        if key in top:
            return top[key], (key,)
        return default, path

    cgi = checker.string(top["cgi"], ("cgi",))
    title = checker.string(top["title"], ("title",))
    docs = checker.string(top["docs"], ("docs",)) if "docs" in top else None
    op_path, where = inherited("path")
    if op_path is None:
        raise checker.fail(path, "'path' is required (here or at the top of the file)")
    op_path = checker.string(op_path, where)
    if not op_path.startswith("/") or "?" in op_path:
        raise checker.fail(where, "'path' is an absolute path without a query")
    method = checker.string(
        inherited("method", "GET")[0], inherited("method")[1], choices=("GET", "POST")
    )
    style_value, style_where = inherited("request")
    style = (
        checker.string(style_value, style_where, choices=STYLES)
        if style_value
        else ("form" if method == "POST" else "query")
    )
    if style in ("json", "multipart", "form") and method != "POST":
        origin = (
            "" if style_where[: len(path)] == path else " (inherited from the top of the file)"
        )
        raise checker.fail(
            path if origin else style_where,
            f"request style {style!r}{origin} needs method POST, not {method}",
        )
    access = checker.string(
        inherited("access", "viewer")[0], inherited("access")[1], choices=ACCESS
    )
    ptz = checker.boolean(inherited("ptz", False)[0], inherited("ptz")[1])
    evidence = checker.string(
        inherited("evidence", "documented")[0], inherited("evidence")[1], choices=EVIDENCE
    )
    safe = checker.boolean(spec.get("safe", False), (*path, "safe"))
    doc = checker.string(spec["doc"], (*path, "doc"))

    json_method = api_version = None
    if style == "json":
        if "json_method" not in spec:
            raise checker.fail(path, "a JSON API operation needs 'json_method'")
        json_method = checker.string(spec["json_method"], (*path, "json_method"))
        version, vwhere = inherited("api_version")
        api_version = None if version is None else checker.scalar_text(version, vwhere)
    elif "json_method" in spec:
        raise checker.fail((*path, "json_method"), "only for request style json")

    params = _params(checker, spec.get("params") or {}, (*path, "params"), style, types)
    by_name = {p.name: p for p in params}
    fixed = _fixed(checker, spec.get("fixed") or {}, (*path, "fixed"), by_name)
    response = _response(
        checker, top.get("response") or {}, spec.get("response") or {}, path, types
    )
    codes = _codes(checker, top.get("error_codes") or {}, ("error_codes",))
    codes.update(_codes(checker, spec.get("error_codes") or {}, (*path, "error_codes")))
    response.codes = codes
    errors = _rules(checker, spec.get("errors") or [], (*path, "errors"))
    errors += _rules(checker, top.get("errors") or [], ("errors",))

    timeout_param = None
    if "timeout" in spec:
        timeout_param = checker.string(spec["timeout"], (*path, "timeout"))
        target = by_name.get(timeout_param)
        if (
            target is None
            or target.type.kind != "scalar"
            or target.type.name not in ("int", "float")
        ):
            raise checker.fail(
                (*path, "timeout"), "names a numeric parameter (seconds added to the read timeout)"
            )
    if response.format == "binary" and style == "multipart":
        raise checker.fail(path, "a download cannot also be an upload")
    return OperationModel(
        name=name,
        cgi=cgi,
        title=title,
        file=checker.doc.file.name,
        docs=docs,
        path=op_path,
        method="POST" if style in ("json", "multipart") else method,
        style=style,
        access=access,
        ptz=ptz,
        safe=safe,
        doc=doc,
        evidence=evidence,
        params=params,
        fixed=fixed,
        response=response,
        errors=errors,
        json_method=json_method,
        api_version=api_version,
        timeout_param=timeout_param,
    )


def _params(
    checker: _Checker, spec: Any, path: Path_, style: str, types: dict[str, TypeModel]
) -> list[ParamModel]:
    spec = checker.mapping(spec, path, set(spec) if isinstance(spec, dict) else set())
    params: list[ParamModel] = []
    for key, value in spec.items():
        ppath = (*path, key)
        if isinstance(value, str):
            value = {"type": value}
        value = checker.mapping(value, ppath, PARAM_KEYS, ("type",))
        name = checker.python_name(_name_from(key) if "key" not in value else key, ppath)
        if name in RESERVED_PARAMS:
            raise checker.fail(ppath, f"{name!r} is reserved by the generated methods")
        ref = checker.type_ref(value["type"], (*ppath, "type"))
        _check_param_type(checker, ref, (*ppath, "type"), style, types)
        wire = checker.string(value.get("key", key), (*ppath, "key"))
        param = ParamModel(
            name=name,
            key=wire,
            type=ref,
            required=checker.boolean(value.get("required", False), (*ppath, "required")),
            doc=checker.string(value.get("doc", ""), (*ppath, "doc"), empty=True),
            explicit_key="key" in value,
        )
        if "default" in value:
            if param.required:
                raise checker.fail((*ppath, "default"), "a required parameter has no default")
            if ref.kind not in ("scalar", "union") or isinstance(value["default"], (dict, list)):
                raise checker.fail((*ppath, "default"), "only scalar parameters have defaults")
            param.default = value["default"]
        if "values" in value:
            values = value["values"]
            if not isinstance(values, list) or not values:
                raise checker.fail(
                    (*ppath, "values"), "expected a non-empty list of allowed values"
                )
            for i, item in enumerate(values):
                checker.scalar_text(item, (*ppath, "values", i))
            param.values = tuple(values)
        for bound, attr in (("min", "minimum"), ("max", "maximum")):
            if bound in value:
                setattr(param, attr, checker.number(value[bound], (*ppath, bound)))
        if "max_length" in value:
            param.max_length = int(checker.number(value["max_length"], (*ppath, "max_length")))
        if "join" in value:
            param.join = checker.string(value["join"], (*ppath, "join"))
        if "repeat" in value:
            param.repeat = checker.boolean(value["repeat"], (*ppath, "repeat"))
        if ("join" in value or "repeat" in value) and ref.kind != "list":
            raise checker.fail(ppath, "'join' and 'repeat' are for list parameters")
        if "bool" in value:
            words = value["bool"]
            if not isinstance(words, list) or len(words) != 2:
                raise checker.fail(
                    (*ppath, "bool"), 'expected the two words of true and false, e.g. ["1", "0"]'
                )
            if _scalars_of(ref) != ("bool",):
                raise checker.fail((*ppath, "bool"), "only for boolean parameters")
            param.true = checker.scalar_text(words[0], (*ppath, "bool", 0))
            param.false = checker.scalar_text(words[1], (*ppath, "bool", 1))
        if "secret" in value:
            param.secret = checker.boolean(value["secret"], (*ppath, "secret"))
            if param.secret and style not in ("form", "json"):
                raise checker.fail(
                    (*ppath, "secret"),
                    "a secret travels in a POST body only: use request style form or json",
                )
        if "filename" in value:
            if ref.kind != "file":
                raise checker.fail((*ppath, "filename"), "only for file parameters")
            param.filename = checker.string(value["filename"], (*ppath, "filename"))
        params.append(param)
    maps = [p for p in params if p.type.kind == "mapping"]
    if len(maps) > 1:
        raise checker.fail(path, "at most one parameter of type map per operation")
    return params


def _scalars_of(ref: TypeRef) -> tuple[str, ...]:
    if ref.kind == "list":
        ref = ref.args[0]
    if ref.kind == "union":
        return tuple(a.name for a in ref.args)
    return (ref.name,) if ref.kind == "scalar" else ()


def _check_param_type(
    checker: _Checker, ref: TypeRef, path: Path_, style: str, types: dict[str, TypeModel]
) -> None:
    if ref.kind == "union":
        if any(a.kind != "scalar" or a.name == "any" for a in ref.args):
            raise checker.fail(path, "a union parameter combines scalar types only")
        return
    if ref.kind == "scalar":
        if ref.name == "any":
            raise checker.fail(path, "'any' is for result fields only")
        return
    if ref.kind == "list":
        item = ref.args[0]
        if item.kind == "record":
            if style != "json":
                raise checker.fail(path, "lists of objects are for JSON APIs only")
            if item.name not in types:
                raise checker.fail(path, f"unknown type {item.name!r}")
            return
        if item.kind != "scalar" or item.name == "any":
            raise checker.fail(
                path, "a list parameter holds scalars or objects of a declared type"
            )
        return
    if ref.kind == "mapping":
        if style not in ("query", "form"):
            raise checker.fail(
                path, "a map parameter writes one argument per entry: query or form only"
            )
        return
    if ref.kind == "file":
        if style != "multipart":
            raise checker.fail(path, "a file parameter needs request style multipart")
        return
    raise checker.fail(path, f"{ref.kind} types are for result fields, not parameters")


def _fixed(
    checker: _Checker, spec: Any, path: Path_, params: dict[str, ParamModel]
) -> list[tuple[str, str]]:
    spec = checker.mapping(spec, path, set(spec) if isinstance(spec, dict) else set())
    fixed = []
    for key, value in spec.items():
        text = checker.scalar_text(value, (*path, key))
        for part in (key, text):
            for name in _template_names(checker, part, (*path, key)):
                param = params.get(name)
                if param is None:
                    raise checker.fail((*path, key), f"{{{name}}} names no parameter")
                if not param.required and param.default is None:
                    raise checker.fail(
                        (*path, key),
                        f"{{{name}}}: a parameter used in a template "
                        "must be required or have a default",
                    )
                if param.type.kind not in ("scalar", "union", "list"):
                    raise checker.fail(
                        (*path, key), f"{{{name}}}: only scalars and lists fit in a template"
                    )
                if not param.explicit_key:
                    param.key = None  # sent through the template only
        fixed.append((key, text))
    return fixed


def _template_names(checker: _Checker, text: str, path: Path_) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise checker.fail(
            path, f"bad template {text!r}: {exc} (write {{{{ and }}}} for braces)"
        ) from None
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise checker.fail(path, f"template fields are plain parameter names, not {name!r}")
        names.append(name)
    return names


def _response(
    checker: _Checker, base: Any, own: Any, path: Path_, types: dict[str, TypeModel]
) -> ResponseModel:
    base = checker.mapping(base, ("response",), RESPONSE_KEYS)
    own = checker.mapping(own, (*path, "response"), RESPONSE_KEYS)
    merged = {**base, **own}

    def where(key: str) -> Path_:
        return (*path, "response", key) if key in own else ("response", key)

    if "format" not in merged:
        raise checker.fail(
            (*path, "response"), "'format' is required (here or in the file's response)"
        )
    fmt = checker.string(merged["format"], where("format"), choices=FORMATS)
    result = merged.get("result")
    if result is not None:
        result = checker.string(result, where("result"))
        if result == "str":
            if fmt not in ("text",):
                raise checker.fail(where("result"), "result str is the text of a text answer")
        elif result in RUNTIME_RESULTS:
            if fmt not in RUNTIME_RESULTS[result]:
                raise checker.fail(
                    where("result"),
                    f"{result} parses {' or '.join(RUNTIME_RESULTS[result])}, not {fmt}",
                )
        elif result not in types:
            raise checker.fail(where("result"), f"unknown result type {result!r}")
    if fmt == "binary" and result is not None:
        raise checker.fail(where("result"), "a download (format binary) has no result type")
    if fmt == "lines" and (result is None or result not in types):
        raise checker.fail(where("format"), "format lines needs a declared result type")
    model = ResponseModel(format=fmt, result=result)
    if "charset" in merged:
        model.charset = checker.string(merged["charset"], where("charset"), choices=CHARSETS)
    for key in ("strip_prefix", "data", "filename"):
        if key in merged:  # "" clears a value given at the top of the file
            setattr(model, key, checker.string(merged[key], where(key), empty=key != "filename"))
    for key in ("strip_space", "unquote", "envelope"):
        if key in merged:
            setattr(model, key, checker.boolean(merged[key], where(key)))
    if not model.envelope and fmt != "json":
        raise checker.fail(where("envelope"), "envelope is for format json")
    if "capture" in merged:
        if fmt != "text":
            raise checker.fail(where("capture"), "capture is for format text")
        model.capture = checker.regex(merged["capture"], where("capture"))
    if model.data and fmt != "json":
        raise checker.fail(where("data"), "data names a member of a JSON reply's data")
    if model.filename and fmt != "binary":
        raise checker.fail(where("filename"), "filename is the default name of a download")
    if result in types and types[result].group:
        if fmt != "kv":
            raise checker.fail(where("result"), f"{result} is a parameter group view: format kv")
        model.group = types[result].group or ""
    return model


def _codes(checker: _Checker, spec: Any, path: Path_) -> dict[str, str]:
    spec = checker.mapping(
        {str(k): v for k, v in spec.items()} if isinstance(spec, dict) else spec,
        path,
        {str(k) for k in spec} if isinstance(spec, dict) else set(),
    )
    return {key: checker.string(value, (*path, key)) for key, value in spec.items()}


def _rules(checker: _Checker, spec: Any, path: Path_) -> list[RuleModel]:
    if not isinstance(spec, list):
        raise checker.fail(path, f"expected a list of error rules, got {_kind(spec)}")
    rules = []
    for index, item in enumerate(spec):
        rpath = (*path, index)
        item = checker.mapping(item, rpath, RULE_KEYS)
        match = checker.regex(item["match"], (*rpath, "match")) if "match" in item else None
        unless = checker.regex(item["unless"], (*rpath, "unless")) if "unless" in item else None
        if match and unless:
            raise checker.fail(rpath, "give 'match' or 'unless', not both")
        status = item.get("status", [])
        status = status if isinstance(status, list) else [status]
        for i, code in enumerate(status):
            if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
                raise checker.fail((*rpath, "status", i), f"{code!r} is not an HTTP status")
        if not match and not unless and not status:
            raise checker.fail(rpath, "a rule needs 'match', 'unless' or 'status'")
        error = checker.string(
            item.get("error", "request"), (*rpath, "error"), choices=ERROR_KINDS
        )
        if error == "partial" and (match is None or "(?P<entry>" not in match):
            raise checker.fail(
                (*rpath, "match"), "a partial error names the created group with (?P<entry>...)"
            )
        rules.append(RuleModel(match=match, unless=unless, status=tuple(status), error=error))
    return rules
