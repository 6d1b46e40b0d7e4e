"""Small passes over xsdata's class model, run after its own analysis and before rendering.

Each pass makes one decision about the generated dataclasses; each is tested on its own
(tests/codegen/test_passes.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from xml.sax.saxutils import unescape

from xsdata.codegen.models import Attr, AttrType, Class, Restrictions
from xsdata.models.enums import Tag

XS = "http://www.w3.org/2001/XMLSchema"
STRING = f"{{{XS}}}string"
ANY_TYPE = f"{{{XS}}}anyType"

# Kept as the exact wire text: these would otherwise become xsdata runtime types, and devices
# send values (dates without zone, "" for unset) that a parsed form would not round-trip.
VERBATIM_TYPES = frozenset(
    f"{{{XS}}}{name}"
    for name in (
        "duration",
        "dateTime",
        "date",
        "time",
        "gYear",
        "gYearMonth",
        "gMonth",
        "gMonthDay",
        "gDay",
        "QName",
        "NOTATION",
        "dateTimeStamp",
        "dayTimeDuration",
        "yearMonthDuration",
    )
)

Pass = Callable[[list[Class]], None]

# Members whose values are secrets: left out of the generated repr (logs, tracebacks).
SECRET_MEMBERS = frozenset({"Password", "ProxyPassword", "ClientSecret", "PIN"})
# Secrets by class: encryption keys, IdData pairs whose Value is a card number or PIN, and
# the ONVIF credential identifiers (tcr), listed ones and filters by value included.
SECRET_CLASS_MEMBERS = frozenset(
    {
        ("EncryptionKey", "Key"),
        ("IdData", "Value"),
        ("NameValue", "Value"),
        ("CredentialIdentifier", "Value"),
        ("CredentialIdentifierItem", "Value"),
        ("GetWhitelist", "Value"),
        ("GetBlacklist", "Value"),
    }
)


def is_secret(class_name: str, member: str) -> bool:
    """True when a member's value must never be shown (passwords, keys, card data, PINs)."""
    return member in SECRET_MEMBERS or (class_name, member) in SECRET_CLASS_MEMBERS


def _all_classes(classes: Iterable[Class]) -> Iterable[Class]:
    for cls in classes:
        yield cls
        yield from _all_classes(cls.inner)


def verbatim_time_types(classes: list[Class]) -> None:
    """Durations, times and QNames become ``str``: the wire text, unchanged."""
    for cls in _all_classes(classes):
        for attr in cls.attrs:
            for index, tp in enumerate(attr.types):
                if tp.native and tp.qname in VERBATIM_TYPES:
                    attr.types[index] = tp.clone(qname=STRING)
        for ext in cls.extensions:
            if ext.type.native and ext.type.qname in VERBATIM_TYPES:
                ext.type = ext.type.clone(qname=STRING)


def open_enumerations(classes: list[Class]) -> None:
    """A field typed by an enumeration also accepts ``str``: newer firmware adds values."""
    enums = {cls.qname for cls in _all_classes(classes) if cls.is_enumeration}
    for cls in _all_classes(classes):
        if cls.is_enumeration:
            continue
        for attr in cls.attrs:
            if any(not tp.native and tp.qname in enums for tp in attr.types) and not any(
                tp.native and tp.qname == STRING for tp in attr.types
            ):
                attr.types.append(AttrType(qname=STRING, native=True))


def empty_token_default(classes: list[Class]) -> None:
    """A required ``token`` attribute defaults to "": creating an entity sends ``token=""``."""
    for cls in _all_classes(classes):
        for attr in cls.attrs:
            if (
                attr.is_attribute
                and attr.local_name == "token"
                and attr.default is None
                and not attr.is_optional
            ):
                attr.default = ""


def keep_unknown_members(classes: list[Class]) -> None:
    """Every complex class without wildcards gets them, so members from newer firmware
    are kept on the model and re-encoded instead of dropped."""
    for cls in _all_classes(classes):
        if cls.is_enumeration or (
            cls.extensions and any(not ext.type.native for ext in cls.extensions)
        ):
            continue  # enumerations have no members; subclasses inherit their base's wildcards
        if any(attr.tag == Tag.EXTENSION for attr in cls.attrs):
            continue
        has_text = any(attr.is_nameless and not attr.is_wildcard for attr in cls.attrs) or any(
            ext.type.native for ext in cls.extensions
        )
        if not has_text and not any(attr.tag == Tag.ANY for attr in cls.attrs):
            cls.attrs.append(
                Attr(
                    tag=Tag.ANY,
                    name="@any_element",
                    local_name="@any_element",
                    namespace="##any",
                    types=[AttrType(qname=ANY_TYPE, native=True)],
                    restrictions=Restrictions(
                        min_occurs=0, max_occurs=sys.maxsize, process_contents="lax"
                    ),
                    help="Elements the schema does not declare (newer firmware), kept.",
                )
            )
        if not any(attr.tag == Tag.ANY_ATTRIBUTE for attr in cls.attrs):
            cls.attrs.append(
                Attr(
                    tag=Tag.ANY_ATTRIBUTE,
                    name="@any_attributes",
                    local_name="@any_attributes",
                    namespace="##any",
                    types=[AttrType(qname=ANY_TYPE, native=True)],
                    restrictions=Restrictions(min_occurs=0, max_occurs=1),
                    help="XML attributes the schema does not declare, kept to re-encode.",
                )
            )


def plain_documentation(classes: list[Class]) -> None:
    """Documentation reads as the spec writes it: xsdata serialises xs:documentation back
    to XML text, which escapes <, > and & (``Axis-&lt;mac&gt;``)."""
    for cls in _all_classes(classes):
        if cls.help:
            cls.help = unescape(cls.help)
        for attr in cls.attrs:
            if attr.help:
                attr.help = unescape(attr.help)


PASSES: tuple[Pass, ...] = (
    plain_documentation,
    verbatim_time_types,
    open_enumerations,
    empty_token_default,
    keep_unknown_members,
)


def run_passes(classes: list[Class]) -> None:
    for apply in PASSES:
        apply(classes)
