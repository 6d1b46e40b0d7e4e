"""Shared test helpers: where the repository and the reference material are, and how the
property tests draw their examples.

Hypothesis profiles (``HYPOTHESIS_PROFILE``):

* ``ci``, the default: derandomized (each test's examples are seeded from the test itself),
  so every run of the suite draws the same examples and passes or fails on its merits; no
  deadline and no too-slow health check, which would depend on the load of the machine.
* ``deep``: fresh random examples, :func:`examples` times 20 of them, failures kept in
  ``.hypothesis/`` and replayed first. A failure it finds becomes an ``@example`` (or a
  plain test) next to the property, so the default profile checks it from then on.

``PYVAPIX_FUZZ_EXAMPLES=N`` sets the number of examples of every property test in either
profile (derandomized in ``ci``: a deeper run that is still the same on every machine).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
SHARED = ROOT.parent / "shared" / "reference"

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
DEEP_SCALE = 20
# Health checks that measure time: on a loaded machine they fail a correct test.
TIMING_CHECKS = [HealthCheck.too_slow]

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=TIMING_CHECKS
)
settings.register_profile(
    "deep",
    derandomize=False,
    deadline=None,
    suppress_health_check=TIMING_CHECKS,
    max_examples=100 * DEEP_SCALE,
    print_blob=True,
)
settings.load_profile(PROFILE)


def examples(count: int) -> int:
    """The examples a property test draws: ``count`` (chosen to keep the suite quick), 20
    times as many under the deep profile, or ``PYVAPIX_FUZZ_EXAMPLES`` when set."""
    override = os.environ.get("PYVAPIX_FUZZ_EXAMPLES")
    if override:
        return int(override)
    return count * DEEP_SCALE if PROFILE == "deep" else count


def shared(*parts: str) -> Path:
    """A path in ../shared/reference, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference material not present: {path}")
    return path
