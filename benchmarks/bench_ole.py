"""The .xls readers against the libraries that could replace them: `uv run python benchmarks/bench_ole.py`.

* the look of a workbook (fonts, formats, XFs, column widths, row heights, page orientation):
  exports.excel.biff_styles against xlrd (``formatting_info=True``);
* the names in an OLE2 directory, as sniffing needs them: exports.excel.ole against olefile.

Reads every .xls under ../shared (samples/ and real/, never copied into the repository), checks that
both give the same results and prints what differs, then the best of 5 runs per file and the totals.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import olefile  # noqa: E402
import xlrd  # noqa: E402
from report import result  # noqa: E402

from exports.excel.biff_styles import BiffBook, read_biff_styles  # noqa: E402
from exports.excel.ole import OleFile  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def differences(hand: BiffBook, path: Path) -> list[str]:
    """What xlrd reads differently from the hand-written reader (xlrd keeps a dummy font at index 4)."""
    book = xlrd.open_workbook(str(path), formatting_info=True, ragged_rows=True)
    out: list[str] = []
    fonts = [f for i, f in enumerate(book.font_list) if i != 4]
    theirs = [
        (f.name, f.height / 20, f.weight >= 700, bool(f.italic), f.underline_type != 0, f.colour_index)
        for f in fonts
    ]
    ours = [(f.name, f.size, f.bold, f.italic, f.underline, f.color) for f in hand.fonts]
    if ours != theirs:
        out.append("fonts")
    xfs = [
        (x.font_index, x.format_key, x.alignment.hor_align, x.alignment.vert_align, bool(x.alignment.text_wrapped),
         (x.border.left_line_style, x.border.right_line_style, x.border.top_line_style, x.border.bottom_line_style),
         x.background.fill_pattern, x.background.pattern_colour_index)
        for x in book.xf_list
    ]  # fmt: skip
    if xfs != [
        (x.font, x.fmt, x.h_align, x.v_align, x.wrap, x.borders, x.fill_pattern, x.fill_color)
        for x in hand.xfs
    ]:
        out.append("XFs")
    if any(book.format_map[k].format_str != v for k, v in hand.formats.items() if k in book.format_map):
        out.append("number formats")
    for ours_sheet, sheet in zip(hand.sheets, book.sheets(), strict=False):
        cells = {
            (r, c): sheet.cell_xf_index(r, c) for r in range(sheet.nrows) for c in range(sheet.row_len(r))
        }
        if any(cells.get(k) != v for k, v in ours_sheet.cell_xf.items()):
            out.append(f"{ours_sheet.name}: cell formats")
        extra = len(set(cells) - set(ours_sheet.cell_xf))
        if extra:
            out.append(f"{ours_sheet.name}: xlrd also gives {extra} empty cells their row's format")
        if {c: i.width / 256 for c, i in sheet.colinfo_map.items()} != ours_sheet.col_widths:
            out.append(f"{ours_sheet.name}: column widths")
        heights = {r: i.height / 20 for r, i in sheet.rowinfo_map.items() if i.height_mismatch}
        if heights != ours_sheet.row_heights:
            out.append(f"{ours_sheet.name}: row heights")
        if ours_sheet.landscape:
            out.append(f"{ours_sheet.name}: landscape (xlrd does not read the page setup)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(Path(args.shared).rglob("*.xls"))
    if not paths:
        sys.exit(f"no .xls files under {args.shared}")
    totals = dict.fromkeys(("hand", "xlrd", "names", "olefile"), 0.0)

    def our_names(path: Path) -> set[str]:
        with open(path, "rb") as fh:
            return {e.name for e in OleFile.from_file(fh).entries(max_sectors=256)}

    def their_names(path: Path) -> set[str]:
        with olefile.OleFileIO(str(path)) as ole:
            return {e[-1] for e in ole.listdir(streams=True, storages=True)}

    print(f"{len(paths)} .xls files; best of {args.repeat} runs each")
    for path in paths:
        diff = differences(read_biff_styles(path), path)
        if not their_names(path) <= our_names(path):
            diff.append("directory names")
        times = {
            "hand": best(lambda p=path: read_biff_styles(p), args.repeat),
            "xlrd": best(lambda p=path: xlrd.open_workbook(str(p), formatting_info=True), args.repeat),
            "names": best(lambda p=path: our_names(p), args.repeat),
            "olefile": best(lambda p=path: their_names(p), args.repeat),
        }
        for key, value in times.items():
            totals[key] += value
        print(
            f"  {path.name[:22]:<22} styles {times['hand'] * 1e3:6.2f} ms, xlrd {times['xlrd'] * 1e3:6.2f} ms;"
            f" names {times['names'] * 1e3:5.2f} ms, olefile {times['olefile'] * 1e3:5.2f} ms;"
            f" {'; '.join(diff) or 'same'}"
        )
    print(
        f"  total: styles {totals['hand'] * 1e3:.1f} ms, xlrd {totals['xlrd'] * 1e3:.1f} ms;"
        f" names {totals['names'] * 1e3:.1f} ms, olefile {totals['olefile'] * 1e3:.1f} ms"
    )
    result(
        f"xls styles, {len(paths)} files",
        totals["hand"] * 1e3,
        totals["xlrd"] * 1e3,
        None,
        "≤ 1.0 (xlrd)",
        unit="ms",
        baseline_name="xlrd",
    )
    result(
        f"OLE names, {len(paths)} files",
        totals["names"] * 1e3,
        totals["olefile"] * 1e3,
        None,
        "≤ 1.0 (olefile)",
        unit="ms",
        baseline_name="olefile",
    )


if __name__ == "__main__":
    main()
