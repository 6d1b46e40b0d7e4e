"""imagesize.cgi and mediaclip.cgi on a door controller: no camera, no speaker.

imagesize.cgi answers like a device without the video channel asked for: the message in an
HTML comment when ``camera=`` is given, bare otherwise. mediaclip.cgi answers a play with
HTTP 400 (no clip and no audio output exist) and a stop with ``OK``: nothing plays.
"""

from __future__ import annotations

from .cgi_http import Answer, CgiCall, text


def image_size(call: CgiCall) -> Answer:
    call.require("viewer")
    camera = call.arg("camera")
    if camera is None:
        return text("No video source available.\n")
    return text(f"<!-- Camera {camera} not available. -->\n")


def media_clip(call: CgiCall) -> Answer:
    call.require("operator")
    action = call.arg("action")
    if action == "stop":
        return text("OK\nstopping\n")
    if action == "play":
        clip = call.arg("clip")
        return text(
            f"400 Bad Request\nCannot play clip {clip}: the device has no audio output.\n",
            status=400,
        )
    return text(f"400 Bad Request\nUnsupported action {action}.\n", status=400)
