"""Each pass over xsdata's class model, on small hand-made classes."""

from __future__ import annotations

from pyvapix.codegen import passes
from pyvapix.generated.models.tcr import CredentialIdentifier, CredentialIdentifierType
from xsdata.codegen.models import Attr, AttrType, Class, Extension, Restrictions
from xsdata.models.enums import Tag

XS = "{http://www.w3.org/2001/XMLSchema}"


def attr(
    name: str, qname: str, *, tag: str = Tag.ELEMENT, native: bool = True, min_occurs: int = 1
) -> Attr:
    return Attr(
        tag=tag,
        name=name,
        local_name=name,
        types=[AttrType(qname=qname, native=native)],
        restrictions=Restrictions(min_occurs=min_occurs, max_occurs=1),
    )


def cls(name: str, *attrs: Attr, tag: str = Tag.COMPLEX_TYPE) -> Class:
    return Class(qname=f"{{urn:t}}{name}", tag=tag, location="t.xsd", attrs=list(attrs))


def test_time_types_become_wire_text() -> None:
    door = cls(
        "Door",
        attr("AccessTime", f"{XS}duration"),
        attr("When", f"{XS}dateTime"),
        attr("Count", f"{XS}int"),
    )
    passes.verbatim_time_types([door])
    assert [a.types[0].qname for a in door.attrs] == [f"{XS}string", f"{XS}string", f"{XS}int"]


def test_enumeration_fields_also_accept_text() -> None:
    mode = cls("Mode", attr("Locked", f"{XS}string", tag=Tag.ENUMERATION), tag=Tag.SIMPLE_TYPE)
    state = cls("State", attr("DoorMode", "{urn:t}Mode", native=False))
    passes.open_enumerations([mode, state])
    assert [t.qname for t in state.attrs[0].types] == ["{urn:t}Mode", f"{XS}string"]
    assert len(mode.attrs[0].types) == 1


def test_required_token_attribute_defaults_to_empty() -> None:
    entity = cls("Entity", attr("token", f"{XS}string", tag=Tag.ATTRIBUTE))
    optional = cls("Device", attr("token", f"{XS}string", tag=Tag.ATTRIBUTE, min_occurs=0))
    passes.empty_token_default([entity, optional])
    assert entity.attrs[0].default == ""
    assert optional.attrs[0].default is None


def test_unknown_member_fields_are_added_once_per_hierarchy() -> None:
    base = cls("Base", attr("Name", f"{XS}string"))
    child = cls("Child", attr("Extra", f"{XS}string"))
    child.extensions.append(
        Extension(
            tag=Tag.EXTENSION, type=AttrType(qname="{urn:t}Base"), restrictions=Restrictions()
        )
    )
    passes.keep_unknown_members([base, child])
    assert [a.tag for a in base.attrs] == [Tag.ELEMENT, Tag.ANY, Tag.ANY_ATTRIBUTE]
    assert [a.tag for a in child.attrs] == [Tag.ELEMENT]  # inherits its base's


def test_secrets() -> None:
    assert passes.is_secret("Device", "Password")
    assert passes.is_secret("EncryptionKey", "Key")
    assert passes.is_secret("NameValue", "Value")
    assert not passes.is_secret("FilterKeyValue", "Key")
    assert not passes.is_secret("Attribute", "Value")


def test_documentation_is_plain_text() -> None:
    token = attr("Id", f"{XS}string")
    token.help = "Shaped like remote/&lt;device&gt;/&lt;n&gt; &amp; never empty."
    service = cls("Service", token)
    service.help = "Token Axis-&lt;mac&gt;."
    passes.plain_documentation([service])
    assert token.help == "Shaped like remote/<device>/<n> & never empty."
    assert service.help == "Token Axis-<mac>."


def test_onvif_credential_identifiers_stay_out_of_reprs() -> None:
    identifier = CredentialIdentifier(
        type_value=CredentialIdentifierType(name="pt:PIN", format_type="IDDATA_TEXT"),
        exempted_from_authentication=False,
        value=b"4711",
    )
    assert "4711" not in repr(identifier) and "pt:PIN" in repr(identifier)
    for owner in ("CredentialIdentifierItem", "GetWhitelist", "GetBlacklist"):
        assert passes.is_secret(owner, "Value")
