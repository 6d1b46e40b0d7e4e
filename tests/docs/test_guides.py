"""Every Python example of the hand-written pages runs, against the in-process simulator.

The blocks of one page run in order in one namespace, as a reader would type them. A client
made for a device address (``http://192.168.0.90``) talks to an in-process simulator, one
per page, so the examples build on each other; a client for a loopback address (a simulator
the example started itself) talks to it over HTTP.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import pyvapix
from pyvapix import _cli, sim
from tests.conftest import ROOT, SPECS

from .pages import code_blocks

PAGES = sorted((ROOT / "docs").rglob("*.md"))
LOOPBACK = ("127.0.0.1", "localhost")


def _to_simulator(real: Callable[..., Any], transport: Callable[[], Any]) -> Callable[..., Any]:
    @functools.wraps(real)
    def make(base_url: str, *args: Any, **kwargs: Any) -> Any:
        if urlsplit(base_url).hostname not in LOOPBACK:
            kwargs.setdefault("transport", transport())
        return real(base_url, *args, **kwargs)

    return make


@pytest.fixture
def simulated_device(monkeypatch: pytest.MonkeyPatch) -> None:
    state = sim.DeviceState()
    monkeypatch.setattr(
        pyvapix, "Client", _to_simulator(pyvapix.Client, lambda: sim.transport(state))
    )
    monkeypatch.setattr(
        pyvapix,
        "AsyncClient",
        _to_simulator(pyvapix.AsyncClient, lambda: sim.async_transport(state)),
    )


@pytest.fixture
def generated_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``mypkg``, generated from the specs as the regenerating guide does it."""
    assert _cli.main(["generate", "--specs", str(SPECS), "--out", str(tmp_path / "mypkg")]) == 0
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)


def test_the_pages_have_python_examples() -> None:
    blocks = {
        page.name: len(code_blocks(page.read_text(encoding="utf-8"), "python")) for page in PAGES
    }
    assert all(blocks.values()) and sum(blocks.values()) >= 15, blocks


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT / "docs").as_posix())
def test_every_python_example_runs(
    page: Path, simulated_device: None, request: pytest.FixtureRequest
) -> None:
    if page.name == "regenerating.md":
        request.getfixturevalue("generated_package")
    namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    for number, block in enumerate(code_blocks(page.read_text(encoding="utf-8"), "python"), 1):
        code = compile(block, f"{page.name}, example {number}", "exec")
        exec(code, namespace)
