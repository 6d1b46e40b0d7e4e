"""The flows integrations run through the ONVIF services beside the Axis ones.

Each test runs live against the simulator and from its cassette. The ONVIF services are SOAP
only; the Axis side goes over SOAP, and over ``auto`` (JSON first, as a client does by
default). Identifier values (tcr carries PINs and cards as hexadecimal bytes) never reach a
cassette."""

from __future__ import annotations

import pytest
from pyvapix.generated.models import tar, tcr
from pyvapix.generated.models.common.pt import NameValue
from pyvapix.generated.models.pacsaxis import Credential

import pyvapix
from pyvapix._services import Protocol

from .test_device import PIN


@pytest.fixture(params=["soap", "auto"])
def protocol(request: pytest.FixtureRequest) -> Protocol:
    return request.param  # type: ignore[no-any-return]


def test_credential_validity_through_tcr(device: pyvapix.Client) -> None:
    """The recipe for a validity window on firmware without a pacsaxis field for it: set the
    credential through pacsaxis, then read it through tcr, change ValidFrom/ValidTo (date
    only: first day from 00:00:00, last day until 23:59:59) and write it all back."""
    (token,) = device.pacsaxis.set_credential(
        credential=Credential(
            user_token="holder-1",
            enabled=True,
            status="Enabled",
            id_data=[NameValue(name="PIN", value=PIN)],
        )
    ).token
    (credential,) = device.tcr.get_credentials(token=token).credential
    assert credential.valid_from is None and credential.valid_to is None
    credential.valid_from = "2024-06-01T00:00:00Z"
    credential.valid_to = "2024-06-30T23:59:59Z"
    device.tcr.modify_credential(credential=credential)

    (read_back,) = device.tcr.get_credentials(token=token).credential
    assert (read_back.valid_from, read_back.valid_to) == (
        "2024-06-01T00:00:00Z",
        "2024-06-30T23:59:59Z",
    )
    assert read_back.credential_holder_reference == "holder-1"
    # The PIN itself is masked in the cassette: only its type is compared.
    assert [i.type_value.name for i in read_back.credential_identifier] == ["pt:PIN"]


def test_access_profile_made_through_tar(device: pyvapix.Client) -> None:
    """A profile for one door made the way ONVIF clients make it: empty token, Description
    present, one policy per access point, no EntityType; the Axis service lists it."""
    entry = device.tac.get_access_point_info_list().access_point_info[0].token
    token = device.tar.create_access_profile(
        access_profile=tar.AccessProfile(
            name="Door 1 (always)",
            description="",
            access_policy=[tar.AccessPolicy(schedule_token="standard_always", entity=entry)],
        )
    ).token
    listed = {p.token: p for p in device.pacsaxis.get_access_profile_list().access_profile}
    assert listed[token].name == "Door 1 (always)" and listed[token].enabled
    assert [(p.access_point, p.schedule) for p in listed[token].access_policy] == [
        (entry, ["standard_always"])
    ]
    (seen,) = device.tar.get_access_profiles(token=token).access_profile
    assert [(p.schedule_token, p.entity) for p in seen.access_policy] == [
        ("standard_always", entry)
    ]


def test_capabilities_before_calling(device: pyvapix.Client) -> None:
    """What the device says it can do, asked the ONVIF way."""
    namespaces = {s.namespace for s in device.tds.get_services(include_capability=False).service}
    assert "http://www.onvif.org/ver10/credential/wsdl" in namespaces
    claims = device.tcr.get_service_capabilities().capabilities
    assert claims.credential_validity_supported and not claims.validity_supports_time_value
    assert isinstance(claims, tcr.ServiceCapabilities)
