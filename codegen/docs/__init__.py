"""The reference pages of the documentation site, generated from the specs and the
generated package: one page per PACS service, one per CGI family, and the event topics
when the specs have a topic catalogue.

:func:`render_reference` gives every page as Markdown, and the navigation of them; the
MkDocs hook (``hook.py``) adds them to the site at build time, so they are never written
into the tree and never stale. The same input gives byte-identical pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from pyvapix._catalogue import default_catalogue

from .. import jinja
from .cgi import CgiPage, cgi_pages
from .facts import read_facts
from .pacs import ServicePage, service_pages
from .topics import Topic, read_topics
from .xsd import read_schemas

TEMPLATES = jinja.TEMPLATES / "docs"
INDEX = "reference/index.md"
TOPICS = "reference/topics.md"

# A navigation entry: (title, page path) or (title, [entries]).
NavEntry = tuple[str, "str | list[NavEntry]"]


@dataclass
class Reference:
    pages: dict[str, str] = field(default_factory=dict)  # path below docs/ -> Markdown
    nav: list[NavEntry] = field(default_factory=list)


def render_reference(specs: Path) -> Reference:
    """The reference pages of pyvapix's generated package, with the facts of ``specs``
    (the folder it was generated from)."""
    catalogue = default_catalogue()
    facts = read_facts(specs, catalogue.services, catalogue.operations)
    services = service_pages(catalogue, facts, read_schemas(specs))
    families = cgi_pages()
    topics = read_topics()
    env = environment()
    reference = Reference()
    reference.pages[INDEX] = env.get_template("index.md.j2").render(
        services=services, families=families, topics=topics, access_classes=facts.access_classes
    )
    for page in services:
        reference.pages[page.path] = env.get_template("service.md.j2").render(page=page)
    for family in families:
        reference.pages[family.path] = env.get_template("cgi.md.j2").render(page=family)
    if topics is not None:
        reference.pages[TOPICS] = env.get_template("topics.md.j2").render(topics=topics)
    reference.nav = _nav(services, families, topics)
    return reference


def _nav(
    services: list[ServicePage], families: list[CgiPage], topics: list[Topic] | None
) -> list[NavEntry]:
    nav: list[NavEntry] = [("Overview", INDEX)]
    nav.append(("PACS services", [(f"{p.title} ({p.prefix})", p.path) for p in services]))
    nav.append(("Classic CGIs", [(p.title, p.path) for p in families]))
    if topics is not None:
        nav.append(("Event topics", TOPICS))
    return nav


def environment() -> jinja2.Environment:
    env = jinja.environment(TEMPLATES)
    env.filters["text"] = text
    env.filters["cell"] = cell
    env.filters["code"] = code
    return env


# Characters of spec prose that Markdown would read as markup: `<port>` would be an HTML
# tag, `\` an escape, `*` and `[...]` emphasis and links.
_MARKUP = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "*": "\\*", "[": "\\[", "]": "\\]"}
)


def text(prose: str) -> str:
    """Prose from a spec, shown as written (no markup)."""
    return str(prose).translate(_MARKUP)


def cell(prose: str) -> str:
    """Prose for a Markdown table cell: one line, shown as written, pipes escaped."""
    return " ".join(text(prose).split()).replace("|", "\\|")


def code(text: str) -> str:
    """Inline code for a table cell (a pipe in a code span does not split the cell)."""
    text = " ".join(str(text).split())
    return f"`` {text} ``" if "`" in text else f"`{text}`"
