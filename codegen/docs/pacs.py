"""What the page of one PACS service says, decided in plain Python from the generated
package (its catalogue, clients and models) and the spec facts; the template prints it."""

from __future__ import annotations

import importlib
import typing
from dataclasses import dataclass
from typing import Any

from pyvapix._catalogue import Catalogue, Operation
from pyvapix._codec import layout as s

from ..plan import field_docs, type_summary
from ..typing_text import Imports, hint_text
from .facts import Facts, Fault
from .samples import sample_model
from .signatures import argument_docs, arguments, signature
from .wire import SOAP_PATH, Message, WireExample, wire_example
from .xsd import SchemaIndex

CALL_OPTIONS = ("protocol", "timeout")  # keyword arguments every method has

# What the client does when a call fails on the way (README, "Failure behaviour").
RETRY = {
    True: "Yes: a read. Retried (`retries`, 2 by default) after connection trouble, "
    "timeouts and HTTP 502/503/504.",
    False: "No: it changes state. Sent again only when the connection was refused; once "
    "the request may have reached the device, `TransportError` has `request_sent=True`.",
}
LONG_POLL = (
    "It waits on the device by design (a long poll): the client gives it "
    "`long_poll_timeout` (70 s by default) instead of `timeout`."
)
PAGING = {
    "reference": "Pages by `Limit` and `StartReference`: pass each answer's "
    "`NextStartReference` as the next `StartReference` until an answer has none.",
    "rowid": "Pages by `Limit` and `RowID`: while an answer says `More`, ask again with "
    "`RowID` set to the `rowid` of its last item.",
}


@dataclass(frozen=True)
class FieldRow:
    name: str  # the Python keyword (request) or attribute (response)
    member: str  # the JSON member / XML name
    annotation: str
    required: bool
    doc: str


@dataclass(frozen=True)
class PagingNote:
    how: str  # how the operation pages (PAGING)
    items: str  # the response attribute with the page's items
    iterator: str  # the iter_... method
    iterator_signature: str
    async_iterator_signature: str


@dataclass(frozen=True)
class OperationEntry:
    name: str  # "GetDoorState"
    qualified_name: str  # "tdc:GetDoorState"
    summary: str
    signature: str
    async_signature: str
    request_fields: list[FieldRow]
    response_fields: list[FieldRow]
    safe: bool
    retry: str  # what the client does after a failure on the way (RETRY), and a long poll
    access: str  # the access class, "" when not documented
    access_meaning: str
    faults: tuple[Fault, ...]
    paging: PagingNote | None
    soap_action: str
    examples: list[WireExample]  # request json, request soap, response json, response soap


@dataclass(frozen=True)
class ServicePage:
    prefix: str
    title: str
    about: str
    namespace: str
    json_endpoint: str | None
    soap_endpoint: str
    sync_class: str
    async_class: str
    operations: list[OperationEntry]

    @property
    def path(self) -> str:
        return f"reference/{self.prefix}.md"

    @property
    def protocols(self) -> str:
        return "JSON and SOAP 1.2" if self.json_endpoint else "SOAP 1.2 only"


def service_pages(catalogue: Catalogue, facts: Facts, schemas: SchemaIndex) -> list[ServicePage]:
    """One page per service of ``catalogue``, in registry order."""
    pages = []
    for prefix, info in catalogue.services.items():
        module = importlib.import_module(f"{catalogue.package}.{info.module}")
        sync_class = getattr(module, info.sync_class)
        async_class = getattr(module, info.async_class)
        operations = [
            _entry(op, sync_class, async_class, facts, schemas)
            for op in catalogue.operations.values()
            if op.info.prefix == prefix
        ]
        pages.append(
            ServicePage(
                prefix=prefix,
                title=info.title,
                about=facts.services.get(prefix, ""),
                namespace=info.namespace,
                json_endpoint=info.json_endpoint,
                soap_endpoint=SOAP_PATH,
                sync_class=info.sync_class,
                async_class=info.async_class,
                operations=operations,
            )
        )
    return pages


def _entry(
    op: Operation, sync_class: type, async_class: type, facts: Facts, schemas: SchemaIndex
) -> OperationEntry:
    name = op.qualified_name
    methods = _methods(sync_class, name)
    sync_method, async_method = (
        getattr(sync_class, methods[False]),
        getattr(async_class, methods[False]),
    )
    known = facts.operations.get(name)
    messages: tuple[tuple[Message, type], ...] = (
        ("request", op.request_type),
        ("response", op.response_type),
    )
    examples = []
    for message, cls in messages:
        sample = sample_model(cls, schemas)
        for protocol in ("json", "soap") if op.service.json_endpoint else ("soap",):
            examples.append(wire_example(name, sample, message, protocol))
    return OperationEntry(
        name=op.info.name,
        qualified_name=name,
        summary=op.info.documentation,
        signature=signature(sync_method),
        async_signature=signature(async_method, asynchronous=True),
        request_fields=_request_fields(op.request_type, sync_method),
        response_fields=_response_fields(op.response_type),
        safe=op.info.safe,
        retry=RETRY[op.info.safe] + (f" {LONG_POLL}" if op.info.long_poll else ""),
        access=known.access if known else "",
        access_meaning=known.access_meaning if known else "",
        faults=known.faults if known else (),
        paging=_paging(op, methods.get(True), sync_class, async_class),
        soap_action=op.info.soap_action,
        examples=examples,
    )


def _methods(client: type, operation: str) -> dict[bool, str]:
    """The methods of ``client`` that call ``operation``, by whether they are a paging
    iterator: the generated code names the operation it calls, and is the truth here."""
    found = {}
    for name, value in vars(client).items():
        code = getattr(value, "__code__", None)
        if code is not None and operation in code.co_consts:
            found[name.startswith("iter_")] = name
    if False not in found:
        raise LookupError(f"{client.__name__} has no method that calls {operation}")
    return found


def _request_fields(cls: type, method: Any) -> list[FieldRow]:
    by_attribute = {f.name: f for f in s.layout_of(cls).plain_fields}
    docs = argument_docs(method)
    rows = []
    for argument in arguments(method):
        if argument.name in CALL_OPTIONS:
            continue
        member = by_attribute[argument.name.rstrip("_")]
        rows.append(
            FieldRow(
                name=argument.name,
                member=member.xml_name,
                annotation=argument.annotation,
                required=argument.required,
                doc=docs.get(argument.name, ""),
            )
        )
    return rows


def _response_fields(cls: type) -> list[FieldRow]:
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    return [
        FieldRow(
            name=f.name,
            member=f.xml_name,
            annotation=hint_text(hints[f.name], Imports(), lambda c: c.__module__),
            required=f.required,
            doc=docs.get(f.name) or type_summary(hints[f.name]),
        )
        for f in s.layout_of(cls).plain_fields
    ]


def _paging(
    op: Operation, iterator: str | None, sync_class: type, async_class: type
) -> PagingNote | None:
    if op.info.paging is None or iterator is None:
        return None
    return PagingNote(
        how=PAGING[op.info.paging.kind],
        items=op.info.paging.items,
        iterator=iterator,
        iterator_signature=signature(getattr(sync_class, iterator)),
        async_iterator_signature=signature(getattr(async_class, iterator)),
    )
