"""``python -m codegen [--check] [--specs DIR] [--out DIR]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .errors import SpecError
from .generate import differences, render, write

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--check", action="store_true",
                        help="compare with a fresh generation instead of writing; exit 1 on differences")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        files = render(args.specs)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = differences(files, args.out)
        if stale:
            print(f"{args.out} is stale; run `make generate`. Differing files:", file=sys.stderr)
            for path in stale:
                print(f"  {path}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(files)} files)")
        return 0
    write(files, args.out)
    print(f"wrote {len(files)} files to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
