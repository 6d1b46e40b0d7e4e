"""The downloads: serverreport.cgi, systemlog.cgi and debug/debug.tgz (network trace).

Bodies have a realistic size (a server report is a few hundred KB) and are generated, not
stored: the device's facts (parameters, accounts, applications, ports, log) are copied
under the state lock when the request arrives, and the bulk (a kernel log, a trace buffer,
network packets) comes from a pseudo-random generator seeded with the MAC, so the same
device on the same clock always sends the same bytes. Text reports and traces are produced
chunk by chunk while they are sent (no Content-Length: chunked, as CGI output is); archives
are built first and sent with their length and a file name. ``zip_with_image`` is a plain
zip: a door controller has no camera to take the image with.

Bad arguments are HTTP 400: a download's body is otherwise written to the caller's file.
A network trace does not take ``duration`` seconds: it answers at once with the packets of
that many seconds of simulated traffic.
"""

from __future__ import annotations

import io
import ipaddress
import random
import struct
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from . import ports
from .cgi_http import TEXT, Answer, CgiCall, text
from .params import ROOT_ONLY

CHUNK = 64 * 1024
KERNEL_LOG_SIZE = 320 * 1024  # bytes of kernel log in a server report
TRACE_BUFFER_SIZE = 192 * 1024  # bytes of binary trace data in archives
PACKETS_PER_SECOND = 25
MAX_TRACE_SECONDS = 3600
REPORT_MODES = ("text", "zip", "zip_with_image", "tar_all")
CLIENT = "192.168.0.10"


@dataclass(frozen=True)
class Facts:
    """What a report says about the device, copied under the state lock."""

    mac: str
    now: datetime
    uptime: float
    product: str
    firmware: str
    address: str
    parameters: str
    accounts: str
    applications: str
    ports: str
    log: str

    @property
    def seed(self) -> int:
        return int(self.mac, 16)

    @property
    def stamp(self) -> str:
        return self.now.strftime("%Y%m%d")


def facts(call: CgiCall) -> Facts:
    state = call.state
    tree = state.params
    names = tree.select([], ROOT_ONLY)
    apps = "".join(
        f"{app.Name} {app.Version} {app.Status} license={app.License}\n"
        for app in state.apps.apps.values()
    )
    port_lines = "".join(
        f"port {i + 1}: {ports.config(tree, i).direction} {ports.circuit(state, i)}\n"
        for i in ports.indexes(tree)
    )
    accounts = "".join(
        f"{name}: {state.users[name].group} {':'.join(state.users[name].groups)}\n"
        for name in state.users
    )
    return Facts(
        mac=state.mac,
        now=state.now(),
        uptime=(state.now() - state.booted).total_seconds(),
        product=tree.values["Brand.ProdFullName"],
        firmware=tree.values["Properties.Firmware.Version"],
        address=tree.values.get("Network.IPAddress", "192.168.0.90"),
        parameters="".join(f"root.{n}={tree.shown(n)}\n" for n in names),
        accounts=accounts,
        applications=apps,
        ports=port_lines,
        log=state.log.text(),
    )


def _bad(message: str) -> Answer:
    return text(f"400 Bad Request\n{message}\n", status=400)


def _attachment(content_type: str, filename: str, body: bytes) -> Answer:
    return Answer(
        200,
        [
            ("Content-Type", content_type),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Length", str(len(body))),
        ],
        body,
    )


def _streamed(content_type: str, chunks: Iterator[bytes], filename: str | None = None) -> Answer:
    headers = [("Content-Type", content_type)]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Answer(200, headers, chunks)


# -- generated bulk ------------------------------------------------------------------------

KERNEL_LINES = (
    "eth0: link up, 100Mbps, full-duplex, lpa 0x{a:04X}",
    "usb 1-1: new high-speed USB device number {b} using ehci-platform",
    "rs485 ttyS{c}: reader bus poll {a} ok, {b} devices",
    "artpec-gpio: port {c} debounce {b} ms",
    "watchdog: feed interval {b} ms",
    "TCP: request_sock_TCP: possible SYN flooding on port {d}. Sending cookies.",
    "pacsd: door {c} monitor sample {a}",
    "mmcblk0: p1 p2 p3 p4, read {a} sectors",
)


def kernel_log(seed: int, size: int) -> Iterator[bytes]:
    """Kernel log lines, ``size`` bytes in about CHUNK-sized pieces, the same for a seed."""
    rng = random.Random(seed)
    clock = 0.0
    produced, lines, buffered = 0, [], 0
    while produced < size:
        clock += rng.expovariate(2.0)
        template = KERNEL_LINES[rng.randrange(len(KERNEL_LINES))]
        message = template.format(
            a=rng.randrange(65536),
            b=rng.randrange(1, 128),
            c=rng.randrange(4),
            d=rng.choice((80, 443)),
        )
        line = f"<6>[{clock:12.6f}] {message}\n".encode()
        line = line[: size - produced]
        lines.append(line)
        produced += len(line)
        buffered += len(line)
        if buffered >= CHUNK:
            yield b"".join(lines)
            lines, buffered = [], 0
    if lines:
        yield b"".join(lines)


def trace_buffer(seed: int, size: int) -> bytes:
    """Binary trace data (incompressible, like the device's performance traces)."""
    return random.Random(seed ^ 0x5A5A).randbytes(size)


# -- server report -------------------------------------------------------------------------


def _report_head(f: Facts) -> bytes:
    hours, rest = divmod(int(f.uptime), 3600)
    sections = [
        "----- Server Report Start -----",
        f" Product: {f.product}",
        f" Firmware: {f.firmware}",
        f" Serial number: {f.mac.upper()}",
        f" Address: {f.address}",
        f" Report time: {f.now.isoformat(timespec='seconds')}",
        f" Uptime: {hours // 24} days {hours % 24:02}:{rest // 60:02}:{rest % 60:02}",
        "",
        "----- Parameters -----",
        f.parameters.rstrip("\n"),
        "",
        "----- Accounts -----",
        f.accounts.rstrip("\n"),
        "",
        "----- Applications -----",
        f.applications.rstrip("\n"),
        "",
        "----- I/O ports -----",
        f.ports.rstrip("\n"),
        "",
        "----- System log -----",
        f.log.rstrip("\n"),
        "",
        "----- Kernel log -----",
        "",
    ]
    return "\n".join(sections).encode("iso-8859-1", "replace")


REPORT_END = b"\n----- Server Report End -----\n"


def _report_text(f: Facts) -> Iterator[bytes]:
    yield _report_head(f)
    yield from kernel_log(f.seed, KERNEL_LOG_SIZE)
    yield REPORT_END


def _members(f: Facts, *, audit: bool) -> list[tuple[str, bytes]]:
    report = b"".join(_report_text(f))
    members = [
        ("serverreport.txt", report),
        ("syslog.txt", f.log.encode("iso-8859-1", "replace")),
        ("parameters.txt", f.parameters.encode("iso-8859-1", "replace")),
        ("trace/perf.dat", trace_buffer(f.seed, TRACE_BUFFER_SIZE)),
    ]
    if audit:
        members.append(("audit.log", f"{f.now.isoformat()} audit: report requested\n".encode()))
    return members


def _zip(f: Facts) -> bytes:
    buffer = io.BytesIO()
    moment = f.now.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in _members(f, audit=False):
            info = zipfile.ZipInfo(name, date_time=moment)
            packed = name.endswith(".txt")
            info.compress_type = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
            archive.writestr(info, content)
    return buffer.getvalue()


def _tar(f: Facts, members: list[tuple[str, bytes]], mode: str = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, content in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(content), int(f.now.timestamp()), 0o644
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def server_report(call: CgiCall) -> Answer:
    call.require("admin")
    mode = call.arg("mode") or "text"
    if mode not in REPORT_MODES:
        return _bad(f"Unknown mode {mode!r}")
    f = facts(call)
    call.log("serverreport.cgi", f"Server report ({mode}) requested by {call.account.username}")
    name = f"Axis_SR_{f.stamp}_{f.mac.upper()}"
    if mode == "text":
        return _streamed(TEXT, _report_text(f))
    if mode == "tar_all":
        return _attachment("application/x-tar", f"{name}.tar", _tar(f, _members(f, audit=True)))
    return _attachment("application/zip", f"{name}.zip", _zip(f))


# -- system log ----------------------------------------------------------------------------


def system_log(call: CgiCall) -> Answer:
    call.require("admin")
    wanted = call.arg("text") or ""
    if wanted and not wanted.isalnum():
        return _bad("text must be letters and digits")
    return text(call.state.log.text(wanted))


# -- network trace and debug archive -------------------------------------------------------


def _checksum(header: bytes) -> int:
    total = sum(int(word) for word in struct.unpack(f"!{len(header) // 2}H", header))
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _ipv4(source: str, destination: str, protocol: int, payload: bytes, ident: int) -> bytes:
    header = struct.pack(
        "!BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(payload),
        ident & 0xFFFF,
        0x4000,
        64,
        protocol,
        0,
        ipaddress.IPv4Address(source).packed,
        ipaddress.IPv4Address(destination).packed,
    )
    checksum = _checksum(header)
    return header[:10] + struct.pack("!H", checksum) + header[12:] + payload


def _ethernet(destination: bytes, source: bytes, kind: int, payload: bytes) -> bytes:
    return destination + source + struct.pack("!H", kind) + payload


CLIENT_MAC = bytes.fromhex("00155d0a0b0c")
MDNS_MAC, MDNS_ADDRESS = bytes.fromhex("01005e0000fb"), "224.0.0.251"
HTTP_REQUEST = (
    b"POST /vapix/pacs HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n\r\n"
    b'{"pacsaxis:GetAccessPointInfoList": {}}'
)
HTTP_RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"


def _arp(device: str) -> bytes:
    """A client asking who has the device's address."""
    client, target = ipaddress.IPv4Address(CLIENT).packed, ipaddress.IPv4Address(device).packed
    arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, CLIENT_MAC, client, bytes(6), target)
    return _ethernet(b"\xff" * 6, CLIENT_MAC, 0x0806, arp)


def _mdns(mac: bytes, device: str, number: int) -> bytes:
    """The device announcing its host name (an mDNS A record)."""
    host = f"axis-{mac.hex()}".encode()
    name = bytes([len(host)]) + host + b"\x05local\x00"
    record = name + struct.pack("!HHIH", 1, 0x8001, 120, 4) + ipaddress.IPv4Address(device).packed
    message = struct.pack("!HHHHHH", 0, 0x8400, 0, 1, 0, 0) + record
    udp = struct.pack("!HHHH", 5353, 5353, 8 + len(message), 0) + message
    return _ethernet(MDNS_MAC, mac, 0x0800, _ipv4(device, MDNS_ADDRESS, 17, udp, number))


def _http(rng: random.Random, mac: bytes, device: str, number: int) -> bytes:
    """A PACS request from the client, or the device's answer."""
    inbound = rng.random() < 0.5
    if inbound:
        body = HTTP_REQUEST % device.encode()
    else:
        items = b", ".join(
            b'{"token": "Axis-%s:%d"}' % (mac.hex().encode(), rng.randrange(10**9))
            for _ in range(rng.randrange(1, 40))
        )
        body = HTTP_RESPONSE + b'{"AccessPointInfo": [' + items + b"]}"
    client_port = 51000 + number % 200
    ports_ = (client_port, 80) if inbound else (80, client_port)
    sequence, acknowledged = rng.getrandbits(32), rng.getrandbits(32)
    tcp = struct.pack("!HHIIBBHHH", *ports_, sequence, acknowledged, 0x50, 0x18, 64240, 0, 0)
    source, destination = (CLIENT, device) if inbound else (device, CLIENT)
    frame = _ipv4(source, destination, 6, tcp + body, number)
    return _ethernet(mac if inbound else CLIENT_MAC, CLIENT_MAC if inbound else mac, 0x0800, frame)


def _packet(rng: random.Random, mac: bytes, device: str, number: int) -> bytes:
    """One frame of a door controller's everyday traffic: mostly HTTP, some mDNS and ARP."""
    roll = rng.random()
    if roll < 0.08:
        return _arp(device)
    if roll < 0.2:
        return _mdns(mac, device, number)
    return _http(rng, mac, device, number)


def pcap(f: Facts, seconds: int) -> Iterator[bytes]:
    """A libpcap file (Ethernet) of ``seconds`` of traffic starting now."""
    rng = random.Random(f.seed + seconds)
    mac = bytes.fromhex(f.mac)
    yield struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    start = f.now.timestamp()
    moment, number, pending, size = 0.0, 0, [], 0
    while True:
        moment += rng.expovariate(PACKETS_PER_SECOND)
        if moment >= seconds:
            break
        frame = _packet(rng, mac, f.address, number)
        number += 1
        stamp = start + moment
        pending.append(
            struct.pack("<IIII", int(stamp), int(stamp % 1 * 1e6), len(frame), len(frame)) + frame
        )
        size += len(pending[-1])
        if size >= CHUNK:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


def debug_archive(call: CgiCall) -> Answer:
    call.require("admin")
    command = call.arg("cmd")
    f = facts(call)
    if command is None:
        members = [
            ("syslog.txt", f.log.encode()),
            ("parameters.txt", f.parameters.encode("iso-8859-1", "replace")),
        ]
        return _attachment(
            "application/x-gzip", f"debug_{f.mac.upper()}.tgz", _tar(f, members, "w:gz")
        )
    if command != "pcapdump":
        return _bad(f"Unknown command {command!r}")
    duration = call.arg("duration") or ""
    if not duration.isdigit() or not 1 <= int(duration) <= MAX_TRACE_SECONDS:
        return _bad(f"duration must be 1 to {MAX_TRACE_SECONDS} seconds")
    call.log("debug.tgz", f"Network trace of {duration} s requested")
    return _streamed(
        "application/vnd.tcpdump.pcap",
        pcap(f, int(duration)),
        f"network_trace_{f.mac.upper()}.pcap",
    )
