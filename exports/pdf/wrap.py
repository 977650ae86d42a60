"""Line-breaking cell text for reportlab tables without Paragraphs.

A Paragraph per wrapped cell costs two full layouts (height, then drawing); a table cell holding
a string with line breaks costs a split. So long cells are broken here, greedily, with glyph widths
cached per character for the whole document: Chinese breaks between any two characters, runs of
Latin letters and digits stay whole unless they alone are wider than the column.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

# A 文号 (民政〔2026〕12号, 川府办发[2026]3号) stays whole like a date or a number: it is read as one word.
DOC_NO = r"[\u4e00-\u9fff]{1,6}[〔［\[（(]\d{4}[〕］\]）)]\s*\d+\s*号"
_TOKENS = re.compile(DOC_NO + r"|[A-Za-z0-9_.,:;@%/+\-]+|\s+|.", re.S)
# Characters that must not start a line (Chinese typesetting rule, the common ones).
_NO_START = set("，。、；：？！）》」』】〕’”,.;:?!)%")


class LineWrapper:
    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        widths = self._widths
        total = 0.0
        for ch in text:
            w = widths.get(ch)
            if w is None:
                w = widths[ch] = stringWidth(ch, self.font, self.size)
            total += w
        return total

    def wrap(self, text: str, room: float) -> list[str]:
        """`text` broken into lines no wider than `room` (existing line breaks kept)."""
        lines: list[str] = []
        for para in text.split("\n"):
            lines.extend(self._wrap_one(para, room))
        return lines

    def _wrap_one(self, text: str, room: float) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        used = 0.0
        for token in _TOKENS.findall(text):
            w = self.width(token)
            if used + w <= room or not line and w <= room:
                line.append(token)
                used += w
                continue
            if token.isspace():  # a space at a break is dropped
                lines.append("".join(line))
                line, used = [], 0.0
                continue
            if w > room:  # a run wider than the column: break it between characters
                for ch in token:
                    cw = self.width(ch)
                    if used + cw > room and line:
                        lines.append("".join(line))
                        line, used = [], 0.0
                    line.append(ch)
                    used += cw
                continue
            if token in _NO_START and len(line) > 1 and self.width(line[-1]) + w <= room:
                carry = line.pop()  # keep closing punctuation with the character before it
                lines.append("".join(line))
                line, used = [carry, token], self.width(carry) + w
                continue
            lines.append("".join(line))
            line, used = [token], w
        lines.append("".join(line).rstrip())
        return [ln.rstrip() for ln in lines] if len(lines) > 1 else lines
