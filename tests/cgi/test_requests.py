"""Requests built from method arguments: values checked, written and percent-encoded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyvapix.generated.cgi.types import IoPortSetting, IoStateStep

import pyvapix
from pyvapix.cgi import encode, lookup
from pyvapix.cgi._request import build_request, encode_pairs


def test_reserved_characters_are_percent_encoded() -> None:
    assert encode("port_pulse", {"port": 1, "duration": 300}) == b"action=1%3A%2F300%5C"
    assert encode("port_activate", {"port": 1}) == b"action=1%3A%2F"
    assert encode("port_deactivate", {"port": 2}) == b"action=2%3A%5C"
    assert (
        encode("port_sequence", {"action": "2:/300\\500/300\\"})
        == b"action=2%3A%2F300%5C500%2F300%5C"
    )
    assert encode_pairs([("a b", "x&y=z/+%")]) == "a%20b=x%26y%3Dz%2F%2B%25"


def test_get_requests_carry_the_query_in_the_target() -> None:
    request = build_request(lookup("port_check"), {"ports": [1, 2]})
    assert request.method == "GET" and request.content is None
    assert request.target == "/axis-cgi/io/port.cgi?check=1%2C2"


def test_form_posts() -> None:
    request = build_request(lookup("param_list"), {"group": ["root.Brand", "Image.*.Name"]})
    assert (request.method, request.target) == ("POST", "/axis-cgi/param.cgi")
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"action=list&group=root.Brand%2CImage.%2A.Name"
    assert encode("param_list", {}) == b"action=list"


def test_map_arguments_and_booleans() -> None:
    body = encode(
        "param_update",
        {
            "values": {
                "Image.I0.Appearance.Rotation": 180,
                "Image.I0.Appearance.MirrorEnabled": True,
                "Image.I0.Text.String": "Quai n°3 & gare",
                "PTZ.Various.V1.ReturnToOverview": None,
            }
        },
    )
    assert body == (
        b"action=update&Image.I0.Appearance.Rotation=180&Image.I0.Appearance.MirrorEnabled=yes"
        b"&Image.I0.Text.String=Quai%20n%C2%B03%20%26%20gare"
    )
    assert encode(
        "param_add",
        {
            "group": "GuardTour",
            "template": "guardtour",
            "values": {"GuardTour.G.Name": "Nuit"},
            "force": True,
        },
    ) == (b"action=add&group=GuardTour&template=guardtour&GuardTour.G.Name=Nuit&force=yes")


def test_templates() -> None:
    assert encode("guard_tour_start", {"tour": 3}) == b"action=update&GuardTour.G3.Running=yes"
    assert encode("guard_tour_stop", {"tour": 0}) == b"action=update&GuardTour.G0.Running=no"
    assert encode("ptz_set_return_to_home", {"seconds": 30}) == (
        b"action=update&PTZ.Various.V1.ReturnToOverview=30"
    )
    assert encode("ptz_set_return_to_home", {"seconds": 0, "channel": 2}) == (
        b"action=update&PTZ.Various.V2.ReturnToOverview=0"
    )
    assert (
        encode("ptz_return_to_home", {})
        == b"action=list&group=root.PTZ.Various.V1.ReturnToOverview"
    )
    assert (
        encode("ptz_continuous_move", {"pan": -50, "tilt": 0}) == b"continuouspantiltmove=-50%2C0"
    )
    assert encode("ptz_wiper", {"on": True}) == b"auxiliary=tt%3AWiper%7COn"
    assert (
        encode("ptz_ir_light", {"on": False, "camera": 1})
        == b"auxiliary=tt%3ALightIR%7COff&camera=1"
    )


def test_ptz_requests() -> None:
    assert encode("ptz_goto_preset_name", {"name": "Entrée", "camera": 1}) == (
        b"gotoserverpresetname=Entr%C3%A9e&camera=1"
    )
    assert (
        encode("ptz_goto_preset_number", {"number": 4, "speed": 50})
        == b"gotoserverpresetno=4&speed=50"
    )
    assert encode("ptz_move", {"direction": "upleft"}) == b"move=upleft"
    assert (
        encode("ptz_move_to", {"pan": 12.25, "tilt": -0.5, "zoom": 1})
        == b"pan=12.25&tilt=-0.5&zoom=1"
    )
    assert encode("ptz_move_by", {"pan": 1e-7}) == b"rpan=0"
    assert encode("ptz_presets", {}) == b"query=presetposcam"
    assert (
        encode("ptz_auxiliary", {"command": "tt:WashingProcedure"})
        == b"auxiliary=tt%3AWashingProcedure"
    )


def test_users() -> None:
    body = encode(
        "user_add",
        {"user": "joe", "password": "p@ss w&rd=1", "roles": ["viewer", "ptz"], "strict_pwd": True},
    )
    assert (
        body
        == b"action=add&user=joe&pwd=p%40ss%20w%26rd%3D1&sgrp=viewer%3Aptz&grp=users&strict_pwd=1"
    )
    assert (
        encode("user_update", {"user": "joe", "roles": "admin"})
        == b"action=update&user=joe&sgrp=admin"
    )
    assert encode("user_remove", {"user": "joe"}) == b"action=remove&user=joe"


def test_json_requests() -> None:
    body = json.loads(
        encode(
            "port_management_set_ports",
            {"ports": [IoPortSetting(port="1", state="closed"), {"port": "2", "name": "Gate"}]},
        )
    )
    assert body == {
        "apiVersion": "1.0",
        "method": "setPorts",
        "params": {"ports": [{"port": "1", "state": "closed"}, {"port": "2", "name": "Gate"}]},
    }
    body = json.loads(
        encode(
            "port_management_set_state_sequence",
            {
                "port": "1",
                "sequence": [
                    IoStateStep(state="open", time=500),
                    IoStateStep(state="closed", time=100),
                ],
            },
        )
    )
    assert body["params"] == {
        "port": "1",
        "sequence": [{"state": "open", "time": 500}, {"state": "closed", "time": 100}],
    }
    assert json.loads(encode("port_management_versions", {})) == {"method": "getSupportedVersions"}
    assert json.loads(encode("device_info_properties", {"properties": ["Brand", "Version"]})) == {
        "apiVersion": "1.1",
        "method": "getProperties",
        "params": {"propertyList": ["Brand", "Version"]},
    }
    assert json.loads(encode("device_info_unrestricted", {}))["apiVersion"] == "1.2"
    assert json.loads(encode("api_list", {"id": "ptz*"})) == {
        "apiVersion": "1.0",
        "method": "getApiList",
        "params": {"id": "ptz*"},
    }


def test_other_cgis() -> None:
    assert encode("image_size", {"camera": "quad", "rotation": 90, "square_pixel": False}) == (
        b"camera=quad&rotation=90&squarepixel=0"
    )
    assert encode("media_clip_play", {"clip": 2, "repeat": -1, "volume": 80}) == (
        b"action=play&clip=2&repeat=-1&volume=80"
    )
    assert encode("server_report", {"mode": "zip_with_image"}) == b"mode=zip_with_image"
    assert encode("network_trace", {"duration": 30}) == b"cmd=pcapdump&duration=30"
    assert encode("app_start", {"package": "vmd"}) == b"action=start&package=vmd"
    assert encode("app_config_set", {"name": "AllowUnsigned", "value": True}) == (
        b"action=set&name=AllowUnsigned&value=true"
    )
    assert encode("ping_test", {"ip": "192.0.2.1"}) == b"ip=192.0.2.1"


def test_uploads_are_multipart(tmp_path: Path) -> None:
    package = tmp_path / "gate_1_2_0_aarch64.eap"
    package.write_bytes(b"\x1f\x8b package")
    request = build_request(lookup("app_upload"), {"package_file": package})
    assert request.files == {
        "file": ("gate_1_2_0_aarch64.eap", b"\x1f\x8b package", "application/octet-stream")
    }
    request = build_request(
        lookup("app_license_upload"), {"package": "gate", "license": b"<key/>"}
    )
    assert (
        request.target == "/axis-cgi/applications/license.cgi?action=uploadlicensekey&package=gate"
    )
    assert request.files == {"licenseKey": ("license.xml", b"<key/>", "application/octet-stream")}
    with pytest.raises(pyvapix.EncodeError, match="multipart"):
        encode("app_upload", {"package_file": b"x"})


@pytest.mark.parametrize(
    ("op", "args", "message"),
    [
        ("ptz_move", {"direction": "sideways"}, "direction: 'sideways' is not one of home, up"),
        ("ptz_goto_preset_number", {"number": 0}, "number: 0 is below the minimum 1"),
        ("ptz_set_return_to_home", {"seconds": 301}, "seconds: 301 is above the maximum 300"),
        ("port_pulse", {"port": 1}, "duration is required"),
        ("port_check", {"ports": []}, "ports needs at least one value"),
        ("port_activate", {"port": "one"}, "port: 'one' is not an integer"),
        ("port_activate", {"port": True}, "port: expected an integer"),
        ("image_size", {"camera": [1]}, "camera: expected int or str"),
        ("param_list", {"groups": "Brand"}, "unknown argument(s) groups"),
        ("param_update", {"values": ["Brand"]}, "expected a mapping"),
        ("user_add", {"user": "a" * 15, "password": "x", "roles": ["admin"]}, "longer than 14"),
        (
            "user_add",
            {"user": "joe", "password": "x", "roles": ["boss"]},
            "'boss' is not one of viewer",
        ),
        ("ptz_wiper", {"on": "maybe"}, "on: expected a boolean"),
    ],
)
def test_arguments_are_checked_before_sending(
    op: str, args: dict[str, object], message: str
) -> None:
    with pytest.raises(pyvapix.EncodeError) as caught:
        encode(op, args)
    assert message in str(caught.value)
    assert caught.value.operation == f"cgi:{op}" and caught.value.protocol == "cgi"


def test_strings_from_a_command_line_are_accepted() -> None:
    assert encode("port_pulse", {"port": "2", "duration": "250"}) == b"action=2%3A%2F250%5C"
    assert encode("ptz_wiper", {"on": "yes"}) == b"auxiliary=tt%3AWiper%7COn"


def test_secret_values_never_appear_in_errors_or_reprs() -> None:
    with pytest.raises(pyvapix.EncodeError) as caught:
        encode("user_update", {"user": "joe", "password": ["hunter2"]})
    assert "hunter2" not in str(caught.value)
    request = build_request(
        lookup("user_add"), {"user": "joe", "password": "hunter2", "roles": "viewer"}
    )
    assert "hunter2" not in repr(request) and "hunter2" not in request.describe()
    assert "pwd=***" in request.describe()
    assert b"hunter2" in (request.content or b"")  # it is sent, in the body only
    assert "hunter2" not in request.target
