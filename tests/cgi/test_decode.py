"""Typed results of every CGI, from bodies written by us in the documented formats."""

from __future__ import annotations

import json

import pytest
from pyvapix.generated.cgi import types as t

import pyvapix
from pyvapix.cgi import ParamDefinitions, ParamList, PtzPresets, decode, lookup, operations

PARAMS = (
    "root.Brand.Brand=AXIS\n"
    "root.Brand.ProdFullName=AXIS Q6075-E PTZ Network Camera\n"
    "root.Brand.ProdNbr=Q6075-E\n"
    "root.Brand.ProdVariant=\n"
    "root.Brand.WebURL=http://www.axis.com\n"
    "root.Brand.Slogan=new in firmware 12\n"
    "root.Properties.API.HTTP.Version=3\n"
    "root.Properties.Firmware.Version=11.9.60\n"
    "root.Properties.Image.Resolution=1920x1080,1280x720,640x360\n"
    "root.Properties.Image.Rotation=0,180\n"
    "root.Properties.PTZ.PTZ=yes\n"
    "root.Properties.Image.ShowSuboptimalResolutions=false\n"
    "root.Properties.GuardTour.MaxGuardTours=100\n"
    "root.PTZ.NbrOfCameras=1\n"
    "root.PTZ.Preset.P0.Name=Entrée\n"
    "root.PTZ.Preset.P0.HomePosition=1\n"
    "root.PTZ.Preset.P2.Name=Quai\n"
    "root.PTZ.Preset.P2.Position.P1.Data=pan=12.5:tilt=-3.25:zoom=1\n"
    "root.PTZ.Limit.L1.MinPan=-180\n"
    "root.PTZ.Limit.L1.MaxPan=180\n"
    "root.PTZ.Support.S1.ServerPreset=true\n"
    "root.PTZ.Support.S1.Auxiliary=false\n"
    "root.PTZ.Various.V1.ReturnToOverview=30\n"
    "root.PTZ.PTZDriverStatuses.Driver1Status=3\n"
    "root.StreamProfile.S0.Parameters=videocodec=h264&fps=15\n"
).encode("iso-8859-1")


def test_param_list_keeps_every_key_without_root() -> None:
    result = decode("cgi:param_list", PARAMS)
    assert isinstance(result, ParamList)
    assert result["Brand.ProdNbr"] == result["root.Brand.ProdNbr"] == "Q6075-E"
    assert "root.Brand.Slogan" in result and "Brand.Nothing" not in result
    assert result.get("PTZ.Preset.P0.Name") == "Entrée"
    assert result["StreamProfile.S0.Parameters"] == "videocodec=h264&fps=15"
    assert result.group("Brand")["ProdVariant"] == ""
    assert not any(key.startswith("root.") for key in result.params)


def test_typed_group_views() -> None:
    plist = decode("param_list", PARAMS)
    brand = plist.view(t.BrandParams)
    assert brand.prod_nbr == "Q6075-E" and brand.prod_variant == ""
    assert brand.extra == {"Slogan": "new in firmware 12"}  # unknown keys are kept
    props = plist.view(t.PropertiesParams)
    assert props.http_api_version == 3 and props.ptz is True
    assert props.show_suboptimal_resolutions is False
    assert props.image_resolutions == ["1920x1080", "1280x720", "640x360"]
    assert props.image_rotations == [0, 180] and props.max_guard_tours == 100
    ptz = plist.view(t.PtzParams)
    assert [(p.number, p.name) for p in ptz.presets] == [(0, "Entrée"), (2, "Quai")]
    assert ptz.presets[0].home_position is True
    assert ptz.presets[1].positions[0].data == "pan=12.5:tilt=-3.25:zoom=1"
    assert ptz.limits[0].number == 1 and ptz.limits[0].min_pan == -180.0
    assert ptz.support[0].server_preset is True and ptz.support[0].auxiliary is False
    assert ptz.various[0].return_to_overview == 30
    assert ptz.driver_statuses == {1: 3}


def test_group_operations_decode_their_group_only() -> None:
    brand = decode("param_brand", PARAMS)
    assert isinstance(brand, t.BrandParams) and brand.brand == "AXIS"
    assert decode("param_ptz", PARAMS).nbr_of_cameras == 1


def test_io_groups_from_one_mixed_body() -> None:
    body = (
        b"root.Input.NbrOfInputs=2\n"
        b"root.IOPort.I0.Configurable=yes\nroot.IOPort.I0.Direction=input\n"
        b"root.IOPort.I0.Input.Name=Door contact\nroot.IOPort.I0.Input.Trig=open\n"
        b"root.IOPort.I1.Direction=output\nroot.IOPort.I1.Output.Name=Lock\n"
        b"root.IOPort.I1.Output.Active=closed\nroot.IOPort.I1.Output.PulseTime=500\n"
        b"root.Output.NbrOfOutputs=1"
    )
    assert decode("param_input", body).nbr_of_inputs == 2
    assert decode("param_output", body).nbr_of_outputs == 1
    ports = decode("param_io_port", body).ports
    assert ports[0].configurable is True and ports[0].input_trigger == "open"
    assert ports[1].output_name == "Lock" and ports[1].output_pulse_time == 500


def test_guard_tours_stream_profiles_media_clips() -> None:
    tours = decode(
        "param_guard_tour",
        b"root.GuardTour.G0.Name=Perimeter\nroot.GuardTour.G0.Running=no\n"
        b"root.GuardTour.G0.Tour.T0.PresetNbr=1\nroot.GuardTour.G0.Tour.T0.WaitTime=10\n"
        b"root.GuardTour.G0.Tour.T1.PresetNbr=4\n",
    )
    assert tours.tours[0].name == "Perimeter" and tours.tours[0].running is False
    assert [s.preset_nbr for s in tours.tours[0].stops] == [1, 4]
    profiles = decode(
        "param_stream_profile",
        b"root.StreamProfile.MaxGroups=26\n"
        b"root.StreamProfile.S1.Name=low\n"
        b"root.StreamProfile.S1.Parameters=resolution=640x360&fps=5",
    )
    assert (
        profiles.profiles[0].number == 1
        and profiles.profiles[0].parameters == "resolution=640x360&fps=5"
    )
    clips = decode(
        "param_media_clip", b"root.MediaClip.M3.Name=Doorbell\nroot.MediaClip.M3.Type=audio\n"
    )
    assert clips.clips[0].number == 3 and clips.clips[0].name == "Doorbell"


def test_param_add_and_return_to_home() -> None:
    assert decode("param_add", b"T2 OK\n") == t.ParamAdded(entry="T2")
    assert decode("ptz_return_to_home", b"root.PTZ.Various.V2.ReturnToOverview=45\n").seconds == 45


def test_param_definitions() -> None:
    body = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<parameterDefinitions version="1.0"'
        ' xmlns="http://www.axis.com/ParameterDefinitionsSchema">'
        "<model>AXIS Q6075-E</model><firmwareVersion>11.9.60</firmwareVersion>"
        '<group name="Image"><group name="I0"><group name="Appearance">'
        '<parameter name="Rotation" value="0" securityLevel="4444" niceName="Rotation">'
        '<type><enum><entry value="0"/><entry value="180" niceValue="Upside down"/></enum></type>'
        "</parameter>"
        '<parameter name="MirrorEnabled" value="no">'
        '<type><bool true="yes" false="no"/></type></parameter>'
        '</group><parameter name="Name" value="Quai Nord é">'
        '<type><string maxlen="64"/></type></parameter>'
        "</group></group>"
        '<group name="Properties"><parameter name="Count" value="3"><type readonly="true">'
        '<int min="0" max="10"/></type></parameter></group>'
        "</parameterDefinitions>"
    ).encode("iso-8859-1")
    result = decode("param_list_definitions", body)
    assert isinstance(result, ParamDefinitions)
    assert result.model == "AXIS Q6075-E" and result.firmware_version == "11.9.60"
    rotation = result.get("root.Image.I0.Appearance.Rotation")
    assert rotation is not None and rotation.type == "enum" and rotation.values == ["0", "180"]
    assert rotation.security_level == "4444"
    assert result.get("Image.I0.Appearance.MirrorEnabled").values == ["yes", "no"]  # type: ignore[union-attr]
    name = result.get("Image.I0.Name")
    assert name is not None and name.value == "Quai Nord é" and name.max_length == 64
    count = result.get("Properties.Count")
    assert count is not None and (count.minimum, count.maximum, count.readonly) == (0, 10, True)


def test_image_size() -> None:
    assert decode("image_size", b"image width = 1280\r\nimage height = 720\r\n") == t.ImageSize(
        width=1280, height=720
    )
    assert decode("image_size", b"image width=640\nimage height=360") == t.ImageSize(
        width=640, height=360
    )


def test_port_states() -> None:
    assert decode("port_check", b"port1=1\nport2=0\nport4=1").closed == {
        1: True,
        2: False,
        4: True,
    }
    assert decode("port_check_active", b"port1=active\nport3=inactive\n").active == {
        1: True,
        3: False,
    }
    assert decode("port_check_direction", b"port1=input\nport2=output").directions == {
        1: "input",
        2: "output",
    }


def test_port_management() -> None:
    body = json.dumps(
        {
            "apiVersion": "1.1",
            "context": "x",
            "method": "getPorts",
            "data": {
                "numberOfPorts": 2,
                "items": [
                    {
                        "port": "0",
                        "state": "open",
                        "configurable": False,
                        "usage": "",
                        "direction": "input",
                        "name": "Tamper",
                        "normalState": "closed",
                        "readonly": True,
                    },
                    {
                        "port": "1",
                        "state": "closed",
                        "configurable": True,
                        "usage": "Lock",
                        "direction": "output",
                        "name": "Door lock",
                        "normalState": "open",
                        "debounce": 50,
                    },
                ],
            },
        }
    ).encode()
    ports = decode("port_management_get_ports", body)
    assert ports.number_of_ports == 2 and ports.api_version == "1.1" and ports.method == "getPorts"
    assert ports.ports[0].readonly is True and ports.ports[1].readonly is None
    assert ports.ports[1].normal_state == "open" and ports.ports[1].extra == {"debounce": 50}
    empty = decode("port_management_get_ports", b'{"apiVersion":"1.0","data":{"numberOfPorts":0}}')
    assert empty.ports == [] and empty.number_of_ports == 0
    assert decode("port_management_set_ports", b'{"data":{"ports":["1"]}}').ports == ["1"]
    assert decode("port_management_set_state_sequence", b'{"data":{"port":"1"}}').port == "1"
    assert decode(
        "port_management_versions", b'{"data":{"apiVersions":["1.3","2.1"]}}'
    ).api_versions == ["1.3", "2.1"]


def test_users() -> None:
    groups = decode(
        "user_list",
        b'admin="root,ops"\r\noperator="root,ops,cam"\r\nviewer="root,ops,cam,guest"\r\n'
        b'ptz="root,ops"\r\ndigusers="root,ops,cam,guest"\r\nusers=\r\ngpio="iod,"\r\n',
    )
    assert groups.admin == ["root", "ops"] and groups.viewer == ["root", "ops", "cam", "guest"]
    assert groups.other == {"users": [], "gpio": ["iod"]}
    me = decode("user_current", b"ops\nusers admin operator viewer ptz\n")
    assert me == t.CurrentUser(user="ops", groups=["users", "admin", "operator", "viewer", "ptz"])


def test_ptz_queries() -> None:
    presets = decode(
        "ptz_presets_all",
        b"Preset Positions for camera 1\npresetposno1=Home\npresetposno3=Quai\n"
        b"Preset Positions for camera 2\npresetposno1=Gare\n",
    )
    assert isinstance(presets, PtzPresets)
    assert [(p.camera, p.number, p.name) for p in presets.presets] == [
        (1, 1, "Home"),
        (1, 3, "Quai"),
        (2, 1, "Gare"),
    ]
    assert presets.number_of("Quai") == 3 and presets.names(camera=2) == ["Gare"]
    latin = decode(
        "ptz_presets",
        "Preset Positions for camera 1\r\npresetposno2=Entrée\r\n".encode("iso-8859-1"),
    )
    assert latin.presets[0].name == "Entrée"
    position = decode(
        "ptz_position",
        b"pan=-12.5\ntilt=3\nzoom=2500\nfocus=8000\niris=500\n"
        b"brightness=4999\nautofocus=on\nautoiris=off",
    )
    assert position.pan == -12.5 and position.zoom == 2500 and position.autofocus is True
    assert position.autoiris is False
    limits = decode(
        "ptz_limits", b"MinPan=-180\nMaxPan=180\nMinTilt=-90\nMaxTilt=20\nMinZoom=1\nMaxZoom=9999"
    )
    assert limits.min_tilt == -90.0 and limits.max_zoom == 9999
    assert decode("ptz_speed", b"speed=70\n").speed == 70
    assert decode("ptz_mode", b"mode=normal").mode == "normal"
    assert decode("ptz_driver", b"Axis_PTZ_driver\n") == "Axis_PTZ_driver"
    assert decode("ptz_info", b"Available commands:\nmove={ home | up }\n").startswith(
        "Available commands:"
    )
    attributes = decode(
        "ptz_attributes",
        b"Attributes for camera 1\nmaxOpticalZoomMag=20\nspeeds=value=1 | speed=0.1",
    )
    assert attributes.attributes == {"maxOpticalZoomMag": "20", "speeds": "value=1 | speed=0.1"}


def test_applications() -> None:
    body = (
        b'<reply result="ok">\n'
        b' <application Name="gate" NiceName="Gate Keeper" Vendor="Us" Version="1.2.0" '
        b'ApplicationID="99" License="Valid" Status="Running" LicenseExpirationDate="2031-01-01" '
        b'Signed="true" />\n'
        b' <application name="parking" Status="Idle" />\n'
        b"</reply>"
    )
    apps = decode("app_list", body)
    assert [a.name for a in apps.applications] == ["gate", "parking"]
    assert apps.applications[0].license_expiration_date == "2031-01-01"
    assert apps.applications[0].extra == {"Signed": "true"}
    assert decode("app_list", b'<reply result="ok">\n</reply>').applications == []
    config = decode(
        "app_config_get", b'<reply result="ok"><param name="AllowRoot" value="false"/></reply>'
    )
    assert config.params[0].name == "AllowRoot" and config.params[0].value == "false"
    assert decode("app_config_set", b'<reply result="ok"/>') is None
    assert decode(
        "app_info",
        b'<reply result="ok"><supportedSdks><sdk>acap4-native</sdk></supportedSdks></reply>',
    ).sdks == ["acap4-native"]


def test_media_clip_and_tests() -> None:
    assert decode("media_clip_play", b"OK\nplaying=2\n").playing == 2
    assert decode("media_clip_stop", b"OK\nstopping\n") is None
    assert decode("ping_test", b"got response\n").reachable is True
    assert decode("ping_test", b"no response").reachable is False
    tcp = decode("tcp_test", b"Connection refused\n")
    assert tcp.success is False and tcp.text == "Connection refused"
    assert decode("tcp_test", b"Test successful.").success is True


def test_json_apis() -> None:
    info = decode(
        "device_info",
        json.dumps(
            {
                "apiVersion": "1.3",
                "context": "ctx",
                "method": "getAllProperties",
                "data": {
                    "propertyList": {
                        "Brand": "AXIS",
                        "ProdNbr": "P3265-LVE",
                        "SerialNumber": "B8A44F000001",
                        "Version": "11.11.70",
                        "NewThing": "x",
                    }
                },
            }
        ).encode(),
    )
    assert info.prod_nbr == "P3265-LVE" and info.version == "11.11.70"
    assert info.api_version == "1.3" and info.context == "ctx" and info.extra == {"NewThing": "x"}
    versions = decode("device_info_versions", b'{"data": {"apiVersions": ["1.0", "1.3"]}}')
    assert versions.api_versions == ["1.0", "1.3"] and versions.api_version is None
    apis = decode(
        "api_list",
        b'{"method": "getApiList", "data": {"apiList": ['
        b'{"id": "light-control", "version": "1.1", "name": "Light Control", "docLink": ""},'
        b'{"id": "light-control", "version": "2.0", "status": "beta"}]}}',
    )
    assert [(a.id, a.version, a.status) for a in apis.apis] == [
        ("light-control", "1.1", None),
        ("light-control", "2.0", "beta"),
    ]
    assert decode("api_list", b'{"data": {"apiList": []}}').apis == []


def test_downloads_decode_to_bytes() -> None:
    assert decode("server_report", b"PK\x03\x04...") == b"PK\x03\x04..."


def test_to_plain_shows_results() -> None:
    plain = pyvapix.to_plain(decode("ptz_position", b"pan=1.5\nzoom=2\nfuture=7"))
    assert plain == {"pan": 1.5, "zoom": 2, "extra": {"future": "7"}}  # None members left out
    nested = pyvapix.to_plain(
        decode(
            "param_guard_tour", b"root.GuardTour.G1.Name=A\nroot.GuardTour.G1.Tour.T0.WaitTime=5"
        )
    )
    assert nested["tours"][0]["stops"][0]["wait_time"] == 5
    assert pyvapix.to_plain(decode("param_list", b"root.Brand.Brand=AXIS")) == {
        "params": {"Brand.Brand": "AXIS"}
    }
    json.dumps(
        pyvapix.to_plain(decode("port_management_get_ports", b'{"data":{"numberOfPorts":0}}'))
    )


def test_decode_requests_back_into_arguments() -> None:
    assert decode("param_list", b"action=list&group=Brand%2CImage", message="request") == {
        "group": ["Brand", "Image"]
    }
    assert decode(
        "param_update", b"action=update&Image.I0.Appearance.Rotation=180", message="request"
    ) == {"values": {"Image.I0.Appearance.Rotation": "180"}}
    assert decode(
        "image_size", "/axis-cgi/imagesize.cgi?camera=1&squarepixel=1", message="request"
    ) == {"camera": 1, "square_pixel": True}
    assert decode(
        "api_list",
        b'{"apiVersion":"1.0","method":"getApiList","params":{"id":"ptz*"}}',
        message="request",
    ) == {"id": "ptz*"}
    with pytest.raises(ValueError):
        decode("param_list", b"", message="reply")


def test_operation_catalogue() -> None:
    ops = operations()
    assert len(ops) == len({op.name for op in ops}) >= 80
    assert lookup("cgi:ptz_move") is lookup("ptz_move")
    assert all(op.qualified_name.startswith("cgi:") and op.doc for op in ops)
    with pytest.raises(pyvapix.UnknownOperationError):
        lookup("cgi:nothing")
