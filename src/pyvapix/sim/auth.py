"""HTTP authentication like an Axis device: Digest (SHA-256 and MD5, qop=auth) and Basic.

Nonces are stateless: the issue time plus an HMAC of it under a per-process secret, so any
number of clients can authenticate without the server keeping a table, and an expired but
genuine nonce is recognised and answered with ``stale=true`` (the client then retries with
the new nonce without asking for the password again). Nonce counts are not tracked, so a
replayed request within the nonce lifetime is accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.request import parse_http_list, parse_keqv_list

HASHES = {"SHA-256": "sha256", "MD5": "md5"}  # Digest algorithm -> hashlib name
SCHEMES = ("digest", "basic")
NONCE_LIFETIME = 300.0  # seconds
# Access levels, lowest first: what an account may do is decided by comparing positions.
LEVELS = ("anonymous", "viewer", "operator", "admin")
ALL_ROLES = ("admin", "operator", "viewer", "ptz")


@dataclass(frozen=True, slots=True)
class Account:
    """A device account. Admins may call everything (PACS writes need admin); other accounts
    only reads, and the CGIs their level allows.

    ``roles`` are the pwdgrp.cgi secondary groups (admin, operator, viewer, ptz); left empty
    they follow ``admin``: every role for an admin, viewer only otherwise. ``group`` is the
    primary group (``root`` for the built-in administrator, ``users`` for the others)."""

    username: str
    password: str
    admin: bool = True
    roles: tuple[str, ...] = ()
    group: str = "users"

    @property
    def groups(self) -> tuple[str, ...]:
        """The secondary groups in effect."""
        if self.roles:
            return self.roles
        return ALL_ROLES if self.admin else ("viewer",)

    @property
    def level(self) -> str:
        """The highest of :data:`LEVELS` the account holds."""
        held = self.groups
        return next((level for level in reversed(LEVELS) if level in held), "anonymous")

    def may(self, level: str) -> bool:
        """Whether the account reaches ``level`` (one of :data:`LEVELS`)."""
        return LEVELS.index(self.level) >= LEVELS.index(level)


# Who calls without credentials where a CGI allows it (apidiscovery.cgi, basicdeviceinfo.cgi).
ANONYMOUS = Account("", "", admin=False, roles=("anonymous",), group="")


def _utf8(text: str) -> bytes:
    """Header text as bytes, whatever it holds: hmac.compare_digest refuses a str with
    non-ASCII characters, and a lone surrogate has no plain UTF-8 form."""
    return text.encode("utf-8", "surrogatepass")


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(_utf8(given), _utf8(expected))


def _hex(algorithm: str, *parts: str) -> str:
    return hashlib.new(algorithm, _utf8(":".join(parts))).hexdigest()


class Authenticator:
    """Checks Authorization headers against ``accounts``: a fixed list, or a live mapping of
    user name to account (the device's user directory, which pwdgrp.cgi changes)."""

    def __init__(
        self,
        accounts: Iterable[Account] | Mapping[str, Account],
        *,
        realm: str,
        nonce_lifetime: float = NONCE_LIFETIME,
        clock: Callable[[], float] = time.monotonic,
        schemes: Iterable[str] = SCHEMES,
    ) -> None:
        """``schemes`` are the ones offered and accepted, e.g. ``("basic",)`` for a device
        configured for Basic only."""
        self.schemes = tuple(scheme.lower() for scheme in schemes)
        if not self.schemes or any(scheme not in SCHEMES for scheme in self.schemes):
            raise ValueError(f"schemes must be some of {', '.join(SCHEMES)}")
        self.accounts: Mapping[str, Account] = (
            accounts
            if isinstance(accounts, Mapping)
            else {account.username: account for account in accounts}
        )
        self.realm = realm
        self.nonce_lifetime = nonce_lifetime
        self._clock = clock
        self._secret = secrets.token_bytes(32)

    def challenge(self, stale: bool = False) -> list[tuple[str, str]]:
        """The WWW-Authenticate headers of a 401: Digest SHA-256 (what httpx picks, being
        first), Digest MD5, then Basic (those of them that are enabled)."""
        headers = []
        if "digest" in self.schemes:
            nonce = self._nonce()
            extra = ", stale=true" if stale else ""
            headers = [
                (
                    "WWW-Authenticate",
                    f'Digest realm="{self.realm}", nonce="{nonce}", '
                    f'algorithm={algorithm}, qop="auth"{extra}',
                )
                for algorithm in HASHES
            ]
        if "basic" in self.schemes:
            headers.append(("WWW-Authenticate", f'Basic realm="{self.realm}"'))
        return headers

    def check(
        self, method: str, target: str, authorization: str | None
    ) -> tuple[Account | None, bool]:
        """(the authenticated account or None, whether the Digest nonce was merely stale)."""
        scheme, _, rest = (authorization or "").strip().partition(" ")
        if scheme.lower() not in self.schemes:
            return None, False
        if scheme.lower() == "basic":
            return self._basic(rest.strip()), False
        return self._digest(method, target, rest)

    def _basic(self, token: str) -> Account | None:
        try:  # ValueError: a token with non-ASCII characters (binascii.Error is one too)
            decoded = base64.b64decode(token, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return None
        username, colon, password = decoded.partition(":")
        account = self.accounts.get(username)
        if not colon or account is None:
            return None
        if not _same(password, account.password):
            return None
        return account

    def _digest(self, method: str, target: str, header: str) -> tuple[Account | None, bool]:
        try:
            fields = parse_keqv_list(parse_http_list(header))
        except (ValueError, IndexError):  # a field without "=", or with nothing after it
            return None, False
        account = self.accounts.get(fields.get("username", ""))
        algorithm = HASHES.get(fields.get("algorithm", "MD5").upper())
        nonce = fields.get("nonce", "")
        issued = self._issued(nonce)
        if (
            account is None
            or algorithm is None
            or issued is None
            or fields.get("qop") != "auth"
            or fields.get("realm") != self.realm
            or fields.get("uri") != target
        ):
            return None, False
        expected = _hex(
            algorithm,
            _hex(algorithm, account.username, self.realm, account.password),
            nonce,
            fields.get("nc", ""),
            fields.get("cnonce", ""),
            "auth",
            _hex(algorithm, method, target),
        )
        if not _same(fields.get("response", ""), expected):
            return None, False
        if self._clock() - issued > self.nonce_lifetime:
            return None, True
        return account, False

    def _sign(self, stamp: str) -> str:
        return hmac.new(self._secret, _utf8(stamp), hashlib.sha256).hexdigest()[:32]

    def _nonce(self) -> str:
        stamp = f"{self._clock():.6f}"
        return f"{stamp}-{self._sign(stamp)}"

    def _issued(self, nonce: str) -> float | None:
        """When a nonce was issued, if this server issued it."""
        stamp, _, signature = nonce.partition("-")
        if not _same(signature, self._sign(stamp)):
            return None
        try:
            return float(stamp)
        except ValueError:
            return None
