"""The icon files: valid containers holding every size, rendered from the current SVG."""

from __future__ import annotations

import struct

import icon_files
import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT

ICONS = ROOT / "packaging" / "icons"


def read_ico(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    images = {}
    for index in range(count):
        width, height, _, _, planes, bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert (width, planes, bits) == (height, 1, 32)
        images[width or 256] = data[offset : offset + size]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    elements, position = {}, 8
    while position < len(data):
        code, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        elements[code] = data[position + 8 : position + length]
        position += length
    assert position == len(data)
    return elements


def fake_png(size: int) -> bytes:
    return icon_files.PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + struct.pack(">II", size, size) + b"x"


def test_ico_round_trip() -> None:
    pngs = {16: fake_png(16), 48: fake_png(48), 256: fake_png(256)}
    assert read_ico(icon_files.ico_bytes(pngs)) == pngs


def test_icns_holds_each_size_under_its_apple_type() -> None:
    pngs = {size: fake_png(size) for size in (16, 32, 64, 128, 256, 512, 1024)}
    elements = read_icns(icon_files.icns_bytes(pngs))
    assert set(elements) == set(icon_files.ICNS_TYPES)
    for code, data in elements.items():
        assert icon_files.png_size(data) == (icon_files.ICNS_TYPES[code],) * 2


def test_the_committed_icons_hold_every_size() -> None:
    for size in icon_files.PNG_SIZES:
        assert icon_files.png_size((ICONS / f"pimdesk-{size}.png").read_bytes()) == (size, size)
    ico = read_ico((ICONS / "pimdesk.ico").read_bytes())
    assert sorted(ico) == list(icon_files.ICO_SIZES)
    assert all(icon_files.png_size(png) == (size, size) for size, png in ico.items())
    assert set(read_icns((ICONS / "pimdesk.icns").read_bytes())) == set(icon_files.ICNS_TYPES)


def test_a_png_without_its_signature_is_refused() -> None:
    with pytest.raises(ValueError, match="not a PNG"):
        icon_files.png_size(b"GIF89a...")


@pytest.mark.gui
def test_the_committed_pngs_are_rendered_from_the_current_svg(qtbot: QtBot) -> None:
    """Rerun `python packaging/icon_files.py` when resources/icons/pimdesk.svg changes."""
    from PySide6.QtGui import QImage

    sizes = (16, 64, 256)
    rendered = icon_files.render_pngs(icon_files.SOURCE, sizes)
    for size in sizes:
        fresh = QImage.fromData(rendered[size])
        committed = QImage(str(ICONS / f"pimdesk-{size}.png"))
        assert fresh.size() == committed.size()
        differing = sum(
            fresh.pixel(x, y) != committed.pixel(x, y) for x in range(size) for y in range(size)
        )
        assert differing <= size * size // 100, f"{size}px icon is out of date"
