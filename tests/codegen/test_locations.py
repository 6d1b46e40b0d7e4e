"""Imported spec files come from the disk only: relative paths, a catalogue for absolute
URLs, the built-in SOAP 1.2 envelope schema; anything else is a spec error, never a
download."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.generate import render, write
from pyvapix.codegen.locations import Catalog, Locations

from ..conftest import shared

URL = "http://example.com/schemas/extra.xsd"

EXTRA_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:extra"
           xmlns:x="urn:extra" elementFormDefault="qualified">
  <xs:complexType name="Extra"><xs:sequence>
    <xs:element name="Note" type="xs:string"/>
  </xs:sequence></xs:complexType>
</xs:schema>
"""


def wsdl(imports: str, field: str = '<xs:element name="Value" type="xs:string"/>') -> str:
    """A one-operation service whose request has ``field``, after ``imports``."""
    return f"""<?xml version="1.0"?>
<wsdl:definitions name="Svc" targetNamespace="urn:svc"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:s="urn:svc" xmlns:x="urn:extra"
    xmlns:env="http://www.w3.org/2003/05/soap-envelope">
  <wsdl:types><xs:schema targetNamespace="urn:svc" elementFormDefault="qualified">
    {imports}
    <xs:element name="Op">
      <xs:complexType><xs:sequence>{field}</xs:sequence></xs:complexType>
    </xs:element>
    <xs:element name="OpResponse"><xs:complexType><xs:sequence/></xs:complexType></xs:element>
  </xs:schema></wsdl:types>
  <wsdl:message name="OpRequest"><wsdl:part name="p" element="s:Op"/></wsdl:message>
  <wsdl:message name="OpResponse"><wsdl:part name="p" element="s:OpResponse"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="Op">
    <wsdl:input message="s:OpRequest"/><wsdl:output message="s:OpResponse"/>
  </wsdl:operation></wsdl:portType>
</wsdl:definitions>
"""


IMPORT_EXTRA = f'<xs:import namespace="urn:extra" schemaLocation="{URL}"/>'


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every way to open a connection or resolve a name fails the test (and is recorded)."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise AssertionError(f"the generator tried the network: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def spec(tmp_path: Path, text: str) -> Path:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "svc.wsdl").write_text(text)
    return specs


def test_an_absolute_location_without_catalogue_is_a_spec_error(
    tmp_path: Path, no_network: list[Any]
) -> None:
    specs = spec(tmp_path, wsdl(IMPORT_EXTRA))
    with pytest.raises(SpecError) as info:
        render(specs)
    message = str(info.value)
    assert message.startswith(f"{specs / 'svc.wsdl'}:8:")  # the file and the import's line
    assert f"absolute location {URL} is not mapped to a local file" in message
    assert "--catalog FILE" in message
    assert no_network == []


def test_a_location_the_catalogue_lacks_is_named_with_the_catalogue(
    tmp_path: Path, no_network: list[Any]
) -> None:
    specs = spec(tmp_path, wsdl(IMPORT_EXTRA))
    (tmp_path / "other.xsd").write_text(EXTRA_XSD)
    catalog = tmp_path / "catalog.txt"
    catalog.write_text("http://example.com/other.xsd other.xsd\n")
    with pytest.raises(SpecError, match=f"{URL} is not mapped.*add it to the catalogue"):
        render(specs, catalog=catalog)
    assert no_network == []


def test_a_catalogued_location_is_read_from_its_file(
    tmp_path: Path, no_network: list[Any]
) -> None:
    specs = spec(tmp_path, wsdl(IMPORT_EXTRA, '<xs:element name="Extra" type="x:Extra"/>'))
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "extra.xsd").write_text(EXTRA_XSD)
    catalog = tmp_path / "catalog.txt"
    catalog.write_text(f"# URL  local file\n\n{URL}   local/extra.xsd  # trailing comment\n")
    files = render(specs, catalog=catalog)
    assert no_network == []
    # The catalogued file's module does not depend on where it lies on the disk.
    assert "class Extra:" in files["models/external/local/extra.py"]
    assert "from .external.local.extra import Extra" in files["models/svc.py"]


def test_the_soap_envelope_schema_is_built_in(tmp_path: Path, no_network: list[Any]) -> None:
    imports = (
        '<xs:import namespace="http://www.w3.org/2003/05/soap-envelope" '
        'schemaLocation="https://www.w3.org/2003/05/soap-envelope"/>'
    )
    specs = spec(tmp_path, wsdl(imports, '<xs:element name="Fault" type="env:Fault"/>'))
    files = render(specs)
    assert no_network == []
    write(files, tmp_path / "envgen")
    script = (
        "from envgen.models.svc import Op; from pyvapix._codec.layout import layout_of; "
        "print(sorted(f.xml_name for f in layout_of(layout_of(Op).by_local['Fault'].model)"
        ".elements))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "['Code', 'Detail', 'Node', 'Reason', 'Role']", result.stderr


def test_a_missing_relative_file_is_named(tmp_path: Path) -> None:
    specs = spec(tmp_path, wsdl('<xs:import namespace="urn:extra" schemaLocation="gone.xsd"/>'))
    with pytest.raises(SpecError, match=r"location 'gone\.xsd' names no file") as info:
        render(specs)
    assert ":8:" in str(info.value)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("just-one-field\n", 1, "expected 'URL  relative-path'"),
        ("# ok\nrelative/url file.xsd\n", 2, "expected 'URL  relative-path'"),
        (f"{URL} a.xsd extra\n", 1, "expected 'URL  relative-path'"),
        (f"{URL} missing.xsd\n", 1, "'missing.xsd' (for http://example.com"),
        (f"{URL} a.xsd\n{URL} b.xsd\n", 2, "mapped twice, to different files"),
    ],
)
def test_bad_catalogue_lines_are_refused_with_their_line(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    (tmp_path / "a.xsd").write_text(EXTRA_XSD)
    (tmp_path / "b.xsd").write_text(EXTRA_XSD)
    path = tmp_path / "catalog.txt"
    path.write_text(text)
    with pytest.raises(SpecError) as info:
        Catalog.load(path)
    assert str(info.value).startswith(f"{path}:{line}:")
    assert reason in str(info.value)


def test_the_reference_catalogue_maps_every_import_of_the_event_service() -> None:
    catalog = Catalog.load(shared("oasis-w3c", "catalog.txt"))
    locations = Locations(catalog)
    locations.scan([shared("onvif-wsdl", "ver10", "events", "wsdl", "event.wsdl")])
    assert set(locations.mapped) == {
        "http://docs.oasis-open.org/wsn/bw-2.wsdl",
        "http://docs.oasis-open.org/wsrf/rw-2.wsdl",
        "http://www.w3.org/2005/08/addressing/ws-addr.xsd",
        "http://docs.oasis-open.org/wsn/t-1.xsd",
        "http://docs.oasis-open.org/wsn/b-2.xsd",
    }
    assert [p.name for p in locations.files][:1] == ["event.wsdl"]
    assert {p.name for p in locations.files} >= {"b-2.xsd", "bf-2.xsd", "r-2.xsd", "xml.xsd"}


def test_the_catalog_option_reaches_the_generator(tmp_path: Path) -> None:
    specs = spec(tmp_path, wsdl(IMPORT_EXTRA, '<xs:element name="Extra" type="x:Extra"/>'))
    (tmp_path / "extra.xsd").write_text(EXTRA_XSD)
    (tmp_path / "catalog.txt").write_text(f"{URL} extra.xsd\n")
    command = [sys.executable, "-m", "pyvapix", "generate", "--specs", str(specs)]
    out = ["--out", str(tmp_path / "out")]
    refused = subprocess.run([*command, *out], capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "is not mapped" in refused.stderr
    done = subprocess.run(
        [*command, *out, "--catalog", str(tmp_path / "catalog.txt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert [
        p.name
        for p in (tmp_path / "out" / "models" / "external").rglob("*.py")
        if p.name != "__init__.py"
    ] == ["extra.py"]
