"""What the 报送周期 page shows: the list of cycles (with a ready / blocked badge) and the checklist rows.

Row texts are built here from the plain results of desktop.cycles.service (Checklist, CycleSummary), so the view
only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.cycles.checklist import Checklist, CycleSummary, TaskCheck
from desktop.cycles.keys import KIND_LABELS, Cycle, display_title
from desktop.registry.vocab import OPEN_STATUSES
from ui.cycles.package_files import human_size, short_hash
from ui.intake.labels import entity_label
from ui.texts import vocab
from ui.widgets.rows_model import RowsModel

CONTEXT = "cycles"
Index = QModelIndex | QPersistentModelIndex
RED = "#b42318"
PERIODIC_REPORTS = ("日报", "周报", "月报")  # a one-off (一次性) report is the task's own result
GREY = "#6b7280"
TONES = {  # badge: (background, text)
    "good": ("#def7e5", "#1e6b2f"),
    "warn": ("#fff4e0", "#8a4b00"),
    "plain": ("#eef0f3", "#4b5563"),
}
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
TONE_ROLE = Qt.ItemDataRole.UserRole + 2
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 3
KEY_ROLE = Qt.ItemDataRole.UserRole + 4

_T = {
    "current": QT_TRANSLATE_NOOP("cycles", "本期"),
    "counts": QT_TRANSLATE_NOOP("cycles", "报表 %1 · 任务 %2 · 会议 %3"),
    "built": QT_TRANSLATE_NOOP("cycles", "已生成第 %1 版"),
    "issues": QT_TRANSLATE_NOOP("cycles", "%1 个问题"),
    "ready": QT_TRANSLATE_NOOP("cycles", "可以报送"),
    "empty": QT_TRANSLATE_NOOP("cycles", "无报表"),
    "submitted": QT_TRANSLATE_NOOP("cycles", "已报送 v%1 · %2"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def cycle_title(cycle: Cycle) -> str:
    """2026年11月 / November 2026 / a named cycle's own name."""
    return display_title(cycle, QCoreApplication.translate)


def kind_label(cycle: Cycle) -> str:
    return tr(KIND_LABELS.get(cycle.kind, cycle.kind))


def day(stamp: str | None) -> str:
    return (stamp or "")[:10]


def minute(stamp: str | None) -> str:
    return (stamp or "")[:16].replace("T", " ")


# --- the list of cycles ------------------------------------------------------------------
@dataclass(frozen=True)
class CycleEntry:
    key: str
    name: str  # the cycle's own title
    title: str  # the name with (本期) / (专项)
    subtitle: str
    badge: str
    tone: str  # good / warn / plain


def cycle_entry(summary: CycleSummary, current_key: str) -> CycleEntry:
    cycle = summary.cycle
    name = title = cycle_title(cycle)
    if cycle.key == current_key:
        title += f"（{tr(_T['current'])}）"
    elif cycle.kind == "named":
        title += f"（{kind_label(cycle)}）"
    counts = (
        tr(_T["counts"])
        .replace("%1", str(summary.forms))
        .replace("%2", str(summary.tasks))
        .replace("%3", str(summary.meetings))
    )
    if summary.latest_version:
        counts += " · " + tr(_T["built"]).replace("%1", str(summary.latest_version))
    if summary.submitted:
        badge = tr(_T["submitted"]).replace("%1", str(summary.submitted.version))
        badge, tone = badge.replace("%2", day(summary.submitted.at)), "good"
    elif summary.forms == 0:
        badge, tone = tr(_T["empty"]), "plain"
    elif summary.blockers:
        badge, tone = tr(_T["issues"]).replace("%1", str(summary.blockers)), "warn"
    else:
        badge, tone = tr(_T["ready"]), "good"
    return CycleEntry(cycle.key, name, title, counts, badge, tone)


def ordered(summaries: list[CycleSummary], current_key: str) -> list[CycleSummary]:
    """The current cycle first, then the others as the service orders them (newest first)."""
    first = [s for s in summaries if s.cycle.key == current_key]
    return first + [s for s in summaries if s.cycle.key != current_key]


class CycleListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[CycleEntry] = []

    def set_entries(self, entries: list[CycleEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def key_at(self, row: int) -> str | None:
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def row_of(self, key: str | None) -> int:
        return next((i for i, e in enumerate(self.entries) if e.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title}\n{entry.subtitle}\n{entry.badge}"
        return {
            SUBTITLE_ROLE: entry.subtitle,
            BADGE_ROLE: entry.badge,
            TONE_ROLE: entry.tone,
            KEY_ROLE: entry.key,
        }.get(role)


class CycleDelegate(QStyledItemDelegate):
    """Two lines per cycle: the title with a coloured badge on the right, the counts underneath."""

    PAD = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(0, 2 * line + 2 * self.PAD + 6)  # as wide as the list: the text is elided to fit

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect
        painter.fillRect(rect, QColor("#1a56db") if selected else QColor("white"))
        painter.setPen(QColor("#e5e7eb"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line = option.fontMetrics.height()

        badge = index.data(BADGE_ROLE) or ""
        background, ink = TONES.get(index.data(TONE_ROLE), TONES["plain"])
        badge_font = QFont(option.font)
        badge_font.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(badge_font)
        badge_width = painter.fontMetrics().horizontalAdvance(badge) + 14
        badge_rect = QRect(inner.right() - badge_width, inner.top(), badge_width, line + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(background)))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(badge_rect, 8, 8)
        painter.setPen(QColor(ink))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("white") if selected else QColor("#111827"))
        title_rect = QRect(inner.left(), inner.top(), inner.width() - badge_width - 6, line + 2)
        title = painter.fontMetrics().elidedText(
            index.data() or "", Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)

        painter.setFont(option.font)
        painter.setPen(QColor("#dbe4ff") if selected else QColor(GREY))
        sub_rect = QRect(inner.left(), inner.top() + line + 6, inner.width(), line)
        subtitle = painter.fontMetrics().elidedText(
            index.data(SUBTITLE_ROLE) or "", Qt.TextElideMode.ElideRight, sub_rect.width()
        )
        painter.drawText(sub_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, subtitle)
        painter.restore()


# --- checklist tables --------------------------------------------------------------------
class CheckModel(RowsModel):
    """RowsModel whose rows may also have a text colour (overdue in red) and a tooltip per row."""

    def __init__(self, headers, parent=None) -> None:
        super().__init__(headers, parent)
        self.colours: list[str | None] = []
        self.tips: list[str] = []

    def set_check_rows(self, rows, keys, colours, tips=None) -> None:
        self.colours = list(colours)
        self.tips = list(tips) if tips is not None else [""] * len(colours)
        self.set_rows(rows, keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.colours[index.row()]:
            return QBrush(QColor(self.colours[index.row()]))
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and self.tips[index.row()]:
            return self.tips[index.row()]
        return super().data(index, role)


def form_headers() -> list[str]:
    return [
        QCoreApplication.translate("cycles", "报表"),
        QCoreApplication.translate("cycles", "部门"),
        QCoreApplication.translate("cycles", "截止"),
        QCoreApplication.translate("cycles", "状态"),
        QCoreApplication.translate("cycles", "对象"),
        QCoreApplication.translate("cycles", "行数"),
        QCoreApplication.translate("cycles", "缺数据"),
        QCoreApplication.translate("cycles", "按台账填写"),
        QCoreApplication.translate("cycles", "归入"),
    ]


def task_headers() -> list[str]:
    return [
        QCoreApplication.translate("cycles", "任务"),
        QCoreApplication.translate("cycles", "部门"),
        QCoreApplication.translate("cycles", "截止"),
        QCoreApplication.translate("cycles", "状态"),
        QCoreApplication.translate("cycles", "进度报告"),
        QCoreApplication.translate("cycles", "是否逾期"),
        QCoreApplication.translate("cycles", "归入"),
    ]


def meeting_headers() -> list[str]:
    return [
        QCoreApplication.translate("cycles", "会议"),
        QCoreApplication.translate("cycles", "部门"),
        QCoreApplication.translate("cycles", "时间"),
        QCoreApplication.translate("cycles", "地点"),
        QCoreApplication.translate("cycles", "状态"),
        QCoreApplication.translate("cycles", "是否已召开"),
        QCoreApplication.translate("cycles", "归入"),
    ]


def history_headers() -> list[str]:
    return [
        QCoreApplication.translate("cycles", "版本"),
        QCoreApplication.translate("cycles", "生成时间"),
        QCoreApplication.translate("cycles", "报表"),
        QCoreApplication.translate("cycles", "行数"),
        QCoreApplication.translate("cycles", "大小"),
        QCoreApplication.translate("cycles", "指纹"),
        QCoreApplication.translate("cycles", "文件"),
    ]


def _placed(by_hand: bool) -> str:
    return (
        QCoreApplication.translate("cycles", "手动")
        if by_hand
        else QCoreApplication.translate("cycles", "按截止日期")
    )


def fill_forms(model: CheckModel, checklist: Checklist) -> None:
    rows, colours, tips = [], [], []
    for f in checklist.forms:
        fillable = (
            QCoreApplication.translate("cycles", "可以")
            if f.fillable
            else QCoreApplication.translate("cycles", "未导入模板")
        )
        rows.append(
            [
                f.title,
                f.department,
                day(f.due),
                vocab(f.status),
                entity_label(f.entity) if f.entity else "—",
                f.rows if f.fillable else "—",
                f.missing_cells if f.fillable else "—",
                fillable,
                _placed(f.assigned_by_hand),
            ]
        )
        colours.append(RED if f.overdue else None)
        tips.append(f.title + ("\n" + QCoreApplication.translate("cycles", "已逾期") if f.overdue else ""))
    model.set_check_rows(rows, [f.item_id for f in checklist.forms], colours, tips)


def progress_text(task: TaskCheck) -> str:
    """周报 · 已报 3 次（最近 2026-11-20）; 不需要 when no progress reports are asked for."""
    demand = (
        vocab(task.report_demand) if task.report_demand else QCoreApplication.translate("cycles", "不需要")
    )
    count = task.progress_reports
    if count:
        demand += " · " + QCoreApplication.translate("cycles", "已报 %1 次").replace("%1", str(count))
        if task.last_report_on:
            demand += QCoreApplication.translate("cycles", "（最近 %1）").replace(
                "%1", day(task.last_report_on)
            )
    elif task.report_demand in PERIODIC_REPORTS and task.status in OPEN_STATUSES:
        demand += " · " + QCoreApplication.translate("cycles", "还没有报过")
    return demand


def fill_tasks(model: CheckModel, checklist: Checklist) -> None:
    rows, colours, tips = [], [], []
    for t in checklist.tasks:
        rows.append(
            [
                t.title,
                t.department,
                day(t.due),
                vocab(t.status),
                progress_text(t),
                QCoreApplication.translate("cycles", "已逾期") if t.overdue else "",
                _placed(t.assigned_by_hand),
            ]
        )
        colours.append(RED if t.overdue else None)
        tips.append(t.title + (f"\n{day(t.last_report_on)}：{t.last_report}" if t.last_report else ""))
    model.set_check_rows(rows, [t.item_id for t in checklist.tasks], colours, tips)


def fill_meetings(model: CheckModel, checklist: Checklist) -> None:
    rows, colours = [], []
    for m in checklist.meetings:
        rows.append(
            [
                m.title,
                m.department,
                minute(m.start),
                m.place,
                vocab(m.status),
                QCoreApplication.translate("cycles", "已召开")
                if m.held
                else QCoreApplication.translate("cycles", "未召开"),
                _placed(m.assigned_by_hand),
            ]
        )
        colours.append(None if m.held else GREY)
    model.set_check_rows(rows, [m.item_id for m in checklist.meetings], colours)


def fill_history(model: CheckModel, records: list) -> None:
    """`records`: built versions (PackageRecord-like: version, built_at, forms, rows, size, sha256, path)."""
    rows, colours = [], []
    for r in records:
        present = Path(r.path).is_file()
        rows.append(
            [
                QCoreApplication.translate("cycles", "第 %1 版").replace("%1", str(r.version)),
                minute(r.built_at),
                r.forms,
                r.rows,
                human_size(r.size),
                short_hash(r.fingerprint),
                r.path
                if present
                else QCoreApplication.translate("cycles", "文件已不在：%1").replace("%1", r.path),
            ]
        )
        colours.append(None if present else GREY)
    model.set_check_rows(rows, [r.path for r in records], colours)
