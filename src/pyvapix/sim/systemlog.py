"""The system log systemlog.cgi serves and server reports include.

It starts with the lines of a boot and records what the CGIs change (accounts, parameters,
applications, restarts), in the syslog format of AXIS OS: time, host, level, process. Runtime
state: a restart of the simulator starts a fresh log, as a reboot does.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

CAPACITY = 2000  # lines kept
# Boot lines: (seconds after power-on, level, process, message).
BOOT = (
    (0.0, "INFO", "kernel", "Booting Linux on physical CPU 0x0"),
    (0.4, "INFO", "kernel", "Machine model: AXIS A1001 Network Door Controller"),
    (2.1, "INFO", "systemd[1]", "Started Journal Service."),
    (3.7, "INFO", "systemd[1]", "Reached target Network."),
    (4.2, "NOTICE", "dhcpcd[412]", "eth0: leased 192.168.0.90 for 86400 seconds"),
    (5.0, "INFO", "httpd[540]", "Apache configured -- resuming normal operations"),
    (5.3, "INFO", "pacsd[577]", "Access controller started, 2 doors configured"),
    (5.9, "INFO", "acapd[602]", "Application AccessLogExport started"),
    (6.4, "INFO", "systemd[1]", "Startup finished in 6.4s."),
)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


class SystemLog:
    def __init__(self, host: str, booted: datetime) -> None:
        self.host = host
        self.lines: deque[str] = deque(maxlen=CAPACITY)
        self.boot(booted)

    def boot(self, moment: datetime) -> None:
        """The lines a (re)start writes, ``moment`` being the power-on."""
        for offset, level, process, message in BOOT:
            self.add(moment + timedelta(seconds=offset), level, process, message)

    def add(self, moment: datetime, level: str, process: str, message: str) -> None:
        self.lines.append(f"{_stamp(moment)} {self.host} [ {level:<7} ] {process}: {message}")

    def text(self, containing: str = "") -> str:
        """The log, oldest first; only the lines with ``containing`` when given."""
        wanted = containing.lower()
        return "".join(f"{line}\n" for line in self.lines if wanted in line.lower())
