"""pwdgrp.cgi and usergroup.cgi on the simulator: accounts created over the CGI log in (Digest
and Basic) with their roles enforced on the CGIs and on PACS writes."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pyvapix
from pyvapix import AuthenticationError, FaultError
from pyvapix.cgi import CgiApiError, CgiAuthenticationError, CgiRequestError
from pyvapix.sim import DeviceState, Simulator, transport

from .conftest import BASE

USER_REQUEST = {"User": [{"token": "", "Name": "Jane"}]}


@pytest.fixture
def device(state: DeviceState) -> Iterator[pyvapix.Client]:
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state), retries=0) as client:
        yield client


def as_user(state: DeviceState, user: str, password: str) -> pyvapix.Client:
    return pyvapix.Client(BASE, user, password, transport=transport(state), retries=0)


def test_accounts_are_added_listed_updated_and_removed(device: pyvapix.Client) -> None:
    device.cgi.user_add("joe", "joe-pass", ["admin", "ptz"], comment="Joe")
    device.cgi.user_add("ellen", "ellen-pass", ["operator"])
    device.cgi.user_add("frank", "frank-pass", ["viewer"])
    groups = device.cgi.user_list()
    assert groups.admin == ["root", "joe"] and groups.ptz == ["root", "joe"]
    assert groups.operator == ["root", "joe", "ellen"]
    assert groups.viewer == ["root", "joe", "ellen", "frank"]
    assert groups.digusers == ["root", "joe", "ellen", "frank"]
    assert groups.other["root"] == ["root"] and groups.other["users"] == ["joe", "ellen", "frank"]
    device.cgi.user_update("ellen", roles=["viewer"])
    assert device.cgi.user_list().operator == ["root", "joe"]
    device.cgi.user_remove("frank")
    assert "frank" not in device.cgi.user_list().digusers


def test_answers_are_the_documented_texts(simulator: Simulator) -> None:
    def form(body: str) -> tuple[int, str, str]:
        status, headers, content = simulator.handle(
            "POST",
            "/axis-cgi/pwdgrp.cgi",
            {
                "Authorization": "Basic " + base64.b64encode(b"root:pass").decode(),
                "Content-Type": "application/x-www-form-urlencoded",
            },
            body.encode(),
        )
        return status, dict(headers)["Content-Type"], content.decode()

    assert form("action=add&user=joe&pwd=x&grp=users&sgrp=viewer") == (
        200,
        "text/html",
        "Created account joe.\n",
    )
    assert form("action=update&user=joe&pwd=y")[2] == "Modified account joe.\n"
    assert form("action=remove&user=joe")[2] == "Removed account joe.\n"
    assert form("user=joe")[2] == "Error: action operation type.\n"
    assert form("action=rename&user=joe")[2] == "Error: malformed action operation, rename.\n"
    assert form("action=remove&user=nobody")[2] == "Error: account user name.\n"
    assert form("action=add&user=bad-name!&pwd=x&sgrp=viewer")[2] == "Error: account user name.\n"
    listing = form("action=get")
    assert listing[1] == "text/plain" and listing[2].startswith('admin="root"\r\n')


def test_refusals(device: pyvapix.Client) -> None:
    device.cgi.user_add("joe", "joe-pass", ["viewer"])
    with pytest.raises(CgiRequestError, match="consult the system log"):
        device.cgi.user_add("joe", "again", ["viewer"])  # exists
    with pytest.raises(CgiRequestError, match="consult the system log"):
        device.cgi.user_remove("root")
    with pytest.raises(CgiRequestError, match="consult the system log"):
        device.cgi.user_update("root", roles=["viewer"])
    with pytest.raises(CgiRequestError, match="consult the system log"):
        device.cgi.user_add("eve", "tab\there", ["viewer"], strict_pwd=True)
    with pytest.raises(CgiRequestError, match="account user name"):
        device.cgi.user_update("nobody", password="x")
    device.cgi.user_add("eve", "tab\there", ["viewer"])  # allowed without strict_pwd
    assert device.cgi.user_list().viewer == ["root", "joe", "eve"]


@pytest.mark.parametrize("scheme", ["digest", "basic"])
def test_new_accounts_log_in(state: DeviceState, device: pyvapix.Client, scheme: str) -> None:
    device.cgi.user_add("joe", "joe-pass", ["operator"])
    auth: httpx.Auth = (
        httpx.DigestAuth("joe", "joe-pass")
        if scheme == "digest"
        else httpx.BasicAuth("joe", "joe-pass")
    )
    with httpx.Client(base_url=BASE, transport=transport(state), auth=auth) as http:
        answer = http.get("/axis-cgi/usergroup.cgi")
        assert (answer.status_code, answer.text) == (200, "joe\nusers operator viewer\n")
        assert http.get("/axis-cgi/usergroup.cgi", auth=("joe", "wrong")).status_code == 401


def test_roles_are_enforced_on_pacs_writes(state: DeviceState, device: pyvapix.Client) -> None:
    device.cgi.user_add("ops", "ops-pass", ["operator"])
    device.cgi.user_add("boss", "boss-pass", ["admin"])
    with as_user(state, "ops", "ops-pass") as operator:
        assert operator.call("tdc:GetDoorInfoList", {}).door_info  # reads are fine
        with pytest.raises(FaultError) as refused:
            operator.call("axudb:SetUser", USER_REQUEST)
        assert refused.value.subcodes == ("ter:NotAuthorized",)
    with as_user(state, "boss", "boss-pass") as admin:
        assert admin.call("axudb:SetUser", USER_REQUEST).token


def test_roles_are_enforced_on_cgi_writes(state: DeviceState, device: pyvapix.Client) -> None:
    device.cgi.user_add("ops", "ops-pass", ["operator"])
    device.cgi.user_add("look", "look-pass", ["viewer"])
    with as_user(state, "look", "look-pass") as viewer:
        assert viewer.cgi.user_current().groups == ["users", "viewer"]
        with pytest.raises(AuthenticationError, match="403"):
            viewer.cgi.param_update({"IOPort.I3.Usage": "Mine"})
        with pytest.raises(CgiApiError) as refused:  # a JSON API says so in its envelope
            viewer.cgi.port_management_set_ports([{"port": "3", "name": "x"}])
        assert refused.value.code == 2105
        with pytest.raises(AuthenticationError):
            viewer.cgi.user_list()
    with as_user(state, "ops", "ops-pass") as operator:
        with pytest.raises(AuthenticationError):  # pwdgrp.cgi challenges a non-admin again
            operator.cgi.user_add("sneaky", "pw", ["admin"])
        with pytest.raises(AuthenticationError):
            operator.cgi.app_list()
        operator.cgi.param_update({"IOPort.I3.Usage": "Siren"})


def test_a_changed_password_replaces_the_old(state: DeviceState, device: pyvapix.Client) -> None:
    device.cgi.user_add("joe", "first", ["viewer"])
    device.cgi.user_update("joe", password="second")
    with as_user(state, "joe", "first") as old, pytest.raises(AuthenticationError):
        old.cgi.user_current()
    with as_user(state, "joe", "second") as new:
        assert new.cgi.user_current().user == "joe"
    device.cgi.user_remove("joe")
    with as_user(state, "joe", "second") as gone, pytest.raises(AuthenticationError):
        gone.cgi.user_current()


def test_usergroup_names_the_caller(device: pyvapix.Client) -> None:
    current = device.cgi.user_current()
    assert current.user == "root" and current.groups == [
        "root",
        "admin",
        "operator",
        "ptz",
        "viewer",
    ]


def test_a_factory_fresh_device_creates_its_initial_admin() -> None:
    state = DeviceState()
    fresh = transport(state, password=None)
    with pyvapix.Client(BASE, None, None, transport=fresh, retries=0) as anyone:
        with pytest.raises(CgiAuthenticationError, match="initial admin user must be created"):
            anyone.cgi.user_list()
        with pytest.raises(CgiAuthenticationError, match="not a valid initial admin user"):
            anyone.cgi.user_add("joe", "pw", ["admin"])
        with pytest.raises(CgiAuthenticationError, match="not a valid initial admin user"):
            anyone.cgi.user_add("root", "pw", ["viewer"], group="root")
        anyone.cgi.user_add("root", "chosen", ["admin", "operator", "viewer", "ptz"], group="root")
    with pyvapix.Client(BASE, "root", "chosen", transport=fresh, retries=0) as root:
        assert root.cgi.user_list().admin == ["root"]
        assert root.call("axudb:SetUser", USER_REQUEST).token


def test_accounts_persist_in_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "device.json"
    with pyvapix.Client(BASE, "root", "pass", transport=transport(state_file=path)) as root:
        root.cgi.user_add("joe", "joe-pass", ["operator"])
        root.cgi.user_update("root", password="changed")
    again = transport(state_file=path)  # started with the default password "pass" again
    with pyvapix.Client(BASE, "joe", "joe-pass", transport=again) as joe:
        assert joe.cgi.user_current().groups == ["users", "operator", "viewer"]
    with pyvapix.Client(BASE, "root", "changed", transport=again) as root:
        assert root.cgi.user_list().operator == ["root", "joe"]
    with (
        pyvapix.Client(BASE, "root", "pass", transport=again) as stale,
        pytest.raises(AuthenticationError),
    ):
        stale.cgi.user_current()
