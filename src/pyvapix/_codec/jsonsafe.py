"""Parse JSON from devices strictly: bounded size, a leading UTF-8 BOM allowed, numbers
finite (``NaN``, ``Infinity`` and overflowing literals such as ``1e999`` are refused rather
than turned into values no device means)."""

from __future__ import annotations

import json
import math
from typing import Any

from .xmlsafe import MAX_BYTES


class UnsafeJson(ValueError):
    """The payload is not JSON we accept; the message says why."""


def _refuse_constant(name: str) -> Any:
    raise UnsafeJson(f"the number {name} is not accepted")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UnsafeJson(f"the number {text[:40]} is out of range")
    return value


def loads(payload: bytes | str) -> Any:
    if len(payload) > MAX_BYTES:
        raise UnsafeJson(f"JSON payload exceeds the {MAX_BYTES}-byte limit")
    if isinstance(payload, bytes) and payload.startswith(b"\xef\xbb\xbf"):
        payload = payload[3:]
    elif isinstance(payload, str) and payload.startswith("\ufeff"):
        payload = payload[1:]
    try:
        return json.loads(payload, parse_constant=_refuse_constant, parse_float=_finite)
    except UnsafeJson:
        raise
    except (ValueError, RecursionError) as exc:
        raise UnsafeJson(f"malformed JSON: {exc}") from None
