"""Which handler serves an operation: a modelled behaviour, the generic entity handling,
or the default answer. Chosen once per operation and remembered."""

from __future__ import annotations

from .._catalogue import Operation
from . import (
    access,
    access_rules,
    credential_service,
    device,
    device_service,
    doors,
    events,
    eventservice,
    generic,
    schedule_service,
    schedules,
)
from .calls import Call, Handler, Plain
from .state import DeviceState

SPECIFIC: dict[str, Handler] = {
    **doors.HANDLERS,
    **access.HANDLERS,
    **events.HANDLERS,
    **schedules.HANDLERS,
    **device.HANDLERS,
    **eventservice.HANDLERS,
    # The ONVIF services over the same entities as the Axis ones.
    **credential_service.HANDLERS,
    **access_rules.HANDLERS,
    **schedule_service.HANDLERS,
    **device_service.HANDLERS,
}


class Dispatcher:
    def __init__(self, operations: list[Operation]) -> None:
        self._families = generic.families(operations)
        self._chosen: dict[str, Handler] = {}

    def handler(self, operation: Operation) -> Handler:
        name = operation.qualified_name
        if name not in self._chosen:
            self._chosen[name] = (
                SPECIFIC.get(name)
                or device.BY_NAME.get(operation.info.name)
                or generic.handler_for(operation, self._families)
                or device.default_answer
            )
        return self._chosen[name]

    def serve(self, call: Call) -> Plain:
        """Run one operation; the caller holds ``call.state.lock``."""
        settle(call.state)
        return self.handler(call.operation)(call)


def settle(state: DeviceState) -> None:
    """Apply what time changed since the last request (the caller holds ``state.lock``):
    Accessed periods that ended, schedules that started or stopped."""
    doors.settle(state)
    schedules.settle(state)
