"""Reading the generated pages back: the wire examples, the operation entries, the code."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

# <!-- wire tdc:GetDoorState request json --> and the fenced block right after it, both at
# the same indentation (inside a tab they are indented by four spaces).
_WIRE = re.compile(
    r"^(?P<indent> *)<!-- wire (?P<op>\S+) (?P<message>\w+) (?P<protocol>\w+) -->\n"
    r"(?P=indent)```\w+(?: title=\"(?P<title>[^\"]*)\")?\n(?P<body>.*?)\n(?P=indent)```$",
    re.MULTILINE | re.DOTALL,
)
_ENTRY = re.compile(r"^## `?(?P<name>[^`{\n]+?)`? \{ #(?P<anchor>[^ }]+) \}$", re.MULTILINE)
_CODE = re.compile(
    r"^(?P<indent> *)```(?P<lang>\w+)[^\n]*\n(?P<body>.*?)\n(?P=indent)```$", re.M | re.S
)


@dataclass(frozen=True)
class Wire:
    page: str
    operation: str
    message: str
    protocol: str
    title: str  # the code block's title: a request line, or the CGI call shown
    body: str


def wire_examples(page: str, text: str) -> list[Wire]:
    return [
        Wire(
            page,
            m["op"],
            m["message"],
            m["protocol"],
            m["title"] or "",
            textwrap.dedent(m["body"]),
        )
        for m in _WIRE.finditer(text)
    ]


def entries(text: str) -> list[str]:
    """The anchors of the level-2 headings that carry one (one per operation)."""
    return [m["anchor"] for m in _ENTRY.finditer(text)]


def code_blocks(text: str, language: str) -> list[str]:
    return [textwrap.dedent(m["body"]) for m in _CODE.finditer(text) if m["lang"] == language]
