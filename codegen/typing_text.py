"""Type hints as source text for generated signatures, with the imports they need."""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

_BUILTINS = {
    str: "str",
    int: "int",
    float: "float",
    bool: "bool",
    bytes: "bytes",
    object: "object",
    type(None): "None",
}


@dataclass
class Imports:
    """Names to import, as {module: {name}}; module names relative to the package root."""

    names: dict[str, set[str]] = field(default_factory=dict)

    def add(self, module: str, name: str) -> None:
        self.names.setdefault(module, set()).add(name)


def hint_text(hint: Any, imports: Imports, module_of: typing.Callable[[type], str]) -> str:
    """``list[DoorInfo] | None`` for the hint, registering ``DoorInfo``'s module."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        parts = [hint_text(a, imports, module_of) for a in typing.get_args(hint)]
        return " | ".join(
            [p for p in parts if p != "None"] + (["None"] if "None" in parts else [])
        )
    if origin is list:
        (item,) = typing.get_args(hint)
        return f"list[{hint_text(item, imports, module_of)}]"
    if origin is dict:
        key, value = typing.get_args(hint)
        return (
            f"dict[{hint_text(key, imports, module_of)}, {hint_text(value, imports, module_of)}]"
        )
    if hint in _BUILTINS:
        return _BUILTINS[hint]
    if hint is Decimal:
        imports.add("decimal", "Decimal")
        return "Decimal"
    if isinstance(hint, type) and (
        issubclass(hint, enum.Enum) or hasattr(hint, "__dataclass_fields__")
    ):
        # A class declared inside another (an anonymous XSD type) is named through it.
        imports.add(module_of(hint), hint.__qualname__.split(".")[0])
        return hint.__qualname__
    raise TypeError(f"no source text for type hint {hint!r}")
