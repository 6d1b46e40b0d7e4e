"""Hypothesis strategies that damage valid wire payloads: byte edits, hostile snippets and
structural edits of the parsed document (JSON values of the wrong kind, XML elements
removed, repeated, emptied, nil'ed, nested, renamed)."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st
from lxml import etree

XSI = "http://www.w3.org/2001/XMLSchema-instance"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

# Short byte strings that break or bend either syntax, hostile constructs included.
SNIPPETS = [
    b"<",
    b">",
    b"</x>",
    b"<x/>",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"&lol;",
    b"<!DOCTYPE x>",
    b'<!DOCTYPE x [<!ENTITY lol "lol">]>',
    b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b'<!ENTITY a "b">',
    b"<![CDATA[",
    b"]]>",
    b"<?pi x?>",
    b"<!-- c -->",
    b' xmlns="urn:other"',
    b' xmlns:q="urn:q"',
    b' xsi:nil="true"',
    b' token=""',
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b",",
    b":",
    b"null",
    b"true",
    b"-0",
    b"1e999",
    b"NaN",
    b"Infinity",
    b"9" * 5000,
    b'"\\ud800"',
    b'"\\u0000"',
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\r\n",
]

# Values put in place of a JSON member: every kind of JSON value, and awkward ones.
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**40),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(["", "true", "0", "NaN", "-INF", "2024-13-45T25:61:61Z", "P1Y", "AB=="]),
    st.just([]),
    st.just({}),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.just([[[[[]]]]]),
)


def _byte_edit(draw: st.DrawFn, data: bytes) -> bytes:
    size = len(data)
    at = draw(st.integers(0, size))
    end = draw(st.integers(at, min(size, at + 64)))
    kind = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "truncate", "flip"]))
    if kind == "delete":
        return data[:at] + data[end:]
    if kind == "insert":
        piece = draw(st.sampled_from(SNIPPETS) | st.binary(min_size=1, max_size=8))
        return data[:at] + piece + data[at:]
    if kind == "replace":
        piece = draw(st.sampled_from(SNIPPETS) | st.binary(max_size=8))
        return data[:at] + piece + data[end:]
    if kind == "duplicate":
        return data[:end] + data[at:end] * draw(st.integers(1, 50)) + data[end:]
    if kind == "truncate":
        return data[:at]
    if size == 0:
        return data
    index = min(at, size - 1)
    return data[:index] + bytes([data[index] ^ (1 << draw(st.integers(0, 7)))]) + data[index + 1 :]


def _json_nodes(value: Any, out: list[tuple[Any, Any]]) -> None:
    """(container, key) of every member and list item, depth first."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.append((value, key))
            _json_nodes(item, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.append((value, index))
            _json_nodes(item, out)


def _json_edit(draw: st.DrawFn, data: bytes) -> bytes:
    document = json.loads(data)
    nodes: list[tuple[Any, Any]] = []
    _json_nodes(document, nodes)
    if not nodes:
        replacement = draw(JSON_VALUES)
        return json.dumps(replacement).encode()
    container, key = draw(st.sampled_from(nodes))
    kind = draw(st.sampled_from(["value", "delete", "wrap", "rename", "nest", "add"]))
    if kind == "value":
        container[key] = draw(JSON_VALUES)
    elif kind == "delete":
        del container[key]
    elif kind == "wrap":
        container[key] = [container[key]] * draw(st.integers(0, 3))
    elif kind == "rename" and isinstance(container, dict):
        name = draw(st.sampled_from([str(key).upper(), str(key).lower(), f"q:{key}", "", "_text"]))
        container[name] = container.pop(key)
    elif kind == "nest":
        inner = container[key]
        for _ in range(draw(st.integers(1, 40))):
            inner = {str(key): inner} if isinstance(container, dict) else [inner]
        container[key] = inner
    else:
        target = container[key] if isinstance(container[key], dict) else container
        if isinstance(target, dict):
            target[draw(st.text(max_size=6))] = draw(JSON_VALUES)
        else:
            target.append(draw(JSON_VALUES))
    return json.dumps(document, allow_nan=True).encode()


def _xml_edit(draw: st.DrawFn, data: bytes) -> bytes:
    root = etree.fromstring(data, _PARSER)
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    element = draw(st.sampled_from(elements))
    parent = element.getparent()
    kind = draw(
        st.sampled_from(["text", "remove", "repeat", "empty", "nil", "nest", "rename", "attr"])
    )
    if kind == "text":
        element.text = draw(
            st.sampled_from(["", " ", "-1", "99999999999999999999", "NaN", "true", "x" * 300])
            | st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=10)
        )
    elif kind == "remove" and parent is not None:
        parent.remove(element)
    elif kind == "repeat" and parent is not None:
        for _ in range(draw(st.integers(1, 20))):
            parent.append(copy.deepcopy(element))
    elif kind == "empty":
        for child in list(element):
            element.remove(child)
        element.text = None
    elif kind == "nil":
        element.set(f"{{{XSI}}}nil", draw(st.sampled_from(["true", "1", "false", "maybe"])))
    elif kind == "nest":
        for _ in range(draw(st.integers(1, 30))):
            element = etree.SubElement(element, element.tag)
    elif kind == "rename":
        local = etree.QName(element).localname
        namespace = draw(st.sampled_from([None, "urn:other", etree.QName(element).namespace]))
        name = draw(st.sampled_from([local, local.lower(), "Fault", "Body", "Envelope", "X"]))
        element.tag = f"{{{namespace}}}{name}" if namespace else name
    else:
        name = draw(st.sampled_from(["token", "Token", "Name", "x", f"{{{XSI}}}type"]))
        element.set(name, draw(st.sampled_from(["", "1", "Locked", "q:Type", "&"])))
    return bytes(etree.tostring(root))


def _reencode(draw: st.DrawFn, data: bytes, protocol: str) -> bytes:
    """The same document in another encoding (declared, for XML), as devices may send."""
    encoding = draw(st.sampled_from(["utf-16", "utf-16-be", "utf-32", "latin-1", "utf-8-sig"]))
    text = data.decode("utf-8", "replace")
    if protocol != "json":
        if text.startswith("<?xml") and "?>" in text:
            text = text[text.index("?>") + 2 :]
        text = f'<?xml version="1.0" encoding="{encoding.upper()}"?>{text}'
    return text.encode(encoding, "replace")


@st.composite
def mutated(draw: st.DrawFn, data: bytes, protocol: str) -> bytes:
    """``data`` with one to four edits, structural or byte-level."""
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 9)) == 0:
            data = _reencode(draw, data, protocol)
            continue
        structural = draw(st.booleans())
        if structural:
            try:
                edit = _json_edit if protocol == "json" else _xml_edit
                data = edit(draw, data)
                continue
            except (ValueError, etree.XMLSyntaxError):
                pass  # no longer parses after an earlier edit: edit the bytes instead
        data = _byte_edit(draw, data)
    return data
