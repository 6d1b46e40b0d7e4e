"""Where spec files import other files from, decided before anything is compiled.

A WSDL or XSD names the files it needs in ``wsdl:import/@location`` and
``xs:import|include|redefine|override/@schemaLocation``. Relative locations are files next to
the spec; absolute URLs (official ONVIF files import OASIS and W3C schemas by URL) must be
mapped to local files by a catalogue (``pyvapix generate --catalog FILE``), or be one of the
few schemas the generator ships itself. The generator never downloads: an absolute location
that nothing maps is a spec error naming the file, the line and the URL.

Catalogue format: one ``URL  relative-path`` pair a line, ``#`` starts a comment, paths are
relative to the catalogue file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from lxml import etree

from .errors import SpecError
from .spec_xml import WSDL, XS, parse_xml

BUILTIN_DIR = Path(__file__).parent / "builtin"
SOAP12_ENVELOPE = "http://www.w3.org/2003/05/soap-envelope"
# Schemas every SOAP 1.2 stack knows, shipped with the generator (written for pyvapix):
# the official onvif.xsd imports the envelope namespace for env:Envelope and env:Fault.
BUILTIN: dict[str, Path] = {
    url: BUILTIN_DIR / "soap-envelope.xsd"
    for url in (SOAP12_ENVELOPE, "https://www.w3.org/2003/05/soap-envelope")
}
# Namespaces whose schemas xsdata carries itself and uses instead of a w3.org location.
XSDATA_LOCAL = frozenset(
    {
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2001/XMLSchema-instance",
        "http://www.w3.org/1999/xlink",
    }
)

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # two letters at least: not "C:"
_REFERENCES = (
    (f"{{{WSDL}}}import", "location"),
    (f"{{{XS}}}import", "schemaLocation"),
    (f"{{{XS}}}include", "schemaLocation"),
    (f"{{{XS}}}redefine", "schemaLocation"),
    (f"{{{XS}}}override", "schemaLocation"),
)


def is_absolute(location: str) -> bool:
    return bool(_SCHEME.match(location))


@dataclass(frozen=True)
class Catalog:
    """URL -> local file, read from a catalogue file."""

    entries: dict[str, Path] = field(default_factory=dict)
    source: Path | None = None

    @classmethod
    def load(cls, path: Path) -> Catalog:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(path, f"cannot read the catalogue ({exc})") from None
        entries: dict[str, Path] = {}
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2 or not is_absolute(parts[0]):
                raise SpecError(
                    path, "expected 'URL  relative-path' (an absolute URL, a path)", line=number
                )
            url, relative = parts
            target = (path.parent / relative).resolve()
            if not target.is_file():
                raise SpecError(path, f"{relative!r} (for {url}) is not a file", line=number)
            if entries.get(url, target) != target:
                raise SpecError(path, f"{url} is mapped twice, to different files", line=number)
            entries[url] = target
        return cls(entries, path)

    def lookup(self, url: str) -> Path | None:
        return self.entries.get(url) or BUILTIN.get(url)


@dataclass
class Locations:
    """Every file the spec sources reach, with each absolute URL mapped to its local file."""

    catalog: Catalog = field(default_factory=Catalog)
    mapped: dict[str, Path] = field(default_factory=dict)  # absolute URL -> local file
    files: list[Path] = field(default_factory=list)  # every file reached, sources first

    def scan(self, sources: Iterable[Path]) -> None:
        """Follow every import of ``sources``; refuse what cannot be found locally."""
        pending = [path.resolve() for path in sources]
        while pending:
            path = pending.pop(0)
            if path in self.files:
                continue
            self.files.append(path)
            for element, location in _references(path):
                target = self._target(path, element, location)
                if target is not None and target not in self.files:
                    pending.append(target)

    def _target(self, path: Path, element: etree._Element, location: str | None) -> Path | None:
        namespace = element.get("namespace")
        if location is None or (namespace in XSDATA_LOCAL and "w3.org/" in location):
            return None  # resolved by namespace, from schemas xsdata carries
        where = f"<{etree.QName(element).localname} namespace={namespace!r}>"
        if location.startswith("file:"):
            target = Path(url2pathname(unquote(urlsplit(location).path)))
        elif is_absolute(location):
            found = self.catalog.lookup(location)
            if found is None:
                hint = (
                    f"add it to the catalogue {self.catalog.source}"
                    if self.catalog.source
                    else "give a catalogue that maps it to a local file: --catalog FILE"
                )
                raise SpecError(
                    path,
                    f"absolute location {location} is not mapped to a local file "
                    f"({hint}; the generator never downloads)",
                    element=where,
                    line=element.sourceline,
                )
            self.mapped[location] = found
            target = found
        else:
            target = path.parent / unquote(location)
        target = target.resolve()
        if not target.is_file():
            raise SpecError(
                path,
                f"location {location!r} names no file ({target})",
                element=where,
                line=element.sourceline,
            )
        return target

    def local_uri(self, uri: str) -> str:
        """The file URI to read for ``uri`` (as xsdata resolved it); refuses anything that
        would need the network."""
        if uri.startswith("file:"):
            return uri
        target = self.mapped.get(uri) or self.catalog.lookup(uri)
        if target is None:
            raise SpecError(uri, "not mapped to a local file; the generator never downloads")
        return target.as_uri()

    def local_path(self, location: str, base: Path) -> Path:
        """The file a WSDL import of ``base`` names (scan() has checked it exists)."""
        if is_absolute(location) and not location.startswith("file:"):
            return Path(url2pathname(urlsplit(self.local_uri(location)).path))
        if location.startswith("file:"):
            return Path(url2pathname(unquote(urlsplit(location).path)))
        return (base.parent / unquote(location)).resolve()


def _references(path: Path) -> list[tuple[etree._Element, str | None]]:
    root = parse_xml(path).getroot()
    found = []
    for tag, attribute in _REFERENCES:
        for element in root.iter(tag):
            found.append((element, element.get(attribute)))
    found.sort(key=lambda pair: pair[0].sourceline or 0)
    return found
