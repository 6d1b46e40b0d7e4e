"""The spec files only the reference reads: specs/pacs/about.yaml and the event topic
catalogue. Bad input is refused naming the file, the line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyvapix.codegen.docs import TOPICS, render_reference
from pyvapix.codegen.docs.facts import read_facts
from pyvapix.codegen.docs.topics import read_topics
from pyvapix.codegen.errors import SpecError

from tests.conftest import SPECS

SERVICES = {"tdc"}
OPERATIONS = {"tdc:GetDoorState", "tdc:AccessDoor"}
ABOUT = """\
services:
  tdc: Doors.
access_classes:
  ACTUATE: Acts.
  READ_SYSTEM: Reads.
fault_meanings:
  ter:NotFound: Nothing has the token.
operations:
  tdc:GetDoorState:
    access: READ_SYSTEM
    faults:
      - env:Sender ter:InvalidArgVal ter:NotFound
"""
TOPICS_YAML = """\
topics:
  tns1:Door/State/DoorMode:
    class: DoorModeChanged
    property: true
    doc: The mode of a door changed.
    source: {DoorToken: pt:ReferenceToken}
    data: {State: tdc:DoorMode}
  tns1:AccessControl/AccessGranted/Credential:
    source: {AccessPointToken: pt:ReferenceToken}
    data: {CredentialToken: pt:ReferenceToken, CredentialHolderName: xs:string}
  tns1:Configuration/Door/Removed:
    source: {DoorToken: pt:ReferenceToken}
"""


def _specs(tmp_path: Path, about: str | None = None, topics: str | None = None) -> Path:
    if about is not None:
        (tmp_path / "pacs").mkdir()
        (tmp_path / "pacs" / "about.yaml").write_text(about, encoding="utf-8")
    if topics is not None:
        (tmp_path / "events").mkdir()
        (tmp_path / "events" / "topics.yaml").write_text(topics, encoding="utf-8")
    return tmp_path


def test_the_facts_are_read(tmp_path: Path) -> None:
    facts = read_facts(_specs(tmp_path, ABOUT), SERVICES, OPERATIONS)
    state = facts.operations["tdc:GetDoorState"]
    assert (state.access, state.access_meaning) == ("READ_SYSTEM", "Reads.")
    assert [f.codes[-1] for f in state.faults] == ["ter:NotFound"]
    assert facts.services == {"tdc": "Doors."}
    assert "tdc:AccessDoor" not in facts.operations  # not documented: no entry


def test_without_the_file_there_are_no_facts(tmp_path: Path) -> None:
    assert read_facts(tmp_path, SERVICES, OPERATIONS).operations == {}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("tdc:GetDoorState:", "tdc:GetDoorStat:"), "no operation 'tdc:GetDoorStat'"),
        (("tdc: Doors.", "tdx: Doors."), "no service 'tdx'"),
        (("access: READ_SYSTEM", "access: READ"), "unknown access class 'READ'"),
        (("ter:InvalidArgVal ter:NotFound", "ter:InvalidArgVal ter:Gone"), "ter:Gone"),
        (("fault_meanings:", "meanings:"), "expected the keys"),
    ],
)
def test_a_bad_facts_file_is_refused_with_its_line(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    specs = _specs(tmp_path, ABOUT.replace(*change))
    with pytest.raises(SpecError, match=message) as raised:
        read_facts(specs, SERVICES, OPERATIONS)
    assert raised.value.file.endswith("about.yaml")


def test_the_project_facts_name_only_known_operations() -> None:
    from pyvapix._catalogue import default_catalogue

    catalogue = default_catalogue()
    facts = read_facts(SPECS, catalogue.services, catalogue.operations)
    assert len(facts.operations) >= 170
    assert set(facts.services) == set(catalogue.services)


def test_topics_come_from_the_generated_events_module() -> None:
    """The page lists what the generated classes decode, in catalogue order."""
    from pyvapix.generated.events import TOPICS as GENERATED

    topics = read_topics()
    assert topics is not None
    assert [t.event_class for t in topics] == [cls.__name__ for cls in GENERATED.values()]
    mode = topics[0]
    assert (mode.topic, mode.event_class, mode.is_property, mode.anchor) == (
        "tns1:Door/State/DoorMode",
        "DoorStateDoorMode",
        True,
        "door-state-doormode",
    )
    assert [(i.name, i.type) for i in mode.source] == [("DoorToken", "pt:ReferenceToken")]
    assert [(i.name, i.type) for i in mode.data] == [("State", "tdc:DoorMode")]
    assert read_topics("pyvapix.generated.cgi") is None  # a package without events


def test_the_site_has_a_topic_page() -> None:
    reference = render_reference(SPECS)
    page = reference.pages[TOPICS]
    assert "| `State` | Data | `tdc:DoorMode` |" in page
    assert "| `DoorToken` | Source | `pt:ReferenceToken` |" in page
    assert ("Event topics", TOPICS) in reference.nav
    assert "(topics.md)" in reference.pages["reference/index.md"]
