"""Decisions about the generated clients and the registry, in plain Python: method names,
signatures, docstrings, paging, retry safety and the registry's literal text. Templates
(service.py.j2, registry.py.j2, accessors.py.j2) only print what this module decides."""

from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass, field
from typing import Any

from .errors import SpecError
from .headers import notice
from .naming import class_name, snake_case
from .registry import ServiceEntry
from .typing_text import Imports, hint_text
from .wsdl import Operation, WsdlService

# The guess of retry safety from an operation's name: these verbs only read; everything
# else may change state. services.yaml lists the exceptions (safe:, unsafe:).
READ_VERBS = ("Get", "Fetch")


# Said of the common paging and addressing parameters when the spec itself says nothing.
FALLBACK_DOCS = {
    "Limit": "Most items in one page; the device may return fewer.",
    "StartReference": "NextStartReference of the previous page; leave out for the first page.",
    "Token": "Token of the entity (or entities) to act on.",
}


# Said of a parameter when neither the spec nor the fallbacks above say anything.
NO_DESCRIPTION = "(no description in the spec)"

# The iterator's docstring sentence about the page size, by paging kind.
PAGE_SIZE_DOCS = {
    "reference": "Limit sets the page size.",
    "rowid": "Limit sets the page size (at most 1000).",
}

# Keyword arguments every generated method has; a spec field of the same name gets a "_".
RESERVED_PARAMS = frozenset({"self", "protocol", "timeout"})


@dataclass
class Param:
    name: str  # Python keyword
    field: str  # request model field
    annotation: str
    required: bool
    is_list: bool
    doc: str

    @property
    def signature(self) -> str:
        """The parameter in the method's signature: optional ones default to None."""
        return f"{self.name}: {self.annotation}" + ("" if self.required else " = None")


@dataclass
class Paging:
    kind: str  # "reference" or "rowid"
    items: str  # response field with the page items
    item_annotation: str
    cursor_param: str  # request parameter the iterator drives itself
    params: list[Param]  # the iterator's: the method's without the cursor
    doc: str  # what the iterator's docstring says about the page size


@dataclass(frozen=True)
class Header:
    """A SOAP header block of an operation's message: its element and model class."""

    element: str  # Clark name, {namespace}local
    models: str  # models module, e.g. "models.common.wsa"
    cls: str

    @property
    def literal(self) -> str:
        """The registry's ``Header(...)`` for it."""
        return f"Header({self.element!r}, {self.models!r}, {self.cls!r})"


@dataclass
class Method:
    name: str
    operation: Operation
    request_class: str
    response_class: str
    params: list[Param]
    doc: str
    safe: bool  # may be retried
    long_poll: bool  # waits on the device by design
    paging: Paging | None
    iter_name: str | None
    qualified_name: str = ""  # "prefix:Operation"
    models_module: str = ""  # of the request and response classes, e.g. "models.tdc"
    event_log: bool = False  # its pages are event-logger rows: also read as typed events
    input_headers: list[Header] = field(default_factory=list)
    output_headers: list[Header] = field(default_factory=list)
    registry_fields: list[tuple[str, str]] = field(default_factory=list)  # OperationInfo(...)


@dataclass
class ServicePlan:
    prefix: str
    title: str
    namespace: str
    json_endpoint: str | None
    class_name: str
    async_class_name: str
    methods: list[Method]
    imports: Imports = field(default_factory=Imports)
    module: str = ""  # the service module, relative to the package: "services.tdc"
    sources: list[str] = field(default_factory=list)  # its spec file
    notice: str = ""  # the module docstring's "generated from" notice
    transports: str = ""  # the module docstring's sentence on endpoints
    one_way: str = ""  # the module docstring's sentence on one-way operations, if any
    runtime_names: list[str] = field(default_factory=list)  # imported from pyvapix.runtime
    import_lines: list[str] = field(default_factory=list)  # of the models (and events) it names
    registry_fields: list[tuple[str, str]] = field(default_factory=list)  # ServiceInfo(...)

    @property
    def event_log(self) -> Method | None:
        """The method whose pages are event-logger rows, when the service has one."""
        return next((m for m in self.methods if m.event_log), None)


def client_base_name(wsdl_name: str) -> str:
    """``DoorControlService`` / ``DoorControl`` -> ``DoorControl``."""
    base = class_name(wsdl_name)
    return base[: -len("Service")] if base.endswith("Service") and base != "Service" else base


def is_safe(operation_name: str, entry: ServiceEntry | None = None) -> bool:
    """May the operation be sent again after a failure? What the registry ``entry`` says,
    else the guess from the name."""
    if entry is not None and operation_name in entry.marked("safe"):
        return True
    if entry is not None and operation_name in entry.marked("unsafe"):
        return False
    return operation_name.startswith(READ_VERBS)


def field_docs(cls: type) -> dict[str, str]:
    """Per-field text of the Google-style ``Attributes:`` sections of a class and its bases."""
    docs: dict[str, str] = {}
    for base in reversed(cls.__mro__):
        docs.update({k: v for k, v in _own_field_docs(base).items() if v})
    return docs


def _own_field_docs(cls: type) -> dict[str, str]:
    docs: dict[str, str] = {}
    lines = (cls.__dict__.get("__doc__") or "").splitlines()
    current = None
    indent = None
    in_section = False
    for line in lines:
        if line.strip() == "Attributes:":
            in_section = True
            continue
        if not in_section or not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        match = re.match(r"\s*(\w+):\s*(.*)$", line)
        if match and (indent is None or depth == indent):
            indent = depth
            current = match.group(1)
            docs[current] = match.group(2).strip()
        elif current is not None and indent is not None and depth > indent:
            docs[current] = f"{docs[current]} {line.strip()}".strip()
    return docs


def type_summary(hint: Any) -> str:
    """First sentence of the docstring of the model a field holds (or holds a list of)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    target = args[0]
    if typing.get_origin(target) is list:
        target = typing.get_args(target)[0]
    if not (isinstance(target, type) and dataclasses.is_dataclass(target)):
        return ""
    text = " ".join((target.__doc__ or "").split("Attributes:")[0].split())
    return text.split(". ")[0].rstrip(".") + "." if text else ""


def _wire_fields(cls: type) -> list[dataclasses.Field[Any]]:
    return [
        f
        for f in dataclasses.fields(cls)
        if f.metadata.get("type", "Element") in ("Element", "Attribute")
    ]


def _xml_names(cls: type) -> dict[str, str]:
    return {f.metadata.get("name", f.name): f.name for f in _wire_fields(cls)}


def detect_paging(request: type, response: type) -> tuple[str, str, str] | None:
    """(kind, items field, cursor field) when the operation pages, else None."""
    req = _xml_names(request)
    resp_fields = _wire_fields(response)
    resp = {f.metadata.get("name", f.name): f for f in resp_fields}
    hints = typing.get_type_hints(response)
    lists = [f for f in resp_fields if typing.get_origin(hints[f.name]) is list]
    if len(lists) != 1:
        return None
    items = lists[0].name
    if "Limit" in req and "StartReference" in req and "NextStartReference" in resp:
        return "reference", items, req["StartReference"]
    if "Limit" in req and "RowID" in req and "More" in resp:
        return "rowid", items, req["RowID"]
    return None


def plan_service(
    entry: ServiceEntry,
    wsdl: WsdlService,
    classes: dict[tuple[str, str], type],
    module_of: typing.Callable[[type], str],
    spec_file: str,
) -> ServicePlan:
    """Everything the service template prints, for one service (of ``spec_file``, relative
    to the spec folder)."""
    imports = Imports()
    methods = []
    namespace = entry.namespace or wsdl.namespace
    one_way = []
    for op in wsdl.operations:
        if op.output_element is None:
            one_way.append(op.name)  # nothing to wait for: no client method
            continue
        request, response = classes[op.input_element], classes[op.output_element]
        models_module = module_of(request)
        if module_of(response) != models_module:
            raise SpecError(
                entry.wsdl,
                f"the input and output elements of {op.name} are declared in different "
                f"files ({models_module}, {module_of(response)}); declare them together",
            )
        imports.add(module_of(request), request.__name__)
        imports.add(module_of(response), response.__name__)
        hints = typing.get_type_hints(request)
        docs = field_docs(request)
        params = []
        for f in _wire_fields(request):
            hint = hints[f.name]
            is_list = typing.get_origin(hint) is list
            text = hint_text(hint, imports, module_of)
            if is_list:  # one item or a list of items
                item = text[len("list[") : -1]
                text = f"{text} | {item}"
            required = (
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            ) or (is_list and f.metadata.get("min_occurs", 0) >= 1)
            if not required and not text.endswith("| None"):
                text = f"{text} | None"
            name = f"{f.name}_" if f.name in RESERVED_PARAMS else f.name
            params.append(
                Param(
                    name=name,
                    field=f.name,
                    annotation=text,
                    required=required,
                    is_list=is_list,
                    doc=docs.get(f.name)
                    or FALLBACK_DOCS.get(f.metadata.get("name", ""))
                    or type_summary(hint)
                    or NO_DESCRIPTION,
                )
            )
        params.sort(key=lambda p: not p.required)  # keyword-only: order is cosmetic
        paging = None
        found = detect_paging(request, response)
        if found:
            kind, items, cursor = found
            item_hint = typing.get_args(typing.get_type_hints(response)[items])[0]
            paging = Paging(
                kind=kind,
                items=items,
                cursor_param=cursor,
                item_annotation=hint_text(item_hint, imports, module_of),
                params=[p for p in params if p.field != cursor],
                doc=PAGE_SIZE_DOCS[kind],
            )
        name = snake_case(op.name)
        iter_name = None
        if paging:
            iter_name = "iter_" + (name[len("get_") :] if name.startswith("get_") else name)
        methods.append(
            Method(
                name=name,
                operation=op,
                request_class=request.__name__,
                response_class=response.__name__,
                params=params,
                doc=op.documentation or f"The {op.name} operation.",
                safe=is_safe(op.name, entry),
                long_poll=op.name in entry.marked("long_poll"),
                paging=paging,
                iter_name=iter_name,
                qualified_name=f"{entry.prefix}:{op.name}",
                models_module=models_module,
                event_log=op.name == entry.event_log,
                input_headers=[_header(e, classes[e], module_of) for e in op.input_headers],
                output_headers=[_header(e, classes[e], module_of) for e in op.output_headers],
            )
        )
    base = client_base_name(wsdl.name)
    plan = ServicePlan(
        prefix=entry.prefix,
        title=entry.title,
        namespace=namespace,
        json_endpoint=entry.json_endpoint,
        class_name=f"{base}Client",
        async_class_name=f"Async{base}Client",
        methods=methods,
        imports=imports,
        module=f"services.{entry.prefix}",
        sources=[spec_file],
        notice=notice([spec_file]),
        transports=transports_doc(entry.json_endpoint),
        one_way=one_way_doc(one_way),
    )
    plan.runtime_names = ["AsyncService", "Protocol", "Service", "build"]
    plan.import_lines = import_lines(imports)
    if plan.event_log is not None:
        plan.runtime_names += ["Event", "async_log_events", "log_events"]
        plan.import_lines.append("from ..events import TOPICS")
    plan.runtime_names.sort()
    plan.registry_fields = service_fields(plan)
    for method in methods:
        method.registry_fields = operation_fields(plan, method)
    return plan


def import_lines(imports: Imports) -> list[str]:
    """The service module's imports of models (relative) and of the standard library."""
    lines = []
    for module in sorted(imports.names):
        names = ", ".join(sorted(imports.names[module]))
        source = module if module in ("decimal",) else f"..{module}"
        lines.append(f"from {source} import {names}")
    return lines


def transports_doc(json_endpoint: str | None) -> str:
    """Where the service's calls go, for the module docstring."""
    if json_endpoint:
        return f"JSON on {json_endpoint}, SOAP 1.2 on /vapix/services."
    return "SOAP 1.2 on /vapix/services (no JSON endpoint is known for this service)."


def one_way_doc(names: list[str]) -> str:
    """The module docstring's sentence on operations that have no answer, or ""."""
    if not names:
        return ""
    return f"One-way operations have no answer to wait for and no method here: {', '.join(names)}."


def _header(
    element: tuple[str, str], cls: type, module_of: typing.Callable[[type], str]
) -> Header:
    return Header(f"{{{element[0]}}}{element[1]}", module_of(cls), cls.__name__)


def service_fields(plan: ServicePlan) -> list[tuple[str, str]]:
    """The keyword arguments of the service's ServiceInfo in the registry, as literals."""
    return [
        ("prefix", repr(plan.prefix)),
        ("title", repr(plan.title)),
        ("namespace", repr(plan.namespace)),
        ("json_endpoint", repr(plan.json_endpoint)),
        ("module", repr(plan.module)),
        ("sync_class", repr(plan.class_name)),
        ("async_class", repr(plan.async_class_name)),
    ]


def operation_fields(plan: ServicePlan, method: Method) -> list[tuple[str, str]]:
    """The keyword arguments of the method's OperationInfo in the registry, as literals."""
    op = method.operation
    paging = method.paging
    assert op.output_element is not None  # one-way operations get no method
    fields = [
        ("prefix", repr(plan.prefix)),
        ("name", repr(op.name)),
        ("models", repr(method.models_module)),
        ("request", repr(method.request_class)),
        ("response", repr(method.response_class)),
        ("input_element", repr(op.input_element[1])),
        ("output_element", repr(op.output_element[1])),
        ("soap_action", repr(op.soap_action)),
        ("documentation", repr(method.doc)),
        ("safe", repr(method.safe)),
        ("long_poll", repr(method.long_poll)),
        ("paging", f"Paging({paging.kind!r}, {paging.items!r})" if paging else "None"),
    ]
    for direction, headers in (("input", method.input_headers), ("output", method.output_headers)):
        if headers:
            fields.append((f"{direction}_headers", f"({', '.join(h.literal for h in headers)},)"))
    if method.output_headers:
        fields.append(("output_action", repr(op.output_action)))
    return fields
