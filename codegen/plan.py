"""Decisions about the generated clients, in plain Python: method names, signatures,
docstrings and paging. Templates only print what this module decides."""

from __future__ import annotations

import dataclasses
import re
import typing
from dataclasses import dataclass, field
from typing import Any

from .errors import SpecError
from .naming import class_name, snake_case
from .registry import ServiceEntry
from .typing_text import Imports, hint_text
from .wsdl import Operation, WsdlService

# Operation names that only read (safe to retry); everything else may change state.
_READ_PREFIXES = ("Get", "Fetch", "ScheduleActive", "ScheduleStatusReport", "VerifyRequest")


# Said of the common paging and addressing parameters when the spec itself says nothing.
FALLBACK_DOCS = {
    "Limit": "Most items in one page; the device may return fewer.",
    "StartReference": "NextStartReference of the previous page; leave out for the first page.",
    "Token": "Token of the entity (or entities) to act on.",
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


@dataclass
class Paging:
    kind: str  # "reference" or "rowid"
    items: str  # response field with the page items
    item_annotation: str
    cursor_param: str  # request parameter the iterator drives itself


@dataclass(frozen=True)
class Header:
    """A SOAP header block of an operation's message: its element and model class."""

    element: str  # Clark name, {namespace}local
    models: str  # models module, e.g. "models.events.wsa"
    cls: str


@dataclass
class Method:
    name: str
    operation: Operation
    request_class: str
    response_class: str
    params: list[Param]
    doc: str
    safe: bool
    paging: Paging | None
    iter_name: str | None
    models_module: str = ""  # of the request and response classes, e.g. "models.tdc"
    long_poll: bool = False
    event_log: bool = False  # its pages are event-logger rows: also read as typed events
    input_headers: list[Header] = field(default_factory=list)
    output_headers: list[Header] = field(default_factory=list)


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
    one_way: list[str] = field(default_factory=list)  # operations without an answer

    @property
    def event_log(self) -> Method | None:
        """The method whose pages are event-logger rows, when the service has one."""
        return next((m for m in self.methods if m.event_log), None)


def client_base_name(wsdl_name: str) -> str:
    """``DoorControlService`` / ``DoorControl`` -> ``DoorControl``."""
    base = class_name(wsdl_name)
    return base[: -len("Service")] if base.endswith("Service") and base != "Service" else base


def is_safe(operation_name: str) -> bool:
    return operation_name.startswith(_READ_PREFIXES)


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
) -> ServicePlan:
    """Everything the service template prints, for one service."""
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
                    or type_summary(hint),
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
                safe=is_safe(op.name),
                paging=paging,
                iter_name=iter_name,
                models_module=models_module,
                long_poll=op.name in entry.long_poll,
                event_log=op.name == entry.event_log,
                input_headers=[_header(e, classes[e], module_of) for e in op.input_headers],
                output_headers=[_header(e, classes[e], module_of) for e in op.output_headers],
            )
        )
    base = client_base_name(wsdl.name)
    return ServicePlan(
        prefix=entry.prefix,
        title=entry.title,
        namespace=namespace,
        json_endpoint=entry.json_endpoint,
        class_name=f"{base}Client",
        async_class_name=f"Async{base}Client",
        methods=methods,
        imports=imports,
        one_way=one_way,
    )


def _header(
    element: tuple[str, str], cls: type, module_of: typing.Callable[[type], str]
) -> Header:
    return Header(f"{{{element[0]}}}{element[1]}", module_of(cls), cls.__name__)
