"""restart.cgi, pingtest.cgi and tcptest.cgi.

A restart answers its HTML page and behaves like a reboot where it matters to a client: the
I/O outputs fall back to their normal state, the uptime starts again and the system log
records a boot; the simulator keeps running and keeps its configuration. Door modes and the
PACS event log are left as they are.

The simulated network is the device's subnet (from Network.IPAddress and SubnetMask): a
ping is answered there and on loopback, nowhere else (no internet). A TCP test succeeds on
the device's own HTTP, HTTPS and RTSP ports and on a web server at the default router.
"""

from __future__ import annotations

import ipaddress

from . import ports
from .cgi_http import HTML, Answer, CgiCall, text

RESTART_PAGE = """<html>
<head><title>Restarting</title><meta http-equiv="refresh" content="60;URL=/"></head>
<body><h1>Restarting</h1><p>The device is restarting. Please wait.</p></body>
</html>
"""
OWN_PORTS = (80, 443, 554)


def restart(call: CgiCall) -> Answer:
    call.require("admin")
    state = call.state
    call.log("systemd[1]", f"Restart requested by {call.account.username}", "NOTICE")
    ports.reset(state)
    state.booted = state.now()
    state.log.boot(state.booted)
    return text(RESTART_PAGE, content_type=HTML)


def _address(call: CgiCall, host: str) -> ipaddress.IPv4Address | None:
    """The address of ``host``: an IPv4 address, or a name the device itself knows."""
    values = call.state.params.values
    own = values.get("Network.IPAddress", "192.168.0.90")
    names = {"localhost": "127.0.0.1", values.get("Network.HostName", "").lower(): own}
    try:
        return ipaddress.IPv4Address(names.get(host.strip().lower(), host.strip()))
    except ValueError:
        return None


def _reachable(call: CgiCall, address: ipaddress.IPv4Address) -> bool:
    values = call.state.params.values
    network = ipaddress.IPv4Network(
        f"{values.get('Network.IPAddress', '192.168.0.90')}/"
        f"{values.get('Network.SubnetMask', '255.255.255.0')}",
        strict=False,
    )
    return address.is_loopback or (address in network and address != network.broadcast_address)


def ping_test(call: CgiCall) -> Answer:
    call.require("viewer")
    host = call.arg("ip")
    if not host:
        return text("400 Bad Request\nip is required\n", status=400)
    address = _address(call, host)
    reachable = address is not None and _reachable(call, address)
    return text("got response\n" if reachable else "no response\n")


def tcp_test(call: CgiCall) -> Answer:
    call.require("viewer")
    host, port = call.arg("address"), call.arg("port") or ""
    if not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        return text("400 Bad Request\naddress and port (1-65535) are required\n", status=400)
    address = _address(call, host)
    if address is None:
        return text(f"Test failed: cannot resolve {host}.\n")
    values = call.state.params.values
    own = {ipaddress.IPv4Address("127.0.0.1"), ipaddress.IPv4Address(values["Network.IPAddress"])}
    router = values.get("Network.DefaultRouter", "")
    listening = (address in own and int(port) in OWN_PORTS) or (
        str(address) == router and int(port) in (80, 443)
    )
    if listening:
        return text("Test successful.\n")
    if not _reachable(call, address):
        return text("Test failed: connection timed out.\n")
    return text("Test failed: connection refused.\n")
