"""HTTP authentication negotiated from the device's 401 challenge, like ``curl --anyauth``.

The first request goes without credentials; the ``WWW-Authenticate`` answer decides:
Digest (MD5 or SHA-256, preferred) or Basic. The choice and the Digest challenge are kept,
so later requests authenticate up front without another 401 round trip.

A refused answer is renegotiated at most once (a stale Digest nonce): a wrong password costs
two requests and ends in :class:`~pyvapix.AuthenticationError`, never a loop. The body of a
challenge is read raw (never decompressed), at most ``CHALLENGE_BODY_LIMIT`` bytes, and
dropped. Credentials appear in no repr and no error message.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from urllib.request import parse_http_list

import httpx

from .._errors import AuthenticationError, DecodeError

CHALLENGE_BODY_LIMIT = 1024 * 1024  # bytes of a 401 page worth reading before the retry
_EMPTY = httpx.ByteStream(b"")


def _too_large() -> DecodeError:
    return DecodeError(f"the 401 challenge's body exceeds {CHALLENGE_BODY_LIMIT} bytes")


def _discard(response: httpx.Response) -> None:
    """Read and drop the body of an answer the flow has dealt with, raw and bounded: httpx
    would read it whole (and decompress it) before sending the next request."""
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        return
    size = 0
    try:
        for chunk in stream:
            size += len(chunk)
            if size > CHALLENGE_BODY_LIMIT:
                raise _too_large()
    finally:
        stream.close()
    response.stream = _EMPTY


async def _adiscard(response: httpx.Response) -> None:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        return
    size = 0
    try:
        async for chunk in stream:
            size += len(chunk)
            if size > CHALLENGE_BODY_LIMIT:
                raise _too_large()
    finally:
        await stream.aclose()
    response.stream = _EMPTY


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

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            try:
                request = flow.send(response)
            except StopIteration:
                return
            _discard(response)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            try:
                request = flow.send(response)
            except StopIteration:
                return
            await _adiscard(response)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme == "digest":
            yield from self._digest_flow(request)
            return
        if self.scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        schemes = {
            h.split(None, 1)[0].lower()
            for h in response.headers.get_list("www-authenticate")
            if h.strip()
        }
        if "digest" in schemes:
            self.scheme = "digest"
            yield from self._digest_flow(request, challenge=response)
            return
        if "basic" in schemes:
            if request.url.scheme != "https" and not self._allow_basic_over_http:
                raise AuthenticationError(
                    "the device offers only Basic authentication over plain HTTP, which would "
                    "send the password in clear; use https:// or allow_basic_over_http=True"
                )
            self.scheme = "basic"
            yield from self._basic.auth_flow(request)

    def _digest_flow(
        self, request: httpx.Request, challenge: httpx.Response | None = None
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """httpx's Digest flow, fed only the Digest challenge of each 401 (devices also offer
        Basic, in any order) after checking it can be answered: any problem with it is an
        AuthenticationError that says what, never an exception of httpx's parser."""
        flow = self._digest.auth_flow(request)
        outgoing: httpx.Request | None = next(flow)
        if challenge is not None:
            outgoing = _digest_step(flow, challenge)
        while outgoing is not None:
            response = yield outgoing
            outgoing = _digest_step(flow, response)


# The algorithms and quality of protection httpx's Digest flow can answer.
DIGEST_ALGORITHMS = ("MD5", "SHA", "SHA-256", "SHA-512")


def _digest_step(
    flow: Generator[httpx.Request, httpx.Response, None], response: httpx.Response
) -> httpx.Request | None:
    """The flow's next request for ``response``, or None when it is done."""
    if response.status_code == 401:
        response = _only_digest(response)
    try:
        return flow.send(response)
    except StopIteration:
        return None
    except (KeyError, ValueError, NotImplementedError, httpx.ProtocolError) as exc:
        raise AuthenticationError(
            f"the device's Digest challenge cannot be answered: {exc}"
        ) from None


def _only_digest(response: httpx.Response) -> httpx.Response:
    """A 401 answer carrying only its (checked) Digest challenge."""
    headers = [h for h in response.headers.get_list("www-authenticate") if h.strip()]
    digest = next((h for h in headers if h.split(None, 1)[0].lower() == "digest"), None)
    if digest is None:
        return response  # a later 401 without a Digest challenge: the flow gives up
    if not digest.isascii():  # its values would go into our Authorization header
        raise AuthenticationError("the device's Digest challenge is not ASCII text")
    fields: dict[str, str] = {}
    for field in parse_http_list(digest.split(None, 1)[1] if " " in digest.strip() else ""):
        key, equals, value = field.strip().partition("=")
        if not equals:
            raise AuthenticationError(
                f"the device's Digest challenge has a field without a value: {key[:40]!r}"
            )
        fields[key.strip().lower()] = value.strip().strip('"')
    missing = [name for name in ("realm", "nonce") if name not in fields]
    if missing:
        raise AuthenticationError(f"the device's Digest challenge lacks {' and '.join(missing)}")
    algorithm = fields.get("algorithm", "MD5").upper()
    if algorithm.removesuffix("-SESS") not in DIGEST_ALGORITHMS:
        raise AuthenticationError(
            f"the device asks for the Digest algorithm {algorithm[:40]!r}; supported: "
            f"{', '.join(DIGEST_ALGORITHMS)} (and their -sess forms)"
        )
    qop = fields.get("qop")
    if qop is not None and "auth" not in [q.strip().lower() for q in qop.split(",")]:
        raise AuthenticationError(
            f"the device's Digest challenge offers qop {qop[:40]!r}; only 'auth' is supported"
        )
    return httpx.Response(401, headers=[("www-authenticate", digest)], request=response.request)
