"""The generator's plan for specialised codecs (codegen/codecs.py), on models made for it:
field shapes the specs do not have yet, names that collide, classes it must leave alone.
The generated module is imported and compared with the generic codecs."""

from __future__ import annotations

import dataclasses
import importlib
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyvapix.codegen import codecs as plan
from pyvapix.codegen.generate import _format
from pyvapix.codegen.jinja import environment

from pyvapix._codec import layout, plain, soap

from ..conftest import examples
from .strategies import model
from .variants import json_variants, same, sample, xml_variants

PACKAGE = "pyvapix_codecs_fixture"
NS = "urn:fixture"

BASE = """
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__NAMESPACE__ = "urn:fixture"


class Colour(Enum):
    RED = "Red"
    GREEN = "Green"


class Level(Enum):
    LOW = 1
    HIGH = 2


@dataclass(slots=True, kw_only=True)
class Entity:
    token: str = field(default="", metadata={"type": "Attribute", "required": True})
    any_element: list[object] = field(
        default_factory=list, metadata={"type": "Wildcard", "namespace": "##any"}
    )
    any_attributes: dict[str, str] = field(
        default_factory=dict, metadata={"type": "Attributes", "namespace": "##any"}
    )


@dataclass(slots=True, kw_only=True)
class Part:
    colour: None | Colour = field(
        default=None, metadata={"name": "Colour", "type": "Element", "namespace": "urn:fixture"}
    )
"""

ODD = '''
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .base import Colour, Entity, Level, Part
from .base import Part as BasePart

__NAMESPACE__ = "urn:fixture"


def member(name: str, *, default: object = None, **more: object) -> object:
    return field(
        default=default,
        metadata={"name": name, "type": "Element", "namespace": "urn:fixture", **more},
    )


@dataclass(slots=True, kw_only=True)
class Part:
    """Same name as base.Part, which this module binds as BasePart."""

    size: None | int = member("Size")


@dataclass(slots=True, kw_only=True)
class Odd(Entity):
    class Meta:
        namespace = "urn:fixture"

    element: None | str = member("Element")
    key: None | bool = field(default=None, metadata={"name": "Key", "type": "Attribute"})
    text: None | str = field(default=None, metadata={"name": "Text", "type": "Attribute"})
    colour: Colour = member("Colour", default=Colour.GREEN)
    count: int = member("Count", default=10)
    flag: bool = member("Flag", default=False)
    level: None | Level = member("Level")
    price: None | Decimal = member("Price")
    ratio: None | float = member("Ratio")
    blob: None | bytes = member("Blob", format="base16")
    number_or_word: None | int | str = member("NumberOrWord")
    colours: list[Colour] = field(
        default_factory=list,
        metadata={"name": "Colours", "type": "Element", "namespace": "urn:fixture"},
    )
    required_part: BasePart = field(
        metadata={"name": "RequiredPart", "type": "Element", "namespace": "urn:fixture"}
    )
    own_part: None | Part = member("OwnPart")
    parts: list[BasePart] = field(
        default_factory=list,
        metadata={"name": "Part", "type": "Element", "namespace": "urn:fixture"},
    )
    shadow: None | str = member("Count")  # a second field of the same XML name
    unqualified: None | str = field(
        default=None, metadata={"name": "Plain", "type": "Element"}
    )


@dataclass(slots=True, kw_only=True)
class Measured:
    class Meta:
        namespace = "urn:fixture"

    value: None | Decimal = field(default=None, metadata={"type": "Text"})
    unit: None | str = field(default=None, metadata={"name": "unit", "type": "Attribute"})


@dataclass(slots=True, kw_only=True)
class Checked:
    label: None | str = member("Label")

    def __post_init__(self) -> None:
        self.label = self.label


@dataclass(slots=True, kw_only=True)
class Holder:
    checked: None | Checked = member("Checked")


@dataclass(slots=True, kw_only=True)
class Flags:
    names: list[str] = field(
        default_factory=list, metadata={"name": "names", "type": "Attribute"}
    )
'''


@pytest.fixture(scope="module")
def fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The fixture package, staged and importable, with its codecs rendered into it."""
    root = tmp_path_factory.mktemp("stage")
    package = root / PACKAGE
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "models" / "__init__.py").write_text("")
    (package / "models" / "base.py").write_text(textwrap.dedent(BASE))
    (package / "models" / "odd.py").write_text(textwrap.dedent(ODD))
    sys.path.insert(0, str(root))
    try:
        files = _format(plan.render_codecs(PACKAGE, environment()))  # as generate() does
        for path, text in files.items():
            (package / path).parent.mkdir(parents=True, exist_ok=True)
            (package / path).write_text(text)
        yield files
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.startswith(PACKAGE)]:
            del sys.modules[name]


def models(name: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.models.{name}")


def test_the_plan_leaves_odd_classes_to_the_generic_code(fixture: dict[str, str]) -> None:
    odd = models("odd")
    served = {cls.__name__ for cls in importlib.import_module(f"{PACKAGE}.codecs.odd").CODECS}
    assert served == {"Part", "Odd", "Measured"}  # Checked, Holder (holds one), Flags: not
    for cls in (odd.Checked, odd.Holder, odd.Flags):
        assert layout.layout_of(cls).codecs is None
    with pytest.raises(plan.Unsupported, match="__post_init__"):
        plan.check_plain(odd.Checked, layout.read_layout(odd.Checked))
    with pytest.raises(plan.Unsupported, match="list or a model as XML attribute"):
        plan.check_plain(odd.Flags, layout.read_layout(odd.Flags))


def test_names_do_not_collide(fixture: dict[str, str]) -> None:
    text = fixture["codecs/odd.py"]
    assert "from ..models.base import Colour, Level, Part as BasePart" in text
    assert "    part_from_plain as part_2_from_plain,\n" in text
    assert "element_: str | None = None" in text and "key_: bool | None = None" in text
    assert "required_part: Any = None" in text  # required: None when left out
    assert "_COLOUR_VALUES = {member.value: member for member in Colour}" in text
    assert "_LEVEL = EnumScalar(Level, False)" in text  # int values: the Scalar's methods
    assert "_UNION = UnionScalar((INT, STR))" in text
    assert 'get("Colour", Colour.GREEN)' in text and 'get("Count", 10)' in text


def test_generated_code_compiles_cleanly(fixture: dict[str, str]) -> None:
    for path, text in fixture.items():
        compile(text, path, "exec")


def check_both_paths(obj: Any) -> None:
    """Every direction gives the generic code's result, bent input included."""
    cls = type(obj)
    written = same(lambda: soap.envelope(obj, NS, cls.__name__, "f"))
    same(lambda: plain.to_plain(obj))
    if written[0] != "returned":
        return
    payload = soap.envelope(obj, NS, cls.__name__, "f")
    same(lambda: soap.element_to_model(soap.body_element(payload), cls))
    data = plain.to_plain(obj)
    same(lambda: plain.from_plain(cls, data))
    same(lambda: plain.from_plain(cls, data, strict=True))
    for bent in xml_variants(payload, offset=0):
        same(lambda b=bent: soap.element_to_model(soap.body_element(b), cls))  # type: ignore[misc]
    for bent_json in json_variants(plain_bytes(data), offset=0):
        same(lambda d=bent_json: plain.from_plain(cls, json_loads(d)))  # type: ignore[misc]


def plain_bytes(data: Any) -> bytes:
    import json

    return json.dumps(data, default=str).encode()


def json_loads(data: bytes) -> Any:
    import json

    return json.loads(data)


@pytest.mark.parametrize("name", ["Odd", "Part", "Measured"])
def test_samples_agree(fixture: dict[str, str], name: str) -> None:
    cls = getattr(models("odd"), name)
    assert layout.layout_of(cls).codecs is not None
    for full in (True, False):
        check_both_paths(sample(cls, full=full))


@pytest.mark.parametrize("name", ["Odd", "Part", "Measured", "Holder"])
@settings(max_examples=examples(40))
@given(data=st.data())
def test_hypothesis_instances_agree(
    fixture: dict[str, str], name: str, data: st.DataObject
) -> None:
    check_both_paths(data.draw(model(getattr(models("odd"), name))))


def test_values_of_other_types_agree(fixture: dict[str, str]) -> None:
    odd = models("odd")
    base = sample(odd.Odd, full=True)
    for field, value in [
        ("count", "10"),
        ("count", True),
        ("flag", 1),
        ("colour", "Green"),
        ("colour", odd.Level.LOW),
        ("level", 1),
        ("price", 1.5),
        ("price", "x"),
        ("ratio", 2),
        ("blob", "00ff"),
        ("number_or_word", 4.5),
        ("colours", odd.Colour.RED),
        ("colours", ["Red"]),
        ("parts", odd.Part(size=1)),
        ("required_part", None),
        ("own_part", models("base").Part()),
        ("token", None),
        ("key", "yes"),
    ]:
        check_both_paths(dataclasses.replace(base, **{field: value}))


def test_decimal_and_float_text(fixture: dict[str, str]) -> None:
    odd = models("odd")
    check_both_paths(odd.Measured(value=Decimal("1.50"), unit="kg"))
    check_both_paths(odd.Odd(required_part=models("base").Part(), ratio=float("inf")))


def test_relative_imports() -> None:
    assert plan.relative_import("codecs.tac", "codecs.common.pt") == ".common.pt"
    assert plan.relative_import("codecs.common.pt", "codecs.tac") == "..tac"
    assert plan.relative_import("codecs.common.pt", "codecs.common.tt") == ".tt"
    assert plan.relative_import("codecs.tac", "models.tac") == "..models.tac"
    assert plan.relative_import("codecs.common.pt", "models.common.pt") == "...models.common.pt"


def test_default_literals() -> None:
    assert [plan.literal(v) for v in (None, "", "PT5M", 0, 10, False, 1.5)] == [
        "None",
        "''",
        "'PT5M'",
        "0",
        "10",
        "False",
        "1.5",
    ]
    for value in (Decimal("1"), float("nan"), [], b""):
        with pytest.raises(plan.Unsupported):
            plan.literal(value)


def test_conversions_by_scalar() -> None:
    assert plan.STR.from_text("t") == "t" and plan.STR.checks_json("v") == "type(v) is not str"
    assert plan.BOOL.from_text("t") == "BOOL_TEXT[t]" and plan.BOOL.to_text("v") == (
        '"true" if v else "false"'
    )
    enum = plan.enum_conversion("Mode", "_MODE_VALUES")
    assert enum.from_json("v") == "_MODE_VALUES[v]" and enum.checks_value("v") == (
        "type(v) is not Mode"
    )
    other = plan.scalar_conversion("DECIMAL")
    assert other.to_json("v") == "DECIMAL.to_json(v)" and not other.value_check
    assert plan.STR.json_as_is and not enum.json_as_is


def member(kind: str, *, is_list: bool = False, required: bool = False, **extra: Any) -> Any:
    values = {
        "conversion": plan.STR,
        "default": "[]" if is_list else "None",
        "tag": "_TAG_MODE",
        "variable": "mode",
        **extra,
    }
    return plan.Member(
        name="mode", kind=kind, xml_name="Mode", is_list=is_list, required=required, **values
    )


def test_writes_are_ready_statements() -> None:
    first = plan.xml_write(member(layout.ATTRIBUTE, required=True), first=True)
    assert (first.target, first.empty_as_text) == ("value: Any", True)
    assert first.write == 'element.set("Mode", value)'
    assert first.check == "type(value) is not str"
    items = plan.xml_write(member(layout.ELEMENT, is_list=True), first=False)
    assert items.target == "value" and items.write == "SubElement(element, _TAG_MODE).text = item"
    nested = plan.xml_write(member(layout.ELEMENT, conversion=None, model="gate"), first=False)
    assert nested.write == "gate_to_xml(element, _TAG_MODE, value)" and not nested.check


def test_plain_writes_name_the_text_member_and_copy_plain_lists() -> None:
    text = plan.plain_write(member(layout.TEXT), first=True)
    assert text.key == '"_text"' and text.write == "value"
    as_is = plan.plain_write(member(layout.ELEMENT, is_list=True), first=False)
    assert as_is.key == '"Mode"' and as_is.write == "list(value)"
    numbers = plan.plain_write(
        member(layout.ELEMENT, is_list=True, conversion=plan.scalar_conversion("DECIMAL")),
        first=False,
    )
    assert numbers.write == "[DECIMAL.to_json(item) for item in value]" and not numbers.check


def test_plain_reads() -> None:
    single = member(layout.ELEMENT, default="'x'", json_key="Mode")
    plan.plan_plain_read(single)
    assert single.plain_get == "'Mode', 'x'"  # a default other than None stands for absence
    assert (single.plain_check, single.plain_result) == ("type(value) is not str", "")
    enum = member(
        layout.ELEMENT,
        is_list=True,
        json_key="Mode",
        conversion=plan.enum_conversion("Mode", "_MODE_VALUES"),
    )
    plan.plan_plain_read(enum)
    assert enum.plain_get == "'Mode'"
    assert enum.plain_result == "[_MODE_VALUES[item] for item in value]"
    assert enum.plain_check == "type(item) is not str"


def test_children_and_stray_xml() -> None:
    simple = member(layout.ELEMENT)
    plan.plan_child(simple)
    assert simple.read == 'child.text or ""' and simple.read_check == "child.keys()"
    assert simple.repeat_check == "mode is not None" and not simple.seen_flag
    nested = member(layout.ELEMENT, conversion=None, model="gate", default="Mode.OPEN")
    plan.plan_child(nested)
    assert nested.read == "gate_from_xml(child)" and not nested.read_check
    assert nested.repeat_check == nested.seen_flag == "mode_seen"
    assert plan.stray_check(attributes=True, children=False) == ""
    assert plan.stray_check(attributes=False, children=True) == "element.keys()"
    assert plan.stray_check(attributes=False, children=False) == "element.keys() or len(element)"
