"""Spec problems, reported as one readable line each instead of a traceback."""

from __future__ import annotations

from pathlib import Path


class SpecError(Exception):
    """A spec file is missing, malformed, or says something the generator cannot use."""

    def __init__(
        self, file: str | Path, reason: str, *, element: str | None = None, line: int | None = None
    ) -> None:
        self.file = str(file)
        self.reason = reason
        self.element = element
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f" {self.element}:" if self.element else ""
        return f"{where}:{what} {self.reason}"
