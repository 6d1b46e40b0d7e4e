"""Downloads stream to a file: one chunk in memory at a time, progress reported, no half
file left under the final name."""

from __future__ import annotations

import asyncio
import io
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from pyvapix.generated.cgi.client import AsyncCgiClient, CgiClient

import pyvapix
from pyvapix.cgi import CgiNotSupportedError, Download, ProgressBar
from pyvapix.cgi._download import filename_from

from .device import PASSWORD, USER, FakeDevice

CHUNK = 64 * 1024


def _chunks(total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        size = min(CHUNK, total - sent)
        yield bytes([sent // CHUNK % 251]) * size
        sent += size


def _client(handler: httpx.MockTransport | FakeDevice, **kwargs: object) -> CgiClient:
    transport = (
        handler if isinstance(handler, httpx.MockTransport) else httpx.MockTransport(handler)
    )
    return CgiClient(
        pyvapix.Client("http://192.0.2.10", USER, PASSWORD, transport=transport, **kwargs)
    )  # type: ignore[arg-type]


def test_server_report_streams_to_a_file_with_progress(tmp_path: Path) -> None:
    total = 3 * CHUNK + 10
    device = FakeDevice()
    device.on(
        "/axis-cgi/serverreport.cgi",
        lambda r: httpx.Response(
            200,
            content=_chunks(total),
            headers={
                "content-type": "application/zip",
                "content-length": str(total),
                "content-disposition": 'attachment; filename="Axis_SR_2024.zip"',
            },
        ),
    )
    progress: list[tuple[int, int | None]] = []
    result = _client(device).server_report(
        tmp_path / "report.zip",
        mode="zip",
        progress=lambda done, size: progress.append((done, size)),
    )
    assert result == Download(
        path=str(tmp_path / "report.zip"),
        size=total,
        content_type="application/zip",
        filename="Axis_SR_2024.zip",
    )
    assert (tmp_path / "report.zip").read_bytes() == b"".join(_chunks(total))
    assert progress[0] == (0, total) and progress[-1] == (total, total) and len(progress) >= 5
    assert device.signed_uris == ["/axis-cgi/serverreport.cgi?mode=zip"]
    assert not list(tmp_path.glob("*.part"))


def test_a_large_download_is_not_held_in_memory(tmp_path: Path) -> None:
    total = 48 * 1024 * 1024
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=_chunks(total)))
    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport))
    tracemalloc.start()
    try:
        result = cgi.system_log(tmp_path / "big.log")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.size == total == (tmp_path / "big.log").stat().st_size
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes while downloading {total}"


def test_directory_destination_uses_the_proposed_name(tmp_path: Path) -> None:
    transport = httpx.MockTransport(
        lambda r: httpx.Response(
            200,
            content=b"report",
            headers={"content-disposition": "attachment; filename=../../etc/passwd"},
        )
    )
    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport))
    result = cgi.server_report(tmp_path)
    assert result.path == str(tmp_path / "passwd")  # a bare name: never outside the directory
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"x"))
    assert CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport)).network_trace(
        tmp_path, 1
    ).path == str(tmp_path / "trace.pcap")


def test_file_object_destination() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=_chunks(100_000)))
    sink = io.BytesIO()
    result = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport)).system_log(
        sink, text="ptz"
    )
    assert result.path is None and result.size == 100_000 == len(sink.getvalue())


def test_a_broken_download_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Iterator[bytes]:
        yield b"x" * CHUNK
        raise httpx.ReadError("connection reset")

    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=broken()))
    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport))
    with pytest.raises(pyvapix.TransportError) as caught:
        cgi.server_report(tmp_path / "report.txt")
    assert caught.value.operation == "cgi:server_report"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, pyvapix.AuthenticationError),
        (403, pyvapix.AuthenticationError),
        (404, CgiNotSupportedError),
        (500, pyvapix.TransportError),
    ],
)
def test_error_statuses_write_nothing(tmp_path: Path, status: int, error: type[Exception]) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(status, content=b"<html>no</html>"))
    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport))
    with pytest.raises(error):
        cgi.server_report(tmp_path / "report.txt")
    assert list(tmp_path.iterdir()) == []


def test_network_trace_waits_for_its_duration() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, content=b"\xd4\xc3\xb2\xa1")

    cgi = CgiClient(
        pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(handler), timeout=5)
    )
    cgi.network_trace(io.BytesIO(), 60)
    assert seen[0]["read"] == 65 and seen[0]["connect"] == 5


def test_async_download(tmp_path: Path) -> None:
    async def stream() -> AsyncIterator[bytes]:
        for chunk in _chunks(5 * CHUNK):
            yield chunk

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=stream())

    async def main() -> Download:
        async with pyvapix.AsyncClient(
            "http://192.0.2.10", transport=httpx.MockTransport(handler)
        ) as client:
            return await AsyncCgiClient(client).server_report(tmp_path / "r.tar", mode="tar_all")

    result = asyncio.run(main())
    assert result.size == 5 * CHUNK == (tmp_path / "r.tar").stat().st_size


def test_progress_bar() -> None:
    out = io.StringIO()
    with ProgressBar(out, width=10, label="report") as bar:
        bar(0, 2048)
        bar(1024, 2048)
        bar(2048, 2048)
    assert "report [#####.....]  50%  1.0 KiB / 2.0 KiB" in out.getvalue()
    assert out.getvalue().endswith("100%  2.0 KiB / 2.0 KiB\n")
    out = io.StringIO()
    ProgressBar(out)(3 * 1024 * 1024, None)
    assert out.getvalue() == "\r3.0 MiB"


def test_filename_from_content_disposition() -> None:
    assert filename_from('attachment; filename="Axis_SR_x.zip"') == "Axis_SR_x.zip"
    assert filename_from("attachment; filename*=UTF-8''trace.pcap") == "trace.pcap"
    assert filename_from("inline") is None and filename_from('attachment; filename=".."') is None


def test_download_by_name_with_a_progress_bar(tmp_path: Path) -> None:
    transport = httpx.MockTransport(
        lambda r: httpx.Response(
            200, content=_chunks(2 * CHUNK), headers={"content-length": str(2 * CHUNK)}
        )
    )
    cgi = CgiClient(pyvapix.Client("http://192.0.2.10", transport=transport))
    out = io.StringIO()
    with ProgressBar(out, width=4) as bar:
        result = cgi.download(
            "cgi:server_report", tmp_path / "sr.zip", {"mode": "zip"}, progress=bar
        )
    assert result.size == 2 * CHUNK and "[####] 100%" in out.getvalue()
    with pytest.raises(ValueError, match="not a download"):
        cgi.download("cgi:param_list", tmp_path / "x")


class _Drip(httpx.SyncByteStream):
    """One byte every ``pause`` seconds, for as long as the client reads."""

    def __init__(self, pause: float) -> None:
        self.pause = pause

    def __iter__(self) -> Iterator[bytes]:
        while True:
            time.sleep(self.pause)
            yield b"x"


def test_a_trickled_download_ends_at_the_deadline(tmp_path: Path) -> None:
    """A download is one attempt under the client's timeout like any answer: a device that
    sends a byte every 0.3 s cannot keep it going, and nothing is left on disk."""
    cgi = _client(
        httpx.MockTransport(lambda request: httpx.Response(200, stream=_Drip(0.3))), timeout=1
    )
    started = time.monotonic()
    with pytest.raises(pyvapix.VapixTimeoutError) as info:
        cgi.server_report(tmp_path / "report.zip")
    assert time.monotonic() - started < 10  # the deadline is 1 s; the margin is for load
    assert info.value.operation == "cgi:server_report"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("announced", [True, False])
def test_a_download_past_max_download_bytes_is_an_error(tmp_path: Path, announced: bool) -> None:
    """Larger than the client allows: refused (before reading when the size is announced),
    never a truncated 'success', no file left."""
    total = 3 * CHUNK

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-length": str(total)} if announced else {}
        return httpx.Response(200, headers=headers, stream=_Stream(_chunks(total)))

    cgi = _client(httpx.MockTransport(handler), max_download_bytes=CHUNK)
    with pytest.raises(pyvapix.DecodeError, match=f"max_download_bytes={CHUNK}"):
        cgi.server_report(tmp_path / "report.zip")
    assert list(tmp_path.iterdir()) == []


def test_unlimited_downloads_only_when_asked(tmp_path: Path) -> None:
    total = 3 * CHUNK
    handler = httpx.MockTransport(
        lambda request: httpx.Response(200, stream=_Stream(_chunks(total)))
    )
    assert pyvapix.Client("http://d").max_download_bytes == 1024**3
    result = _client(handler, max_download_bytes=None).server_report(tmp_path / "r.zip")
    assert result.size == total


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
