"""The service plan's decisions (codegen/plan.py), in plain Python: what the service and
registry templates print, from models shaped as xsdata writes them."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from pyvapix.codegen.plan import NO_DESCRIPTION, ServicePlan, plan_service
from pyvapix.codegen.registry import ServiceEntry
from pyvapix.codegen.wsdl import Operation, WsdlService

NS = "urn:example:gate"


@dataclass(slots=True, kw_only=True)
class Gate:
    """A gate."""

    token: str = field(default="", metadata={"name": "token", "type": "Attribute"})


@dataclass(slots=True, kw_only=True)
class GetGateList:
    """
    Attributes:
        limit: At most this many.
    """

    class Meta:
        namespace = NS

    limit: int | None = field(default=None, metadata={"name": "Limit", "type": "Element"})
    start_reference: str | None = field(
        default=None, metadata={"name": "StartReference", "type": "Element"}
    )
    area: str | None = field(default=None, metadata={"name": "Area", "type": "Element"})


@dataclass(slots=True, kw_only=True)
class GetGateListResponse:
    class Meta:
        namespace = NS

    next_start_reference: str | None = field(
        default=None, metadata={"name": "NextStartReference", "type": "Element"}
    )
    gate: list[Gate] = field(default_factory=list, metadata={"name": "Gate", "type": "Element"})


@dataclass(slots=True, kw_only=True)
class OpenGate:
    class Meta:
        namespace = NS

    token: str = field(metadata={"name": "Token", "type": "Element"})


@dataclass(slots=True, kw_only=True)
class OpenGateResponse:
    class Meta:
        namespace = NS


MESSAGES = (GetGateList, GetGateListResponse, OpenGate, OpenGateResponse)
CLASSES = {(NS, cls.__name__): cls for cls in MESSAGES}


def operation(name: str, documentation: str = "") -> Operation:
    return Operation(name, (NS, name), (NS, f"{name}Response"), documentation, f"{NS}/{name}")


def plan(json_endpoint: str | None = "/vapix/gate") -> ServicePlan:
    entry = ServiceEntry("gate", "Gate", NS, Path("gate.wsdl"), json_endpoint)
    wsdl = WsdlService(
        Path("gate.wsdl"),
        NS,
        "GateService",
        (operation("GetGateList", "Lists gates."), operation("OpenGate")),
    )
    return plan_service(entry, wsdl, CLASSES, lambda cls: "models.gate")


def test_signatures_and_docs_are_ready_to_print() -> None:
    listing, open_gate = plan().methods
    assert [p.signature for p in open_gate.params] == ["token: str"]
    assert [p.signature for p in listing.params] == [
        "limit: int | None = None",
        "start_reference: str | None = None",
        "area: str | None = None",
    ]
    docs = {p.name: p.doc for p in listing.params}
    assert docs["limit"] == "At most this many."  # from the spec's documentation
    assert docs["start_reference"].startswith("NextStartReference of the previous page")
    assert docs["area"] == NO_DESCRIPTION
    assert open_gate.doc == "The OpenGate operation."
    assert listing.qualified_name == "gate:GetGateList"


def test_the_iterator_leaves_out_the_cursor() -> None:
    listing = plan().methods[0]
    assert listing.paging is not None and listing.iter_name == "iter_gate_list"
    assert [p.name for p in listing.paging.params] == ["limit", "area"]
    assert listing.paging.doc == "Limit sets the page size."
    assert listing.paging.item_annotation == "Gate"


def test_module_docstring_names_the_endpoints() -> None:
    assert plan().transports == "JSON on /vapix/gate, SOAP 1.2 on /vapix/services."
    assert "no JSON endpoint" in plan(json_endpoint=None).transports


def test_registry_fields_are_python_literals() -> None:
    service = plan(json_endpoint=None)
    fields = dict(service.registry_fields)
    assert fields["module"] == "'services.gate'" and fields["json_endpoint"] == "None"
    listing, open_gate = (dict(m.registry_fields) for m in service.methods)
    assert listing["paging"] == "Paging('reference', 'gate')"
    assert open_gate["paging"] == "None"
    assert listing["safe"] == "True" and open_gate["safe"] == "False"
    for _, value in [*service.registry_fields, *service.methods[0].registry_fields]:
        ast.parse(value, mode="eval")  # each prints as one expression
