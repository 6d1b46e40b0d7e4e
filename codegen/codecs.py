"""Specialised codecs: per model class, the straight-line steps that decode and encode the
plain shape of its messages (schema names, schema types, nothing undeclared).

The steps are decided here, in plain Python, from the same ModelLayout the runtime's generic
codecs read (pyvapix.runtime.read_layout), so both agree by construction; the template
codecs.py.j2 only prints them, one ``codecs/<module>.py`` per ``models/<module>.py``. A
generated function raises Fallback on anything else (an undeclared member, xsi:nil, a
member in the other form or spelling, a value of another type) and the generic code then
does the work, so results are the same either way.

A class gets no functions (the generic code serves it) when its dataclass is not plain
(``__post_init__``, frozen, ``init=False`` fields, a default without a literal), when it has
a field shape the generic code treats oddly (a list or a model as XML attribute or text),
or when a model it holds gets none.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import jinja2

from pyvapix._codec import layout as s
from pyvapix._codec.plain import TEXT_MEMBER

from .headers import notice, package_inits
from .models import model_classes, models_modules
from .naming import snake_case

# Names the generated functions use besides their field variables; a field variable with
# one of these names gets a trailing "_".
RESERVED = frozenset(
    {
        "element", "parent", "tag", "key", "text", "child", "obj", "value", "item", "items",
        "data", "get", "out", "object", "type", "list", "dict", "str", "len", "etree",
        "SubElement", "Any", "Fallback", "Codecs", "BOOL_TEXT", "CODECS",
    }
)  # fmt: skip

# Scalar singletons of pyvapix.runtime, by the name the generated code imports.
RUNTIME_SCALARS = {
    "STR": s.STR,
    "INT": s.INT,
    "FLOAT": s.FLOAT,
    "DECIMAL": s.DECIMAL,
    "BOOL": s.BOOL,
    "ANY_VALUE": s.ANY_VALUE,
    "HEX_BINARY": s.HEX_BINARY,
    "BASE64_BINARY": s.BASE64_BINARY,
}

_BUILTIN_HINTS = {str: "str", int: "int", float: "float", bool: "bool", bytes: "bytes"}
_BUILTIN_HINTS.update({object: "object", type(None): "None", Decimal: "Decimal"})

FUNCTION_SUFFIXES = ("from_xml", "to_xml", "from_plain", "to_plain")
CONSTANT_GROUPS = ("tags", "tables", "keys")  # element names, value tables and scalars, JSON

MODULE_DOC = (
    "Specialised codecs of {source}: straight-line functions per model class.\n\n"
    "Each handles the plain shape of its class and raises Fallback for anything else;\n"
    "the pyvapix runtime then runs its generic code, so the results are the same either way.\n"
    "A variable typed Any holds a required member: None when the message leaves it out,\n"
    "as with the generic code."
)
PACKAGE_DOC = (
    "Specialised codecs, one module per models module (see pyvapix.runtime).\n\n"
    "The runtime imports a module when it first meets a class of the matching models module."
)


class Unsupported(Exception):
    """A class the specialised codecs leave to the generic code; the message says why."""


@dataclass(frozen=True)
class Conversion:
    """How values of one simple type are read and written, as expression templates over
    ``{}``. The checks are conditions meaning "not the type the fast code handles" (for a
    model's value, for a JSON value); empty when the conversion checks by itself (a runtime
    Scalar method, which raises BadValue)."""

    kind: str  # "str", "bool", "int", "enum" or "scalar"
    read_text: str
    write_text: str
    value_check: str
    read_json: str
    json_check: str
    write_json: str

    def from_text(self, operand: str) -> str:
        return self.read_text.format(operand)

    def to_text(self, operand: str) -> str:
        return self.write_text.format(operand)

    def checks_value(self, operand: str) -> str:
        return self.value_check.format(operand)

    def from_json(self, operand: str) -> str:
        return self.read_json.format(operand)

    def checks_json(self, operand: str) -> str:
        return self.json_check.format(operand)

    def to_json(self, operand: str) -> str:
        return self.write_json.format(operand)

    @property
    def json_as_is(self) -> bool:
        """A JSON value that passed the check is the model value itself."""
        return self.read_json == "{}"


STR = Conversion("str", "{}", "{}", "type({}) is not str", "{}", "type({}) is not str", "{}")
BOOL = Conversion(
    "bool",
    "BOOL_TEXT[{}]",
    '"true" if {} else "false"',
    "type({}) is not bool",
    "{}",
    "type({}) is not bool",
    "{}",
)
INT = Conversion(
    "int", "INT.from_text({})", "str({})", "type({}) is not int", "{}", "type({}) is not int", "{}"
)


def enum_conversion(enum_name: str, values: str) -> Conversion:
    """Members looked up by their text in the table ``values``, written as ``.value``."""
    return Conversion(
        "enum",
        f"{values}[{{}}]",
        "{}.value",
        f"type({{}}) is not {enum_name}",
        f"{values}[{{}}]",
        "type({}) is not str",
        "{}.value",
    )


def scalar_conversion(name: str) -> Conversion:
    """Through the methods of the runtime Scalar ``name``."""
    return Conversion(
        "scalar",
        f"{name}.from_text({{}})",
        f"{name}.to_text({{}})",
        "",
        f"{name}.from_json({{}})",
        "",
        f"{name}.to_json({{}})",
    )


@dataclass
class Member:
    """One dataclass field, and what the generated functions do with it. The expressions
    are source text, ready to print: they use the variables of the generated functions."""

    name: str  # Python attribute
    kind: str  # layout.ELEMENT, ATTRIBUTE, TEXT, WILDCARD or ANY_ATTRIBUTES
    xml_name: str
    is_list: bool
    required: bool  # an attribute written even when None (as "")
    default: str  # the value when the member is absent, as an expression
    model: str | None = None  # function prefix of the nested model class
    conversion: Conversion | None = None  # for simple values
    # from_xml
    variable: str = ""  # the variable, when it reads the member
    annotation: str = "Any"  # of that variable
    tag: str = ""  # constant holding the element's Clark name, for children
    name_literal: str = ""  # the XML name as a string literal, for attributes
    read: str = ""  # the value read from its XML (attribute text, child or element text)
    read_check: str = ""  # true when the child hands over (attributes on a simple child)
    repeat_check: str = ""  # true when a single child element comes again
    seen_flag: str = ""  # the flag behind repeat_check, when None cannot tell
    value: str = ""  # what the built object's field is set to
    # from_plain
    json_key: str | None = None  # the exact JSON member name that maps to the field
    plain_get: str = ""  # arguments of ``get``: a default other than None stands for absence
    plain_check: str = ""  # true when the JSON value (``value`` or ``item``) hands over
    plain_result: str = ""  # the field's value from ``value`` ("": the JSON value as is)


@dataclass
class Write:
    """One member written by to_xml or to_plain: ``target = obj.<name>``, then the value
    (``value``, or each ``item`` of a list) checked and written."""

    name: str  # Python attribute
    target: str  # "value: Any" where the function first assigns value, else "value"
    is_list: bool
    check: str  # true when the value hands over ("": no check)
    write: str  # to_xml: the statement; to_plain: the expression stored under key
    empty_as_text: bool = False  # to_xml: a required attribute, written as "" when None
    key: str = ""  # to_plain: the JSON member name, as a string literal


@dataclass
class ClassPlan:
    name: str  # the class, as imported
    function: str  # prefix of its functions: <function>_from_xml ...
    members: list[Member]  # every dataclass field, in order (construction)
    readers: list[Member]  # from_xml's variables: attributes, children, text
    attributes: list[Member]  # from_xml: the XML attributes it reads
    children: list[Member]  # from_xml: the child elements it reads
    text: Member | None
    stray_check: str  # from_xml, where no attribute is read: true when XML it does not read
    stray_children_check: str  # from_xml, after the attributes when no child is read
    exact_check: str  # to_xml, to_plain: true unless obj is exactly the plain shape
    xml_writes: list[Write]  # to_xml: attributes, text, elements (schema order)
    plain_writes: list[Write]  # to_plain, in field order
    keys: str  # constant with the exact JSON member names ("" when none)


@dataclass
class ModulePlan:
    path: str  # "codecs/tac.py"
    doc: str
    sources: list[str]  # the spec files of its models module (else that module itself)
    notice: str  # the docstring's "generated from" notice
    needs_decimal: bool  # Decimal appears in a type hint
    import_lines: list[str]  # models and other codecs modules
    runtime_names: list[str]  # imported from pyvapix.runtime
    constants: list[list[tuple[str, str]]]  # (name, expression): tags, tables, key sets
    classes: list[ClassPlan]


@dataclass
class _Module:
    """One models module and the names its codecs module uses, while it is planned."""

    package: str  # the staged package
    name: str  # full module name
    classes: list[type]  # its own dataclasses, in source order
    functions: dict[type, str]  # function prefix of its own classes
    bound: dict[int, str] = field(default_factory=dict)  # id(class) -> name in the module
    constants: dict[str, tuple[str, str]] = field(default_factory=dict)  # name: group, code
    runtime: set[str] = field(default_factory=lambda: {"Codecs", "Fallback"})
    models: dict[str, set[str]] = field(default_factory=dict)  # models module -> names
    foreign: dict[str, dict[str, str]] = field(default_factory=dict)  # codecs module -> {f: as}
    taken: set[str] = field(default_factory=set)  # module-level names in use
    needs_decimal: bool = False  # a variable's annotation names Decimal

    @property
    def relative(self) -> str:
        """The module relative to the package: "models.common.pt"."""
        return self.name[len(self.package) + 1 :]

    def constant(self, group: str, stem: str, expression: str, *, shared: bool = True) -> str:
        """A module constant for ``expression`` in one of CONSTANT_GROUPS; ``shared``: one
        constant per distinct expression."""
        for name, existing in self.constants.items():
            if shared and existing == (group, expression):
                return name
        name, counter = stem, 2
        while name in self.taken:
            name, counter = f"{stem}_{counter}", counter + 1
        self.taken.add(name)
        self.constants[name] = (group, expression)
        return name

    def type_name(self, cls: type) -> str:
        """The name of ``cls`` in the codecs module, imported from where it is defined:
        the models module's name for it, else its own (numbered when taken)."""
        name = self.bound.get(id(cls))
        if name is None:
            name, counter = cls.__name__, 2
            while name in self.taken:
                name, counter = f"{cls.__name__}{counter}", counter + 1
            self.taken.add(name)
            self.bound[id(cls)] = name
        source = cls.__module__[len(self.package) + 1 :]
        self.models.setdefault(source, set()).add(
            name if name == cls.__name__ else f"{cls.__name__} as {name}"
        )
        return name


def constant_stem(name: str) -> str:
    return "_" + snake_case(name).upper()


def plan_codecs(
    package: str, sources: Mapping[str, Sequence[str]] | None = None
) -> list[ModulePlan]:
    """The codecs modules for the models of ``package`` (importable: the generator's stage);
    ``sources`` names the spec files of each models module ({"models/tac.py": [...]})."""
    modules: list[_Module] = []
    owner: dict[type, _Module] = {}
    for imported in models_modules(package):
        classes = model_classes(imported)
        functions: dict[type, str] = {}
        for cls in classes:
            base, counter = snake_case(cls.__name__), 2
            function = base
            while function in functions.values() or function in RESERVED:
                function, counter = f"{base}_{counter}", counter + 1
            functions[cls] = function
        module = _Module(package, imported.__name__, classes, functions)
        module.bound = {
            id(value): key for key, value in vars(imported).items() if isinstance(value, type)
        }
        module.taken = set(module.bound.values()) | {
            f"{f}_{suffix}" for f in functions.values() for suffix in FUNCTION_SUFFIXES
        }
        modules.append(module)
        owner.update(dict.fromkeys(classes, module))
    layouts = {cls: s.read_layout(cls) for cls in owner}
    supported = supported_classes(layouts)
    return [plan_module(module, layouts, supported, owner, sources or {}) for module in modules]


def supported_classes(layouts: dict[type, s.ModelLayout]) -> set[type]:
    """The classes that get functions: plain ones whose nested models get functions too."""
    ok = set()
    for cls, layout in layouts.items():
        try:
            check_plain(cls, layout)
        except Unsupported:
            continue
        ok.add(cls)
    changed = True
    while changed:
        changed = False
        for cls in sorted(ok, key=lambda c: (c.__module__, c.__qualname__)):
            if any(f.model is not None and f.model not in ok for f in layouts[cls].fields):
                ok.discard(cls)
                changed = True
    return ok


def check_plain(cls: type, layout: s.ModelLayout) -> None:
    """Raise Unsupported unless generated functions can build and read ``cls``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or params.frozen or not params.init:
        raise Unsupported("not a plain dataclass")
    if hasattr(cls, "__post_init__"):
        raise Unsupported("it has __post_init__")
    if "." in cls.__qualname__:
        raise Unsupported("not at module level")
    for f, fs in zip(dataclasses.fields(cls), layout.fields, strict=True):
        if not f.init:
            raise Unsupported(f"{f.name} is not an __init__ parameter")
        if fs.kind in (s.ATTRIBUTE, s.TEXT) and (fs.is_list or fs.model is not None):
            raise Unsupported(f"{f.name} is a list or a model as XML attribute or text")
        simple = fs.kind in (s.ELEMENT, s.ATTRIBUTE, s.TEXT) and fs.model is None
        if simple and (fs.scalar is None or not nameable(fs.scalar)):
            raise Unsupported(f"{f.name} has a type without a runtime Scalar")
        default_text(f, fs)  # raises for a default without a literal


def nameable(scalar: s.Scalar) -> bool:
    """The generated code can name ``scalar`` (see scalar_name)."""
    if isinstance(scalar, s.SecretScalar):
        return nameable(scalar.inner)
    if isinstance(scalar, s.UnionScalar):
        return all(nameable(m) for m in scalar.members)
    return isinstance(scalar, s.EnumScalar) or any(
        scalar is singleton for singleton in RUNTIME_SCALARS.values()
    )


def default_text(f: dataclasses.Field[Any], fs: s.FieldLayout) -> str:
    """The field's value when its member is absent, as an expression."""
    if f.default_factory is not dataclasses.MISSING:
        if f.default_factory is list and fs.is_list:
            return "[]"
        if f.default_factory is dict and fs.kind == s.ANY_ATTRIBUTES:
            return "{}"
        raise Unsupported(f"{f.name} has a default factory other than list or dict")
    if f.default is dataclasses.MISSING:
        return "[]" if fs.is_list else "None"  # what the generic decoders pass
    if fs.is_list:
        raise Unsupported(f"{f.name} is a list with a plain default")
    return literal(f.default)


def literal(value: Any) -> str:
    """Source text of a simple default (an enum member is written by plan_module)."""
    if value is None or type(value) in (str, int, bool):
        return repr(value)
    if type(value) is float and math.isfinite(value):
        return repr(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    raise Unsupported(f"default {value!r} has no literal")


def conversion_of(scalar: s.Scalar, module: _Module) -> Conversion:
    """How the generated code reads and writes the values of ``scalar``."""
    if isinstance(scalar, s.SecretScalar):
        # The fast path converts with the plain scalar: a value that does not fit hands over
        # to the generic path, whose error message never shows a secret.
        scalar = scalar.inner
    if scalar is s.STR:
        return STR
    if scalar is s.BOOL:
        module.runtime.add("BOOL_TEXT")
        return BOOL
    if scalar is s.INT:
        module.runtime.add("INT")
        return INT
    if isinstance(scalar, s.EnumScalar) and all(type(m.value) is str for m in scalar.enum_type):
        name = module.type_name(scalar.enum_type)
        values = module.constant(
            "tables",
            constant_stem(name) + "_VALUES",
            f"{{member.value: member for member in {name}}}",
        )
        return enum_conversion(name, values)
    return scalar_conversion(scalar_name(scalar, module))


def scalar_name(scalar: s.Scalar, module: _Module) -> str:
    """The runtime Scalar as the generated code names it: a singleton or a constant."""
    for name, singleton in RUNTIME_SCALARS.items():
        if scalar is singleton:
            module.runtime.add(name)
            return name
    if isinstance(scalar, s.EnumScalar):
        name = module.type_name(scalar.enum_type)
        module.runtime.add("EnumScalar")
        return module.constant(
            "tables", constant_stem(name), f"EnumScalar({name}, {scalar.open!r})"
        )
    if isinstance(scalar, s.UnionScalar):
        members = [scalar_name(m, module) for m in scalar.members]
        module.runtime.add("UnionScalar")
        return module.constant("tables", "_UNION", f"UnionScalar(({', '.join(members)}))")
    raise Unsupported(f"no name for the scalar {scalar!r}")


def hint_text(hint: Any, module: _Module) -> str:
    """Source text of a field's type hint, with the models module's names."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        parts = [hint_text(a, module) for a in typing.get_args(hint)]
        return " | ".join(
            [p for p in parts if p != "None"] + (["None"] if "None" in parts else [])
        )
    if origin is list:
        return f"list[{hint_text(typing.get_args(hint)[0], module)}]"
    if hint in _BUILTIN_HINTS:
        module.needs_decimal = module.needs_decimal or hint is Decimal
        return _BUILTIN_HINTS[hint]
    if isinstance(hint, type) and origin is None:
        return module.type_name(hint)
    return "Any"


def plan_module(
    module: _Module,
    layouts: dict[type, s.ModelLayout],
    supported: set[type],
    owner: dict[type, _Module],
    sources: Mapping[str, Sequence[str]],
) -> ModulePlan:
    """What the codecs module of one models module holds."""
    classes = []
    for cls in module.classes:
        if cls in supported:
            classes.append(plan_class(cls, layouts[cls], module, owner))
    own = "codecs." + module.relative.split(".", 1)[1]
    lines = []
    for source, names in sorted(module.models.items()):
        lines.append(f"from {relative_import(own, source)} import {', '.join(sorted(names))}")
    for codecs_module, functions in sorted(module.foreign.items()):
        imported = ", ".join(
            name if alias == name else f"{name} as {alias}"
            for function, local in sorted(functions.items())
            for name, alias in (
                (f"{function}_{suffix}", f"{local}_{suffix}") for suffix in FUNCTION_SUFFIXES
            )
        )
        lines.append(f"from {relative_import(own, codecs_module)} import {imported}")
    path = module.relative.split(".", 1)[1].replace(".", "/")
    models_path = f"models/{path}.py"
    origin = list(sources.get(models_path, [models_path]))
    return ModulePlan(
        path=f"codecs/{path}.py",
        doc=MODULE_DOC.format(source=models_path),
        sources=origin,
        notice=notice(origin),
        needs_decimal=module.needs_decimal,
        import_lines=lines,
        runtime_names=sorted(module.runtime),
        constants=constant_groups(module.constants),
        classes=classes,
    )


def constant_groups(constants: dict[str, tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The module constants as (name, expression), in the order of CONSTANT_GROUPS."""
    groups: dict[str, list[tuple[str, str]]] = {group: [] for group in CONSTANT_GROUPS}
    for name, (group, expression) in constants.items():
        groups[group].append((name, expression))
    return [group for group in groups.values() if group]


def relative_import(source: str, target: str) -> str:
    """``target`` as seen from the module ``source`` (both relative to the package)."""
    here, there = source.split("."), target.split(".")
    common = 0
    while common < min(len(here), len(there)) - 1 and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common) + ".".join(there[common:])


def model_function(cls: type, module: _Module, owner: dict[type, _Module]) -> str:
    """The function prefix under which ``module`` calls the functions of ``cls``."""
    home = owner[cls]
    function = home.functions[cls]
    if home is module:
        return function
    functions = module.foreign.setdefault("codecs." + home.relative.split(".", 1)[1], {})
    if function not in functions:
        local, counter = function, 2
        while any(f"{local}_{suffix}" in module.taken for suffix in FUNCTION_SUFFIXES):
            local, counter = f"{function}_{counter}", counter + 1
        module.taken.update(f"{local}_{suffix}" for suffix in FUNCTION_SUFFIXES)
        functions[function] = local
    return functions[function]


def plan_class(
    cls: type, layout: s.ModelLayout, module: _Module, owner: dict[type, _Module]
) -> ClassPlan:
    """The steps of the four functions of one class."""
    hints = typing.get_type_hints(cls)
    dataclass_fields = {f.name: f for f in dataclasses.fields(cls)}
    members: dict[str, Member] = {}
    for fs in layout.fields:
        default = dataclass_fields[fs.name].default
        member = Member(
            name=fs.name,
            kind=fs.kind,
            xml_name=fs.xml_name,
            is_list=fs.is_list,
            required=fs.required,
            default=default_text(dataclass_fields[fs.name], fs),
        )
        if isinstance(default, enum.Enum):
            member.default = f"{module.type_name(type(default))}.{default.name}"
        if fs.model is not None:
            module.type_name(fs.model)
            member.model = model_function(fs.model, module, owner)
        elif fs.kind in (s.ELEMENT, s.ATTRIBUTE, s.TEXT):
            assert fs.scalar is not None  # check_plain made sure
            member.conversion = conversion_of(fs.scalar, module)
        members[fs.name] = member

    # from_xml reads attributes by local name and children by Clark name, exactly where
    # the generic decoder's tables (by_local, by_tag) lead; anything else falls back.
    attributes = [members[f.name] for f in layout.by_local.values() if f.kind == s.ATTRIBUTE]
    for f in layout.elements:
        members[f.name].tag = module.constant(
            "tags", f"_TAG_{snake_case(f.xml_name).upper()}", repr(f.tag)
        )
    children = [members[f.name] for f in layout.by_tag.values()]
    text = members[layout.text.name] if layout.text is not None else None
    readers = [*attributes, *children, *([text] if text else [])]
    for member in readers:
        member.variable = f"{member.name}_" if member.name in RESERVED else member.name
        hint = hints[member.name]
        if member.default == "None" and type(None) not in typing.get_args(hint):
            member.annotation = "Any"  # a required member left out: None, as generic
        else:
            member.annotation = hint_text(hint, module)
    for member in attributes:
        member.name_literal = json.dumps(member.xml_name)
        member.read = read_text(member, "text")
    for member in children:
        plan_child(member)
    if text is not None:
        text.read = read_text(text, 'element.text or ""')
    for member in members.values():
        member.value = member.variable or member.default

    # from_plain reads the exact member names the generic decoder maps to a field.
    for name, f in layout.by_local.items():
        members[f.name].json_key = name
    if (
        layout.text is not None
        and TEXT_MEMBER not in layout.by_local
        and TEXT_MEMBER.casefold() not in layout.by_folded
    ):
        members[layout.text.name].json_key = TEXT_MEMBER
    for member in members.values():
        if member.json_key is not None:
            plan_plain_read(member)
    keys = [m.json_key for m in members.values() if m.json_key is not None]
    keys_constant = ""
    if keys:
        keys_constant = module.constant(
            "keys",
            constant_stem(cls.__name__) + "_KEYS",
            "frozenset({" + ", ".join(repr(k) for k in keys) + "})",
            shared=False,
        )
    name = module.type_name(cls)
    extras = [f.name for f in (layout.wildcard, layout.any_attributes) if f is not None]
    written = [layout.attributes, [layout.text] if layout.text else [], layout.elements]
    return ClassPlan(
        name=name,
        function=module.functions[cls],
        members=list(members.values()),
        readers=readers,
        attributes=attributes,
        children=children,
        text=text,
        stray_check=stray_check(bool(attributes), bool(children)),
        stray_children_check="len(element)" if attributes and not children else "",
        exact_check=" or ".join([f"type(obj) is not {name}", *(f"obj.{e}" for e in extras)]),
        xml_writes=[
            xml_write(members[f.name], first=index == 0)
            for index, f in enumerate(f for group in written for f in group)
        ],
        plain_writes=[
            plain_write(members[f.name], first=index == 0)
            for index, f in enumerate(layout.plain_fields)
        ],
        keys=keys_constant,
    )


def stray_check(attributes: bool, children: bool) -> str:
    """from_xml's condition for XML it does not read, where no loop over the attributes
    runs (that loop hands over on an unknown attribute itself)."""
    if attributes:
        return ""
    return "element.keys()" if children else "element.keys() or len(element)"


def read_text(member: Member, operand: str) -> str:
    """The value of a simple member from the text ``operand``."""
    assert member.conversion is not None  # a simple member
    return member.conversion.from_text(operand)


def plan_child(member: Member) -> None:
    """How from_xml reads a child element: a nested model whole; a simple value from its
    text, handing over when the child has attributes. A second value of a single child
    hands over (the generic path keeps it as an unknown member); None tells "not seen
    yet" unless the field has a default."""
    if member.model is not None:
        member.read = f"{member.model}_from_xml(child)"
    else:
        member.read = read_text(member, 'child.text or ""')
        member.read_check = "child.keys()"
    if not member.is_list:
        if member.default == "None":
            member.repeat_check = f"{member.variable} is not None"
        else:
            member.seen_flag = f"{member.variable}_seen"
            member.repeat_check = member.seen_flag


def plan_plain_read(member: Member) -> None:
    """How from_plain reads the JSON value of a member (``value``, or each ``item`` of a
    list): a nested model through its function, a simple value checked and converted."""
    member.plain_get = repr(member.json_key)
    if not member.is_list and member.default != "None":
        member.plain_get += f", {member.default}"
    operand = "item" if member.is_list else "value"
    if member.model is not None:
        member.plain_result = f"{member.model}_from_plain({operand})"
    else:
        conversion = member.conversion
        assert conversion is not None  # a simple member
        member.plain_check = conversion.checks_json(operand) if conversion.json_check else ""
        member.plain_result = "" if conversion.json_as_is else conversion.from_json(operand)
    if member.is_list:
        member.plain_result = (
            f"[{member.plain_result} for item in value]" if member.plain_result else "list(value)"
        )


def xml_write(member: Member, *, first: bool) -> Write:
    """How to_xml writes a member: an XML attribute (required ones as "" when None), the
    element's text, or child elements (one per item of a list)."""
    operand = "item" if member.is_list else "value"
    check = ""
    if member.model is not None:
        write = f"{member.model}_to_xml(element, {member.tag}, {operand})"
    else:
        conversion = member.conversion
        assert conversion is not None  # a simple member
        check = conversion.checks_value(operand) if conversion.value_check else ""
        text = conversion.to_text(operand)
        if member.kind == s.ATTRIBUTE:
            write = f"element.set({json.dumps(member.xml_name)}, {text})"
        elif member.kind == s.TEXT:
            write = f"element.text = {text}"
        else:
            write = f"SubElement(element, {member.tag}).text = {text}"
    return Write(
        name=member.name,
        target="value: Any" if first else "value",
        is_list=member.is_list,
        check=check,
        write=write,
        empty_as_text=member.kind == s.ATTRIBUTE and member.required,
    )


def plain_write(member: Member, *, first: bool) -> Write:
    """How to_plain writes a member under its XML name (the element text as TEXT_MEMBER):
    a nested model through its function, a simple value checked and converted."""
    operand = "item" if member.is_list else "value"
    check = ""
    if member.model is not None:
        result = f"{member.model}_to_plain({operand})"
    else:
        conversion = member.conversion
        assert conversion is not None  # a simple member
        check = conversion.checks_value(operand) if conversion.value_check else ""
        result = conversion.to_json(operand)
    if member.is_list:
        result = "list(value)" if result == "item" else f"[{result} for item in value]"
    return Write(
        name=member.name,
        target="value: Any" if first else "value",
        is_list=member.is_list,
        check=check,
        write=result,
        key=json.dumps(TEXT_MEMBER if member.kind == s.TEXT else member.xml_name),
    )


def render_codecs(
    package: str, env: jinja2.Environment, sources: Mapping[str, Sequence[str]] | None = None
) -> dict[str, str]:
    """The ``codecs/`` files for the staged ``package``, whose models are importable, and
    the spec files of each models module (see plan_codecs)."""
    template = env.get_template("codecs.py.j2")
    plans = plan_codecs(package, sources)
    files = {plan.path: template.render(plan=plan) for plan in plans}
    files.update(package_inits(env, {p.path: p.sources for p in plans}, {"codecs": PACKAGE_DOC}))
    return files
