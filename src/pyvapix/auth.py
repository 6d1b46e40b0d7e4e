"""HTTP authentication negotiated from the device's 401 challenge, like ``curl --anyauth``.

The first request goes without credentials; the ``WWW-Authenticate`` answer decides:
Digest (MD5 or SHA-256, preferred) or Basic. The choice and the Digest challenge are kept,
so later requests authenticate up front without another 401 round trip.
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator

import httpx

from .errors import AuthenticationError


class AnyAuth(httpx.Auth):
    requires_request_body = True

    def __init__(
        self, username: str, password: str, *, allow_basic_over_http: bool = False
    ) -> None:
        self._digest = httpx.DigestAuth(username, password)
        self._basic = httpx.BasicAuth(username, password)
        self._allow_basic_over_http = allow_basic_over_http
        self.scheme: str | None = None  # "digest" or "basic" once negotiated

    def __repr__(self) -> str:  # never show credentials
        return f"AnyAuth(scheme={self.scheme!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self.scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        schemes = [
            h.split(None, 1)[0].lower()
            for h in response.headers.get_list("www-authenticate")
            if h.strip()
        ]
        if "digest" in schemes:
            self.scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # no challenge yet: the digest flow yields the bare request first
            try:
                authorised = flow.send(response)
            except StopIteration:
                return
            answer = yield authorised
            with contextlib.suppress(StopIteration):
                flow.send(answer)
            return
        if "basic" in schemes:
            if request.url.scheme != "https" and not self._allow_basic_over_http:
                raise AuthenticationError(
                    "the device offers only Basic authentication over plain HTTP, which would "
                    "send the password in clear; use https:// or allow_basic_over_http=True"
                )
            self.scheme = "basic"
            yield from self._basic.auth_flow(request)
