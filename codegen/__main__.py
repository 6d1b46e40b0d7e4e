"""``python -m pyvapix.codegen [--check] [--specs DIR] [--out DIR] [--catalog FILE]``, the same as
``pyvapix generate``."""

from __future__ import annotations

import argparse
import sys
import time

from .errors import SpecError
from .generate import differences, render, write
from .options import add_arguments, package_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pyvapix.codegen", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Generate (or check) as the parsed arguments say; 0 ok, 1 stale, 2 spec error."""
    if not args.specs.is_dir():
        print(f"spec error: {args.specs} is not a directory (give --specs DIR)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        files = render(args.specs, import_name=package_name(args.out), catalog=args.catalog)
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
