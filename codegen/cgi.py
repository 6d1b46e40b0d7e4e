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

PACKAGE_DOC = (
    "The classic VAPIX CGIs (param.cgi, ptz.cgi, pwdgrp.cgi, JSON APIs ...): result "
    "types, the operation table and the typed clients.\n\nImport the module you need; "
    "nothing is re-exported here."
)


def plan_specs(directory: Path) -> CgiPlan:
    """The checked plan of every CGI spec in ``directory``."""
    return plan_cgi(load_specs(directory))


def render_cgi(directory: Path, env: jinja2.Environment) -> dict[str, str]:
    """Generated files for the CGI specs, as {path below generated/: text}."""
    plan = plan_specs(directory)
    files = {
        "cgi/__init__.py": env.get_template("package_init.py.j2").render(
            doc=PACKAGE_DOC, import_name=None
        ),
        "cgi/types.py": env.get_template("cgi_types.py.j2").render(plan=plan),
        "cgi/operations.py": env.get_template("cgi_operations.py.j2").render(plan=plan),
        "cgi/client.py": env.get_template("cgi_client.py.j2").render(plan=plan),
    }
    for path, text in files.items():
        try:
            compile(text, path, "exec")
        except SyntaxError as exc:  # a template or plan bug, not a spec problem
            raise SpecError(
                directory, f"generated {path} does not compile: {exc.msg} (line {exc.lineno})"
            ) from None
    return files
