"""The pyvapix command: ops, decode, encode, call, generate (sim is exercised by the demo)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from pyvapix.sim import running


def pyvapix(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pyvapix", *args],
        input=stdin,
        text=True,
        capture_output=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_ops_json_lists_every_operation() -> None:
    result = pyvapix("ops", "--json")
    names = json.loads(result.stdout)
    assert result.returncode == 0
    assert len(names) == len(set(names)) == 275
    assert {"tdc:AccessDoor", "axlog:FetchEvents2", "cgi:param_list"} <= set(names)
    assert all(":" in name for name in names)


def test_ops_counts_per_service() -> None:
    out = pyvapix("ops").stdout
    assert "pacsaxis   51 operations" in out and out.rstrip().endswith(
        "275 operations in 17 services"
    )


def test_decode_and_encode_are_inverse_through_stdin() -> None:
    soap = pyvapix(
        "encode",
        "tdc:AccessDoor",
        "--protocol",
        "soap",
        stdin='{"tdc:AccessDoor": {"Token": "door-1", "AccessTime": "PT5S"}}',
    )
    assert soap.returncode == 0 and "<tdc:Token>door-1</tdc:Token>" in soap.stdout
    plain = pyvapix(
        "decode", "tdc:AccessDoor", "--message", "request", "--protocol", "soap", stdin=soap.stdout
    )
    assert json.loads(plain.stdout) == {"Token": "door-1", "AccessTime": "PT5S"}


def test_bad_input_is_a_clear_error_not_a_traceback() -> None:
    result = pyvapix("decode", "tdc:GetDoorState", "--protocol", "soap", stdin="<oops>")
    assert result.returncode == 1
    assert result.stderr.startswith("error: malformed XML") and "Traceback" not in result.stderr
    unknown = pyvapix("encode", "tdc:GetDoorStat", stdin="{}")
    assert unknown.returncode == 1 and "has no operation 'GetDoorStat'" in unknown.stderr


@pytest.fixture(scope="module")
def simulator() -> Iterator[str]:
    with running() as url:
        yield url


@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_call_against_the_simulator(simulator: str, protocol: str) -> None:
    result = pyvapix(
        "call",
        simulator,
        "tdc:GetDoorInfoList",
        '{"Limit": 1}',
        "--protocol",
        protocol,
        env={"PYVAPIX_PASSWORD": "pass"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["DoorInfo"][0]["Name"] == "Door 1"


def test_call_with_a_wrong_password_says_so(simulator: str) -> None:
    result = pyvapix("call", simulator, "tdc:GetDoorInfoList", env={"PYVAPIX_PASSWORD": "nope"})
    assert result.returncode == 1
    assert "refused the credentials" in result.stderr and "nope" not in result.stderr


def test_generate_check_passes_on_the_repository() -> None:
    result = pyvapix("generate", "--check")
    assert result.returncode == 0, result.stderr
