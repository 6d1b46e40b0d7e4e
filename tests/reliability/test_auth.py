"""Authentication fails fast and never leaks: a wrong password costs two requests and ends
in AuthenticationError; a stale Digest nonce is renegotiated once; Basic is refused over
plain HTTP unless allowed (end to end against a Basic-only simulator); credentials appear in
no error message, log line, repr or cassette."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pyvapix
from pyvapix import AuthenticationError, TransportError
from pyvapix.sim import Account, Authenticator, running

from .conftest import STATE, first_door
from .faultproxy import FaultProxy

PASSWORD = "s3cr3t-Pa55"
BASIC_TOKEN = base64.b64encode(f"root:{PASSWORD}".encode()).decode()
LIST = "tdc:GetDoorInfoList"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def digest_device(clock: Clock) -> Iterator[str]:
    auth = Authenticator(
        [Account("root", PASSWORD)], realm="AXIS_TEST", nonce_lifetime=60, clock=clock
    )
    with running(authenticator=auth) as url:
        yield url


def basic_only() -> Authenticator:
    return Authenticator([Account("root", PASSWORD)], realm="AXIS_TEST", schemes=("basic",))


@pytest.fixture(scope="module")
def basic_device() -> Iterator[str]:
    with running(authenticator=basic_only()) as url:
        yield url


@pytest.fixture
def proxy(digest_device: str) -> Iterator[FaultProxy]:
    with FaultProxy(digest_device) as each:
        yield each


@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_a_wrong_password_fails_fast(proxy: FaultProxy, protocol: str) -> None:
    with pyvapix.Client(proxy.url, "root", "wrong", protocol=protocol, retries=5) as client:  # type: ignore[arg-type]
        for _ in range(2):  # fresh, then with the Digest challenge cached
            before = proxy.received[LIST]
            with pytest.raises(AuthenticationError) as info:
                client.call(LIST, {})
            assert proxy.received[LIST] - before == 2  # the challenge, one answer: no loop
            assert (info.value.operation, info.value.protocol) == (LIST, protocol)
    assert proxy.applied[LIST] == 0


def test_the_async_client_fails_fast_too(proxy: FaultProxy) -> None:
    async def scenario() -> None:
        async with pyvapix.AsyncClient(proxy.url, "root", "wrong", protocol="json") as client:
            await asyncio.gather(*(client.call(LIST, {}) for _ in range(5)))

    with pytest.raises(AuthenticationError):
        asyncio.run(scenario())
    assert proxy.received[LIST] <= 10


def test_a_stale_nonce_is_renegotiated_once(proxy: FaultProxy, clock: Clock) -> None:
    with pyvapix.Client(proxy.url, "root", PASSWORD, protocol="json") as client:
        token = first_door(client)
        client.call(STATE, {"Token": token})
        assert proxy.received[STATE] == 1  # the cached challenge: no 401 round trip
        clock.now += 3600  # every nonce issued so far is stale
        client.call(STATE, {"Token": token})
        assert proxy.received[STATE] == 3  # the stale answer, then the renegotiated one
        client.call(STATE, {"Token": token})
        assert proxy.received[STATE] == 4
    stale = [s for s in proxy.seen if s.operation == STATE]
    assert all("authorization" in s.headers for s in stale)


def test_basic_over_plain_http_is_refused_before_the_password_leaves() -> None:
    with running(authenticator=basic_only()) as url, FaultProxy(url) as proxy:
        with (
            pyvapix.Client(proxy.url, "root", PASSWORD, protocol="json") as client,
            pytest.raises(AuthenticationError, match="Basic authentication over plain HTTP"),
        ):
            client.call(LIST, {})
        assert proxy.received[LIST] == 1  # only the unauthenticated first request
        assert not any("authorization" in seen.headers for seen in proxy.seen)
        with pyvapix.Client(
            proxy.url, "root", PASSWORD, protocol="soap", allow_basic_over_http=True
        ) as allowed:
            assert allowed.call(LIST, {}).door_info
        assert proxy.seen[-1].headers["authorization"] == f"Basic {BASIC_TOKEN}"


def _everything_said(
    caplog: pytest.LogCaptureFixture, errors: list[BaseException], *objects: object
) -> str:
    said = [record.getMessage() for record in caplog.records]
    said += [f"{e!s} {e!r} {e.args!r}" for e in errors]
    said += [repr(o) for o in objects]
    return "\n".join(said)


def test_credentials_are_in_no_message_log_or_repr(
    basic_device: str, digest_device: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore log every request at DEBUG
    errors: list[BaseException] = []
    clients = [
        pyvapix.Client(digest_device, "root", PASSWORD, protocol="json"),
        pyvapix.Client(
            basic_device, "root", PASSWORD, protocol="soap", allow_basic_over_http=True
        ),
        pyvapix.Client(
            basic_device.replace("://", f"://root:{PASSWORD}@"),
            protocol="json",
            allow_basic_over_http=True,
        ),
    ]
    for client in clients:
        with client:
            client.call(LIST, {})
            for op, args, timeout in (
                ("tdc:GetDoorState", {"Token": "no-such-door"}, None),  # a fault
                (LIST, {}, 0.000001),  # a timeout
            ):
                try:
                    client.call(op, args, timeout=timeout)
                except pyvapix.VapixError as error:
                    errors.append(error)
    with pyvapix.Client("http://127.0.0.1:9", "root", PASSWORD, retries=0) as unreachable:
        with pytest.raises(TransportError) as info:
            unreachable.call(LIST, {})
        errors.append(info.value)
    with pyvapix.Client(basic_device, "root", PASSWORD) as refused:
        with pytest.raises(AuthenticationError) as denied:
            refused.call(LIST, {})
        errors.append(denied.value)
    assert len(errors) == 8
    said = _everything_said(caplog, errors, *clients, *(vars(c) for c in clients))
    assert "HTTP Request: POST" in said  # the logs were captured
    assert PASSWORD not in said and BASIC_TOKEN not in said


def test_cassettes_hold_no_credentials(basic_device: str, tmp_path: Path) -> None:
    """With the recording configuration the project documents (the Authorization header
    filtered, pyvapix.cgi.redact_request): Basic and Digest alike."""
    vcr = pytest.importorskip("vcr", reason="vcrpy (pytest-recording) is not installed")
    from pyvapix.cgi import redact_request

    recorder = vcr.VCR(
        record_mode="all",
        filter_headers=["authorization"],
        before_record_request=redact_request,
    )
    cassette = tmp_path / "pacs.yaml"
    with (
        recorder.use_cassette(str(cassette)),
        pyvapix.Client(
            basic_device, "root", PASSWORD, protocol="json", allow_basic_over_http=True
        ) as client,
    ):
        client.call(LIST, {})
    text = cassette.read_text()
    assert "/vapix/doorcontrol" in text and "DoorInfo" in text  # it was recorded
    assert PASSWORD not in text and BASIC_TOKEN not in text


def test_secret_members_are_masked_in_reprs() -> None:
    from pyvapix.generated.models import axrio, axtid

    device = axrio.Device(name="io", username="u", password=PASSWORD, macaddress="", ipaddress="")
    pin = axtid.NameValue(name="PIN", value="97531")
    assert PASSWORD not in repr(device) and "97531" not in repr(pin)


def test_a_secret_of_the_wrong_type_is_not_shown_in_the_error() -> None:
    from pyvapix.generated.models import axrio

    device = axrio.Device(
        name="io",
        username="u",
        password=424242,  # type: ignore[arg-type]
        macaddress="",
        ipaddress="",
    )
    with pytest.raises(pyvapix.EncodeError) as info:
        pyvapix.encode("axrio:SetDevice", axrio.SetDevice(device=[device]), protocol="json")
    assert "Password" in str(info.value) and "424242" not in str(info.value)


ODD_CHALLENGES = {
    "unknown algorithm": ('Digest realm="A", nonce="n", algorithm=SHA-1024', "SHA-1024"),
    "auth-int only": ('Digest realm="A", nonce="n", qop="auth-int"', "auth-int"),
    "field without =": ('Digest realm="A", nonce="n", qop="auth", broken', "without a value"),
    "non-ASCII nonce": ('Digest realm="A", nonce="nö", qop="auth"', "not ASCII"),
    "no realm, no nonce": ("Digest", "lacks realm and nonce"),
}


@pytest.mark.parametrize("name", sorted(ODD_CHALLENGES))
@pytest.mark.parametrize("how", ["call", "cgi", "async"])
def test_an_odd_digest_challenge_is_an_authentication_error(name: str, how: str) -> None:
    """Whatever the challenge, only a VapixError escapes, and it names the problem (httpx's
    parser would raise KeyError, NotImplementedError, ValueError or UnicodeEncodeError)."""
    challenge, problem = ODD_CHALLENGES[name]

    def handler(request: httpx.Request) -> httpx.Response:
        if "authorization" in request.headers:
            return httpx.Response(200, json={})
        return httpx.Response(401, headers=[(b"www-authenticate", challenge.encode())])

    async def in_asyncio() -> None:
        transport = httpx.MockTransport(handler)
        async with pyvapix.AsyncClient("http://d", "root", "pw", transport=transport) as c:
            await c.call("tdc:GetDoorInfoList", {})

    with pytest.raises(AuthenticationError, match=problem) as info:
        if how == "async":
            asyncio.run(in_asyncio())
        else:
            transport = httpx.MockTransport(handler)
            with pyvapix.Client("http://d", "root", "pw", transport=transport) as client:
                if how == "cgi":
                    client.cgi.api_list()
                else:
                    client.call("tdc:GetDoorInfoList", {})
    assert info.value.url is not None and info.value.url.startswith("http://d/")


def test_digest_is_answered_when_basic_is_offered_first() -> None:
    challenges = [
        (b"www-authenticate", b'Basic realm="AXIS"'),
        (b"www-authenticate", b'Digest realm="AXIS", nonce="abc", qop="auth"'),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization", "").startswith("Digest "):
            return httpx.Response(200, json={"DoorInfo": []})
        return httpx.Response(401, headers=challenges)

    with pyvapix.Client("http://d", "root", "pw", transport=httpx.MockTransport(handler)) as c:
        assert c.tdc.get_door_info_list().door_info == []
