"""What the CGI pages say, decided in plain Python from the generated CGI operation table
and clients (one page per CGI family, as specs/cgi/*.yaml titles them)."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import typing
from dataclasses import dataclass
from typing import Any

from pyvapix.cgi import operations
from pyvapix.cgi._request import build_request
from pyvapix.runtime import CgiOperation

from ..plan import field_docs
from ..typing_text import Imports, hint_text
from .pacs import RETRY, FieldRow
from .samples import sample_arguments
from .signatures import argument_docs, arguments, signature

CLIENT_MODULE = "pyvapix.generated.cgi.client"

# How each response format of specs/cgi looks on the wire.
BODY_FORMS = {
    "kv": "`key=value` lines, split at the first `=`",
    "lines": "numbered lines of text",
    "text": "plain text",
    "xml": 'an XML reply, usually `<reply result="ok">`',
    "json": "a JSON API reply: `apiVersion`, `method`, and `data` or `error`",
    "binary": "a file, streamed to disk as it arrives",
}


@dataclass(frozen=True)
class CgiRequestExample:
    operation: str  # "cgi:param_list"
    arguments: dict[str, Any]  # the keyword arguments of the call shown
    request_line: str  # "GET /axis-cgi/io/port.cgi?action=1%3A%2F"
    content_type: str
    body: str  # the form or JSON body; "" for a GET (or a multipart upload's files)

    @property
    def call(self) -> str:
        """``param_list(group='Brand')``: the call the example shows."""
        name = self.operation.partition(":")[2]
        return f"{name}({', '.join(f'{k}={v!r}' for k, v in self.arguments.items())})"

    @property
    def marker(self) -> str:
        return f"wire {self.operation} request cgi"


@dataclass(frozen=True)
class CgiResult:
    name: str  # the Python type the method returns ("None" for commands)
    summary: str
    fields: list[FieldRow]


@dataclass(frozen=True)
class CgiEntry:
    name: str
    qualified_name: str
    summary: str
    signature: str
    async_signature: str
    params: list[FieldRow]
    access: str  # "viewer", "admin + PTZ" ...
    safe: bool
    retry: str
    evidence: str
    body_form: str
    result: CgiResult
    error_codes: dict[str, str]
    example: CgiRequestExample


@dataclass(frozen=True)
class CgiPage:
    title: str
    slug: str
    paths: list[str]
    operations: list[CgiEntry]

    @property
    def path(self) -> str:
        return f"reference/cgi/{self.slug}.md"


def cgi_pages() -> list[CgiPage]:
    """One page per CGI family, in the order of the operation table."""
    client = importlib.import_module(CLIENT_MODULE)
    families: dict[str, list[CgiOperation]] = {}
    for op in operations():
        families.setdefault(op.title, []).append(op)
    return [
        CgiPage(
            title=title,
            slug=slug(title),
            paths=sorted({op.path for op in ops}),
            operations=[_entry(op, client.CgiClient, client.AsyncCgiClient) for op in ops],
        )
        for title, ops in families.items()
    ]


def slug(title: str) -> str:
    """``I/O ports`` -> ``i-o-ports``: a file name for a page."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _entry(op: CgiOperation, sync_class: type, async_class: type) -> CgiEntry:
    method = getattr(sync_class, op.name)
    by_name = {p.name: p for p in op.params}
    docs = argument_docs(method)
    params = [
        FieldRow(
            name=a.name,
            member=by_name[a.name].key or "",
            annotation=a.annotation,
            required=a.required,
            doc=docs.get(a.name, ""),
        )
        for a in arguments(method)
        if a.name in by_name
    ]
    return CgiEntry(
        name=op.name,
        qualified_name=op.qualified_name,
        summary=op.doc,
        signature=signature(method),
        async_signature=signature(getattr(async_class, op.name), asynchronous=True),
        params=params,
        access=op.role,
        safe=op.safe,
        retry=RETRY[op.safe],
        evidence=op.evidence,
        body_form=BODY_FORMS[op.response.format],
        result=_result(op.response.result),
        error_codes=dict(op.response.codes),
        example=request_example(op, sample_arguments(op)),
    )


def request_example(op: CgiOperation, args: dict[str, Any]) -> CgiRequestExample:
    """The request the runtime builds for a call of ``op`` with ``args``."""
    request = build_request(op, args)
    body = ""
    if request.json_body is not None or request.content is not None:
        body = (request.content or b"").decode("utf-8")
    content_type = request.headers.get("Content-Type", "")
    if request.files:
        content_type, body = "multipart/form-data", ""
    return CgiRequestExample(
        operation=op.qualified_name,
        arguments=args,
        request_line=f"{request.method} {request.target}",
        content_type=content_type,
        body=body,
    )


def _result(result: Any) -> CgiResult:
    if result is None:
        return CgiResult("None", "Nothing: the device answers OK (or an empty body).", [])
    if result is str:
        return CgiResult("str", "The text of the answer.", [])
    summary = " ".join((inspect.getdoc(result) or "").split("Attributes:")[0].split())
    fields = []
    if isinstance(result, type) and dataclasses.is_dataclass(result):
        hints = typing.get_type_hints(result)
        docs = field_docs(result)
        for f in dataclasses.fields(result):
            wire = f.metadata.get("cgi", {})
            if wire.get("extra"):
                continue
            fields.append(
                FieldRow(
                    name=f.name,
                    member=str(wire.get("key", wire.get("envelope", f.name))),
                    annotation=hint_text(hints[f.name], Imports(), lambda c: c.__module__),
                    required=f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING,
                    doc=docs.get(f.name, ""),
                )
            )
    return CgiResult(result.__name__, summary, fields)
