"""Downloads from the simulator: server reports (text, zip, tar), the system log and network
traces, streamed in process, over real HTTP to a file, and with the ``pyvapix download`` verb."""

from __future__ import annotations

import asyncio
import io
import os
import struct
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvapix
from pyvapix import AuthenticationError
from pyvapix.sim import DeviceState, Simulator, async_transport, running, transport

from .conftest import BASE, BASIC

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def device(state: DeviceState) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state), retries=0) as client:
        yield client


def test_the_text_report_streams_in_chunks(simulator: Simulator) -> None:
    status, headers, body = simulator.stream(
        "GET", "/axis-cgi/serverreport.cgi", {"Authorization": BASIC}, b""
    )
    assert status == 200 and not isinstance(body, bytes)
    chunks = list(body)
    assert len(chunks) > 3 and all(len(chunk) <= 80 * 1024 for chunk in chunks)
    report = b"".join(chunks)
    assert 300_000 < len(report) < 600_000
    assert "content-length" not in {k.lower() for k, _ in headers}  # chunked, like CGI output
    text = report.decode("iso-8859-1")
    assert text.startswith("----- Server Report Start -----\n Product: AXIS A1001")
    assert "root.Brand.ProdNbr=A1001" in text and "----- Kernel log -----" in text
    assert text.endswith("----- Server Report End -----\n")


def test_reports_are_deterministic(state: DeviceState, device: pyvapix.Client) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    device.cgi.server_report(first, mode="zip")
    device.cgi.server_report(second, mode="zip")
    # Same device, same (fixed) clock: the same archive, log line of the request aside.
    with zipfile.ZipFile(first) as one, zipfile.ZipFile(second) as two:
        assert one.read("trace/perf.dat") == two.read("trace/perf.dat")
        assert one.read("parameters.txt") == two.read("parameters.txt")


def test_a_zip_report(device: pyvapix.Client, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    result = device.cgi.server_report(
        tmp_path, mode="zip", progress=lambda d, t: seen.append((d, t))
    )
    assert result.filename == "Axis_SR_20240515_ACCC8E00A001.zip"
    assert (
        result.path == str(tmp_path / result.filename) and result.content_type == "application/zip"
    )
    assert 200_000 < result.size < 1_000_000 and seen[-1] == (result.size, result.size)
    with zipfile.ZipFile(tmp_path / result.filename) as archive:
        assert archive.testzip() is None
        assert set(archive.namelist()) == {
            "serverreport.txt",
            "syslog.txt",
            "parameters.txt",
            "trace/perf.dat",
        }
        assert b"root.Properties.Firmware.Version=1.85.2" in archive.read("parameters.txt")
        assert b"pass" not in archive.read("serverreport.txt").split(b"----- Kernel log")[0]


def test_a_tar_of_all_logs(device: pyvapix.Client) -> None:
    buffer = io.BytesIO()
    result = device.cgi.server_report(buffer, mode="tar_all")
    assert result.content_type == "application/x-tar" and result.filename is not None
    with tarfile.open(fileobj=io.BytesIO(buffer.getvalue())) as archive:
        assert "audit.log" in archive.getnames()


def test_bad_arguments_are_http_400(device: pyvapix.Client, simulator: Simulator) -> None:
    status, _, body = simulator.handle(
        "GET", "/axis-cgi/serverreport.cgi?mode=everything", {"Authorization": BASIC}, b""
    )
    assert status == 400 and b"everything" in body
    with pytest.raises(pyvapix.TransportError) as refused:
        device.cgi.system_log(io.BytesIO(), text="no spaces!")
    assert refused.value.status_code == 400


def test_reports_need_an_admin(state: DeviceState) -> None:
    with (
        pyvapix.Client(
            BASE, "guest", "look", transport=transport(state, viewer=("guest", "look"))
        ) as viewer,
        pytest.raises(AuthenticationError),
    ):
        viewer.cgi.server_report(io.BytesIO())


def test_the_system_log(device: pyvapix.Client) -> None:
    device.cgi.user_add("joe", "joe-secret", ["viewer"])
    everything, accounts = io.BytesIO(), io.BytesIO()
    device.cgi.system_log(everything)
    device.cgi.system_log(accounts, text="account")
    lines = everything.getvalue().decode().splitlines()
    assert lines[0].startswith(
        "2024-05-15T10:00:00.000+00:00 axis-accc8e00a001 [ INFO    ] kernel"
    )
    assert accounts.getvalue() == b"".join(
        line.encode() + b"\n" for line in lines if "account" in line.lower()
    )
    assert b"Created account joe." in accounts.getvalue()
    assert b"joe-secret" not in everything.getvalue()


def test_a_network_trace(device: pyvapix.Client) -> None:
    buffer = io.BytesIO()
    result = device.cgi.network_trace(buffer, 4)
    assert result.filename == "network_trace_ACCC8E00A001.pcap"
    data = buffer.getvalue()
    magic, major, minor, _, _, snaplen, link = struct.unpack("<IHHiIII", data[:24])
    assert (magic, major, minor, snaplen, link) == (0xA1B2C3D4, 2, 4, 65535, 1)
    offset, stamps = 24, []
    while offset < len(data):
        seconds, micros, captured, original = struct.unpack("<IIII", data[offset : offset + 16])
        assert captured == original and captured >= 42
        stamps.append(seconds + micros / 1e6)
        offset += 16 + captured
    assert offset == len(data) and 50 < len(stamps) < 200  # about 25 packets a second
    start = 1715767200.0  # 2024-05-15 10:00 UTC, the fixed clock
    assert start <= stamps[0] and stamps[-1] < start + 4 and stamps == sorted(stamps)
    again = io.BytesIO()
    device.cgi.network_trace(again, 4)
    assert again.getvalue() == data


def test_debug_archive_and_trace_errors(simulator: Simulator) -> None:
    status, headers, body = simulator.handle(
        "GET", "/axis-cgi/debug/debug.tgz", {"Authorization": BASIC}, b""
    )
    assert status == 200 and dict(headers)["Content-Type"] == "application/x-gzip"
    with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as archive:
        assert archive.getnames() == ["syslog.txt", "parameters.txt"]
    for query in ("cmd=pcapdump", "cmd=pcapdump&duration=0", "cmd=format"):
        status, _, _ = simulator.handle(
            "GET", f"/axis-cgi/debug/debug.tgz?{query}", {"Authorization": BASIC}, b""
        )
        assert status == 400


def test_async_downloads_stream_too(state: DeviceState) -> None:
    async def scenario() -> int:
        async with pyvapix.AsyncClient(
            BASE, "root", "pass", transport=async_transport(state)
        ) as client:
            buffer = io.BytesIO()
            result = await client.cgi.server_report(buffer)
            return result.size

    assert asyncio.run(scenario()) > 300_000


def test_downloads_over_real_http_to_a_file_and_with_the_cli(tmp_path: Path) -> None:
    with running() as url:
        with pyvapix.Client(url, "root", "pass") as client:
            seen: list[int] = []
            result = client.cgi.server_report(
                dest=tmp_path / "report.zip",
                mode="zip",
                progress=lambda done, total: seen.append(done),
            )
            assert result.path == str(tmp_path / "report.zip") and len(seen) > 2
            assert (tmp_path / "report.zip").stat().st_size == result.size
            assert zipfile.ZipFile(tmp_path / "report.zip").testzip() is None
            text = client.cgi.server_report(tmp_path / "report.txt")
            assert text.size > 300_000 and text.content_type == "text/plain"
            assert not list(tmp_path.glob("*.part"))
        environment = {**os.environ, "PYVAPIX_PASSWORD": "pass"}
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT / "src"), environment.get("PYTHONPATH", "")]
        )
        out = tmp_path / "cli"
        out.mkdir()
        finished = subprocess.run(
            [
                sys.executable,
                "-m",
                "pyvapix",
                "download",
                url,
                "cgi:server_report",
                str(out),
                '{"mode": "zip"}',
            ],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
        )
    assert finished.returncode == 0, finished.stderr
    (saved,) = out.iterdir()
    assert saved.name.startswith("Axis_SR_") and saved.suffix == ".zip"
    assert f"({saved.stat().st_size} bytes)" in finished.stdout
    assert zipfile.ZipFile(saved).testzip() is None
