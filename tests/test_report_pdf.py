"""The cycle's report PDF: text found by pdftotext, page count, masking, fonts, cancel."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from exports.masking_text import mask_sensitive
from exports.pdf.fonts import _truetype_faces, find_cjk_font
from exports.pdf.report import BurdenSummary, FormData, ReportCancelled, ReportData, write_report_pdf

FULL_ID = "110101199003071234"
HAS_PDFTOTEXT = shutil.which("pdftotext") is not None


def _person(i: int) -> list[str]:
    address = "城关镇第一村民小组东街" + "很长的地址描述" * (i % 4)
    return [
        str(i + 1),
        f"张{i}",
        "男",
        f"1101011990{i % 12 + 1:02d}07{i % 10000:04d}",
        f"1380013{i % 10000:04d}",
        address,
    ]


def make_report() -> ReportData:
    people = FormData(
        "民政办",
        "2026年11月低保对象名册",
        ["序号", "姓名", "性别", "公民身份号码", "联系电话", "家庭住址"],
        [_person(i) for i in range(200)],
        entity="person",
        masked_columns={3, 4},
    )
    wide = FormData(
        "统计站",
        "规模以上企业月度报表",
        [f"指标{i}（万元）" for i in range(20)],
        [[str(i * j) for j in range(20)] for i in range(30)],
        entity="enterprise",
    )
    subsidy = FormData(
        "农业办",
        "耕地地力补贴发放表",
        ["序号", "户主", "公民身份号码", "面积（亩）"],
        [["1", "李四", FULL_ID, "3.5"]],
        masked_columns={2},
        mask=False,
    )
    return ReportData(
        "城关镇人民政府",
        "511623100000",
        "邻水县",
        "2026-11",
        2,
        "2026-11-27",
        [people, wide, subsidy],
        tasks=[
            {
                "title": "秋季征兵宣传",
                "department": "武装部",
                "due": "2026-11-30",
                "status": "进行中",
                "progress": "共 2 次；2026-11-20 已走访 12 户",
            }
        ],
        meetings=[
            {"title": "安全生产例会", "start": "2026-11-05 09:00", "place": "三楼会议室", "attended": "12"}
        ],
        burden=BurdenSummary(forms_received=14, duplicate_requests=3, facts_reused=1200, facts_typed=300),
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_text_titles_pages_and_masking(tmp_path: Path) -> None:
    report = make_report()
    out = tmp_path / "report.pdf"
    result = write_report_pdf(report, out)
    text = pdf_text(out)
    for form in report.forms:
        assert form.title in text
    assert "城关镇人民政府" in text
    assert "第 1 页 共" in text
    totals = {int(n) for n in re.findall(r"共 (\d+) 页", text)}
    pages = text.count("\f")
    assert totals == {pages} == {result.pages}
    assert pages > 6  # 200 rows take several pages; the wide form is a section of its own
    assert result.landscape_forms == 1
    # the 200-row form's header is repeated on each of its pages
    assert text.count("公民身份号码") >= 4
    # masked where asked, full where masking is off for the form
    assert "110101********0001" in text and "138****0001" in text
    assert "11010119900207" not in text
    assert FULL_ID in text
    # the tasks table carries each task's latest 办理进展
    assert "办理进展" in text and "共 2 次；2026-11-20" in text


def test_font_embedded_when_truetype_found(tmp_path: Path) -> None:
    if find_cjk_font() is None:
        pytest.skip("no TrueType CJK font on this machine")
    result = write_report_pdf(make_report(), tmp_path / "r.pdf")
    assert result.font_embedded
    assert b"/FontFile2" in (tmp_path / "r.pdf").read_bytes()


def test_cid_fallback_when_no_font(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = write_report_pdf(make_report(), out, embed_font=False)
    data = out.read_bytes()
    assert not result.font_embedded and result.font == "STSong-Light"
    assert b"/FontFile2" not in data and b"STSong-Light" in data
    empty = tmp_path / "nofonts"
    empty.mkdir()
    assert write_report_pdf(make_report(), tmp_path / "r2.pdf", font_dirs=[empty]).font == "STSong-Light"


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    with pytest.raises(ReportCancelled):
        write_report_pdf(
            make_report(), tmp_path / "r.pdf", progress=progress, is_cancelled=lambda: len(calls) >= 2
        )
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_report_pdf(make_report(), tmp_path / "r.pdf", progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1] == (231, 231)


def test_mask_sensitive_by_shape() -> None:
    assert mask_sensitive(FULL_ID) == "110101********1234"
    assert mask_sensitive("13800138000") == "138****8000"
    assert mask_sensitive("0817-2234567") == "0817-***4567"
    assert mask_sensitive("6222021234567891234") == "6222***********1234"
    assert mask_sensitive("") == ""


def test_cff_fonts_are_not_offered(tmp_path: Path) -> None:
    def sfnt(tag: bytes) -> bytes:
        return b"OTTO" + struct.pack(">HHHH", 2, 0, 0, 0) + tag + bytes(12) + b"cmap" + bytes(12)

    (tmp_path / "NotoSansCJK-Regular.ttc").write_bytes(sfnt(b"CFF "))
    assert _truetype_faces(tmp_path / "NotoSansCJK-Regular.ttc") == []
    assert find_cjk_font([tmp_path]) is None
    (tmp_path / "simsun.ttf").write_bytes(sfnt(b"glyf"))
    assert find_cjk_font([tmp_path]) == (tmp_path / "simsun.ttf", 0)


def test_odd_forms_do_not_break_layout(tmp_path: Path) -> None:
    """A form without columns, one without rows, a remark longer than a page, markup characters."""
    long = "很长的备注" * 1500
    forms = [
        FormData("甲", "空表", [], []),
        FormData("乙", "无行表", ["姓名", "电话"], []),
        FormData("丙", "超长备注", ["序号", "备注"], [["1", long], ["2", "x<y&z"]]),
        FormData(
            "丁", "表头很长", [f"这是一个非常非常非常非常长的表头名称{i}" for i in range(8)], [["1"] * 3]
        ),
    ]
    report = ReportData("某镇人民政府", "1" * 12, "", "2026-Q4", 1, "2026-12-01", forms)
    result = write_report_pdf(report, tmp_path / "odd.pdf")
    assert result.landscape_forms == 0  # long text wraps; it does not turn the page
    if HAS_PDFTOTEXT:
        text = pdf_text(tmp_path / "odd.pdf")
        assert "x<y&z" in text and text.count("\f") == result.pages


def test_line_wrapper_keeps_words_and_fits() -> None:
    from exports.pdf.fonts import register_cjk_font
    from exports.pdf.wrap import LineWrapper

    wrapper = LineWrapper(register_cjk_font().name, 8)
    lines = wrapper.wrap("城关村第一组东街12号，联系人ABC 13800138000。", 60)
    assert len(lines) > 1 and all(wrapper.width(line) <= 60 for line in lines)
    assert "".join(lines).replace(" ", "") == "城关村第一组东街12号，联系人ABC13800138000。"
    cjk = wrapper.wrap("城关村第一组东街东街东街东街。", 56)  # seven characters a line: 。 would start one
    assert cjk == ["城关村第一组东", "街东街东街东", "街。"]
    assert wrapper.wrap("短", 60) == ["短"]


SIGNERS = {"填表人": "赵填表", "审核人": "钱审核", "负责人": "孙负责"}


def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.split("\f")[:-1]


def form_pages(pages: list[str], report: ReportData) -> list[list[str]]:
    """Each form's pages: from its heading to the page before the next section."""
    starts = [
        next(i for i, p in enumerate(pages) if p.lstrip().startswith(f"{n + 1}. {f.title}"))
        for n, f in enumerate(report.forms)
    ]
    ends = starts[1:] + [next(i for i, p in enumerate(pages) if p.lstrip().startswith("任务与会议"))]
    return [pages[a:b] for a, b in zip(starts, ends, strict=True)]


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_signers_on_the_cover_and_under_each_form(tmp_path: Path) -> None:
    """Issue 11 item 3: the names the build dialog asks for are printed where it says, with its labels."""
    from exports.signers import SIGNER_ROLES

    report = make_report()
    report.signers = dict(SIGNERS)
    write_report_pdf(report, tmp_path / "r.pdf")
    pages = page_texts(tmp_path / "r.pdf", layout=True)
    cover = pages[0]
    assert SIGNER_ROLES == ("填表人", "审核人", "负责人")
    for role, name in SIGNERS.items():
        assert role in cover and name in cover
    assert "填报人" not in "".join(pages) and "主要负责人" not in "".join(pages)
    for form, its_pages in zip(report.forms, form_pages(pages, report), strict=True):
        lines = [ln for ln in "".join(its_pages).splitlines() if "填表人：" in ln]
        assert len(lines) == 1, form.title  # once, under the table
        assert all(f"{role}：{name}" in lines[0] for role, name in SIGNERS.items())
        last = its_pages[-1]
        assert last.index("填表人：") > max(last.rfind(row[1]) for row in form.rows[-1:] if row)
    # a missing name leaves the label to sign beside
    report.signers = {"填表人": "赵填表"}
    write_report_pdf(report, tmp_path / "r2.pdf")
    text = "".join(page_texts(tmp_path / "r2.pdf", layout=True))
    assert text.count("审核人：") == len(report.forms) and "赵填表" in text


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_blank_requested_cells_are_counted_on_the_contents_and_marked(tmp_path: Path) -> None:
    """Issue 11 item 6: a form whose requested cells are empty says so, counted and marked, not silently."""
    report = make_report()
    people = report.forms[0]
    people.requested_columns = {1, 3, 4, 5}  # 性别 is not asked of the ledger: its blanks are not counted
    blanks = {(7, 4), (120, 5), (199, 3)}  # (row, column): one on the last of several pages
    for r, c in blanks:
        people.rows[r][c] = "" if c != 3 else None
    people.rows[50][2] = ""
    subsidy = report.forms[2]
    subsidy.requested_columns = {1, 2, 3}
    write_report_pdf(report, tmp_path / "r.pdf")
    pages = page_texts(tmp_path / "r.pdf", layout=True)
    contents = pages[1]
    line = {f.title: next(ln for ln in contents.splitlines() if f.title in ln) for f in report.forms}
    assert "空白 3 格" in line[people.title]
    assert "无空白" in line[subsidy.title]
    # a form without requested_columns asks for every column; the wide one is full
    assert "无空白" in line[report.forms[1].title]
    assert "灰色“—”" in pages[2]  # the form's heading says what the mark means
    marked = "".join(form_pages(pages, report)[0]).replace("灰色“—”", "").count("—")
    assert marked == len(blanks)


def test_blank_cells_are_shaded(tmp_path: Path) -> None:
    from exports.pdf.tables import BLANK_MARK, cell_texts

    form = FormData("甲", "表", ["序号", "姓名", "电话"], [["1", "", None], ["2", "张三", "1"]])
    form.requested_columns = {1, 2}
    assert list(cell_texts(form)) == [(["1", BLANK_MARK, BLANK_MARK], [1, 2]), (["2", "张三", "1"], [])]


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("embed", [True, False])
def test_task_dates_and_doc_numbers_stay_on_one_line(tmp_path: Path, embed: bool) -> None:
    """Issue 11 item 7: "2026-10-0 / 1" no more: the 期限 column is as wide as its dates."""
    report = make_report()
    report.tasks = [
        {
            "title": f"关于开展2026年度农村低保对象动态核查工作的通知（民政〔2026〕{n}号）",
            "department": "县民政局",
            "due": f"2026-{10 + n % 3}-{n + 20:02d}",
            "status": "进行中",
            "progress": "共 3 次；2026-11-20 已走访全部低保户并逐户核实家庭收入",
        }
        for n in range(1, 8)
    ]
    report.meetings = [
        {
            "title": "安全生产例会" * 4,
            "start": "2026-11-05 09:00",
            "place": "三楼会议室",
            "attended": "已召开",
        }
    ]
    write_report_pdf(report, tmp_path / "r.pdf", embed_font=embed)
    text = page_texts(tmp_path / "r.pdf")[-1]
    lines = set(text.splitlines())
    for n, task in enumerate(report.tasks, start=1):
        assert task["due"] in lines
        assert f"民政〔2026〕{n}号" in text  # a 文号 is one word: the title wraps before it, not inside
    assert "2026-11-05 09:00" in lines


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_the_sign_line_never_stands_alone_on_a_page(tmp_path: Path) -> None:
    """Whatever the number of rows, the line under a form shares its page with the form's last rows."""
    for n in range(50, 66):
        rows = [[str(i + 1), f"张{i}", "城关村"] for i in range(n)]
        report = ReportData("某镇人民政府", "1" * 12, "", "2026-11", 1, "2026-11-27")
        report.forms = [FormData("民政办", "名册", ["序号", "姓名", "村"], rows)]
        report.signers = dict(SIGNERS)
        write_report_pdf(report, tmp_path / f"{n}.pdf")
        [page] = [p for p in page_texts(tmp_path / f"{n}.pdf") if "填表人：" in p]
        assert f"张{n - 1}" in page, n
