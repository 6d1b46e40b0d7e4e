"""Downloads (server report, network trace, system log) written to a file as they arrive.

Chunks go straight from the socket to ``<dest>.part``, renamed to ``<dest>`` once complete
(a failed download leaves no half file under the final name). A progress callback sees
``(bytes so far, total or None)`` after every chunk; :class:`ProgressBar` is a ready one for
terminals.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, TextIO, Union

from ._results import Download

Progress = Callable[[int, int | None], None]
Destination = Union[str, "os.PathLike[str]", IO[bytes]]
_FILENAME = re.compile(r"filename\*?\s*=\s*(?:UTF-8'')?\"?([^\";]+)\"?", re.IGNORECASE)


def filename_from(content_disposition: str) -> str | None:
    """The file name a Content-Disposition header proposes, reduced to a bare name."""
    match = _FILENAME.search(content_disposition or "")
    if not match:
        return None
    name = os.path.basename(match.group(1).strip().replace("\\", "/"))
    return name if name not in ("", ".", "..") else None


def total_from(content_length: str | None) -> int | None:
    try:
        return int(content_length) if content_length else None
    except ValueError:
        return None


class DownloadSink:
    """Where the chunks of one download go.

    ``dest`` is a file path, an existing directory (the device's proposed file name, else
    ``default_name``, is used inside it) or an open binary file (written as is, not
    closed)."""

    def __init__(
        self,
        dest: Destination,
        *,
        default_name: str,
        proposed_name: str | None,
        total: int | None,
        progress: Progress | None,
    ) -> None:
        self.total = total
        self.size = 0
        self._progress = progress
        self.path: Path | None = None
        self._part: Path | None = None
        if hasattr(dest, "write"):
            self._file: IO[bytes] = dest  # type: ignore[assignment]
            self._own = False
        else:
            path = Path(dest)
            if path.is_dir():
                path = path / (proposed_name or default_name)
            self.path = path
            self._part = path.with_name(path.name + ".part")
            self._file = open(self._part, "wb")  # noqa: SIM115 - closed in finish/abort
            self._own = True
        if progress is not None:
            progress(0, total)

    def write(self, chunk: bytes) -> None:
        if not chunk:
            return
        self._file.write(chunk)
        self.size += len(chunk)
        if self._progress is not None:
            self._progress(self.size, self.total)

    def finish(self, headers: Mapping[str, str]) -> Download:
        """Close (and rename into place) a complete download; ``headers`` are the answer's."""
        if self._own:
            self._file.close()
            assert self._part is not None and self.path is not None
            os.replace(self._part, self.path)
        else:
            self._file.flush()
        return Download(
            path=str(self.path) if self.path else None,
            size=self.size,
            content_type=headers.get("content-type", ""),
            filename=filename_from(headers.get("content-disposition", "")),
        )

    def abort(self) -> None:
        if self._own:
            self._file.close()
            if self._part is not None:
                self._part.unlink(missing_ok=True)


def _size(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if count < 1024 or unit == "GiB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GiB"


class ProgressBar:
    """A one-line progress bar for a terminal: ``[#####.....]  50%  1.2 MiB / 2.4 MiB``,
    or a byte count when the size is unknown. Call :meth:`close` to end the line."""

    def __init__(self, stream: TextIO | None = None, width: int = 30, label: str = "") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.label = f"{label} " if label else ""
        self._last = ""

    def __call__(self, done: int, total: int | None) -> None:
        if total:
            filled = min(self.width, self.width * done // total)
            line = (
                f"{self.label}[{'#' * filled}{'.' * (self.width - filled)}] "
                f"{100 * done // total:3d}%  {_size(done)} / {_size(total)}"
            )
        else:
            line = f"{self.label}{_size(done)}"
        if line != self._last:
            self.stream.write("\r" + line)
            self.stream.flush()
            self._last = line

    def close(self) -> None:
        if self._last:
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
