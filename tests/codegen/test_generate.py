"""The generator end to end: golden output, determinism, the repository's own generated/,
official ONVIF files unmodified, coverage of the documented operations, speed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.generate import differences, render, write

from ..conftest import GENERATED, ROOT, SPECS, shared

HERE = Path(__file__).parent
MINI = HERE / "fixtures" / "mini"
GOLDEN = HERE / "golden" / "mini"


@pytest.fixture(scope="module")
def mini_files() -> dict[str, str]:
    return render(MINI)


def test_golden_output(mini_files: dict[str, str]) -> None:
    """The generated files for a small spec, compared file by file with the committed
    record (PYVAPIX_UPDATE_GOLDEN=1 rewrites it after an intended change)."""
    if os.environ.get("PYVAPIX_UPDATE_GOLDEN"):
        write(mini_files, GOLDEN)
    assert differences(mini_files, GOLDEN) == []


def test_generation_is_deterministic(mini_files: dict[str, str]) -> None:
    assert render(MINI) == mini_files


def test_generated_mini_package_works(mini_files: dict[str, str], tmp_path: Path) -> None:
    """The output is an importable package whose client pages and round-trips."""
    write(mini_files, tmp_path / "minigen")
    script = """
import httpx, json, pyvapix
from minigen.models.mini import Mode
pages = {None: {"Gate": [{"token": "g1", "Name": "A", "Mode": "Locked"}],
                "NextStartReference": "p2"},
         "p2": {"Gate": [{"token": "g2", "Name": "B", "Mode": "Ajar"}]}}
def handler(request):
    body = json.loads(request.content)["mini:GetGateList"]
    return httpx.Response(200, json=pages[body.get("StartReference")])
client = pyvapix.Client("http://x", generated="minigen", protocol="json",
                        transport=httpx.MockTransport(handler))
gates = list(client.service("mini").iter_gate_list(limit=1))
assert [g.token for g in gates] == ["g1", "g2"], gates
assert gates[0].mode is Mode.LOCKED and gates[1].mode == "Ajar"
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_repository_generated_is_current() -> None:
    """generated/ is exactly what the specs produce today (also `make check-generated`)."""
    assert differences(render(SPECS, import_name="pyvapix.generated"), GENERATED) == []


def test_official_onvif_wsdls_generate_unmodified(tmp_path: Path) -> None:
    source = shared("onvif-wsdl")
    files = render(source)
    write(files, tmp_path / "onvifgen")
    registry = (tmp_path / "onvifgen" / "registry.py").read_text()
    for op in (
        '"AccessDoor"',
        '"GetAccessPointInfoList"',
        '"GetCredentialList"',
        '"GetScheduleList"',
    ):
        assert op in registry
    script = (
        "import onvifgen.services.tdc as s, onvifgen.services.tcr as c; "
        "print(s.DoorControlClient.__name__, c.CredentialClient.__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["DoorControlClient", "CredentialClient"], result.stderr


def test_every_documented_operation_is_generated() -> None:
    documented = json.loads(shared("pacs-operations.json").read_text())
    from pyvapix._catalogue import default_catalogue

    generated = set(default_catalogue().operations)
    missing = sorted(
        f"{o['namespace_prefix']}:{o['op']}"
        for o in documented
        if f"{o['namespace_prefix']}:{o['op']}" not in generated
    )
    assert missing == []
    known_from_examples = {
        "axlog:FetchEvents2",
        "axlog:FetchAlarms2",
        "axissd:GetServiceProviderList",
        "axrio:SetDevice",
    }
    assert known_from_examples <= generated


def test_spec_error_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "services.yaml").write_text(
        "services:\n  x:\n    title: X\n    namespace: urn:other\n    wsdl: mini.wsdl\n"
    )
    (tmp_path / "mini.wsdl").write_text((MINI / "mini.wsdl").read_text())
    with pytest.raises(SpecError, match="differs from the registry's namespace"):
        render(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyvapix",
            "generate",
            "--specs",
            str(tmp_path),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("spec error:") and "Traceback" not in result.stderr


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the formatter): unlike wall
    time, it does not grow when other programs load the machine."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def test_full_generation_is_fast() -> None:
    """Generation takes "a few seconds" (README): about 2 s of CPU on a 2-core machine. The
    bound catches a generator several times slower, whatever else the machine is doing."""
    started = _cpu_seconds()
    render(SPECS)
    assert _cpu_seconds() - started < 10.0


def test_check_mode_reports_stale_files(tmp_path: Path, mini_files: dict[str, str]) -> None:
    out = tmp_path / "out"
    write(mini_files, out)
    (out / "services" / "mini.py").write_text("# edited by hand\n")
    (out / "stray.py").write_text("")
    assert differences(mini_files, out) == ["services/mini.py", "stray.py"]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyvapix",
            "generate",
            "--check",
            "--specs",
            str(MINI),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1 and "services/mini.py" in result.stderr
