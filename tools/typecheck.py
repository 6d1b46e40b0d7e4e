"""mypy --strict over pyvapix as it is installed.

codegen/ and generated/ are installed as pyvapix.codegen and pyvapix.generated (setup.py
maps the folders), and the editable install finds them through an import hook, which mypy
does not run. So the package is staged as a wheel would lay it out, in build/typecheck/,
mypy runs there, and the paths it prints are mapped back to the repository's files.

    python tools/typecheck.py -p pyvapix
    python tools/typecheck.py examples bench
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "typecheck"
# Where each staged folder comes from, most specific first.
SOURCES = (
    ("pyvapix/generated", ROOT / "generated"),
    ("pyvapix/codegen", ROOT / "codegen"),
    ("pyvapix", ROOT / "src" / "pyvapix"),
)


def stage(dest: Path = STAGE) -> Path:
    """Copy the package into ``dest`` as installed (fresh each time); returns ``dest``."""
    if dest.exists():
        shutil.rmtree(dest)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for relative, source in reversed(SOURCES):
        shutil.copytree(source, dest / relative, ignore=ignore, dirs_exist_ok=True)
    return dest


def to_repository(text: str, dest: Path = STAGE) -> str:
    """mypy's output with staged paths replaced by the repository's."""
    for relative, source in SOURCES:
        for staged in (str(dest / relative), os.path.relpath(dest / relative, ROOT)):
            text = text.replace(staged + os.sep, str(source.relative_to(ROOT)) + os.sep)
    return text


def run(arguments: list[str], *, cwd: Path = ROOT, dest: Path = STAGE) -> int:
    staged = stage(dest)
    targets = [
        str(staged / "pyvapix") if argument == "src/pyvapix" else argument
        for argument in arguments
    ]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *targets],
        cwd=cwd,
        env={**os.environ, "MYPYPATH": str(staged)},
        capture_output=True,
        text=True,
    )
    sys.stdout.write(to_repository(result.stdout, dest))
    sys.stderr.write(to_repository(result.stderr, dest))
    return result.returncode


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
