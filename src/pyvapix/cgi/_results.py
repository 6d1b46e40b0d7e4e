"""Hand-written results for the answers whose shape a field list cannot describe: the
whole parameter tree, parameter definitions, PTZ preset lists, downloads. Every other
result class is generated from the spec (``pyvapix.generated.cgi.types``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from lxml import etree

from . import _records as records
from ._text import parse_kv, split_lines

if TYPE_CHECKING:
    from ._operation import CgiResponse


class GroupView(Protocol):
    """A generated parameter-group class: it names its group (``BrandParams`` -> Brand)."""

    CGI_GROUP: ClassVar[str]


G = TypeVar("G", bound=GroupView)
ROOT_PREFIX = "root."


def _relative(key: str) -> str:
    return key[len(ROOT_PREFIX) :] if key.startswith(ROOT_PREFIX) else key


@dataclass
class ParamList:
    """Parameters of ``param.cgi?action=list``, keys without the ``root.`` prefix
    (``Brand.ProdNbr``), values as the device wrote them (``yes``/``no``, lists with
    commas). Keys are looked up with or without ``root.``."""

    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, response: CgiResponse | None = None) -> ParamList:
        return cls(parse_kv(text, strip_prefix=ROOT_PREFIX).pairs)

    def __getitem__(self, key: str) -> str:
        return self.params[_relative(key)]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and _relative(key) in self.params

    def __len__(self) -> int:
        return len(self.params)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.params.get(_relative(key), default)

    def group(self, name: str) -> dict[str, str]:
        """The parameters of one group, keys relative to it: ``group("Brand")`` ->
        ``{"ProdNbr": "M1065-LW", ...}``."""
        prefix = _relative(name).rstrip(".") + "."
        return {k[len(prefix) :]: v for k, v in self.params.items() if k.startswith(prefix)}

    def view(self, cls: type[G]) -> G:
        """The typed form of one group, e.g. ``view(BrandParams)``: the class names its
        group (``CGI_GROUP``); unknown parameters stay in its ``extra``."""
        group: str = cls.CGI_GROUP
        return records.from_flat(cls, self.group(group), where=f"{group}.")


@dataclass
class ParamDefinition:
    """One parameter of ``listdefinitions``: full name, current value and its type."""

    name: str
    value: str | None = None
    nice_name: str | None = None
    security_level: str | None = None
    type: str | None = None  # "int", "bool", "enum", "string", "ip", ...
    readonly: bool = False
    const: bool = False
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    values: list[str] = field(default_factory=list)  # enum entries, or the bool words
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class ParamDefinitions:
    """``param.cgi?action=listdefinitions&listformat=xmlschema``: model, firmware and the
    definition of every parameter, groups flattened into dotted names."""

    model: str | None = None
    firmware_version: str | None = None
    parameters: list[ParamDefinition] = field(default_factory=list)

    @classmethod
    def from_element(
        cls, root: etree._Element, response: CgiResponse | None = None
    ) -> ParamDefinitions:
        result = cls()
        for child in root:
            name = _local(child.tag)
            if name == "model":
                result.model = (child.text or "").strip() or None
            elif name == "firmwareVersion":
                result.firmware_version = (child.text or "").strip() or None
            elif name == "group":
                _definitions(child, "", result.parameters)
        return result

    def get(self, name: str) -> ParamDefinition | None:
        wanted = _relative(name)
        return next((p for p in self.parameters if p.name == wanted), None)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _definitions(group: etree._Element, prefix: str, out: list[ParamDefinition]) -> None:
    path = f"{prefix}{group.get('name', '')}."
    for child in group:
        name = _local(child.tag)
        if name == "group":
            _definitions(child, path, out)
        elif name == "parameter":
            out.append(_definition(child, path))


def _definition(element: etree._Element, path: str) -> ParamDefinition:
    known = {"name", "value", "niceName", "securityLevel"}
    definition = ParamDefinition(
        name=path + element.get("name", ""),
        value=element.get("value"),
        nice_name=element.get("niceName"),
        security_level=element.get("securityLevel"),
        extra={k: v for k, v in element.attrib.items() if k not in known},
    )
    for type_el in (c for c in element if _local(c.tag) == "type"):
        definition.readonly = type_el.get("readonly") == "true"
        definition.const = type_el.get("const") == "true"
        for kind in (c for c in type_el if isinstance(c.tag, str)):
            definition.type = _local(kind.tag)
            definition.minimum = _int(kind.get("min"))
            definition.maximum = _int(kind.get("max"))
            definition.max_length = _int(kind.get("maxlen"))
            if definition.type == "bool":
                definition.values = [v for v in (kind.get("true"), kind.get("false")) if v]
            definition.values += [e.get("value", "") for e in kind if _local(e.tag) == "entry"]
    return definition


_PRESET_HEADER = re.compile(r"\s*preset positions for camera\s*(\d+)\s*:?\s*$", re.IGNORECASE)
_PRESET_KEY = re.compile(r"presetposno(\d+)", re.IGNORECASE)


@dataclass
class PtzPreset:
    """A server preset: camera (1-based), preset number (1-based) and name."""

    camera: int | None
    number: int
    name: str


@dataclass
class PtzPresets:
    """``ptz.cgi?query=presetposcam|presetposall``: presets of one or every camera, in
    the order given (devices do not promise one). ``other_lines`` keeps what is neither a
    camera header nor a preset."""

    presets: list[PtzPreset] = field(default_factory=list)
    other_lines: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, response: CgiResponse | None = None) -> PtzPresets:
        result = cls()
        camera: int | None = None
        for line in split_lines(text):
            header = _PRESET_HEADER.match(line)
            if header:
                camera = int(header.group(1))
                continue
            key, sep, value = line.partition("=")
            hit = _PRESET_KEY.fullmatch(key.strip()) if sep else None
            if hit:
                result.presets.append(PtzPreset(camera, int(hit.group(1)), value))
            elif line.strip():
                result.other_lines.append(line)
        return result

    def names(self, camera: int | None = None) -> list[str]:
        return [p.name for p in self.presets if camera is None or p.camera in (camera, None)]

    def number_of(self, name: str, camera: int | None = None) -> int | None:
        """The number of the preset called ``name`` (None when there is none)."""
        for preset in self.presets:
            if preset.name == name and (camera is None or preset.camera in (camera, None)):
                return preset.number
        return None


@dataclass
class Download:
    """A file received from the device: where it was written, its size in bytes, the
    Content-Type and the file name the device proposed (Content-Disposition), if any."""

    path: str | None
    size: int
    content_type: str = ""
    filename: str | None = None


RUNTIME_RESULTS: dict[str, type] = {
    "ParamList": ParamList,
    "ParamDefinitions": ParamDefinitions,
    "PtzPresets": PtzPresets,
}
