"""The PACS message codecs (JSON and SOAP) the clients use; pyvapix.decode/encode dispatch
here (and to the CGI codecs) from pyvapix._messages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from .._catalogue import Operation
from .._errors import DecodeError, EncodeError, FaultError
from . import jsonsafe, soap, xmlsafe
from .faults import device_error_from_json, fault_from_json
from .layout import FieldError, is_model, layout_of
from .plain import from_plain, to_plain

Message = Literal["request", "response"]

__all__ = ["Message", "decode_for", "decode_headers", "encode_for", "from_plain", "to_plain"]


def _check_message(message: str) -> None:
    if message not in ("request", "response"):
        raise ValueError(f"message must be 'request' or 'response', not {message!r}")


def decode_for(
    operation: Operation, payload: bytes | str, *, message: Message, protocol: str
) -> Any:
    _check_message(message)
    cls = operation.request_type if message == "request" else operation.response_type
    name = operation.qualified_name
    try:
        if protocol == "json":
            return _decode_json(operation, cls, payload, message)
        if protocol == "soap":
            element = soap.body_element(payload)
            expected = (
                operation.info.input_element
                if message == "request"
                else operation.info.output_element
            )
            local = soap._local(element.tag)
            if local != expected:
                raise DecodeError(f"expected a {expected} element, got {local}")
            return soap.element_to_model(element, cls)
    except FaultError as fault:
        fault.operation, fault.protocol = name, protocol
        raise
    except DecodeError as exc:
        exc.operation, exc.protocol = name, protocol
        raise
    except (FieldError, xmlsafe.UnsafeXml) as exc:
        raise DecodeError(str(exc), operation=name, protocol=protocol) from None
    raise ValueError(f"protocol must be 'json' or 'soap', not {protocol!r}")


def _decode_json(operation: Operation, cls: type, payload: bytes | str, message: str) -> Any:
    try:
        data = jsonsafe.loads(payload)
    except jsonsafe.UnsafeJson as exc:
        raise DecodeError(str(exc)) from None
    fault = fault_from_json(data)
    if fault is not None:
        raise fault
    if message == "request" and isinstance(data, dict) and len(data) == 1:
        ((key, inner),) = data.items()
        if key.rsplit(":", 1)[-1] == operation.info.name:  # {"prefix:Op": {...}}
            data = {} if inner is None else inner
    if message == "response":
        error = device_error_from_json(data, layout_of(cls).by_folded)
        if error is not None:
            raise error
    return from_plain(cls, data)


def decode_headers(
    operation: Operation, payload: bytes | str, *, message: Message = "response"
) -> dict[str, Any]:
    """The SOAP header blocks the WSDL binding declares for ``message`` of ``operation``,
    as models keyed by the Clark name of their element; undeclared blocks are not read.
    Raises :class:`~pyvapix.DecodeError` for malformed XML or a block that does not fit."""
    _check_message(message)
    types = operation.header_types(message)
    name = operation.qualified_name
    try:
        element = soap.body_element(payload)
        return soap.header_models(element, types) if types else {}
    except FaultError as fault:
        fault.operation, fault.protocol = name, "soap"
        raise
    except (FieldError, xmlsafe.UnsafeXml) as exc:
        raise DecodeError(str(exc), operation=name, protocol="soap") from None


def encode_for(
    operation: Operation,
    obj: Any,
    *,
    message: Message,
    protocol: str,
    headers: Sequence[Any] = (),
) -> bytes:
    """The wire payload of ``obj``; ``headers`` are SOAP header block models (see
    :func:`soap.envelope`), refused for JSON, which has no headers."""
    _check_message(message)
    cls = operation.request_type if message == "request" else operation.response_type
    name = operation.qualified_name
    try:
        if not is_model(obj):
            obj = from_plain(cls, {} if obj is None else obj, strict=True)
        elif not isinstance(obj, cls):
            raise EncodeError(f"expected a {cls.__name__}, got {type(obj).__name__}")
        if protocol == "json":
            if headers:
                raise EncodeError("JSON messages have no headers; use protocol='soap'")
            content = to_plain(obj)
            if message == "request":
                content = {name: content}
            return json.dumps(content, ensure_ascii=False).encode("utf-8")
        if protocol == "soap":
            element = (
                operation.info.input_element
                if message == "request"
                else operation.info.output_element
            )
            # The element's own namespace: WS-BaseNotification's Renew is a wsnt element
            # although the event service (tev) offers it.
            namespace = layout_of(cls).namespace or operation.service.namespace
            prefix = operation.info.prefix if namespace == operation.service.namespace else None
            return soap.envelope(obj, namespace, element, prefix, headers)
    except EncodeError as exc:
        exc.operation, exc.protocol = name, protocol
        raise
    except FieldError as exc:
        raise EncodeError(str(exc), operation=name, protocol=protocol) from None
    except ValueError as exc:  # lxml refusing an unknown member's text or attribute
        raise EncodeError(
            f"not writable as XML: {exc}", operation=name, protocol=protocol
        ) from None
    raise ValueError(f"protocol must be 'json' or 'soap', not {protocol!r}")
