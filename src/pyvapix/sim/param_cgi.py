"""param.cgi: list, listdefinitions, update, add and remove on the parameter tree.

Answers are what the device writes: ``root.<name>=<value>`` lines in ISO-8859-1 with no
charset in the Content-Type, ``OK``, ``S0 OK``, and the error forms ``# Error: ...`` (HTTP
200) and ``<detail>`` + ``# Request failed: ...`` for add and remove. A viewer lists what
its level may read (``usergroup=`` lowers the level, never raises it); changing anything
needs an operator, and admin-only parameters refuse a lower level with ``# Error``.
``listdefinitions`` is the XML of the parameter-definitions schema, also ISO-8859-1.
"""

from __future__ import annotations

from lxml import etree

from . import ports
from .cgi_http import Answer, CgiCall
from .params import LEVEL_DIGITS, ROOT_ONLY, ParamError, ParameterTree

PLAIN = "text/plain"  # no charset: the device does not say it sends ISO-8859-1
LATIN1 = "iso-8859-1"
NAMESPACE = "http://www.axis.com/ParameterDefinitionsSchema"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
RESERVED = frozenset({"action", "usergroup", "responseformat", "group", "template", "force"})


def _level(call: CgiCall) -> int:
    """The caller's security digit: root 7, admin 6, operator 4, viewer 1, anonymous 0."""
    account = call.account
    if account.group == "root" and account.level == "admin":
        return ROOT_ONLY
    return LEVEL_DIGITS[account.level]


def _latin1(body: str) -> Answer:
    """Text as the device sends it: ISO-8859-1, ``?`` for what it cannot hold (an error
    message may quote a refused value)."""
    return Answer(200, [("Content-Type", PLAIN)], body.encode(LATIN1, "replace"))


def _error(message: str) -> Answer:
    return _latin1(f"# Error: {message}\n")


def _failed(error: ParamError) -> Answer:
    detail = f"{error.detail}\n" if error.detail else ""
    return _latin1(f"{detail}# Request failed: {error.message}\n")


def _groups(call: CgiCall) -> list[str]:
    return [g for value in (call.arg("group") or "",) for g in value.split(",") if g.strip()]


def handle(call: CgiCall) -> Answer:
    action = call.arg("action")
    if action == "list":
        return _list(call)
    if action == "listdefinitions":
        return _definitions(call)
    if action in ("update", "add", "remove"):
        call.require("operator")
        tree = call.state.params
        if action == "update":
            answer = _update(call, tree)
        elif action == "add":
            answer = _add(call, tree)
        else:
            answer = _remove(call, tree)
        ports.refresh_counts(tree)
        return answer
    if action is None:
        return _error("No action specified")
    return _error(f"Unknown action '{action}'")


def _list_level(call: CgiCall) -> int | Answer:
    level = _level(call)
    wanted = call.arg("usergroup")
    if wanted is None:
        return level
    if wanted not in LEVEL_DIGITS:
        return _error(f"Unknown user group '{wanted}'")
    return min(level, LEVEL_DIGITS[wanted])


def _list(call: CgiCall) -> Answer:
    level = _list_level(call)
    if isinstance(level, Answer):
        return level
    tree = call.state.params
    try:
        names = tree.select(_groups(call), level)
    except ParamError as error:
        return _error(error.message)
    return _latin1("".join(f"root.{name}={tree.shown(name)}\n" for name in names))


def _update(call: CgiCall, tree: ParameterTree) -> Answer:
    changes = [(key, value) for key, value in call.request.args if key not in RESERVED]
    if not changes:
        return _error("No parameters to update")
    try:
        names = tree.update(changes, _level(call))
    except ParamError as error:
        return _error(error.message)
    call.state.settings_changed()
    for name in names:
        call.log("param.cgi", f"{name} changed by {call.account.username}")
    return _latin1("OK\n")


def _add(call: CgiCall, tree: ParameterTree) -> Answer:
    group, template = call.arg("group"), call.arg("template")
    if not group or not template:
        return _failed(ParamError("group and template are required", "Missing argument"))
    values = [(key, value) for key, value in call.request.args if key not in RESERVED]
    try:
        added = tree.add(group, template, values, _level(call))
    except ParamError as error:
        return _failed(error)
    call.state.settings_changed()
    call.log("param.cgi", f"{group}.{added.entry} added from template {template}")
    errors = "".join(f"# Error: {message}\n" for message in added.refused)
    return _latin1(f"{errors}{added.entry} OK\n")


def _remove(call: CgiCall, tree: ParameterTree) -> Answer:
    groups = _groups(call)
    if not groups:
        return _failed(ParamError("no group given", "Missing argument"))
    try:
        tree.remove(groups, _level(call))
    except ParamError as error:
        return _failed(error)
    call.state.settings_changed()
    call.log("param.cgi", f"{', '.join(groups)} removed")
    return _latin1("OK\n")


def _definitions(call: CgiCall) -> Answer:
    tree = call.state.params
    try:
        names = tree.select(_groups(call), _level(call))
    except ParamError as error:
        return _error(error.message)
    nsmap = {None: NAMESPACE, "xsi": XSI}
    root = etree.Element(f"{{{NAMESPACE}}}parameterDefinitions", nsmap=nsmap)
    root.set(f"{{{XSI}}}schemaLocation", f"{NAMESPACE} http://device/pub/parameterdefinitions.xsd")
    root.set("version", "1.0")
    etree.SubElement(root, f"{{{NAMESPACE}}}model").text = tree.values["Brand.ProdShortName"]
    etree.SubElement(root, f"{{{NAMESPACE}}}firmwareVersion").text = tree.values[
        "Properties.Firmware.Version"
    ]
    groups: dict[str, etree._Element] = {}
    for name in names:
        *path, leaf = name.split(".")
        parent = root
        for depth in range(len(path)):
            key = ".".join(path[: depth + 1])
            if key not in groups:
                groups[key] = etree.SubElement(parent, f"{{{NAMESPACE}}}group", name=path[depth])
            parent = groups[key]
        _parameter(parent, tree, name, leaf)
    body = etree.tostring(root, xml_declaration=True, encoding=LATIN1, pretty_print=True)
    return Answer(200, [("Content-Type", "text/xml")], body)


def _parameter(parent: etree._Element, tree: ParameterTree, name: str, leaf: str) -> None:
    definition = tree.definitions[name]
    element = etree.SubElement(
        parent,
        f"{{{NAMESPACE}}}parameter",
        name=leaf,
        value=tree.shown(name),
        securityLevel=definition.security_level,
        niceName=leaf,
    )
    kind_holder = etree.SubElement(element, f"{{{NAMESPACE}}}type")
    if definition.write is None:
        kind_holder.set("readonly", "true")
    if definition.const:
        kind_holder.set("const", "true")
    kind = definition.kind
    described = etree.SubElement(kind_holder, f"{{{NAMESPACE}}}{kind.name}")
    if kind.name == "int":
        for attribute, bound in (("min", kind.minimum), ("max", kind.maximum)):
            if bound is not None:
                described.set(attribute, str(bound))
    elif kind.name == "bool":
        described.set("true", kind.words[0])
        described.set("false", kind.words[1])
    elif kind.name == "enum":
        for entry in kind.entries:
            etree.SubElement(described, f"{{{NAMESPACE}}}entry", value=entry, niceValue=entry)
    elif kind.maxlen is not None:
        described.set("maxlen", str(kind.maxlen))
