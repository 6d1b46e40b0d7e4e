import pytest
from pyvapix.codegen.naming import class_name, snake_case


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("GetDoorInfoList", "get_door_info_list"),
        ("ReOpenMasterDB", "re_open_master_db"),
        ("GetIdPointWhiteListList", "get_id_point_white_list_list"),
        ("FetchEvents2", "fetch_events2"),
        ("HIDMobileConfig", "hid_mobile_config"),
        ("rowid", "rowid"),
        ("class", "class_"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


def test_snake_case_refuses_empty() -> None:
    with pytest.raises(ValueError, match="no usable characters"):
        snake_case("--")


def test_class_name() -> None:
    assert class_name("door control") == "DoorControl"
    assert class_name("AxisDoorControl") == "AxisDoorControl"
