"""The open office shared by all widgets, and the one signal they refresh from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.office import Office


class AppState(QObject):
    """Holds the Office; every write goes through `changed.emit()` so all views refresh."""

    changed = Signal()

    def __init__(self, office: Office) -> None:
        super().__init__()
        self.office = office

    def notify(self) -> None:
        self.changed.emit()
