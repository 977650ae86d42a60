"""Form tables for the report PDF: columns sized to content, long text wrapped, header on every page.

Speed matters (20 forms × 5,000 rows): cells are plain strings, long ones broken into lines here
(`pdf_wrap`) rather than Paragraphs; widths are measured on a sample of rows; and a form's rows go
into page-sized Tables (see `form_tables`) so reportlab never re-lays out the rest of a long table
at each page break.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from exports.masking_text import mask_sensitive
from exports.pdf.report_data import FormData
from exports.pdf.wrap import LineWrapper

FONT_SIZE = 8.0
LEADING = 10.0
PAD = 2.5
SAMPLE_ROWS = 400
MIN_COL = 18.0
NO_WRAP_WIDTH = 110.0  # an 18-digit ID or a 19-digit card number at 8 pt
NUMBER_CHARS = "0123456789Xx*-.,:/ "  # IDs, masked IDs, phones, amounts, dates
CELL_VPAD = 3.0  # top + bottom padding of a table cell
BLANK_MARK = "—"  # drawn, light grey, in a requested cell the ledger left empty
BLANK_GREY = colors.Color(0.45, 0.45, 0.45)
BLANK_SHADE = colors.Color(0.93, 0.93, 0.93)


@dataclass
class TableLayout:
    widths: list[float]
    landscape: bool


def requested(form: FormData) -> list[int]:
    """The columns whose empty cells are blanks the report marks and counts."""
    width = len(form.columns)
    chosen = range(width) if form.requested_columns is None else form.requested_columns
    return sorted(i for i in chosen if 0 <= i < width)


def cell_texts(form: FormData) -> Iterator[tuple[list[str], list[int]]]:
    """The form's rows as printed, with the requested columns left blank in each: None → "", personal
    numbers masked unless masking is off, a blank requested cell drawn as `BLANK_MARK`."""
    masked = sorted(i for i in form.masked_columns if i < len(form.columns)) if form.mask else []
    asked = requested(form)
    width = len(form.columns)
    for row in form.rows:
        cells = ["" if v is None else str(v) for v in row[:width]]
        cells += [""] * (width - len(cells))
        for i in masked:
            cells[i] = mask_sensitive(cells[i])
        blanks = [i for i in asked if not cells[i].strip()]
        for i in blanks:
            cells[i] = BLANK_MARK
        yield cells, blanks


def _text_width(text: str, font: str) -> float:
    return max((stringWidth(line, font, FONT_SIZE) for line in text.split("\n")), default=0.0)


def layout_columns(form: FormData, font: str, portrait_width: float, landscape_width: float) -> TableLayout:
    """Column widths from the header and a sample of rows; landscape when portrait cannot hold them."""
    n = len(form.columns)
    if n == 0:
        return TableLayout([], False)
    step = max(1, len(form.rows) // SAMPLE_ROWS)
    sample = form.rows[::step][:SAMPLE_ROWS]
    natural = []
    minimum = []
    for i, header in enumerate(form.columns):
        cells = [str(r[i]) for r in sample if i < len(r) and r[i] is not None]
        want = max([_text_width(c, font) for c in cells] + [0.0])
        # A header may wrap, but never inside a two-character word: keep at least two glyphs a line.
        head_w = _text_width(header, font)
        head_min = min(head_w, 2 * FONT_SIZE)
        # headers wrap to lines of four characters or more; the widest cell sets the rest
        natural.append(max(want, min(head_w, 4 * FONT_SIZE), head_min) + 2 * PAD + 1)
        # short texts (ID numbers, accounts, dates) keep their width; long text columns give way
        keep = want if want <= NO_WRAP_WIDTH else 4 * FONT_SIZE
        minimum.append(max(head_min, keep, MIN_COL) + 2 * PAD + 1)
    # Long text wraps, so for the orientation a column counts at most 40% of the portrait width.
    landscape = n > 12 or sum(min(w, 0.4 * portrait_width) for w in natural) > portrait_width
    avail = landscape_width if landscape else portrait_width
    return TableLayout(_fit(natural, minimum, avail), landscape)


def _fit(natural: list[float], minimum: list[float], avail: float) -> list[float]:
    """Shrink the widest columns first until the table fits; widen all evenly when there is room."""
    widths = list(natural)
    total = sum(widths)
    if total <= avail:
        extra = (avail - total) / len(widths) if total > avail * 0.6 else 0.0
        return [w + extra for w in widths]
    cap_lo, cap_hi = 0.0, max(widths)
    for _ in range(40):  # binary search for the cap above which columns are clipped to it
        cap = (cap_lo + cap_hi) / 2
        if sum(max(m, min(w, cap)) for w, m in zip(natural, minimum, strict=True)) > avail:
            cap_hi = cap
        else:
            cap_lo = cap
    widths = [max(m, min(w, cap_lo)) for w, m in zip(natural, minimum, strict=True)]
    scale = min(1.0, avail / sum(widths))
    return [w * scale for w in widths]


class Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        # the widest printable ASCII glyph: IDs, phones and amounts fit or not without measuring
        self.ascii_em = max(stringWidth(ch, font, FONT_SIZE) for ch in map(chr, range(32, 127)))
        self.number_em = max(stringWidth(ch, font, FONT_SIZE) for ch in NUMBER_CHARS)
        self.wrapper = LineWrapper(font, FONT_SIZE)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=FONT_SIZE, leading=LEADING, wordWrap="CJK")
        self.head = ParagraphStyle("head", parent=self.cell, alignment=1)
        self.table = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, FONT_SIZE, LEADING),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_VPAD / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_VPAD / 2),
            ]
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _row_cells(cells: list[str], widths: list[float], styles: Styles) -> tuple[list[str], float]:
    """The row's cells, long ones broken into lines that fit their column, and the row's height."""
    lines = 1
    out = cells
    for i, (text, width) in enumerate(zip(cells, widths, strict=True)):
        room = width - 2 * PAD
        # Cheap bounds first: no glyph is wider than 1 em, no digit-like glyph wider than `number_em`.
        if not text.strip(NUMBER_CHARS):
            em = styles.number_em
        else:
            em = styles.ascii_em if text.isascii() else FONT_SIZE
        if "\n" not in text and len(text) * em <= room:
            continue
        wrapped = styles.wrapper.wrap(text, room)
        if len(wrapped) > 1 or "\n" in text:
            if out is cells:
                out = list(cells)
            out[i] = "\n".join(wrapped)
            lines = max(lines, len(wrapped))
    return out, lines * LEADING + CELL_VPAD


def header_cells(form: FormData, widths: list[float], styles: Styles) -> list[str | Paragraph]:
    return [Paragraph(_escape(h), styles.head) for h in form.columns]


def form_tables(
    form: FormData,
    layout: TableLayout,
    styles: Styles,
    first_height: float,
    page_height: float,
    tick: Callable[[int], Flowable | None],
    blanks_seen: Callable[[int], None] = lambda _n: None,
    tail: float = 0.0,
) -> Iterator[Flowable]:
    """The form's rows as consecutive page-sized Tables, each with the header row.

    Rows are added to a chunk while their estimated heights fit the space left under the header
    (`first_height` under the section heading, `page_height` on later pages); each chunk after the
    first starts a new page, so a header appears at the top of every page and nowhere else. A chunk
    the estimate got wrong still splits with its header repeated. `tick(rows_done)` may return a
    flowable (a progress marker) that goes between chunks. `blanks_seen(n)` is told the blank requested
    cells of each chunk as it is laid out. The last row is kept on a page with `tail` points to spare
    (the sign line under the table), so that line never stands alone on a page.
    """
    header = header_cells(form, layout.widths, styles)
    chunk: list[list[str]] = []
    grey: list[tuple[str, tuple[int, int], tuple[int, int], colors.Color]] = []
    done = 0
    room = first_height
    rows = cell_texts(form)
    upcoming = next(rows, None)
    while upcoming is not None:
        cells, blanks = upcoming
        upcoming = next(rows, None)
        row, height = _row_cells(cells, layout.widths, styles)
        if chunk and height + (tail if upcoming is None else 0.0) > room:
            if done:
                yield PageBreak()
            yield _table(header, chunk, layout.widths, styles, grey)
            blanks_seen(len(grey) // 2)
            done += len(chunk)
            chunk, grey = [], []
            room = page_height
            marker = tick(done)
            if marker is not None:
                yield marker
        chunk.append(row)
        if blanks:
            at = len(chunk)  # row 0 is the header
            for i in blanks:
                grey += [
                    ("TEXTCOLOR", (i, at), (i, at), BLANK_GREY),
                    ("BACKGROUND", (i, at), (i, at), BLANK_SHADE),
                ]
        room -= height
    if chunk or done == 0:
        if done:
            yield PageBreak()
        yield _table(header, chunk, layout.widths, styles, grey)
        blanks_seen(len(grey) // 2)
        tick(done + len(chunk))


def _table(
    header: list[str | Paragraph],
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    grey: list[tuple[str, tuple[int, int], tuple[int, int], colors.Color]],
) -> Table:
    # splitInRow: a single row taller than a page (a very long remark) splits instead of failing
    table = Table(
        [header, *rows], colWidths=widths, repeatRows=1, splitInRow=1, style=styles.table, hAlign="LEFT"
    )
    if grey:
        table.setStyle(grey)
    return table
