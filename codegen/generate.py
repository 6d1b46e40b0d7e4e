"""specs/ -> generated/: the whole generation, deterministic, in one call.

1. read the registry and each service's WSDL operations (registry.py, wsdl.py);
2. compile all types to dataclass modules with xsdata (models.py, passes.py);
3. import those modules from a staging directory and plan the clients and the specialised
   codecs (plan.py, codecs.py);
4. render them, the registry and the CGI clients (cgi.py) with jinja2, each module naming
   its spec files (headers.py); format with ruff; write or compare.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cgi import module_sources, plan_specs, render_cgi
from .codecs import render_codecs
from .errors import SpecError
from .headers import init_path, notice, package_inits, packages, spec_name
from .jinja import environment
from .models import compile_models, model_classes, models_modules
from .plan import ServicePlan, plan_service
from .registry import ServiceEntry, check_marks, load_registry
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


def render(specs: Path, import_name: str | None = None) -> dict[str, str]:
    """All generated files for ``specs``, as {relative path: text}. ``import_name`` is the
    import name of the output when it is known: the package then refuses any other."""
    entries = load_registry(specs)
    if not entries:
        raise SpecError(specs, "the registry lists no services")
    services = [(entry, read_wsdl(entry.wsdl)) for entry in entries]
    for entry, wsdl in services:
        if entry.namespace and entry.namespace != wsdl.namespace:
            raise SpecError(
                entry.wsdl,
                f"targetNamespace {wsdl.namespace!r} differs from the "
                f"registry's namespace {entry.namespace!r} for {entry.prefix!r}",
            )
        check_marks(entry, (op.name for op in wsdl.operations))
    models = compile_models(sorted({entry.wsdl.resolve() for entry, _ in services}), specs)
    files = {f"models/{path}": module.text for path, module in models.items()}
    sources = {f"models/{path}": list(module.sources) for path, module in models.items()}

    with tempfile.TemporaryDirectory() as stage:
        package = f"_pyvapix_stage_{next(_stage_counter)}"
        staged = {init_path(folder): "" for folder in packages(sources)}
        _write(Path(stage) / package, {**files, **staged})
        sys.path.insert(0, stage)
        try:
            plans = _plan(package, services, specs)
            codecs = render_codecs(package, environment(), sources)  # codecs/: per-class code
        finally:
            sys.path.remove(stage)
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]

    env = environment()
    registry_sources = [spec_name(wsdl.path, specs) for _, wsdl in services]
    if (specs / "services.yaml").is_file():
        registry_sources.append("services.yaml")
    for plan in plans:
        path = plan.module.replace(".", "/") + ".py"
        files[path] = env.get_template("service.py.j2").render(plan=plan)
        sources[path] = plan.sources
    for path in ("registry.py", "accessors.py"):
        files[path] = env.get_template(f"{path}.j2").render(
            services=plans, notice=notice(registry_sources)
        )
        sources[path] = registry_sources
    files.update(codecs)
    if (specs / "cgi").is_dir():
        cgi = plan_specs(specs / "cgi")
        files.update(render_cgi(specs / "cgi", env, cgi))
        sources.update(module_sources(cgi))
    files.update(package_inits(env, sources, PACKAGE_DOCS, import_name))
    return _format(files)


def _plan(
    package: str, services: list[tuple[ServiceEntry, WsdlService]], specs: Path
) -> list[ServicePlan]:
    classes: dict[tuple[str, str], type] = {}  # global elements, by what messages name
    for module in models_modules(package):
        for cls in model_classes(module):
            if hasattr(cls, "Meta"):
                meta = cls.Meta
                namespace = str(
                    getattr(meta, "namespace", None) or getattr(module, "__NAMESPACE__", "")
                )
                classes[(namespace, str(getattr(meta, "name", cls.__name__)))] = cls

    def module_of(cls: type) -> str:
        return (
            cls.__module__[len(package) + 1 :]
            if cls.__module__.startswith(package)
            else cls.__module__
        )

    plans = []
    for entry, wsdl in services:
        for op in wsdl.operations:
            for element in (op.input_element, op.output_element):
                if element not in classes:
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
