"""basicdeviceinfo.cgi and apidiscovery.cgi: what the device is and which APIs it offers.

Both read the parameter tree (Brand, Properties), so they always agree with param.cgi. The
unrestricted properties and both getSupportedVersions are open to anyone; the full property
list needs an operator. The API list names the APIs the simulator serves.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any

from .cgi_http import Answer, CgiCall
from .cgi_json import ApiError, JsonApi, JsonMethod, Params, serve

BASIC_DEVICE_INFO = JsonApi(
    versions=("1.3",),
    invalid_json=(4000, "The provided JSON input was invalid"),
    unknown_method=(2004, "The requested method is not supported"),
    unsupported_version=(2003, "The requested API version is not supported"),
    missing=(4002, "A required parameter was missing or invalid"),
    invalid=(4002, "A required parameter was missing or invalid"),
    forbidden=(2001, "Access forbidden"),
    post_only=(2002, "HTTP request type not supported, only POST is supported"),
)
API_DISCOVERY = JsonApi(
    versions=("1.0",),
    invalid_json=(4000, "The provided JSON input was invalid"),
    unknown_method=(2004, "The requested method is not supported"),
    unsupported_version=(2003, "The requested API version is not supported"),
    missing=(4002, "A required parameter was missing or invalid"),
    invalid=(1000, "Invalid parameter value"),
    forbidden=(2004, "The requested method is not supported"),
    post_only=(2002, "HTTP request type not supported, only POST is supported"),
)

# Property -> the parameter it comes from ("" for none on this device).
PROPERTIES = {
    "Architecture": "Properties.System.Architecture",
    "Brand": "Brand.Brand",
    "BuildDate": "Properties.Firmware.BuildDate",
    "HardwareID": "Properties.System.HardwareID",
    "ProdFullName": "Brand.ProdFullName",
    "ProdNbr": "Brand.ProdNbr",
    "ProdShortName": "Brand.ProdShortName",
    "ProdType": "Brand.ProdType",
    "ProdVariant": "Brand.ProdVariant",
    "SerialNumber": "Properties.System.SerialNumber",
    "Soc": "Properties.System.Soc",
    "SocSerialNumber": "",
    "Version": "Properties.Firmware.Version",
    "WebURL": "Brand.WebURL",
}
RESTRICTED = frozenset({"Architecture", "Soc", "SocSerialNumber"})
DOCS = "https://developer.axis.com/vapix"
# (id, version, name, documentation page) of the APIs served.
APIS = (
    ("api-discovery", "1.0", "API Discovery Service", "network-video/api-discovery-service/"),
    (
        "basic-device-info",
        "1.3",
        "Basic Device Information",
        "network-video/basic-device-information/",
    ),
    ("io-port-management", "1.1", "I/O Port Management", "network-video/io-port-management/"),
    ("param-cgi", "1.0", "Legacy Parameter Handling", "network-video/parameter-management/"),
    ("user-management", "1.0", "User Management", "network-video/system-settings/"),
)


def _properties(call: CgiCall, names: list[str] | tuple[str, ...]) -> dict[str, Any]:
    values = call.state.params.values
    return {name: values.get(PROPERTIES[name], "") if PROPERTIES[name] else "" for name in names}


def all_properties(call: CgiCall, params: Params) -> dict[str, Any]:
    return {"propertyList": _properties(call, tuple(PROPERTIES))}


def unrestricted_properties(call: CgiCall, params: Params) -> dict[str, Any]:
    return {"propertyList": _properties(call, [p for p in PROPERTIES if p not in RESTRICTED])}


def some_properties(call: CgiCall, params: Params) -> dict[str, Any]:
    wanted = params.get("propertyList")
    if not isinstance(wanted, list) or not wanted or not all(isinstance(w, str) for w in wanted):
        raise ApiError(*BASIC_DEVICE_INFO.missing)
    for name in wanted:
        if name not in PROPERTIES:
            raise ApiError(1000, f"Property not supported: {name}")
    return {"propertyList": _properties(call, wanted)}


def _versions(api: JsonApi) -> JsonMethod:
    return JsonMethod(
        lambda call, params: {"apiVersions": list(api.versions)}, "anonymous", versioned=False
    )


BASIC_DEVICE_INFO_METHODS = {
    "getAllProperties": JsonMethod(all_properties, "operator"),
    "getProperties": JsonMethod(some_properties, "operator"),
    "getAllUnrestrictedProperties": JsonMethod(unrestricted_properties, "anonymous", since="1.2"),
    "getSupportedVersions": _versions(BASIC_DEVICE_INFO),
}


def api_list(call: CgiCall, params: Params) -> dict[str, Any]:
    wanted_id, wanted_version = params.get("id", "*"), params.get("version", "*")
    if not isinstance(wanted_id, str) or not isinstance(wanted_version, str):
        raise ApiError(*API_DISCOVERY.invalid)
    return {
        "apiList": [
            {
                "id": api,
                "version": version,
                "name": name,
                "docLink": f"{DOCS}/{page}",
                "status": "released",
            }
            for api, version, name, page in APIS
            if fnmatchcase(api, wanted_id) and fnmatchcase(version, wanted_version)
        ]
    }


API_DISCOVERY_METHODS = {
    "getApiList": JsonMethod(api_list, "anonymous"),
    "getSupportedVersions": _versions(API_DISCOVERY),
}


def basic_device_info(call: CgiCall) -> Answer:
    return serve(call, BASIC_DEVICE_INFO, BASIC_DEVICE_INFO_METHODS)


def api_discovery(call: CgiCall) -> Answer:
    return serve(call, API_DISCOVERY, API_DISCOVERY_METHODS)
