"""The open office shared by all widgets, and the one signal they refresh from.

Pages refresh lazily: a page registers its refresh with `AppState.watch`. After a change, the page on
screen refreshes at once; a page that a window (the `page_host`) keeps out of sight is only marked stale
and refreshes when it is shown again, so an edit costs one page's refresh, not every page's.

Reads that take long on a big office (the cycle checklists, the ledger's figures, duplicate-request
badges, 今日) go through `AppState.read`: on a big office they run on the worker thread with an Office of
their own and their result comes back by signal; on a small one they run at once, which keeps the
window's behaviour step by step the same (and its tests simple).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.office import Office
from desktop.tasks import run_with_office

# A background read starts this long after it is asked for: the page repaints first. Python threads share
# one interpreter lock, so a read running while the main thread paints would slow the painting down.
READ_DELAY_MS = 150


class PageHost(Protocol):
    def hides(self, widget: QWidget) -> bool:
        """True while `widget` sits on a page the host does not show."""
        ...


class PageRefresh(QObject):
    """A page's refresh: run now, or — while its host hides it — when the page is next shown.

    A child of the page, so the connection to `AppState.changed` goes away with the page.
    """

    def __init__(self, state: AppState, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.state = state
        self.page = page
        self.refresh = refresh
        self.stale = False
        self.count = 0  # refreshes run so far (tests)
        state.changed.connect(self.changed)
        self.changed()

    def changed(self) -> None:
        host = self.state.page_host
        if host is not None and host.hides(self.page):
            self.stale = True
        else:
            self.run()

    def ensure(self) -> None:
        """Refresh now when a change came while the page was hidden (the page is shown, or read)."""
        if self.stale:
            self.run()

    def run(self) -> None:
        self.stale = False
        self.count += 1
        self.refresh()


def ensure_fresh(page: QWidget) -> None:
    """Run the page's pending refresh now, before reading what it shows (it may be hidden and stale)."""
    refresher = page.findChild(PageRefresh, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if refresher is not None:
        refresher.ensure()


class _Delivery(QObject):
    """Hands a background read's result to its receiver; a child of the receiver's widget, so a result
    arriving after the widget is gone goes nowhere."""

    def __init__(self, owner: QObject, done: Callable[[Any], None], pending: set) -> None:
        super().__init__(owner)
        self.done = done
        self.pending = pending
        pending.add(self)
        self.destroyed.connect(lambda: pending.discard(self))

    @Slot(object)
    def deliver(self, result: object) -> None:
        self._finish()
        self.done(result)

    @Slot(object)
    def drop(self, _error: object) -> None:  # the page keeps what it showed; the next change reads again
        self._finish()

    def _finish(self) -> None:
        self.pending.discard(self)
        self.deleteLater()


class AppState(QObject):
    """Holds the Office; every write goes through `changed.emit()` so the views refresh."""

    changed = Signal()

    def __init__(self, office: Office, background: bool | None = None) -> None:
        super().__init__()
        self.office = office
        self.page_host: PageHost | None = None  # the window showing one page at a time, when there is one
        self._reads: set[_Delivery] = set()  # background reads asked for and not yet delivered
        if background is None:  # a damaged office opened read-only is read only through its own connection
            background = not office.read_only and office.is_big()
        self.background = background
        """Slow reads run on the worker thread (`read`); decided once, by the office's size."""

    def read(self, owner: QObject, fn: Callable[[Office], Any], done: Callable[[Any], None]) -> None:
        """``done(fn(office))``: at once on a small office; on a big one `fn` runs on the worker thread with
        an Office of its own and `done` runs on the main thread when the result arrives (never after
        `owner` is gone; a failed read leaves the page as it was). Callers drop results a newer read
        has overtaken."""
        if not self.background:
            done(fn(self.office))
            return
        delivery = _Delivery(owner, done, self._reads)

        def start() -> None:
            task = run_with_office(
                self.office.path, lambda office, _p, _c: fn(office), clock=self.office.clock
            )
            task.succeeded.connect(delivery.deliver)
            task.failed.connect(delivery.drop)

        QTimer.singleShot(READ_DELAY_MS, delivery, start)  # not at all when the owner is gone by then

    def reading(self) -> bool:
        """True while background reads are waiting to start, running, or on their way back."""
        return bool(self._reads)

    def notify(self) -> None:
        self.changed.emit()

    def watch(self, page: QWidget, refresh: Callable[[], None]) -> PageRefresh:
        """Call `refresh` now and after every change — or, while the page is hidden, when it is shown."""
        return PageRefresh(self, page, refresh)
