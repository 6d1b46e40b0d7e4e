"""TLS: verification on by default; a CA bundle, an SSLContext or a SHA-256 pin for a
controller with a self-signed certificate; a refused certificate is a CertificateError that
is never retried and sends nothing. Against the simulator over HTTPS, with a certificate
made for the test by the openssl command line."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import pyvapix
from pyvapix import AuthenticationError, CertificateError
from pyvapix._http.tls import fingerprint
from pyvapix.sim import Account, Authenticator, running

LIST = "tdc:GetDoorInfoList"


def _certificate(directory: Path, name: str) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command line is not installed")
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _certificate(tmp_path_factory.mktemp("tls"), "device")


@pytest.fixture(scope="module")
def pin(certificate: tuple[Path, Path]) -> str:
    der = ssl.PEM_cert_to_DER_cert(certificate[0].read_text())
    return fingerprint(der)


@pytest.fixture(scope="module")
def https_device(certificate: tuple[Path, Path]) -> Iterator[str]:
    basic_only = Authenticator([Account("root", "pass")], realm="AXIS_TLS", schemes=("basic",))
    with running(
        ssl_certfile=str(certificate[0]), ssl_keyfile=str(certificate[1]), authenticator=basic_only
    ) as url:
        assert url.startswith("https://")
        yield url


@pytest.mark.parametrize("op", [LIST, "cgi:param_list", "cgi:system_log"])
def test_verification_is_on_by_default(https_device: str, op: str, tmp_path: Path) -> None:
    """PACS, CGI and download calls alike: refused once, never retried, host named."""
    with (
        pyvapix.Client(https_device, "root", "pass", retries=3) as client,
        pytest.raises(CertificateError, match="certificate") as info,
    ):
        if op == "cgi:system_log":
            client.cgi.download(op, tmp_path / "log.txt")
        else:
            client.call(op, {})
    assert not info.value.request_sent and info.value.attempts == 1  # refused, not retried
    port = https_device.rsplit(":", 1)[1]
    assert f"127.0.0.1:{port}" in str(info.value) and info.value.url is not None
    assert not list(tmp_path.iterdir())  # no half file left behind


@pytest.mark.parametrize("how", ["bundle", "context", "pin", "pin without colons"])
def test_a_self_signed_device_is_trusted_as_configured(
    https_device: str, certificate: tuple[Path, Path], pin: str, how: str
) -> None:
    """Basic authentication over HTTPS needs no allow_basic_over_http."""
    options: dict[str, object] = {
        "bundle": {"verify": str(certificate[0])},
        "context": {"verify": ssl.create_default_context(cafile=str(certificate[0]))},
        "pin": {"pin_sha256": pin},
        "pin without colons": {"pin_sha256": pin.replace(":", "").lower()},
    }[how]
    with pyvapix.Client(https_device, "root", "pass", protocol="soap", **options) as client:  # type: ignore[arg-type]
        assert client.call(LIST, {}).door_info


def test_the_async_client_checks_the_pin(https_device: str, pin: str) -> None:
    async def call(pinned: str) -> object:
        async with pyvapix.AsyncClient(
            https_device, "root", "pass", protocol="json", pin_sha256=pinned
        ) as client:
            return await client.call(LIST, {})

    assert asyncio.run(call(pin))
    with pytest.raises(CertificateError, match="not pinned"):
        asyncio.run(call("00" * 32))


def test_another_certificate_does_not_match_the_pin(
    https_device: str, tmp_path: Path, pin: str
) -> None:
    other, _ = _certificate(tmp_path, "other")
    other_pin = hashlib.sha256(ssl.PEM_cert_to_DER_cert(other.read_text())).hexdigest()
    with (
        pyvapix.Client(https_device, "root", "pass", pin_sha256=other_pin) as client,
        pytest.raises(CertificateError, match=f"fingerprint {pin} is not pinned") as info,
    ):
        client.call(LIST, {})
    assert not info.value.request_sent and info.value.attempts == 1
    with pyvapix.Client(https_device, "root", "pass", pin_sha256=[other_pin, pin]) as rotated:
        assert rotated.call(LIST, {}).door_info  # several pins: a certificate rotation


def test_a_bundle_that_does_not_sign_the_device_is_refused(
    https_device: str, tmp_path: Path
) -> None:
    other, _ = _certificate(tmp_path, "other")
    with (
        pyvapix.Client(https_device, "root", "pass", verify=str(other)) as client,
        pytest.raises(CertificateError),
    ):
        client.call(LIST, {})


def test_basic_only_device_over_http_needs_explicit_consent() -> None:
    basic_only = Authenticator([Account("root", "pass")], realm="AXIS_TLS", schemes=("basic",))
    with running(authenticator=basic_only) as url:
        with pyvapix.Client(url, "root", "pass") as refused, pytest.raises(AuthenticationError):
            refused.call(LIST, {})
        with pyvapix.Client(url, "root", "pass", allow_basic_over_http=True) as allowed:
            assert allowed.call(LIST, {}).door_info


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"pin_sha256": "abc"}, "64 hex digits"),
        ({"pin_sha256": []}, "at least one"),
        ({"pin_sha256": "00" * 32, "verify": False}, "replaces verify"),
    ],
)
def test_bad_tls_options_are_named(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        pyvapix.Client("https://device", **options)  # type: ignore[arg-type]
