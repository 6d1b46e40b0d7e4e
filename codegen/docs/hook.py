"""MkDocs hook (``hooks:`` in mkdocs.yml): the generated reference pages join the site.

MkDocs loads this file by its path, so it imports the renderer by its installed name. The
pages are rendered once per build, from ``specs/`` beside mkdocs.yml, and added as
generated files: nothing is written into docs/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from pyvapix.codegen.docs import NavEntry, Reference, render_reference

_rendered: dict[str, Reference] = {}  # by config file, from on_config to on_files


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    specs = Path(config.config_file_path).parent / "specs"
    reference = _rendered[config.config_file_path] = render_reference(specs)
    config.nav = [*(config.nav or []), {"Reference": _mkdocs_nav(reference.nav)}]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, text in _rendered[config.config_file_path].pages.items():
        files.append(File.generated(config, path, content=text))
    return files


def _mkdocs_nav(entries: list[NavEntry]) -> list[dict[str, Any]]:
    return [
        {title: target if isinstance(target, str) else _mkdocs_nav(target)}
        for title, target in entries
    ]
