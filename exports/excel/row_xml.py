"""Fast SpreadsheetML for data rows: ``<row>``/``<c>`` elements written as text.

Each value becomes a cell the way a clerk expects it in Excel/WPS:

* ``int``/``float``/``Decimal`` and plain numeric strings ("36", "1200.5") → numbers;
* ID numbers, bank accounts, phone numbers and any other digit string of 11+ digits or with
  a leading zero (and an 18-character ID ending in X) → text cells with the '@' format, so
  Excel never shows ``1.1e+17`` or drops a leading zero; ints of 16+ digits likewise;
* ``bool`` → TRUE/FALSE; dates → a date serial in a column the template formats as a date
  (``ColumnSpec.date_cell``), else ISO text, as are times; everything else → text (inline string).

A column whose template format is '@' always gets text, and so does a string in a date column. Strings are XML-escaped and
characters that XML 1.0 forbids are removed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from openpyxl.utils.datetime import to_excel

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,9})(?:\.[0-9]+)?")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_EXACT = 10**15
_NUM_START = frozenset("-0123456789")


@dataclass(frozen=True)
class ColumnSpec:
    """How one table column is written: its letter, source field and style ids."""

    col: int
    letter: str
    field: str | None
    style: int
    text_style: int
    force_text: bool = False
    seq: bool = False
    track_sum: bool = False
    formula: tuple[str | tuple[str, int], ...] | None = None
    """A per-row formula of an unmapped column (see :func:`split_formula`)."""
    date_cell: bool = False
    """The column's style is a date format: dates go in as Excel date serials."""

    def formula_xml(self, ref: str, row: int) -> str:
        assert self.formula is not None
        text = "".join(p if isinstance(p, str) else f"{p[0]}{row + p[1]}" for p in self.formula)
        return f'<c r="{ref}" s="{self.style}"><f>{text}</f></c>'


_REF = re.compile(r"(?<![A-Za-z_!'.])(\$?[A-Z]{1,3})(\$?)([0-9]+)(?![0-9(A-Za-z_])")


def split_formula(formula: str, source_row: int) -> tuple[str | tuple[str, int], ...]:
    """``=SUM(C6:E6)`` on row 6 → parts that rebuild it on any row (relative rows move)."""
    parts: list[str | tuple[str, int]] = []
    text = escape_text(formula[1:] if formula.startswith("=") else formula)
    pos = 0
    for m in _REF.finditer(text):
        col, absolute, row = m.groups()
        if absolute:
            continue
        parts.append(text[pos : m.start()])
        parts.append((col, int(row) - source_row))
        pos = m.end()
    parts.append(text[pos:])
    return tuple(p for p in parts if p != "")


def escape_text(s: str) -> str:
    """XML text content, with forbidden characters removed."""
    if not s.isprintable() and _ILLEGAL.search(s):
        s = _ILLEGAL.sub("", s)
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    return s


def _text_cell(ref: str, style: int, s: str) -> str:
    s = escape_text(s)
    if s[:1].isspace() or s[-1:].isspace():
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{s}</t></is></c>'
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{s}</t></is></c>'


def _looks_like_code(s: str) -> bool:
    """Digit strings Excel would mangle: 11+ digits, a leading zero, an ID ending in X."""
    if s.isdigit() and s.isascii():
        return len(s) >= 11 or (len(s) > 1 and s[0] == "0")
    return len(s) == 18 and s[:17].isdigit() and s[17] in "Xx"


def cell_xml(ref: str, spec: ColumnSpec, v: object) -> tuple[str, float | None]:
    """One ``<c>`` element and its numeric value (None when not a number)."""
    if v is None:
        return f'<c r="{ref}" s="{spec.style}"/>', None
    if isinstance(v, str):
        if not v:
            return f'<c r="{ref}" s="{spec.style}"/>', None
        if spec.force_text or spec.date_cell:  # 1985.03 in a date column must not become 1905-06-07
            return _text_cell(ref, spec.style, v), None
        if _NUMBER.fullmatch(v):
            return f'<c r="{ref}" s="{spec.style}"><v>{v}</v></c>', float(v)
        if _looks_like_code(v):
            return _text_cell(ref, spec.text_style, v), None
        return _text_cell(ref, spec.style, v), None
    if isinstance(v, bool):
        return f'<c r="{ref}" s="{spec.style}" t="b"><v>{int(v)}</v></c>', None
    if isinstance(v, int):
        if abs(v) >= _MAX_EXACT or spec.force_text:
            return _text_cell(ref, spec.text_style, str(v)), None
        return f'<c r="{ref}" s="{spec.style}"><v>{v}</v></c>', float(v)
    if isinstance(v, float | Decimal):
        f = float(v)
        if not math.isfinite(f):
            return _text_cell(ref, spec.style, str(v)), None
        if spec.force_text:
            return _text_cell(ref, spec.text_style, str(v)), None
        return f'<c r="{ref}" s="{spec.style}"><v>{f!r}</v></c>', f
    if isinstance(v, datetime | date) and spec.date_cell and not spec.force_text and v.year >= 1900:
        return f'<c r="{ref}" s="{spec.style}"><v>{to_excel(v)!r}</v></c>', None  # Excel has no earlier dates
    if isinstance(v, datetime | date | time):
        return _text_cell(
            ref, spec.style, v.isoformat(sep=" ") if isinstance(v, datetime) else v.isoformat()
        ), None
    return _text_cell(ref, spec.style, str(v)), None


@dataclass
class SumTracker:
    """Per-column numbers written (for 合计); a column stops counting at its first text."""

    values: dict[int, list[float]] = field(default_factory=dict)
    numeric: dict[int, bool] = field(default_factory=dict)

    def numeric_columns(self) -> dict[int, float]:
        """Column → exact (fsum) total, for columns that held only numbers."""
        return {c: math.fsum(v) for c, v in self.values.items() if self.numeric.get(c)}


def render_rows(
    rows: Sequence[Mapping[str, object]],
    specs: Sequence[ColumnSpec],
    first_row: int,
    n_rows: int,
    row_attrs: str,
    tracker: SumTracker,
    tick: Callable[[int], None],
    chunk: int = 500,
) -> Iterator[str]:
    """XML text of ``n_rows`` rows starting at ``first_row``, in chunks of ``chunk`` rows.

    Rows past ``len(rows)`` are written as empty styled rows (the template's blank lines).
    ``tick(done)`` is called after every chunk (progress and cancel checks).
    """
    n_data = len(rows)
    buf: list[str] = []
    for i in range(n_rows):
        r = first_row + i
        rs = str(r)
        buf.append(f'<row r="{rs}"{row_attrs}>')
        if i < n_data:
            row = rows[i]
            get = row.get
            for spec in specs:
                ref = spec.letter + rs
                if spec.seq:
                    buf.append(f'<c r="{ref}" s="{spec.style}"><v>{i + 1}</v></c>')
                    continue
                if spec.formula is not None:
                    buf.append(spec.formula_xml(ref, r))
                    continue
                v = get(spec.field) if spec.field is not None else None
                if v is None or v == "":
                    buf.append(f'<c r="{ref}" s="{spec.style}"/>')
                    continue
                if type(v) is str and not spec.force_text and not spec.track_sum and v[0] not in _NUM_START:
                    buf.append(_text_cell(ref, spec.style, v))
                    continue
                xml, num = cell_xml(ref, spec, v)
                buf.append(xml)
                if spec.track_sum:
                    if num is None:
                        tracker.numeric[spec.col] = False
                    else:
                        tracker.values.setdefault(spec.col, []).append(num)
                        tracker.numeric.setdefault(spec.col, True)
        else:
            for spec in specs:
                if spec.formula is not None:
                    buf.append(spec.formula_xml(spec.letter + rs, r))
                else:
                    buf.append(f'<c r="{spec.letter}{rs}" s="{spec.style}"/>')
        buf.append("</row>")
        if (i + 1) % chunk == 0:
            yield "".join(buf)
            buf.clear()
            tick(i + 1)
    if buf:
        yield "".join(buf)
    tick(n_rows)
