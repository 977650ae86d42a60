"""Layout detection on hand-built templates covering the usual county-form quirks."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.intake.inspect import inspect_template
from desktop.intake.layout import detect_layout, title_from_filename
from exports.excel.sheet_grid import MergedRange, SheetGrid


def _save(tmp_path: Path, name: str, build) -> Path:
    wb = openpyxl.Workbook()
    build(wb)
    p = tmp_path / name
    wb.save(p)
    return p


def test_attachment_two_row_title_meta_three_level_header_example_footer(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.title = "统计表"
        ws["A1"] = "附件2"
        ws["A2"] = "白沙镇"
        ws.merge_cells("A2:H2")
        ws["A3"] = "农户收入情况统计表"
        ws.merge_cells("A3:H3")
        ws["A4"] = "填报单位（盖章）："
        ws["F4"] = "单位：元"
        for col, text in zip("ABC", ["序号", "户主姓名", "家庭人口"], strict=True):
            ws[f"{col}5"] = text
            ws.merge_cells(f"{col}5:{col}7")
        ws["D5"] = "收入情况"
        ws.merge_cells("D5:G5")
        ws["D6"] = "家庭年收入"
        ws.merge_cells("D6:D7")
        ws["E6"] = "其中"
        ws.merge_cells("E6:G6")
        ws["E7"], ws["F7"], ws["G7"] = "务工收入", "种植收入", "其他"
        ws["H5"] = "备注"
        ws.merge_cells("H5:H7")
        ws.append(["样例", "王某", 4, 30000, 20000, 8000, 2000])
        for i in range(1, 6):
            ws.append([i])
        ws.append(["合计"])
        ws.append(["填表人：", None, None, "审核人："])
        ws.append(["注：本表一户一行。"])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.title == "白沙镇 农户收入情况统计表"
    assert lay.preamble_rows == [1] and lay.meta_rows == [4]
    assert lay.header_rows == (5, 7)
    assert lay.example_row == 8 and lay.data_start_row == 9
    assert [c.header for c in lay.columns] == [
        "序号", "户主姓名", "家庭人口", "收入情况/家庭年收入", "收入情况/其中/务工收入",
        "收入情况/其中/种植收入", "收入情况/其中/其他", "备注",
    ]  # fmt: skip
    assert lay.total_rows == [14] and lay.footer_rows == [15, 16]
    assert lay.data_end_row == 13


def test_instruction_sheet_and_hidden_list_sheet_are_skipped(tmp_path: Path) -> None:
    def build(wb):
        notes = wb.active
        notes.title = "Sheet1"
        notes["A1"] = "填表说明"
        notes["A2"] = "1.本表由村委会填写，每户一行，请勿改动表头格式。"
        notes["A3"] = "2.身份证号码请设置为文本格式，防止末尾变成0。"
        form = wb.create_sheet("Sheet2")
        form.append(["姓名", "性别", "身份证号码", "民族"])
        lists = wb.create_sheet("Sheet3")
        lists.sheet_state = "hidden"
        for v in ["汉族", "彝族", "苗族", "回族", "藏族", "壮族"]:
            lists.append([v, "男"])

    insp = inspect_template(_save(tmp_path, "03_名单.xlsx", build))
    assert insp.sheet == "Sheet2"
    assert insp.layout.title == "名单"  # no title row: the file name (numbering dropped)
    assert insp.layout.header_rows == (1, 1) and insp.layout.data_start_row == 2


def test_unmerged_repeated_group_labels(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["外出务工人员登记表"])
        ws.append(["序号", "姓名", "务工信息", "务工信息", "务工信息", "备注"])
        ws.append([None, None, "务工地点", "务工单位", "月收入", None])
        ws.append([1, None, None, None, None, None])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (2, 3)
    assert [c.header for c in lay.columns] == [
        "序号", "姓名", "务工信息/务工地点", "务工信息/务工单位", "务工信息/月收入", "备注",
    ]  # fmt: skip


def test_unmerged_group_with_blank_neighbours(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["序号", "姓名", "家庭成员", None, None, "备注"])
        ws.append([None, None, "人口数", "劳动力", "学生", None])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (1, 2)
    assert lay.columns[2].header == "家庭成员/人口数"


def test_column_number_row_belongs_to_header(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["村级统计表"])
        ws.append(["村名", "户数", "人口", "耕地面积（亩）"])
        ws.append(["甲", 1, 2, 3])
        ws.append(["白沙村"])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (2, 3) and lay.data_start_row == 4
    assert lay.columns[1].header == "户数"


def test_stray_marker_far_right_is_ignored() -> None:
    row = ["姓名", "性别", "电话"] + [""] * 20 + ["FFI"]
    grid = SheetGrid("s", [row])
    lay = detect_layout(grid, "名单.xls")
    assert lay is not None and [c.header for c in lay.columns] == ["姓名", "性别", "电话"]


def test_score_row_inside_merged_header_is_not_header_text() -> None:
    rows = [
        ["台账", "", "", ""],
        ["户主", "基础授信", "农房", ""],
        ["", "", "砖房", "木房"],
        ["", 3.0, 1.0, 2.0],
        ["${a}", "", "", ""],
    ]
    merged = [
        MergedRange(0, 0, 0, 3),
        MergedRange(1, 0, 3, 0),
        MergedRange(1, 1, 2, 1),
        MergedRange(1, 2, 1, 3),
    ]
    lay = detect_layout(SheetGrid("s", rows, merged))
    assert lay is not None
    assert lay.header_rows == (2, 4) and lay.data_start_row == 5
    assert [c.header for c in lay.columns] == ["户主", "基础授信", "农房/砖房", "农房/木房"]
    assert lay.placeholder_rows == [5]


def test_example_marker_variants() -> None:
    for marker in ("示例", "例", "样例", "填写示例", "例：", "示例1"):
        rows = [["姓名", "性别", "电话"], [marker, "男", "138"], ["", "", ""]]
        lay = detect_layout(SheetGrid("s", rows))
        assert lay is not None and lay.example_row == 2 and lay.data_start_row == 3, marker


def test_title_from_filename() -> None:
    assert title_from_filename("01_低收入农户.xls") == "低收入农户"
    assert title_from_filename("农户表.xlsx") == "农户表"


def test_label_value_line_is_not_the_header(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["白沙镇  农户基本信息表"])
        ws.append(["乡镇", "白沙镇", "村", None, "日期", None])
        ws.append(["户主姓名", "家庭人口", "劳动力", "年收入（元）", "联系电话"])
        ws.append(["例：李四", 4, 2, 30000, "139"])

    insp = inspect_template(_save(tmp_path, "x.xlsx", build))
    assert insp.layout.meta_rows == [2] and insp.layout.header_rows == (3, 3)
    assert insp.layout.example_row == 4 and insp.entity == "household"


def test_attachment_prefix_title_bracket_date_and_example_anywhere(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws["A1"] = "附件1：白沙镇困难群众救助花名册"
        ws.merge_cells("A1:F1")
        ws["A2"] = "（截至2026年6月30日）"
        ws.merge_cells("A2:F2")
        ws.append(["序号", "姓名", "身份证号码", "救助类别", "救助金额（元）", "备注"])
        ws.append([None, "张三", "511623199001011234", "低保", 500, "此行为示例，填报时删除"])
        ws.append([1])
        ws.append(["一、白沙村"])
        ws.merge_cells("A6:F6")
        ws.append(["合  计"])
        ws.append(["单位负责人：", None, "填表人："])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.title == "白沙镇困难群众救助花名册" and lay.meta_rows == [2]
    assert lay.header_rows == (3, 3) and lay.example_row == 4 and lay.data_start_row == 5
    assert lay.section_rows == [6] and lay.total_rows == [7] and lay.footer_rows == [8]


# --- issue 12: layouts seen on real templates ---------------------------------------------------


def _four_levels_two_rows_each(wb) -> None:
    """Four header levels, each two rows tall (rows 3–10); one-level columns merged down all eight."""
    ws = wb.active
    ws.title = "帮扶情况"
    ws["A1"] = "白沙镇脱贫人口帮扶情况统计表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "填报单位：白沙镇人民政府"
    ws["F2"] = "单位：人、元"
    for col, text in zip("AB", ["序号", "姓名"], strict=True):
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}10")
    for ref, text, span in [
        ("C3", "帮扶情况", "C3:H4"),
        ("C5", "产业帮扶", "C5:E6"),
        ("F5", "就业帮扶", "F5:H6"),
        ("C7", "种植", "C7:D8"),
        ("E7", "养殖", "E7:E10"),
        ("F7", "务工", "F7:G8"),
        ("H7", "公益岗位", "H7:H10"),
        ("C9", "品种", "C9:C10"),
        ("D9", "面积（亩）", "D9:D10"),
        ("F9", "务工地点", "F9:F10"),
        ("G9", "月收入", "G9:G10"),
    ]:
        ws[ref] = text
        ws.merge_cells(span)
    for i in range(1, 4):
        ws.cell(10 + i, 1, i)
    ws.cell(14, 1, "填表人：")
    ws.cell(14, 4, "审核人：")


def test_four_level_header_two_rows_per_level(tmp_path: Path, cli) -> None:
    path = _save(tmp_path, "帮扶.xlsx", _four_levels_two_rows_each)
    lay = inspect_template(path).layout
    assert lay.header_rows == (3, 10) and lay.example_row is None and lay.data_start_row == 11
    assert [c.header for c in lay.columns] == [
        "序号", "姓名", "帮扶情况/产业帮扶/种植/品种", "帮扶情况/产业帮扶/种植/面积（亩）", "帮扶情况/产业帮扶/养殖",
        "帮扶情况/就业帮扶/务工/务工地点", "帮扶情况/就业帮扶/务工/月收入", "帮扶情况/就业帮扶/公益岗位",
    ]  # fmt: skip
    assert lay.footer_rows == [14] and lay.data_end_row == 13
    shown = cli("intake", "inspect", path, "--json").data
    assert (shown["header_rows"], shown["example_row"], shown["data_start_row"]) == ([3, 10], None, 11)


def test_four_level_header_and_two_rows_per_item(tmp_path: Path) -> None:
    """One-row levels (rows 2–5); every household takes two rows, 序号 and 户主 merged over both."""

    def build(wb):
        ws = wb.active
        ws["A1"] = "农户收支情况调查表"
        ws.merge_cells("A1:G1")
        for ref, text, span in [
            ("A2", "序号", "A2:A5"),
            ("B2", "户主姓名", "B2:B5"),
            ("C2", "家庭收支", "C2:G2"),
            ("C3", "收入", "C3:E3"),
            ("F3", "支出", "F3:G3"),
            ("C4", "经营性", "C4:D4"),
            ("E4", "工资性收入", "E4:E5"),
            ("F4", "医疗支出", "F4:F5"),
            ("G4", "教育支出", "G4:G5"),
        ]:
            ws[ref] = text
            ws.merge_cells(span)
        ws["C5"], ws["D5"] = "种植业", "养殖业"
        for i in range(3):
            top = 6 + 2 * i
            ws.cell(top, 1, i + 1)
            ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
        ws.cell(12, 1, "合计")

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (2, 5) and lay.example_row is None and lay.data_start_row == 6
    assert lay.columns[2].levels == ("家庭收支", "收入", "经营性", "种植业")
    assert lay.total_rows == [12] and lay.data_end_row == 11


def test_unmarked_sample_row_under_one_row_header(tmp_path: Path, cli) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["姓名", "性别", "身份证号码", "联系电话", "出生日期", "家庭住址"])
        ws.append(["张三", "男", "110101199001011234", "13800138000", "1990-01-01", "XX县XX镇XX村"])

    path = _save(tmp_path, "导入模板.xlsx", build)
    shown = cli("intake", "inspect", path, "--json").data
    assert (shown["header_rows"], shown["example_row"], shown["data_start_row"]) == ([1, 1], 2, 3)


def test_two_made_up_values_on_a_template(tmp_path: Path) -> None:
    """A label with a running number and a phone 19012345678, on a sheet with no other data."""

    def build(wb):
        ws = wb.active
        ws.append(["姓名(必填)", "性别(必填)", "手机号码(必填)", "身份证号码(必填)", "工作单位"])
        ws.append(["居民导入-1", "女", "19012345678", "340812199001011234", "安徽无线电"])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (1, 1) and lay.example_row == 2 and lay.data_start_row == 3


def test_code_legend_row_is_the_example(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["居民基本信息表"])
        ws.append(["序号", "姓名", "性别", "民族", "文化程度", "是否脱贫", "联系电话"])
        ws.append(
            [None, "填写全名", "1-男 2-女", "填汉字，如汉族", "1-小学 2-初中 3-高中", "是/否", "11位手机号"]
        )
        for i in range(1, 4):
            ws.append([i])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.header_rows == (2, 2) and lay.example_row == 3 and lay.data_start_row == 4
    assert lay.header_annotation_rows == []


def test_example_left_in_a_filled_return(tmp_path: Path) -> None:
    """The template's 张三 | 123456789012345000 row kept above the data is still the example."""

    def build(wb):
        ws = wb.active
        ws.append(["身份证号", "姓名", "社保缴纳地", "社保编号", "险种"])
        ws.append(["123456789012345000", "张三", "北京", 77199295, "养老,医疗"])
        ws.append(["511623198503021239", "王小明", "云溪县", 10293847, "养老"])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.example_row == 2 and lay.data_start_row == 3


def test_first_row_of_a_return_is_data(tmp_path: Path) -> None:
    """A return's rows are people even when one value looks made up (a real 13800138000) or a name is 张三."""

    def build(wb):
        ws = wb.active
        ws.append(["姓名", "性别", "身份证号码", "联系电话"])
        ws.append(["张三", "男", "511623198503021239", "13800138000"])
        ws.append(["李红", "女", "530624199202021234", "13987654321"])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.example_row is None and lay.data_start_row == 2

    def only_row(wb):
        ws = wb.active
        ws.append(["姓名", "性别", "身份证号码", "联系电话"])
        ws.append(["王小明", "男", "511623198503021239", "13800138000"])

    lay = inspect_template(_save(tmp_path, "y.xlsx", only_row)).layout
    assert lay.example_row is None and lay.data_start_row == 2

    def only_row_with_typo(wb):  # an ID number one digit off: its check digit is wrong
        ws = wb.active
        ws.append(["姓名", "性别", "身份证号码", "联系电话"])
        ws.append(["王小明", "男", "511620198503021239", "13800138000"])

    lay = inspect_template(_save(tmp_path, "z.xlsx", only_row_with_typo)).layout
    assert lay.example_row is None and lay.data_start_row == 2


def test_closing_lines_after_the_data(tmp_path: Path) -> None:
    """Sign-off written without colons, stamp blanks and closing notes end the data."""
    from desktop.intake.data_rows import read_return

    endings = [
        ["填表人 张三    审核人 李四"],
        [None, None, "单位（盖章）"],
        ["本表由乡镇民政办汇总上报。"],
        ["以上情况属实。", None, None, "村委会（盖章）"],
        ["联系人", "王五", "电话", "13800138000"],
    ]
    for n, ending in enumerate(endings):

        def build(wb, ending=ending):
            ws = wb.active
            ws.append(["序号", "姓名", "性别", "身份证号码", "联系电话"])
            ws.append([1, "王小明", "男", "53062419900101123X", "13912345670"])
            ws.append([2, "单小红", "女", "530624199202021234", "13987654321"])
            ws.append(ending)

        insp, rows = read_return(_save(tmp_path, f"r{n}.xlsx", build))
        assert insp.layout.footer_rows == [4] and insp.layout.data_end_row == 3, ending
        assert [r for r, _ in rows] == [2, 3], ending


def test_stamp_blank_beside_the_title_is_not_title(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        ws.append(["职业培训补贴人员花名册"])
        ws.append(["培训机构（印章）", None, "培训专业：  培训时间："])
        ws.append(["序号", "姓名", "失业保险编号", "身份证号", "电话号码"])
        for i in range(1, 4):
            ws.append([i])

    lay = inspect_template(_save(tmp_path, "x.xlsx", build)).layout
    assert lay.title == "职业培训补贴人员花名册" and lay.meta_rows == [2] and lay.header_rows == (3, 3)
