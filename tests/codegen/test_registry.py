from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.generate import render
from pyvapix.codegen.plan import is_safe
from pyvapix.codegen.registry import load_registry

from pyvapix._catalogue import default_catalogue
from pyvapix.runtime import OperationInfo

from ..conftest import SPECS, shared

HERE = Path(__file__).parent

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
        "tev",
        "tcr",
        "tar",
        "tsc",
        "tds",
    }
    endpoints = {e.prefix: e.json_endpoint for e in entries}
    assert endpoints["axudb"] == "/vapix/pacs"
    assert endpoints["axisio"] == "/vapix/pin"
    assert endpoints["tev"] is None  # the event service is SOAP only
    assert all(endpoints[p] is None for p in ("tcr", "tar", "tsc", "tds"))  # SOAP only
    by_prefix = {e.prefix: e for e in entries}
    assert by_prefix["tev"].marked("long_poll") == {"PullMessages"}
    assert by_prefix["axlog"].event_log == "FetchEvents2"


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
        (ENTRY + "    long_poll: PullMessages\n", "'long_poll' is a list of operation names"),
        (ENTRY + "    event_log: [FetchEvents]\n", "'event_log' must be an operation name"),
    ],
)
def test_bad_registry_is_refused_with_reason(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "a.wsdl").write_text("<x/>")
    (tmp_path / "services.yaml").write_text(text)
    with pytest.raises(SpecError) as info:
        load_registry(tmp_path)
    assert message in str(info.value)
    assert "services.yaml" in str(info.value)


MINI_ENTRY = (
    "services:\n  mini:\n    title: Mini\n    namespace: urn:example:mini\n    wsdl: mini.wsdl\n"
)


def mini_specs(tmp_path: Path, extra: str) -> Path:
    (tmp_path / "mini.wsdl").write_text((HERE / "fixtures" / "mini" / "mini.wsdl").read_text())
    (tmp_path / "services.yaml").write_text(MINI_ENTRY + extra)
    return tmp_path


def test_safe_unsafe_and_long_poll_lists(tmp_path: Path) -> None:
    specs = mini_specs(
        tmp_path, "    safe: [OpenGates]\n    unsafe: [GetGateList]\n    long_poll: [OpenGates]\n"
    )
    (entry,) = load_registry(specs)
    assert entry.marked("safe") == {"OpenGates"} and entry.marked("unsafe") == {"GetGateList"}
    assert entry.marked("long_poll") == {"OpenGates"}
    assert not is_safe("GetGateList", entry) and is_safe("OpenGates", entry)
    assert is_safe("GetGateList") and not is_safe("OpenGates")  # the name guess


@pytest.mark.parametrize(
    ("extra", "message", "line"),
    [
        ("    safe: OpenGates\n", "services.mini.safe: 'safe' is a list", 6),
        ("    unsafe: [GetGateList, 3]\n", "services.mini.unsafe[1]: expected an op", 6),
        (
            "    safe:\n      - OpenGates\n    unsafe:\n      - OpenGates\n",
            "services.mini.unsafe[0]: 'OpenGates' is already listed under 'safe'",
            9,
        ),
        ("    long_poll: [OpenGates, OpenGates]\n", "already listed under 'long_poll'", 6),
    ],
)
def test_bad_operation_lists_are_refused(
    tmp_path: Path, extra: str, message: str, line: int
) -> None:
    with pytest.raises(SpecError) as info:
        load_registry(mini_specs(tmp_path, extra))
    assert message in str(info.value)
    assert str(info.value).startswith(f"{tmp_path / 'services.yaml'}:{line}:")


def test_an_unknown_operation_names_file_line_service_and_name(tmp_path: Path) -> None:
    specs = mini_specs(tmp_path, "    safe:\n      - OpenGates\n      - OpenGate\n")
    with pytest.raises(SpecError) as info:
        render(specs)
    assert str(info.value) == (
        f"{specs / 'services.yaml'}:8: services.mini.safe: unknown operation 'OpenGate': "
        "mini.wsdl has none of that name; did you mean 'OpenGates'?"
    )


def test_the_repository_marks_follow_the_facts() -> None:
    """The name guess and services.yaml together, against the documented behaviour."""
    operations = default_catalogue().operations
    reads = ["pacsaxis:VerifyRequest", "axsch:ScheduleActive", "axsch:ScheduleStatusReport"]
    reads += ["axlog:FetchEvents", "axlog:FetchAlarms", "axloc:GetIgnoreFilterList"]
    acts = ["pacsaxis:RequestAccess", "tac:ExternalAuthorization", "pacsaxis:ReOpenMasterDB"]
    assert [operations[name].info.safe for name in reads] == [True] * len(reads)
    assert [operations[name].info.safe for name in acts] == [False] * len(acts)
    long_polls = [name for name, op in operations.items() if op.info.long_poll]
    assert long_polls == ["tev:PullMessages"]  # the event pull; no PACS operation waits


def test_a_registry_from_before_long_poll_still_loads() -> None:
    """pyvapix.runtime is stable: an OperationInfo written without long_poll is valid."""
    info = OperationInfo("x", "Op", "models.x", "Op", "OpResponse", "Op", "OpResponse", "a")
    assert info.long_poll is False and info.safe is False
