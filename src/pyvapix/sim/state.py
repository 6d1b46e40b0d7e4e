"""Everything the simulated controller knows: configuration, door runtime, event log.

The configuration (entities and device settings) is what persists across restarts; door
modes and the event log are runtime state, reset like on a device reboot. ``lock`` guards
all of it: the server holds it for the whole of each operation.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import uuid as uuid_module
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from . import defaults, doors, ports
from .accounts import UserDirectory
from .apps import AppStore
from .calls import Plain
from .clock import Clock, utc_now
from .events import EventLog
from .param_tree import default_tree
from .params import ParameterTree
from .ports import IoRuntime
from .pullpoints import PullPoints
from .schedules import Intervals
from .store import EntityStore
from .systemlog import SystemLog

DEFAULT_MAC = "accc8e00a001"
DOCUMENT_FORMAT = "pyvapix-sim/1"


class DeviceState:
    """A controller. Without ``configuration`` it starts like a fresh A1001 (see defaults).

    Besides the PACS entities, the configuration holds what the classic CGIs manage: the
    parameter tree (``params``), the user accounts (``users``, also the accounts HTTP
    authentication checks) and the installed applications (``apps``). I/O port circuits
    (``io``) and the system log are runtime state."""

    def __init__(
        self,
        mac: str = DEFAULT_MAC,
        *,
        clock: Clock = utc_now,
        configuration: Mapping[str, Mapping[str, Plain]] | None = None,
    ) -> None:
        self.mac = mac.lower().replace(":", "")
        # Device UUIDs end with the MAC; the rest is derived so that a MAC keeps its UUID.
        self.uuid = str(uuid_module.uuid5(uuid_module.NAMESPACE_OID, self.mac))[:24] + self.mac
        self.clock = clock
        self.lock = threading.RLock()
        self.store = EntityStore()
        self.events = EventLog()
        self.pullpoints = PullPoints()  # live subscriptions of the event service
        self.intervals = Intervals()  # schedule statuses, to report their changes
        self.doors: dict[str, doors.DoorRuntime] = {}
        self.stand_alone = True
        self.global_distribution = False
        self._last_token = 0
        self._settings_revision = 0
        self.params: ParameterTree = default_tree(self.mac)
        self.users = UserDirectory()
        self.apps = AppStore.fresh()
        self.io = IoRuntime()
        self.booted = self.now()
        self.log = SystemLog(f"axis-{self.mac}", self.booted)
        if configuration is None:
            defaults.install(self)
        else:
            self.store.load(configuration)
        doors.start(self)

    @property
    def revision(self) -> int:
        """Changes when the configuration (what :meth:`save` writes) changes."""
        return self.store.version + self._settings_revision

    def settings_changed(self) -> None:
        self._settings_revision += 1

    def now(self) -> datetime:
        return self.clock()

    def new_token(self) -> str:
        """A device-style token, ``Axis-<mac>:<epoch>.<nanoseconds>``, unique even when the
        clock stands still."""
        moment = self.now()
        stamp = int(moment.replace(microsecond=0).timestamp()) * 10**9 + moment.microsecond * 1000
        self._last_token = max(stamp, self._last_token + 1)
        seconds, nanos = divmod(self._last_token, 10**9)
        return f"Axis-{self.mac}:{seconds}.{nanos:09d}"

    def to_document(self) -> dict[str, Any]:
        return {
            "format": DOCUMENT_FORMAT,
            "mac": self.mac,
            "settings": {
                "StandAlone": self.stand_alone,
                "GlobalDistribution": self.global_distribution,
            },
            "entities": self.store.snapshot(),
            "parameters": self.params.to_document(default_tree(self.mac)),
            "accounts": self.users.to_document(),
            "applications": self.apps.to_document(),
        }

    @classmethod
    def from_document(cls, document: Mapping[str, Any], *, clock: Clock = utc_now) -> DeviceState:
        if document.get("format") != DOCUMENT_FORMAT:
            raise ValueError(f"not a simulator state document ({DOCUMENT_FORMAT})")
        state = cls(document["mac"], clock=clock, configuration=document["entities"])
        settings = document.get("settings", {})
        state.stand_alone = bool(settings.get("StandAlone", True))
        state.global_distribution = bool(settings.get("GlobalDistribution", False))
        state.params.load(document.get("parameters", {}))
        ports.refresh_counts(state.params)
        state.users = UserDirectory.from_document(document.get("accounts", []))
        if "applications" in document:
            state.apps = AppStore.from_document(document["applications"])
        return state

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, clock: Clock = utc_now) -> DeviceState:
        with open(path, encoding="utf-8") as file:
            return cls.from_document(json.load(file), clock=clock)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the configuration atomically: a crash leaves the old file or the new one."""
        target = Path(path)
        content = json.dumps(self.to_document(), indent=1, ensure_ascii=False)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
