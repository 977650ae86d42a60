"""Finding and registering a Chinese font for reportlab PDFs.

An office printer prints whatever the PDF carries, so a font found on the machine is EMBEDDED
(subset) in the file. reportlab's ``TTFont`` reads TrueType outlines only (``glyf`` table), from a
``.ttf`` or one face of a ``.ttc``; CFF-based OpenType (most ``.otf`` and the Noto/Source Han CJK
``.ttc`` files) it cannot read, so those are skipped by looking at the font's table directory.
When nothing usable is found, the Adobe CID font STSong-Light is used: every PDF reader has it,
but it is not embedded.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

CID_FONT = "STSong-Light"

# File names in order of preference: the fonts Chinese offices have, then free ones.
CANDIDATES = (
    "simsun.ttc",
    "simsun.ttf",
    "msyh.ttc",
    "msyh.ttf",
    "simhei.ttf",
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.ttf",
    "NotoSerifCJK-Regular.ttc",
    "SourceHanSansSC-Regular.ttf",
    "SourceHanSerifSC-Regular.ttf",
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "DroidSansFallbackFull.ttf",
)


@dataclass(frozen=True)
class PdfFont:
    """The font a report is set in: reportlab name, the file it came from (None for CID)."""

    name: str
    path: Path | None = None
    subfont_index: int = 0

    @property
    def embedded(self) -> bool:
        return self.path is not None


def font_dirs() -> list[Path]:
    """The usual font folders on Windows, Linux and macOS, the user's own first."""
    home = Path.home()
    dirs = [home / ".fonts", home / ".local/share/fonts", home / "Library/Fonts"]
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        dirs = [windir / "Fonts"] + ([Path(local) / "Microsoft/Windows/Fonts"] if local else [])
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path("/Library/Fonts")]
    dirs += [Path("/System/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


def _truetype_faces(path: Path) -> list[int]:
    """Indexes of the faces in a .ttf/.ttc that have TrueType (glyf) outlines; [] if none or unreadable."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                offsets = struct.unpack(f">{count}I", fh.read(4 * count))
            else:
                offsets = (0,)
            faces = []
            for index, offset in enumerate(offsets):
                fh.seek(offset)
                num_tables = struct.unpack(">H", fh.read(12)[4:6])[0]  # sfnt header: 12 bytes
                tags = {fh.read(16)[:4] for _ in range(num_tables)}
                if b"glyf" in tags and b"cmap" in tags:
                    faces.append(index)
            return faces
    except (OSError, struct.error):
        return []


def find_cjk_font(dirs: list[Path] | None = None) -> tuple[Path, int] | None:
    """The preferred TrueType CJK font file under `dirs` (searched recursively) and its face index."""
    found: dict[str, Path] = {}
    wanted = {name.lower() for name in CANDIDATES}
    for base in dirs if dirs is not None else font_dirs():
        for root, _subdirs, files in os.walk(base):
            for file in files:
                if file.lower() in wanted:
                    found.setdefault(file.lower(), Path(root) / file)
    for name in CANDIDATES:
        path = found.get(name.lower())
        if path is not None:
            faces = _truetype_faces(path)
            if faces:
                return path, faces[0]
    return None


_registered: dict[tuple[str, int] | None, PdfFont] = {}


def register_cjk_font(*, embed: bool = True, dirs: list[Path] | None = None) -> PdfFont:
    """Register and return the report font: an embedded TrueType font if one is found, else the CID font.

    `embed=False` forces the CID fallback (used by tests and by offices whose printers choke).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    hit = find_cjk_font(dirs) if embed else None
    key = (str(hit[0]), hit[1]) if hit else None
    if key in _registered:
        return _registered[key]
    if hit is not None:
        path, index = hit
        name = f"YibiaoCJK-{path.stem}-{index}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            font = PdfFont(name, path, index)
        except (TTFError, OSError):
            font = None
        if font is not None:
            _registered[key] = font
            return font
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    font = PdfFont(CID_FONT)
    _registered[None] = font
    return font
