"""The simulator as a pure request handler: (method, target, headers, body) in,
(status, headers, body) out, with no I/O besides saving the configuration file.

Routing: ``POST /vapix/services`` is SOAP 1.2 for every service, the operation chosen by the
namespace and name of the Body's first element; ``POST`` to a service's JSON endpoint takes
``{"prefix:Operation": {...}}`` where the prefix must be a service of that endpoint. The
classic CGIs (``/axis-cgi/...``) go to :class:`~pyvapix.sim.cgi_routes.CgiRouter`, on the same
state and accounts; :meth:`Simulator.stream` gives their downloads chunk by chunk.

Requests are decoded and answers encoded only with the project's codecs, so the simulator
exercises the same code the clients use. SOAP header blocks the operation declares reach the
handler decoded (``Call.headers``), and answers carry the ones their operation declares. A
long poll (PullMessages with nothing queued) leaves :meth:`Simulator.respond` as a
:class:`~pyvapix.sim.longpoll.Pending`, answered once its events come or its time is up.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from lxml import etree

from .._catalogue import Catalogue, Operation, default_catalogue
from .._codec import decode_for, decode_headers, encode_for, to_plain
from .._codec.layout import layout_of
from .._codec.plain import from_plain
from .._codec.soap import body_element
from .._codec.xmlsafe import UnsafeXml
from .._engine.bindings import SOAP_PATH
from .._errors import DecodeError, FaultError
from . import eventservice, faults, schema
from .auth import Account, Authenticator
from .calls import Call, Plain
from .cgi_routes import PREFIX as CGI_PREFIX
from .cgi_routes import CgiRouter
from .dispatch import Dispatcher, settle
from .longpoll import Pending
from .shapes import defect
from .state import DeviceState

MAX_BODY = 2 * 1024 * 1024  # bytes; larger requests get 413
CONTENT_TYPES = {"soap": "application/soap+xml; charset=utf-8", "json": "application/json"}

Headers = list[tuple[str, str]]
Response = tuple[int, Headers, bytes]
StreamedResponse = tuple[int, Headers, bytes | Iterator[bytes]]

log = logging.getLogger(__name__)
T = TypeVar("T")
# A Host header the simulator repeats in its answers: a name or address and a port, nothing
# that could change the meaning of a URL built from it.
HOST = re.compile(r"[A-Za-z0-9.\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")


def origin(scheme: str, host: str | None) -> str | None:
    """``scheme://host`` of the address a request reached; None for a missing or odd Host."""
    if scheme not in ("http", "https") or host is None or not HOST.fullmatch(host):
        return None
    return f"{scheme}://{host}"


def _element_namespace(operation: Operation) -> str:
    return layout_of(operation.request_type).namespace or operation.service.namespace


def _text(status: int, message: str, headers: Headers | None = None) -> Response:
    """An HTTP-level answer (no operation was reached, so no fault)."""
    content_type = ("Content-Type", "text/plain; charset=utf-8")
    return status, [content_type, *(headers or [])], f"{message}\n".encode()


class Simulator:
    """One simulated door controller behind HTTP authentication.

    ``state`` defaults to the one saved in ``state_file`` (when it exists) or a fresh device;
    with ``state_file`` the configuration is saved there at once and after each change.
    ``viewer`` adds a read-only account ``(username, password)``. Both accounts join the
    state's user directory (unless it has them already), where pwdgrp.cgi adds more;
    ``password=None`` leaves a factory-fresh device with no admin (pwdgrp.cgi then creates
    the initial root account without credentials).
    """

    def __init__(
        self,
        state: DeviceState | None = None,
        *,
        username: str = "root",
        password: str | None = "pass",
        viewer: tuple[str, str] | None = None,
        state_file: str | os.PathLike[str] | None = None,
        max_body: int = MAX_BODY,
        authenticator: Authenticator | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.state_file = Path(state_file) if state_file is not None else None
        if state is None and self.state_file is not None and self.state_file.exists():
            state = DeviceState.load(self.state_file)
        elif state is None:
            state = DeviceState()
        self.state = state
        if password is not None:
            state.users.seed(username, password, admin=True)
        if viewer is not None:
            state.users.seed(*viewer, admin=False)
        self.auth = authenticator or Authenticator(state.users, realm=f"AXIS_{state.mac.upper()}")
        self.max_body = max_body
        self.cgi = CgiRouter(state, self.auth, max_body=max_body, save=self._save)
        catalogue = catalogue or default_catalogue()
        operations = list(catalogue.operations.values())
        self._dispatcher = Dispatcher(operations)
        # By the request element's own namespace: wsnt:Renew is an event service operation.
        self._by_element = {
            (_element_namespace(op), op.info.input_element): op for op in operations
        }
        self._by_endpoint: dict[str, dict[str, Operation]] = {}
        for op in operations:
            if op.service.json_endpoint:
                self._by_endpoint.setdefault(op.service.json_endpoint, {})[op.qualified_name] = op
        self._saved = -1
        self._save()

    def respond(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        scheme: str = "http",
    ) -> StreamedResponse | Pending:
        """Answer one HTTP request; never raises. A download's body comes as chunks made
        while they are sent; a PullMessages with nothing queued comes as a :class:`Pending`,
        whose ``wait()`` (or ``await wait_async()``) gives the answer when it is due.
        ``scheme`` and the Host header say where the client reached the simulator, which
        the addresses it reports (GetServices, GetCapabilities) repeat."""
        path = target.split("?", 1)[0]
        if path.startswith(CGI_PREFIX):
            answer = self.cgi.handle(method, target, headers, body)
            return answer.status, answer.headers, answer.body
        protocol = self._route(path)
        if protocol is None:
            return _text(404, f"no such endpoint: {path}")
        if method.upper() != "POST":
            return _text(405, "only POST is served here", [("Allow", "POST")])
        if len(body) > self.max_body:
            return self.too_large()
        lowered = {key.lower(): value for key, value in headers.items()}
        account, stale = self.auth.check(method.upper(), target, lowered.get("authorization"))
        if account is None:
            return _text(401, "authentication required", self.auth.challenge(stale))
        reached = origin(scheme, lowered.get("host"))
        return self._guarded(
            protocol,
            f"{method} {target}",
            lambda: self._serve(protocol, path, body, account, reached),
        )

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        scheme: str = "http",
    ) -> Response:
        """Answer one HTTP request, waiting for a long poll's answer; never raises."""
        status, answer_headers, content = self.stream(method, target, headers, body, scheme=scheme)
        return status, answer_headers, content if isinstance(content, bytes) else b"".join(content)

    def stream(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        scheme: str = "http",
    ) -> StreamedResponse:
        """Like :meth:`respond`, waiting (in this thread) for a long poll's answer."""
        answer = self.respond(method, target, headers, body, scheme=scheme)
        return answer.wait() if isinstance(answer, Pending) else answer

    def _guarded(self, protocol: str, what: str, serve: Callable[[], T]) -> T | Response:
        """``serve()``, with a fault the operation raised, or an internal error, as the
        answer in the protocol of the request."""
        try:
            return serve()
        except FaultError as fault:
            content_type, content = faults.render(fault, protocol)
            return faults.http_status(fault), [("Content-Type", content_type)], content
        except Exception as exc:  # a simulator bug must not take the server down
            log.exception("internal error serving %s", what)
            content_type, content = faults.render(
                FaultError(code=faults.RECEIVER, reason=f"internal error: {exc}"), protocol
            )
            return 500, [("Content-Type", content_type)], content

    def too_large(self) -> Response:
        return _text(413, f"request body over {self.max_body} bytes")

    def _route(self, path: str) -> str | None:
        if path == SOAP_PATH:
            return "soap"
        if path in self._by_endpoint:
            return "json"
        return None

    def _serve(
        self, protocol: str, path: str, body: bytes, account: Account, reached: str | None
    ) -> Response | Pending:
        if protocol == "soap":
            operation = self._soap_operation(body)
        else:
            operation = self._json_operation(path, body)
        if not account.admin and not operation.info.safe:
            raise faults.not_authorized()
        try:
            request = decode_for(operation, body, message="request", protocol=protocol)
            blocks = (
                decode_headers(operation, body, message="request") if protocol == "soap" else {}
            )
        except DecodeError as exc:
            raise faults.invalid_args(exc.message) from None
        schema.check_values(request, operation.info.input_element)
        headers = {tag.rpartition("}")[2]: block for tag, block in blocks.items()}
        call = Call(operation, to_plain(request), self.state, headers, reached)
        long_poll = eventservice.LONG_POLLS.get(operation.qualified_name)
        with self.state.lock:
            if long_poll is not None:
                settle(self.state)
                outcome = long_poll(call)
            else:
                outcome = self._dispatcher.serve(call)
            if isinstance(outcome, eventservice.Waiting):
                return self._pending(call, outcome, protocol)
            response = self._reply(call, outcome, protocol)
            self._save()
        return response

    def _reply(self, call: Call, answer: Plain, protocol: str) -> Response:
        """The answer's model, checked against its schema, on the wire (with the SOAP
        header blocks the operation's answer carries)."""
        operation = call.operation
        response = from_plain(operation.response_type, answer, strict=True)
        problem = defect(response, operation.info.output_element)
        if problem is not None:
            raise RuntimeError(f"the simulator's answer is wrong: {problem}")
        headers = eventservice.reply_headers(call) if protocol == "soap" else []
        content = encode_for(
            operation, response, message="response", protocol=protocol, headers=headers
        )
        return 200, [("Content-Type", CONTENT_TYPES[protocol])], content

    def _pending(self, call: Call, waiting: eventservice.Waiting, protocol: str) -> Pending:
        state = self.state

        def tick() -> None:
            with state.lock:
                settle(state)

        def finish() -> Response:
            with state.lock:
                settle(state)
                answer = eventservice.collect(
                    state, waiting.point, waiting.limit, call.operation.response_type
                )
                return self._reply(call, answer, protocol)

        def cancel() -> None:
            with state.lock:
                waiting.point.pulling = False

        return Pending(
            waiting.point.signal,
            waiting.deadline,
            tick=tick,
            finish=lambda: self._guarded(protocol, call.operation.qualified_name, finish),
            cancel=cancel,
        )

    def _soap_operation(self, body: bytes) -> Operation:
        try:
            element = body_element(body)
        except (UnsafeXml, FaultError) as exc:
            raise faults.malformed(f"not a SOAP request: {exc}") from None
        name = etree.QName(element)
        namespace, local = name.namespace or "", name.localname
        operation = self._by_element.get((namespace, local))
        if operation is None:
            raise faults.not_supported(f"no operation {local} in namespace {namespace!r}")
        schema.check_element(element, operation.request_type, local)
        return operation

    def _json_operation(self, path: str, body: bytes) -> Operation:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise faults.malformed(f"malformed JSON: {exc}") from None
        if not isinstance(data, dict) or len(data) != 1:
            raise faults.malformed('a JSON request is one member named "prefix:Operation"')
        (name,) = data
        served = self._by_endpoint[path]
        if ":" not in name:  # some clients leave the prefix out; fine while unambiguous
            matches = [op for op in served.values() if op.info.name == name]
            if len(matches) == 1:
                return matches[0]
        elif name in served:
            return served[name]
        raise faults.not_supported(f"{path} serves no operation {name!r}")

    def _save(self) -> None:
        """Save the configuration when it changed since the last save (caller holds the lock
        or is the constructor)."""
        if self.state_file is None or self.state.revision == self._saved:
            return
        self.state.save(self.state_file)
        self._saved = self.state.revision
