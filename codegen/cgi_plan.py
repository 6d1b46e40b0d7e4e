"""Decisions about the generated CGI code, in plain Python: annotations, signatures,
docstrings, dataclass fields and the literal text of the operation table. The cgi_*.j2
templates only print what this module decides."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .cgi_spec import (
    ENVELOPE,
    CgiSpec,
    FieldSpec,
    OperationSpec,
    ParamSpec,
    TypeRef,
    TypeSpec,
)
from .headers import notice
from .plan import NO_DESCRIPTION

PY_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool", "any": "Any"}
DOWNLOAD_RESULT = "Download"


@dataclass
class FieldPlan:
    declaration: str  # "name: annotation = field(...)"
    doc: str


@dataclass
class TypePlan:
    name: str
    doc: str
    group: str | None
    fields: list[FieldPlan]
    attribute_docs: list[tuple[str, str]]


@dataclass
class MethodPlan:
    name: str
    const: str
    arguments: list[str]  # one "name: annotation[ = default]" or "*" each
    returns: str
    returns_nothing: bool  # the method is a command: no result to return
    doc: str
    args_doc: list[tuple[str, str]]
    call: str  # the runtime call after "self."
    download: bool


@dataclass
class OperationPlan:
    const: str
    kwargs: list[tuple[str, str]]  # keyword, Python literal text


@dataclass
class CgiPlan:
    types: list[TypePlan]
    operations: list[OperationPlan]
    methods: list[MethodPlan]
    type_imports: list[str]  # lines for types.py
    operation_imports: list[str]
    client_imports: list[str]
    type_sources: list[str]  # spec files, relative to the spec folder
    operation_sources: list[str]
    type_notice: str  # the docstring notice of types.py
    operation_notice: str  # of operations.py and client.py
    count: int = 0
    runtime_results: list[str] = field(default_factory=list)


def _literal(value: Any) -> str:
    return repr(value)


def field_annotation(ref: TypeRef) -> str:
    if ref.kind == "scalar":
        return PY_SCALARS[ref.name]
    if ref.kind == "record":
        return ref.name
    if ref.kind == "list":
        return f"list[{field_annotation(ref.args[0])}]"
    if ref.kind == "map":
        return f"dict[{field_annotation(ref.args[0])}, {field_annotation(ref.args[1])}]"
    raise ValueError(f"no field annotation for {ref}")


def _field_metadata(f: FieldSpec) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if f.key != f.name or f.indexed is not None:
        meta["key"] = f.key
    for name in ("match", "indexed", "element", "split"):
        value = getattr(f, name)
        if value is not None:
            meta[name] = value
    if f.index:
        meta["index"] = True
    if f.true:
        meta["true"] = list(f.true)
    if f.false:
        meta["false"] = list(f.false)
    return meta


def _field_plan(f: FieldSpec) -> FieldPlan:
    annotation = field_annotation(f.type)
    meta = _field_metadata(f)
    args = []
    if f.type.kind in ("list", "map"):
        args.append(f"default_factory={'list' if f.type.kind == 'list' else 'dict'}")
    elif not f.required:
        annotation = annotation if annotation == "Any" else f"{annotation} | None"
        args.append("default=None")
    if meta:
        args.append(f"metadata={{'cgi': {_literal(meta)}}}")
    if args == ["default=None"]:
        declaration = f"{f.name}: {annotation} = None"
    elif args:
        declaration = f"{f.name}: {annotation} = field({', '.join(args)})"
    else:
        declaration = f"{f.name}: {annotation}"
    return FieldPlan(declaration=declaration, doc=_field_doc(f))


def _field_doc(f: FieldSpec) -> str:
    parts = [f.doc.strip()] if f.doc.strip() else []
    if f.values:
        parts.append(f"Documented values: {', '.join(str(v) for v in f.values)}.")
    if f.index:
        where = "the number of the sub-group"
    elif f.element:
        where = f"element <{f.element}>"
    elif f.match:
        where = f"keys matching {f.match}"
    elif f.indexed:
        where = f"{f.key + '.' if f.key else ''}{f.indexed}<number>"
    else:
        where = f.key if f.key != f.name else ""
    if where:
        parts.append(f"({where})")
    return " ".join(p for p in parts if p)


def plan_type(spec: TypeSpec) -> TypePlan:
    fields = [_field_plan(f) for f in spec.fields]
    docs = [(f.name, _field_doc(f)) for f in spec.fields]
    if spec.envelope:
        for name, member in ENVELOPE:
            fields.append(
                FieldPlan(
                    f"{name}: str | None = field(default=None, "
                    f"metadata={{'cgi': {{'envelope': {member!r}}}}})",
                    f"The reply's {member}.",
                )
            )
            docs.append((name, f"The reply's {member} (JSON envelope)."))
    fields.append(
        FieldPlan(
            "extra: dict[str, Any] = field(default_factory=dict, "
            "metadata={'cgi': {'extra': True}})",
            "",
        )
    )
    docs.append(("extra", "Members no field takes (newer firmware, unfit values), as received."))
    doc = spec.doc.strip() or f"The {spec.name} result."
    if spec.group:
        doc += (
            f"\n\nThe parameter group root.{spec.group}; ``ParamList.view({spec.name})`` "
            "builds it from a full parameter list."
        )
    return TypePlan(name=spec.name, doc=doc, group=spec.group, fields=fields, attribute_docs=docs)


def _literal_of(values: tuple[Any, ...]) -> str:
    return "Literal[" + ", ".join(_literal(v) for v in values) + "]"


def param_annotation(p: ParamSpec) -> str:
    ref = p.type
    if ref.kind == "scalar":
        return _literal_of(p.values) if p.values else PY_SCALARS[ref.name]
    if ref.kind == "union":
        if p.values:
            return _literal_of(p.values)
        return " | ".join(PY_SCALARS[a.name] for a in ref.args)
    if ref.kind == "list":
        item = ref.args[0]
        if item.kind == "record":
            return f"Sequence[{item.name} | Mapping[str, Any]]"
        text = _literal_of(p.values) if p.values else PY_SCALARS[item.name]
        return f"{text} | Sequence[{text}]"
    if ref.kind == "mapping":
        return "Mapping[str, str | int | float | bool]"
    if ref.kind == "file":
        return "bytes | str | os.PathLike[str] | BinaryIO"
    raise ValueError(f"no parameter annotation for {ref}")


def _kind(ref: TypeRef) -> str:
    return {
        "scalar": "scalar",
        "union": "scalar",
        "list": "list",
        "mapping": "map",
        "file": "file",
    }[ref.kind]


def _scalars(ref: TypeRef) -> tuple[str, ...]:
    if ref.kind == "scalar":
        return (ref.name,)
    if ref.kind == "union":
        return tuple(a.name for a in ref.args)
    if ref.kind == "list" and ref.args[0].kind == "scalar":
        return (ref.args[0].name,)
    return ("str",)


def _param_literal(p: ParamSpec) -> str:
    args = [f"name={p.name!r}", f"key={p.key!r}"]
    kind = _kind(p.type)
    if kind != "scalar":
        args.append(f"kind={kind!r}")
    scalars = _scalars(p.type)
    if scalars != ("str",):
        args.append(f"scalars={scalars!r}")
    if p.type.kind == "list" and p.type.args[0].kind == "record":
        args.append(f"record={p.type.args[0].name}")
    if p.required:
        args.append("required=True")
    if p.default is not None:
        args.append(f"default={p.default!r}")
    if p.values:
        args.append(f"values={tuple(p.values)!r}")
    for name in ("minimum", "maximum", "max_length"):
        value = getattr(p, name)
        if value is not None:
            args.append(f"{name}={value!r}")
    if p.join != ",":
        args.append(f"join={p.join!r}")
    if p.repeat:
        args.append("repeat=True")
    if p.true != "yes":
        args.append(f"true={p.true!r}")
    if p.false != "no":
        args.append(f"false={p.false!r}")
    if p.secret:
        args.append("secret=True")
    if p.type.kind == "file":
        args.append(f"filename={p.filename!r}")
    return f"CgiParam({', '.join(args)})"


def _result_text(result: str | None) -> str:
    return "None" if result is None else result


def plan_operation(op: OperationSpec) -> OperationPlan:
    r = op.response
    response_args = [f"format={r.format!r}"]
    if r.result is not None:
        response_args.append(f"result={_result_text(r.result)}")
    defaults = {
        "charset": "auto",
        "strip_prefix": "",
        "strip_space": False,
        "unquote": False,
        "group": "",
        "data": "",
        "envelope": True,
        "capture": "",
        "filename": "",
    }
    for name, default in defaults.items():
        value = getattr(r, name)
        if value != default:
            response_args.append(f"{name}={value!r}")
    if r.codes:
        response_args.append(f"codes={dict(sorted(r.codes.items(), key=_code_order))!r}")
    kwargs = [
        ("name", _literal(op.name)),
        ("title", _literal(op.title)),
        ("path", _literal(op.path)),
        ("method", _literal(op.method)),
        ("style", _literal(op.style)),
        ("access", _literal(op.access)),
        ("response", f"CgiResponse({', '.join(response_args)})"),
    ]
    if op.params:
        kwargs.append(("params", "(" + "".join(f"{_param_literal(p)}, " for p in op.params) + ")"))
    if op.fixed:
        kwargs.append(("fixed", _literal(tuple(op.fixed))))
    if op.errors:
        rules = []
        for rule in op.errors:
            args = []
            if rule.match is not None:
                args.append(f"match={rule.match!r}")
            if rule.unless is not None:
                args.append(f"unless={rule.unless!r}")
            if rule.status:
                args.append(f"status={rule.status!r}")
            if rule.error != "request":
                args.append(f"error={rule.error!r}")
            rules.append(f"ErrorRule({', '.join(args)})")
        kwargs.append(("errors", "(" + "".join(f"{r}, " for r in rules) + ")"))
    if op.ptz:
        kwargs.append(("ptz", "True"))
    if op.safe:
        kwargs.append(("safe", "True"))
    kwargs.append(("doc", _literal(" ".join(op.doc.split()))))
    if op.evidence != "documented":
        kwargs.append(("evidence", _literal(op.evidence)))
    for name in ("json_method", "api_version", "timeout_param"):
        value = getattr(op, name)
        if value is not None:
            kwargs.append((name, _literal(value)))
    return OperationPlan(const=op.name.upper(), kwargs=kwargs)


def _code_order(item: tuple[str, str]) -> tuple[int, str]:
    key = item[0]
    return (int(key), "") if key.lstrip("-").isdigit() else (1 << 30, key)


def _returns(op: OperationSpec) -> str:
    if op.response.format == "binary":
        return DOWNLOAD_RESULT
    return _result_text(op.response.result)


def _constraints(p: ParamSpec) -> str:
    parts = []
    if p.values:
        parts.append("one of " + ", ".join(str(v) for v in p.values))
    if p.minimum is not None and p.maximum is not None:
        parts.append(f"{p.minimum:g} to {p.maximum:g}")
    elif p.minimum is not None:
        parts.append(f"at least {p.minimum:g}")
    elif p.maximum is not None:
        parts.append(f"at most {p.maximum:g}")
    if p.max_length is not None:
        parts.append(f"at most {p.max_length} characters")
    if p.type.kind == "list" and p.type.args[0].kind == "scalar":
        parts.append("one value or several" + ("" if p.repeat else f", joined by {p.join!r}"))
    if p.type.kind == "scalar" and p.type.name == "bool" and (p.true, p.false) != ("yes", "no"):
        parts.append(f"sent as {p.true}/{p.false}")
    if p.key and p.key != p.name:
        parts.append(f"sent as {p.key}")
    if p.secret:
        parts.append("never logged")
    return "; ".join(parts)


def plan_method(op: OperationSpec) -> MethodPlan:
    download = op.response.format == "binary"
    required = [p for p in op.params if p.required]
    optional = [p for p in op.params if not p.required]
    arguments = ["dest: Destination"] if download else []
    arguments += [f"{p.name}: {param_annotation(p)}" for p in required]
    arguments.append("*")
    for p in optional:
        annotation = param_annotation(p)
        if p.default is not None:
            arguments.append(f"{p.name}: {annotation} = {_literal(p.default)}")
        else:
            arguments.append(f"{p.name}: {annotation} | None = None")
    if download:
        arguments.append("progress: Progress | None = None")
    arguments.append("timeout: float | None = None")
    args_doc = []
    if download:
        args_doc.append(
            (
                "dest",
                "File path, existing directory (the device's file name is "
                "used inside it) or open binary file to write to.",
            )
        )
    for p in required + optional:
        text = p.doc.strip() or NO_DESCRIPTION
        constraints = _constraints(p)
        if constraints:
            text = f"{text.rstrip('.')}. ({constraints})" if text else constraints
        args_doc.append((p.name, text))
    if download:
        args_doc.append(
            ("progress", "Called as progress(bytes_so_far, total_or_None) after each chunk.")
        )
    args_doc.append(("timeout", "Seconds; the client's timeout when None."))
    lines = [" ".join(op.doc.split())]
    wire = f"{op.method} {op.path}"
    if op.json_method:
        wire += f" (JSON method {op.json_method})"
    lines.append(f"{wire}; access: {op.access}{' + PTZ' if op.ptz else ''}.")
    if op.evidence == "inferred":
        lines.append(
            "Not in the official documentation (inferred from other clients): "
            "verify on your device."
        )
    elif op.evidence == "observed":
        lines.append("Undocumented; observed on real devices.")
    returns = _returns(op)
    mapping = ", ".join(f"{p.name!r}: {p.name}" for p in op.params)
    call_args = f"ops.{op.name.upper()}, {{{mapping}}}"
    call = (
        f"_download({call_args}, dest, progress, timeout)"
        if download
        else f"_call({call_args}, timeout)"
    )
    return MethodPlan(
        name=op.name,
        const=op.name.upper(),
        arguments=arguments,
        returns=returns,
        returns_nothing=returns == "None",
        doc="\n\n".join(lines),
        args_doc=args_doc,
        call=call,
        download=download,
    )


def _escape(text: str) -> str:
    """Text safe inside a generated triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def plan_cgi(spec: CgiSpec) -> CgiPlan:
    types = [plan_type(t) for t in spec.types.values()]
    for t in types:
        t.doc = _escape(t.doc)
        t.attribute_docs = [(n, _escape(d)) for n, d in t.attribute_docs]
    methods = [plan_method(op) for op in spec.operations]
    for m in methods:
        m.doc = _escape(m.doc)
        m.args_doc = [(n, _escape(d)) for n, d in m.args_doc]
    operations = [plan_operation(op) for op in spec.operations]

    runtime = sorted(
        {
            op.response.result
            for op in spec.operations
            if op.response.result
            and op.response.result not in spec.types
            and op.response.result != "str"
        }
    )
    result_types = {
        op.response.result for op in spec.operations if op.response.result in spec.types
    }
    record_params = {
        p.type.args[0].name
        for op in spec.operations
        for p in op.params
        if p.type.kind == "list" and p.type.args[0].kind == "record"
    }
    op_type_names = sorted(result_types | record_params)
    typing_names = ["Any"] + (["ClassVar"] if any(t.group for t in types) else [])
    type_imports = [
        "from dataclasses import dataclass, field",
        f"from typing import {', '.join(typing_names)}",
    ]

    table_names = ["CgiOperation", "CgiResponse"]
    if any(op.params for op in spec.operations):
        table_names.append("CgiParam")
    if any(op.errors for op in spec.operations):
        table_names.append("ErrorRule")
    operation_imports = [
        f"from pyvapix.runtime import {', '.join(sorted([*table_names, *runtime]))}"
    ]
    if op_type_names:
        operation_imports += ["", f"from .types import {', '.join(op_type_names)}"]

    annotations = " ".join(a for m in methods for a in m.arguments)
    typing_needed = [name for name in ("Any", "BinaryIO", "Literal") if name in annotations]
    abc_needed = [name for name in ("Mapping", "Sequence") if f"{name}[" in annotations]
    client_imports = []
    if "os.PathLike" in annotations:
        client_imports.append("import os")
    if abc_needed:
        client_imports.append(f"from collections.abc import {', '.join(abc_needed)}")
    if typing_needed:
        client_imports.append(f"from typing import {', '.join(typing_needed)}")
    client_imports.append("")  # a blank line between groups
    client_runtime = {*runtime, "AsyncCgiService", "CgiService"}
    if any(m.download for m in methods):
        client_runtime |= {DOWNLOAD_RESULT, "Destination", "Progress"}
    client_imports += [f"from pyvapix.runtime import {', '.join(sorted(client_runtime))}", ""]
    client_imports.append("from . import operations as ops")
    if op_type_names:
        client_imports.append(f"from .types import {', '.join(op_type_names)}")
    type_sources = sorted({f"{spec.folder}/{t.file}" for t in spec.types.values()})
    operation_sources = sorted({f"{spec.folder}/{op.file}" for op in spec.operations})
    return CgiPlan(
        types=types,
        operations=operations,
        methods=methods,
        type_imports=type_imports,
        operation_imports=operation_imports,
        client_imports=client_imports,
        type_sources=type_sources,
        operation_sources=operation_sources,
        type_notice=notice(type_sources),
        operation_notice=notice(operation_sources),
        count=len(methods),
        runtime_results=runtime,
    )
