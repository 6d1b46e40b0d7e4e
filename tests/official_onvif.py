"""zeep with the official ONVIF files from ../shared/reference (skipped when absent), offline.

The official files import OASIS and W3C schemas by absolute URL; a zeep transport here loads
them from the reference catalogue instead, and refuses any other network access. The SOAP 1.2
envelope schema, which onvif.xsd imports for two element types and no local file provides,
is a stand-in of two open types: enough for zeep to read the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import zeep
from zeep.transports import Transport

from .conftest import shared

ONVIF = "http://www.onvif.org/ver10"
# (file under onvif-wsdl/ver10, binding QName) per prefix.
FILES = {
    "tcr": ("credential/wsdl/credential.wsdl", f"{{{ONVIF}/credential/wsdl}}CredentialBinding"),
    "tar": (
        "accessrules/wsdl/accessrules.wsdl",
        f"{{{ONVIF}/accessrules/wsdl}}AccessRulesBinding",
    ),
    "tsc": ("schedule/wsdl/schedule.wsdl", f"{{{ONVIF}/schedule/wsdl}}ScheduleBinding"),
    "tds": ("device/wsdl/devicemgmt.wsdl", f"{{{ONVIF}/device/wsdl}}DeviceBinding"),
    "tab": (
        "authenticationbehavior/wsdl/authenticationbehavior.wsdl",
        f"{{{ONVIF}/authenticationbehavior/wsdl}}AuthenticationBehaviorBinding",
    ),
}
SOAP_ENVELOPE = "https://www.w3.org/2003/05/soap-envelope"
ENVELOPE_STAND_IN = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    targetNamespace="http://www.w3.org/2003/05/soap-envelope">
  <xs:complexType name="Envelope"><xs:sequence>
    <xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
  <xs:complexType name="Fault"><xs:sequence>
    <xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
</xs:schema>"""


def _catalogue() -> dict[str, Path]:
    folder = shared("oasis-w3c")
    table = {}
    for line in (folder / "catalog.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            url, local = line.split()
            table[url] = folder / local
    return table


class OfflineTransport(Transport):  # type: ignore[misc]
    """Loads schemas from the reference catalogue; posts (service calls) go out as usual."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.catalogue = _catalogue()
        self.local = set(self.catalogue.values())

    def load(self, url: str) -> bytes:
        if url == SOAP_ENVELOPE:
            return ENVELOPE_STAND_IN
        if url in self.catalogue:
            return self.catalogue[url].read_bytes()
        # The catalogue's files import each other by relative name, which zeep resolves
        # against the URL they were loaded for.
        sibling = next(iter(self.local)).parent / url.rsplit("/", 1)[-1]
        if sibling in self.local:
            return sibling.read_bytes()
        if urlparse(url).scheme in ("http", "https"):
            raise RuntimeError(f"the tests never fetch {url}")
        content: bytes = super().load(url)
        return content


def wsdl(prefix: str) -> Path:
    return shared("onvif-wsdl", "ver10", FILES[prefix][0])


def client(prefix: str, transport: Transport | None = None) -> zeep.Client:
    return zeep.Client(str(wsdl(prefix)), transport=transport or OfflineTransport())


def service(prefix: str, address: str, transport: Transport) -> Any:
    """The official binding of ``prefix`` at ``address``, through ``transport``."""
    return client(prefix, transport).create_service(FILES[prefix][1], address)


def operations(prefix: str) -> set[str]:
    """The operation names of the official file's binding."""
    return set(client(prefix).wsdl.bindings[FILES[prefix][1]].all())
