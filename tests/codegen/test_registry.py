from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.registry import load_registry

from ..conftest import SPECS, shared

ENTRY = "services:\n  x:\n    title: X\n    namespace: urn:x\n    wsdl: a.wsdl\n"


def test_our_registry_lists_every_service() -> None:
    entries = load_registry(SPECS)
    prefixes = {e.prefix for e in entries}
    assert prefixes == {
        "aconn",
        "tdc",
        "axtdc",
        "axlog",
        "axloc",
        "axtid",
        "axisio",
        "tac",
        "pacsaxis",
        "axsch",
        "axudb",
        "axissd",
        "axrio",
        "axkey",
        "axtpc",
        "tcr",
        "tar",
        "tsc",
        "tds",
    }
    endpoints = {e.prefix: e.json_endpoint for e in entries}
    assert endpoints["axudb"] == "/vapix/pacs"
    assert endpoints["axisio"] == "/vapix/pin"
    assert all(endpoints[p] is None for p in ("tcr", "tar", "tsc", "tds"))  # SOAP only


def test_without_registry_prefix_and_endpoint_come_from_namespace() -> None:
    entries = {e.prefix: e for e in load_registry(shared("onvif-wsdl"))}
    assert entries["tdc"].json_endpoint == "/vapix/doorcontrol"
    assert entries["tcr"].json_endpoint is None  # ONVIF credential: SOAP only


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("services: [1, 2]", "expected a mapping with a 'services' mapping"),
        (
            "services:\n  x:\n    title: X\n    namespace: urn:x\n    wsdl: nowhere.wsdl\n",
            "wsdl file 'nowhere.wsdl' does not exist",
        ),
        ("services:\n  x:\n    title: X\n    wsdl: a.wsdl\n", "'namespace' is required"),
        (
            ENTRY + "    colour: red\n",
            "unknown key(s) colour",
        ),
        (
            ENTRY + "    json_endpoint: vapix\n",
            "must be a path starting with '/'",
        ),
        ("services: {x: [}", "invalid YAML"),
    ],
)
def test_bad_registry_is_refused_with_reason(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "a.wsdl").write_text("<x/>")
    (tmp_path / "services.yaml").write_text(text)
    with pytest.raises(SpecError) as info:
        load_registry(tmp_path)
    assert message in str(info.value)
    assert "services.yaml" in str(info.value)
