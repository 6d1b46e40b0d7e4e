"""The cassettes hold no secret, and the matcher never swaps answers between calls."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from . import recording
from .test_device import CARD, PIN
from .test_device_cgi import ACCOUNT_PASSWORD, NEW_PASSWORD

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))
FORBIDDEN = [
    re.compile(r"^\s*-?\s*authorization:", re.I | re.M),
    re.compile(r"Digest username=", re.I),
    re.compile(r"Basic [A-Za-z0-9+/=]{8,}"),
    re.compile(re.escape(CARD)),
    re.compile(rf"\b{PIN}\b"),
    re.compile(PIN.encode().hex(), re.I),  # tcr carries identifiers as hexadecimal bytes
    re.compile(CARD.encode().hex(), re.I),
    re.compile(r"0badcafe"),
    re.compile(re.escape(ACCOUNT_PASSWORD)),  # pwdgrp.cgi passwords
    re.compile(re.escape(NEW_PASSWORD)),
    re.compile(r"[?&\s]pwd=(?!\*\*\*)"),  # any unmasked password argument
]


def test_there_are_cassettes_for_both_protocols() -> None:
    names = [p.name for p in CASSETTES]
    assert any("cassette-json" in n for n in names) and any("cassette-soap" in n for n in names)


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.stem)
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in FORBIDDEN:
        assert not pattern.search(text), f"{pattern.pattern} found in {path.name}"


def test_scrubbing_masks_json_and_soap_secrets() -> None:
    plain = recording.scrub_body(
        b'{"axrio:SetDevice": {"Device": [{"Username": "u", "Password": "hunter2"}]},'
        b' "IdData": [{"Name": "PIN", "Value": "1234"}, {"Name": "Door", "Value": "d1"}],'
        b' "EncryptionKey": [{"token": "k", "Key": "00ff"}],'
        b' "KeyValues": [{"Key": "Card", "Value": "c0ffee"}, {"Key": "topic0", "Value": "Door"}]}'
    )
    for secret in (b"hunter2", b"1234", b"00ff", b"c0ffee"):
        assert secret not in plain
    assert b'"d1"' in plain and b'"topic0"' in plain and b'"Door"' in plain
    soap = recording.scrub_body(
        b'<Body xmlns="urn:x"><IdData Name="Card" Value="c0ffee"/><Password>pw</Password>'
        b"<EncryptionKey><Key>00ff</Key></EncryptionKey><KeyValues><Key>topic0</Key>"
        b"<Value>Door</Value></KeyValues></Body>"
    )
    for secret in (b"c0ffee", b">pw<", b"00ff"):
        assert secret not in soap
    assert b"topic0" in soap and b">Door<" in soap


def test_scrubbing_masks_tcr_identifier_values() -> None:
    soap = recording.scrub_body(
        b'<Body xmlns="urn:tcr"><CredentialIdentifier><Type><Name>pt:PIN</Name></Type>'
        b"<Value>34373131</Value></CredentialIdentifier><Identifier><Value>0a0b</Value>"
        b"</Identifier><CredentialAccessProfile><Value>kept</Value></CredentialAccessProfile>"
        b"</Body>"
    )
    assert b"34373131" not in soap and b"0a0b" not in soap
    assert b"pt:PIN" in soap and b">kept<" in soap


def request(body: bytes, path: str = "/vapix/services", method: str = "POST") -> object:
    return SimpleNamespace(method=method, path=path, body=body)


def envelope(operation: str, token: str = "d1") -> bytes:
    return (
        f'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Header/><e:Body>'
        f'<t:{operation} xmlns:t="urn:t"><t:Token>{token}</t:Token></t:{operation}>'
        f"</e:Body></e:Envelope>"
    ).encode()


def test_matcher_tells_soap_operations_apart() -> None:
    recording.same_call(request(envelope("LockDoor")), request(envelope("LockDoor")))
    for other in (
        request(envelope("UnlockDoor")),
        request(envelope("LockDoor", "d2")),
        request(envelope("LockDoor"), path="/vapix/doorcontrol"),
        request(envelope("LockDoor"), method="GET"),
    ):
        with pytest.raises(AssertionError):
            recording.same_call(request(envelope("LockDoor")), other)


def test_matcher_ignores_secrets_and_key_order() -> None:
    live = (
        b'{"pacsaxis:SetCredential": {"Credential": [{"IdData": '
        b'[{"Name": "Card", "Value": "1"}]}]}}'
    )
    recorded = recording.scrub_body(live)
    recording.same_call(request(live, "/vapix/pacs"), request(recorded, "/vapix/pacs"))
    assert recording.operation_of(live) == "pacsaxis:SetCredential"
    assert recording.operation_of(envelope("AccessDoor")) == "AccessDoor"
