"""Shared test helpers: where the repository and the reference material are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
SHARED = ROOT.parent / "shared" / "reference"


def shared(*parts: str) -> Path:
    """A path in ../shared/reference, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference material not present: {path}")
    return path
