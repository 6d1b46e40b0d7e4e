"""The device's user accounts: what pwdgrp.cgi manages and what HTTP authentication checks.

One directory serves both, so an account created over pwdgrp.cgi logs in at once (Digest or
Basic), with its roles enforced on the CGIs and on PACS writes. The directory is
configuration: it is saved with the state file, passwords included in clear (the file is a
test fixture, like the credentials a test passes to the simulator).

Rules, as the device applies them: account names are 1 to 14 letters and digits; the
administrator ``root`` (primary group ``root``) always keeps every role and cannot be
removed; other accounts are in the group ``users``. Roles imply the ones below them (admin
implies operator and viewer, operator implies viewer), which is how the device's valid
role strings (``admin:operator:viewer[:ptz]`` ...) are built.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .auth import ALL_ROLES, Account

ROOT = "root"
USER_NAME = re.compile(r"[A-Za-z0-9]{1,14}")
ROLE_ORDER = ("admin", "operator", "viewer", "ptz")  # as pwdgrp.cgi writes them
IMPLIED = {"admin": ("operator", "viewer"), "operator": ("viewer",)}


class AccountError(ValueError):
    """A pwdgrp.cgi request the directory refuses; ``kind`` picks the device's error text:
    ``user`` (the account name) or ``refused`` (anything else: see the system log)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind


def normalise_roles(roles: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Roles in the device's order with their implied roles added; at least viewer."""
    held = {role.strip().lower() for role in roles if role.strip()}
    unknown = held - set(ALL_ROLES)
    if unknown:
        raise AccountError("refused", f"unknown role(s): {', '.join(sorted(unknown))}")
    for role in list(held):
        held.update(IMPLIED.get(role, ()))
    if "viewer" not in held:
        raise AccountError("refused", "an account needs viewer, operator or admin")
    return tuple(role for role in ROLE_ORDER if role in held)


@dataclass(slots=True)
class UserRecord:
    """One account as the directory stores it."""

    name: str
    password: str
    group: str = "users"
    roles: tuple[str, ...] = ("viewer",)
    comment: str = ""

    def account(self) -> Account:
        return Account(
            self.name,
            self.password,
            admin="admin" in self.roles,
            roles=self.roles,
            group=self.group,
        )

    def to_document(self) -> dict[str, Any]:
        return {
            "user": self.name,
            "password": self.password,
            "group": self.group,
            "roles": list(self.roles),
            "comment": self.comment,
        }


@dataclass
class UserDirectory(Mapping[str, Account]):
    """The accounts by name; as a mapping it is the live account source of the
    :class:`~pyvapix.sim.auth.Authenticator`."""

    records: dict[str, UserRecord] = field(default_factory=dict)

    # Mapping: what authentication reads (a dict lookup: safe without the state lock).
    def __getitem__(self, name: str) -> Account:
        return self.records[name].account()

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.records))

    def __len__(self) -> int:
        return len(self.records)

    def has_admin(self) -> bool:
        """False only on a factory-fresh device, before the initial admin account exists."""
        return any("admin" in record.roles for record in self.records.values())

    def seed(self, name: str, password: str, *, admin: bool) -> None:
        """An account the simulator was started with, unless the state already has it (a
        password changed over pwdgrp.cgi survives a restart with the same options)."""
        if name in self.records:
            return
        roles = ALL_ROLES if admin else ("viewer",)
        group = ROOT if name == ROOT else "users"
        self.records[name] = UserRecord(name, password, group, normalise_roles(roles))

    def add(
        self,
        name: str,
        password: str,
        *,
        group: str,
        roles: list[str],
        comment: str = "",
    ) -> None:
        _check_name(name)
        if name in self.records:
            raise AccountError("refused", f"account {name} already exists")
        if not password:
            raise AccountError("refused", "a password is required")
        if group not in ("users", ROOT):
            raise AccountError("refused", f"unknown group {group!r}")
        if (group == ROOT) != (name == ROOT):
            raise AccountError("refused", "only the account root is in the group root")
        held = normalise_roles(roles)
        if name == ROOT and "admin" not in held:
            raise AccountError("refused", "root is an administrator")
        self.records[name] = UserRecord(name, password, group, held, comment)

    def update(
        self,
        name: str,
        *,
        password: str | None = None,
        roles: list[str] | None = None,
        comment: str | None = None,
    ) -> None:
        record = self._existing(name)
        if password is not None and not password:
            raise AccountError("refused", "a password cannot be empty")
        held = normalise_roles(roles) if roles is not None else record.roles
        if name == ROOT and held != tuple(ROLE_ORDER):
            raise AccountError("refused", "the roles of root cannot change")
        if password is not None:
            record.password = password
        record.roles = held
        if comment is not None:
            record.comment = comment

    def remove(self, name: str) -> None:
        self._existing(name)
        if name == ROOT:
            raise AccountError("refused", "root cannot be removed")
        del self.records[name]

    def members(self) -> dict[str, list[str]]:
        """Group name -> account names, as pwdgrp.cgi?action=get lists them."""
        groups: dict[str, list[str]] = {"root": [], "users": []}
        for role in ROLE_ORDER:
            groups[role] = []
        for record in self.records.values():
            groups.setdefault(record.group, []).append(record.name)
            for role in record.roles:
                groups[role].append(record.name)
        return groups

    def to_document(self) -> list[dict[str, Any]]:
        return [record.to_document() for record in self.records.values()]

    @classmethod
    def from_document(cls, document: list[Mapping[str, Any]]) -> UserDirectory:
        directory = cls()
        for item in document:
            name = str(item["user"])
            directory.records[name] = UserRecord(
                name,
                str(item["password"]),
                str(item.get("group", "users")),
                normalise_roles([str(role) for role in item.get("roles", ["viewer"])]),
                str(item.get("comment", "")),
            )
        return directory

    def _existing(self, name: str) -> UserRecord:
        _check_name(name)
        record = self.records.get(name)
        if record is None:
            raise AccountError("user", f"no account {name}")
        return record


def _check_name(name: str) -> None:
    if not USER_NAME.fullmatch(name):
        raise AccountError("user", f"invalid account name {name!r}")
