"""The documented examples, scored by the shared conformance tool (skipped without it)."""

from __future__ import annotations

import re
import subprocess
import sys

from ..conftest import ROOT, shared


def test_documented_examples_conform() -> None:
    tool = shared("..", "tools", "conformance.py")
    result = subprocess.run(
        [sys.executable, str(tool)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    last = result.stdout.strip().splitlines()[-1]
    match = re.match(
        r"conformance: (\d+)/(\d+) round trip, (\d+)/\d+ across protocols, "
        r"(\d+)/\d+ typed",
        last,
    )
    assert match, result.stdout[-2000:] + result.stderr[-2000:]
    ok, usable, across, typed = (int(g) for g in match.groups())
    assert ok / usable >= 0.97, result.stdout
    assert across / usable >= 0.95, result.stdout
    assert typed >= usable - 2, result.stdout  # the two undecodable ones are doc typos
