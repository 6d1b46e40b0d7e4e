"""The parameter tree of a fresh A1001-like door controller (firmware 1.85).

A door controller has no camera, audio or PTZ: Image is a stub of date and time formats,
there are no PTZ, GuardTour or MediaClip groups (their templates exist in the firmware, so
adding one fails naming the missing group), and Properties say so (``PTZ.PTZ=no``).
Stream profiles exist (for event and metadata streams) and start empty.

The four I/O ports: a fixed tamper input, a configurable input wired to a request-to-exit
button, and two configurable outputs (a relay for a door strike, a siren). Readers may see
Brand and Properties without logging in; I/O and stream profiles are viewer-readable and
operator-writable; network and system settings are admin-only, as on the device.
"""

from __future__ import annotations

from dataclasses import dataclass

from .params import ADMIN, ANYONE, OPERATOR, VIEWER, Definition, Kind, ParameterTree, Template

FIRMWARE = "1.85.2"
BUILD_DATE = "Jan 23 2024 10:12"
PRODUCT = "A1001"
STREAM_PROFILES = 26

TEXT = Kind("string", maxlen=64)
FLAG = Kind("bool")


@dataclass(frozen=True, slots=True)
class P:
    """A parameter of the default tree: its value and definition."""

    value: str
    definition: Definition


def _kind_of(value: str) -> Kind:
    """The type a read-only value is published with: numbers and yes/no are typed."""
    if value.isdigit():
        return Kind("int")
    if value in ("yes", "no"):
        return FLAG
    return TEXT


def const(value: str, read: int = ANYONE) -> P:
    """Fixed by the product (Brand, Properties)."""
    return P(value, Definition(_kind_of(value), read=read, write=None, const=True))


def info(value: str, read: int = VIEWER) -> P:
    """Maintained by the device itself: readable, never written."""
    return P(value, Definition(_kind_of(value), read=read, write=None))


def text(value: str, *, maxlen: int = 64, read: int = VIEWER, write: int = ADMIN) -> P:
    return P(value, Definition(Kind("string", maxlen=maxlen), read=read, write=write))


def flag(value: str, *, read: int = VIEWER, write: int = ADMIN) -> P:
    return P(value, Definition(FLAG, read=read, write=write))


def number(value: int, low: int, high: int, *, read: int = VIEWER, write: int = ADMIN) -> P:
    return P(str(value), Definition(Kind("int", low, high), read=read, write=write))


def choice(value: str, *entries: str, read: int = VIEWER, write: int = ADMIN) -> P:
    return P(value, Definition(Kind("enum", entries=entries), read=read, write=write))


def address(value: str, *, read: int = ADMIN, write: int = ADMIN) -> P:
    return P(value, Definition(Kind("ip"), read=read, write=write))


def secret(*, read: int = ADMIN, write: int = ADMIN) -> P:
    return P("", Definition(Kind("password", maxlen=64), read=read, write=write))


Group = dict[str, P]


def brand() -> Group:
    return {
        "Brand": const("AXIS"),
        "ProdFullName": const(f"AXIS {PRODUCT} Network Door Controller"),
        "ProdNbr": const(PRODUCT),
        "ProdShortName": const(f"AXIS {PRODUCT}"),
        "ProdType": const("Network Door Controller"),
        "ProdVariant": const(""),
        "WebURL": const("http://www.axis.com"),
    }


def properties(mac: str) -> Group:
    return {
        "API.HTTP.AdminPath": const("/index.html"),
        "API.HTTP.Version": const("3"),
        "API.WebService.EntryService": const("yes"),
        "API.WebService.WebService": const("yes"),
        "API.WebService.ONVIF.ONVIF": const("yes"),
        "API.WebService.ONVIF.Version": const("1.02"),
        "ApiDiscovery.ApiDiscovery": const("yes"),
        "EmbeddedDevelopment.CacheSize": const("10485760"),
        "EmbeddedDevelopment.EmbeddedDevelopment": const("yes"),
        "EmbeddedDevelopment.Version": const("2.16"),
        "Firmware.BuildDate": const(BUILD_DATE),
        "Firmware.BuildNumber": const("5"),
        "Firmware.Version": const(FIRMWARE),
        "FirmwareManagement.Version": const("1.0"),
        "GuardTour.GuardTour": const("no"),
        "HTTPS.HTTPS": const("yes"),
        "IO.ManualTriggerNbr": const("6"),
        "PackageManager.FormatListing": const("yes"),
        "PackageManager.LicenseKeyManagement": const("yes"),
        "PackageManager.PackageManager": const("yes"),
        "PTZ.PTZ": const("no"),
        "RTC.RTC": const("yes"),
        "Serial.Serial": const("yes"),
        "System.Architecture": const("mips"),
        "System.HardwareID": const("6B4"),
        "System.Language": const("English"),
        "System.LanguageType": const("default"),
        "System.SerialNumber": const(mac.upper()),
        "System.Soc": const("Axis Artpec-5"),
        "VirtualInput.VirtualInput": const("yes"),
    }


def network(mac: str) -> Group:
    colons = ":".join(mac.upper()[i : i + 2] for i in range(0, 12, 2))
    return {
        "BootProto": choice("dhcp", "dhcp", "none", read=ADMIN),
        "Broadcast": address("192.168.0.255"),
        "DefaultRouter": address("192.168.0.1"),
        "DNSServer1": address("192.168.0.1"),
        "DNSServer2": address("0.0.0.0"),
        "DomainName": text("", read=ADMIN),
        "Enabled": flag("yes", read=ADMIN),
        "HostName": text(f"axis-{mac.lower()}", read=ADMIN),
        "IPAddress": address("192.168.0.90"),
        "Media": choice("auto", "auto", "10HD", "10FD", "100HD", "100FD", read=ADMIN),
        "SubnetMask": address("255.255.255.0"),
        "Bonjour.Enabled": flag("yes", read=ADMIN),
        "Bonjour.FriendlyName": text(f"AXIS {PRODUCT} - {mac.upper()}", read=ADMIN),
        "eth0.IPAddress": info("192.168.0.90", read=ADMIN),
        "eth0.MACAddress": info(colons, read=ADMIN),
        "eth0.SubnetMask": info("255.255.255.0", read=ADMIN),
        "HTTP.AuthenticationPolicy": choice(
            "basic_digest", "basic", "digest", "basic_digest", "recommended", read=ADMIN
        ),
        "Interface.I0.dot1x.Enabled": flag("no", read=ADMIN),
        "Interface.I0.dot1x.EAPTLS.Identity": text("", read=ADMIN),
        "Interface.I0.dot1x.EAPTLS.PrivateKeyPassword": secret(),
        "IPv6.Enabled": flag("no", read=ADMIN),
        "Resolver.NameServer1": address("192.168.0.1"),
    }


def https() -> Group:
    return {
        "Enabled": flag("yes", read=ADMIN),
        "Port": number(443, 1, 65535, read=ADMIN),
    }


def system() -> Group:
    return {
        "AccessLog": choice("Off", "On", "Off", read=ADMIN),
        "BoaPort": number(80, 1, 65535, read=ADMIN),
        "RootPwdSet": info("yes", read=ADMIN),
        "PreventDoSAttack.ActivatePasswordThrottling": choice("Off", "On", "Off", read=ADMIN),
        "PreventDoSAttack.DoSBlockingPeriod": number(10, 1, 3600, read=ADMIN),
    }


def time_settings() -> Group:
    return {
        "ObtainFromDHCP": flag("yes"),
        "POSIXTimeZone": text("UTC0", maxlen=128),
        "SyncSource": choice("NTP", "NTP", "DHCP", "NONE"),
        "DST.Enabled": flag("no"),
        "NTP.Server": address("0.0.0.0", read=VIEWER),
    }


def image() -> Group:
    """No video: only the date and time formats texts use."""
    return {
        "DateFormat": choice("YYYY-MM-DD", "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"),
        "NbrOfConfigs": info("0"),
        "TimeFormat": choice("24", "12", "24"),
    }


def io_ports() -> Group:
    """I0 tamper (fixed input), I1 REX button (input), I2 door relay, I3 siren (outputs)."""
    rw = {"write": OPERATOR}
    state = ("closed", "open")
    return {
        "I0.Configurable": info("no"),
        "I0.Direction": info("input"),
        "I0.Usage": info("Tampering"),
        "I0.Input.Name": info("Tamper"),
        "I0.Input.Trig": info("open"),
        "I1.Configurable": info("yes"),
        "I1.Direction": choice("input", "input", "output", **rw),
        "I1.Usage": text("Button", **rw),
        "I1.Input.Name": text("REX button", **rw),
        "I1.Input.Trig": choice("closed", *state, **rw),
        "I1.Output.Name": text("Output 2", **rw),
        "I1.Output.Active": choice("closed", *state, **rw),
        "I1.Output.Button": choice("none", "none", "pulse", "actinact", **rw),
        "I1.Output.PulseTime": number(0, 0, 65535, **rw),
        "I1.Output.DelayTime": number(0, 0, 65535, **rw),
        "I1.Output.Mode": choice("bistable", "monostable", "bistable", **rw),
        "I2.Configurable": info("yes"),
        "I2.Direction": choice("output", "input", "output", **rw),
        "I2.Usage": text("Door", **rw),
        "I2.Input.Name": text("Input 3", **rw),
        "I2.Input.Trig": choice("closed", *state, **rw),
        "I2.Output.Name": text("Door relay", **rw),
        "I2.Output.Active": choice("closed", *state, **rw),
        "I2.Output.Button": choice("pulse", "none", "pulse", "actinact", **rw),
        "I2.Output.PulseTime": number(300, 0, 65535, **rw),
        "I2.Output.DelayTime": number(0, 0, 65535, **rw),
        "I2.Output.Mode": choice("monostable", "monostable", "bistable", **rw),
        "I3.Configurable": info("yes"),
        "I3.Direction": choice("output", "input", "output", **rw),
        "I3.Usage": text("", **rw),
        "I3.Input.Name": text("Input 4", **rw),
        "I3.Input.Trig": choice("closed", *state, **rw),
        "I3.Output.Name": text("Siren", **rw),
        "I3.Output.Active": choice("closed", *state, **rw),
        "I3.Output.Button": choice("actinact", "none", "pulse", "actinact", **rw),
        "I3.Output.PulseTime": number(0, 0, 65535, **rw),
        "I3.Output.DelayTime": number(0, 0, 65535, **rw),
        "I3.Output.Mode": choice("bistable", "monostable", "bistable", **rw),
    }


def snmp() -> Group:
    return {
        "Enabled": flag("no", read=ADMIN),
        "V1ReadCommunity": text("public", read=ADMIN),
        "InitialUserPasswd": secret(),
    }


def _entries(groups: list[tuple[str, Group]]) -> list[tuple[str, str, Definition]]:
    return [
        (f"{prefix}.{name}", param.value, param.definition)
        for prefix, group in groups
        for name, param in group.items()
    ]


STREAM_PROFILE = Template(
    "streamprofile",
    "StreamProfile",
    "S",
    tuple(
        (name, "", Definition(Kind("string", maxlen=maxlen), VIEWER, OPERATOR, create=OPERATOR))
        for name, maxlen in (("Name", 25), ("Description", 64), ("Parameters", 1024))
    ),
    STREAM_PROFILES,
)
# Templates of the firmware whose groups a device without PTZ or audio lacks.
ABSENT_TEMPLATES = {"guardtour": "GuardTour", "tour": "GuardTour", "mediaclip": "MediaClip"}


def default_tree(mac: str) -> ParameterTree:
    """A fresh device's tree; the MAC gives the serial number, host and Bonjour names."""
    entries = _entries(
        [
            ("BasicDeviceInfo", {"BasicDeviceInfo": const("yes")}),
            ("Brand", brand()),
            ("HTTPS", https()),
            ("Image", image()),
            ("Input", {"NbrOfInputs": info("2")}),
            ("IOPort", io_ports()),
            ("Network", network(mac)),
            ("Output", {"NbrOfOutputs": info("2")}),
            ("Properties", properties(mac)),
            ("SNMP", snmp()),
            ("StreamProfile", {"MaxGroups": info(str(STREAM_PROFILES))}),
            ("System", system()),
            ("Time", time_settings()),
        ]
    )
    return ParameterTree(entries, [STREAM_PROFILE], absent_templates=ABSENT_TEMPLATES)
