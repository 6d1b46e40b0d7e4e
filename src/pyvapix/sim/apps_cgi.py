"""applications/*.cgi: list, control, upload, license, config and info, for admins.

Answers as documented: list, config and info are ``<reply result="ok">`` XML (no XML
declaration), control, upload and license answer ``OK`` or ``Error: <code>`` with HTTP 200.
Codes used: control 1 (invalid package name), 4 (not installed), 6 (already running),
7 (not running), 10 (anything else); upload 1 (not a package); license 21 (not a license
key) and 23 (no such application) - the documentation lists the license codes without
their meanings, so those two are the simulator's choice.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from .apps import PACKAGE_NAME, PackageError, read_package
from .cgi_http import XML, Answer, CgiCall, text


def _ok() -> Answer:
    return text("OK\n")


def _code(code: int) -> Answer:
    return text(f"Error: {code}\n")


def _xml(inner: str) -> Answer:
    return text(f'<reply result="ok">\n{inner}</reply>\n', content_type=XML)


def _xml_error(code: int, message: str) -> Answer:
    error = f'<error type="{code}" message={quoteattr(message)} />'
    return text(f'<reply result="error">\n {error}\n</reply>\n', content_type=XML)


def list_apps(call: CgiCall) -> Answer:
    call.require("admin")
    lines = []
    for app in call.state.apps.apps.values():
        attributes = " ".join(f"{name}={quoteattr(value)}" for name, value in app.attributes())
        lines.append(f" <application {attributes} />\n")
    return _xml("".join(lines))


def control(call: CgiCall) -> Answer:
    call.require("admin")
    action, package = call.arg("action"), call.arg("package") or ""
    if action not in ("start", "stop", "restart", "remove"):
        return _code(10)
    if not PACKAGE_NAME.fullmatch(package):
        return _code(1)
    store = call.state.apps
    app = store.apps.get(package)
    if app is None:
        return _code(4)
    if action == "start":
        if app.Status == "Running":
            return _code(6)
        app.Status = "Running"
    elif action == "stop":
        if app.Status != "Running":
            return _code(7)
        app.Status = "Stopped"
    elif action == "restart":
        if app.Status != "Running":
            return _code(7)
    else:
        del store.apps[package]
    call.state.settings_changed()
    call.log("acapd", f"Application {package}: {action}")
    return _ok()


def upload(call: CgiCall) -> Answer:
    call.require("admin")
    package = call.request.files.get("file") or next(iter(call.request.files.values()), None)
    if package is None:
        return _code(1)
    try:
        app = read_package(package.content)
    except PackageError as error:
        call.log("acapd", f"Upload of {package.filename} refused: {error}", "WARNING")
        return _code(1)
    previous = call.state.apps.apps.get(app.Name)
    if previous is not None:  # an upgrade keeps the status and license
        app.Status, app.License = previous.Status, previous.License
    call.state.apps.apps[app.Name] = app
    call.state.settings_changed()
    call.log("acapd", f"Application {app.Name} {app.Version} installed")
    return _ok()


def license_key(call: CgiCall) -> Answer:
    call.require("admin")
    action, package = call.arg("action"), call.arg("package") or ""
    app = call.state.apps.apps.get(package)
    if action not in ("uploadlicensekey", "removelicensekey"):
        return _code(10)
    if app is None:
        return _code(23)
    if action == "uploadlicensekey":
        key = call.request.files.get("licenseKey") or next(iter(call.request.files.values()), None)
        if key is None or b"<" not in key.content:
            return _code(21)
        app.License = "Valid"
    else:
        app.License = "Missing"
    call.state.settings_changed()
    call.log("acapd", f"Application {package}: {action}")
    return _ok()


def config(call: CgiCall) -> Answer:
    call.require("admin")
    settings = call.state.apps.settings
    action, name, value = call.arg("action"), call.arg("name") or "", call.arg("value")
    if name not in settings:
        return _xml_error(1, f"Error: unknown setting {name!r}")
    if action == "get":
        return _xml(f" <param name={quoteattr(name)} value={quoteattr(settings[name])} />\n")
    if action == "set" and value in ("true", "false"):
        settings[name] = value
        call.state.settings_changed()
        return _xml("")
    return _xml_error(1, "Error: invalid request")


def info(call: CgiCall) -> Answer:
    call.require("admin")
    return _xml(" <supportedSdks>\n  <sdk>acap3</sdk>\n </supportedSdks>\n")
