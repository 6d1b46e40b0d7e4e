"""``client.capabilities()``: the answers read without HTTP (parse_services, the Survey),
then the client against the in-process simulator, sync and async, as it is and with
devices that answer otherwise (JSON door control 503, no device service, GetServices
without capabilities)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import pyvapix
from pyvapix import FaultError, ProtocolNotSupportedError, TransportError, sim
from pyvapix._capabilities import Ask, Survey, answered, parse_services
from pyvapix._catalogue import default_catalogue
from pyvapix.sim import access_rules, credential_service, generic, schedule_service

CATALOGUE = default_catalogue()
GSC = "GetServiceCapabilities"
TDS = "http://www.onvif.org/ver10/device/wsdl"
TCR = "http://www.onvif.org/ver10/credential/wsdl"
TDC = "http://www.onvif.org/ver10/doorcontrol/wsdl"
AXLOG = "http://www.axis.com/vapix/ws/EventLogger"
ACTION = "http://www.axis.com/vapix/ws/action1"  # listed by A1001 1.65; no pyvapix client
ENVELOPE = (
    '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>{}'
    "</env:Body></env:Envelope>"
)
# As a device lists its services: capabilities of tcr (attributes), of the door control
# service in a form its model cannot hold (a word where a number belongs), none for the
# event logger, a vendor service with capabilities of its own.
GET_SERVICES = ENVELOPE.format(
    f'<tds:GetServicesResponse xmlns:tds="{TDS}">'
    f"<tds:Service><tds:Namespace>{TCR}</tds:Namespace>"
    "<tds:XAddr>http://10.0.0.5/vapix/services</tds:XAddr>"
    f'<tds:Capabilities><tcr:Capabilities xmlns:tcr="{TCR}" MaxLimit="10" '
    'MaxCredentials="2000" MaxAccessProfilesPerCredential="5" CredentialValiditySupported="true"'
    ' CredentialAccessProfileValiditySupported="false" ValiditySupportsTimeValue="false"'
    ' ResetAntipassbackSupported="false"><tcr:SupportedIdentifierType>pt:PIN'
    "</tcr:SupportedIdentifierType></tcr:Capabilities></tds:Capabilities>"
    "<tds:Version><tt:Major xmlns:tt='http://www.onvif.org/ver10/schema'>21</tt:Major>"
    "<tt:Minor xmlns:tt='http://www.onvif.org/ver10/schema'>6</tt:Minor></tds:Version>"
    "</tds:Service>"
    f"<tds:Service><tds:Namespace>{TDC}</tds:Namespace>"
    "<tds:XAddr>http://10.0.0.5/vapix/services</tds:XAddr>"
    f'<tds:Capabilities><tdc:Capabilities xmlns:tdc="{TDC}" MaxLimit="many"/>'
    "</tds:Capabilities><tds:Version><tds:Major>1</tds:Major><tds:Minor>0</tds:Minor>"
    "</tds:Version></tds:Service>"
    f"<tds:Service><tds:Namespace>{AXLOG}</tds:Namespace>"
    "<tds:XAddr>http://10.0.0.5/vapix/services</tds:XAddr>"
    "<tds:Version><tds:Major>1</tds:Major><tds:Minor>0</tds:Minor></tds:Version>"
    "</tds:Service>"
    f"<tds:Service><tds:Namespace>{ACTION}</tds:Namespace>"
    "<tds:XAddr>http://10.0.0.5/vapix/services</tds:XAddr>"
    f'<tds:Capabilities><a:Capabilities xmlns:a="{ACTION}" MaxActionRules="64"/>'
    "</tds:Capabilities>"
    "<tds:Version><tds:Major>1</tds:Major><tds:Minor>0</tds:Minor></tds:Version>"
    "</tds:Service></tds:GetServicesResponse>"
)
NOT_SUPPORTED = ENVELOPE.format(
    '<env:Fault xmlns:ter="http://www.onvif.org/ver10/error"><env:Code>'
    "<env:Value>env:Receiver</env:Value><env:Subcode><env:Value>ter:ActionNotSupported"
    "</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang='en'>"
    "Optional Action Not Implemented</env:Text></env:Reason></env:Fault>"
)
# The JSON endpoints that have a GetServiceCapabilities, and the service probed at each.
PROBED = {
    "/vapix/pacs": "tac",
    "/vapix/doorcontrol": "tdc",
    "/vapix/eventlogger": "axloc",
    "/vapix/idpoint": "axtid",
    "/vapix/schedule": "axsch",
}


def listed() -> Any:
    return pyvapix.decode("tds:GetServices", GET_SERVICES, message="response", protocol="soap")


def capabilities_of(prefix: str, **values: Any) -> Any:
    """A GetServiceCapabilities response of ``prefix`` with these capabilities."""
    operation = CATALOGUE.operation(f"{prefix}:{GSC}")
    return pyvapix.decode(
        operation.qualified_name,
        json.dumps({"Capabilities": values}),
        message="response",
        protocol="json",
    )


# -- without HTTP -----------------------------------------------------------------------------


def test_listed_services_map_to_prefixes_with_their_decoded_capabilities() -> None:
    known, other = parse_services(CATALOGUE, listed())
    assert sorted(known) == ["axlog", "tcr", "tdc"]
    credential = known["tcr"]
    assert (credential.namespace, credential.xaddr, credential.version, credential.listed) == (
        TCR,
        "http://10.0.0.5/vapix/services",
        (21, 6),
        True,
    )
    model = credential.capabilities
    assert type(model).__module__ == "pyvapix.generated.models.tcr"
    assert (model.max_credentials, model.credential_validity_supported) == (2000, True)
    assert credential.plain["MaxCredentials"] == 2000
    assert credential.plain["SupportedIdentifierType"] == ["pt:PIN"]
    assert credential.limits == {
        "MaxLimit": 10,
        "MaxCredentials": 2000,
        "MaxAccessProfilesPerCredential": 5,
    }
    # Carried but not fitting its model, or not carried: unknown, asked for later.
    assert known["tdc"].capabilities is None and known["tdc"].plain == {}
    assert known["axlog"].capabilities is None
    # A namespace pyvapix has no client for: kept by namespace, its capabilities as sent.
    assert list(other) == [ACTION]
    assert other[ACTION].prefix is None
    assert other[ACTION].plain == {"MaxActionRules": "64"}
    assert other[ACTION].limits == {"MaxActionRules": 64}


def test_limits_are_read_from_every_max_capability_nested_ones_too() -> None:
    service = pyvapix.DeviceService(
        namespace=TDS,
        prefix="tds",
        plain={
            "Security": {"MaxUsers": 8, "TLS1.2": True, "MaxPasswordLength": "64"},
            "Network": {"NTP": 1, "MaxPriority": True},  # a flag is not a limit
        },
    )
    assert service.limits == {"MaxUsers": 8, "MaxPasswordLength": 64}


def _survey_after_listing() -> Survey:
    survey = Survey(CATALOGUE)
    assert survey.next() == Ask("tds:GetServices", {"IncludeCapability": True})
    survey.tell(listed())
    return survey


def _asks(survey: Survey, answer: Callable[[Ask], tuple[Any, bool]]) -> list[Ask]:
    asked = []
    while (ask := survey.next()) is not None:
        asked.append(ask)
        survey.tell(*answer(ask))
    return asked


def test_the_survey_probes_each_json_endpoint_once_and_asks_what_is_missing() -> None:
    survey = _survey_after_listing()

    def answer(ask: Ask) -> tuple[Any, bool]:
        prefix = ask.operation.split(":")[0]
        if prefix == "tdc":  # the endpoint proves not served; SOAP answers
            return capabilities_of("tdc", MaxLimit=50), True
        return capabilities_of(prefix, MaxLimit=100), False

    asked = _asks(survey, answer)
    # The door control probe asks tdc, whose capabilities did not fit; axlog has none to
    # ask for, so the event logger endpoint is probed with axloc; then nothing is missing.
    assert asked == [Ask(f"{p}:{GSC}", {}, probe=True) for p in PROBED.values()]
    found = survey.result()
    assert found.listed and found.lists("tcr") and not found.lists("tac")
    assert found.json["tdc"] is False and found.json["axtdc"] is False
    assert found.json["tac"] is True and found.json["axudb"] is True
    assert found.json["tcr"] is False  # SOAP only
    assert found.json["axisio"] is None  # /vapix/pin has nothing to probe with
    # Services that answered, though not listed, are known served; the listed stay listed.
    assert found.services["tac"].listed is False and found.lists("tac") is False
    assert found.limit("MaxLimit", "tdc") == 50
    assert found.limit("MaxCredentials") == 2000
    assert found.limit("MaxSchedules") is None
    with pytest.raises(ValueError, match="MaxLimit is a limit of several services"):
        found.limit("MaxLimit")


def test_listed_services_without_capabilities_are_asked_beside_the_probes() -> None:
    survey = Survey(CATALOGUE)
    survey.tell(
        pyvapix.decode(
            "tds:GetServices",
            json.dumps(
                {
                    "Service": [
                        {"Namespace": info.namespace, "XAddr": "x", "Version": {}}
                        for info in CATALOGUE.services.values()
                    ]
                }
            ),
            message="response",
            protocol="json",
        )
    )
    asked = _asks(survey, lambda ask: (capabilities_of(ask.operation.split(":")[0]), False))
    askable = {p for p in CATALOGUE.services if f"{p}:{GSC}" in CATALOGUE.operations}
    assert {a.operation.split(":")[0] for a in asked} == askable
    assert [a for a in asked if a.probe] == [Ask(f"{p}:{GSC}", {}, True) for p in PROBED.values()]
    assert all(survey.result().services[p].capabilities is not None for p in askable)


@pytest.mark.parametrize(
    "refusal",
    [
        FaultError(code="env:Receiver", subcodes=("ter:ActionNotSupported",)),
        ProtocolNotSupportedError("not here", status_code=404),
        TransportError("HTTP 500 without a SOAP answer", status_code=500),
    ],
)
def test_a_device_without_device_service_gets_the_probes_only(refusal: Exception) -> None:
    survey = Survey(CATALOGUE)
    survey.tell(refusal)
    asked = _asks(survey, lambda ask: (capabilities_of(ask.operation.split(":")[0]), False))
    assert [a.operation.split(":")[0] for a in asked] == list(PROBED.values())
    found = survey.result()
    assert not found.listed and found.lists("tac") is None and found.other == {}
    assert sorted(found.services) == sorted(PROBED.values())
    assert all(found.json[p] for p in PROBED.values())


@pytest.mark.parametrize(
    "error",
    [
        TransportError("could not connect to 10.0.0.5:80", request_sent=False),
        pyvapix.VapixTimeoutError("no answer within 10 s"),
        pyvapix.AuthenticationError("the device refused the credentials (HTTP 401)"),
    ],
)
def test_errors_without_an_answer_are_raised(error: pyvapix.VapixError) -> None:
    assert not answered(error)
    with pytest.raises(type(error)):
        Survey(CATALOGUE).tell(error)
    probing = _survey_after_listing()
    with pytest.raises(type(error)):
        probing.tell(error)


def test_a_probe_answered_with_a_fault_counts_as_served() -> None:
    survey = _survey_after_listing()
    survey.tell(FaultError(code="env:Receiver", subcodes=("ter:ActionNotSupported",)), False)
    _asks(survey, lambda ask: (capabilities_of(ask.operation.split(":")[0]), False))
    found = survey.result()
    assert found.json["tac"] is True and "tac" not in found.services


# -- against the simulator --------------------------------------------------------------------

ACTIONS = {o.info.soap_action: name for name, o in CATALOGUE.operations.items()}
Override = Callable[[httpx.Request], httpx.Response | None]


def _operation(request: httpx.Request) -> str:
    """``json tdc:GetServiceCapabilities`` or ``soap tds:GetServices``."""
    if request.url.path == "/vapix/services":
        action = request.headers["content-type"].split('action="', 1)[1].rstrip('"')
        return f"soap {ACTIONS[action]}"
    return f"json {next(iter(json.loads(request.content)))}"


class Device:
    """The simulator behind a transport that records each call (answers other than the
    401 of the authentication handshake) and lets a test answer some requests itself."""

    def __init__(self, override: Override = lambda request: None) -> None:
        self.state = sim.DeviceState()
        self.override = override
        self.calls: list[str] = []
        self.simulator = sim.transport(self.state)  # for the sync client and overrides

    def _note(self, request: httpx.Request, answer: httpx.Response) -> httpx.Response:
        if answer.status_code != 401:
            self.calls.append(_operation(request))
        return answer

    def client(self, **options: Any) -> pyvapix.Client:
        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            answer = self.override(request) or self.simulator.handle_request(request)
            return self._note(request, answer)

        transport = httpx.MockTransport(handler)
        return pyvapix.Client("http://sim.test", "root", "pass", transport=transport, **options)

    def async_client(self) -> pyvapix.AsyncClient:
        inner = sim.async_transport(self.state)

        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            answer = self.override(request) or await inner.handle_async_request(request)
            return self._note(request, answer)

        transport = httpx.MockTransport(handler)
        return pyvapix.AsyncClient("http://sim.test", "root", "pass", transport=transport)


FIRST_SURVEY = ["soap tds:GetServices", *(f"json {p}:{GSC}" for p in PROBED.values())]


@pytest.fixture
def device() -> Device:
    return Device()


@pytest.fixture
def client(device: Device) -> Iterator[pyvapix.Client]:
    with device.client() as each:
        yield each


def _check_simulator_answer(found: pyvapix.Capabilities) -> None:
    assert found.listed and found.other == {}
    assert set(found.services) == set(CATALOGUE.services)
    assert all(found.lists(prefix) for prefix in CATALOGUE.services)
    assert found.limit("MaxCredentials") == credential_service.CAPABILITIES["MaxCredentials"]
    assert found.limit("MaxAccessProfiles") == access_rules.MAX_PROFILES
    assert found.limit("MaxSchedules") == schedule_service.MAX_SCHEDULES
    assert found.services["tds"].version == (26, 6)
    assert (
        found.services["tds"].xaddr == "http://sim.test/vapix/services"
    )  # where the client reached it
    assert found.services["tcr"].plain == credential_service.CAPABILITIES
    assert {p for p, served in found.json.items() if served} == {
        p for p, i in CATALOGUE.services.items() if i.json_endpoint in PROBED
    }


def test_capabilities_are_asked_once_and_kept(device: Device, client: pyvapix.Client) -> None:
    found = client.capabilities()
    _check_simulator_answer(found)
    assert device.calls == FIRST_SURVEY
    assert client.capabilities() is found
    assert len(device.calls) == len(FIRST_SURVEY)  # the second time: no request
    again = client.capabilities(refresh=True)
    assert device.calls == FIRST_SURVEY * 2
    assert again == found and again is not found


def test_async_capabilities_are_asked_once_and_kept(device: Device) -> None:
    async def run() -> tuple[pyvapix.Capabilities, pyvapix.Capabilities]:
        async with device.async_client() as client:
            return await client.capabilities(), await client.capabilities()

    found, again = asyncio.run(run())
    _check_simulator_answer(found)
    assert again is found
    assert device.calls == FIRST_SURVEY


def test_the_client_protocol_does_not_change_the_probes(device: Device) -> None:
    with device.client(protocol="soap") as client:
        assert client.capabilities().json["tdc"] is True
    assert device.calls == FIRST_SURVEY


def door_control_503(request: httpx.Request) -> httpx.Response | None:
    """A1001 firmware 1.65.6: JSON door control answers 503."""
    if request.url.path == "/vapix/doorcontrol":
        return httpx.Response(503, text="Service Unavailable")
    return None


def test_json_door_control_503_is_found_not_served_and_auto_goes_to_soap() -> None:
    device = Device(door_control_503)
    with device.client() as client:
        found = client.capabilities()
        assert found.json["tdc"] is False and found.json["axtdc"] is False
        assert found.json["tac"] is True and found.json["axsch"] is True
        assert found.services["tdc"].limits["MaxLimit"] > 0  # GetServices carried them
        # The probe fell back to SOAP once, as auto does; no retry of the 503.
        assert device.calls.count(f"json tdc:{GSC}") == 1
        assert device.calls.count(f"soap tdc:{GSC}") == 1
        del device.calls[:]
        client.tdc.get_door_info_list()
        client.axtdc.get_door_list()
        assert device.calls == ["soap tdc:GetDoorInfoList", "soap axtdc:GetDoorList"]
        # The device serves JSON again (a firmware upgrade): refresh learns it, auto follows.
        device.override = lambda request: None
        assert client.capabilities(refresh=True).json["tdc"] is True
        del device.calls[:]
        client.tdc.get_door_info_list()
        assert device.calls == ["json tdc:GetDoorInfoList"]


def test_json_door_control_503_through_the_async_client() -> None:
    device = Device(door_control_503)

    async def run() -> None:
        async with device.async_client() as client:
            found = await client.capabilities()
            assert found.json["tdc"] is False and found.json["tac"] is True
            del device.calls[:]
            await client.tdc.get_door_info_list()
            assert device.calls == ["soap tdc:GetDoorInfoList"]

    asyncio.run(run())


@pytest.mark.parametrize(
    "refusal",
    [
        httpx.Response(
            400, content=NOT_SUPPORTED, headers={"content-type": "application/soap+xml"}
        ),
        httpx.Response(404, text="Not Found"),
    ],
    ids=["ActionNotSupported", "404"],
)
def test_a_device_without_device_service_still_answers(refusal: httpx.Response) -> None:
    def no_tds(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/vapix/services" and b"GetServices" in request.content:
            return refusal
        return None

    device = Device(no_tds)
    with device.client() as client:
        found = client.capabilities()
    assert device.calls == FIRST_SURVEY
    assert not found.listed and found.lists("tcr") is None
    assert sorted(found.services) == sorted(PROBED.values())
    assert found.limit("MaxLimit", "tdc") == generic.MAX_LIMIT
    assert found.json["tdc"] is True and found.json["tcr"] is False


def test_listed_services_without_capabilities_are_asked_one_by_one() -> None:
    device = Device()

    def without_capabilities(request: httpx.Request) -> httpx.Response | None:
        """A device that ignores IncludeCapability: the simulator asked without it."""
        if b"IncludeCapability>true<" not in request.content:
            return None
        headers = {k: v for k, v in request.headers.items() if k != "content-length"}
        content = request.content.replace(b"IncludeCapability>true<", b"IncludeCapability>false<")
        return device.simulator.handle_request(
            httpx.Request(request.method, request.url, headers=headers, content=content)
        )

    device.override = without_capabilities
    with device.client() as client:
        found = client.capabilities()
    askable = [p for p in CATALOGUE.services if f"{p}:{GSC}" in CATALOGUE.operations]
    assert all(found.services[p].capabilities is not None for p in askable)
    rest = [
        f"{'json' if CATALOGUE.services[p].json_endpoint else 'soap'} {p}:{GSC}" for p in askable
    ]
    assert device.calls[: len(FIRST_SURVEY)] == FIRST_SURVEY
    assert sorted(device.calls[len(FIRST_SURVEY) :]) == sorted(
        call for call in rest if call not in FIRST_SURVEY
    )
    _check_simulator_answer(found)
