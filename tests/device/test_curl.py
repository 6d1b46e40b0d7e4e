"""The documented ``curl --anyauth`` usage works against the simulator as written:
JSON to the per-service endpoints, SOAP to /vapix/services, Digest negotiated by curl."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvapix
from pyvapix._catalogue import default_catalogue
from pyvapix.sim import running

from ..conftest import shared

CURL = shutil.which("curl")
pytestmark = pytest.mark.skipif(CURL is None, reason="curl is not installed")
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
EXAMPLE = re.compile(
    r"^(?P<prefix>[a-z]+)__(?P<op>[A-Za-z0-9]+)__(?P<fmt>json|soap)__request(__\d+)?\."
)


@pytest.fixture(scope="module")
def device() -> Iterator[str]:
    with running() as url:
        yield url.replace("http://", "http://root:pass@")


def curl(url: str, *args: str) -> tuple[int, bytes]:
    assert CURL is not None
    result = subprocess.run(
        [CURL, "--anyauth", "-s", "-o", "-", "-w", "\n%{http_code}", *args, url],
        capture_output=True,
        timeout=30,
        check=True,
    )
    body, _, status = result.stdout.rpartition(b"\n")
    return int(status), body


def test_json_as_documented(device: str) -> None:
    status, body = curl(f"{device}/vapix/pacs", "-d", '{"pacsaxis:GetAccessControllerList":{}}')
    assert status == 200
    assert json.loads(body)["AccessController"][0]["token"].endswith(" AccessController")


def test_soap_file_as_documented(device: str, tmp_path: Path) -> None:
    request = tmp_path / "GetAccessControllerList.soap"
    request.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope '
        f'xmlns:SOAP-ENV="{SOAP12}" xmlns:pacsaxis="http://www.axis.com/vapix/ws/pacs">\n'
        "<SOAP-ENV:Header>\n</SOAP-ENV:Header>\n<SOAP-ENV:Body>\n"
        "  <pacsaxis:GetAccessControllerList/>\n</SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n"
    )
    status, body = curl(f"{device}/vapix/services", "--data", f"@{request}")
    assert status == 200
    result = pyvapix.decode("pacsaxis:GetAccessControllerList", body, protocol="soap")
    assert result.access_controller


def documented_json_requests() -> list[Path]:
    folder = shared("pacs-examples")
    return sorted(
        p for p in folder.iterdir() if (m := EXAMPLE.match(p.name)) and m["fmt"] == "json"
    )


def test_every_documented_json_request_is_answered(device: str) -> None:
    """Each documented JSON request, sent with curl as the docs show, gets a JSON answer:
    the operation's response or a fault object (the examples' tokens do not exist here)."""
    catalogue = default_catalogue()
    answered = faults = considered = 0
    for path in documented_json_requests():
        match = EXAMPLE.match(path.name)
        assert match
        operation = catalogue.operations.get(f"{match['prefix']}:{match['op']}")
        if operation is None or operation.service.json_endpoint is None:
            continue
        considered += 1
        status, body = curl(
            f"{device}{operation.service.json_endpoint}",
            "-H",
            "Content-Type: application/json",
            "--data",
            f"@{path}",
        )
        try:
            pyvapix.decode(operation.qualified_name, body, protocol="json")
            answered += 1
        except pyvapix.FaultError as fault:
            assert fault.code in ("env:Sender", "env:Receiver"), (path.name, body[:200])
            assert status in (200, 400, 500), path.name
            faults += 1
    assert answered + faults == considered and answered > 100
