"""The cycle's printable report (report.pdf of the submission package), drawn with reportlab.

A4: a cover page to sign and stamp, contents, one section per form (landscape for wide ones), the
cycle's tasks and meetings, the burden summary, and "第 X 页 共 Y 页" on every page. The layout is
done in ONE pass: the page total and the contents' page numbers are PDF form XObjects referenced on
the pages and defined only when the document is saved (see `_ReportCanvas`). The story is produced
lazily, a page-sized table at a time, so memory stays flat however long the forms are.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import PdfFont, register_cjk_font
from exports.pdf.report_data import BurdenSummary, FormData, ReportData
from exports.pdf.sections import Sections
from exports.pdf.tables import Styles, TableLayout, form_tables, header_cells, layout_columns, requested

__all__ = ["BurdenSummary", "FormData", "PdfResult", "ReportCancelled", "ReportData", "write_report_pdf"]

MARGIN = 15 * mm
FOOTER_Y = 8 * mm


class ReportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass
class PdfResult:
    path: Path
    pages: int
    font: str
    font_embedded: bool
    landscape_forms: int


class _ReportCanvas(Canvas):
    """A canvas that defines, at save time, the forms the pages referenced: page total and contents."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.font_name = "Helvetica"
        self.anchors: dict[str, int] = {}
        self.blank_counts: dict[str, int | None] = {}  # form key → blank requested cells (None: none asked)
        self.pages_done = 0

    def showPage(self) -> None:
        super().showPage()
        # reportlab keeps every page's content stream as text until save() compresses them all:
        # thousands of table pages would hold hundreds of MB. Compress each page as it is finished.
        page = self._doc.Pages.pages[-1]
        if page.stream and page.compression:
            stream = page.stream
            data = zlib.compress(stream.encode("utf-8") if isinstance(stream, str) else stream)
            page.Contents = PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode")}), data)
            page.stream = None

    def save(self) -> None:
        total = self.pages_done
        self._define("pgTotal", f"{total} 页", right=False)
        for key, page in self.anchors.items():
            self._define(f"toc_{key}", str(page), right=True)
        for key, count in self.blank_counts.items():
            self._define(f"blank_{key}", blank_text(count), right=True)
        super().save()

    def _define(self, name: str, text: str, *, right: bool) -> None:
        self.beginForm(name, lowerx=-300, lowery=-20, upperx=300, uppery=40)
        if right:
            parts = text.split()
            width = sum(self.stringWidth(p, self.font_name, 9) for p in parts) + 4.5 * (len(parts) - 1)
            draw_spaced(self, -width, 0, parts, self.font_name, 9)
        else:
            draw_spaced(self, 0, 0, text.split(), self.font_name, 9)
        self.endForm()


def blank_text(count: int | None) -> str:
    """A form's blank requested cells as the contents page shows them."""
    if count is None:
        return ""
    return f"空白 {count} 格" if count else "无空白"


def draw_spaced(canv: Canvas, x: float, y: float, parts: list[str], font: str, size: float) -> float:
    """Draw words half an em apart and return where the next word would go.

    A drawn space (0.3 em in most CJK fonts) is too narrow for pdftotext to see a word break, so
    "第 1 页 共 9 页" would extract as "第1页共9页"; explicit gaps keep it searchable.
    """
    canv.setFont(font, size)
    for part in parts:
        canv.drawString(x, y, part)
        x += canv.stringWidth(part, font, size) + size / 2
    return x


class _Anchor(Flowable):
    """Zero-size marker: records the page a section starts on (contents) and adds a bookmark."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        canv.anchors[self.key] = canv.getPageNumber()  # type: ignore[attr-defined]
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, 0)


class _Tick(Flowable):
    """Zero-size marker drawn after each table chunk: reports progress and honours cancel."""

    def __init__(self, report: Callable[[], None]) -> None:
        super().__init__()
        self.report = report

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.report()


class _LazyStory(list):  # type: ignore[type-arg]
    """A story list refilled from a generator, so only a few page-sized tables exist at a time."""

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self.source = source

    def _fill(self) -> None:
        while list.__len__(self) < 3:
            item = next(self.source, None)
            if item is None:
                return
            self.append(item)

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self._fill()
        return list.__getitem__(self, index)


def write_report_pdf(
    report: ReportData,
    out_path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    embed_font: bool = True,
    font_dirs: list[Path] | None = None,
) -> PdfResult:
    """Write the report to `out_path` (atomically: a temp name, renamed when complete).

    `progress(rows_laid_out, total_rows)` is called as the forms are laid out; when `is_cancelled()`
    turns true, :class:`ReportCancelled` is raised and no file is left. `embed_font=False` forces the
    STSong-Light CID font instead of embedding a font found on the machine.
    """
    out = Path(out_path)
    font = register_cjk_font(embed=embed_font, dirs=font_dirs)
    cancelled = is_cancelled or (lambda: False)
    if cancelled():
        raise ReportCancelled()
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        pages, n_landscape = _build(report, tmp, font, progress, cancelled)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PdfResult(out, pages, font.name, font.embedded, n_landscape)


def _build(
    report: ReportData,
    path: Path,
    font: PdfFont,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> tuple[int, int]:
    styles = Styles(font.name)
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title=f"{report.office_name} {report.cycle} 报表",
        author=report.office_name,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    portrait_frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, 0, 0, 0, 0, id="p")
    wide = landscape(A4)
    landscape_frame = Frame(MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN, 0, 0, 0, 0, id="l")
    footer = _footer(font.name, f"{report.office_name}，{report.cycle} 第 {report.version} 版")
    doc.addPageTemplates(
        [
            PageTemplate("portrait", [portrait_frame], onPage=footer, pagesize=A4),
            PageTemplate("landscape", [landscape_frame], onPage=footer, pagesize=wide),
        ]
    )
    layouts = [
        layout_columns(f, font.name, portrait_frame._width, landscape_frame._width) for f in report.forms
    ]
    total = sum(len(f.rows) for f in report.forms) or 1

    def report_progress(done: int) -> None:
        if cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(min(done, total), total)

    sections = Sections(report, styles)
    # counted as the tables are laid out, printed on the contents page when the document is saved
    blanks: dict[str, int | None] = {
        f"form{i}": (0 if f.columns and requested(f) else None) for i, f in enumerate(report.forms)
    }
    story = _LazyStory(
        _story(
            report,
            layouts,
            styles,
            sections,
            portrait_frame,
            landscape_frame,
            report_progress,
            cancelled,
            blanks,
        )
    )

    def canvasmaker(*args: object, **kwargs: object) -> _ReportCanvas:
        canv = _ReportCanvas(*args, **kwargs)
        canv.font_name = font.name
        canv.blank_counts = blanks
        return canv

    doc.build(story, canvasmaker=canvasmaker)
    report_progress(total)
    return doc.page, sum(1 for lay in layouts if lay.landscape)


def _footer(font: str, label: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width = canv._pagesize[0]
        page = canv.getPageNumber()
        canv.pages_done = page  # type: ignore[attr-defined]
        canv.saveState()
        head = ["第", str(page), "页", "共"]
        # the total is drawn at save time (form XObject); centre the line on a typical total's width
        x = width / 2 - (canv.stringWidth("第 000 页 共 000 页", font, 9) + 4 * 4.5) / 2
        x = draw_spaced(canv, x, FOOTER_Y, head, font, 9)
        canv.translate(x, FOOTER_Y)
        canv.doForm("pgTotal")
        canv.restoreState()
        canv.saveState()
        canv.setFont(font, 7)
        canv.drawString(MARGIN, FOOTER_Y, label)
        canv.restoreState()

    return draw


def _story(
    report: ReportData,
    layouts: list[TableLayout],
    styles: Styles,
    sections: Sections,
    portrait_frame: Frame,
    landscape_frame: Frame,
    report_progress: Callable[[int], None],
    cancelled: Callable[[], bool],
    blanks: dict[str, int | None],
) -> Iterator[Flowable]:
    yield from sections.cover()
    yield PageBreak()
    yield from sections.contents()
    done_before = 0
    for index, (form, layout) in enumerate(zip(report.forms, layouts, strict=True)):
        frame = landscape_frame if layout.landscape else portrait_frame
        yield NextPageTemplate("landscape" if layout.landscape else "portrait")
        yield PageBreak()
        key = f"form{index}"
        yield _Anchor(key, f"{index + 1}. {form.title}")
        heading = sections.form_heading(index, form)
        signers = sections.form_signers()
        yield from heading
        used = sum(f.wrap(frame._width, frame._height)[1] for f in heading)
        base, done_before = done_before, done_before + len(form.rows)
        if form.columns:
            head_h = _header_height(form, layout, styles) + 2

            def tick(done: int, base: int = base) -> Flowable | None:
                if cancelled():
                    raise ReportCancelled()
                return _Tick(lambda: report_progress(base + done))

            def seen(n: int, key: str = key) -> None:
                blanks[key] = (blanks[key] or 0) + n

            yield from form_tables(
                form,
                layout,
                styles,
                frame._height - used - head_h,
                frame._height - head_h,
                tick,
                seen,
                tail=sum(f.wrap(frame._width, frame._height)[1] for f in signers),
            )
        yield from signers
    yield NextPageTemplate("portrait")
    yield PageBreak()
    yield _Anchor("tasks", "任务与会议")
    yield from sections.tasks_and_meetings()
    yield Spacer(1, 12)
    yield _Anchor("burden", "减负统计")
    yield from sections.burden()


def _header_height(form: FormData, layout: TableLayout, styles: Styles) -> float:
    from reportlab.platypus import Table

    table = Table([header_cells(form, layout.widths, styles)], colWidths=layout.widths, style=styles.table)
    return table.wrap(sum(layout.widths), 10_000)[1]
