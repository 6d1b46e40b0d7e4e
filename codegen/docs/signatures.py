"""Signatures and argument docs of the generated client methods, read from the methods
themselves: the pages show what ``help()`` and an editor show for the same call."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Longer signatures are written one parameter per line, as ruff formats them; the site's
# code blocks show about 80 characters.
LINE = 72


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    required: bool


def arguments(method: Callable[..., Any]) -> list[Argument]:
    """The keyword arguments of a generated method, without ``self``."""
    return [
        Argument(p.name, _annotation(p.annotation), p.default is inspect.Parameter.empty)
        for p in inspect.signature(method).parameters.values()
        if p.name != "self"
    ]


def signature(method: Callable[..., Any], *, asynchronous: bool = False) -> str:
    """``def name(self, *, token: str, ...) -> Result`` as source text."""
    sig = inspect.signature(method)
    parts = []
    star = False
    for p in sig.parameters.values():
        if p.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = p.name
        if p.annotation is not inspect.Parameter.empty:
            text += f": {_annotation(p.annotation)}"
        if p.default is not inspect.Parameter.empty:
            text += f" = {p.default!r}"
        parts.append(text)
    head = f"{'async def' if asynchronous else 'def'} {method.__name__}("
    tail = f") -> {_annotation(sig.return_annotation)}: ..."
    one_line = head + ", ".join(parts) + tail
    if len(one_line) <= LINE:
        return one_line
    return head + "\n" + "".join(f"    {p},\n" for p in parts) + tail


def _annotation(annotation: Any) -> str:
    # The generated modules use postponed annotations: the text is what the source says.
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def argument_docs(method: Callable[..., Any]) -> dict[str, str]:
    """The ``Args:`` section of a method's docstring, as {argument: text}."""
    docs: dict[str, str] = {}
    current = None
    in_args = False
    for line in (inspect.getdoc(method) or "").splitlines():
        if line.strip() == "Args:":
            in_args = True
            continue
        if not in_args:
            continue
        match = re.match(r"    (\w+): ?(.*)$", line)
        if match:
            current = match.group(1)
            docs[current] = match.group(2).strip()
        elif line.startswith("        ") and current is not None:
            docs[current] = f"{docs[current]} {line.strip()}"
        elif line.strip():
            break  # the next section
    return docs
