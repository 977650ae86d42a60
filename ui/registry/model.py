"""QAbstractTableModel over the registry: pages fetched lazily, sorted and filtered in SQLite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPixmap

from desktop.forms.overlaps import BADGE_DUPLICATE, BADGE_SAME_DOC_NO, BADGE_SIMILAR, OverlapService
from desktop.records import Item, ItemFilter
from desktop.registry import vocab as terms
from desktop.registry.service import RegistryService, deadline_state
from ui.forms.overlap_panel import badge_text
from ui.texts import kind_label, vocab

PAGE_SIZE = 200
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # 重复 / 同文号 / 相似 (untranslated) or None
BADGE_COLORS = {BADGE_DUPLICATE: "#c0392b", BADGE_SAME_DOC_NO: "#d35400", BADGE_SIMILAR: "#7f8c8d"}

# Roles answered from the deadline state (views ask for many others: those return None at once).
DEADLINE_ROLES = frozenset({DEADLINE_ROLE, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole})
OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#8b1a1a")
SOON_BACKGROUND = QColor("#ffe8b3")

# (sort key, header); headers are translated in headerData().
COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("RegistryTableModel", "类别")),
    ("title", QT_TRANSLATE_NOOP("RegistryTableModel", "标题")),
    ("department", QT_TRANSLATE_NOOP("RegistryTableModel", "来文单位")),
    ("doc_no", QT_TRANSLATE_NOOP("RegistryTableModel", "文号")),
    ("received", QT_TRANSLATE_NOOP("RegistryTableModel", "收文日期")),
    ("due", QT_TRANSLATE_NOOP("RegistryTableModel", "办理时限")),
    ("urgency", QT_TRANSLATE_NOOP("RegistryTableModel", "紧急程度")),
    ("status", QT_TRANSLATE_NOOP("RegistryTableModel", "状态")),
    ("assignee", QT_TRANSLATE_NOOP("RegistryTableModel", "承办人")),
)


def vocabulary_columns() -> dict[int, list[str]]:
    """Columns holding short words from a fixed list, with every word they may show (translated)."""
    words = {
        "kind": [kind_label(k) for k in terms.KINDS],
        "urgency": [vocab(u) for u in terms.URGENCIES],
        "status": [vocab(s) for s in terms.STATUSES],
        "assignee": ["王建国王"],  # names: up to four characters
    }
    return {column: words[key] for column, (key, _head) in enumerate(COLUMNS) if key in words}


def _cell(item: Item, key: str) -> str:
    if key == "kind":
        return kind_label(item.kind)
    if key in ("urgency", "status"):
        return vocab(getattr(item, key))
    if key == "department":
        return item.department_short or item.department
    if key == "due":
        return (item.due or "").replace("T", " ")
    return str(getattr(item, key) or "")


BadgeReader = Callable[[list[int], Callable[[dict[int, str]], None]], None]
"""read(form ids, done): hands done() the duplicate-request badges of those forms, at once or later."""
PageReader = Callable[[ItemFilter, str, bool, int, Callable[[list[Item]], None]], None]
"""read(filter, sort key, descending, offset, done): hands done() the page of items from `offset`, later."""


class RegistryTableModel(QAbstractTableModel):
    def __init__(
        self,
        registry: RegistryService,
        parent=None,
        overlaps: OverlapService | None = None,
        badge_reader: BadgeReader | None = None,
        page_reader: PageReader | None = None,
    ) -> None:
        """`badge_reader` reads the badges elsewhere (off the UI thread on a big office); without it
        they are read from `overlaps` with each page. `page_reader` reads the next page ahead, off the UI
        thread, so that scrolling to it finds it ready."""
        super().__init__(parent)
        self.registry = registry
        self.overlaps = overlaps
        self.badge_reader = badge_reader
        self.page_reader = page_reader
        self._rows = 0  # counts reloads: a page read ahead for an earlier filter, sort or data is dropped
        self._ahead: tuple[tuple[int, int], list[Item]] | None = None  # ((reload, offset), page)
        self._badges: dict[int, str] = {}  # duplicate-request badges of the forms read so far
        self._asked: set[int] = set()  # forms whose badge was read (or is being read) since the last change
        self._badge_pixmaps: dict[str, QPixmap] = {}
        self.filter = ItemFilter()
        self.sort_key = "due"
        self.descending = False
        self._items: list[Item] = []
        self._total = 0
        self._now = datetime.now()
        self._loaded = False  # nothing is read before the first filter is set
        self._generation = 0  # badges read before the data last changed are dropped

    # --- loading ---------------------------------------------------------
    def set_filter(self, flt: ItemFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, sort or data change)."""
        self._loaded = True
        self._rows += 1
        self._ahead = None
        self.beginResetModel()
        self._now = self.registry.clock()
        self._total = self.registry.count(self.filter)
        self._items = self.registry.list(self.filter, self.sort_key, self.descending, PAGE_SIZE, 0)
        self.endResetModel()
        self._read_badges(self._items)
        self._read_ahead()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._items) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == (self._rows, len(self._items)):
            page = ahead[1]
        else:
            page = self.registry.list(
                self.filter, self.sort_key, self.descending, PAGE_SIZE, len(self._items)
            )
        if not page:
            self._total = len(self._items)
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(page) - 1)
        self._items.extend(page)
        self.endInsertRows()
        self._read_badges(page)
        self._read_ahead()

    def _read_ahead(self) -> None:
        if self.page_reader is None or len(self._items) >= self._total:
            return
        key = (self._rows, len(self._items))

        def keep(page: list[Item]) -> None:
            if key == (self._rows, len(self._items)):
                self._ahead = (key, page)

        self.page_reader(self.filter, self.sort_key, self.descending, key[1], keep)

    def total(self) -> int:
        return self._total

    def forget_badges(self) -> None:
        """After a change to the data: badges are read again (a filter, sort or scroll reuses them)."""
        self._generation += 1
        self._badges = {}
        self._asked = set()

    def _read_badges(self, items: list[Item]) -> None:
        forms = [i.id for i in items if i.kind == "form" and i.id is not None and i.id not in self._asked]
        if not forms:
            return
        self._asked.update(forms)
        if self.badge_reader is not None:
            generation = self._generation
            self.badge_reader(forms, lambda badges: self._add_badges(badges, generation))
        elif self.overlaps is not None:
            self._add_badges(self.overlaps.duplicate_badges(forms), self._generation)

    def _add_badges(self, badges: dict[int, str], generation: int) -> None:
        if generation != self._generation or not badges:
            return
        self._badges.update(badges)
        rows = [row for row, item in enumerate(self._items) if item.id in badges]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def _badge_pixmap(self, badge: str) -> QPixmap:
        """A small rounded tag with the badge's text, drawn once per badge."""
        if badge not in self._badge_pixmaps:
            text = badge_text(badge)
            metrics = QFontMetrics(QCoreApplication.instance().font())
            pixmap = QPixmap(metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_COLORS.get(badge, "#7f8c8d")))
            painter.drawRoundedRect(pixmap.rect(), 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            self._badge_pixmaps[badge] = pixmap
        return self._badge_pixmaps[badge]

    # --- Qt model API ----------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegistryTableModel", COLUMNS[section][1])
        return None

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == BADGE_ROLE:
            return self._badges.get(item.id)
        if role == Qt.ItemDataRole.DecorationRole and key == "title" and item.id in self._badges:
            return self._badge_pixmap(self._badges[item.id])
        if role not in DEADLINE_ROLES:
            return None
        state = deadline_state(item, self._now)
        if role == DEADLINE_ROLE:
            return state
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "overdue":
                return QBrush(OVERDUE_BACKGROUND)
            if state == "soon":
                return QBrush(SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and state == "overdue":
            return QBrush(OVERDUE_TEXT)
        return None

    def _tooltip(self, item: Item) -> str:
        state = deadline_state(item, self._now)
        lines = [item.title, item.department]
        if state == "overdue":
            lines.append(self.tr("已逾期"))
        elif state == "soon":
            lines.append(self.tr("2 个工作日内到期"))
        badge = self._badges.get(item.id)
        if badge == BADGE_DUPLICATE:
            lines.append(self.tr("与更早的报表索要的数据几乎相同，详见右侧"))
        elif badge == BADGE_SAME_DOC_NO:
            lines.append(self.tr("与更早登记的报表文号相同，详见右侧"))
        elif badge == BADGE_SIMILAR:
            lines.append(self.tr("与更早的报表索要的数据有一半以上相同，详见右侧"))
        if item.notes:
            lines.append(item.notes)
        return "\n".join(lines)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # the view sorts while it is being built: the first filter reads the rows
            self.reload()
