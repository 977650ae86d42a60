"""Filling a department's own template: layout, styles, footers, meta, speed paths and errors."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from exports.excel.fill_layout import FillLayout, plan_rows
from exports.excel.meta_labels import fill_text, normalize_label
from exports.excel.row_xml import ColumnSpec, cell_xml, escape_text
from exports.excel.template_fill import FillCancelled, TemplateFillError, fill_template

SHARED = Path(__file__).resolve().parents[2] / "shared"
FORMS = SHARED / "samples" / "forms"
META = {
    "填报单位": "白沙镇人民政府",
    "填报日期": "2026年5月20日",
    "填表人": "李四",
    "审核人": "王五",
    "负责人": "赵六",
}
HEADS = [
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生日期",
    "联系电话",
    "家庭人口",
    "月收入（元）",
    "家庭住址",
    "备注",
]
FIELDS = [
    "meta.seq", "person.name", "person.gender", "person.id_number", "person.birth_date",
    "person.phone", "person.household_size", "person.monthly_income", "person.address", "person.remarks",
]  # fmt: skip


def make_template(path: Path) -> dict:
    """附件 line, merged title, meta line, 2-level header, example row, 3 blank rows, 合计, footer."""
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    wb.create_sheet("填表说明", 0)["A1"] = "填表说明：请如实填写。"
    ws["A1"] = "附件1"
    ws["A2"] = "白沙镇困难群众花名册"
    ws["A2"].font = Font(size=18, bold=True)
    ws.merge_cells("A2:J2")
    ws["A3"] = "填报单位（盖章）："
    ws["H3"] = "填报日期：    年  月  日"
    for c, head in enumerate(HEADS, start=1):
        for r in (4, 5):
            cell = ws.cell(row=r, column=c)
            cell.border, cell.font = box, Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
        if c in (4, 5, 6):
            ws.cell(row=5, column=c, value=head)
        else:
            ws.cell(row=4, column=c, value=head)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 8 + c
    ws["D4"] = "基本信息"
    ws.merge_cells("D4:F4")
    for c in range(1, 11):
        ex = ws.cell(
            row=6, column=c, value=["示例", "张三", "男", "430721199001011234"][c - 1] if c <= 4 else None
        )
        ex.border, ex.font = box, Font(color="FF0000")
        for r in (7, 8, 9, 10):
            ws.cell(row=r, column=c).border = box
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
    ws["K4"] = "小计"
    ws.merge_cells("K4:K5")
    for r in (7, 8, 9):  # a per-row formula in an unmapped column
        ws.cell(row=r, column=11, value=f"=G{r}*H{r}").border = box
    ws["B4"] = CellRichText([TextBlock(InlineFont(color="FF0000"), "*"), "姓名"])
    ws["A10"] = "合计"
    ws["H10"] = "=SUM(H7:H9)"
    ws.merge_cells("A10:C10")
    ws["A12"] = "填表人："
    ws.merge_cells("A12:D12")
    ws["E12"] = "审核人："
    ws.merge_cells("E12:G12")
    ws["H12"] = "负责人："
    ws["A13"] = "注：身份证号码必须填写18位。"
    ws.merge_cells("A13:J13")
    ws.row_dimensions[2].height = 36
    ws.row_dimensions[7].height = 21
    dv = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
    dv.add("C6:C505")
    ws.add_data_validation(dv)
    ws.conditional_formatting.add(
        "D6:D505", FormulaRule(formula=["LEN(D6)<>18"], fill=PatternFill("solid", fgColor="FFC7CE"))
    )
    ws.page_setup.orientation = "landscape"
    wb.save(path)
    return {
        "sheet": "花名册", "title": "白沙镇困难群众花名册", "header_rows": [4, 5], "data_start_row": 7,
        "example_row": 6, "title_rows": [2], "meta_rows": [3], "total_rows": [10], "footer_rows": [12, 13],
        "data_end_row": 9, "n_cols": 11, "columns": [{"col": c, "header": h} for c, h in enumerate([*HEADS, "小计"], 1)],
    }  # fmt: skip


def person_rows(n: int, fields: list[str] | None = None, seed: int = 3) -> list[dict[str, object]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        row = {
            "person.name": f"测试{i}",
            "person.gender": rnd.choice("男女"),
            "person.id_number": f"43072119{rnd.randint(50, 99)}0{rnd.randint(1, 9)}1{rnd.randint(1, 9)}{rnd.randint(1000, 9999)}",
            "person.birth_date": "1985-03-02",
            "person.phone": f"138{rnd.randint(10**7, 10**8 - 1)}",
            "person.household_size": rnd.randint(1, 6),
            "person.monthly_income": f"{rnd.randint(100, 9000)}.5",
            "person.address": f"白沙村{i % 9 + 1}组<{i}>&",
            "person.remarks": "" if i % 3 else "脱贫户",
        }
        for f in fields or []:
            row.setdefault(f, f"{f.rsplit('.', 1)[-1]}{i}")
        rows.append(row)
    return rows


def as_written(v: object) -> object:
    """What a cell should read back as: short plain numerals become numbers, '' nothing."""
    if v == "":
        return None
    return float(v) if isinstance(v, str) and re.fullmatch(r"-?(?:0|[1-9][0-9]{0,9})(?:\.[0-9]+)?", v) else v


def all_texts(ws) -> list[tuple[int, str]]:
    return [(c.row, str(c.value)) for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.fixture
def generated(tmp_path: Path) -> tuple[Path, dict]:
    tpl = tmp_path / "template.xlsx"
    return tpl, make_template(tpl)


def test_generated_template_filled(generated, tmp_path: Path) -> None:
    tpl, layout = generated
    rows = person_rows(300)
    out = tmp_path / "out" / "filled.xlsx"
    out.parent.mkdir()
    calls: list[tuple[int, int]] = []
    res = fill_template(
        tpl,
        layout,
        dict(enumerate(FIELDS, 1)),
        rows,
        out,
        meta=META,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert res.path == out and out.exists() and res.rows_written == 300
    assert (res.data_first_row, res.data_last_row, res.footer_first_row) == (6, 305, 306)
    assert calls[-1] == (300, 300)
    src = openpyxl.load_workbook(tpl)["花名册"]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["填表说明", "花名册"]
    ws = wb["花名册"]
    header = {str(m) for m in src.merged_cells.ranges if 4 <= m.min_row <= 5}
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert header <= merged and "A2:J2" in merged
    assert {"A306:C306", "A308:D308", "E308:G308", "A309:J309"} <= merged  # 合计 and footers moved
    for letter, dim in src.column_dimensions.items():
        assert ws.column_dimensions[letter].width == dim.width
    assert ws["A2"].value == "白沙镇困难群众花名册" and ws.row_dimensions[2].height == 36
    assert (
        ws["A3"].value == "填报单位（盖章）：白沙镇人民政府" and ws["H3"].value == "填报日期：2026年5月20日"
    )
    assert not any("示例" in t for _r, t in all_texts(ws))
    assert [ws.cell(row=r, column=1).value for r in range(6, 306)] == list(range(1, 301))
    for r in (6, 150, 305):
        i = r - 6
        assert ws.cell(row=r, column=2).value == f"测试{i}"
        idc = ws.cell(row=r, column=4)
        assert idc.data_type == "s" and idc.number_format == "@" and idc.value == rows[i]["person.id_number"]
        assert len(idc.value) == 18
        assert ws.cell(row=r, column=6).data_type == "s" and ws.cell(row=r, column=6).number_format == "@"
        assert ws.cell(row=r, column=7).value == rows[i]["person.household_size"]
        assert ws.cell(row=r, column=8).value == float(rows[i]["person.monthly_income"])
        assert ws.cell(row=r, column=9).value == rows[i]["person.address"]
        assert ws.row_dimensions[r].height == 21
        for c in range(1, 11):
            b = ws.cell(row=r, column=c).border
            assert b.left.style == b.right.style == b.top.style == b.bottom.style == "thin"
        color = ws.cell(row=r, column=2).font.color
        assert color is None or color.rgb != "FFFF0000"  # not the example row's red
    footer = [(r, t) for r, t in all_texts(ws) if r > res.data_last_row]
    assert ("合计" in t for _r, t in footer)
    assert (
        (308, "填表人：李四") in footer
        and (308, "审核人：王五") in footer
        and (309, "注：身份证号码必须填写18位。") in footer
    )
    assert (308, "赵六") in footer  # separate value cell right of a lone label
    assert ws["G306"].value == "=SUM(G6:G305)" and ws["D306"].value is None
    assert ws["H306"].value == "=SUM(H6:H305)"  # the template's own formula, retargeted
    assert ws["K6"].value == "=G6*H6" and ws["K305"].value == "=G305*H305"
    assert isinstance(openpyxl.load_workbook(out, rich_text=True)["花名册"]["B4"].value, CellRichText)
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and str(dv[0].sqref) == "C6:C305"
    assert [str(cf.sqref) for cf in ws.conditional_formatting] == ["D6:D305"]
    assert [s.sheet_view.tabSelected for s in wb.worksheets] == [False, True] and wb.active.title == "花名册"
    assert ws.print_title_rows == "$4:$5" and ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    # python-calamine (the reader WPS-like consumers use) reads it, including cached sums
    grid = pc.load_workbook(str(out)).get_sheet_by_name("花名册").to_python()
    assert grid[5][3] == rows[0]["person.id_number"] and grid[304][0] == 300
    assert grid[305][6] == sum(r["person.household_size"] for r in rows)


def test_fewer_rows_keep_the_form_lines_or_not(generated, tmp_path: Path) -> None:
    tpl, layout = generated
    cols = dict(enumerate(FIELDS, 1))
    res = fill_template(tpl, layout, cols, iter(person_rows(2)), tmp_path / "a.xlsx")
    assert (res.data_first_row, res.data_last_row, res.footer_first_row) == (6, 8, 9)
    ws = openpyxl.load_workbook(res.path).active
    assert ws["A9"].value == "合计" and ws["A8"].value is None and ws["A8"].border.left.style == "thin"
    res = fill_template(tpl, layout, cols, person_rows(2), tmp_path / "b.xlsx", pad_blank_rows=False)
    assert (res.data_last_row, res.footer_first_row) == (7, 8)
    res = fill_template(tpl, layout, cols, [], tmp_path / "c.xlsx", pad_blank_rows=False)
    assert (res.data_first_row, res.data_last_row, res.footer_first_row) == (6, 5, 6)
    ws = openpyxl.load_workbook(res.path).active
    assert ws["A6"].value == "合计" and ws["A8"].value == "填表人：" and ws["A5"].value is None


def test_per_row_merges_and_zero_blank_rows(tmp_path: Path) -> None:
    """A data row that merges C:D is merged on every written row; footer right under the example."""
    thin = Side(style="thin")
    wb = openpyxl.Workbook()
    ws = wb.active
    for c, head in enumerate(["序号", "姓名", "家庭住址"], start=1):
        ws.cell(row=1, column=c, value=head).border = Border(bottom=thin)
    ws.merge_cells("C1:D1")
    for c in range(1, 5):
        ws.cell(row=2, column=c, value="例" if c == 1 else None).border = Border(left=thin, right=thin)
    ws.merge_cells("C2:D2")
    ws["A3"] = "填表人："
    tpl = tmp_path / "t.xlsx"
    wb.save(tpl)
    layout = {
        "sheet": "Sheet",
        "header_rows": [1, 1],
        "data_start_row": 3,
        "example_row": 2,
        "footer_rows": [3],
        "n_cols": 4,
    }
    rows = [{"name": f"人{i}", "addr": f"地址{i}"} for i in range(5)]
    res = fill_template(
        tpl, layout, {1: "meta.seq", 2: "name", 3: "addr"}, rows, tmp_path / "o.xlsx", meta=META
    )
    ws = openpyxl.load_workbook(res.path).active
    assert {f"C{r}:D{r}" for r in range(2, 7)} <= {str(m) for m in ws.merged_cells.ranges}
    assert [ws.cell(row=r, column=3).value for r in range(2, 7)] == [f"地址{i}" for i in range(5)]
    assert (ws["A7"].value, ws["B7"].value) == ("填表人：", "李四")  # the label fits A: value in B
    assert ws["A2"].value == 1


def test_cancel_leaves_no_file(generated, tmp_path: Path) -> None:
    tpl, layout = generated
    out = tmp_path / "cancel" / "x.xlsx"
    out.parent.mkdir()
    seen: list[int] = []
    with pytest.raises(FillCancelled):
        fill_template(
            tpl, layout, dict(enumerate(FIELDS, 1)), person_rows(3000), out,
            progress=lambda d, t: seen.append(d), is_cancelled=lambda: len(seen) > 2,
        )  # fmt: skip
    assert list(out.parent.iterdir()) == []


def test_bad_inputs_raise_clear_errors(generated, tmp_path: Path, monkeypatch) -> None:
    tpl, layout = generated
    cols = dict(enumerate(FIELDS, 1))
    with pytest.raises(TemplateFillError, match="找不到模板文件") as e:
        fill_template(tmp_path / "nope.xlsx", layout, cols, [], tmp_path / "o.xlsx")
    assert e.value.reason == "template_missing"
    with pytest.raises(TemplateFillError, match="第 12 列超出了模板.*共 11 列") as e:
        fill_template(tpl, layout, {**cols, 12: "person.extra"}, [], tmp_path / "o.xlsx")
    with pytest.raises(TemplateFillError, match="保存位置.*不存在"):
        fill_template(tpl, layout, cols, [], tmp_path / "missing" / "o.xlsx")
    monkeypatch.setattr("exports.excel.template_fill.os.access", lambda *_a: False)
    with pytest.raises(TemplateFillError, match="没有权限"):
        fill_template(tpl, layout, cols, [], tmp_path / "o.xlsx")
    monkeypatch.undo()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(TemplateFillError, match="无法打开"):
        fill_template(bad, layout, cols, [], tmp_path / "o.xlsx")
    with pytest.raises(TemplateFillError, match="找不到工作表"):
        fill_template(tpl, {**layout, "sheet": "别的表"}, cols, [], tmp_path / "o.xlsx")
    with pytest.raises(TemplateFillError, match="版式信息不完整"):
        fill_template(tpl, {"sheet": "花名册"}, cols, [], tmp_path / "o.xlsx")
    assert not (tmp_path / "o.xlsx").exists()


def test_cell_values_typed_like_a_clerk_expects() -> None:
    spec = ColumnSpec(col=1, letter="A", field="f", style=3, text_style=4)
    assert cell_xml("A1", spec, "36") == ('<c r="A1" s="3"><v>36</v></c>', 36.0)
    assert cell_xml("A1", spec, "-12.50")[1] == -12.5
    for code in ("430721199001011234", "43072119900101123X", "13800138000", "0736", "6217000012345678901"):
        xml, num = cell_xml("A1", spec, code)
        assert num is None and 's="4"' in xml and f"<t>{code}</t>" in xml
    assert 's="4"' in cell_xml("A1", spec, 430721199001011234)[0]
    assert cell_xml("A1", spec, True)[0] == '<c r="A1" s="3" t="b"><v>1</v></c>'
    assert cell_xml("A1", spec, 2.5)[0] == '<c r="A1" s="3"><v>2.5</v></c>'
    assert "xml:space" in cell_xml("A1", spec, " 张三")[0]
    assert escape_text("a<b>&c\x01\x0b") == "a&lt;b&gt;&amp;c"
    forced = dataclasses.replace(spec, force_text=True)
    assert cell_xml("A1", forced, "36")[1] is None


def test_meta_labels() -> None:
    labels = {"填表人": ("填表人", "李四"), "填报日期": ("填报日期", "2026年5月20日")}
    text, used = fill_text("填表人：      联系电话：      填报日期：", labels)
    assert text == "填表人：李四      联系电话：      填报日期：2026年5月20日" and used == [
        "填表人",
        "填报日期",
    ]
    assert fill_text("填报日期：2026年    月    日", labels)[0] == "填报日期：2026年5月20日"
    assert fill_text("乡镇：白沙镇    村：", labels) == ("乡镇：白沙镇    村：", [])
    assert normalize_label("填报单位（盖章）") == "填报单位"


def test_plan_rows() -> None:
    lay = FillLayout.from_any(
        {
            "sheet": "s",
            "header_rows": (3, 4),
            "data_start_row": 6,
            "example_row": 5,
            "footer_rows": [7],
            "data_end_row": 6,
        }
    )
    plan = plan_rows(lay, 100, 7)
    assert (plan.data_first, plan.data_last, plan.shift, plan.new_row(7), plan.new_row(5)) == (
        5,
        104,
        98,
        105,
        None,
    )


# --- the shared sample templates (skipped when ../shared is absent) ---------------------------

SAMPLES = sorted(FORMS.glob("*.xls*")) if FORMS.is_dir() else []


def _truth() -> dict[str, dict]:
    data = json.loads((SHARED / "samples" / "truth.json").read_text(encoding="utf-8"))
    return {Path(t["file"]).name: t for t in data}


def _sample_fill(path: Path, tmp_path: Path, n: int):
    from desktop.intake.inspect import inspect_template

    truth = _truth()[path.name]
    layout = dataclasses.asdict(inspect_template(path).layout)
    cols = {c["col"]: c["field"] for c in truth["columns"] if c["field"]}
    rows = person_rows(n, list(cols.values()))
    for r in rows:  # the sample forms use their own field ids; give ID-like ones 18 digits
        for f in cols.values():
            if f.endswith(("id_number", "head_id_number")):
                r[f] = r["person.id_number"]
    out = tmp_path / (path.stem + ".xlsx")
    return layout, cols, rows, fill_template(path, layout, cols, rows, out, meta=META)


@pytest.mark.skipif(not SAMPLES, reason="shared samples not available")
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:2])
def test_sample_templates_filled(path: Path, tmp_path: Path) -> None:
    layout, cols, rows, res = _sample_fill(path, tmp_path, 250)
    ws = openpyxl.load_workbook(res.path)[layout["sheet"]]
    h0, h1 = layout["header_rows"]
    if path.suffix == ".xls":
        sh = pc.load_workbook(str(path)).get_sheet_by_name(layout["sheet"])
        tpl_merges = {f"{a[0]}:{a[1]}:{b[0]}:{b[1]}" for a, b in sh.merged_cell_ranges}
        header = {m for m in tpl_merges if h0 - 1 <= int(m.split(":")[0]) <= h1 - 1}
        out = {
            f"{m.min_row - 1}:{m.min_col - 1}:{m.max_row - 1}:{m.max_col - 1}" for m in ws.merged_cells.ranges
        }
        assert header <= out
        assert all(
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width > 3
            for c in range(1, layout["n_cols"] + 1)
        )
    else:
        src = openpyxl.load_workbook(path)[layout["sheet"]]
        header = {str(m) for m in src.merged_cells.ranges if h0 <= m.min_row <= h1}
        assert header <= {str(m) for m in ws.merged_cells.ranges}
        for letter, dim in src.column_dimensions.items():
            assert ws.column_dimensions[letter].width == dim.width
        assert len(ws.data_validations.dataValidation) == len(src.data_validations.dataValidation)
        for dv in ws.data_validations.dataValidation:  # dropdowns cover exactly the data rows
            assert all(
                (r.min_row, r.max_row) == (res.data_first_row, res.data_last_row) for r in dv.sqref.ranges
            )
    texts = all_texts(ws)
    title_part = layout["title"].split(" ")[-1]
    assert any(title_part in t for r, t in texts if r < h0)
    assert not any("示例" in t for _r, t in texts) and not any(t == "例" for _r, t in texts)
    first, last = res.data_first_row, res.data_first_row + 249
    seq_col = next(c for c, f in cols.items() if f == "meta.seq")
    assert [ws.cell(row=r, column=seq_col).value for r in range(first, last + 1)] == list(range(1, 251))
    for c, f in cols.items():
        if f.endswith("id_number"):
            cell = ws.cell(row=last, column=c)
            assert cell.data_type == "s" and cell.number_format == "@" and len(cell.value) == 18
        elif f != "meta.seq":
            assert ws.cell(row=first + 7, column=c).value == as_written(rows[7][f])
    for c in range(1, layout["n_cols"] + 1):
        assert ws.cell(row=first + 1, column=c).border.left.style, (path.name, c)
    footer_words = ("填表人", "经办人", "登记人", "调查员", "排查人")
    below = [t for r, t in texts if r > last]
    assert any(any(w in t for w in footer_words) for t in below)
    assert any("李四" in t for t in below)
    grid = pc.load_workbook(str(res.path)).get_sheet_by_name(layout["sheet"]).to_python()
    assert grid[last - 1][seq_col - 1] == 250


@pytest.mark.skipif(not SAMPLES or not shutil.which("soffice"), reason="LibreOffice or samples not available")
def test_libreoffice_renders_a_filled_sample(tmp_path: Path) -> None:
    path = next(p for p in SAMPLES if p.name.startswith("07"))
    _layout, _cols, _rows, res = _sample_fill(path, tmp_path, 12)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(res.path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    text = res.path.with_suffix(".csv").read_text(encoding="utf-8", errors="replace")
    assert "白沙镇村级集体经济发展情况统计表" in text and "合计" in text and "填表人：李四" in text


def test_merges_added_in_schema_order() -> None:
    from exports.excel.xlsx_splice import add_merges

    tail = '</sheetData><sheetProtection sheet="1" /><dataValidations count="0" /><pageMargins /></worksheet>'
    out = add_merges(tail, ["C2:D2"])
    assert out.index("<sheetProtection") < out.index("<mergeCells") < out.index("<dataValidations")
    out = add_merges('<mergeCells count="1"><mergeCell ref="A1:B1" /></mergeCells>', ["C2:D2"])
    assert out.startswith('<mergeCells count="2">')


@pytest.mark.skipif(not SAMPLES, reason="shared samples not available")
def test_xls_without_readable_styles_still_gets_a_bordered_table(tmp_path: Path, monkeypatch) -> None:
    from exports.excel import xls_convert
    from exports.excel.biff_styles import BiffError

    def broken(_path):
        raise BiffError("test")

    monkeypatch.setattr(xls_convert, "read_biff_styles", broken)
    path = next(p for p in SAMPLES if p.suffix == ".xls")
    layout, _cols, _rows, res = _sample_fill(path, tmp_path, 30)
    assert any("简单表格格式" in n for n in res.notes)
    ws = openpyxl.load_workbook(res.path)[layout["sheet"]]
    h0 = layout["header_rows"][0]
    assert ws.cell(row=h0, column=1).font.b and ws.cell(row=h0, column=1).border.left.style == "thin"
    assert ws.cell(row=res.data_first_row + 3, column=2).border.left.style == "thin"
