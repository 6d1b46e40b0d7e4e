"""The demo a newcomer runs first (make demo) works, over both protocols."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_demo_runs_over_json_and_soap() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "over JSON:" in out and "over SOAP:" in out
    assert out.count(": granted (Granted)") == 2
    assert out.count("deadbeef: denied (InvalidCredential)") == 2
    assert "AccessControl/AccessGranted/Credential" in out
    assert out.rstrip().endswith("simulator stopped")
