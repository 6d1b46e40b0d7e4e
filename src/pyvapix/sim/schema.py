"""Request checks a device's SOAP stack makes before an operation runs.

The project's decoder is lenient on purpose (it reads what devices and documentation send);
a device is not. SOAP requests must have children in schema order, no undeclared children,
children in the service namespace (or unqualified, as older examples send), and the required
attributes (an entity's ``token``, even when empty). Both protocols must carry every required
member ("occurrence violation") and only known enumeration values. Extension content is open
and not checked.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .._codec.layout import ELEMENT, layout_of
from . import faults
from .shapes import defect


def _split(tag: str) -> tuple[str | None, str]:
    if tag.startswith("{"):
        namespace, local = tag[1:].split("}", 1)
        return namespace, local
    return None, tag


def _required_attributes(cls: type) -> list[str]:
    flagged = {
        f.metadata.get("name", f.name)
        for f in dataclasses.fields(cls)
        if f.metadata.get("required")
    }
    return [f.xml_name for f in layout_of(cls).attributes if f.required or f.xml_name in flagged]


def check_element(element: Any, cls: type, where: str) -> None:
    """Check one SOAP element (an lxml element) against its model class, recursively."""
    layout = layout_of(cls)
    if not layout.elements and not layout.attributes:
        return  # an Extension: anything goes
    children = [child for child in element if isinstance(child.tag, str)]
    present = {_split(name)[1] for name in element.attrib} | {_split(c.tag)[1] for c in children}
    for name in _required_attributes(cls):
        if name not in present:
            raise faults.missing_attribute(f"{where} lacks the required attribute {name!r}")
    position = -1
    for child in children:
        namespace, local = _split(child.tag)
        field = layout.by_local.get(local)
        if field is None or (
            namespace is not None
            and field.kind == ELEMENT
            and field.namespace is not None
            and namespace != field.namespace
        ):
            raise faults.tag_mismatch(f"unexpected element {child.tag} in {where}")
        if field.kind == ELEMENT:
            index = layout.elements.index(field)
            if index < position:
                order = ", ".join(f.xml_name for f in layout.elements)
                raise faults.tag_mismatch(f"{local} is out of order in {where} (order: {order})")
            position = index
        if field.model is not None:
            check_element(child, field.model, f"{where}/{local}")


def check_values(model: Any, where: str) -> None:
    """Every required member of a decoded request is present and every enumerated value is
    one of the enumeration, recursively."""
    problem = defect(model, where)
    if problem is not None:
        raise faults.invalid_args(problem)
