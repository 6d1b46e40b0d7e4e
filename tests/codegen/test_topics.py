"""The topic catalogue (specs/events/topics.yaml) and the event classes generated from it:
names from the topic levels, item types resolved to runtime scalars and the generated
enumerations, every problem reported with its file and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pyvapix.codegen.errors import SpecError
from pyvapix.codegen.generate import render, write
from pyvapix.codegen.topics import class_name_of

from ..conftest import SPECS

MINI = Path(__file__).parent / "fixtures" / "mini"


def specs_with(tmp_path: Path, topics: str) -> Path:
    """The mini spec (with an enumeration m:Mode) plus a topic catalogue."""
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("mini.wsdl", "services.yaml"):
        (specs / name).write_text((MINI / name).read_text())
    (specs / "events").mkdir()
    (specs / "events" / "topics.yaml").write_text(
        "namespaces:\n  tns1: urn:topics\n  xs: http://www.w3.org/2001/XMLSchema\n"
        "  m: urn:example:mini\n" + topics
    )
    return specs


GOOD = """topics:
  tns1:Gate/State/Mode:
    property: true
    doc: The mode of a gate.
    source: {GateToken: xs:string}
    data: {State: m:Mode, Count: xs:int, Open: xs:boolean, Code: {type: xs:string, secret: true}}
  tns1:Gate/Alarm: {}
"""


def test_names_come_from_the_topic_levels() -> None:
    assert class_name_of("tns1:Door/State/DoorMode") == "DoorStateDoorMode"
    assert class_name_of("tns1:Door/tnsaxis:Status/BatteryAlarm") == "DoorStatusBatteryAlarm"
    assert class_name_of("tns1:Device/tnsaxis:IO/Port") == "DeviceIOPort"


def test_a_catalogue_generates_typed_event_classes(tmp_path: Path) -> None:
    files = render(specs_with(tmp_path, GOOD))
    source = files["events.py"]
    assert "class GateStateMode(Event):" in source
    assert "class GateAlarm(Event):" in source
    assert "from .models.mini import Mode" in source
    assert 'EventField("state", DATA, "State", MODE, "m:Mode")' in source
    assert 'EventField("code", DATA, "Code", STR, "xs:string", secret=True)' in source
    write(files, tmp_path / "gen" / "minigen")
    script = """
from minigen.events import TOPICS, GateStateMode
from minigen.models.mini import Mode
from pyvapix._events import EventItem
event = GateStateMode("Gate/State/Mode", "2024-05-01T10:00:00Z", [
    EventItem("source", "GateToken", "g1"), EventItem("data", "State", "Locked"),
    EventItem("data", "Count", "7"), EventItem("data", "Open", "1"),
    EventItem("data", "Code", "1234")])
assert (event.gate_token, event.state, event.count, event.open) == ("g1", Mode.LOCKED, 7, True)
assert "1234" not in repr(event)
print(sorted(TOPICS), GateStateMode.PROPERTY)
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path / "gen",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "['Gate/Alarm', 'Gate/State/Mode'] True", result.stderr


@pytest.mark.parametrize(
    ("topics", "line", "message"),
    [
        ("topics:\n  tns1:Gate/Alarm:\n    data: {X: m:Nothing}\n", 7,
         "type 'm:Nothing' is neither an XSD type nor a simple type"),
        ("topics:\n  tns1:Gate/Alarm:\n    data: {X: q:Mode}\n", 7, "undeclared prefix"),
        ("topics:\n  tns1:Gate/Alarm:\n    data: {X: xs:gibberish}\n", 7,
         "XSD type xs:gibberish is not supported"),
        ("topics:\n  tns1:Gate/Alarm:\n    source: {Time: xs:string}\n", 7,
         "attribute 'time' is taken"),
        ("topics:\n  tns1:Gate/Alarm:\n    source: {A: xs:string}\n    data: {A: xs:int}\n", 8,
         "attribute 'a' is taken (by source item A)"),
        ("topics:\n  tns1:Gate/Alarm: {}\n  other:Gate/Alarm: {}\n", 7, "not prefix:Name"),
        ("topics:\n  tns1:Gate/Alarm: {}\n  tns1:Gate/tns1:Alarm: {}\n", 7,
         "the same topic as 'tns1:Gate/Alarm'"),
        ("topics:\n  tns1:Gate/Alarm:\n    property: sometimes\n", 7, "expected true or false"),
        ("topics:\n  tns1:Gate/Alarm:\n    colour: red\n", 6, "unknown key(s) colour"),
        ("topics:\n  tns1:Gate/Alarm:\n    data: {X: {type: xs:int, secret: 1}}\n", 7,
         "'secret' must be true or false"),
        ("topics: []\n", 5, "expected a mapping of topics"),
    ],
)  # fmt: skip
def test_bad_catalogues_are_refused_with_file_and_line(
    tmp_path: Path, topics: str, line: int, message: str
) -> None:
    specs = specs_with(tmp_path, topics)
    with pytest.raises(SpecError) as info:
        render(specs)
    assert str(info.value).startswith(f"{specs / 'events' / 'topics.yaml'}:{line}:")
    assert message in str(info.value)


def test_an_event_log_needs_the_catalogue(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "axlog.wsdl").write_text((SPECS / "pacs" / "axlog.wsdl").read_text())
    (specs / "common").mkdir()
    (specs / "common" / "pt.xsd").write_text((SPECS / "pacs" / "common" / "pt.xsd").read_text())
    (specs / "services.yaml").write_text(
        "services:\n  axlog:\n    title: Log\n    namespace: http://www.axis.com/vapix/ws/EventLogger\n"
        "    wsdl: axlog.wsdl\n    event_log: FetchEvents2\n"
    )
    with pytest.raises(SpecError, match="event_log FetchEvents2 needs the topic catalogue"):
        render(specs)
    (specs / "events").mkdir()
    (specs / "events" / "topics.yaml").write_text("namespaces: {}\ntopics:\n  Door/Mode: {}\n")
    (specs / "services.yaml").write_text(
        (specs / "services.yaml").read_text().replace("FetchEvents2", "FetchEvents3")
    )
    with pytest.raises(SpecError, match="event_log FetchEvents3 does not page by RowID"):
        render(specs)


def test_the_repository_catalogue() -> None:
    from pyvapix.generated import events

    assert len(events.TOPICS) == 79
    typed = [cls for cls in events.TOPICS.values() if cls.FIELDS]
    assert len(typed) == 56
    properties = sorted(t for t, cls in events.TOPICS.items() if cls.PROPERTY)
    assert "Door/State/DoorMode" in properties and "AccessPoint/State/Enabled" in properties
    granted = events.TOPICS["AccessControl/AccessGranted/Credential"]
    assert [f.attribute for f in granted.FIELDS][:3] == [
        "access_point_token",
        "credential_token",
        "credential_holder_name",
    ]
