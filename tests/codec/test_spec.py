"""The runtime reads every generated model exactly as xsdata itself understands it."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil

import pytest
import pyvapix.generated.models as models_package
from xsdata.formats.dataclass.context import XmlContext

from pyvapix._codec.layout import ATTRIBUTE, ELEMENT, layout_of


def all_model_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(models_package.__path__, models_package.__name__ + "."):
        module = importlib.import_module(info.name)
        classes += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and dataclasses.is_dataclass(value)
            and value.__module__ == module.__name__
        ]
    return sorted(classes, key=lambda c: (c.__module__, c.__name__))


CLASSES = all_model_classes()


def test_there_are_models() -> None:
    assert len(CLASSES) > 300


@pytest.mark.parametrize(
    "cls", CLASSES, ids=lambda c: f"{c.__module__.rsplit('.', 1)[-1]}.{c.__name__}"
)
def test_qualified_names_agree_with_xsdata(cls: type) -> None:
    meta = XmlContext().build(cls)
    ours = layout_of(cls)
    expected = {
        var.name: (var.qname, var.list_element)
        for var in meta.get_all_vars()
        if var.is_element or var.is_attribute
    }
    actual = {f.name: (f.tag, f.is_list) for f in ours.fields if f.kind in (ELEMENT, ATTRIBUTE)}
    assert actual == expected
    assert (ours.wildcard is not None) == any(v.is_wildcard for v in meta.get_all_vars())
