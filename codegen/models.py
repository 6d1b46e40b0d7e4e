"""Compile the XSD types of the spec files into dataclass modules with xsdata.

xsdata does the XSD work (imports, extensions, enumerations, names, docstrings). We add
passes of our own (passes.py), make every field's XML name and namespace explicit in its
metadata (so the runtime codecs read the models without knowing xsdata's inference rules),
and collect the modules in memory instead of letting xsdata write and import them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from xsdata.codegen.exceptions import CodegenError
from xsdata.codegen.handlers import DesignateClassPackages
from xsdata.codegen.models import Attr, Class
from xsdata.codegen.transformer import ResourceTransformer
from xsdata.formats.dataclass.filters import Filters
from xsdata.formats.dataclass.generator import DataclassGenerator
from xsdata.logger import logger as xsdata_logger
from xsdata.models.config import DocstringStyle, GeneratorConfig, StructureStyle
from xsdata.utils import package as xsdata_package

from .errors import SpecError
from .headers import notice, spec_name
from .locations import Locations
from .passes import is_secret, run_passes

PACKAGE = "models"
MODULE_DOC = (
    "Models of the types in the spec: one dataclass per complex type and element, one\n"
    "enumeration per enumerated simple type, with explicit XML names."
)


class _ExplicitFilters(Filters):
    """Field metadata always names the XML name and namespace of the field."""

    def field_metadata(
        self, obj: Class, attr: Attr, parent_namespace: str | None
    ) -> dict[str, Any]:
        metadata = super().field_metadata(obj, attr, parent_namespace)
        if not attr.is_wildcard and not attr.is_nameless:
            metadata.setdefault("name", attr.local_name)
        if attr.is_element and attr.namespace:
            metadata["namespace"] = attr.namespace
        if attr.is_nameless and not attr.is_wildcard:
            metadata["type"] = "Text"
        return metadata

    def class_params(self, obj: Class) -> Iterator[tuple[str, str]]:
        """The Attributes: section lists the fields the spec documents, not the others."""
        return ((name, doc) for name, doc in super().class_params(obj) if doc)

    def field_definition(self, obj: Class, attr: Attr, parent_namespace: str | None) -> str:
        definition = super().field_definition(obj, attr, parent_namespace)
        if is_secret(obj.name, attr.local_name):
            return definition.replace("field(", "field(\n        repr=False,", 1)
        return definition


class _Generator(DataclassGenerator):
    @classmethod
    def init_filters(cls, config: GeneratorConfig) -> Filters:
        return _ExplicitFilters(config)

    def ruff_code(self, file_paths: list[str]) -> None:
        # xsdata calls a `ruff` found on PATH; we call the one of this interpreter.
        config = (
            Path(sys.modules[DataclassGenerator.__module__].__file__ or "").parent / "ruff.toml"
        )
        for command in (["check", "--fix", "--unsafe-fixes", "--exit-zero"], ["format"]):
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ruff",
                    *command,
                    "--config",
                    str(config),
                    "--quiet",
                    *file_paths,
                ],
                check=True,
                capture_output=True,
            )

    def validate_imports(self) -> None:
        """The caller imports the modules itself, from a staging directory."""


class _LocalTransformer(ResourceTransformer):
    """xsdata reading only local files: each location it resolves (relative to the file
    that names it) goes through ``locations``, which maps catalogued URLs to their files and
    refuses the rest. xsdata alone would download an absolute location."""

    __slots__ = ("locations",)

    def __init__(self, config: GeneratorConfig, locations: Locations) -> None:
        super().__init__(config=config)
        self.locations = locations

    def process_schema(self, uri: str, namespace: str | None = None) -> None:
        super().process_schema(self.locations.local_uri(uri), namespace)

    def parse_definitions(self, uri: str, namespace: str | None) -> Any:
        return super().parse_definitions(self.locations.local_uri(uri), namespace)

    def load_resource(self, uri: str) -> bytes | None:
        if not uri.startswith("file:"):
            raise SpecError(uri, "not a local file; the generator never downloads")
        return super().load_resource(uri)


def _config() -> GeneratorConfig:
    config = GeneratorConfig()
    config.output.package = PACKAGE
    config.output.structure_style = StructureStyle.FILENAMES
    config.output.docstring_style = DocstringStyle.GOOGLE
    config.output.relative_imports = True
    config.output.max_line_length = 99
    config.output.format.slots = True  # xsdata makes dataclasses kw_only on Python >= 3.10
    return config


def place_modules(classes: list[Class], root: Path) -> None:
    """The module of each class, from the file that declares it.

    Files below ``root`` (the spec directory) keep xsdata's layout: folders relative to their
    common folder. Files from elsewhere (catalogued, built in) go to
    ``external/<folder>/<file>``, so the output does not depend on where they are installed
    and does not move the spec files' modules."""
    files = {cls.location or "": _file(cls.location or "") for cls in classes}
    inside = [path for path in files.values() if path.is_relative_to(root)]
    common = Path(os.path.commonpath([path.parent for path in inside])) if inside else root
    for cls in classes:
        path = files[cls.location or ""]
        if path.is_relative_to(root):
            folders = path.parent.relative_to(common).parts
        else:
            folders = ("external", path.parent.name)
        module = xsdata_package.module_name(path.as_uri())
        DesignateClassPackages.assign([cls], ".".join([PACKAGE, *folders]), module)


def _file(uri: str) -> Path:
    return Path(url2pathname(unquote(urlsplit(uri).path))).resolve()


@dataclass(frozen=True)
class ModelsModule:
    text: str
    sources: tuple[str, ...]  # the spec files of its types, relative to the spec folder


def compile_models(
    sources: list[Path], locations: Locations, specs: Path
) -> dict[str, ModelsModule]:
    """Modules of dataclasses for the types of ``sources`` (WSDL or XSD files below the
    spec folder ``specs``, whose imports ``locations`` has checked and mapped to local
    files), by their path under the models package; package ``__init__.py`` files are not
    included (the caller writes them)."""
    config = _config()
    transformer = _LocalTransformer(config, locations)
    uris = [path.resolve().as_uri() for path in sources]
    specs = specs.resolve()  # before the chdir below: a relative folder means the caller's
    xsdata_logger.setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as stage, contextlib.chdir(stage):
        # xsdata caches paths made from the working directory; ours changes per run.
        xsdata_package.package_path.cache_clear()
        xsdata_package.module_path.cache_clear()
        try:
            transformer.process_sources(uris)
            classes = transformer.analyze_classes(transformer.classes)
        except CodegenError as exc:
            raise SpecError(", ".join(str(p) for p in sources), f"xsdata: {exc}") from None
        run_passes(classes)
        place_modules(classes, specs)
        generator = _Generator(config)
        generator.normalize_packages(classes)
        origins = {
            path.with_suffix(".py"): tuple(sorted({_spec_file(c, specs) for c in cluster}))
            for path, cluster in generator.group_by_module(classes).items()
        }
        written = []
        for result in generator.render(classes):  # ruff runs after the last file is written
            if result.title != "init":
                header = f'"""{MODULE_DOC}\n\n{notice(origins[result.path])}\n"""\n\n'
                result.path.parent.mkdir(parents=True, exist_ok=True)
                result.path.write_text(header + result.source, encoding="utf-8")
                written.append(result.path)
        package_dir = Path(stage) / PACKAGE
        return {
            path.relative_to(package_dir).as_posix(): ModelsModule(
                path.read_text(encoding="utf-8"), origins[path]
            )
            for path in sorted(written)
        }


def _spec_file(cls: Class, specs: Path) -> str:
    """The spec file that declares ``cls`` (xsdata keeps its location as a file URL)."""
    return spec_name(_file(cls.location or ""), specs)


def models_modules(package: str) -> list[ModuleType]:
    """The models modules of ``package`` (importable: the generator's stage), imported and
    sorted by name; package ``__init__`` modules, which define no classes, are left out."""
    root = Path(importlib.import_module(package).__file__ or "").parent
    modules = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] != "__init__":
            modules.append(importlib.import_module(".".join([package, *parts])))
    return modules


def model_classes(module: ModuleType) -> list[type]:
    """The dataclasses a models module defines, in source order."""
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and value.__module__ == module.__name__
        and dataclasses.is_dataclass(value)
    ]
