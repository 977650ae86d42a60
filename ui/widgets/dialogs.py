"""The buttons every small dialog has: Save/Cancel under a form, and the yes/no question box.

The button texts are translated here (是 / 否, 保存 / 取消), so a dialog never shows Qt's English "Yes" or
"Save" in the Chinese interface, and each dialog keeps only what is its own: the question and its title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

CONTEXT = "dialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def save_cancel_buttons(
    dialog: QDialog, on_save: Callable[[], object] | None = None, save_text: str | None = None
) -> QDialogButtonBox:
    """保存 / 取消 buttons: Save calls `on_save` (the dialog's own check and save; accept() when None),
    Cancel rejects. `save_text` renames Save (e.g. 移过去). The caller adds the box to its layout."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or _tr("保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
    buttons.accepted.connect(on_save or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_yes_no(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes_text: str | None = None,
    no_text: str | None = None,
    default_yes: bool = False,
    warning: bool = False,
) -> bool:
    """Ask a yes/no question; True when the clerk answers yes. Esc and closing the box answer no.
    `warning` shows the warning icon (for what cannot be undone); the default button is 否 unless
    `default_yes`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text or _tr("是"))
    box.button(QMessageBox.StandardButton.No).setText(no_text or _tr("否"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
