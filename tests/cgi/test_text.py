"""Text bodies: charset, line ends, key=value splitting."""

from __future__ import annotations

import pytest

from pyvapix.cgi._text import charset_of, decode_text, numbered_lines, parse_kv, split_lines


def test_split_on_first_equals_only() -> None:
    kv = parse_kv(
        "root.StreamProfile.S0.Parameters=videocodec=h264&fps=15\n"
        "root.PTZ.Preset.P0.Position.P1.Data=pan=1.5:tilt=-3.0:zoom=1\n"
    )
    assert kv.pairs["root.StreamProfile.S0.Parameters"] == "videocodec=h264&fps=15"
    assert kv.pairs["root.PTZ.Preset.P0.Position.P1.Data"] == "pan=1.5:tilt=-3.0:zoom=1"


@pytest.mark.parametrize(
    "body",
    [
        "a=1\nb=2\n",  # LF
        "a=1\r\nb=2\r\n",  # CRLF
        "a=1\nb=2",  # no final newline
        "a=1\r\nb=2",  # CRLF, no final newline
        "a=1\rb=2\r",  # old Mac CR
        "\na=1\n\nb=2\n\n",  # blank lines
    ],
)
def test_line_endings(body: str) -> None:
    assert parse_kv(body).pairs == {"a": "1", "b": "2"}


def test_crlf_leaves_no_carriage_return_in_values() -> None:
    pairs = parse_kv('admin="root,joe"\r\nviewer=""\r\n', unquote=True).pairs
    assert pairs == {"admin": "root,joe", "viewer": ""}


def test_root_prefix_stripped_consistently() -> None:
    kv = parse_kv("root.Input.NbrOfInputs=3\nOutput.NbrOfOutputs=1\n", strip_prefix="root.")
    assert kv.pairs == {"Input.NbrOfInputs": "3", "Output.NbrOfOutputs": "1"}


def test_empty_values_and_lines_without_equals_are_kept() -> None:
    kv = parse_kv("OK\nroot.Brand.ProdVariant=\nplaying=3\n")
    assert kv.pairs == {"root.Brand.ProdVariant": "", "playing": "3"}
    assert kv.other_lines == ["OK"]


def test_unquote_only_a_surrounding_pair() -> None:
    pairs = parse_kv('a="x,y,"\nb=\nc="quoted "inner" text"\nd="\n', unquote=True).pairs
    assert pairs == {"a": "x,y,", "b": "", "c": 'quoted "inner" text', "d": '"'}


def test_strip_space_around_equals() -> None:
    assert parse_kv("image width = 720\nimage height=576", strip_space=True).pairs == {
        "image width": "720",
        "image height": "576",
    }


def test_iso_8859_1_body_without_charset() -> None:
    body = "root.PTZ.Preset.P0.Name=Entrée\nroot.Image.I0.Name=Fußgängerüberweg\n".encode(
        "iso-8859-1"
    )
    text = decode_text(body, content_type="text/plain")
    assert "Entrée" in text and "Fußgängerüberweg" in text


def test_utf8_body_stays_utf8() -> None:
    body = "name=Entrée ✓\n".encode()
    assert decode_text(body) == "name=Entrée ✓\n"


def test_declared_charset_wins() -> None:
    body = "name=Entrée".encode("iso-8859-1")
    assert decode_text(body, content_type="text/plain; charset=ISO-8859-1") == "name=Entrée"
    assert charset_of('text/plain; charset="utf-8"') == "utf-8"
    assert decode_text(body, content_type="text/plain; charset=nonsense") == "name=Entrée"


def test_forced_charset() -> None:
    assert decode_text("é".encode(), charset="iso-8859-1") == "Ã©"


def test_latin1_control_bytes_do_not_split_lines() -> None:
    """0x85 is NEL in ISO-8859-1; str.splitlines would break the value there."""
    body = b"root.Image.I0.Text.String=caf\x85bar\nroot.Brand.Brand=AXIS\n"
    pairs = parse_kv(decode_text(body), strip_prefix="root.").pairs
    assert pairs == {"Image.I0.Text.String": "caf\x85bar", "Brand.Brand": "AXIS"}


def test_bom_is_dropped() -> None:
    assert decode_text(b"\xef\xbb\xbfa=1") == "a=1"


def test_split_lines_and_numbered_lines() -> None:
    assert split_lines("a\r\nb\n") == ["a", "b"]
    assert split_lines("") == []
    assert numbered_lines("root\nroot admin operator\n") == {
        "1": "root",
        "2": "root admin operator",
    }
