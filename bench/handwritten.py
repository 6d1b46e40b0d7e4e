"""The hand-written lxml baselines: what a careful programmer writes for one operation.

Fair means: the same work pyvapix does for these messages. Parsing is from bytes with a
safe parser, by namespace URI (never by prefix), into small slotted objects with typed
values (booleans converted, absent members None), and finds the Body like a real client
would. Building writes the exact envelope pyvapix writes (the harness checks that the two
are byte-identical). What it leaves out is what pyvapix adds on top: unknown members,
lenient spellings, xsi:nil, per-field error paths.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .payloads import PACSAXIS, SOAP12, TAC, TT, WSNT

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

_BODY = f"{{{SOAP12}}}Body"
_NEXT = f"{{{TAC}}}NextStartReference"
_INFO = f"{{{TAC}}}AccessPointInfo"
_CAPABILITIES = f"{{{TAC}}}Capabilities"
# child tag -> attribute of AccessPointInfo holding its text
_INFO_TEXT: dict[Any, str] = {
    f"{{{TAC}}}{local}": attr
    for local, attr in (
        ("Name", "name"),
        ("Description", "description"),
        ("AreaFrom", "area_from"),
        ("AreaTo", "area_to"),
        ("EntityType", "entity_type"),
        ("Entity", "entity"),
    )
}


class Capabilities:
    __slots__ = (
        "access_taken",
        "anonymous_access",
        "disable_access_point",
        "duress",
        "external_authorization",
    )

    def __init__(self, attrib: Any) -> None:
        get = attrib.get
        self.disable_access_point = _bool(get("DisableAccessPoint"))
        self.duress = _bool(get("Duress"))
        self.anonymous_access = _bool(get("AnonymousAccess"))
        self.access_taken = _bool(get("AccessTaken"))
        self.external_authorization = _bool(get("ExternalAuthorization"))


class AccessPointInfo:
    __slots__ = (
        "area_from",
        "area_to",
        "capabilities",
        "description",
        "entity",
        "entity_type",
        "name",
        "token",
    )
    token: str
    name: str | None
    description: str | None
    area_from: str | None
    area_to: str | None
    entity_type: str | None
    entity: str | None
    capabilities: Capabilities | None

    def __init__(self, token: str) -> None:
        self.token = token
        self.name = self.description = self.area_from = self.area_to = None
        self.entity_type = self.entity = self.capabilities = None


def _bool(text: str | None) -> bool | None:
    if text is None:
        return None
    return text in ("true", "1")


def parse_access_point_info_list(payload: bytes) -> tuple[str | None, list[AccessPointInfo]]:
    """(NextStartReference, items) of a GetAccessPointInfoListResponse envelope."""
    root = etree.fromstring(payload, _PARSER)
    body = root.find(_BODY)
    if body is None or len(body) == 0:
        raise ValueError("no SOAP Body")
    response = body[0]
    next_reference = None
    items = []
    for child in response:
        tag = child.tag
        if tag == _INFO:
            info = AccessPointInfo(child.get("token", ""))
            for member in child:
                member_tag = member.tag
                if member_tag == _CAPABILITIES:
                    info.capabilities = Capabilities(member.attrib)
                else:
                    attr = _INFO_TEXT.get(member_tag)
                    if attr is not None:
                        setattr(info, attr, member.text or "")
            items.append(info)
        elif tag == _NEXT:
            next_reference = child.text
    return next_reference, items


# ---- event notifications ----------------------------------------------------------------

_NOTIFICATION = f"{{{WSNT}}}NotificationMessage"
_TOPIC = f"{{{WSNT}}}Topic"
_MESSAGE = f"{{{WSNT}}}Message"
_TT_MESSAGE = f"{{{TT}}}Message"
_SOURCE = f"{{{TT}}}Source"
_DATA = f"{{{TT}}}Data"
_SIMPLE_ITEM = f"{{{TT}}}SimpleItem"


class Notification:
    """A notification as plain values: topic text, time text, property operation, and the
    Source and Data items by name."""

    __slots__ = ("data", "operation", "source", "time", "topic")

    def __init__(
        self, topic: str, time: str, operation: str | None, source: dict[str, str],
        data: dict[str, str],
    ) -> None:  # fmt: skip
        self.topic = topic
        self.time = time
        self.operation = operation
        self.source = source
        self.data = data


def parse_pull_messages(payload: bytes) -> list[Notification]:
    """The notifications of a PullMessagesResponse envelope."""
    root = etree.fromstring(payload, _PARSER)
    body = root.find(_BODY)
    if body is None or len(body) == 0:
        raise ValueError("no SOAP Body")
    found = []
    for notification in body[0].iterchildren(_NOTIFICATION):
        holder = notification.find(_MESSAGE)
        message = holder.find(_TT_MESSAGE) if holder is not None else None
        if message is None:
            continue
        items: dict[str, dict[str, str]] = {_SOURCE: {}, _DATA: {}}
        for part in message:
            tag = part.tag
            target = items.get(tag) if isinstance(tag, str) else None
            if target is not None:
                for item in part.iterchildren(_SIMPLE_ITEM):
                    target[item.get("Name", "")] = item.get("Value", "")
        found.append(
            Notification(
                notification.findtext(_TOPIC) or "",
                message.get("UtcTime", ""),
                message.get("PropertyOperation"),
                items[_SOURCE],
                items[_DATA],
            )
        )
    return found


# ---- building requests ------------------------------------------------------------------

_NSMAP_COMMON = {
    "env": SOAP12,
    "pt": "http://www.onvif.org/ver10/pacs",
    "axconf": "http://www.axis.com/vapix/ws/Config",
    "tt": "http://www.onvif.org/ver10/schema",
}
_NSMAP_PACSAXIS = {**_NSMAP_COMMON, "pacsaxis": PACSAXIS}
_NSMAP_TAC = {**_NSMAP_COMMON, "tac": TAC}
_ENVELOPE, _HEADER = f"{{{SOAP12}}}Envelope", f"{{{SOAP12}}}Header"


def _envelope(nsmap: dict[str, str]) -> tuple[etree._Element, etree._Element]:
    env = etree.Element(_ENVELOPE, nsmap=nsmap)
    etree.SubElement(env, _HEADER)
    return env, etree.SubElement(env, _BODY)


def _p(local: str) -> str:
    return f"{{{PACSAXIS}}}{local}"


_SET_CREDENTIAL, _CREDENTIAL = _p("SetCredential"), _p("Credential")
_CRED_TEXT = (
    (_p("UserToken"), "user_token"),
    (_p("Description"), "description"),
    (_p("ValidFrom"), "valid_from"),
    (_p("ValidTo"), "valid_to"),
)
_ENABLED, _STATUS, _ID_DATA, _ATTRIBUTE = (
    _p("Enabled"),
    _p("Status"),
    _p("IdData"),
    _p("Attribute"),
)
_AUTH_PROFILE, _CAP, _ACCESS_PROFILE = (
    _p("AuthenticationProfile"),
    _p("CredentialAccessProfile"),
    _p("AccessProfile"),
)
_VALID_FROM, _VALID_TO = _p("ValidFrom"), _p("ValidTo")


def build_set_credential(request: Any) -> bytes:
    """The SOAP envelope of pacsaxis:SetCredential, from the same request object."""
    sub = etree.SubElement
    env, body = _envelope(_NSMAP_PACSAXIS)
    operation = sub(body, _SET_CREDENTIAL)
    for credential in request.credential:
        element = sub(operation, _CREDENTIAL, token=credential.token or "")
        for tag, attr in _CRED_TEXT:
            value = getattr(credential, attr)
            if value is not None:
                sub(element, tag).text = value
        sub(element, _ENABLED).text = "true" if credential.enabled else "false"
        status = credential.status
        sub(element, _STATUS).text = status if isinstance(status, str) else status.value
        for pair in credential.id_data:
            item = sub(element, _ID_DATA, Name=pair.name)
            if pair.value is not None:
                item.set("Value", pair.value)
        for attribute in credential.attribute:
            item = sub(element, _ATTRIBUTE)
            if attribute.type_value is not None:
                item.set("type", attribute.type_value)
            item.set("Name", attribute.name)
            if attribute.value is not None:
                item.set("Value", attribute.value)
        for profile in credential.authentication_profile:
            sub(element, _AUTH_PROFILE).text = profile
        for grant in credential.credential_access_profile:
            item = sub(element, _CAP)
            if grant.valid_from is not None:
                sub(item, _VALID_FROM).text = grant.valid_from
            if grant.valid_to is not None:
                sub(item, _VALID_TO).text = grant.valid_to
            sub(item, _ACCESS_PROFILE).text = grant.access_profile
    return etree.tostring(env, xml_declaration=True, encoding="UTF-8")


_GET_APIL, _LIMIT, _START = (
    f"{{{TAC}}}GetAccessPointInfoList",
    f"{{{TAC}}}Limit",
    f"{{{TAC}}}StartReference",
)


def build_get_access_point_info_list(request: Any) -> bytes:
    """The SOAP envelope of tac:GetAccessPointInfoList, from the same request object."""
    env, body = _envelope(_NSMAP_TAC)
    operation = etree.SubElement(body, _GET_APIL)
    if request.limit is not None:
        etree.SubElement(operation, _LIMIT).text = str(request.limit)
    if request.start_reference is not None:
        etree.SubElement(operation, _START).text = request.start_reference
    return etree.tostring(env, xml_declaration=True, encoding="UTF-8")
