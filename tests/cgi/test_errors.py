"""Every error form of the CGI facts: most arrive as HTTP 200 with a text, some with their
own status; each becomes a VapixError subclass that says what the device said."""

from __future__ import annotations

import json
from typing import Any

import pytest

import pyvapix
from pyvapix.cgi import (
    CgiApiError,
    CgiAuthenticationError,
    CgiError,
    CgiNotSupportedError,
    CgiPartialError,
    CgiRequestError,
    decode,
)

# (operation, HTTP status, body, error class, expected attributes)
TEXT_ERRORS: list[tuple[str, int, bytes, type[Exception], dict[str, Any]]] = [
    # param.cgi: "# Error:" for list and update, "# Request failed:" for add and remove
    (
        "param_list",
        200,
        b"# Error: Error -1 getting param in group 'Nothing'\n",
        CgiRequestError,
        {"message": "Error -1 getting param in group 'Nothing'"},
    ),
    ("param_brand", 200, b"# Error: Error -1 getting param in group 'Brand'", CgiRequestError, {}),
    (
        "param_update",
        200,
        b"# Error: Error setting 'Image.I0.Appearance.Rotation' to '45'!\n",
        CgiRequestError,
        {"message": "Error setting 'Image.I0.Appearance.Rotation' to '45'!"},
    ),
    (
        "guard_tour_start",
        200,
        b"# Error: Error setting 'GuardTour.G7.Running' to 'yes'!",
        CgiRequestError,
        {},
    ),
    (
        "ptz_set_return_to_home",
        200,
        b"# Error: Error setting 'PTZ.Various.V1.ReturnToOverview' to '301'!",
        CgiRequestError,
        {},
    ),
    (
        "param_add",
        200,
        b"Maximum number of groups reached\n# Request failed: Failed to create group\n",
        CgiRequestError,
        {"message": "Failed to create group"},
    ),
    (
        "param_add",
        200,
        b"Parameter GuardTour.G.Nme unknown\r\n"
        b"# Error: Some parameters could not be set\r\nG3 OK\r\n",
        CgiPartialError,
        {"entry": "G3", "message": "Some parameters could not be set"},
    ),
    (
        "param_remove",
        200,
        b"Group does not exist\n# Request failed: Failed to remove group GuardTour.G9",
        CgiRequestError,
        {"message": "Failed to remove group GuardTour.G9"},
    ),
    (
        "param_list_definitions",
        200,
        b"# Error: Error -1 getting param in group 'X'\n",
        CgiRequestError,
        {},
    ),
    # imagesize.cgi: an HTML comment with camera=, bare text without
    (
        "image_size",
        200,
        b"<!-- Camera 3 not available. -->",
        CgiRequestError,
        {"message": "Camera 3 not available."},
    ),
    (
        "image_size",
        200,
        b"Resolution 9999x9999 not supported.\n",
        CgiRequestError,
        {"message": "Resolution 9999x9999 not supported."},
    ),
    # port.cgi: an action answers with an empty body; any text is the error
    (
        "port_activate",
        200,
        b"Error: port 9 is not an output",
        CgiRequestError,
        {"message": "port 9 is not an output"},
    ),
    (
        "port_pulse",
        200,
        b"Invalid port number\n",
        CgiRequestError,
        {"message": "Invalid port number"},
    ),
    ("port_check", 200, b"Error: Invalid port 42\n", CgiRequestError, {}),
    # pwdgrp.cgi: 200 texts
    (
        "user_add",
        200,
        b"Error: consult the system log file.",
        CgiRequestError,
        {"message": "consult the system log file."},
    ),
    ("user_update", 200, b"Error: action operation type.", CgiRequestError, {}),
    ("user_remove", 200, b"Error: account user name.", CgiRequestError, {}),
    (
        "user_add",
        200,
        b"Error: malformed action operation, add.",
        CgiRequestError,
        {"message": "malformed action operation, add."},
    ),
    # pwdgrp.cgi: 401 texts about the initial admin account
    (
        "user_add",
        401,
        b"Error: not a valid initial admin user.",
        CgiAuthenticationError,
        {"status_code": 401, "message": "not a valid initial admin user."},
    ),
    (
        "user_add",
        401,
        b"Error: initial admin user must be created first.",
        CgiAuthenticationError,
        {},
    ),
    # ptz.cgi and ptzconfig.cgi: "Error:" without a space
    (
        "ptz_presets",
        200,
        b"Error:query: unknown value: [presetposcamx]",
        CgiRequestError,
        {"message": "query: unknown value: [presetposcamx]"},
    ),
    (
        "ptz_goto_preset_name",
        200,
        b"Error:gotoserverpresetname: unknown preset name: [Nowhere]\n",
        CgiRequestError,
        {},
    ),
    (
        "ptz_set_preset",
        200,
        b"Error:setserverpresetname: invalid character in name",
        CgiRequestError,
        {},
    ),
    # applications: "Error: <code>" with documented meanings, XML error replies
    (
        "app_start",
        200,
        b"Error: 6",
        CgiRequestError,
        {"code": 6, "meaning": "application already running"},
    ),
    (
        "app_stop",
        200,
        b"Error: 7\n",
        CgiRequestError,
        {"code": 7, "meaning": "application not running"},
    ),
    (
        "app_remove",
        200,
        b"Error: 4",
        CgiRequestError,
        {"code": 4, "meaning": "application not found"},
    ),
    ("app_upload", 200, b"Error: 12", CgiRequestError, {"code": 12}),
    ("app_license_upload", 200, b"Error: 24", CgiRequestError, {"code": 24}),
    (
        "app_list",
        200,
        b'<reply result="error">\n'
        b' <error type="2" message="Failed to list applications" />\n</reply>',
        CgiRequestError,
        {"code": 2, "message": "Failed to list applications"},
    ),
    (
        "app_config_get",
        200,
        b'<reply result="error"><error type="1" message="Error: gdbus call failed"/></reply>',
        CgiRequestError,
        {"code": 1},
    ),
    (
        "app_config_set",
        400,
        b'<reply result="error"><error type="1" message="Invalid value"/></reply>',
        CgiRequestError,
        {"code": 1, "status_code": 400},
    ),
    # mediaclip.cgi: HTTP 400 with the reason on the second line
    (
        "media_clip_play",
        400,
        b"400 Bad Request\nClip 12 does not exist\n",
        CgiRequestError,
        {"message": "Clip 12 does not exist", "status_code": 400},
    ),
]


@pytest.mark.parametrize(
    ("op", "status", "body", "error", "attrs"),
    TEXT_ERRORS,
    ids=[f"{t[0]}-{i}" for i, t in enumerate(TEXT_ERRORS)],
)
def test_error_texts(
    op: str, status: int, body: bytes, error: type[Exception], attrs: dict[str, Any]
) -> None:
    with pytest.raises(error) as caught:
        decode(op, body, status_code=status)
    exc = caught.value
    assert isinstance(exc, CgiError) and isinstance(exc, pyvapix.VapixError)
    assert exc.operation == f"cgi:{op}" and exc.protocol == "cgi"
    assert exc.status_code == status
    for name, value in attrs.items():
        assert getattr(exc, name) == value, name


def test_meaning_is_in_the_message() -> None:
    with pytest.raises(CgiRequestError) as caught:
        decode("app_start", b"Error: 4")
    assert str(caught.value) == "Error: 4 (application not found) [cgi:app_start, cgi]"


def _envelope(method: str, code: int, message: str, **more: Any) -> bytes:
    return json.dumps(
        {
            "apiVersion": "1.0",
            "context": "c",
            "method": method,
            "error": {"code": code, "message": message, **more},
        }
    ).encode()


JSON_CODES = {
    "device_info": [1000, 2001, 2002, 2003, 2004, 4000, 4002, 8000],
    "api_list": [1000, 2002, 2003, 2004, 4000, 4002, 8000],
    "port_management_get_ports": [1100, 2100, 2101, 2102, 2103, 2104, 2105, 4004],
    "port_management_set_state_sequence": [2200],
}


@pytest.mark.parametrize(
    ("op", "code"), [(op, c) for op, codes in JSON_CODES.items() for c in codes]
)
def test_json_api_error_codes(op: str, code: int) -> None:
    with pytest.raises(CgiApiError) as caught:
        decode(op, _envelope("x", code, "the device's words"))
    assert caught.value.code == code
    assert caught.value.meaning  # every documented code has a meaning in the spec
    assert "the device's words" in str(caught.value)


def test_json_error_details_and_further_errors() -> None:
    body = _envelope(
        "setPorts",
        2104,
        "Invalid parameter value specified",
        details={"port": "0", "propertyName": "direction"},
        errors=[{"code": 1100, "message": "Internal error", "details": {"port": "1"}}],
    )
    with pytest.raises(CgiApiError) as caught:
        decode("port_management_set_ports", body)
    assert caught.value.details == {"port": "0", "propertyName": "direction"}
    assert caught.value.errors[0]["code"] == 1100


@pytest.mark.parametrize("errors", [True, 7, "many", {"code": 1}, None, [1, {"code": 2}]])
def test_a_json_error_with_an_odd_errors_member_is_still_the_api_error(errors: object) -> None:
    """Only the dict items of a list are further errors; anything else is ignored, never a
    TypeError."""
    body = json.dumps({"error": {"code": 2104, "message": "Invalid", "errors": errors}})
    with pytest.raises(CgiApiError) as caught:
        decode("port_management_set_ports", body.encode())
    assert caught.value.errors == ([{"code": 2}] if isinstance(errors, list) else [])


def test_json_error_without_envelope_members_and_with_odd_status() -> None:
    with pytest.raises(CgiApiError) as caught:
        decode(
            "device_info",
            b'{"error": {"code": 2002, "message": "Only POST is supported"}}',
            status_code=405,
        )
    assert caught.value.code == 2002 and caught.value.status_code == 405


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, pyvapix.AuthenticationError),
        (403, pyvapix.AuthenticationError),
        (404, CgiNotSupportedError),
        (405, CgiNotSupportedError),
        (500, pyvapix.TransportError),
        (503, pyvapix.TransportError),
    ],
)
@pytest.mark.parametrize(
    "op", ["param_list", "user_list", "device_info", "app_list", "ptz_move", "server_report"]
)
def test_http_statuses(op: str, status: int, error: type[Exception]) -> None:
    body = b"<html><body><h1>Error</h1></body></html>"
    with pytest.raises(error) as caught:
        decode(op, body, status_code=status, content_type="text/html")
    assert caught.value.operation == f"cgi:{op}"  # type: ignore[attr-defined]
    if status == 403:
        assert "needs" in str(caught.value)


def test_a_401_without_text_is_plain_authentication() -> None:
    with pytest.raises(pyvapix.AuthenticationError) as caught:
        decode("user_list", b"", status_code=401)
    assert not isinstance(caught.value, CgiError)


def test_successes_that_look_like_nothing() -> None:
    assert decode("ptz_move", b"", status_code=204) is None  # ptz.cgi commands: 204
    assert decode("ptz_set_preset", b"", status_code=204) is None
    assert decode("port_activate", b"") is None  # port.cgi actions: empty body
    assert decode("param_update", b"OK") is None
    assert decode("app_start", b"OK\n") is None
    assert decode("user_add", b"Created account joe.") is None
    assert (
        decode(
            "restart",
            b"<html><head><title>Restarting</title></head></html>",
            content_type="text/html",
        )
        is None
    )


def test_malformed_success_bodies_are_decode_errors() -> None:
    with pytest.raises(pyvapix.DecodeError, match="JSON") as caught:
        decode("device_info", b"{not json")
    assert caught.value.operation == "cgi:device_info"
    with pytest.raises(pyvapix.DecodeError):
        decode("app_list", b"<reply result='ok'><application")
    with pytest.raises(pyvapix.DecodeError, match="DTD"):
        decode("app_list", b'<!DOCTYPE x [<!ENTITY a "b">]><reply result="ok"/>')
    with pytest.raises(pyvapix.DecodeError, match="expected XML"):
        decode("app_list", b"OK")
    with pytest.raises(pyvapix.DecodeError, match="speed"):
        decode("ptz_speed", b"mode=normal")
