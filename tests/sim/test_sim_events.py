"""The event logger: what gets logged, and FetchEvents/FetchAlarms paging and selection."""

from __future__ import annotations

import pytest

import pyvapix
from pyvapix import FaultError
from pyvapix.sim import DeviceState

from .conftest import FakeClock, plain


@pytest.fixture
def door(client: pyvapix.Client) -> str:
    return str(client.call("tdc:GetDoorInfoList", {}).door_info[0].token)


def _toggle(client: pyvapix.Client, door: str, times: int, clock: FakeClock) -> None:
    """``times`` door mode events, a minute apart (Blocked and Locked: the lock stays
    locked, so no lock state events come in between)."""
    for index in range(times):
        clock.advance(60)
        client.call("tdc:BlockDoor" if index % 2 == 0 else "tdc:LockDoor", {"Token": door})


def _rowids(answer: object) -> list[int]:
    return [event.rowid for event in answer.event]


def test_rowid_paging_ascending_and_descending(
    client: pyvapix.Client, door: str, clock: FakeClock
) -> None:
    _toggle(client, door, 5, clock)  # after the two start-up events: rowids 1..7
    first = client.call("axlog:FetchEvents", {"Limit": 3})
    assert (_rowids(first), first.more) == ([1, 2, 3], True)
    last = client.call("axlog:FetchEvents", {"Limit": 3, "RowID": 6})
    assert (_rowids(last), last.more) == ([7], False)
    newest = client.call("axlog:FetchEvents", {"Limit": 2, "Descending": True})
    assert (_rowids(newest), newest.more) == ([7, 6], True)
    older = client.call("axlog:FetchEvents", {"Limit": 10, "Descending": True, "RowID": 3})
    assert (_rowids(older), older.more) == ([2, 1], False)
    walked = [event.rowid for event in client.axlog.iter_fetch_events(limit=2)]
    assert walked == list(range(1, 8))


def test_start_stop_and_filters(client: pyvapix.Client, door: str, clock: FakeClock) -> None:
    _toggle(client, door, 4, clock)  # at 10:01, 10:02, 10:03, 10:04 (rowids 3..6)
    window = client.call(
        "axlog:FetchEvents",
        {
            "Start": "2024-05-15T10:02:00",  # device time
            "Stop": "2024-05-15T10:03:00Z",
        },
    )
    assert _rowids(window) == [4, 5]
    blocked = client.call(
        "axlog:FetchEvents",
        {
            "Filters": [
                {"Key": "topic2", "Value": "DoorMode"},
                {"Key": "State", "Value": "Blocked"},
            ]
        },
    )
    assert _rowids(blocked) == [3, 5]
    keyed = client.call("axlog:FetchEvents", {"Filters": [{"Key": "DoorToken"}]})
    assert len(_rowids(keyed)) == 6
    either = client.call(
        "axlog:FetchEvents2",
        {
            "FilterSets": [
                {"Filters": [{"Key": "State", "Value": "Blocked"}]},
                {"Filters": [{"Key": "DoorToken", "Value": "nothing"}]},
            ]
        },
    )
    assert _rowids(either) == [3, 5]


@pytest.mark.parametrize(
    ("member", "subcode"), [("Start", "ter:InvalidStartTime"), ("Stop", "ter:InvalidStopTime")]
)
def test_bad_times_are_refused(client: pyvapix.Client, member: str, subcode: str) -> None:
    with pytest.raises(FaultError) as caught:
        client.call("axlog:FetchEvents", {member: "yesterday"})
    assert caught.value.subcodes == ("ter:InvalidArgVal", subcode)


def test_configuration_changes_are_logged(client: pyvapix.Client) -> None:
    token = client.call(
        "pacsaxis:SetCredential",
        {"Credential": [{"token": "", "Enabled": True, "Status": "Enabled"}]},
    ).token[0]
    client.call("pacsaxis:RemoveCredential", {"Token": [token]})
    logged = client.call(
        "axlog:FetchEvents",
        {
            "Filters": [
                {"Key": "topic1", "Value": "Credential"},
                {"Key": "CredentialToken", "Value": token},
            ]
        },
    )
    topics = [{kv.key: kv.value for kv in event.key_values}["topic2"] for event in logged.event]
    assert topics == ["Changed", "Removed"]
    event = plain(logged)["Event"][0]
    assert event["UUID"].endswith("accc8e00a001") and event["UtcTime"].endswith("Z")
    assert event["KeyValues"][0]["Tags"] == ["wstype:pt:ReferenceToken", "onvif-source"]


def test_ignore_and_alarm_filters(
    client: pyvapix.Client, door: str, state: DeviceState, clock: FakeClock
) -> None:
    client.call(
        "axloc:SetIgnoreFilter",
        {"Filter": [{"token": "", "KeyValues": [{"Key": "State", "Value": "Locked"}]}]},
    )
    alarm = client.call(
        "axloc:SetAlarmFilter",
        {"Filter": [{"token": "", "KeyValues": [{"Key": "State", "Value": "Blocked"}]}]},
    ).token[0]
    before = len(state.events.events)
    _toggle(client, door, 4, clock)  # Blocked, Locked, Blocked, Locked
    assert len(state.events.events) == before + 2  # the Locked ones were ignored
    alarms = client.call("axlog:FetchAlarms", {})
    assert len(alarms.alarm) == 2 and alarms.more is False
    client.call("axlog:RemoveLoggedAlarm", {"Token": [alarms.alarm[0].token]})
    assert len(client.call("axlog:FetchAlarms2", {}).alarm) == 1
    assert [f.token for f in client.call("axloc:GetAlarmFilterList", {}).filter] == [alarm]
