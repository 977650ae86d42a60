"""Two workbooks for packaging/smoke_test.sh, made with the standard library only (system python3):

    python3 packaging/smoke_files.py OUTDIR   →  OUTDIR/花名册.xlsx, OUTDIR/panic.xls

- ``花名册.xlsx``: a minimal valid workbook, one sheet 表1 with a header (姓名, 公民身份号码) and two rows;
- ``panic.xls``: a 4.5 KB .xls (an OLE container whose Workbook stream is BOF, a sheet record three
  bytes long, EOF) on which the Excel reader (calamine 0.37) panics (``range end index 4 out of range
  for slice of length 3`` in parse_sheet_metadata): the program must refuse it with one message.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

_NS = "http://schemas.openxmlformats.org"
_PARTS = {
    "[Content_Types].xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_NS}/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_NS}/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_NS}/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}/spreadsheetml/2006/main" '
        f'xmlns:r="{_NS}/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_NS}/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_NS}/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
_ROWS = [["姓名", "公民身份号码"], ["张三", "530624199001011234"], ["李四", "530624198505052345"]]


def good_xlsx(path: Path) -> Path:
    rows = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{"AB"[c]}{r}" t="inlineStr"><is><t>{value}</t></is></c>' for c, value in enumerate(row)
        )
        + "</row>"
        for r, row in enumerate(_ROWS, start=1)
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}/spreadsheetml/2006/main">'
        f'<dimension ref="A1:B{len(_ROWS)}"/><sheetData>{rows}</sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _PARTS.items():
            zf.writestr(name, text)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def panic_xls(path: Path) -> Path:
    bof = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x1F40, 0x07CD, 0, 0x0206))
    stream = (bof + _record(0x0085, b"\0\0\0") + _record(0x000A, b"")).ljust(4096, b"\0")  # no mini stream
    sectors = len(stream) // 512
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    # one FAT sector (0), the directory (1), no mini FAT, no DIFAT sectors
    struct.pack_into("<IIIIIIIII", header, 0x2C, 1, 1, 0, 4096, end, 0, end, 0, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = [0xFFFFFFFD, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        data = bytearray(128)
        data[: len(raw)] = raw
        struct.pack_into("<HBB", data, 64, len(raw), kind, 1)
        struct.pack_into("<III", data, 68, free, free, child)
        struct.pack_into("<IQ", data, 116, start, size)
        return bytes(data)

    directory = (
        entry("Root Entry", 5, end, 0, child=1)
        + entry("Workbook", 2, 2, len(stream))
        + entry("", 0, 0, 0) * 2
    )
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + directory + stream)
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    print(good_xlsx(out / "花名册.xlsx"))
    print(panic_xls(out / "panic.xls"))
