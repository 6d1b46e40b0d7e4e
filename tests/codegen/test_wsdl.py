from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.wsdl import read_wsdl

from ..conftest import SPECS, shared

HEAD = (
    '<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" '
    'xmlns:t="urn:t" targetNamespace="urn:t" name="T">'
)


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "t.wsdl"
    path.write_text(HEAD + body + "</wsdl:definitions>")
    return path


def test_reads_operations_of_our_spec() -> None:
    service = read_wsdl(SPECS / "pacs" / "tdc.wsdl")
    assert service.namespace == "http://www.onvif.org/ver10/doorcontrol/wsdl"
    names = [op.name for op in service.operations]
    assert names[:4] == [
        "GetServiceCapabilities",
        "GetDoorInfoList",
        "GetDoorInfo",
        "GetDoorState",
    ]
    access = next(op for op in service.operations if op.name == "AccessDoor")
    assert access.input_element == (service.namespace, "AccessDoor")
    assert access.output_element == (service.namespace, "AccessDoorResponse")
    assert access.soap_action == f"{service.namespace}/AccessDoor"
    assert access.documentation.startswith("Grants momentary access")


def test_reads_official_onvif_file_unmodified() -> None:
    service = read_wsdl(shared("onvif-wsdl", "ver10", "pacs", "doorcontrol.wsdl"))
    assert "AccessDoor" in [op.name for op in service.operations]


def test_undefined_message_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<wsdl:portType name="P"><wsdl:operation name="Op">'
        '<wsdl:input message="t:Missing"/><wsdl:output message="t:Missing"/>'
        "</wsdl:operation></wsdl:portType>",
    )
    with pytest.raises(SpecError) as info:
        read_wsdl(path)
    assert "input message 'Missing' is not defined" in str(info.value)
    assert "<operation name='Op'>" in str(info.value)
    assert str(path) in str(info.value)


def test_undeclared_prefix_is_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '<wsdl:message name="M"><wsdl:part name="p" element="x:E"/></wsdl:message>'
        '<wsdl:portType name="P"/>',
    )
    with pytest.raises(SpecError, match="undeclared prefix 'x'"):
        read_wsdl(path)


def test_malformed_xml_gives_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.wsdl"
    path.write_text("<a>\n<b></a>")
    with pytest.raises(SpecError) as info:
        read_wsdl(path)
    assert f"{path}:2:" in str(info.value) or f"{path}:1:" in str(info.value)
    assert "not well-formed" in str(info.value)


def test_doctype_refused(tmp_path: Path) -> None:
    path = tmp_path / "dtd.wsdl"
    path.write_text('<!DOCTYPE x [<!ENTITY e "boom">]>' + HEAD + "</wsdl:definitions>")
    with pytest.raises(SpecError, match="DOCTYPE"):
        read_wsdl(path)


def test_no_port_type(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no wsdl:portType"):
        read_wsdl(write(tmp_path, ""))
