"""Render the app icon (resources/icons/pimdesk.svg) into each system's icon files.

`python packaging/icon_files.py` writes packaging/icons/: PNGs for the Linux icon theme, a
Windows `.ico` and a macOS `.icns`. Both containers hold PNG images, which Windows (Vista and
later) and macOS (10.7 and later) read, so no image library beyond Qt is needed. The outputs are
committed: a build needs no display and no Qt rendering, and the icons change only with the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "pimdesk.svg"
TARGET = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-based icon types: type code -> pixel size.
ICNS_TYPES = {
    b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
    b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512,
}  # fmt: skip
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """Each size drawn from the vector source (not scaled from one bitmap), as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG image")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt takes str
        pngs[size] = bytes(data.data())
    del app
    return pngs


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows icon: a directory of 16-byte entries, then the PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        image = pngs[size]
        side = size if size < 256 else 0  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        images += image
        offset += len(image)
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS icon family: 'icns', the total length, then (type, length, PNG) elements."""
    body = b""
    for code, size in ICNS_TYPES.items():
        if size in pngs:
            body += code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def write_icons(source: Path = SOURCE, target: Path = TARGET) -> list[Path]:
    pngs = render_pngs(source, PNG_SIZES)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        written.append(target / f"pimdesk-{size}.png")
        written[-1].write_bytes(data)
    written.append(target / "pimdesk.ico")
    written[-1].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(target / "pimdesk.icns")
    written[-1].write_bytes(icns_bytes(pngs))
    return written


if __name__ == "__main__":
    for path in write_icons():
        print(path.relative_to(ROOT))
    sys.exit(0)
