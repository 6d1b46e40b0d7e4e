"""The CGI spec schema: good specs load into the model, bad ones are refused with the file,
the line and the reason."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pyvapix.codegen.cgi_checker import load_specs
from pyvapix.codegen.cgi_spec import RUNTIME_RESULTS, TypeRef, parse_type
from pyvapix.codegen.errors import SpecError

from pyvapix.cgi._results import RUNTIME_RESULTS as RUNTIME_CLASSES

from ..conftest import SPECS

GOOD = """\
cgi: demo
title: Demo
path: /axis-cgi/demo.cgi
method: POST
response: {format: kv}
errors:
  - match: '^# Error: (?P<message>.*)$'
operations:
  demo_get:
    doc: Read.
    safe: true
    fixed: {action: get}
    params:
      group: {type: "list[str]"}
    response: {result: DemoResult}
types:
  DemoResult:
    fields:
      Name: str
"""


def _write(tmp_path: Path, text: str, name: str = "demo.yaml") -> Path:
    directory = tmp_path / "cgi"
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def test_a_good_spec_loads(tmp_path: Path) -> None:
    spec = load_specs(_write(tmp_path, GOOD))
    (op,) = spec.operations
    assert (op.name, op.path, op.method, op.style, op.access, op.safe) == (
        "demo_get",
        "/axis-cgi/demo.cgi",
        "POST",
        "form",
        "viewer",
        True,
    )
    assert op.params[0].type == TypeRef("list", args=(TypeRef("scalar", "str"),))
    assert op.response.result == "DemoResult" and op.errors[0].match
    assert spec.types["DemoResult"].fields[0].name == "name"


def test_the_repository_specs_load() -> None:
    spec = load_specs(SPECS / "cgi")
    assert len(spec.operations) >= 80 and len(spec.files) >= 10
    names = {op.name for op in spec.operations}
    for required in (
        "param_list",
        "param_list_definitions",
        "param_update",
        "param_add",
        "param_remove",
        "param_brand",
        "param_properties",
        "param_image",
        "param_ptz",
        "param_guard_tour",
        "param_io_port",
        "param_input",
        "param_output",
        "image_size",
        "port_activate",
        "port_deactivate",
        "port_pulse",
        "port_check",
        "port_check_active",
        "port_management_get_ports",
        "user_add",
        "user_update",
        "user_remove",
        "user_list",
        "user_current",
        "ptz_presets",
        "ptz_goto_preset_name",
        "ptz_goto_preset_number",
        "ptz_move",
        "ptz_return_to_home",
        "ptz_set_return_to_home",
        "guard_tour_start",
        "guard_tour_stop",
        "ptz_wiper",
        "ptz_auxiliary",
        "app_list",
        "app_start",
        "app_stop",
        "app_restart",
        "app_remove",
        "app_upload",
        "app_license_upload",
        "media_clip_play",
        "ping_test",
        "server_report",
        "network_trace",
        "system_log",
        "restart",
        "device_info",
        "api_list",
    ):
        assert required in names, required


def test_runtime_result_names_match_the_runtime() -> None:
    assert set(RUNTIME_RESULTS) == set(RUNTIME_CLASSES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("str", TypeRef("scalar", "str")),
        ("int | str", TypeRef("union", args=(TypeRef("scalar", "int"), TypeRef("scalar", "str")))),
        (
            "map[int, list[str]]",
            TypeRef(
                "map",
                args=(TypeRef("scalar", "int"), TypeRef("list", args=(TypeRef("scalar", "str"),))),
            ),
        ),
        ("list[ApiInfo]", TypeRef("list", args=(TypeRef("record", "ApiInfo"),))),
        ("map", TypeRef("mapping")),
        ("file", TypeRef("file")),
    ],
)
def test_type_expressions(text: str, expected: TypeRef) -> None:
    assert parse_type(text) == expected


@pytest.mark.parametrize("text", ["string", "list[str", "map[str]", "lower_case", ""])
def test_bad_type_expressions(text: str) -> None:
    with pytest.raises(ValueError):
        parse_type(text)


# (replacement of a line of GOOD, or an appended text) -> (line, message fragment)
BAD = [
    ("method: POST", "method: PUT", 4, "'PUT' is not one of GET, POST"),
    ("    safe: true", "    safe: yes please", 11, "expected true or false"),
    ("    doc: Read.", "    dok: Read.", 10, "unknown key 'dok'"),
    (
        "    safe: true",
        "    safe: true\n    method: GET\n    request: query\n    params2: {}",
        14,
        "unknown key 'params2'",
    ),
    ('      group: {type: "list[str]"}', "      group: {type: strng}", 14, "unknown type 'strng'"),
    (
        '      group: {type: "list[str]"}',
        "      group: {type: str, values: []}",
        14,
        "expected a non-empty list of allowed values",
    ),
    ('      group: {type: "list[str]"}', "      timeout: int", 14, "reserved"),
    (
        '      group: {type: "list[str]"}',
        "      group: {type: file}",
        14,
        "needs request style multipart",
    ),
    (
        "    response: {result: DemoResult}",
        "    response: {result: Nothing}",
        15,
        "unknown result type 'Nothing'",
    ),
    (
        "    response: {result: DemoResult}",
        "    response: {format: csv}",
        15,
        "'csv' is not one of kv",
    ),
    (
        "    response: {result: DemoResult}",
        "    response: {format: binary, result: DemoResult}",
        15,
        "a download (format binary) has no result type",
    ),
    (
        "  - match: '^# Error: (?P<message>.*)$'",
        "  - match: '^# Error: (?P<message>.*$'",
        7,
        "invalid regular expression",
    ),
    (
        "  - match: '^# Error: (?P<message>.*)$'",
        "  - error: request",
        7,
        "needs 'match', 'unless' or 'status'",
    ),
    (
        "  - match: '^# Error: (?P<message>.*)$'",
        "  - {match: x, error: partial}",
        7,
        "(?P<entry>...)",
    ),
    (
        "    fixed: {action: get}",
        "    fixed: {action: '{nothing}'}",
        12,
        "{nothing} names no parameter",
    ),
    (
        "    fixed: {action: get}",
        "    fixed: {action: '{group}'}",
        12,
        "must be required or have a default",
    ),
    ("    fixed: {action: get}", "    fixed: {action: yes}", 12, "YAML reads them as booleans"),
    ("      Name: str", '      Name: {type: "map[str, str]"}', 19, "'match' is missing"),
    ("      Name: str", "      extra: str", 19, "'extra' is reserved"),
    (
        "      Name: str",
        "      Name: {type: str, true_words: [on]}",
        19,
        "only for boolean fields",
    ),
    (
        "      Name: str",
        '      Name: {type: "list[str]", indexed: I}',
        19,
        "list of a declared type",
    ),
    ("  demo_get:", "  DemoGet:", 9, "must be lower_snake_case"),
    ("path: /axis-cgi/demo.cgi", "path: axis-cgi/demo.cgi", 3, "absolute path"),
    ("title: Demo", "title: [Demo]", 2, "expected a string, got a list"),
    ("  DemoResult:", "  demoResult:", 17, "CapitalisedWords"),
]


@pytest.mark.parametrize(("old", "new", "line", "message"), BAD, ids=[b[3][:30] for b in BAD])
def test_bad_specs_are_refused_with_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in GOOD
    directory = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(SpecError) as caught:
        load_specs(directory)
    error = caught.value
    assert error.file.endswith("demo.yaml")
    assert message in error.reason
    assert error.line == line, str(error)
    assert str(error).startswith(f"{directory / 'demo.yaml'}:{line}:")


def test_yaml_syntax_and_duplicates(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_specs(
            _write(tmp_path, GOOD.replace("    safe: true", "    safe: true\n    safe: false"))
        )
    assert caught.value.line == 12 and "duplicate key 'safe'" in caught.value.reason
    with pytest.raises(SpecError) as caught:
        load_specs(_write(tmp_path, GOOD.replace("    doc: Read.", "    doc: Read: this.")))
    assert caught.value.line == 10 and "invalid YAML" in caught.value.reason
    with pytest.raises(SpecError, match="merge keys"):
        load_specs(_write(tmp_path, GOOD + "  Other:\n    <<: {}\n    fields: {a: str}\n"))


def test_names_are_unique_across_files(tmp_path: Path) -> None:
    directory = _write(tmp_path, GOOD)
    _write(tmp_path, GOOD.replace("DemoResult", "OtherResult"), name="other.yaml")
    with pytest.raises(SpecError) as caught:
        load_specs(directory)
    assert "operation 'demo_get' is already declared in demo.yaml" in str(caught.value)
    assert caught.value.file.endswith("other.yaml") and caught.value.line == 9


def test_type_cycles_and_unknown_field_types(tmp_path: Path) -> None:
    cyclic = GOOD + "  A:\n    fields:\n      b: B\n  B:\n    fields:\n      a: A\n"
    with pytest.raises(SpecError, match="cycle"):
        load_specs(_write(tmp_path, cyclic))
    unknown = GOOD.replace("      Name: str", "      Name: Missing")
    with pytest.raises(SpecError, match="unknown type 'Missing'") as caught:
        load_specs(_write(tmp_path, unknown))
    assert caught.value.line == 19


def test_style_and_method_agree(tmp_path: Path) -> None:
    text = GOOD.replace("method: POST", "method: POST\nrequest: form").replace(
        "    safe: true", "    safe: true\n    method: GET"
    )
    with pytest.raises(SpecError) as caught:
        load_specs(_write(tmp_path, text))
    assert "inherited from the top of the file" in caught.value.reason and caught.value.line == 10


def test_secrets_never_go_in_a_url(tmp_path: Path) -> None:
    text = GOOD.replace("method: POST", "method: GET").replace(
        '      group: {type: "list[str]"}', "      password: {key: pwd, type: str, secret: true}"
    )
    with pytest.raises(SpecError, match="POST body only") as caught:
        load_specs(_write(tmp_path, text))
    assert caught.value.line == 14


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "cgi").mkdir()
    with pytest.raises(SpecError, match=r"no \.yaml files"):
        load_specs(tmp_path / "cgi")
