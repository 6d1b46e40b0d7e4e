"""Hypothesis strategies that build random instances of any generated model class."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from pyvapix._codec import layout as s

# Text an XML document can carry (no control characters, no surrogates); "\r" included on
# purpose: it must survive SOAP.
TEXT = st.text(
    # Cn holds U+FFFE and U+FFFF, which XML cannot carry either (encode refuses them).
    st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters="\r\n\t"),
    max_size=12,
)


def scalar(scalar_type: s.Scalar) -> st.SearchStrategy[Any]:
    if isinstance(scalar_type, s.SecretScalar):  # a secret is generated like its type
        return scalar(scalar_type.inner)
    if isinstance(scalar_type, s.EnumScalar):
        return st.sampled_from(list(scalar_type.enum_type))
    if isinstance(scalar_type, s.UnionScalar):
        return st.one_of([scalar(m) for m in scalar_type.members])
    if isinstance(scalar_type, s.BytesScalar):
        return st.binary(max_size=16)
    if scalar_type is s.BOOL:
        return st.booleans()
    if scalar_type is s.INT:
        return st.integers(-(2**31), 2**31 - 1)
    if scalar_type is s.FLOAT:
        return st.floats(allow_nan=False, allow_infinity=False)
    if scalar_type is s.DECIMAL:
        return st.decimals(allow_nan=False, allow_infinity=False, places=3).map(Decimal)
    return TEXT


def model(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    layout = s.layout_of(cls)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in layout.fields:
        if field.kind not in (s.ELEMENT, s.ATTRIBUTE, s.TEXT):
            continue
        if field.model is not None:
            if depth >= 3:
                if field.required:
                    fields[field.name] = st.just([] if field.is_list else None)
                continue
            one = model(field.model, depth + 1)
        else:
            assert field.scalar is not None
            one = scalar(field.scalar)
        if field.is_list:
            fields[field.name] = st.lists(one, max_size=2)
        elif field.required or field.kind == s.TEXT:
            fields[field.name] = one
        else:
            fields[field.name] = st.none() | one
    return st.builds(cls, **fields)
