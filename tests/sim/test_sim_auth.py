"""HTTP authentication: Digest SHA-256 and MD5, Basic, stale nonces, wrong passwords, viewers."""

from __future__ import annotations

import base64
import hashlib
import re

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyvapix
from pyvapix import AuthenticationError, FaultError
from pyvapix.sim import Account, Authenticator, Simulator, transport

from ..conftest import TIMING_CHECKS, examples
from .conftest import BASE

BODY = b'{"axudb:GetUserList": {}}'


def _challenge(simulator: Simulator) -> list[str]:
    status, headers, _ = simulator.handle("POST", "/vapix/pacs", {}, BODY)
    assert status == 401
    return [value for key, value in headers if key == "WWW-Authenticate"]


def _digest_header(
    challenge: str, algorithm: str, password: str = "pass", uri: str = "/vapix/pacs"
) -> str:
    fields = dict(re.findall(r'(\w+)="?([^",]+)"?', challenge.partition(" ")[2]))
    name = {"MD5": "md5", "SHA-256": "sha256"}[algorithm]

    def h(*parts: str) -> str:
        return hashlib.new(name, ":".join(parts).encode()).hexdigest()

    response = h(
        h("root", fields["realm"], password),
        fields["nonce"],
        "00000001",
        "c0ffee",
        "auth",
        h("POST", uri),
    )
    return (
        f'Digest username="root", realm="{fields["realm"]}", nonce="{fields["nonce"]}", '
        f'uri="{uri}", algorithm={algorithm}, qop=auth, nc=00000001, cnonce="c0ffee", '
        f'response="{response}"'
    )


def test_the_challenge_offers_digest_sha256_md5_and_basic(simulator: Simulator) -> None:
    offered = _challenge(simulator)
    assert [c.split()[0] for c in offered] == ["Digest", "Digest", "Basic"]
    assert "algorithm=SHA-256" in offered[0] and "algorithm=MD5" in offered[1]
    assert 'realm="AXIS_ACCC8E00A001"' in offered[2] and 'qop="auth"' in offered[0]


@pytest.mark.parametrize("algorithm", ["SHA-256", "MD5"])
def test_digest_responses_are_verified(simulator: Simulator, algorithm: str) -> None:
    challenge = next(c for c in _challenge(simulator) if f"algorithm={algorithm}" in c)
    good = _digest_header(challenge, algorithm)
    assert simulator.handle("POST", "/vapix/pacs", {"Authorization": good}, BODY)[0] == 200
    for bad in (
        _digest_header(challenge, algorithm, password="wrong"),
        _digest_header(challenge, algorithm, uri="/vapix/other"),
        good.replace("qop=auth", "qop=auth-int"),
        good.replace('nonce="', 'nonce="x'),
    ):
        assert simulator.handle("POST", "/vapix/pacs", {"Authorization": bad}, BODY)[0] == 401


def test_expired_nonces_are_stale() -> None:
    now = [1000.0]
    auth = Authenticator(
        [Account("root", "pass")], realm="r", nonce_lifetime=60, clock=lambda: now[0]
    )
    simulator = Simulator(authenticator=auth)
    header = _digest_header(_challenge(simulator)[0], "SHA-256")
    assert auth.check("POST", "/vapix/pacs", header) == (Account("root", "pass"), False)
    now[0] += 61
    assert auth.check("POST", "/vapix/pacs", header) == (None, True)
    status, headers, _ = simulator.handle("POST", "/vapix/pacs", {"Authorization": header}, BODY)
    assert status == 401 and all("stale=true" in v for k, v in headers if "Digest" in v)
    wrong = _digest_header(_challenge(simulator)[0], "SHA-256", password="nope")
    now[0] += 61
    assert auth.check("POST", "/vapix/pacs", wrong) == (None, False)  # not stale: just wrong


def test_httpx_renews_a_stale_nonce_by_itself() -> None:
    now = [0.0]
    auth = Authenticator(
        [Account("root", "pass")], realm="r", nonce_lifetime=60, clock=lambda: now[0]
    )
    with pyvapix.Client(
        BASE, "root", "pass", protocol="json", transport=transport(authenticator=auth)
    ) as client:
        client.call("axudb:GetUserList", {})
        now[0] += 3600
        client.call("axudb:GetUserList", {})


def test_basic(simulator: Simulator) -> None:
    with httpx.Client(base_url=BASE, transport=transport(), auth=("root", "pass")) as http:
        assert http.post("/vapix/pacs", content=BODY).status_code == 200
        assert http.post("/vapix/pacs", content=BODY, auth=("root", "nope")).status_code == 401
    garbage = "Basic " + base64.b64encode(b"no colon").decode()
    for header in (garbage, "Basic !!!", "Bearer abc", ""):
        assert simulator.handle("POST", "/vapix/pacs", {"Authorization": header}, BODY)[0] == 401


@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_a_wrong_password_is_refused(protocol: str) -> None:
    with (
        pyvapix.Client(
            BASE,
            "root",
            "wrong",
            protocol=protocol,  # type: ignore[arg-type]
            transport=transport(),
        ) as client,
        pytest.raises(AuthenticationError),
    ):
        client.call("axudb:GetUserList", {})


@pytest.mark.parametrize("protocol", ["json", "soap"])
def test_a_viewer_reads_but_may_not_write(protocol: str) -> None:
    with pyvapix.Client(
        BASE,
        "guest",
        "look",
        protocol=protocol,  # type: ignore[arg-type]
        transport=transport(viewer=("guest", "look")),
    ) as client:
        assert client.call("tdc:GetDoorInfoList", {}).door_info
        door = client.call("tdc:GetDoorInfoList", {}).door_info[0].token
        for operation, request in (
            ("tdc:UnlockDoor", {"Token": door}),
            ("axudb:SetUser", {"User": [{"token": "", "Name": "x"}]}),
        ):
            with pytest.raises(FaultError) as caught:
                client.call(operation, request)
            assert (caught.value.code, caught.value.subcodes, caught.value.status_code) == (
                "env:Sender",
                ("ter:NotAuthorized",),
                400,
            )


def _odd_headers(simulator: Simulator) -> list[str]:
    """Authorization headers with characters hmac.compare_digest refuses in a str, in each
    field that is compared, and in a Basic token (ASGI gives headers as latin-1 text)."""
    good = _digest_header(_challenge(simulator)[0], "SHA-256")
    nonce = re.search(r'nonce="([^"]+)"', good)
    assert nonce is not None
    return [
        good.replace(nonce.group(1), nonce.group(1) + "é"),
        good.replace(nonce.group(1), "é" + nonce.group(1)),
        re.sub(r'response="[^"]+"', 'response="é"', good),
        good.replace('cnonce="c0ffee"', 'cnonce="\ud800"'),
        "Basic é",
        "Basic " + base64.b64encode("root:pässé".encode()).decode(),
        "Digest \udcff",
    ]


@pytest.mark.parametrize(
    "target", ["/vapix/pacs", "/axis-cgi/param.cgi", "/axis-cgi/basicdeviceinfo.cgi"]
)
def test_non_ascii_credentials_are_refused_not_a_crash(simulator: Simulator, target: str) -> None:
    for header in _odd_headers(simulator):
        status, headers, _ = simulator.handle("POST", target, {"Authorization": header}, BODY)
        assert status == 401, header
        assert any(key == "WWW-Authenticate" for key, _ in headers)


@settings(
    max_examples=examples(200),
    suppress_health_check=[*TIMING_CHECKS, HealthCheck.function_scoped_fixture],
)
@given(
    header=st.one_of(
        st.text(max_size=60),
        st.builds("Digest {}".format, st.text(max_size=60)),
        st.builds(
            'Digest username="root", realm="{}", nonce="{}", uri="/vapix/pacs", qop=auth, '
            'nc={}, cnonce="{}", response="{}"'.format,
            *[st.text(max_size=12)] * 5,
        ),
    )
)
def test_any_authorization_header_gets_an_answer(simulator: Simulator, header: str) -> None:
    """Whatever the header holds, the answer is an HTTP answer (never an exception), and
    nothing authenticates without the password."""
    for target in ("/vapix/pacs", "/axis-cgi/param.cgi"):
        status, _, _ = simulator.handle("POST", target, {"Authorization": header}, BODY)
        assert status == 401
