"""Draw Yibiao's icon: a form sheet with a red square seal bearing 表.

    uv run python packaging/icons/make_icons.py

Writes, next to this script: yibiao.svg (the source; the character is an outline, so the SVG needs no
font where it is shown), yibiao-NN.png for the hicolor sizes (16…256, rendered from the SVG by Qt's
QSvgRenderer) and yibiao.ico (the same PNGs in one Windows icon). Run it again only to change the design;
the outputs are committed so that the packaging build needs no CJK font.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter, QPainterPath, QTransform  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SEAL_RED = "#d7261e"
INK_BLUE = "#1f5fa8"


def glyph_path(char: str, box: QRectF) -> str:
    """SVG path data of `char` in a bold CJK font, scaled and centred into `box`."""
    font = QFont("Noto Sans CJK SC")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setWeight(QFont.Weight.Black)
    font.setPixelSize(200)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, char)
    bounds = path.boundingRect()
    if bounds.isEmpty():
        raise SystemExit(f"no outline for {char!r}: install a CJK font (fonts-noto-cjk)")
    scale = min(box.width() / bounds.width(), box.height() / bounds.height())
    transform = QTransform()
    transform.translate(box.center().x(), box.center().y())
    transform.scale(scale, scale)
    transform.translate(-bounds.center().x(), -bounds.center().y())
    path = transform.map(path)
    out = []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            out.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            out.append(f"L{e.x:.1f} {e.y:.1f}")
        elif e.type == QPainterPath.ElementType.CurveToElement:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(f"C{e.x:.1f} {e.y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
    return " ".join(out) + " Z"


def svg_text() -> str:
    seal = QRectF(112, 112, 124, 124)
    glyph = glyph_path("表", seal.adjusted(16, 14, -16, -14))
    rows = "".join(
        f'<rect x="44" y="{y}" width="{w}" height="10" rx="3" fill="#c9d6e8"/>'
        for y, w in ((92, 132), (120, 104), (148, 60), (176, 60), (204, 60))
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>一表通·乡镇版</title>
  <!-- the form sheet -->
  <rect x="20" y="12" width="196" height="232" rx="18" fill="#ffffff" stroke="#8a9bb3" stroke-width="8"/>
  <rect x="24" y="16" width="188" height="54" rx="14" fill="{INK_BLUE}"/>
  <rect x="24" y="52" width="188" height="18" fill="{INK_BLUE}"/>
  <rect x="44" y="34" width="108" height="14" rx="5" fill="#ffffff" opacity="0.85"/>
  {rows}
  <!-- the red seal with 表 -->
  <g transform="rotate(-6 174 174)">
    <rect x="112" y="112" width="124" height="124" rx="14" fill="{SEAL_RED}" stroke="#ffffff" stroke-width="6"/>
    <rect x="122" y="122" width="104" height="104" rx="8" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.9"/>
    <path fill="#ffffff" d="{glyph}"/>
  </g>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """A Windows .ico holding PNG-compressed images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = svg_text()
    (HERE / "yibiao.svg").write_text(svg, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("the SVG does not parse")
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(renderer, size))
        (HERE / f"yibiao-{size}.png").write_bytes(pngs[size])
    write_ico(HERE / "yibiao.ico", {s: pngs[s] for s in ICO_SIZES})
    print(f"wrote yibiao.svg, {len(SIZES)} PNGs and yibiao.ico in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
