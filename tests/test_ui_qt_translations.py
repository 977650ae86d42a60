"""Qt's own dialogs speak the interface language (issue 11, item 12): a file dialog says 查找范围, not "Look in:"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QLabel

from ui.app import install_translations


@pytest.fixture
def chinese(qapp):
    before = QLocale()
    translators = install_translations(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_file_dialog_speaks_chinese_in_the_chinese_interface(qtbot, chinese):
    dialog = QFileDialog(None, "选择模板")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    # Qt 6.10+ labels them "&Look in:" / "Files of &type:" (QtAccelerators puts the key back: 查找范围(&L)：);
    # Qt 6.9 (the PySide6 of the Debian 11 build) has no key on them: "Look in:" → 查找范围：.
    assert {"查找范围(&L)：", "查找范围："} & set(labels) and {"文件类型(&T)：", "文件类型："} & set(labels), labels
    # No English word is left on a label; the shortcut key stays, written the Chinese way: (&L).
    assert not [t for t in labels if re.search(r"[A-Za-z]{2,}", t)], labels
