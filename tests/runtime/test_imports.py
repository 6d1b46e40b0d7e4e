"""How the runtime's modules depend on one another: in layers, each importing only from
the layers below it (type-only imports included), without circles at run time (lazy imports
included), and generated code importing nothing of pyvapix but pyvapix.runtime."""

from __future__ import annotations

import ast
from pathlib import Path

from ..conftest import GENERATED, ROOT

PACKAGE = ROOT / "src" / "pyvapix"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# Bottom to top; a module may import from its own layer and the ones below.
LAYERS = (
    ("pyvapix._errors",),
    (
        "pyvapix._codec",
        "pyvapix._catalogue",
        "pyvapix._http",
        "pyvapix._paging",
        "pyvapix._events",
    ),
    ("pyvapix.cgi",),
    (
        "pyvapix._engine",
        "pyvapix._services",
        "pyvapix._messages",
        "pyvapix._capabilities",
        "pyvapix.runtime",
        "pyvapix._subscription",
    ),
    ("pyvapix._client",),
    ("pyvapix", "pyvapix.__main__", "pyvapix._cli", "pyvapix.sim"),
)


def layer_of(module: str) -> int:
    matches = [
        (len(prefix), index)
        for index, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    assert matches, f"{module} is in no layer: add it to LAYERS"
    return max(matches)[1]


def _imports(tree: ast.AST, *, typing_too: bool) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement at any depth (lazy imports in functions too); those under
    ``if TYPE_CHECKING:`` only when ``typing_too`` (they never run)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if (
            not typing_too
            and isinstance(node, ast.If)
            and "TYPE_CHECKING" in ast.unparse(node.test)
        ):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(*, typing_too: bool = False) -> dict[str, set[str]]:
    """Module -> the pyvapix modules it imports (``from . import x`` counts as the submodule
    x when there is one, else as the package's ``__init__``). Importing ``pkg.sub`` from
    outside ``pkg`` runs ``pkg/__init__`` first, so it depends on that too; the top-level
    package is left out (everything is inside it)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        here = name.split(".") if is_package else name.split(".")[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _imports(tree, typing_too=typing_too):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    prefix = here[: len(here) - node.level + 1]
                    base = ".".join([*prefix, base] if base else prefix)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in paths else base
                    for alias in node.names
                ]
            for target in targets:
                while target not in paths and "." in target:
                    target = target.rsplit(".", 1)[0]
                graph[name] |= {
                    module
                    for module in (target, *_packages_entered(name, target))
                    if module in paths and module not in ("pyvapix", name)
                }
    return graph


def _packages_entered(importer: str, target: str) -> list[str]:
    """The packages whose ``__init__`` runs when ``importer`` imports ``target``: the
    target's ancestors that do not contain the importer (those are running already)."""
    parts = target.split(".")
    ancestors = [".".join(parts[:i]) for i in range(2, len(parts))]
    return [a for a in ancestors if not importer.startswith(a + ".")]


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_circles_in_the_runtime() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_each_layer_imports_only_from_itself_and_below() -> None:
    """The engine, services and CGI code know nothing of the client that drives them, not
    even for typing: they see it through narrow interfaces."""
    upward = [
        f"{module} -> {target}"
        for module, targets in import_graph(typing_too=True).items()
        for target in sorted(targets)
        if layer_of(target) > layer_of(module)
    ]
    assert upward == []


def test_the_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_generated_code_imports_only_the_runtime_interface() -> None:
    offending = []
    for path in sorted(GENERATED.rglob("*.py")):
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), typing_too=True):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for name in names:
                if name.split(".")[0] == "pyvapix" and name != "pyvapix.runtime":
                    offending.append(f"{path.relative_to(ROOT)}: {name}")
    assert offending == []


def test_the_public_names_are_all_reachable_and_listed() -> None:
    import pyvapix

    for name in pyvapix.__all__:
        assert getattr(pyvapix, name) is not None
    homes = set(pyvapix._HOMES) | set(pyvapix._PACKAGES)
    assert sorted(homes) == sorted(pyvapix.__all__)


def test_every_package_folder_has_an_init() -> None:
    """setup.py finds packages by their __init__.py: a folder without one would be left
    out of the wheel although it imports fine from the checkout."""
    missing = [
        str(folder.relative_to(ROOT))
        for top in (PACKAGE, ROOT / "codegen", GENERATED)
        for folder in [top, *top.rglob("*")]
        if folder.is_dir()
        and folder.name != "__pycache__"
        and any(folder.glob("*.py"))
        and not (folder / "__init__.py").is_file()
    ]
    assert missing == []


def test_the_runtime_interface_names_are_all_reachable() -> None:
    from pyvapix import runtime

    assert sorted(runtime._HOMES) == sorted(runtime.__all__)
    for name in runtime.__all__:
        assert getattr(runtime, name) is not None
