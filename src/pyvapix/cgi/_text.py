"""Text bodies of the classic CGIs: charset, lines and ``key=value`` pairs.

Rules (from devices seen in the field): bodies are often ISO-8859-1 without a ``charset``
in Content-Type; lines end in LF, sometimes CRLF; the last newline may be missing; values
contain ``=`` (split on the first one only); param.cgi keys carry a ``root.`` prefix that
one documented example leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # not str.splitlines: it also breaks on \x85, \x1c...
_CHARSET = re.compile(r";\s*charset\s*=\s*\"?([^\";\s]+)", re.IGNORECASE)


def charset_of(content_type: str) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def decode_text(payload: bytes | str, *, content_type: str = "", charset: str = "auto") -> str:
    """The body as text.

    ``charset="auto"``: the Content-Type's charset when it names one that decodes the
    bytes, else UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (which decodes any
    byte, and is what devices send for non-ASCII parameter values and preset names)."""
    if isinstance(payload, str):
        return payload
    candidates = []
    if charset != "auto":
        candidates.append(charset)
    else:
        declared = charset_of(content_type)
        if declared:
            candidates.append(declared)
        candidates.append("utf-8")
    for name in candidates:
        try:
            text = payload.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        return text[1:] if text.startswith("\ufeff") else text
    return payload.decode("iso-8859-1")


def split_lines(text: str) -> list[str]:
    """Lines without their ends (LF, CRLF or CR); no empty last line for a final newline."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass
class KeyValues:
    """A parsed ``key=value`` body: pairs in order (the last of repeated keys wins) and the
    lines that hold no ``=`` (headers such as ``Preset Positions for camera 1``, ``OK``)."""

    pairs: dict[str, str] = field(default_factory=dict)
    other_lines: list[str] = field(default_factory=list)


def parse_kv(
    text: str, *, strip_prefix: str = "", strip_space: bool = False, unquote: bool = False
) -> KeyValues:
    """Split each line on its first ``=``.

    ``strip_prefix`` is removed from every key that has it (``root.``); ``strip_space``
    trims blanks around key and value (``image width = 720``); ``unquote`` removes one pair
    of surrounding double quotes from values (pwdgrp.cgi)."""
    result = KeyValues()
    for line in split_lines(text):
        if not line.strip():
            continue
        key, sep, value = line.partition("=")
        if not sep:
            result.other_lines.append(line)
            continue
        if strip_space:
            key, value = key.strip(), value.strip()
        if strip_prefix and key.startswith(strip_prefix):
            key = key[len(strip_prefix) :]
        if unquote and len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        result.pairs[key] = value
    return result


def numbered_lines(text: str) -> dict[str, str]:
    """Lines keyed by their 1-based number, as strings (``lines`` format)."""
    return {str(number): line for number, line in enumerate(split_lines(text), start=1)}
