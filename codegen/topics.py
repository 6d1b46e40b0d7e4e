"""specs/events/topics.yaml -> generated/events.py: one typed event class per topic.

Checks the catalogue (line numbers for every problem), resolves each item's type to a
runtime scalar (an XSD built-in, a simple type of the spec files, or one of the generated
enumerations), and decides class and attribute names. The template prints the result.
"""

from __future__ import annotations

import enum
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .errors import SpecError
from .headers import notice
from .naming import snake_case
from .spec_xml import XS, parse_xml
from .typing_text import Imports
from .yaml_reader import Located, load

TOPICS_FILE = Path("events") / "topics.yaml"
ROLES = ("source", "data")
# Attributes every event has (pyvapix.runtime.Event): an item may not take their names.
RESERVED = frozenset(
    {"topic", "utc_time", "time", "operation", "source", "data", "items", "logged"}
)
_LEVEL = re.compile(r"^(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*$")


@dataclass(frozen=True)
class Builtin:
    """How a value of an XSD built-in type is read: the runtime scalar and its hint."""

    scalar: str
    hint: str


# XSD built-ins by local name. Times and durations stay text, as in the generated models.
BUILTINS = {
    **dict.fromkeys(
        ("string", "normalizedString", "token", "anyURI", "QName", "NCName", "Name", "ID"),
        Builtin("STR", "str"),
    ),
    **dict.fromkeys(("dateTime", "date", "time", "duration"), Builtin("STR", "str")),
    **dict.fromkeys(
        ("int", "integer", "long", "short", "unsignedInt", "nonNegativeInteger"),
        Builtin("INT", "int"),
    ),
    "boolean": Builtin("BOOL", "bool"),
    "hexBinary": Builtin("HEX_BINARY", "bytes"),
    "base64Binary": Builtin("BASE64_BINARY", "bytes"),
}


@dataclass
class ItemPlan:
    attribute: str
    role: str
    name: str
    type_name: str  # as the catalogue writes it, for the docstring
    scalar: str  # source text of the runtime scalar
    hint: str
    secret: bool

    @property
    def doc(self) -> str:
        secret = "; a secret, never in the repr" if self.secret else ""
        return f"{self.role.capitalize()} item {self.name} ({self.type_name}{secret})."

    @property
    def field(self) -> str:
        """The ``EventField(...)`` declaration as source text."""
        secret = ", secret=True" if self.secret else ""
        role = self.role.upper()
        return (
            f'EventField("{self.attribute}", {role}, "{self.name}", {self.scalar}, '
            f'"{self.type_name}"{secret})'
        )


@dataclass
class TopicPlan:
    class_name: str
    topic: str  # namespace-free
    wire_topic: str
    is_property: bool | None
    doc: str
    items: list[ItemPlan]

    @property
    def summary(self) -> str:
        """The first docstring line: the topic, whether it is a property, the doc text."""
        kind = {True: " (a property)", False: "", None: ""}[self.is_property]
        return f"{self.wire_topic}{kind}: {self.doc}" if self.doc else f"{self.wire_topic}{kind}."

    @property
    def slots(self) -> str:
        """The ``__slots__`` tuple as source text."""
        names = [f'"{item.attribute}"' for item in self.items]
        return f"({', '.join(names)},)" if len(names) == 1 else f"({', '.join(names)})"


@dataclass
class EventsPlan:
    topics: list[TopicPlan]
    imports: Imports = field(default_factory=Imports)
    runtime: set[str] = field(default_factory=lambda: {"Event"})  # names it imports
    enums: dict[str, str] = field(default_factory=dict)  # constant name -> EnumScalar(...)


def topics_file(specs: Path) -> Path | None:
    path = specs / TOPICS_FILE
    return path if path.is_file() else None


def class_name_of(topic: str) -> str:
    """``tns1:Door/tnsaxis:Status/BatteryAlarm`` -> ``DoorStatusBatteryAlarm``."""
    return "".join(
        level[:1].upper() + level[1:].replace("-", "_").replace(".", "_")
        for level in (part.rpartition(":")[2] for part in topic.split("/"))
    )


def simple_types(files: list[Path]) -> dict[tuple[str, str], tuple[str, str]]:
    """(namespace, name) of each named xs:simpleType in ``files`` -> its restriction base."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for path in files:
        root = parse_xml(path).getroot()
        for schema in root.iter(f"{{{XS}}}schema"):
            namespace = schema.get("targetNamespace") or ""
            for simple in schema.iterfind(f"{{{XS}}}simpleType"):
                restriction = simple.find(f"{{{XS}}}restriction")
                base = restriction.get("base") if restriction is not None else None
                if simple.get("name") and base and ":" in base:
                    prefix, _, local = base.partition(":")
                    found[(namespace, simple.get("name", ""))] = (
                        restriction.nsmap.get(prefix, "") if restriction is not None else "",
                        local,
                    )
    return found


class _Planner:
    def __init__(
        self,
        located: Located,
        classes: dict[tuple[str, str], type],
        simple: dict[tuple[str, str], tuple[str, str]],
        module_of: Any,
    ) -> None:
        self.located = located
        self.classes = classes
        self.simple = simple
        self.module_of = module_of
        self.plan = EventsPlan(topics=[])

    def run(self) -> EventsPlan:
        data = self.located.data
        if not isinstance(data, dict) or set(data) - {"namespaces", "topics"}:
            raise self.located.error((), "expected the mappings 'namespaces' and 'topics'")
        namespaces = data.get("namespaces") or {}
        topics = data.get("topics")
        if not isinstance(namespaces, dict) or not all(
            isinstance(v, str) for v in namespaces.values()
        ):
            raise self.located.error(("namespaces",), "expected prefix: URI pairs")
        if not isinstance(topics, dict) or not topics:
            raise self.located.error(("topics",), "expected a mapping of topics")
        self.namespaces: dict[str, str] = namespaces
        names: dict[str, str] = {}
        for wire, spec in topics.items():
            topic = self.topic(str(wire), spec)
            seen = names.get(topic.topic)
            if seen is not None:
                raise self.located.error(
                    ("topics", wire), f"the same topic as {seen!r} once prefixes are removed"
                )
            names[topic.topic] = str(wire)
            self.plan.topics.append(topic)
        return self.plan

    def topic(self, wire: str, spec: Any) -> TopicPlan:
        where = ("topics", wire)
        levels = wire.split("/")
        for level in levels:
            prefix = level.partition(":")[0] if ":" in level else None
            if not _LEVEL.match(level) or (prefix is not None and prefix not in self.namespaces):
                raise self.located.error(where, f"topic level {level!r} is not prefix:Name")
        if spec is None:
            spec = {}
        if not isinstance(spec, dict):
            raise self.located.error(where, "expected a mapping (property, doc, source, data)")
        unknown = set(spec) - {"property", "doc", *ROLES}
        if unknown:
            raise self.located.error(where, f"unknown key(s) {', '.join(sorted(unknown))}")
        is_property = spec.get("property")
        if is_property is not None and not isinstance(is_property, bool):
            raise self.located.error((*where, "property"), "expected true or false")
        doc = spec.get("doc") or ""
        if not isinstance(doc, str):
            raise self.located.error((*where, "doc"), "expected a text")
        items: list[ItemPlan] = []
        attributes: dict[str, str] = {}
        for role in ROLES:
            declared = spec.get(role) or {}
            if not isinstance(declared, dict):
                raise self.located.error((*where, role), "expected a mapping ItemName: type")
            for name, item in declared.items():
                plan = self.item(role, str(name), item, (*where, role, name))
                if plan.attribute in attributes or plan.attribute in RESERVED:
                    raise self.located.error(
                        (*where, role, name),
                        f"attribute {plan.attribute!r} is taken "
                        f"({attributes.get(plan.attribute, 'by every event')})",
                    )
                attributes[plan.attribute] = f"by {role} item {name}"
                items.append(plan)
        path = "/".join(level.rpartition(":")[2] for level in levels)
        return TopicPlan(class_name_of(wire), path, wire, is_property, doc, items)

    def item(self, role: str, name: str, spec: Any, where: tuple[Any, ...]) -> ItemPlan:
        secret = False
        if isinstance(spec, dict):
            unknown = set(spec) - {"type", "secret"}
            if unknown:
                raise self.located.error(where, f"unknown key(s) {', '.join(sorted(unknown))}")
            secret = spec.get("secret", False)
            if not isinstance(secret, bool):
                raise self.located.error(where, "'secret' must be true or false")
            spec = spec.get("type")
        if not isinstance(spec, str) or ":" not in spec:
            raise self.located.error(where, "expected a type such as xs:string or tdc:DoorMode")
        attribute = snake_case(name)
        if not attribute.isidentifier() or keyword.iskeyword(attribute):
            raise self.located.error(where, f"item name {name!r} makes no Python name")
        scalar, hint = self.scalar(spec, where)
        self.plan.runtime |= {"EventField", role.upper()}
        return ItemPlan(attribute, role, name, spec, scalar, hint, secret)

    def scalar(self, qname: str, where: tuple[Any, ...]) -> tuple[str, str]:
        prefix, _, local = qname.partition(":")
        namespace = self.namespaces.get(prefix)
        if namespace is None:
            raise self.located.error(where, f"type {qname!r} uses an undeclared prefix")
        key = (namespace, local)
        for _ in range(16):  # restriction chains are short; a loop is a spec error
            if key[0] == XS:
                builtin = BUILTINS.get(key[1])
                if builtin is None:
                    raise self.located.error(where, f"XSD type xs:{key[1]} is not supported")
                self.plan.runtime.add(builtin.scalar)
                return builtin.scalar, builtin.hint
            cls = self.classes.get((key[0], key[1][:1].upper() + key[1][1:]))
            if isinstance(cls, type) and issubclass(cls, enum.Enum):
                return self.enum(cls), f"{cls.__name__} | str"
            if key not in self.simple:
                raise self.located.error(
                    where, f"type {qname!r} is neither an XSD type nor a simple type of the specs"
                )
            key = self.simple[key]
        raise self.located.error(where, f"type {qname!r} restricts itself")

    def enum(self, cls: type[enum.Enum]) -> str:
        self.plan.imports.add(self.module_of(cls), cls.__name__)
        self.plan.runtime.add("EnumScalar")
        constant = snake_case(cls.__name__).upper()
        self.plan.enums[constant] = f"EnumScalar({cls.__name__}, True)"
        return constant


def plan_events(
    path: Path,
    classes: dict[tuple[str, str], type],
    spec_files: list[Path],
    module_of: Any,
) -> EventsPlan:
    """The checked plan of the topic catalogue ``path``."""
    located = load(path)
    plan = _Planner(located, classes, simple_types(spec_files), module_of).run()
    taken = {name for names in plan.imports.names.values() for name in names}
    taken |= set(plan.enums) | {"TOPICS"}
    names: dict[str, str] = {}
    for topic in plan.topics:
        clash = names.get(topic.class_name) or (
            "an imported name" if topic.class_name in taken else None
        )
        if clash:
            raise located_error(located, topic, f"class {topic.class_name} clashes with {clash}")
        names[topic.class_name] = topic.wire_topic
    return plan


def located_error(located: Located, topic: TopicPlan, reason: str) -> SpecError:
    return located.error(("topics", topic.wire_topic), reason)


def render_events(plan: EventsPlan, env: jinja2.Environment) -> str:
    """generated/events.py for ``plan``."""
    return env.get_template("events.py.j2").render(
        plan=plan,
        notice=notice([TOPICS_FILE.as_posix()]),
        runtime=sorted(plan.runtime),
        enums=sorted(plan.enums.items()),
        import_lines=[
            f"from .{module} import {', '.join(sorted(names))}"
            for module, names in sorted(plan.imports.names.items())
        ],
    )
