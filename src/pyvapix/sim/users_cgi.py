"""pwdgrp.cgi (user accounts) and usergroup.cgi (who is calling).

pwdgrp.cgi needs an admin; a lower account is challenged again (HTTP 401), as on the device.
Until an admin account exists (a factory-fresh simulator, started without a password) it
serves anyone, but only to create the initial ``root`` admin; everything else is refused
with the documented 401 texts. Answers are the device's one-line texts, HTML-typed; the
``get`` listing is ``group="member,..."`` lines with CRLF, as newer firmware writes it.
Passwords never reach the system log.
"""

from __future__ import annotations

from .accounts import ROOT, AccountError
from .cgi_http import HTML, Answer, CgiCall, Unauthenticated, text

EXTRA_GROUPS = ("anonymous", "api-discovery", "basic-device-info")  # empty on this device
GROUP_ORDER = ("admin", "operator", "viewer", "ptz", "root", "users")
SYSLOG_ERROR = "Error: consult the system log file."


def _html(message: str, status: int = 200) -> Answer:
    return text(f"{message}\n", status=status, content_type=HTML)


def pwdgrp(call: CgiCall) -> Answer:
    users = call.state.users
    if not users.has_admin():
        return _initial_admin(call)
    if not call.account.may("admin"):
        raise Unauthenticated
    action = call.arg("action")
    if not action:
        return _html("Error: action operation type.")
    if action == "get":
        return _listing(call)
    if action not in ("add", "update", "remove"):
        return _html(f"Error: malformed action operation, {action}.")
    user = call.arg("user") or ""
    try:
        if action == "add":
            _add(call, user)
            done = f"Created account {user}."
        elif action == "update":
            _update(call, user)
            done = f"Modified account {user}."
        else:
            users.remove(user)
            done = f"Removed account {user}."
    except AccountError as error:
        call.log("pwdgrp.cgi", f"{action} {user!r} refused: {error}", "WARNING")
        return _html("Error: account user name." if error.kind == "user" else SYSLOG_ERROR)
    call.state.settings_changed()
    call.log("pwdgrp.cgi", done)
    return _html(done)


def _roles(call: CgiCall) -> list[str] | None:
    value = call.arg("sgrp")
    return None if value is None else [role for role in value.split(":") if role]


def _password(call: CgiCall, required: bool) -> str | None:
    password = call.arg("pwd")
    if password is None and required:
        raise AccountError("refused", "no password given")
    strict = call.arg("strict_pwd") == "1"
    if (
        password is not None
        and strict
        and (len(password) > 64 or any(not 0x20 <= ord(c) <= 0x7E for c in password))
    ):
        raise AccountError("refused", "the password breaks the strict password rules")
    return password


def _add(call: CgiCall, user: str) -> None:
    password = _password(call, required=True)
    roles = _roles(call)
    if roles is None:
        raise AccountError("refused", "no roles given")
    call.state.users.add(
        user,
        password or "",
        group=call.arg("grp") or "users",
        roles=roles,
        comment=call.arg("comment") or "",
    )


def _update(call: CgiCall, user: str) -> None:
    call.state.users.update(
        user,
        password=_password(call, required=False),
        roles=_roles(call),
        comment=call.arg("comment"),
    )


def _listing(call: CgiCall) -> Answer:
    members = call.state.users.members()
    lines = [f'{group}="{",".join(members.get(group, []))}"' for group in GROUP_ORDER]
    lines += [f'{group}=""' for group in EXTRA_GROUPS]
    lines.append(f'digusers="{",".join(call.state.users)}"')
    return text("".join(f"{line}\r\n" for line in lines))


def _initial_admin(call: CgiCall) -> Answer:
    """A device without an admin: only ``add`` of root with the admin role is served."""
    if call.arg("action") != "add":
        return _html("Error: initial admin user must be created first.", 401)
    roles = _roles(call) or []
    if call.arg("user") != ROOT or call.arg("grp") != ROOT or "admin" not in roles:
        return _html("Error: not a valid initial admin user.", 401)
    try:
        _add(call, ROOT)
    except AccountError:
        return _html("Error: not a valid initial admin user.", 401)
    call.state.settings_changed()
    call.log("pwdgrp.cgi", "Created initial admin account root.")
    return _html("Created account root.")


def usergroup(call: CgiCall) -> Answer:
    """The caller's name, then its primary group and roles."""
    call.require("viewer")
    account = call.account
    roles = sorted(role for role in account.groups if role != account.group)
    return text(f"{account.username}\n{' '.join([account.group, *roles])}\n")
