"""The generator end to end: golden output, determinism, the repository's own generated/,
official ONVIF files unmodified, coverage of the documented operations, speed."""

from __future__ import annotations

import json
import os
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
    """Every official file, the event and device services included: their OASIS and W3C
    imports come from the catalogue, the SOAP 1.2 envelope schema is built in."""
    source = shared("onvif-wsdl")
    files = render(source, catalog=shared("oasis-w3c", "catalog.txt"))
    write(files, tmp_path / "onvifgen")
    registry = (tmp_path / "onvifgen" / "registry.py").read_text()
    for op in (
        '"AccessDoor"',
        '"GetAccessPointInfoList"',
        '"GetCredentialList"',
        '"GetScheduleList"',
        '"CreatePullPointSubscription"',
        '"PullMessages"',
        '"Renew"',
    ):
        assert op in registry
    assert '"Notify"' not in registry  # one-way: no answer, no client method
    assert "no method here: Notify." in files["services/tev.py"]
    assert "models/external/builtin/soap_envelope.py" in files  # devicemgmt -> onvif.xsd
    script = (
        "import onvifgen.services.tdc as s, onvifgen.services.tcr as c, "
        "onvifgen.services.tev as e; from pyvapix._catalogue import Catalogue; "
        "ops = Catalogue('onvifgen').operations; "
        "[(o.request_type, o.response_type) for o in ops.values()]; "
        "print(s.DoorControlClient.__name__, c.CredentialClient.__name__, "
        "e.EventPortTypeClient.__name__, ops['tev:Renew'].response_type.__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == [
        "DoorControlClient",
        "CredentialClient",
        "EventPortTypeClient",
        "RenewResponse",
    ], result.stderr


def test_official_files_need_their_catalogue() -> None:
    with pytest.raises(SpecError) as info:
        render(shared("onvif-wsdl"))
    message = str(info.value)
    assert "event.wsdl:13:" in message
    assert "http://docs.oasis-open.org/wsn/bw-2.wsdl is not mapped" in message


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


def test_full_generation_is_fast() -> None:
    started = time.perf_counter()
    render(SPECS)
    assert time.perf_counter() - started < 10.0


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


ANY_CONTENT = """<?xml version="1.0"?>
<wsdl:definitions name="Anything" targetNamespace="urn:any"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:a="urn:any">
  <wsdl:types><xs:schema targetNamespace="urn:any" elementFormDefault="qualified">
    <xs:element name="Put" type="xs:anyType"/>
    <xs:element name="PutResponse"><xs:complexType><xs:sequence>
      <xs:element name="Holder"><xs:complexType><xs:sequence>
        <xs:any namespace="##any" processContents="lax"/>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element>
  </xs:schema></wsdl:types>
  <wsdl:message name="PutRequest"><wsdl:part name="p" element="a:Put"/></wsdl:message>
  <wsdl:message name="PutResponse"><wsdl:part name="p" element="a:PutResponse"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="Put">
    <wsdl:input message="a:PutRequest"/><wsdl:output message="a:PutResponse"/>
  </wsdl:operation></wsdl:portType>
</wsdl:definitions>
"""


def test_any_content_generates_and_round_trips(tmp_path: Path) -> None:
    """A message of xs:anyType and a member holding xs:any content (like a notification's
    Message): generated, and what they hold comes back unchanged."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "any.wsdl").write_text(ANY_CONTENT)
    write(render(tmp_path / "specs"), tmp_path / "anygen")
    script = """
import pyvapix
from pyvapix._catalogue import Catalogue
op = Catalogue("anygen").operation("any:Put")
answer = (b'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>'
          b'<PutResponse xmlns="urn:any"><Holder><m:Message xmlns:m="urn:m" At="1">'
          b'<m:Item Name="a" Value="b"/></m:Message></Holder></PutResponse></e:Body></e:Envelope>')
from pyvapix._codec import decode_for, encode_for
model = decode_for(op, answer, message="response", protocol="soap")
(kept,) = model.holder.any_element
print(kept.name, kept.value)
again = encode_for(op, model, message="response", protocol="soap")
assert b'<m:Message xmlns:m="urn:m" At="1"><m:Item Name="a" Value="b"/>' in again, again
decoded = decode_for(op, again, message="response", protocol="soap")
assert pyvapix.to_plain(decoded) == pyvapix.to_plain(model)
put = b'<Put xmlns="urn:any"><X>1</X></Put>'
request = decode_for(op, put, message="request", protocol="soap")
print(type(request).__name__, [u.name for u in request.any_element])
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines() == [
        "Message {'At': '1', 'Item': {'Name': 'a', 'Value': 'b'}}",
        "Put ['X']",
    ], result.stderr
