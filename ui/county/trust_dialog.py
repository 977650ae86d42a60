"""The trust-on-first-use question, asked plainly: does this fingerprint match the one printed on the
township's report cover? Only 一致，信任 trusts; 否, Esc and closing the box change nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.widgets.dialogs import ask_yes_no


def confirm_fingerprint(parent: QWidget | None, township: str, fingerprint: str, old: str = "") -> bool:
    """True when the clerk says the fingerprint matches the report cover. `old`: the key it would replace."""
    question = (
        QCoreApplication.translate("TrustDialog", "%1 的报送包用这把密钥签名。").replace("%1", township)
        + "\n\n"
        + QCoreApplication.translate("TrustDialog", "请核对乡镇报告封面上印的密钥指纹：")
        + "\n\n"
        + fingerprint
        + "\n\n"
        + QCoreApplication.translate("TrustDialog", "是否一致？不一致时请不要信任，先打电话向乡镇核实。")
    )
    if old:
        question += "\n\n" + QCoreApplication.translate(
            "TrustDialog", "注意：这个乡镇已登记的密钥是 %1。确认后新密钥取代旧密钥（例如乡镇换了电脑）。"
        ).replace("%1", old)
    return ask_yes_no(
        parent,
        QCoreApplication.translate("TrustDialog", "核对乡镇密钥"),
        question,
        yes_text=QCoreApplication.translate("TrustDialog", "一致，信任"),
        no_text=QCoreApplication.translate("TrustDialog", "不一致或没核对"),
        warning=bool(old),
    )
