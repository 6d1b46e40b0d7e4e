"""The generated reference: complete against `pyvapix ops --json`, deterministic, and every
wire example in it decodes into its model and re-encodes to the same text."""

from __future__ import annotations

import ast
import importlib
import json
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pyvapix.codegen.docs import TOPICS, NavEntry, Reference, render_reference
from pyvapix.codegen.docs.wire import indent

import pyvapix
from pyvapix import _cli
from pyvapix._catalogue import default_catalogue
from tests.conftest import SPECS

from .pages import Wire, code_blocks, entries, wire_examples


@pytest.fixture(scope="module")
def reference() -> Reference:
    return render_reference(SPECS)


@pytest.fixture(scope="module")
def examples(reference: Reference) -> list[Wire]:
    return [w for path, text in reference.pages.items() for w in wire_examples(path, text)]


def test_the_same_input_gives_byte_identical_pages(reference: Reference) -> None:
    again = render_reference(SPECS)
    assert again.pages == reference.pages
    assert again.nav == reference.nav


def test_every_operation_of_ops_json_has_an_entry(
    reference: Reference, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli.main(["ops", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    documented = []
    for path, text in reference.pages.items():
        if path == TOPICS:
            continue  # topics, not operations
        prefix = "cgi" if path.startswith("reference/cgi/") else Path(path).stem
        documented += [f"{prefix}:{anchor}" for anchor in entries(text)]
    assert len(documented) == len(set(documented))
    assert sorted(documented) == sorted(listed)


def _nav_pages(entries: list[NavEntry]) -> set[str]:
    pages: set[str] = set()
    for _, target in entries:
        pages |= {target} if isinstance(target, str) else _nav_pages(target)
    return pages


def test_every_page_is_in_the_navigation_and_every_service_has_one(
    reference: Reference,
) -> None:
    pages = _nav_pages(reference.nav)
    assert pages == set(reference.pages)
    assert {f"reference/{prefix}.md" for prefix in default_catalogue().services} <= pages
    assert any(path.startswith("reference/cgi/") for path in pages)


def test_every_operation_shows_a_request_and_a_response_in_each_protocol(
    examples: list[Wire],
) -> None:
    catalogue = default_catalogue()
    shown = Counter((w.operation, w.message, w.protocol) for w in examples)
    for name, op in catalogue.operations.items():
        protocols = ("json", "soap") if op.service.json_endpoint else ("soap",)
        for message in ("request", "response"):
            for protocol in protocols:
                assert shown[(name, message, protocol)] == 1, (name, message, protocol)
    cgi = {w.operation for w in examples if w.protocol == "cgi"}
    assert cgi == {op.qualified_name for op in pyvapix.cgi.operations()}


def test_every_pacs_example_decodes_and_re_encodes_to_the_same_text(
    examples: list[Wire],
) -> None:
    plain_by_message = {}
    checked = 0
    for w in examples:
        if w.protocol == "cgi":
            continue
        obj = pyvapix.decode(w.operation, w.body, message=w.message, protocol=w.protocol)  # type: ignore[arg-type]
        again = pyvapix.encode(w.operation, obj, message=w.message, protocol=w.protocol)  # type: ignore[arg-type]
        assert indent(again, w.protocol) == w.body, (w.operation, w.message, w.protocol)
        # and both protocols show the same message
        plain = pyvapix.to_plain(obj)
        assert plain_by_message.setdefault((w.operation, w.message), plain) == plain, w
        checked += 1
    assert checked >= 4 * 150


def test_every_cgi_request_is_the_call_shown_and_decodes_back(examples: list[Wire]) -> None:
    checked = 0
    for w in examples:
        if w.protocol != "cgi":
            continue
        kwargs = _call_arguments(w.title)
        request_line, _, rest = w.body.partition("\n")
        method, target = request_line.split(" ", 1)
        headers, _, body = rest.partition("\n\n")
        op = pyvapix.cgi.lookup(w.operation)
        assert method == op.method and urlsplit(target).path == op.path, w
        wire = body or urlsplit(target).query
        args = pyvapix.cgi.decode(op, wire, message="request")
        assert set(args) <= set(kwargs), w
        if "multipart/form-data" in headers:  # files go in the body; the rest in the URL
            assert all(args[name] == kwargs[name] for name in args), w
        else:
            assert pyvapix.encode(w.operation, kwargs).decode() == wire, w
            assert pyvapix.encode(w.operation, {**kwargs, **args}).decode() == wire, w
        checked += 1
    assert checked == len(pyvapix.cgi.operations())


def _call_arguments(call: str) -> dict[str, Any]:
    """The keyword arguments of ``name(key=value, ...)`` as the page writes the call; the
    values are Python literals or CGI record types."""
    node = ast.parse(call, mode="eval").body
    assert isinstance(node, ast.Call) and not node.args
    types = vars(importlib.import_module("pyvapix.generated.cgi.types"))
    return {
        str(k.arg): eval(compile(ast.Expression(k.value), call, "eval"), dict(types))
        for k in node.keywords
    }


def test_every_python_block_of_the_reference_is_python(reference: Reference) -> None:
    blocks = [b for text in reference.pages.values() for b in code_blocks(text, "python")]
    assert len(blocks) > 268
    for block in blocks:
        ast.parse(block)
