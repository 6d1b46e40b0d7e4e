"""The three builders of typed results, driven by field metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from pyvapix._codec import xmlsafe
from pyvapix.cgi import _records as records


@dataclass(kw_only=True)
class Stop:
    number: int | None = field(default=None, metadata={"cgi": {"index": True}})
    wait: int | None = field(default=None, metadata={"cgi": {"key": "WaitTime"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


@dataclass(kw_only=True)
class Tour:
    number: int | None = field(default=None, metadata={"cgi": {"index": True}})
    name: str | None = field(default=None, metadata={"cgi": {"key": "Name"}})
    running: bool | None = field(default=None, metadata={"cgi": {"key": "Running"}})
    stops: list[Stop] = field(
        default_factory=list, metadata={"cgi": {"key": "Tour", "indexed": "T"}}
    )
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


@dataclass(kw_only=True)
class Tours:
    count: int = field(metadata={"cgi": {"key": "Count"}})
    tours: list[Tour] = field(default_factory=list, metadata={"cgi": {"key": "", "indexed": "G"}})
    statuses: dict[int, int] = field(
        default_factory=dict, metadata={"cgi": {"match": r"Status\.S(\d+)"}}
    )
    sizes: list[int] = field(default_factory=list, metadata={"cgi": {"key": "Sizes"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


def test_flat_with_numbered_subgroups_sparse_and_nested() -> None:
    result = records.from_flat(
        Tours,
        {
            "Count": "2",
            "G0.Name": "Gate",
            "G0.Running": "yes",
            "G0.Tour.T0.WaitTime": "10",
            "G0.Tour.T3.WaitTime": "20",
            "G5.Name": "Yard",
            "G5.Running": "false",
            "G5.Color": "blue",
            "Status.S1": "3",
            "Sizes": "1,2, 3,",
            "Brand.New": "x",
        },
    )
    assert result.count == 2
    assert [t.number for t in result.tours] == [0, 5]
    assert result.tours[0] == Tour(
        number=0,
        name="Gate",
        running=True,
        stops=[Stop(number=0, wait=10), Stop(number=3, wait=20)],
    )
    assert result.tours[1].running is False and result.tours[1].extra == {"Color": "blue"}
    assert result.statuses == {1: 3}
    assert result.sizes == [1, 2, 3]
    assert result.extra == {"Brand.New": "x"}


def test_unfit_optional_value_is_kept_raw_in_extra() -> None:
    result = records.from_flat(Tours, {"Count": "1", "G0.Running": "maybe", "Sizes": "1,x"})
    assert result.tours[0].running is None
    assert result.tours[0].extra == {"Running": "maybe"}
    assert result.extra == {"Sizes": "1,x"}


def test_required_missing_or_unfit_raises() -> None:
    with pytest.raises(records.RecordError, match="'Count' is missing"):
        records.from_flat(Tours, {})
    with pytest.raises(records.RecordError, match="Count"):
        records.from_flat(Tours, {"Count": "many"})


def test_empty_values_of_typed_fields_are_none() -> None:
    result = records.from_flat(Tours, {"Count": "1", "G0.Name": "", "G0.Tour.T0.WaitTime": ""})
    assert result.tours[0].name == ""  # text stays text
    assert result.tours[0].stops[0].wait is None


@dataclass(kw_only=True)
class Words:
    reachable: bool = field(
        metadata={"cgi": {"key": "text", "true": ["got response"], "false": ["no response"]}}
    )


@dataclass(kw_only=True)
class OneSided:
    ok: bool = field(metadata={"cgi": {"key": "text", "true": ["Test successful."]}})


def test_boolean_words() -> None:
    assert records.from_flat(Words, {"text": "got response"}).reachable is True
    assert records.from_flat(Words, {"text": "no response"}).reachable is False
    with pytest.raises(records.RecordError):
        records.from_flat(Words, {"text": "perhaps"})
    assert records.from_flat(OneSided, {"text": "Test successful."}).ok is True
    assert records.from_flat(OneSided, {"text": "Connection refused"}).ok is False


@dataclass(kw_only=True)
class Port:
    port: str = field(metadata={"cgi": {"key": "port"}})
    configurable: bool | None = None
    normal_state: str | None = field(default=None, metadata={"cgi": {"key": "normalState"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


@dataclass(kw_only=True)
class Ports:
    count: int | None = field(default=None, metadata={"cgi": {"key": "numberOfPorts"}})
    ports: list[Port] = field(default_factory=list, metadata={"cgi": {"key": "items"}})
    api_version: str | None = field(default=None, metadata={"cgi": {"envelope": "apiVersion"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


def test_json_members_envelope_and_unknown_members() -> None:
    result = records.from_json(
        Ports,
        {
            "numberOfPorts": "2",
            "items": [
                {"port": 0, "configurable": "true", "NormalState": "open", "color": "red"},
                {"port": "1", "configurable": False},
            ],
            "future": {"a": 1},
        },
        envelope={"apiVersion": "1.3"},
    )
    assert result.count == 2 and result.api_version == "1.3"
    assert result.ports[0] == Port(
        port="0", configurable=True, normal_state="open", extra={"color": "red"}
    )
    assert result.ports[1].configurable is False
    assert result.extra == {"future": {"a": 1}}


def test_json_wrong_types_do_not_fail_optional_fields() -> None:
    result = records.from_json(
        Ports, {"numberOfPorts": 1.5, "items": [{"port": "0", "configurable": 3}]}
    )
    assert result.count is None and result.extra == {"numberOfPorts": 1.5}
    assert result.ports[0].configurable is None and result.ports[0].extra == {"configurable": 3}
    with pytest.raises(records.RecordError):
        records.from_json(Ports, {"items": [{"configurable": True}]})


def test_to_wire_uses_wire_names_and_drops_none() -> None:
    assert records.to_wire([Port(port="1", normal_state="closed", extra={"x": 1})]) == [
        {"port": "1", "normalState": "closed", "x": 1}
    ]
    assert records.to_wire({"port": "2"}) == {"port": "2"}


@dataclass(kw_only=True)
class App:
    name: str | None = field(default=None, metadata={"cgi": {"key": "Name"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


@dataclass(kw_only=True)
class Reply:
    apps: list[App] = field(default_factory=list, metadata={"cgi": {"element": "application"}})
    sdks: list[str] = field(default_factory=list, metadata={"cgi": {"element": "sdk"}})
    first: str | None = field(default=None, metadata={"cgi": {"element": "sdk"}})
    extra: dict[str, Any] = field(default_factory=dict, metadata={"cgi": {"extra": True}})


def test_xml_attributes_case_insensitive_and_elements() -> None:
    root = xmlsafe.parse(
        b'<reply result="ok"><application name="vmd" Extra="1"/>'
        b'<application Name="fence"/><sdks><sdk>acap3</sdk><sdk> acap4 </sdk></sdks></reply>'
    )
    result = records.from_xml(Reply, root)
    assert [a.name for a in result.apps] == ["vmd", "fence"]
    assert result.apps[0].extra == {"Extra": "1"}
    assert result.sdks == ["acap3", "acap4"] and result.first == "acap3"
    assert result.extra == {"result": "ok"}
