"""The pyvapix command: ops, decode, encode, call, generate (sim is exercised by the demo)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from pyvapix.sim import DeviceState, running

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
    assert len(names) == len(set(names)) == 335
    assert {"tdc:AccessDoor", "axlog:FetchEvents2", "cgi:param_list"} <= set(names)
    assert all(":" in name for name in names)


def test_ops_counts_per_service() -> None:
    out = pyvapix("ops").stdout
    assert "pacsaxis   51 operations" in out and out.rstrip().endswith(
        "335 operations in 21 services"
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


# What a new user meets first.


def test_call_without_a_terminal_or_password_says_what_to_do(simulator: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYVAPIX_PASSWORD"}
    result = subprocess.run(
        [sys.executable, "-m", "pyvapix", "call", simulator, "tdc:GetDoorInfoList"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "error: no password for root: set PYVAPIX_PASSWORD (no terminal to ask on)\n"
    )


def test_ops_for_one_service_and_for_an_unknown_one() -> None:
    one = pyvapix("ops", "--service", "tdc")
    assert one.returncode == 0 and one.stdout.rstrip().endswith("13 operations in 1 service")
    assert "tdc:AccessDoor" in one.stdout
    unknown = pyvapix("ops", "--service", "tdd")
    assert unknown.returncode == 2 and "no service 'tdd' (known: aconn," in unknown.stderr
    assert pyvapix("ops", "--json", "--service", "tdd").returncode == 2


def test_ops_json_into_a_closed_pipe_exits_quietly() -> None:
    reader = subprocess.Popen(
        [sys.executable, "-m", "pyvapix", "ops", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # as `| head -1` does
    assert reader.wait(timeout=60) == 0
    assert reader.stderr.read() == b""


@pytest.mark.parametrize(
    ("verb", "shown"),
    [
        ("call", ["(default: root)", "(default: 10.0)", "(default: auto"]),
        ("download", ["(default: root)", "(default: 60.0)"]),
        ("sim", ["(default: 127.0.0.1)", "(default: 8080)", "(default: pass)"]),
        ("decode", ["(default: response)", "(default: json)"]),
    ],
)
def test_help_shows_every_default(verb: str, shown: list[str]) -> None:
    text = " ".join(pyvapix(verb, "--help").stdout.split())
    for default in shown:
        assert default in text


def test_download_draws_no_progress_bar_without_a_terminal(simulator: str, tmp_path: Path) -> None:
    result = pyvapix(
        "download", simulator, "cgi:system_log", str(tmp_path), env={"PYVAPIX_PASSWORD": "pass"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout.startswith("wrote ")


def test_sim_says_where_it_serves_and_with_which_account() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "pyvapix", "sim", "--port", "0", "--password", "s3cret"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.match(
            r"simulated door controller on (http://\S+) \(user root, password s3cret\)", line
        )
        assert match, line
        import pyvapix as library

        with library.Client(match.group(1), "root", "s3cret") as client:
            assert client.tdc.get_door_info_list().door_info
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_sim_without_its_extra_is_one_clear_line() -> None:
    code = (
        "import sys; sys.modules['uvicorn'] = None\n"
        "from pyvapix._cli import main\n"
        "sys.exit(main(['sim']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr == (
        "error: the simulator needs the sim extra: pip install 'pyvapix[sim]'\n"
    )


def _events_process(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pyvapix", "events", url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYVAPIX_PASSWORD": "pass"},
    )


def _until_subscribed(state: DeviceState, count: int = 1) -> None:
    deadline = time.monotonic() + 30
    while True:
        with state.lock:
            if len(state.pullpoints) >= count:
                return
        assert time.monotonic() < deadline, "the events command did not subscribe"
        time.sleep(0.05)


def test_events_prints_the_events_a_door_command_causes() -> None:
    """As in the issue: `pyvapix events URL --count 2` in one shell, tdc:AccessDoor in
    another; one JSON object a line, the state before the command left out."""
    state = DeviceState()
    with running(state=state) as url:
        watcher = _events_process(url, "--count", "2")
        _until_subscribed(state)
        door = pyvapix("call", url, "tdc:GetDoorInfoList", env={"PYVAPIX_PASSWORD": "pass"})
        token = json.loads(door.stdout)["DoorInfo"][0]["token"]
        pyvapix(
            "call",
            url,
            "tdc:AccessDoor",
            json.dumps({"Token": token}),
            env={"PYVAPIX_PASSWORD": "pass"},
        )
        out, err = watcher.communicate(timeout=60)
        assert watcher.returncode == 0, err
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == 2 and all(line["operation"] == "Changed" for line in lines)
        assert lines[0] == {
            "topic": "Door/State/DoorMode",
            "time": lines[0]["time"],
            "operation": "Changed",
            "source": {"DoorToken": token},
            "data": {"State": "Accessed"},
        }
        with state.lock:
            assert len(state.pullpoints) == 0  # unsubscribed on the way out


def test_events_stops_on_ctrl_c_and_unsubscribes() -> None:
    state = DeviceState()
    with running(state=state) as url:
        watcher = _events_process(url, "--topic", "tns1:Door//.", "--initial")
        _until_subscribed(state)
        assert watcher.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(watcher.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(30)  # the doors' state comes at once
        assert lines and json.loads(lines[0])["operation"] == "Initialized", lines
        watcher.send_signal(signal.SIGINT)
        _, err = watcher.communicate(timeout=60)
        assert watcher.returncode == 130 and "Traceback" not in err
        with state.lock:
            assert len(state.pullpoints) == 0
