"""The cycle chooser of the county's tabs (齐全情况, 减负统计): refilled from a list of cycle keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from desktop.errors import UserFacingError
from desktop.office import Office
from ui.cycles.model import cycle_title


def refill_cycles(box: QComboBox, keys: Sequence[str], office: Office) -> None:
    """Each key under its title (the key itself when it is not a cycle this office can name), the cycle
    chosen before kept when it is still there."""
    keep = box.currentData()
    box.clear()
    for key in keys:
        try:
            title = cycle_title(office.cycles.parse(key))
        except UserFacingError:
            title = key
        box.addItem(title, key)
    if keep in keys:
        box.setCurrentIndex(list(keys).index(keep))
