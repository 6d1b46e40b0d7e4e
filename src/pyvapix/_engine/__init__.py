"""The call engine: every way pyvapix talks to a device (PACS over JSON or SOAP, the CGIs,
long polls) goes through it.

* :mod:`.wire` -- the vocabulary: a :class:`~.wire.Request` to send, and what came back, an
  :class:`~.wire.Answer` or a :class:`~.wire.Failure`;
* :mod:`.bindings` -- what differs per protocol (JSON, SOAP 1.2, CGI): the request of a
  call, what an answer means, when an answer proves the protocol is not served;
* :mod:`.plan` -- the decisions, without I/O: send this, wait and retry, fall back to the
  next protocol, or give up with this error (:class:`~.plan.CallPlan`);
* :mod:`.failures` -- every error of a call is built there, naming operation, protocol and
  URL;
* :mod:`.drivers` -- the thin sync and async loops that only send, read a bounded body and
  sleep as the plan says.

This package's ``__init__`` imports nothing, so its modules can be imported on their own.
"""
