"""The classic CGIs of the simulated controller: which path is served by what, and the steps
every CGI request goes through (method, size, authentication, the state lock, saving).

Authentication is the same as for the PACS services, against the same accounts. A path
that anyone may call (apidiscovery.cgi, basicdeviceinfo.cgi, pwdgrp.cgi before the initial
admin exists) serves callers without credentials as ``anonymous``; its handler challenges
them when the request needs more. Paths of a device with PTZ or audio hardware
(``com/ptz.cgi`` ...) are absent, HTTP 404, as on a door controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import apps_cgi, device_info, downloads, io_cgi, maintenance, media, param_cgi, ports
from .auth import ANONYMOUS, Authenticator
from .cgi_http import (
    Answer,
    CgiCall,
    CgiRequest,
    Forbidden,
    Unauthenticated,
    forbidden,
    not_found,
    text,
)
from .users_cgi import pwdgrp, usergroup

if TYPE_CHECKING:
    from .state import DeviceState

PREFIX = "/axis-cgi/"
GET_POST = frozenset({"GET", "POST"})
POST = frozenset({"POST"})
Handler = Callable[[CgiCall], Answer]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Route:
    handler: Handler
    methods: frozenset[str] = GET_POST
    anonymous: bool = False  # callers without credentials reach the handler


def _at_least(level: str, handler: Handler) -> Handler:
    """The same CGI under a path that needs ``level`` (``/axis-cgi/admin/param.cgi``)."""

    def guarded(call: CgiCall) -> Answer:
        call.require(level)
        return handler(call)

    return guarded


ROUTES: dict[str, Route] = {
    "/axis-cgi/param.cgi": Route(param_cgi.handle),
    "/axis-cgi/operator/param.cgi": Route(_at_least("operator", param_cgi.handle)),
    "/axis-cgi/admin/param.cgi": Route(_at_least("admin", param_cgi.handle)),
    "/axis-cgi/pwdgrp.cgi": Route(pwdgrp, anonymous=True),
    "/axis-cgi/usergroup.cgi": Route(usergroup),
    "/axis-cgi/io/port.cgi": Route(io_cgi.port_cgi),
    "/axis-cgi/io/portmanagement.cgi": Route(io_cgi.port_management),
    "/axis-cgi/basicdeviceinfo.cgi": Route(device_info.basic_device_info, anonymous=True),
    "/axis-cgi/apidiscovery.cgi": Route(device_info.api_discovery, anonymous=True),
    "/axis-cgi/imagesize.cgi": Route(media.image_size),
    "/axis-cgi/mediaclip.cgi": Route(media.media_clip),
    "/axis-cgi/applications/list.cgi": Route(apps_cgi.list_apps),
    "/axis-cgi/applications/control.cgi": Route(apps_cgi.control),
    "/axis-cgi/applications/upload.cgi": Route(apps_cgi.upload, POST),
    "/axis-cgi/applications/license.cgi": Route(apps_cgi.license_key),
    "/axis-cgi/applications/config.cgi": Route(apps_cgi.config),
    "/axis-cgi/applications/info.cgi": Route(apps_cgi.info),
    "/axis-cgi/serverreport.cgi": Route(downloads.server_report),
    "/axis-cgi/systemlog.cgi": Route(downloads.system_log),
    "/axis-cgi/debug/debug.tgz": Route(downloads.debug_archive),
    "/axis-cgi/restart.cgi": Route(maintenance.restart),
    "/axis-cgi/pingtest.cgi": Route(maintenance.ping_test),
    "/axis-cgi/tcptest.cgi": Route(maintenance.tcp_test),
}


class CgiRouter:
    """Serves ``/axis-cgi/...`` for a :class:`~pyvapix.sim.Simulator`: ``save`` writes the
    state file when the configuration changed (called with the state lock held)."""

    def __init__(
        self,
        state: DeviceState,
        auth: Authenticator,
        *,
        max_body: int,
        save: Callable[[], None],
        routes: Mapping[str, Route] = ROUTES,
    ) -> None:
        self.state = state
        self.auth = auth
        self.max_body = max_body
        self.save = save
        self.routes = routes

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """Answer one CGI request; never raises."""
        path = target.split("?", 1)[0]
        route = self.routes.get(path)
        if route is None:
            return not_found(path)
        method = method.upper()
        if method not in route.methods:
            allowed = ", ".join(sorted(route.methods))
            return Answer(405, [("Allow", allowed), ("Content-Type", "text/plain")], b"")
        if len(body) > self.max_body:
            return text(f"request body over {self.max_body} bytes\n", status=413)
        lowered = {key.lower(): value for key, value in headers.items()}
        authorization = lowered.get("authorization")
        account, authenticated = ANONYMOUS, False
        if authorization:
            checked, stale = self.auth.check(method, target, authorization)
            if checked is None:
                return self._challenge(stale)
            account, authenticated = checked, True
        elif not route.anonymous:
            return self._challenge()
        try:
            request = CgiRequest.parse(method, target, lowered, body)
            call = CgiCall(request, account, authenticated, self.state)
            with self.state.lock:
                ports.settle(self.state)
                answer = route.handler(call)
                self.save()
            return answer
        except Unauthenticated:
            return self._challenge()
        except Forbidden:
            return forbidden()
        except Exception:  # a simulator bug must not take the server down
            log.exception("internal error serving %s %s", method, target)
            return text("500 Internal Server Error\n", status=500)

    def _challenge(self, stale: bool = False) -> Answer:
        headers = [("Content-Type", "text/plain"), *self.auth.challenge(stale)]
        return Answer(401, headers, b"401 Unauthorized\n")
