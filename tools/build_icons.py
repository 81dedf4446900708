"""Render the app icon, resources/icons/app.svg, into every file the desktops need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/build_icons.py     (`make icons`)

writes, all committed:

- resources/icons/hicolor/<N>x<N>/apps/org.trustjournal.TrustJournal.png for the freedesktop
  icon theme sizes (16 px from app-16.svg, the same art redrawn on the pixel grid), and
  hicolor/scalable/apps/org.trustjournal.TrustJournal.svg (app.svg itself);
- resources/icons/trustjournal.ico: Windows, PNG-compressed entries 16 to 256 px;
- resources/icons/trustjournal.icns: macOS, PNG entries 16 to 1024 px (with the Retina ones).

The same SVG and the same Qt give the same bytes on every run: Qt's PNG writer adds no
time chunk, and both containers are written here field by field. Rerun after editing
app.svg (or app-16.svg), then `make forms`: the hicolor files are also compiled into the
Qt resources.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from trustjournal import APP_ID  # noqa: E402  (after the path, for a run from a checkout)

ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "app.svg"
# Sizes drawn by hand on their own pixel grid: app.svg scaled to 16 px blurs its edge, its
# ribbon and the gap between the bubbles into half-transparent pixels.
PIXEL_GRID_SOURCES = {16: ICONS / "app-16.svg"}
HICOLOR = ICONS / "hicolor"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ICONS / "trustjournal.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ICONS / "trustjournal.icns"
# (type, pixels): PNG-based entry types, macOS 10.7 and later. ic11..ic14 are the @2x
# (Retina) variants of 16, 32, 128 and 256; ic10 is 512@2x.
ICNS_ENTRIES = (
    ("icp4", 16),
    ("ic11", 32),
    ("icp5", 32),
    ("ic12", 64),
    ("icp6", 64),
    ("ic07", 128),
    ("ic13", 256),
    ("ic08", 256),
    ("ic14", 512),
    ("ic09", 512),
    ("ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG as a `size`-pixel square PNG with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # quality 0 asks for zlib's strongest compression; PNG stays lossless.
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG", 0):
        raise SystemExit(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNGs themselves."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        # width, height, colours (0: no palette), reserved, planes, bits per pixel, bytes, offset
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(entries: list[tuple[str, bytes]]) -> bytes:
    """A macOS icon family: big-endian 'icns' + total length, then type + length + PNG."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in entries
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}  {len(data):,} bytes")


def renderer_for(source: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    return renderer


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = renderer_for(SOURCE)
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(n for _, n in ICNS_ENTRIES)})
    pngs = {
        size: render(renderer_for(PIXEL_GRID_SOURCES[size]), size)
        if size in PIXEL_GRID_SOURCES
        else render(renderer, size)
        for size in sizes
    }

    for size in HICOLOR_SIZES:
        write(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png", pngs[size])
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(f"{scalable.relative_to(ROOT)}  {scalable.stat().st_size:,} bytes")
    write(ICO, ico({size: pngs[size] for size in ICO_SIZES}))
    write(ICNS, icns([(kind, pngs[size]) for kind, size in ICNS_ENTRIES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
