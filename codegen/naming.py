"""Python names for spec names."""

from __future__ import annotations

import keyword
import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def snake_case(name: str) -> str:
    """Python name of a spec name: ``ReOpenMasterDB`` -> ``re_open_master_db``."""
    words = _WORD.findall(name)
    if not words:
        raise ValueError(f"no usable characters in name {name!r}")
    result = "_".join(word.lower() for word in words)
    return f"{result}_" if keyword.iskeyword(result) else result


def class_name(words: str) -> str:
    """``door control`` / ``door_control`` -> ``DoorControl``."""
    return "".join(
        part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", words) if part
    )
