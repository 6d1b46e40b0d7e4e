"""The pyvapix command: ops, decode, encode, call, generate (sim is exercised by the demo)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from lxml import etree

from pyvapix.sim import running

from .conftest import shared


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
    assert len(names) == len(set(names)) == 328
    assert {"tdc:AccessDoor", "axlog:FetchEvents2", "cgi:param_list"} <= set(names)
    assert all(":" in name for name in names)


def test_ops_counts_per_service() -> None:
    out = pyvapix("ops").stdout
    assert "pacsaxis   51 operations" in out and out.rstrip().endswith(
        "328 operations in 20 services"
    )


ONVIF_FILES = {
    "tcr": "credential/wsdl/credential.wsdl",
    "tar": "accessrules/wsdl/accessrules.wsdl",
    "tsc": "schedule/wsdl/schedule.wsdl",
}
DEVICE_SUBSET = {
    "GetServices",
    "GetServiceCapabilities",
    "GetDeviceInformation",
    "GetSystemDateAndTime",
    "GetCapabilities",
}


def official_operations(path: str) -> set[str]:
    root = etree.parse(str(shared("onvif-wsdl", "ver10", path))).getroot()
    port_type = root.find("{http://schemas.xmlsoap.org/wsdl/}portType")
    assert port_type is not None
    return {op.get("name", "") for op in port_type}


def test_ops_lists_the_onvif_services_soap_only() -> None:
    names = set(json.loads(pyvapix("ops", "--json").stdout))
    for prefix, path in ONVIF_FILES.items():
        official = official_operations(path)
        assert {n.split(":", 1)[1] for n in names if n.startswith(f"{prefix}:")} == official
    device = official_operations("device/wsdl/devicemgmt.wsdl")
    assert device >= DEVICE_SUBSET
    assert {n.split(":", 1)[1] for n in names if n.startswith("tds:")} == DEVICE_SUBSET
    out = pyvapix("ops").stdout
    for line in ("tcr        28", "tar         9", "tsc        18", "tds         5"):
        assert f"{line} operations" in out
    onvif = [
        line
        for line in out.splitlines()
        if line.split()[:1] in (["tcr"], ["tar"], ["tsc"], ["tds"])
    ]
    assert len(onvif) == 4 and all(line.endswith("(SOAP only)") for line in onvif)


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
