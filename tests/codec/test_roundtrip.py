"""model -> SOAP -> model and model -> JSON -> model, for every operation's messages.

The runtime's specialised codecs (generated per class) do this work; tests/codec/
test_specialised.py shows that the generic codecs give the same results."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pyvapix
from pyvapix._catalogue import default_catalogue
from pyvapix._codec import layout

from ..conftest import examples
from .strategies import model

OPERATIONS = sorted(default_catalogue().operations)


@pytest.mark.parametrize("op", OPERATIONS)
@settings(max_examples=examples(8))
@given(data=st.data())
def test_round_trip(op: str, data: st.DataObject) -> None:
    operation = default_catalogue().operation(op)
    for message, cls in (
        ("request", operation.request_type),
        ("response", operation.response_type),
    ):
        assert layout.layout_of(cls).codecs is not None, "no specialised codecs"
        before = layout.fallbacks.copy()
        obj = data.draw(model(cls), label=message)
        for protocol in ("soap", "json"):
            wire = pyvapix.encode(op, obj, message=message, protocol=protocol)
            assert pyvapix.decode(op, wire, message=message, protocol=protocol) == obj, (
                protocol,
                wire,
            )
        assert layout.fallbacks == before, "the specialised codecs handed over"
