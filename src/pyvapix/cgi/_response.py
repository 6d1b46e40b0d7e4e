"""An answer of a CGI operation -> its result, or the error it stands for; without I/O.

Order of the checks:
1. the spec's error rules, on the body text (most errors arrive as HTTP 200);
2. errors built into the format: the ``error`` member of a JSON API reply, an XML
   ``<reply result="error">``;
3. the HTTP status: 401/403 -> :class:`~pyvapix.AuthenticationError`, 404/405 ->
   :class:`CgiNotSupportedError`, any other non-2xx -> :class:`~pyvapix.TransportError`;
4. the success body, parsed into the result type.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .._codec import jsonsafe, xmlsafe
from .._errors import AuthenticationError, DecodeError, TransportError
from . import _records as records
from ._errors import (
    PROTOCOL,
    CgiApiError,
    CgiAuthenticationError,
    CgiError,
    CgiNotSupportedError,
    CgiPartialError,
    CgiRequestError,
)
from ._operation import CgiOperation, CgiResponse, ErrorRule
from ._text import decode_text, numbered_lines, parse_kv

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_RULES: dict[str, re.Pattern[str]] = {}


def _pattern(text: str) -> re.Pattern[str]:
    try:
        return _RULES[text]
    except KeyError:
        compiled = _RULES[text] = re.compile(text, re.MULTILINE)
        return compiled


def _code(value: str | None) -> str | int | None:
    if value is None or value == "":
        return None
    return int(value) if value.strip().lstrip("-").isdigit() else value.strip()


def _applies(rule: ErrorRule, status: int) -> bool:
    return status in rule.status if rule.status else 200 <= status < 300


def check_rules(op: CgiOperation, status: int, text: str) -> None:
    """Raise the error of the first rule that recognises ``text``."""
    for rule in op.errors:
        if not _applies(rule, status):
            continue
        groups: dict[str, str | None] = {}
        if rule.match is not None:
            found = _pattern(rule.match).search(text)
            if found is None:
                continue
            groups = found.groupdict()
            message = (groups.get("message") or "").strip() or found.group(0).strip()
        elif rule.unless is not None:
            if _pattern(rule.unless).search(text):
                continue
            message = text.strip()
        else:
            message = text.strip()
        raise _error(
            op,
            rule.error,
            message or f"HTTP {status}",
            status,
            text,
            _code(groups.get("code")),
            groups.get("entry"),
        )


def _error(
    op: CgiOperation,
    kind: str,
    message: str,
    status: int,
    text: str,
    code: str | int | None,
    entry: str | None = None,
) -> CgiError:
    meaning = op.response.codes.get(str(code)) if code is not None else None
    common: dict[str, Any] = dict(
        operation=op.qualified_name, status_code=status, code=code, meaning=meaning, body=text
    )
    if kind == "partial":
        return CgiPartialError(message, entry=(entry or "").strip(), **common)
    if kind == "auth":
        return CgiAuthenticationError(message, **common)
    return CgiRequestError(message, **common)


def check_status(op: CgiOperation, status: int) -> None:
    if 200 <= status < 300:
        return
    name = op.qualified_name
    if status == 401:
        raise AuthenticationError(
            "the device refused the credentials (HTTP 401)", operation=name, protocol=PROTOCOL
        )
    if status == 403:
        raise AuthenticationError(
            f"the account lacks the rights for this operation (HTTP 403; needs {op.role})",
            operation=name,
            protocol=PROTOCOL,
        )
    if status in (404, 405):
        what = "no such CGI" if status == 404 else "the CGI refuses this method"
        raise CgiNotSupportedError(
            f"the device answered HTTP {status}: {what}", operation=name, status_code=status
        )
    raise TransportError(f"HTTP {status}", operation=name, protocol=PROTOCOL, status_code=status)


def _json(text: str) -> Any:
    try:
        return jsonsafe.loads(text)
    except jsonsafe.UnsafeJson as exc:
        raise DecodeError(str(exc)) from None


def _json_error(op: CgiOperation, status: int, data: Any, text: str) -> None:
    if not op.response.envelope:
        return
    if not isinstance(data, dict) or not isinstance(data.get("error"), dict):
        return
    error = data["error"]
    code = error.get("code")
    message = str(error.get("message") or f"error {code}")
    details = error.get("details") if isinstance(error.get("details"), dict) else None
    listed = error.get("errors")
    errors = [e for e in listed if isinstance(e, dict)] if isinstance(listed, list) else []
    raise CgiApiError(
        message,
        operation=op.qualified_name,
        status_code=status,
        code=code if isinstance(code, (int, str)) else None,
        meaning=op.response.codes.get(str(code)),
        body=text,
        details=details,
        errors=errors,
    )


def _xml(payload: bytes | str) -> etree._Element:
    if isinstance(payload, str):  # a declared encoding no longer applies to decoded text
        payload = _XML_DECLARATION.sub("", payload, count=1).encode("utf-8")
    try:
        return xmlsafe.parse(payload)
    except xmlsafe.UnsafeXml as exc:
        raise DecodeError(str(exc)) from None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_error(op: CgiOperation, status: int, root: etree._Element, text: str) -> None:
    if _local(root.tag) != "reply" or root.get("result", "").lower() != "error":
        return
    error = next((e for e in root.iter() if _local(e.tag) == "error"), None)
    message = (error.get("message") if error is not None else None) or "error reply"
    code = _code(error.get("type") if error is not None else None)
    raise _error(op, "request", message, status, text, code)


def interpret(op: CgiOperation, status: int, payload: bytes | str, content_type: str = "") -> Any:
    """The result of ``op`` for an answer, or the error it stands for."""
    try:
        return _interpret(op, status, payload, content_type)
    except DecodeError as exc:
        exc.operation, exc.protocol = op.qualified_name, PROTOCOL
        raise
    except records.RecordError as exc:
        raise DecodeError(str(exc), operation=op.qualified_name, protocol=PROTOCOL) from None


def _interpret(op: CgiOperation, status: int, payload: bytes | str, content_type: str) -> Any:
    response = op.response
    success = 200 <= status < 300
    if response.format == "binary" and success:
        return payload.encode("iso-8859-1") if isinstance(payload, str) else payload
    text = decode_text(payload, content_type=content_type, charset=response.charset)
    check_rules(op, status, text)
    if response.format == "json" and text.lstrip()[:1] == "{":
        data = _json(text) if success else _json_or_none(text)
        _json_error(op, status, data, text)
        check_status(op, status)
        return _from_json(response, data)
    if response.format == "xml" and text.lstrip()[:1] == "<":
        if success:
            root = _xml(payload)
        else:
            try:
                root = _xml(payload)
            except DecodeError:
                check_status(op, status)
                raise
        _xml_error(op, status, root, text)
        check_status(op, status)
        return _from_xml(response, root)
    check_status(op, status)
    if response.format in ("json", "xml"):
        raise DecodeError(f"expected {response.format.upper()}, got {text[:60]!r}")
    return parse_text(response, text)


def _json_or_none(text: str) -> Any:
    try:
        return jsonsafe.loads(text)
    except jsonsafe.UnsafeJson:
        return None


def _from_json(response: CgiResponse, data: Any) -> Any:
    if not isinstance(data, dict):
        raise DecodeError("expected a JSON object")
    if response.result is None:
        return None
    if not response.envelope:
        return records.from_json(response.result, data)
    body = data.get("data")
    if body is None:
        body = {}
    if response.data:
        body = body.get(response.data) if isinstance(body, dict) else None
        if body is None:
            body = {}
    if not isinstance(body, dict):
        raise DecodeError(
            f"expected an object in 'data{'.' + response.data if response.data else ''}'"
        )
    return records.from_json(response.result, body, envelope=data)


def _from_xml(response: CgiResponse, root: etree._Element) -> Any:
    result = response.result
    if result is None:
        return None
    if hasattr(result, "from_element"):
        return result.from_element(root, response)
    return records.from_xml(result, root)


def parse_text(response: CgiResponse, text: str) -> Any:
    """A text body (formats kv, lines, text) as the response's result."""
    result = response.result
    if result is None:
        return None
    if result is str:
        return text.strip()
    if hasattr(result, "from_text"):
        return result.from_text(text, response)
    if response.format == "kv":
        pairs = parse_kv(
            text,
            strip_prefix=response.strip_prefix,
            strip_space=response.strip_space,
            unquote=response.unquote,
        ).pairs
        if response.group:
            prefix = response.group.rstrip(".") + "."
            pairs = {k[len(prefix) :]: v for k, v in pairs.items() if k.startswith(prefix)}
            return records.from_flat(result, pairs, where=prefix)
        return records.from_flat(result, pairs)
    if response.format == "lines":
        return records.from_flat(result, numbered_lines(text))
    flat: dict[str, str] = {}
    if response.capture:
        found = _pattern(response.capture).search(text)
        if found is None:
            raise DecodeError(f"unexpected answer {text.strip()[:80]!r}")
        flat.update({k: v for k, v in found.groupdict().items() if v is not None})
    if not response.capture or any(f.key == "text" for f in records.plan(result)):
        flat.setdefault("text", text.strip())
    return records.from_flat(result, flat)
