"""Passwords of pwdgrp.cgi never appear in logs, reprs, error messages or cassettes."""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from pyvapix.generated.cgi.client import CgiClient

import pyvapix
from pyvapix.cgi import lookup, redact_request
from pyvapix.cgi._redact import REDACTED, redact_pairs, secret_keys
from pyvapix.cgi._request import build_request

SECRET = "Hunter2-s3cret"
ADMIN_PASSWORD = "adm1n-pw"


def test_the_spec_marks_passwords_secret() -> None:
    assert secret_keys() == {"pwd"}
    assert lookup("user_add").secret_keys == {"pwd"} and lookup("user_update").secret_keys == {
        "pwd"
    }
    assert lookup("user_add").method == "POST"  # never in a URL


def test_logs_reprs_and_errors(caplog: pytest.LogCaptureFixture) -> None:
    def device(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="Error: consult the system log file.")

    caplog.set_level(logging.DEBUG)
    client = pyvapix.Client("http://192.0.2.10", transport=httpx.MockTransport(device))
    cgi = CgiClient(client)
    with pytest.raises(pyvapix.cgi.CgiRequestError) as caught:
        cgi.user_add("joe", SECRET, ["viewer"])
    with pytest.raises(pyvapix.cgi.CgiRequestError):
        cgi.user_update("joe", password=SECRET)
    assert "pwd=***" in caplog.text  # the call is logged, masked
    assert SECRET not in caplog.text
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in caught.value.body
    assert SECRET not in repr(cgi) and SECRET not in repr(client)
    request = build_request(
        lookup("user_add"), {"user": "joe", "password": SECRET, "roles": "admin"}
    )
    assert SECRET not in repr(request)


def test_redact_pairs() -> None:
    assert redact_pairs("action=add&user=joe&pwd=a%26b&sgrp=admin") == (
        f"action=add&user=joe&pwd={REDACTED}&sgrp=admin"
    )
    assert redact_pairs("action=get") == "action=get"


class _Pwdgrp(BaseHTTPRequestHandler):
    expected = "Basic " + base64.b64encode(f"root:{ADMIN_PASSWORD}".encode()).decode()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.headers.get("authorization") != self.expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="AXIS"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"Created account joe."
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pwdgrp)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_cassettes_hold_no_password(server: str, tmp_path: Path) -> None:
    vcr = pytest.importorskip("vcr", reason="vcrpy (pytest-recording) is not installed")
    recorder = vcr.VCR(record_mode="all", before_record_request=redact_request)
    cassette = tmp_path / "pwdgrp.yaml"
    client = pyvapix.Client(server, "root", ADMIN_PASSWORD, allow_basic_over_http=True)
    with recorder.use_cassette(str(cassette)), client:
        assert CgiClient(client).user_add("joe", SECRET, ["viewer", "ptz"]) is None
    text = cassette.read_text()
    assert "/axis-cgi/pwdgrp.cgi" in text and "Created account joe." in text  # it was recorded
    assert SECRET not in text and "Hunter2" not in text
    assert ADMIN_PASSWORD not in text and _Pwdgrp.expected.split()[1] not in text
    assert f"pwd={REDACTED}" in text
