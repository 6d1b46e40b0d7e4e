"""specs/cgi/*.yaml -> generated/cgi/: the classic VAPIX CGI clients.

1. read every spec file with line numbers and check it (yaml_reader.py, cgi_checker.py),
   giving the parsed spec (cgi_spec.py);
2. decide names, annotations, docstrings and the operation table (cgi_plan.py);
3. render cgi_types.py.j2 (result dataclasses), cgi_operations.py.j2 (operations as
   data) and cgi_client.py.j2 (sync and async clients).

Called by generate.render() when specs/cgi/ exists; ruff formats the output there.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .cgi_checker import load_specs
from .cgi_plan import CgiPlan, plan_cgi
from .errors import SpecError
from .headers import package_inits

PACKAGE_DOC = (
    "The classic VAPIX CGIs (param.cgi, ptz.cgi, pwdgrp.cgi, JSON APIs ...): result types,\n"
    "the operation table and the typed clients.\n\nImport the module you need; "
    "nothing is re-exported here."
)
TEMPLATES = {
    "cgi/types.py": "cgi_types.py.j2",
    "cgi/operations.py": "cgi_operations.py.j2",
    "cgi/client.py": "cgi_client.py.j2",
}


def plan_specs(directory: Path) -> CgiPlan:
    """The checked plan of every CGI spec in ``directory``."""
    return plan_cgi(load_specs(directory))


def module_sources(plan: CgiPlan) -> dict[str, list[str]]:
    """The spec files of each generated module (relative to the spec folder)."""
    return {
        "cgi/types.py": plan.type_sources,
        "cgi/operations.py": plan.operation_sources,
        "cgi/client.py": plan.operation_sources,
    }


def render_cgi(
    directory: Path, env: jinja2.Environment, plan: CgiPlan | None = None
) -> dict[str, str]:
    """Generated files for the CGI specs in ``directory`` (planned here unless ``plan`` is
    given), as {path below generated/: text}."""
    plan = plan or plan_specs(directory)
    files = {path: env.get_template(name).render(plan=plan) for path, name in TEMPLATES.items()}
    files.update(package_inits(env, module_sources(plan), {"cgi": PACKAGE_DOC}))
    for path, text in files.items():
        try:
            compile(text, path, "exec")
        except SyntaxError as exc:  # a template or plan bug, not a spec problem
            raise SpecError(
                directory, f"generated {path} does not compile: {exc.msg} (line {exc.lineno})"
            ) from None
    return files
