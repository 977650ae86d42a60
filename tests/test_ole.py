"""The one OLE2 reader: streams of real .xls files, and a file cut short is refused for styles yet sniffed."""

from __future__ import annotations

import struct

import pytest

from exports.excel.biff_styles import BiffError, read_biff_styles
from exports.excel.ole import OleError, OleFile
from exports.excel.sniff import sniff


def test_the_workbook_stream_of_a_real_xls_starts_with_a_biff8_bof(shared_dir):
    paths = sorted((shared_dir / "real").glob("*.xls")) + sorted((shared_dir / "samples").rglob("*.xls"))
    if not paths:
        pytest.skip("no shared .xls files")
    for path in paths:
        with open(path, "rb") as fh:
            ole = OleFile.from_file(fh)
            assert ole.header_fits()
            names = {e.name for e in ole.entries()}
            stream = ole.stream(("workbook", "book"))
        assert "Workbook" in names or "Book" in names, path.name
        assert stream[:2] == b"\x09\x08" and stream[4:6] == b"\x00\x06", path.name  # BOF, BIFF8


def test_a_damaged_allocation_table_is_still_sniffed_as_xls_but_gives_no_styles(shared_dir, tmp_path):
    """Sniffing is lenient (it names what the file is); reading a stream is strict (no half-read styles)."""
    src = bytearray((shared_dir / "real" / "04_农户年收入及帮扶情况表.xls").read_bytes())
    struct.pack_into("<I", src, 0x4C + 4, 0x00FFFFFF)  # a second FAT sector far past the end of the file
    bad = tmp_path / "bad.xls"
    bad.write_bytes(bytes(src))
    assert sniff(bad) == "xls"
    with pytest.raises(BiffError):
        read_biff_styles(bad)
    with pytest.raises(OleError):
        OleFile.from_bytes(bytes(src[:300]))
