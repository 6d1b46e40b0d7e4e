"""Check specs/cgi/*.yaml and build their parsed content (cgi_spec.CgiSpec).

The schema is documented in specs/cgi/README.md. Every problem is a SpecError naming the
file, the line and the element (``operations.ptz_move.params.direction.values``), so a bad
spec is refused with a reason instead of generating wrong code.
"""

from __future__ import annotations

import keyword
import re
import string
from pathlib import Path
from typing import Any

from .cgi_spec import (
    ENVELOPE,
    RUNTIME_RESULTS,
    CgiSpec,
    FieldSpec,
    OperationSpec,
    ParamSpec,
    ResponseSpec,
    RuleSpec,
    TypeRef,
    TypeSpec,
    parse_type,
)
from .errors import SpecError
from .naming import snake_case
from .yaml_reader import KeyPath, Located, kind_of, load

FORMATS = ("kv", "lines", "text", "xml", "json", "binary")
STYLES = ("query", "form", "json", "multipart")
ACCESS = ("anonymous", "viewer", "operator", "admin")
EVIDENCE = ("documented", "observed", "inferred")
ERROR_KINDS = ("request", "partial", "auth")
CHARSETS = ("auto", "utf-8", "iso-8859-1")
RESERVED_PARAMS = {"self", "timeout", "dest", "progress"}

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


def _type_ref(doc: Located, value: Any, path: KeyPath) -> TypeRef:
    text = doc.string(value, path)
    try:
        return parse_type(text)
    except ValueError as exc:
        raise doc.error(path, str(exc)) from None


def _python_name(doc: Located, name: str, path: KeyPath) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise doc.error(
            path,
            f"{name!r} is not a usable Python name; give the wire name "
            f"in 'key' and a Python name as the mapping key",
        )
    return name


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
    types: dict[str, TypeSpec] = {}
    type_lines: dict[str, tuple[Located, KeyPath]] = {}
    raw_ops: list[tuple[Located, str, dict[str, Any], dict[str, Any]]] = []
    for file in files:
        doc = load(file)
        top = doc.mapping(doc.data, (), FILE_KEYS, ("cgi", "title"))
        if "operations" not in top and "types" not in top:
            raise doc.error((), "a spec file needs 'operations', 'types' or both")
        for name, spec in (top.get("types") or {}).items():
            path: KeyPath = ("types", name)
            if name in types:
                raise doc.error(path, f"type {name!r} is already declared in {types[name].file}")
            types[name] = _type(doc, name, spec, path, file.name)
            type_lines[name] = (doc, path)
        operations = top.get("operations") or {}
        doc.mapping(operations, ("operations",), set(operations))
        for name, spec in operations.items():
            raw_ops.append((doc, name, top, spec))
    _check_type_references(types, type_lines)
    ops: list[OperationSpec] = []
    seen: dict[str, str] = {}
    for doc, name, top, spec in raw_ops:
        path = ("operations", name)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or keyword.iskeyword(name):
            raise doc.error(path, f"operation name {name!r} must be lower_snake_case")
        if name in seen:
            raise doc.error(path, f"operation {name!r} is already declared in {seen[name]}")
        seen[name] = doc.file.name
        ops.append(_operation(doc, name, top, spec, path, types))
    for op in ops:
        if op.response.format == "json" and op.response.envelope and op.response.result in types:
            types[op.response.result].envelope = True
    for type_spec in types.values():
        if type_spec.envelope:
            clash = {f.name for f in type_spec.fields} & {name for name, _ in ENVELOPE}
            if clash:
                doc, path = type_lines[type_spec.name]
                raise doc.error(
                    path,
                    f"field {sorted(clash)[0]!r} clashes with the JSON "
                    "envelope member of the same name",
                )
    return CgiSpec(ops, _ordered(types, type_lines), [f.name for f in files], directory.name)


def _type(doc: Located, name: str, spec: Any, path: KeyPath, file: str) -> TypeSpec:
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        raise doc.error(path, f"type name {name!r} must be CapitalisedWords")
    if name in RUNTIME_RESULTS or name in ("Download",):
        raise doc.error(path, f"{name!r} is a result of the runtime; choose another name")
    spec = doc.mapping(spec, path, TYPE_KEYS, ("fields",))
    fields_spec = doc.mapping(spec["fields"], (*path, "fields"), set(spec["fields"]))
    if not fields_spec:
        raise doc.error((*path, "fields"), "a type needs at least one field")
    fields = []
    names: set[str] = set()
    for key, value in fields_spec.items():
        fpath = (*path, "fields", key)
        fields.append(_field(doc, key, value, fpath))
        if fields[-1].name in names:
            raise doc.error(fpath, f"two fields are named {fields[-1].name!r} in Python")
        names.add(fields[-1].name)
    group = spec.get("group")
    return TypeSpec(
        name=name,
        doc=doc.string(spec.get("doc", ""), (*path, "doc"), empty=True),
        file=file,
        group=doc.string(group, (*path, "group")) if group else None,
        fields=fields,
    )


def _field(doc: Located, key: str, value: Any, path: KeyPath) -> FieldSpec:
    if isinstance(value, str):
        value = {"type": value}
    spec = doc.mapping(value, path, FIELD_KEYS, ("type",))
    name = _python_name(doc, _name_from(key), path)
    if name == "extra":
        raise doc.error(path, "'extra' is reserved for the members no field takes")
    ref = _type_ref(doc, spec["type"], (*path, "type"))
    if ref.kind in ("mapping", "file", "union"):
        raise doc.error((*path, "type"), f"{spec['type']!r} is a parameter type, not a field type")
    wire = spec.get("key", key)
    wire = doc.string(wire, (*path, "key"), empty=bool(spec.get("indexed")))
    result = FieldSpec(
        name=name,
        key=wire,
        type=ref,
        required=doc.boolean(spec.get("required", False), (*path, "required")),
        doc=doc.string(spec.get("doc", ""), (*path, "doc"), empty=True),
    )
    if "match" in spec:
        result.match = doc.regex(spec["match"], (*path, "match"))
    if ref.kind == "map":
        if result.match is None:
            raise doc.error(
                path,
                "a map field collects the keys its 'match' expression matches; 'match' is missing",
            )
        key_type = ref.args[0]
        if key_type.kind != "scalar" or key_type.name not in ("str", "int"):
            raise doc.error((*path, "type"), "map keys must be str or int")
        if re.compile(result.match).groups > 1:
            raise doc.error((*path, "match"), "use at most one group (the map key)")
    if "indexed" in spec:
        letter = doc.string(spec["indexed"], (*path, "indexed"))
        if not re.fullmatch(r"[A-Za-z]+", letter):
            raise doc.error(
                (*path, "indexed"), "the letter(s) before the group number, e.g. I for I0"
            )
        if not (ref.kind == "list" and ref.args[0].kind == "record"):
            raise doc.error((*path, "type"), "an indexed field is a list of a declared type")
        result.indexed = letter
    if spec.get("index"):
        if not (ref.kind == "scalar" and ref.name == "int"):
            raise doc.error((*path, "type"), "the index field is an int")
        result.index = True
    if "element" in spec:
        result.element = doc.string(spec["element"], (*path, "element"))
    if "split" in spec:
        result.split = doc.string(spec["split"], (*path, "split"))
    for side in ("true", "false"):
        if f"{side}_words" in spec:
            if not (ref.kind == "scalar" and ref.name == "bool") and not (
                ref.kind == "map" and ref.args[1].kind == "scalar" and ref.args[1].name == "bool"
            ):
                raise doc.error((*path, f"{side}_words"), "only for boolean fields")
            setattr(result, side, doc.words(spec[f"{side}_words"], (*path, f"{side}_words")))
    if "values" in spec:
        result.values = tuple(doc.words(spec["values"], (*path, "values")))
    return result


def _check_type_references(
    types: dict[str, TypeSpec], where: dict[str, tuple[Located, KeyPath]]
) -> None:
    for type_spec in types.values():
        doc, path = where[type_spec.name]
        for f in type_spec.fields:
            for name in f.type.records():
                if name not in types:
                    raise doc.error(
                        (*path, "fields", f.key or f.name, "type"), f"unknown type {name!r}"
                    )


def _ordered(
    types: dict[str, TypeSpec], where: dict[str, tuple[Located, KeyPath]]
) -> dict[str, TypeSpec]:
    """Types sorted so each comes after the types its fields use; a cycle is refused."""
    done: dict[str, TypeSpec] = {}
    visiting: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            doc, path = where[name]
            raise doc.error(
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
    doc: Located,
    name: str,
    top: dict[str, Any],
    spec: Any,
    path: KeyPath,
    types: dict[str, TypeSpec],
) -> OperationSpec:
    spec = doc.mapping(spec, path, OP_KEYS, ("doc",))

    def inherited(key: str, default: Any = None) -> tuple[Any, KeyPath]:
        if key in spec:
            return spec[key], (*path, key)
        if key in top:
            return top[key], (key,)
        return default, path

    cgi = doc.string(top["cgi"], ("cgi",))
    title = doc.string(top["title"], ("title",))
    docs = doc.string(top["docs"], ("docs",)) if "docs" in top else None
    op_path, where = inherited("path")
    if op_path is None:
        raise doc.error(path, "'path' is required (here or at the top of the file)")
    op_path = doc.string(op_path, where)
    if not op_path.startswith("/") or "?" in op_path:
        raise doc.error(where, "'path' is an absolute path without a query")
    method = doc.string(
        inherited("method", "GET")[0], inherited("method")[1], choices=("GET", "POST")
    )
    style_value, style_where = inherited("request")
    style = (
        doc.string(style_value, style_where, choices=STYLES)
        if style_value
        else ("form" if method == "POST" else "query")
    )
    if style in ("json", "multipart", "form") and method != "POST":
        origin = (
            "" if style_where[: len(path)] == path else " (inherited from the top of the file)"
        )
        raise doc.error(
            path if origin else style_where,
            f"request style {style!r}{origin} needs method POST, not {method}",
        )
    access = doc.string(inherited("access", "viewer")[0], inherited("access")[1], choices=ACCESS)
    ptz = doc.boolean(inherited("ptz", False)[0], inherited("ptz")[1])
    evidence = doc.string(
        inherited("evidence", "documented")[0], inherited("evidence")[1], choices=EVIDENCE
    )
    safe = doc.boolean(spec.get("safe", False), (*path, "safe"))
    summary = doc.string(spec["doc"], (*path, "doc"))

    json_method = api_version = None
    if style == "json":
        if "json_method" not in spec:
            raise doc.error(path, "a JSON API operation needs 'json_method'")
        json_method = doc.string(spec["json_method"], (*path, "json_method"))
        version, vwhere = inherited("api_version")
        api_version = None if version is None else doc.scalar_text(version, vwhere)
    elif "json_method" in spec:
        raise doc.error((*path, "json_method"), "only for request style json")

    params = _params(doc, spec.get("params") or {}, (*path, "params"), style, types)
    by_name = {p.name: p for p in params}
    fixed = _fixed(doc, spec.get("fixed") or {}, (*path, "fixed"), by_name)
    response = _response(doc, top.get("response") or {}, spec.get("response") or {}, path, types)
    codes = _codes(doc, top.get("error_codes") or {}, ("error_codes",))
    codes.update(_codes(doc, spec.get("error_codes") or {}, (*path, "error_codes")))
    response.codes = codes
    errors = _rules(doc, spec.get("errors") or [], (*path, "errors"))
    errors += _rules(doc, top.get("errors") or [], ("errors",))

    timeout_param = None
    if "timeout" in spec:
        timeout_param = doc.string(spec["timeout"], (*path, "timeout"))
        target = by_name.get(timeout_param)
        if (
            target is None
            or target.type.kind != "scalar"
            or target.type.name not in ("int", "float")
        ):
            raise doc.error(
                (*path, "timeout"), "names a numeric parameter (seconds added to the read timeout)"
            )
    if response.format == "binary" and style == "multipart":
        raise doc.error(path, "a download cannot also be an upload")
    return OperationSpec(
        name=name,
        cgi=cgi,
        title=title,
        file=doc.file.name,
        docs=docs,
        path=op_path,
        method="POST" if style in ("json", "multipart") else method,
        style=style,
        access=access,
        ptz=ptz,
        safe=safe,
        doc=summary,
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
    doc: Located, spec: Any, path: KeyPath, style: str, types: dict[str, TypeSpec]
) -> list[ParamSpec]:
    spec = doc.mapping(spec, path, set(spec) if isinstance(spec, dict) else set())
    params: list[ParamSpec] = []
    for key, value in spec.items():
        ppath = (*path, key)
        if isinstance(value, str):
            value = {"type": value}
        value = doc.mapping(value, ppath, PARAM_KEYS, ("type",))
        name = _python_name(doc, _name_from(key) if "key" not in value else key, ppath)
        if name in RESERVED_PARAMS:
            raise doc.error(ppath, f"{name!r} is reserved by the generated methods")
        ref = _type_ref(doc, value["type"], (*ppath, "type"))
        _check_param_type(doc, ref, (*ppath, "type"), style, types)
        wire = doc.string(value.get("key", key), (*ppath, "key"))
        param = ParamSpec(
            name=name,
            key=wire,
            type=ref,
            required=doc.boolean(value.get("required", False), (*ppath, "required")),
            doc=doc.string(value.get("doc", ""), (*ppath, "doc"), empty=True),
            explicit_key="key" in value,
        )
        if "default" in value:
            if param.required:
                raise doc.error((*ppath, "default"), "a required parameter has no default")
            if ref.kind not in ("scalar", "union") or isinstance(value["default"], (dict, list)):
                raise doc.error((*ppath, "default"), "only scalar parameters have defaults")
            param.default = value["default"]
        if "values" in value:
            values = value["values"]
            if not isinstance(values, list) or not values:
                raise doc.error((*ppath, "values"), "expected a non-empty list of allowed values")
            for i, item in enumerate(values):
                doc.scalar_text(item, (*ppath, "values", i))
            param.values = tuple(values)
        for bound, attr in (("min", "minimum"), ("max", "maximum")):
            if bound in value:
                setattr(param, attr, doc.number(value[bound], (*ppath, bound)))
        if "max_length" in value:
            param.max_length = int(doc.number(value["max_length"], (*ppath, "max_length")))
        if "join" in value:
            param.join = doc.string(value["join"], (*ppath, "join"))
        if "repeat" in value:
            param.repeat = doc.boolean(value["repeat"], (*ppath, "repeat"))
        if ("join" in value or "repeat" in value) and ref.kind != "list":
            raise doc.error(ppath, "'join' and 'repeat' are for list parameters")
        if "bool" in value:
            words = value["bool"]
            if not isinstance(words, list) or len(words) != 2:
                raise doc.error(
                    (*ppath, "bool"), 'expected the two words of true and false, e.g. ["1", "0"]'
                )
            if _scalars_of(ref) != ("bool",):
                raise doc.error((*ppath, "bool"), "only for boolean parameters")
            param.true = doc.scalar_text(words[0], (*ppath, "bool", 0))
            param.false = doc.scalar_text(words[1], (*ppath, "bool", 1))
        if "secret" in value:
            param.secret = doc.boolean(value["secret"], (*ppath, "secret"))
            if param.secret and style not in ("form", "json"):
                raise doc.error(
                    (*ppath, "secret"),
                    "a secret travels in a POST body only: use request style form or json",
                )
        if "filename" in value:
            if ref.kind != "file":
                raise doc.error((*ppath, "filename"), "only for file parameters")
            param.filename = doc.string(value["filename"], (*ppath, "filename"))
        params.append(param)
    maps = [p for p in params if p.type.kind == "mapping"]
    if len(maps) > 1:
        raise doc.error(path, "at most one parameter of type map per operation")
    return params


def _scalars_of(ref: TypeRef) -> tuple[str, ...]:
    if ref.kind == "list":
        ref = ref.args[0]
    if ref.kind == "union":
        return tuple(a.name for a in ref.args)
    return (ref.name,) if ref.kind == "scalar" else ()


def _check_param_type(
    doc: Located, ref: TypeRef, path: KeyPath, style: str, types: dict[str, TypeSpec]
) -> None:
    if ref.kind == "union":
        if any(a.kind != "scalar" or a.name == "any" for a in ref.args):
            raise doc.error(path, "a union parameter combines scalar types only")
        return
    if ref.kind == "scalar":
        if ref.name == "any":
            raise doc.error(path, "'any' is for result fields only")
        return
    if ref.kind == "list":
        item = ref.args[0]
        if item.kind == "record":
            if style != "json":
                raise doc.error(path, "lists of objects are for JSON APIs only")
            if item.name not in types:
                raise doc.error(path, f"unknown type {item.name!r}")
            return
        if item.kind != "scalar" or item.name == "any":
            raise doc.error(path, "a list parameter holds scalars or objects of a declared type")
        return
    if ref.kind == "mapping":
        if style not in ("query", "form"):
            raise doc.error(
                path, "a map parameter writes one argument per entry: query or form only"
            )
        return
    if ref.kind == "file":
        if style != "multipart":
            raise doc.error(path, "a file parameter needs request style multipart")
        return
    raise doc.error(path, f"{ref.kind} types are for result fields, not parameters")


def _fixed(
    doc: Located, spec: Any, path: KeyPath, params: dict[str, ParamSpec]
) -> list[tuple[str, str]]:
    spec = doc.mapping(spec, path, set(spec) if isinstance(spec, dict) else set())
    fixed = []
    for key, value in spec.items():
        text = doc.scalar_text(value, (*path, key))
        for part in (key, text):
            for name in _template_names(doc, part, (*path, key)):
                param = params.get(name)
                if param is None:
                    raise doc.error((*path, key), f"{{{name}}} names no parameter")
                if not param.required and param.default is None:
                    raise doc.error(
                        (*path, key),
                        f"{{{name}}}: a parameter used in a template "
                        "must be required or have a default",
                    )
                if param.type.kind not in ("scalar", "union", "list"):
                    raise doc.error(
                        (*path, key), f"{{{name}}}: only scalars and lists fit in a template"
                    )
                if not param.explicit_key:
                    param.key = None  # sent through the template only
        fixed.append((key, text))
    return fixed


def _template_names(doc: Located, text: str, path: KeyPath) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise doc.error(
            path, f"bad template {text!r}: {exc} (write {{{{ and }}}} for braces)"
        ) from None
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise doc.error(path, f"template fields are plain parameter names, not {name!r}")
        names.append(name)
    return names


def _response(
    doc: Located, base: Any, own: Any, path: KeyPath, types: dict[str, TypeSpec]
) -> ResponseSpec:
    base = doc.mapping(base, ("response",), RESPONSE_KEYS)
    own = doc.mapping(own, (*path, "response"), RESPONSE_KEYS)
    merged = {**base, **own}

    def where(key: str) -> KeyPath:
        return (*path, "response", key) if key in own else ("response", key)

    if "format" not in merged:
        raise doc.error(
            (*path, "response"), "'format' is required (here or in the file's response)"
        )
    fmt = doc.string(merged["format"], where("format"), choices=FORMATS)
    result = merged.get("result")
    if result is not None:
        result = doc.string(result, where("result"))
        if result == "str":
            if fmt not in ("text",):
                raise doc.error(where("result"), "result str is the text of a text answer")
        elif result in RUNTIME_RESULTS:
            if fmt not in RUNTIME_RESULTS[result]:
                raise doc.error(
                    where("result"),
                    f"{result} parses {' or '.join(RUNTIME_RESULTS[result])}, not {fmt}",
                )
        elif result not in types:
            raise doc.error(where("result"), f"unknown result type {result!r}")
    if fmt == "binary" and result is not None:
        raise doc.error(where("result"), "a download (format binary) has no result type")
    if fmt == "lines" and (result is None or result not in types):
        raise doc.error(where("format"), "format lines needs a declared result type")
    response = ResponseSpec(format=fmt, result=result)
    if "charset" in merged:
        response.charset = doc.string(merged["charset"], where("charset"), choices=CHARSETS)
    for key in ("strip_prefix", "data", "filename"):
        if key in merged:  # "" clears a value given at the top of the file
            setattr(response, key, doc.string(merged[key], where(key), empty=key != "filename"))
    for key in ("strip_space", "unquote", "envelope"):
        if key in merged:
            setattr(response, key, doc.boolean(merged[key], where(key)))
    if not response.envelope and fmt != "json":
        raise doc.error(where("envelope"), "envelope is for format json")
    if "capture" in merged:
        if fmt != "text":
            raise doc.error(where("capture"), "capture is for format text")
        response.capture = doc.regex(merged["capture"], where("capture"))
    if response.data and fmt != "json":
        raise doc.error(where("data"), "data names a member of a JSON reply's data")
    if response.filename and fmt != "binary":
        raise doc.error(where("filename"), "filename is the default name of a download")
    if result in types and types[result].group:
        if fmt != "kv":
            raise doc.error(where("result"), f"{result} is a parameter group view: format kv")
        response.group = types[result].group or ""
    return response


def _codes(doc: Located, spec: Any, path: KeyPath) -> dict[str, str]:
    spec = doc.mapping(
        {str(k): v for k, v in spec.items()} if isinstance(spec, dict) else spec,
        path,
        {str(k) for k in spec} if isinstance(spec, dict) else set(),
    )
    return {key: doc.string(value, (*path, key)) for key, value in spec.items()}


def _rules(doc: Located, spec: Any, path: KeyPath) -> list[RuleSpec]:
    if not isinstance(spec, list):
        raise doc.error(path, f"expected a list of error rules, got {kind_of(spec)}")
    rules = []
    for index, item in enumerate(spec):
        rpath = (*path, index)
        item = doc.mapping(item, rpath, RULE_KEYS)
        match = doc.regex(item["match"], (*rpath, "match")) if "match" in item else None
        unless = doc.regex(item["unless"], (*rpath, "unless")) if "unless" in item else None
        if match and unless:
            raise doc.error(rpath, "give 'match' or 'unless', not both")
        status = item.get("status", [])
        status = status if isinstance(status, list) else [status]
        for i, code in enumerate(status):
            if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
                raise doc.error((*rpath, "status", i), f"{code!r} is not an HTTP status")
        if not match and not unless and not status:
            raise doc.error(rpath, "a rule needs 'match', 'unless' or 'status'")
        error = doc.string(item.get("error", "request"), (*rpath, "error"), choices=ERROR_KINDS)
        if error == "partial" and (match is None or "(?P<entry>" not in match):
            raise doc.error(
                (*rpath, "match"), "a partial error names the created group with (?P<entry>...)"
            )
        rules.append(RuleSpec(match=match, unless=unless, status=tuple(status), error=error))
    return rules
