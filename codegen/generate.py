"""specs/ -> generated/: the whole generation, deterministic, in one call.

1. read the registry and each service's WSDL operations (registry.py, wsdl.py);
2. compile all types to dataclass modules with xsdata (models.py, passes.py);
3. import those modules from a staging directory and plan the clients and the specialised
   codecs (plan.py, codecs.py);
4. render them, the registry, the typed events of the topic catalogue (topics.py) and the
   CGI clients (cgi.py) with jinja2, each module naming its spec files (headers.py);
   format with ruff; write or compare.

Absolute import locations in the spec files are mapped to local files by a catalogue
(locations.py); the generator never downloads.
"""

from __future__ import annotations

import enum
import itertools
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .cgi import module_sources, plan_specs, render_cgi
from .codecs import render_codecs
from .errors import SpecError
from .headers import init_path, notice, package_inits, packages, spec_name
from .jinja import environment
from .locations import Catalog, Locations
from .models import compile_models, model_classes, models_modules
from .plan import ServicePlan, plan_service
from .registry import ServiceEntry, check_marks, load_registry
from .topics import TOPICS_FILE, EventsPlan, plan_events, render_events, topics_file
from .wsdl import WsdlService, read_wsdl

# Docstrings of the package __init__ files, by folder ("": the generated package).
PACKAGE_DOCS = {
    "": "Code generated from the specs: models (dataclasses), typed clients, specialised\n"
    "codecs and the operation registry.",
    "models": "Dataclass models of the spec types, one module per spec file.\n\n"
    "Import the module you need; nothing is re-exported here.",
    "services": "Typed sync and async clients, one module per service prefix.\n\n"
    "Each module is imported only when its service is first used.",
}
_stage_counter = itertools.count()


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
        check_marks(entry, (op.name for op in wsdl.operations))
    wsdls = sorted({entry.wsdl.resolve() for entry, _ in services})
    models = compile_models(wsdls, locations, specs)
    files = {f"models/{path}": module.text for path, module in models.items()}
    sources = {f"models/{path}": list(module.sources) for path, module in models.items()}

    with tempfile.TemporaryDirectory() as stage:
        package = f"_pyvapix_stage_{next(_stage_counter)}"
        staged = {init_path(folder): "" for folder in packages(sources)}
        _write(Path(stage) / package, {**files, **staged})
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
            codecs = render_codecs(package, environment(), sources)  # codecs/: per-class code
        finally:
            sys.path.remove(stage)
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]

    env = environment()
    _check_event_logs(plans, events, specs)
    if events is not None:
        files["events.py"] = render_events(events, env)
        sources["events.py"] = [TOPICS_FILE.as_posix()]
    registry_sources = [spec_name(wsdl.path, specs) for _, wsdl in services]
    if (specs / "services.yaml").is_file():
        registry_sources.append("services.yaml")
    for plan in plans:
        path = plan.module.replace(".", "/") + ".py"
        files[path] = env.get_template("service.py.j2").render(plan=plan)
        sources[path] = plan.sources
    headers = any(m.input_headers or m.output_headers for p in plans for m in p.methods)
    registry_names = ["OperationInfo", "Paging", "ServiceInfo", *(["Header"] if headers else [])]
    for path in ("registry.py", "accessors.py"):
        files[path] = env.get_template(f"{path}.j2").render(
            services=plans, notice=notice(registry_sources), runtime_names=sorted(registry_names)
        )
        sources[path] = registry_sources
    files.update(codecs)
    if (specs / "cgi").is_dir():
        cgi = plan_specs(specs / "cgi")
        files.update(render_cgi(specs / "cgi", env, cgi))
        sources.update(module_sources(cgi))
    files.update(package_inits(env, sources, PACKAGE_DOCS, import_name))
    return _format(files)


def _model_classes(package: str) -> tuple[dict[tuple[str, str], type], Callable[[type], str]]:
    """The compiled classes of global elements by (namespace, XML name), enumerations by
    (namespace, class name), and the models module of a class relative to the package
    (``models.tdc``)."""
    classes: dict[tuple[str, str], type] = {}
    for module in models_modules(package):
        module_namespace = getattr(module, "__NAMESPACE__", "")
        for cls in model_classes(module):
            if hasattr(cls, "Meta"):
                meta = cls.Meta
                namespace = str(getattr(meta, "namespace", None) or module_namespace)
                classes[(namespace, str(getattr(meta, "name", cls.__name__)))] = cls
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, enum.Enum)
            ):
                classes.setdefault((module_namespace, value.__name__), value)

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
) -> list[ServicePlan]:
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
        plans.append(plan_service(entry, wsdl, classes, module_of, spec_name(entry.wsdl, specs)))
    prefixes = [p.prefix for p in plans]
    duplicates = {p for p in prefixes if prefixes.count(p) > 1}
    if duplicates:
        raise SpecError(specs, f"service prefix(es) used twice: {', '.join(sorted(duplicates))}")
    return plans


def _check_event_logs(plans: list[ServicePlan], events: EventsPlan | None, specs: Path) -> None:
    """An ``event_log`` operation needs the topic catalogue and rowid pages."""
    for plan in plans:
        method = plan.event_log
        if method is None:
            continue
        if events is None:
            raise SpecError(
                specs / "services.yaml",
                f"event_log {method.operation.name} needs the topic catalogue "
                f"specs/{TOPICS_FILE.as_posix()}",
                element=f"services.{plan.prefix}",
            )
        if method.paging is None or method.paging.kind != "rowid":
            raise SpecError(
                specs / "services.yaml",
                f"event_log {method.operation.name} does not page by RowID",
                element=f"services.{plan.prefix}",
            )


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
