"""The part of a form's detail that says which other forms asked for the same facts, and what the ledger holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.errors import UserFacingError
from desktop.forms.overlaps import Overlap, OverlapService

MAX_SHOWN = 3
OverlapReader = Callable[[QObject, Callable[[OverlapService], Any], Callable[[Any], None]], None]
MAX_FIELD_NAMES = 12
DUPLICATE_STYLE = "QFrame#overlapBox { background: #fff4e5; border: 1px solid #e8b45a; border-radius: 4px; }"
PLAIN_STYLE = "QFrame#overlapBox { background: #f6f7f9; border: 1px solid #d8dce3; border-radius: 4px; }"


def badge_text(badge: str) -> str:
    """A badge from OverlapService (重复 / 同文号 / 相似) in the interface language."""
    return QCoreApplication.translate("overlaps", badge) if badge else ""


class OverlapPanel(QFrame):
    """Shown under a form's facts: earlier (and later) forms asking for the same data, and ledger coverage."""

    def __init__(
        self, overlaps: OverlapService, parent: QWidget | None = None, read: OverlapReader | None = None
    ) -> None:
        super().__init__(parent)
        self.overlaps = overlaps
        # How the facts are read: at once by default; the window passes a reader that runs them on the worker
        # on a big office (comparing with 750 forms and measuring the ledger takes most of a second there).
        self._read: OverlapReader = read or (lambda _owner, fn, done: done(fn(self.overlaps)))
        self._asked: int | None = None
        self.setObjectName("overlapBox")
        self.heading = QLabel(self.tr("与其他报表重复的数据"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.fields_label = QLabel()
        self.ledger_label = QLabel()
        for label in (self.summary, self.fields_label, self.ledger_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_label.setStyleSheet("color: #444;")
        self.ledger_bar = QProgressBar()
        self.ledger_bar.setTextVisible(False)
        self.ledger_bar.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields_label)
        layout.addWidget(self.ledger_label)
        layout.addWidget(self.ledger_bar)
        self.found: list[Overlap] = []

    def show_item(self, item_id: int | None, today: date | None = None) -> None:
        """Show the overlaps of form `item_id`; None (or a non-form) clears and hides the panel."""
        self.found = []
        self._asked = item_id
        self.hide()  # until this form's facts are read: never another form's
        if item_id is None:
            return

        def facts(
            overlaps: OverlapService,
        ) -> tuple[int, list[Overlap], tuple[int, int]] | tuple[int, None, None]:
            try:
                return item_id, overlaps.overlaps_for(item_id), overlaps.ledger_can_fill(item_id)
            except UserFacingError:
                return item_id, None, None

        self._read(self, facts, lambda found: self._show(found, today))

    def _show(self, facts: tuple, today: date | None) -> None:
        item_id, found, ledger = facts
        if item_id != self._asked or found is None:  # another form was chosen since, or this one is gone
            return
        self.found = found
        held, total = ledger
        today = today or date.today()
        duplicate = any(o.duplicate or o.same_template for o in self.found)
        self.setStyleSheet(DUPLICATE_STYLE if duplicate else PLAIN_STYLE)
        if self.found:
            lines = ["• " + self._sentence(o, today) for o in self.found[:MAX_SHOWN]]
            if len(self.found) > MAX_SHOWN:
                lines.append(self.tr("另有 %n 张报表也要了其中的数据。", "", len(self.found) - MAX_SHOWN))
            self.summary.setText("".join(f"<p style='margin: 0 0 4px 0'>{line}</p>" for line in lines))
            first = self.found[0]
            english = QLocale().language() == QLocale.Language.English
            names = list((first.shared_names_en if english else first.shared_names)[:MAX_FIELD_NAMES])
            shown = self.tr("、").join(escape(n) for n in names)
            if len(first.shared_names) > MAX_FIELD_NAMES:
                shown += self.tr("等")
            label = self.tr("与%1相同的字段：%2").replace("%1", escape(first.department_short))
            self.fields_label.setText(label.replace("%2", shown) if shown else "")
            self.fields_label.setVisible(bool(shown))
        else:
            self.summary.setText(self.tr("没有发现其他报表索要相同的数据。"))
            self.fields_label.hide()
        self._show_ledger(held, total)
        self.show()

    def _show_ledger(self, held: int, total: int) -> None:
        if total == 0:
            self.ledger_label.setText(self.tr("这张报表的列还没有对应到指标库字段。"))
            self.ledger_bar.hide()
            return
        text = self.tr("台账已有本表 %1 项中 %2 项的数据。") if held else self.tr("台账中还没有本表的数据。")
        self.ledger_label.setText(text.replace("%1", str(total)).replace("%2", str(held)))
        self.ledger_bar.setRange(0, total)
        self.ledger_bar.setValue(held)
        self.ledger_bar.setVisible(held > 0)

    def _sentence(self, overlap: Overlap, today: date) -> str:
        when = overlap.received[:10]
        if when[:4] == str(today.year):
            when = when[5:]
        if overlap.same_template:
            text = self.tr("%1 在 %2 下发过同一张模板《%3》。")
        elif overlap.duplicate and overlap.earlier:
            text = self.tr("%1 在 %2 已要过几乎相同的报表《%3》：本表 %4 项中有 %5 项相同。")
        elif overlap.earlier:
            text = self.tr("%1 在 %2 的报表《%3》已要过本表 %4 项中的 %5 项。")
        else:
            text = self.tr("%1 在 %2 又下发了《%3》，其中有本表 %4 项中的 %5 项。")
        if overlap.same_doc_no:  # the note goes before the sentence's full stop
            end = text[-1:] if text[-1:] in ("。", ".") else ""
            text = text[: len(text) - len(end)] + self.tr("（文号相同）") + end
        strong = overlap.duplicate or overlap.same_template
        name = escape(overlap.department_short)
        department = f"<b>{name}</b>" if strong else name
        values = {
            "%1": department,
            "%2": escape(when),
            "%3": escape(overlap.other_title),
            "%4": str(overlap.fields),
            "%5": str(len(overlap.shared)),
        }
        return re.sub(r"%\d", lambda m: values.get(m[0], m[0]), text)  # one pass: titles may hold "%"
