"""Every non-template body of ../shared/reference/cgi-examples/ (recorded device answers and
documented examples) parses with the operation it belongs to, into a result or into the
error it documents. Skipped, with the reason, when the reference folder is absent."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import pyvapix
from pyvapix.cgi import CgiApiError, CgiAuthenticationError, CgiRequestError, decode
from pyvapix.cgi._results import ParamList

from ..conftest import SHARED

EXAMPLES = SHARED / "cgi-examples"
OK = "ok"

# file name pattern (first match wins) -> (operation, expected outcome, HTTP status)
RULES: list[tuple[str, str, Any, int]] = [
    (r"param\.cgi__list_all_", "param_list", OK, 200),
    (r"param\.cgi__list_network_partial", "param_list", OK, 200),
    (r"param\.cgi__list_brand", "param_brand", OK, 200),
    (r"param\.cgi__list_image", "param_image", OK, 200),
    (r"param\.cgi__list_input_ioport_output_mixed", "param_io_port", OK, 200),
    (r"param\.cgi__list_input_nbrofinputs", "param_input", OK, 200),
    (r"param\.cgi__list_ioport", "param_io_port", OK, 200),
    (r"param\.cgi__list_properties", "param_properties", OK, 200),
    (r"param\.cgi__list_ptz", "param_ptz", OK, 200),
    (r"param\.cgi__list_streamprofile", "param_stream_profile", OK, 200),
    (r"param\.cgi__list_guardtour", "param_guard_tour", OK, 200),
    (r"param\.cgi__list_mediaclip", "param_media_clip", OK, 200),
    (r"param\.cgi__listdefinitions", "param_list_definitions", OK, 200),
    (r"param\.cgi__update_ok", "param_update", None, 200),
    (r"param\.cgi__add_guardtour_ok", "param_add", OK, 200),
    (r"io_port\.cgi__checkactive", "port_check_active", OK, 200),
    (r"io_port\.cgi__check_", "port_check", OK, 200),
    (r"io_port\.cgi__action_ok", "port_activate", None, 200),
    (r"io_portmanagement\.cgi__getPorts_error", "port_management_get_ports", CgiApiError, 200),
    (r"io_portmanagement\.cgi__getPorts", "port_management_get_ports", OK, 200),
    (
        r"io_portmanagement\.cgi__getSupportedVersions_error",
        "port_management_versions",
        CgiApiError,
        200,
    ),
    (r"io_portmanagement\.cgi__getSupportedVersions", "port_management_versions", OK, 200),
    (r"io_portmanagement\.cgi__setPorts_error", "port_management_set_ports", CgiApiError, 200),
    (r"io_portmanagement\.cgi__setPorts", "port_management_set_ports", OK, 200),
    (
        r"io_portmanagement\.cgi__setStateSequence_error",
        "port_management_set_state_sequence",
        CgiApiError,
        200,
    ),
    (r"io_portmanagement\.cgi__setStateSequence", "port_management_set_state_sequence", OK, 200),
    (r"pwdgrp\.cgi__get", "user_list", OK, 200),
    (r"pwdgrp\.cgi__error_.*_401_", "user_add", CgiAuthenticationError, 401),
    (r"pwdgrp\.cgi__error_", "user_add", CgiRequestError, 200),
    (r"pwdgrp\.cgi__add", "user_add", None, 200),
    (r"pwdgrp\.cgi__update", "user_update", None, 200),
    (r"pwdgrp\.cgi__remove", "user_remove", None, 200),
    (r"usergroup\.cgi__", "user_current", OK, 200),
    (r"com_ptz\.cgi__info_", "ptz_info", OK, 200),
    (r"com_ptz\.cgi__whoami_", "ptz_driver", OK, 200),
    (r"com_ptz\.cgi__query_limits", "ptz_limits", OK, 200),
    (r"com_ptz\.cgi__query_mode", "ptz_mode", OK, 200),
    (r"com_ptz\.cgi__query_position", "ptz_position", OK, 200),
    (r"com_ptz\.cgi__query_presetposall", "ptz_presets_all", OK, 200),
    (r"com_ptz\.cgi__query_presetposcam", "ptz_presets", OK, 200),
    (r"com_ptz\.cgi__query_speed", "ptz_speed", OK, 200),
    (r"com_ptz\.cgi__query_attributes_plain", "ptz_attributes", OK, 200),
    (r"com_ptz\.cgi__query_attributes_json", "ptz_attributes_json", OK, 200),
    (r"applications_list\.cgi__", "app_list", OK, 200),
    (r"applications_config\.cgi__error", "app_config_get", CgiRequestError, 200),
    (r"applications_config\.cgi__get", "app_config_get", OK, 200),
    (r"applications_info\.cgi__", "app_info", OK, 200),
    (r"applications_upload\.cgi__ok", "app_upload", None, 200),
    (r"imagesize\.cgi__error", "image_size", CgiRequestError, 200),
    (r"imagesize\.cgi__", "image_size", OK, 200),
    (r"basicdeviceinfo\.cgi__error", "device_info", CgiApiError, 200),
    (r"basicdeviceinfo\.cgi__getAllUnrestricted", "device_info_unrestricted", OK, 200),
    (r"basicdeviceinfo\.cgi__getAllProperties", "device_info", OK, 200),
    (r"basicdeviceinfo\.cgi__getProperties", "device_info_properties", OK, 200),
    (r"apidiscovery\.cgi__getApiList", "api_list", OK, 200),
    (r"apidiscovery\.cgi__getSupportedVersions", "api_discovery_versions", OK, 200),
    # Not a CGI: the PACS JSON endpoint, parsed by the PACS codec.
    (r"vapix_pacs__GetAccessControllerList", "pacsaxis:GetAccessControllerList", OK, 200),
]


def _bodies() -> list[Path]:
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.name != "INDEX.md")


def _is_template(path: Path) -> bool:
    return "_template" in path.name  # documented shapes with <placeholders>, not bodies


def _rule(path: Path) -> tuple[str, Any, int]:
    for pattern, op, expected, status in RULES:
        if re.match(pattern, path.name):
            return op, expected, status
    raise LookupError(f"no rule for {path.name}: add one to RULES")


BODIES = [p for p in _bodies() if not _is_template(p)]
requires_examples = pytest.mark.skipif(
    not EXAMPLES.is_dir(),
    reason=f"reference examples not present: {EXAMPLES} (they live beside "
    "the project in ../shared/reference and are not committed)",
)


@requires_examples
@pytest.mark.parametrize("path", BODIES, ids=[p.name for p in BODIES])
def test_example_body_parses(path: Path) -> None:
    op, expected, status = _rule(path)
    body = path.read_bytes()
    if not op.startswith("cgi") and ":" in op:
        assert pyvapix.to_plain(pyvapix.decode(op, body, protocol="json"))
        return
    if isinstance(expected, type):
        with pytest.raises(expected) as caught:
            decode(op, body, status_code=status)
        assert str(caught.value)
        return
    result = decode(op, body, status_code=status)
    if expected is None:
        assert result is None
        return
    assert result is not None
    plain = pyvapix.to_plain(result)
    assert plain, f"{path.name} parsed into nothing"
    if isinstance(result, ParamList):
        keys = [
            line.split("=", 1)[0] for line in body.decode("iso-8859-1").splitlines() if "=" in line
        ]
        assert len(result) == len(set(keys))  # every key kept


@requires_examples
def test_every_example_has_a_rule_and_the_counts_add_up() -> None:
    bodies = _bodies()
    templates = [p for p in bodies if _is_template(p)]
    assert bodies and len(bodies) == len(BODIES) + len(templates)
    for path in BODIES:
        _rule(path)
    index = (EXAMPLES / "INDEX.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", index, re.MULTILINE))
    assert listed == {p.name for p in bodies}


@requires_examples
def test_recorded_bodies_in_detail() -> None:
    """A few values checked by hand in recorded answers (ISO-8859-1, CRLF, no final newline)."""
    full = decode(
        "param_list", (EXAMPLES / "param.cgi__list_all_M1065-LW_fw9.10.1.txt").read_bytes()
    )
    assert full["PTZ.Preset.P0.Position.P1.Name"] == "Entrée"
    assert full["PTZ.Preset.P1.Position.P1.Name"] == "Haustür"
    image = decode("param_image", (EXAMPLES / "param.cgi__list_image.txt").read_bytes())
    assert image.views[0].name == "Fußgängerüberweg"
    users = decode("user_list", (EXAMPLES / "pwdgrp.cgi__get_crlf.txt").read_bytes())
    assert users.admin == ["root", "axisconnect"]
    minimal = decode(
        "user_list", (EXAMPLES / "pwdgrp.cgi__get_minimal_unquoted_empty.txt").read_bytes()
    )
    assert minimal.ptz == [] and minimal.other == {"users": [], "root": ["root"]}
    q3505 = decode("param_ptz", (EXAMPLES / "param.cgi__list_ptz_Q3505_fw6.50.txt").read_bytes())
    assert q3505.nbr_of_cameras is not None and q3505.limits
    mixed = (EXAMPLES / "param.cgi__list_input_ioport_output_mixed.txt").read_bytes()
    assert decode("param_input", mixed).nbr_of_inputs == 3
    assert decode("param_output", mixed).nbr_of_outputs == 1
    assert [p.number for p in decode("param_io_port", mixed).ports] == [0, 1, 2, 3]
    apps = decode("app_list", (EXAMPLES / "applications_list.cgi__vmd3_doc.xml").read_bytes())
    assert apps.applications[0].name == "VMD3"  # lower-case name attribute in the docs
    no_ports = decode(
        "port_management_get_ports",
        (EXAMPLES / "io_portmanagement.cgi__getPorts_no_ports.json").read_bytes(),
    )
    assert no_ports.number_of_ports == 0 and no_ports.ports == []
