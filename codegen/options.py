"""The options of ``pyvapix generate``, importable without the generator's dependencies
(the CLI builds its parser from them on every start)."""

from __future__ import annotations

import argparse
from pathlib import Path

# In a source checkout, the repository's specs/ and generated/ are the defaults; an
# installed pyvapix has no such folders, and then --specs and --out are required.
CHECKOUT = Path(__file__).resolve().parent.parent
DEFAULT_SPECS = CHECKOUT / "specs"
DEFAULT_OUT = CHECKOUT / "generated"
DEFAULT_PACKAGE = "pyvapix.generated"  # the import name of DEFAULT_OUT


def in_checkout() -> bool:
    return DEFAULT_SPECS.is_dir() and (CHECKOUT / "pyproject.toml").is_file()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    checkout = in_checkout()
    parser.add_argument(
        "--specs",
        type=Path,
        default=DEFAULT_SPECS if checkout else None,
        required=not checkout,
        help="spec directory: WSDL/XSD files, optional services.yaml and cgi/*.yaml",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT if checkout else None,
        required=not checkout,
        help="output package directory, replaced as a whole",
    )
    parser.add_argument(
        "--catalog",
        type=Path,
        default=None,
        metavar="FILE",
        help="map absolute import locations to local files: 'URL  relative-path' lines, "
        "'#' comments, paths relative to FILE (the generator never downloads)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with a fresh generation instead of writing; exit 1 on differences",
    )


def package_name(out: Path) -> str | None:
    """The import name of the output package when it is known (the default output)."""
    return DEFAULT_PACKAGE if out.resolve() == DEFAULT_OUT else None
