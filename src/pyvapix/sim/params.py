"""The parameter tree behind param.cgi: values, their definitions, dynamic groups.

Every parameter has a definition (its type, the levels that may read and write it, whether
it is read-only), which is what ``listdefinitions`` publishes and what ``update`` checks.
Dynamic groups (``StreamProfile.S0`` ...) are made from templates by ``add`` and dropped
by ``remove``; their numbers are the lowest free ones, like the device's.

Names are matched without regard to case and with or without the ``root.`` prefix, and a
group selection may use ``*`` per name part (``IOPort.*.Direction``). Values are text, and
the device keeps them in ISO-8859-1: a value outside it is refused.

What persists is the difference to a fresh device: changed values and the dynamic groups
present (see :meth:`ParameterTree.to_document`).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

# Security levels as listdefinitions writes them (one digit each for create, delete, read,
# write): 0 anyone, 1 viewer, 4 operator, 6 admin, 7 root only (nobody else).
ANYONE, VIEWER, OPERATOR, ADMIN, ROOT_ONLY = 0, 1, 4, 6, 7
LEVEL_DIGITS = {"anonymous": ANYONE, "viewer": VIEWER, "operator": OPERATOR, "admin": ADMIN}
MASK = "******"
ROOT_PREFIX = "root."


@dataclass(frozen=True, slots=True)
class Kind:
    """A parameter's type: ``string``, ``password``, ``int``, ``bool``, ``enum`` or ``ip``."""

    name: str = "string"
    minimum: int | None = None
    maximum: int | None = None
    maxlen: int | None = None
    entries: tuple[str, ...] = ()
    words: tuple[str, str] = ("yes", "no")

    def accepts(self, value: str) -> bool:
        if self.maxlen is not None and len(value) > self.maxlen:
            return False
        if self.name == "int":
            if not re.fullmatch(r"-?[0-9]+", value):
                return False
            number = int(value)
            return (self.minimum is None or number >= self.minimum) and (
                self.maximum is None or number <= self.maximum
            )
        if self.name == "bool":
            return value in self.words
        if self.name == "enum":
            return value in self.entries
        if self.name == "ip":
            if value == "":
                return True
            try:
                ipaddress.IPv4Address(value)
            except ValueError:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Definition:
    """How a parameter may be used. ``write`` None: read-only; ``const``: never changes."""

    kind: Kind = field(default_factory=Kind)
    read: int = VIEWER
    write: int | None = ADMIN
    const: bool = False
    create: int = ROOT_ONLY  # who may add and remove its group (dynamic groups: operator)

    @property
    def security_level(self) -> str:
        write = self.write if self.write is not None else ROOT_ONLY
        return f"{self.create}{self.create}{self.read}{write}"


@dataclass(frozen=True, slots=True)
class Template:
    """A dynamic group: ``template=<name>`` adds ``<parent>.<letter><n>`` with ``params``
    (relative name, default value, definition), at most ``max_groups`` of them."""

    name: str
    parent: str
    letter: str
    params: tuple[tuple[str, str, Definition], ...]
    max_groups: int

    def instance(self, number: int) -> str:
        return f"{self.parent}.{self.letter}{number}"

    @property
    def create(self) -> int:
        """The level that may add and remove these groups."""
        return min((definition.create for _, _, definition in self.params), default=ROOT_ONLY)


class ParamError(Exception):
    """A request the tree refuses; ``detail`` is the extra line ``add``/``remove`` answers
    carry before ``# Request failed``."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass
class Added:
    """The outcome of ``add``: the new group (``S0``) and the values it could not take."""

    entry: str
    refused: list[str]


def relative(name: str) -> str:
    return name[len(ROOT_PREFIX) :] if name.lower().startswith(ROOT_PREFIX) else name


class ParameterTree:
    def __init__(
        self,
        entries: Iterable[tuple[str, str, Definition]],
        templates: Iterable[Template] = (),
        *,
        absent_templates: Mapping[str, str] | None = None,
    ) -> None:
        """``absent_templates``: templates the firmware knows whose parent group this device
        lacks (``guardtour`` on a device without PTZ): adding one fails, naming the group."""
        self.values: dict[str, str] = {}
        self.definitions: dict[str, Definition] = {}
        for name, value, definition in entries:
            self.values[name] = value
            self.definitions[name] = definition
        self.templates = {template.name: template for template in templates}
        self.absent_templates = dict(absent_templates or {})
        self._index = {name.lower(): name for name in self.values}

    # -- reading ---------------------------------------------------------------------------

    def canonical(self, name: str) -> str | None:
        """The parameter's name as the tree spells it, or None when there is none."""
        return self._index.get(relative(name).lower())

    def visible(self, name: str, level: int) -> bool:
        return self.definitions[name].read <= level

    def shown(self, name: str) -> str:
        """The value as list and listdefinitions show it: passwords masked."""
        return MASK if self.definitions[name].kind.name == "password" else self.values[name]

    def select(self, groups: Iterable[str], level: int) -> list[str]:
        """The names of the parameters ``groups`` select that ``level`` may read, in tree
        order per group; every parameter when ``groups`` is empty. A group that selects
        nothing readable is an error, as on the device."""
        patterns = [g.strip() for g in groups if g.strip()]
        if not patterns:
            return [name for name in self.values if self.visible(name, level)]
        chosen: list[str] = []
        seen: set[str] = set()
        for pattern in patterns:
            found = [n for n in self.values if _selects(pattern, n) and self.visible(n, level)]
            if not found:
                raise ParamError(f"Error -1 getting param in group '{relative(pattern)}'")
            chosen.extend(name for name in found if name not in seen)
            seen.update(found)
        return chosen

    # -- writing ---------------------------------------------------------------------------

    def check_update(self, name: str, value: str, level: int) -> str:
        """The canonical name ``value`` may be written to, or ParamError with the device's
        text for an unknown, read-only or protected parameter or an invalid value."""
        canonical = self.canonical(name)
        definition = self.definitions.get(canonical) if canonical else None
        if (
            canonical is None
            or definition is None
            or definition.write is None
            or definition.write > level
            or definition.read > level
            or not definition.kind.accepts(value)
            or not _latin1(value)
        ):
            raise ParamError(f"Error setting '{name}' to '{value}'!")
        return canonical

    def update(self, changes: list[tuple[str, str]], level: int) -> list[str]:
        """Set every value or none: the names changed, or ParamError for the first refusal."""
        checked = [(self.check_update(name, value, level), value) for name, value in changes]
        for name, value in checked:
            self.values[name] = value
        return [name for name, _ in checked]

    def add(
        self, group: str, template_name: str, values: list[tuple[str, str]], level: int
    ) -> Added:
        """A new dynamic group from a template; values are named with the group letter and
        no number (``StreamProfile.S.Name``). The group is created even when some values
        are refused (they are listed in the result)."""
        parent = relative(group).strip(".")
        template = self.templates.get(template_name.lower())
        if template is None:
            if template_name.lower() in self.absent_templates:
                missing = self.absent_templates[template_name.lower()]
                raise ParamError(
                    f"could not add a group to '{parent}'", f"Group '{missing}' not found"
                )
            raise ParamError(
                f"could not add a group to '{parent}'", f"Template '{template_name}' not found"
            )
        if parent.lower() != template.parent.lower():
            raise ParamError(
                f"could not add a group to '{parent}'",
                f"Template '{template.name}' belongs to '{template.parent}'",
            )
        if level < template.create:
            raise ParamError(f"could not add a group to '{parent}'", "Permission denied")
        numbers = self.instances(template)
        if len(numbers) >= template.max_groups:
            raise ParamError(
                f"could not add a group to '{parent}'",
                f"'{template.parent}' has {template.max_groups} groups, the maximum",
            )
        number = next(n for n in range(template.max_groups) if n not in numbers)
        instance = template.instance(number)
        self._insert(
            template, [(f"{instance}.{rel}", default, d) for rel, default, d in template.params]
        )
        prefix = f"{template.parent}.{template.letter}.".lower()
        refused: list[str] = []
        for key, value in values:
            if not relative(key).lower().startswith(prefix):
                refused.append(f"Error setting '{key}' to '{value}'!")
                continue
            target = f"{instance}.{relative(key)[len(prefix) :]}"
            try:
                self.update([(target, value)], level)
            except ParamError as error:
                refused.append(error.message.replace(target, key))
        return Added(f"{template.letter}{number}", refused)

    def remove(self, groups: list[str], level: int) -> None:
        """Remove dynamic groups, all or none."""
        doomed: list[str] = []
        for group in groups:
            name = relative(group).strip(".")
            instance = self._instance_of(name)
            if instance is None:
                exists = any(_selects(name, n) for n in self.values)
                reason = "is not a dynamic group" if exists else "not found"
                raise ParamError(f"could not remove '{name}'", f"Group '{name}' {reason}")
            template, number = instance
            if level < template.create:
                raise ParamError(f"could not remove '{name}'", "Permission denied")
            doomed.append(template.instance(number))
        for instance_name in doomed:
            prefix = instance_name + "."
            for name in [n for n in self.values if n.startswith(prefix)]:
                del self.values[name]
                del self.definitions[name]
        self._index = {name.lower(): name for name in self.values}

    def instances(self, template: Template) -> set[int]:
        pattern = re.compile(rf"{re.escape(template.parent)}\.{template.letter}([0-9]+)\.")
        return {int(m.group(1)) for name in self.values if (m := pattern.match(name))}

    def _instance_of(self, name: str) -> tuple[Template, int] | None:
        for template in self.templates.values():
            hit = re.fullmatch(
                rf"{re.escape(template.parent)}\.{template.letter}([0-9]+)", name, re.IGNORECASE
            )
            if hit and int(hit.group(1)) in self.instances(template):
                return template, int(hit.group(1))
        return None

    def _insert(self, template: Template, entries: list[tuple[str, str, Definition]]) -> None:
        """Add a group's parameters within their parent group, groups in number order
        after the parent's own parameters (``MaxGroups``, ``S0.*``, ``S1.*``)."""
        for name, value, definition in entries:
            self.values[name], self.definitions[name] = value, definition
        prefix = template.parent + "."
        instance = re.compile(rf"{re.escape(prefix)}{template.letter}([0-9]+)\.")
        names = list(self.values)
        block = [i for i, n in enumerate(names) if n.startswith(prefix)]

        def place(index: int) -> tuple[int, int]:
            hit = instance.match(names[index])
            return (int(hit.group(1)) if hit else -1, index)

        start, members = block[0], set(block)
        ordered = names[:start] + [names[i] for i in sorted(block, key=place)]
        ordered += [n for i, n in enumerate(names[start:], start) if i not in members]
        self.values = {n: self.values[n] for n in ordered}
        self.definitions = {n: self.definitions[n] for n in ordered}
        self._index = {name.lower(): name for name in self.values}

    # -- persistence -----------------------------------------------------------------------

    def to_document(self, fresh: ParameterTree) -> dict[str, Any]:
        """What differs from ``fresh`` (the same device new): its dynamic groups, and the
        values that differ from the fresh ones or belong to groups added since."""
        groups = [
            template.instance(number)
            for template in self.templates.values()
            for number in sorted(self.instances(template))
        ]
        values = {
            name: value
            for name, value in self.values.items()
            if fresh.values.get(name) != value or name not in fresh.values
        }
        return {"groups": groups, "values": values}

    def load(self, document: Mapping[str, Any]) -> None:
        """Apply a saved difference to this fresh tree."""
        wanted = {str(group) for group in document.get("groups", [])}
        for template in self.templates.values():
            present = {template.instance(n) for n in self.instances(template)}
            gone = sorted(present - wanted)
            if gone:
                self.remove(gone, ADMIN)
            for group in sorted(wanted - present, key=_natural):
                hit = re.fullmatch(
                    rf"{re.escape(template.parent)}\.{template.letter}([0-9]+)", group
                )
                if hit:
                    self._insert(
                        template,
                        [(f"{group}.{rel}", default, d) for rel, default, d in template.params],
                    )
        for name, value in dict(document.get("values", {})).items():
            if name in self.values:
                self.values[name] = str(value)


def _natural(text: str) -> list[Any]:
    return [int(part) if part.isdigit() else part for part in re.split(r"([0-9]+)", text)]


def _selects(pattern: str, name: str) -> bool:
    """Whether a group selection names ``name``: the whole tree (``root``), a group, one
    parameter, or a pattern with ``*`` in some parts."""
    wanted = relative(pattern).strip(".").lower()
    if wanted in ("", "root"):
        return True
    parts, have = wanted.split("."), name.lower().split(".")
    return len(parts) <= len(have) and all(
        fnmatchcase(part, glob) for part, glob in zip(have, parts, strict=False)
    )


def _latin1(value: str) -> bool:
    try:
        value.encode("iso-8859-1")
    except UnicodeEncodeError:
        return False
    return True
