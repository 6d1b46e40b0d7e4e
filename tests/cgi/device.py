"""A fake device for CGI tests: checks Digest authentication as a device does (the
signature covers the exact request target) and answers by path."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

USER, PASSWORD, REALM, NONCE = "root", "pass", "AXIS_ACCC8E000001", "0a4f113b"
Answer = Callable[[httpx.Request], httpx.Response]


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def digest_fields(header: str) -> dict[str, str]:
    return {k: v1 or v2 for k, v1, v2 in re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', header)}


@dataclass
class FakeDevice:
    answers: dict[str, Answer] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    signed_uris: list[str] = field(default_factory=list)

    def on(self, path: str, answer: Answer | httpx.Response) -> None:
        self.answers[path] = answer if callable(answer) else (lambda _r, a=answer: a)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization", "")
        if not header.startswith("Digest "):
            challenge = f'Digest realm="{REALM}", nonce="{NONCE}", algorithm=MD5, qop="auth"'
            return httpx.Response(401, headers={"WWW-Authenticate": challenge})
        f = digest_fields(header)
        target = request.url.raw_path.decode("ascii")
        ha1 = _md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = _md5(f"{request.method}:{target}")
        expected = _md5(f"{ha1}:{f['nonce']}:{f['nc']}:{f['cnonce']}:{f['qop']}:{ha2}")
        if f.get("uri") != target or f.get("response") != expected:
            return httpx.Response(401, text="signature does not cover this request")
        self.signed_uris.append(f["uri"])
        self.requests.append(request)
        answer = self.answers.get(request.url.path)
        return answer(request) if answer else httpx.Response(404, text="Not Found")
