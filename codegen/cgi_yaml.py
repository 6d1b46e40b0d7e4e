"""YAML with line numbers: plain data plus the line of every mapping key and list item,
so a spec problem is reported as ``file:line``. Duplicate keys are refused (PyYAML would
silently keep the last one)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError

Path_ = tuple[Any, ...]  # keys and indexes from the document root


@dataclass
class Located:
    """A YAML document as plain data, and where each part of it starts."""

    file: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return None

    def error(self, path: Path_, reason: str) -> SpecError:
        return SpecError(self.file, reason, element=dotted(path) or None, line=self.line(path))


def dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load(file: Path) -> Located:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(file, f"cannot read: {exc}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SpecError(
            file,
            f"invalid YAML: {getattr(exc, 'problem', None) or exc}",
            line=mark.line + 1 if mark else None,
        ) from None
    located = Located(file, None)
    if node is not None:
        located.lines[()] = node.start_mark.line + 1
        located.data = _convert(node, (), located, yaml.constructor.SafeConstructor())
    return located


def _convert(
    node: yaml.Node, path: Path_, located: Located, constructor: yaml.constructor.SafeConstructor
) -> Any:
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SpecError(
                    located.file,
                    "merge keys (<<) are not supported",
                    line=key_node.start_mark.line + 1,
                )
            key = _convert(key_node, path, located, constructor)
            if isinstance(key, (dict, list)):
                raise SpecError(
                    located.file,
                    "a mapping key must be a scalar",
                    line=key_node.start_mark.line + 1,
                )
            if key in result:
                raise SpecError(
                    located.file,
                    f"duplicate key {key!r}",
                    element=dotted(path) or None,
                    line=key_node.start_mark.line + 1,
                )
            located.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _convert(value_node, (*path, key), located, constructor)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            located.lines[(*path, index)] = item.start_mark.line + 1
            items.append(_convert(item, (*path, index), located, constructor))
        return items
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise SpecError(
            located.file,
            f"invalid value: {exc}",
            element=dotted(path) or None,
            line=node.start_mark.line + 1,
        ) from None
