"""Installed applications (ACAP): what applications/*.cgi list, start, stop and install.

A fresh controller has two third-party applications, one running and one stopped. An
uploaded package is read like the device reads it: a gzipped tar holding ``manifest.json``
(ACAP 3 and later) or ``package.conf`` (older), which name the application; it is installed
stopped. Installed applications, their status and licenses are configuration, saved with
the state file.
"""

from __future__ import annotations

import io
import json
import re
import tarfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

MAX_MANIFEST = 64 * 1024  # bytes read from a package's manifest
SETTINGS = {"AllowUnsigned": "true", "AllowRoot": "false"}  # config.cgi
PACKAGE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")


@dataclass(slots=True)
class App:
    """One application; attribute names as list.cgi writes them."""

    Name: str
    NiceName: str
    Vendor: str
    Version: str
    ApplicationID: str = ""
    License: str = "None"  # Valid, Invalid, Missing, Custom, None
    Status: str = "Stopped"  # Running, Stopped, Idle
    ConfigurationPage: str = ""
    VendorHomePage: str = ""
    LicenseName: str = ""
    LicenseExpirationDate: str = ""

    def attributes(self) -> list[tuple[str, str]]:
        """The XML attributes, empty ones left out as the device does."""
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]


def default_apps() -> list[App]:
    return [
        App(
            "AccessLogExport",
            "Access Log Export",
            "Nordic Door Systems",
            "1.4.2",
            ApplicationID="415120",
            License="Valid",
            Status="Running",
            ConfigurationPage="local/AccessLogExport/settings.html",
            VendorHomePage="https://nordicdoor.example",
            LicenseName="Proprietary",
            LicenseExpirationDate="2027-12-31",
        ),
        App(
            "ReaderBridge",
            "OSDP Reader Bridge",
            "Example Labs",
            "0.9.1",
            ApplicationID="420777",
            License="None",
            Status="Stopped",
            ConfigurationPage="local/ReaderBridge/index.html",
            LicenseName="Available",
        ),
    ]


class PackageError(ValueError):
    """An uploaded file that is not an application package."""


def read_package(data: bytes) -> App:
    """The application a package installs, from its manifest."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            members = {member.name.lstrip("./"): member for member in archive.getmembers()}
            manifest = _member(archive, members.get("manifest.json"))
            if manifest is not None:
                return _from_manifest(manifest)
            conf = _member(archive, members.get("package.conf"))
            if conf is not None:
                return _from_package_conf(conf)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise PackageError(f"not a package: {exc}") from None
    raise PackageError("no manifest.json or package.conf in the package")


def _member(archive: tarfile.TarFile, member: tarfile.TarInfo | None) -> bytes | None:
    if member is None or not member.isfile() or member.size > MAX_MANIFEST:
        return None
    handle = archive.extractfile(member)
    return handle.read(MAX_MANIFEST) if handle is not None else None


def _from_manifest(raw: bytes) -> App:
    try:
        setup = json.loads(raw)["acapPackageConf"]["setup"]
        name = str(setup["appName"])
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageError(f"bad manifest.json: {exc}") from None
    return _checked(
        App(
            name,
            str(setup.get("friendlyName") or name),
            str(setup.get("vendor") or ""),
            str(setup.get("version") or "1.0.0"),
            VendorHomePage=str(setup.get("vendorUrl") or ""),
        )
    )


def _from_package_conf(raw: bytes) -> App:
    conf = {
        key.strip(): value.strip().strip('"')
        for key, sep, value in (line.partition("=") for line in raw.decode("latin-1").splitlines())
        if sep
    }
    name = conf.get("APPNAME") or conf.get("PACKAGENAME")
    if not name:
        raise PackageError("package.conf names no application")
    version = ".".join(
        conf.get(key, "0") for key in ("APPMAJORVERSION", "APPMINORVERSION", "APPMICROVERSION")
    )
    return _checked(App(name, conf.get("PACKAGENAME", name), conf.get("VENDOR", ""), version))


def _checked(app: App) -> App:
    if not PACKAGE_NAME.fullmatch(app.Name):
        raise PackageError(f"invalid application name {app.Name!r}")
    return app


@dataclass
class AppStore:
    """The installed applications, by name, and the settings config.cgi changes."""

    apps: dict[str, App]
    settings: dict[str, str]

    @classmethod
    def fresh(cls) -> AppStore:
        return cls({app.Name: app for app in default_apps()}, dict(SETTINGS))

    def to_document(self) -> dict[str, Any]:
        return {
            "installed": [asdict(app) for app in self.apps.values()],
            "settings": self.settings,
        }

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> AppStore:
        known = {f.name for f in fields(App)}
        apps = [
            App(**{k: str(v) for k, v in item.items() if k in known})
            for item in document.get("installed", [])
        ]
        settings = {**SETTINGS, **{k: str(v) for k, v in document.get("settings", {}).items()}}
        return cls({app.Name: app for app in apps}, settings)
