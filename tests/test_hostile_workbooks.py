"""Property tests: random form layouts carrying hostile parts are read or refused, and nothing hostile is
carried into a filled form.

Each case is a workbook made here (openpyxl, then its zip edited) with a random header and body and any
of: formulas (also into another workbook), an external link to a network share, a VBA project
(an .xlsm with ``xl/vbaProject.bin``), a shared string beyond Excel's limit, thousands of shared
strings. It is inspected through the isolated reader under a generous alarm: a clean refusal
(WorkbookReadError with a reason a clerk can act on) or a read. A template that reads is filled: the
output is an .xlsx without the VBA project, the external link or the macro's bytes, and the folder holds
nothing but the output.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.intake.inspect import inspect_template
from exports.excel.limits import MAX_CELLS
from exports.excel.reader import Workbook, WorkbookReadError, isolated_reads
from exports.excel.template_fill import fill_template
from tests.test_hostile_files import _ods_row, crafted_ods
from tests.test_hostile_property import CASE_SECONDS, CATALOG, CLEAN_REASONS, time_limit

MACRO = b'Attribute VB_Name = "Evil"\r\nSub Auto_Open()\r\nShell "calc.exe"\r\nEnd Sub\r\nMACRO-MARKER'
SHARE = "file:///\\\\198.51.100.7\\share\\steal.xlsx"
HEADERS = ["姓名", "公民身份号码", "性别", "出生日期", "联系电话", "家庭住址", "备注"]

_EXT_LINK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
    '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>外部</v></cell></row>'
    "</sheetData></sheetDataSet></externalBook></externalLink>"
)
_EXT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="' + SHARE + '" '
    'TargetMode="External"/></Relationships>'
)
_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def hostile_parts(path: Path, *, vba: bool, external: bool) -> Path:
    """Add a VBA project and/or an external link to the .xlsx at ``path``; returns the new file (an
    .xlsm when it carries VBA)."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    types = parts["[Content_Types].xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    book = parts["xl/workbook.xml"].decode()
    if vba:
        parts["xl/vbaProject.bin"] = MACRO
        types = types.replace(_MAIN, _MACRO_MAIN).replace(
            "</Types>",
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
            'vbaProject" Target="vbaProject.bin"/></Relationships>',
        )
    if external:
        parts["xl/externalLinks/externalLink1.xml"] = _EXT_LINK.encode()
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = _EXT_RELS.encode()
        types = types.replace(
            "</Types>",
            '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
        )
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
        )
        book = re.sub(
            r"</sheets>",
            '</sheets><externalReferences><externalReference r:id="rIdExt"/></externalReferences>',
            book,
        )
    parts["[Content_Types].xml"], parts["xl/_rels/workbook.xml.rels"] = types.encode(), rels.encode()
    parts["xl/workbook.xml"] = book.encode()
    out = path.with_suffix(".xlsm" if vba else ".xlsx")
    path.unlink()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out


formula = st.sampled_from(
    [
        "=SUM(A1:A3)",
        "=[1]Sheet1!A1",
        '=HYPERLINK("file://198.51.100.7/share","点")',
        '=WEBSERVICE("http://198.51.100.7/")',
        "=1/0",
        "=A1&B1",
        '=CALL("kernel32","WinExec","JCJ","calc",0)',
    ]
)
body_cell = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=12),
    formula,
)


@st.composite
def forms(draw):
    headers = HEADERS[:2] + draw(st.permutations(HEADERS[2:]))[: draw(st.integers(0, len(HEADERS) - 2))]
    width = len(headers)
    return {
        "title": draw(st.booleans()),
        "headers": headers,
        "body": draw(st.lists(st.lists(body_cell, min_size=width, max_size=width), max_size=5)),
        "vba": draw(st.booleans()),
        "external": draw(st.booleans()),
        "strings": draw(st.sampled_from([0, 0, 0, 5000, 40_000])),  # 40 000 > Excel's 32 767 per cell
    }


def make(folder: Path, spec) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表1"
    top = 1
    if spec["title"]:
        ws.cell(1, 1, "花名册")
        top = 2
    for c, text in enumerate(spec["headers"], 1):
        ws.cell(top, c, text)
    for r, row in enumerate(spec["body"], top + 1):
        for c, value in enumerate(row, 1):
            ws.cell(r, c, value)
    if spec["strings"] == 5000:
        extra = wb.create_sheet("字典")
        for n in range(spec["strings"]):
            extra.cell(n + 1, 1, f"值{n}")
    elif spec["strings"]:
        ws.cell(top + len(spec["body"]) + 3, 1, "长" * spec["strings"])
    path = folder / "表.xlsx"
    wb.save(path)
    return hostile_parts(path, vba=spec["vba"], external=spec["external"])


def assert_nothing_hostile_in(out: Path) -> None:
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        everything = b"".join(zf.read(n) for n in names)
    assert not [n for n in names if "vba" in n.lower() or "externallink" in n.lower()], names
    assert b"MACRO-MARKER" not in everything and b"198.51.100.7\\share" not in everything
    assert b"macroEnabled" not in everything and b"externalReference" not in everything


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(spec=forms())
def test_a_hostile_form_is_refused_or_read_and_its_fill_carries_nothing_hostile(spec):
    with tempfile.TemporaryDirectory() as folder:
        path = make(Path(folder), spec)
        try:
            with time_limit(CASE_SECONDS):
                inspection = inspect_template(path, CATALOG)
        except WorkbookReadError as error:
            assert error.reason in CLEAN_REASONS, error.message
            assert path.name in error.message
            assert spec["strings"] == 40_000 and error.reason == "too_large"
            return
        assert spec["strings"] != 40_000
        assert [c for c in inspection.columns if c.field == "person.id_number"]
        columns = {c.col: c.field for c in inspection.columns if c.field}
        row = {field: "x" for field in columns.values()}
        row["person.id_number"] = "110101199003070013"
        out = Path(folder) / "out" / "填好的表.xlsm"
        out.parent.mkdir()
        with time_limit(CASE_SECONDS):
            result = fill_template(path, inspection.layout, columns, [row], out)
        assert result.path.suffix == ".xlsx" and [p.name for p in out.parent.iterdir()] == [result.path.name]
        assert_nothing_hostile_in(result.path)
        with Workbook(result.path) as book:
            assert any("110101199003070013" in map(str, r) for r in book.iter_rows(0))


@pytest.mark.parametrize("vba, external", [(True, False), (False, True), (True, True)])
def test_a_macro_or_a_linked_template_is_read_like_a_plain_one(tmp_path, vba, external):
    spec = {"title": True, "headers": HEADERS[:4], "body": [["张三", "=[1]Sheet1!A1", "男", None]]}
    spec |= {"vba": vba, "external": external, "strings": 0}
    (tmp_path / "plain").mkdir()
    plain = make(tmp_path / "plain", spec | {"vba": False, "external": False})
    hostile = make(tmp_path, spec)
    assert hostile.suffix == (".xlsm" if vba else ".xlsx")
    with isolated_reads():
        read, expected = inspect_template(hostile, CATALOG), inspect_template(plain, CATALOG)
    assert {**read.to_dict(), "file": ""} == {**expected.to_dict(), "file": ""}
    columns = {c.col: c.field for c in read.columns if c.field}
    result = fill_template(hostile, read.layout, columns, [], tmp_path / "out.xlsx")
    assert_nothing_hostile_in(result.path)
    assert "引用其他工作簿的公式已去掉" in " ".join(result.notes)  # the =[1]Sheet1!A1 cell, said
    with zipfile.ZipFile(result.path) as zf:
        assert not [n for n in zf.namelist() if "[1]" in zf.read(n).decode("utf-8", "replace")]


def _attr(name: str, count: int, quote: str, zeros: int, space: str, decoy: bool) -> str:
    before = 'table:style-name="ro1>x" ' if decoy else ""  # XML allows ">" inside a quoted value
    return f"{before}table:{name}{space}={space}{quote}{'0' * zeros}{count}{quote}"


spellings = st.tuples(st.sampled_from("\"'"), st.integers(0, 16), st.sampled_from(["", " "]), st.booleans())


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.sampled_from([1, 10, 9000, 2_000_000_000]),
    cells=st.sampled_from([1, 5, 11000]),
    row_spelling=spellings,
    cell_spelling=spellings,
)
def test_an_ods_spelling_its_repeats_any_legal_way_is_refused_before_the_reader_allocates(
    rows, cells, row_spelling, cell_spelling
):
    """The .ods scan used to read only ``number-rows-repeated="N"`` with at most 12 digits and no ">"
    before it in the tag: a count in single quotes, zero-padded or after a style name holding ">" passed
    it, and the reader allocated the whole grid (the isolated reader died; in process it would take
    gigabytes)."""
    row_attr = _attr("number-rows-repeated", rows, *row_spelling)
    cell_attr = _attr("number-columns-repeated", cells, *cell_spelling)
    cell = f'<table:table-cell {cell_attr} office:value-type="float" office:value="1"/>'
    table = _ods_row("姓名") + f"<table:table-row {row_attr}>{cell}</table:table-row>"
    with tempfile.TemporaryDirectory() as folder:
        path = crafted_ods(Path(folder) / "重复.ods", table)
        try:
            with time_limit(CASE_SECONDS), isolated_reads(), Workbook(path) as book:
                grid = book.grid(0)
        except WorkbookReadError as error:
            assert error.reason in CLEAN_REASONS, error.message  # never "crashed" or "too_slow"
            assert (1 + rows) * cells <= MAX_CELLS or error.reason == "too_large", error.message
        else:
            assert (1 + rows) * cells <= MAX_CELLS and len(grid.rows) == 1 + rows
