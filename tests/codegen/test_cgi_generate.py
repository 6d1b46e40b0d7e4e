"""Generation of the CGI clients: a small spec rendered, imported and used; determinism;
the plan's decisions; mypy --strict over the output."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pyvapix.codegen.cgi import plan_specs, render_cgi
from pyvapix.codegen.cgi_plan import param_annotation
from pyvapix.codegen.cgi_spec import ParamSpec, parse_type
from pyvapix.codegen.generate import _format, write
from pyvapix.codegen.jinja import environment

from tools import typecheck

from ..conftest import ROOT

MINI = """\
cgi: mini
title: Mini device
path: /axis-cgi/mini.cgi
method: POST
request: form
response: {format: text}
errors:
  - match: '^Error: ?(?P<message>.*)$'
operations:
  mini_status:
    doc: The status, with a backslash \\ in the doc.
    safe: true
    method: GET
    request: query
    fixed: {action: status}
    params:
      channel: {type: int, default: 1, min: 1, doc: Channel.}
      mode: {type: str, values: [fast, slow]}
    response: {format: kv, result: MiniStatus}
  mini_pulse:
    doc: Pulse a port.
    access: operator
    fixed: {action: "{port}:/{ms}\\\\"}
    params:
      port: {type: int, required: true}
      ms: {type: int, required: true}
  mini_login:
    doc: Set a password.
    access: admin
    params:
      password: {key: pwd, type: str, required: true, secret: true}
      roles: {key: sgrp, type: "list[str]", join: ":", values: [viewer, admin]}
  mini_set:
    doc: Set values.
    params:
      values: {type: map, required: true}
  mini_json:
    doc: A JSON API call.
    path: /axis-cgi/minijson.cgi
    request: json
    api_version: "1.0"
    json_method: getThings
    params:
      things: {type: "list[MiniThing]", required: true}
    response: {format: json, result: MiniThings}
  mini_upload:
    doc: Upload.
    request: multipart
    params:
      package: {key: file, type: file, required: true}
  mini_log:
    doc: Download the log.
    method: GET
    request: query
    response: {format: binary, filename: mini.log}
types:
  MiniStatus:
    fields:
      State: {type: str, required: true}
      ports: {match: 'port([0-9]+)', type: "map[int, bool]"}
  MiniThing:
    fields:
      id: {type: str, required: true}
      size: int
  MiniThings:
    fields:
      things: "list[MiniThing]"
"""


@pytest.fixture(scope="module")
def mini_specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("specs") / "cgi"
    directory.mkdir()
    (directory / "mini.yaml").write_text(MINI, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def mini_files(mini_specs: Path) -> dict[str, str]:
    return _format(render_cgi(mini_specs, environment()))


@pytest.fixture(scope="module")
def mini_package(mini_files: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("out")
    write({path.removeprefix("cgi/"): text for path, text in mini_files.items()}, root / "minicgi")
    return root


def test_rendered_files(mini_files: dict[str, str]) -> None:
    assert set(mini_files) == {
        "cgi/__init__.py",
        "cgi/types.py",
        "cgi/operations.py",
        "cgi/client.py",
    }
    for path, text in mini_files.items():
        compile(text, path, "exec")
    client = mini_files["cgi/client.py"]
    assert (
        "def mini_pulse(\n        self,\n        port: int,\n        ms: int,\n        *,"
        in client
    )
    assert 'mode: Literal["fast", "slow"] | None = None' in client
    assert "channel: int = 1" in client
    assert "dest: Destination" in client and "progress: Progress | None = None" in client
    assert "things: Sequence[MiniThing | Mapping[str, Any]]" in client
    assert "package: bytes | str | os.PathLike[str] | BinaryIO" in client
    assert "backslash \\\\ in the doc" in client  # escaped in the docstring
    assert "async def mini_status(" in client and "await self._call(" in client
    types = mini_files["cgi/types.py"]
    assert "@dataclass(kw_only=True)\nclass MiniStatus:" in types
    assert 'state: str = field(metadata={"cgi": {"key": "State"}})' in types
    assert (
        "api_version: str | None = field(default=None, "
        'metadata={"cgi": {"envelope": "apiVersion"}})' in types
    )
    operations = mini_files["cgi/operations.py"]
    assert "secret=True" in operations and "timeout_param" not in operations


def test_generation_is_deterministic(mini_specs: Path, mini_files: dict[str, str]) -> None:
    assert _format(render_cgi(mini_specs, environment())) == mini_files


def test_generated_package_works(mini_package: Path) -> None:
    script = textwrap.dedent("""
        import httpx, pyvapix
        from minicgi.client import CgiClient
        from minicgi import operations, types
        seen = []
        def handler(request):
            seen.append((request.method, request.url.raw_path, request.content))
            if request.url.path.endswith("minijson.cgi"):
                data = {"things": [{"id": "a", "size": 3}]}
                return httpx.Response(200, json={"apiVersion": "1.0", "data": data})
            if b"status" in request.url.raw_path:
                return httpx.Response(200, text="State=ok\\nport1=yes\\nport2=no\\nnew=1")
            return httpx.Response(200, text="")
        cgi = CgiClient(pyvapix.Client("http://x", transport=httpx.MockTransport(handler)))
        status = cgi.mini_status(mode="fast")
        expected = types.MiniStatus(state="ok", ports={1: True, 2: False}, extra={"new": "1"})
        assert status == expected, status
        cgi.mini_pulse(2, 300)
        cgi.mini_login("s3cret", roles=["viewer", "admin"])
        cgi.mini_set({"A.B": True})
        things = cgi.mini_json([types.MiniThing(id="a")])
        assert things.things[0].size == 3 and things.api_version == "1.0"
        assert seen[0][1] == b"/axis-cgi/mini.cgi?action=status&channel=1&mode=fast", seen[0]
        assert seen[1][2] == b"action=2%3A%2F300%5C", seen[1]
        assert seen[2][2] == b"pwd=s3cret&sgrp=viewer%3Aadmin", seen[2]
        assert seen[3][2] == b"A.B=yes", seen[3]
        assert len(operations.OPERATIONS) == 7
        print("ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=mini_package,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "ok", result.stderr


def _mypy(*targets: Path | str, cwd: Path, stage: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict over ``targets`` with pyvapix staged as installed (tools/typecheck.py)."""
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    if mypy is None:
        pytest.skip("mypy is not installed")
    env = {"MYPYPATH": str(typecheck.stage(stage)), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [mypy, "--strict", "--no-incremental", "--cache-dir=/dev/null", *map(str, targets)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_generated_mini_is_mypy_strict_clean(mini_package: Path, tmp_path: Path) -> None:
    result = _mypy("minicgi", cwd=mini_package, stage=tmp_path / "stage")
    assert result.returncode == 0, result.stdout + result.stderr


def test_repository_cgi_code_is_mypy_strict_clean(tmp_path: Path) -> None:
    staged = tmp_path / "stage"
    result = _mypy("-p", "pyvapix.generated.cgi", "-p", "pyvapix.cgi", cwd=tmp_path, stage=staged)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("type_text", "extra", "expected"),
    [
        ("str", {}, "str"),
        ("int | str", {}, "int | str"),
        ("str", {"values": ("a", "b")}, 'Literal["a", "b"]'.replace('"', "'")),
        ("int", {"values": (0, 90)}, "Literal[0, 90]"),
        ("list[int]", {}, "int | Sequence[int]"),
        ("list[str]", {"values": ("x",)}, "Literal['x'] | Sequence[Literal['x']]"),
        ("map", {}, "Mapping[str, str | int | float | bool]"),
    ],
)
def test_param_annotations(type_text: str, extra: dict[str, object], expected: str) -> None:
    param = ParamSpec(
        name="p", key="p", type=parse_type(type_text), required=True, doc="", **extra
    )  # type: ignore[arg-type]
    assert param_annotation(param) == expected


def test_repository_plan() -> None:
    plan = plan_specs(ROOT / "specs" / "cgi")
    assert plan.count == len(plan.methods) == len(plan.operations) >= 80
    downloads = {m.name for m in plan.methods if m.download}
    assert downloads == {"server_report", "system_log", "network_trace"}
    by_name = {m.name: m for m in plan.methods}
    assert by_name["user_add"].arguments[:4] == [
        "user: str",
        "password: str",
        "roles: Literal['viewer', 'operator', 'admin', 'ptz'] | "
        "Sequence[Literal['viewer', 'operator', 'admin', 'ptz']]",
        "*",
    ]
    assert "never logged" in dict(by_name["user_add"].args_doc)["password"]


def test_no_cgi_directory_means_no_cgi_package(tmp_path: Path) -> None:
    """generate.render() only adds generated/cgi when specs/cgi exists (the PACS-only fixtures)."""
    from pyvapix.codegen.generate import render

    files = render(ROOT / "tests" / "codegen" / "fixtures" / "mini")
    assert not any(path.startswith("cgi/") for path in files)
