"""specs/pacs/about.yaml: what each PACS service is for, and each operation's access class
and documented faults."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from ..yaml_reader import Located, load

FILE = Path("pacs") / "about.yaml"


@dataclass(frozen=True)
class Fault:
    codes: tuple[str, ...]  # code, then subcodes: ("env:Sender", "ter:InvalidArgVal", ...)
    meaning: str


@dataclass(frozen=True)
class OperationFacts:
    access: str
    access_meaning: str
    faults: tuple[Fault, ...] = ()


@dataclass(frozen=True)
class Facts:
    services: dict[str, str] = field(default_factory=dict)  # prefix -> what it is for
    operations: dict[str, OperationFacts] = field(default_factory=dict)
    access_classes: dict[str, str] = field(default_factory=dict)


KEYS = ("services", "access_classes", "fault_meanings", "operations")


def read_facts(specs: Path, services: Collection[str], operations: Collection[str]) -> Facts:
    """The facts of ``specs`` (no file: no facts). ``services`` and ``operations`` are the
    prefixes and operation names of the registry: an entry for anything else is refused."""
    path = specs / FILE
    if not path.exists():
        return Facts()
    doc = load(path)
    if not isinstance(doc.data, dict) or set(doc.data) != set(KEYS):
        raise doc.error((), f"expected the keys {', '.join(KEYS)}")
    about = _texts(doc, "services")
    for prefix in about:
        if prefix not in services:
            raise doc.error(("services", prefix), f"no service {prefix!r} in the registry")
    classes = _texts(doc, "access_classes")
    meanings = _texts(doc, "fault_meanings")
    found = {}
    for name, entry in _mapping(doc, ("operations",)).items():
        where = ("operations", name)
        if name not in operations:
            raise doc.error(where, f"no operation {name!r} in the registry")
        if not isinstance(entry, dict) or not set(entry) <= {"access", "faults"}:
            raise doc.error(where, "expected a mapping with 'access' and optional 'faults'")
        access = entry.get("access")
        if access not in classes:
            raise doc.error(
                (*where, "access"), f"unknown access class {access!r} (see access_classes)"
            )
        faults = []
        for i, text in enumerate(entry.get("faults") or []):
            codes = tuple(str(text).split())
            if len(codes) < 2 or codes[-1] not in meanings:
                raise doc.error(
                    (*where, "faults", i),
                    f"expected a code and subcodes whose last is in fault_meanings, got {text!r}",
                )
            faults.append(Fault(codes, meanings[codes[-1]]))
        found[name] = OperationFacts(access, classes[access], tuple(faults))
    return Facts(about, found, classes)


def _mapping(doc: Located, where: tuple[str, ...]) -> dict[str, object]:
    value = doc.data[where[0]]
    if not isinstance(value, dict):
        raise doc.error(where, "expected a mapping")
    return value


def _texts(doc: Located, key: str) -> dict[str, str]:
    value = _mapping(doc, (key,))
    for name, text in value.items():
        if not isinstance(text, str) or not text:
            raise doc.error((key, name), "expected a description")
    return {str(k): str(v) for k, v in value.items()}
