"""Screenshots of three pages of the built site, to look at it as a reader would.

Not part of CI. Needs the site (``make docs``) and Debian's ``chromium`` package::

    python tools/screenshots.py [--site site] [--out build/screenshots]

The site is served on a free loopback port for the length of the run; each page is opened
by a fresh headless Chromium with a throwaway profile and saved as a PNG.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# name -> (page, window height): the reference page is long, its first entries show too.
PAGES = {
    "home": ("", 1400),
    "guide": ("guides/errors/", 1400),
    "reference": ("reference/tdc/", 4000),
}
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=10000",  # let a long page finish rendering first
)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def shoot(site: Path, out: Path, browser: str) -> list[Path]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    try:
        for name, (page, height) in PAGES.items():
            target = out / f"{name}.png"
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(
                    [
                        browser,
                        *FLAGS,
                        f"--window-size=1280,{height}",
                        f"--user-data-dir={profile}",
                        f"--screenshot={target}",
                        f"http://127.0.0.1:{server.server_port}/{page}",
                    ],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
            saved.append(target)
    finally:
        server.shutdown()
        thread.join()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    args = parser.parse_args()
    browser = shutil.which("chromium")
    if browser is None:
        print("error: needs Debian's chromium package (apt-get install chromium)", file=sys.stderr)
        return 2
    if not (args.site / "index.html").is_file():
        print(f"error: no site in {args.site}: run make docs first", file=sys.stderr)
        return 2
    for path in shoot(args.site, args.out, browser):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
