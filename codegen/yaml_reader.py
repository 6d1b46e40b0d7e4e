"""YAML spec files with line numbers: plain data plus the line of every mapping key and list
item, and typed reads of its values, so a spec problem is reported as
``file:line: element: reason``. Duplicate keys are refused (PyYAML would silently keep the
last one). Read by the registry (services.yaml) and the CGI checker (cgi/*.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError

KeyPath = tuple[Any, ...]  # keys and indexes from the document root

YAML_BOOLEAN_HINT = " (quote yes/no/on/off/true/false: YAML reads them as booleans)"


@dataclass
class Located:
    """A YAML document as plain data, and where each part of it starts."""

    file: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line(self, path: KeyPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return None

    def error(self, path: KeyPath, reason: str) -> SpecError:
        return SpecError(self.file, reason, element=dotted(path) or None, line=self.line(path))

    def mapping(
        self, value: Any, path: KeyPath, allowed: set[str], required: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(path, f"expected a mapping, got {kind_of(value)}")
        for key in value:
            if not isinstance(key, str):
                hint = YAML_BOOLEAN_HINT if isinstance(key, bool) else ""
                raise self.error((*path, key), f"keys must be strings, got {key!r}{hint}")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.error(
                (*path, unknown[0]),
                f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})",
            )
        for key in required:
            if key not in value:
                raise self.error(path, f"{key!r} is required")
        return value

    def string(
        self, value: Any, path: KeyPath, *, choices: tuple[str, ...] = (), empty: bool = False
    ) -> str:
        if not isinstance(value, str):
            raise self.error(path, f"expected a string, got {kind_of(value)}")
        if not value and not empty:
            raise self.error(path, "expected a non-empty string")
        if choices and value not in choices:
            raise self.error(path, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def boolean(self, value: Any, path: KeyPath) -> bool:
        if not isinstance(value, bool):
            raise self.error(path, f"expected true or false, got {kind_of(value)}")
        return value

    def number(self, value: Any, path: KeyPath) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(path, f"expected a number, got {kind_of(value)}")
        return value

    def regex(self, value: Any, path: KeyPath) -> str:
        text = self.string(value, path)
        try:
            re.compile(text, re.MULTILINE)
        except re.error as exc:
            raise self.error(path, f"invalid regular expression: {exc}") from None
        return text

    def words(self, value: Any, path: KeyPath) -> tuple[str, ...]:
        items = value if isinstance(value, list) else [value]
        return tuple(
            self.scalar_text(item, (*path, i) if isinstance(value, list) else path)
            for i, item in enumerate(items)
        )

    def scalar_text(self, value: Any, path: KeyPath) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            hint = YAML_BOOLEAN_HINT if isinstance(value, bool) else ""
            raise self.error(path, f"expected a string or number, got {kind_of(value)}{hint}")
        return str(value)


def kind_of(value: Any) -> str:
    """What a YAML value is, in the words of an error message."""
    if value is None:
        return "nothing"
    return {
        dict: "a mapping",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)


def dotted(path: KeyPath) -> str:
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
    node: yaml.Node, path: KeyPath, located: Located, constructor: yaml.constructor.SafeConstructor
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
