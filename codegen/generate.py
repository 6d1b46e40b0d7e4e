"""specs/ -> generated/: the whole generation, deterministic, in one call.

1. read the registry and each service's WSDL operations (registry.py, wsdl.py);
2. compile all types to dataclass modules with xsdata (models.py, passes.py);
3. import those modules from a staging directory and plan the clients (plan.py);
4. render services and the registry with jinja2, format with ruff, write or compare.
"""

from __future__ import annotations

import enum
import importlib
import itertools
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import jinja2

from .cgi import render_cgi
from .codecs import render_codecs
from .errors import SpecError
from .locations import Catalog, Locations
from .models import compile_models
from .plan import ServicePlan, plan_service
from .registry import ServiceEntry, load_registry
from .topics import EventsPlan, plan_events, render_events, topics_file
from .typing_text import Imports
from .wsdl import WsdlService, read_wsdl

TEMPLATES = Path(__file__).parent / "templates"
PACKAGE_DOCS = {
    "__init__.py": "Code generated from specs/: models (dataclasses), services (typed clients) "
    "and the operation registry.",
    "models/__init__.py": "Dataclass models of the spec types, one module per spec file.\n\n"
    "Import the module you need; nothing is re-exported here.",
    "services/__init__.py": "Typed sync and async clients, one module per service prefix.\n\n"
    "Each module is imported only when its service is first used.",
}
_stage_counter = itertools.count()


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def render(
    specs: Path, import_name: str | None = None, catalog: Path | None = None
) -> dict[str, str]:
    """All generated files for ``specs``, as {relative path: text}. ``import_name`` is the
    import name of the output when it is known: the package then refuses any other.
    ``catalog`` maps absolute import locations to local files (see locations.py)."""
    entries = load_registry(specs)
    if not entries:
        raise SpecError(specs, "the registry lists no services")
    locations = Locations(Catalog.load(catalog) if catalog is not None else Catalog())
    locations.scan(entry.wsdl for entry in entries)
    services = [(entry, read_wsdl(entry.wsdl, locations)) for entry in entries]
    for entry, wsdl in services:
        if entry.namespace and entry.namespace != wsdl.namespace:
            raise SpecError(
                entry.wsdl,
                f"targetNamespace {wsdl.namespace!r} differs from the "
                f"registry's namespace {entry.namespace!r} for {entry.prefix!r}",
            )
    sources = sorted({entry.wsdl.resolve() for entry, _ in services})
    model_files = compile_models(sources, locations, specs)
    files = {f"models/{path}": text for path, text in model_files.items()}
    for path in list(files):
        parent = Path(path).parent
        while parent.as_posix() not in ("models", "."):
            files.setdefault(f"{parent.as_posix()}/__init__.py", "")
            parent = parent.parent

    with tempfile.TemporaryDirectory() as stage:
        package = f"_pyvapix_stage_{next(_stage_counter)}"
        _write(Path(stage) / package, {**files, "__init__.py": "", "models/__init__.py": ""})
        sys.path.insert(0, stage)
        try:
            classes, module_of = _model_classes(package)
            plans = _plan(services, specs, classes, module_of)
            catalogue = topics_file(specs)
            events = (
                plan_events(catalogue, classes, locations.files, module_of)
                if catalogue is not None
                else None
            )
            files.update(render_codecs(package, _environment()))  # codecs/: per-class code
        finally:
            sys.path.remove(stage)
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]

    env = _environment()
    _check_event_logs(plans, events, specs)
    if events is not None:
        files["events.py"] = render_events(events, env)
    for plan, spec_file in plans:
        files[f"services/{plan.prefix}.py"] = env.get_template("service.py.j2").render(
            plan=plan, spec_file=spec_file, import_lines=_import_lines(plan.imports)
        )
    service_plans = [plan for plan, _ in plans]
    uses_headers = any(
        m.input_headers or m.output_headers for p in service_plans for m in p.methods
    )
    files["registry.py"] = env.get_template("registry.py.j2").render(
        services=service_plans, uses_headers=uses_headers
    )
    files["accessors.py"] = env.get_template("accessors.py.j2").render(services=service_plans)
    for path, doc in PACKAGE_DOCS.items():
        files[path] = env.get_template("package_init.py.j2").render(
            doc=doc, import_name=import_name if path == "__init__.py" else None
        )
    if (specs / "cgi").is_dir():
        files.update(render_cgi(specs / "cgi", env))
    return _format(files)


def _model_classes(package: str) -> tuple[dict[tuple[str, str], type], Callable[[type], str]]:
    """The compiled classes of global elements by (namespace, XML name), enumerations by
    (namespace, class name), and the models module of a class relative to the package
    (``models.tdc``)."""
    modules: list[ModuleType] = []
    for module_path in sorted(p for p in _module_names(package)):
        modules.append(importlib.import_module(module_path))
    classes: dict[tuple[str, str], type] = {}
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and hasattr(value, "Meta")
            ):
                meta = value.Meta
                namespace = str(
                    getattr(meta, "namespace", None) or getattr(module, "__NAMESPACE__", "")
                )
                classes[(namespace, str(getattr(meta, "name", value.__name__)))] = value
            elif (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, enum.Enum)
            ):
                classes.setdefault((getattr(module, "__NAMESPACE__", ""), value.__name__), value)

    def module_of(cls: type) -> str:
        return (
            cls.__module__[len(package) + 1 :]
            if cls.__module__.startswith(package)
            else cls.__module__
        )

    return classes, module_of


def _plan(
    services: list[tuple[ServiceEntry, WsdlService]],
    specs: Path,
    classes: dict[tuple[str, str], type],
    module_of: Callable[[type], str],
) -> list[tuple[ServicePlan, str]]:
    plans = []
    for entry, wsdl in services:
        for op in wsdl.operations:
            for element in (
                op.input_element,
                op.output_element,
                *op.input_headers,
                *op.output_headers,
            ):
                if element is not None and element not in classes:
                    raise SpecError(
                        entry.wsdl,
                        f"message element {{{element[0]}}}{element[1]} of "
                        f"operation {op.name} is not declared in the types",
                        element=f"<operation name={op.name!r}>",
                    )
        names = {op.name for op in wsdl.operations}
        missing = sorted(entry.long_poll - names)
        if entry.event_log is not None and entry.event_log not in names:
            missing.append(entry.event_log)
        if missing:
            raise SpecError(
                specs / "services.yaml",
                f"{entry.wsdl.name} has no operation(s) {', '.join(missing)}",
                element=f"services.{entry.prefix}",
            )
        spec_file = entry.wsdl.resolve().relative_to(specs.resolve()).as_posix()
        plans.append((plan_service(entry, wsdl, classes, module_of), spec_file))
    prefixes = [p.prefix for p, _ in plans]
    duplicates = {p for p in prefixes if prefixes.count(p) > 1}
    if duplicates:
        raise SpecError(specs, f"service prefix(es) used twice: {', '.join(sorted(duplicates))}")
    return plans


def _module_names(package: str) -> list[str]:
    root = Path(importlib.import_module(package).__file__ or "").parent
    names = []
    for path in sorted((root / "models").rglob("*.py")):
        relative = path.relative_to(root).with_suffix("")
        parts = [p for p in relative.parts if p != "__init__"]
        names.append(".".join([package, *parts]))
    return names


def _check_event_logs(
    plans: list[tuple[ServicePlan, str]], events: EventsPlan | None, specs: Path
) -> None:
    """An ``event_log`` operation needs the topic catalogue and rowid pages."""
    for plan, _ in plans:
        for method in plan.methods:
            if not method.event_log:
                continue
            if events is None:
                raise SpecError(
                    specs / "services.yaml",
                    f"event_log {method.operation.name} needs the topic catalogue "
                    f"specs/events/topics.yaml",
                    element=f"services.{plan.prefix}",
                )
            if method.paging is None or method.paging.kind != "rowid":
                raise SpecError(
                    specs / "services.yaml",
                    f"event_log {method.operation.name} does not page by RowID",
                    element=f"services.{plan.prefix}",
                )


def _import_lines(imports: Imports) -> list[str]:
    lines = []
    for module in sorted(imports.names):
        names = ", ".join(sorted(imports.names[module]))
        source = module if module in ("decimal",) else f"..{module}"
        lines.append(f"from {source} import {names}")
    return lines


def _format(files: dict[str, str]) -> dict[str, str]:
    """ruff-format the files we rendered (xsdata's modules are formatted already)."""
    with tempfile.TemporaryDirectory() as stage:
        root = Path(stage)
        _write(root, files)
        targets = [str(root / p) for p in files if not p.startswith("models/")]
        subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", "--line-length", "99", *targets],
            check=True,
            capture_output=True,
        )
        return {path: (root / path).read_text(encoding="utf-8") for path in sorted(files)}


def _write(root: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def write(files: dict[str, str], out: Path) -> None:
    """Replace ``out`` with exactly ``files`` (stale modules from removed specs go too)."""
    if out.exists():
        for path in out.rglob("*"):
            if path.is_file() and path.relative_to(out).as_posix() not in files:
                path.unlink()
        for path in sorted(out.rglob("*"), reverse=True):
            if path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    _write(out, files)
    pycache = [p for p in out.rglob("__pycache__")]
    for path in pycache:
        shutil.rmtree(path, ignore_errors=True)


def differences(files: dict[str, str], out: Path) -> list[str]:
    """Paths whose committed content differs from a fresh generation."""
    present = {p.relative_to(out).as_posix() for p in out.rglob("*.py")} if out.exists() else set()
    changed = [
        p
        for p, text in files.items()
        if not (out / p).is_file() or (out / p).read_text(encoding="utf-8") != text
    ]
    return sorted(set(changed) | (present - set(files)))
