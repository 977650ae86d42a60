"""A file given on the command line (`yibiao FILE`, `yibiao open FILE`: a double-clicked `.yibiao`), or
forwarded by a second start to the window already open on the office (ui/single_instance.py).

What happens depends on what the file is and where it is opened — and nothing is imported without the
clerk saying so:

- at a township, the county's configuration package: the 同步 page shows it and the clerk is asked whether
  to import it (the page's own import, with its progress and result);
- at a township, a submission package: it is verified as `yibiao package verify` does and the result said;
- at the county, a township's submission package: the 同步 page's 导入报送包 tab shows it with what an import
  would do, and the clerk is asked (a key not yet confirmed is compared on that tab first);
- anything else: one message naming the file and what the program opens.

While the program lock is up the file waits: nothing shows over the lock dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.packages.checked import check_package_file
from desktop.trust.signers import signer_check
from ui.county import services
from ui.county.package_rows import field, office_text, reason_text
from ui.county.statuses import IMPORTABLE, UNTRUSTED, status_text
from ui.texts import error_text

COUNTY = "县级"
CONFIG = "config"
LOCKED_RETRY_MS = 300
READ_WAIT_MS = 15_000

Ask = Callable[[QWidget, str, str], bool]
Tell = Callable[[QWidget, str, str, bool], None]


def ask(parent: QWidget, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str, problem: bool) -> None:
    (QMessageBox.warning if problem else QMessageBox.information)(parent, title, text)


def connect_file_opening(window: QWidget, instance: Any, path: str | None) -> None:
    """After the window is shown: open `path` (if given) and every file a second start forwards."""
    if instance is not None:
        instance.open_requested.connect(lambda forwarded: open_file(window, Path(forwarded)))
    if path:
        QTimer.singleShot(0, window, lambda: open_file(window, Path(path)))


def locked(window: QWidget) -> bool:
    idle = getattr(window, "idle_lock", None)
    return idle is not None and idle.dialog is not None


def open_file(
    window: QWidget, path: Path, asker: Ask | None = None, teller: Tell | None = None
) -> FileOpener | None:
    """Open `path` in `window` (a MainWindow); after the program lock is lifted when it is up."""
    if locked(window):
        QTimer.singleShot(LOCKED_RETRY_MS, window, lambda: open_file(window, path, asker, teller))
        return None
    opener = FileOpener(window, path, asker, teller)
    opener.run()
    return opener


class FileOpener(QObject):
    """One file's opening: what it is, then the page and the question for it."""

    def __init__(self, window: Any, path: Path, asker: Ask | None = None, teller: Tell | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.office = window.state.office
        self.path = Path(path).expanduser().absolute()
        self.ask, self.tell = asker or ask, teller or tell  # message boxes unless a test answers
        self.outcome = (
            ""  # what came of it (tests): shown, refused, verified, not-verified, asked, declined …
        )

    @property
    def title(self) -> str:
        return self.tr("打开文件 %1").replace("%1", self.path.name)

    def run(self) -> None:
        if not self.path.is_file():
            self._say(self.tr("找不到文件“%1”。").replace("%1", str(self.path)), "missing", True)
            return
        from desktop.packages.found import packages_in

        found = packages_in([self.path])[0]
        if found.problem is not None:
            self._say(
                self.tr(
                    "一表通打不开“%1”：%2\n\n一表通能打开的文件是数据包（.yibiao）：乡镇的报送包和县里的配置包。"
                )
                .replace("%1", self.path.name)
                .replace("%2", reason_text(found.problem)),
                "unknown",
                True,
            )
            return
        profile = self.office.profile.get()
        at_county = profile is not None and profile.office_type == COUNTY
        if at_county:
            self._at_county(found)
        elif found.kind == CONFIG:
            self._config_at_township(found)
        else:
            self._verify()

    # --- a township ---------------------------------------------------------------------------
    def _config_at_township(self, found: Any) -> None:
        sync = self.window.go_to("sync")
        sync.show_place(str(self.path))
        signer = found.signer.fingerprint if found.signer is not None else self.tr("无签名")
        text = (
            self.tr(
                "“%1”是%2的配置包（第 %3 版，签名密钥指纹 %4）。\n\n导入县里的配置？报表目录、截止日期、指标库和县里的公钥会更新到本单位。"
            )
            .replace("%1", self.path.name)
            .replace("%2", found.office_name or found.office_code)
            .replace("%3", str(found.version))
            .replace("%4", signer)
        )
        if self.office.read_only or not self.ask(self.window, self.tr("导入县里的配置"), text):
            self.outcome = "declined"
            return
        self.outcome = "asked"
        panel = sync.township
        wait_until(
            self,
            lambda: panel.place == str(self.path) and panel.selected() is not None,
            lambda: self._import_config(panel),
            lambda: self._say(
                self.tr("没有读到“%1”，未导入。").replace("%1", str(self.path)), "timeout", True
            ),
        )

    def _import_config(self, panel: Any) -> None:
        self.outcome = "imported" if panel.import_selected() is not None else "not-imported"

    def _verify(self) -> None:
        checked = check_package_file(self.path, lambda: signer_check(self.office))
        manifest = checked.manifest
        what = (
            self.tr("%1 报送周期 %2 第 %3 版")
            .replace("%1", office_text(manifest) or self.tr("（未知单位）"))
            .replace("%2", str(manifest.get("cycle", "")))
            .replace("%3", str(manifest.get("version", "")))
        )
        if checked.ok:
            text = (
                self.tr("“%1”校验通过：%2。签名、清单和每个文件的 SHA-256 都一致；签名密钥指纹 %3。")
                .replace("%1", self.path.name)
                .replace("%2", what)
                .replace("%3", checked.signer_fingerprint or "")
            )
            self._say(text, "verified", False)
        else:
            text = (
                self.tr("“%1”校验未通过：%2")
                .replace("%1", self.path.name)
                .replace("%2", error_text(checked.problems[0]))
            )
            self._say(text, "not-verified", True)

    # --- the county ---------------------------------------------------------------------------
    def _at_county(self, found: Any) -> None:
        outcome = services.scan(self.office, [self.path])[0]  # one file: quick enough to read here
        sync = self.window.go_to("sync")
        sync.show_place(str(self.path))
        sync.county.setCurrentWidget(sync.county.imports)
        status = field(outcome, "status")
        who = office_text(outcome) or self.path.name
        if status in IMPORTABLE and not self.office.read_only:
            text = (
                self.tr("“%1”是%2报送周期 %3 第 %4 版的报送包（%5）。\n\n导入这个报送包？")
                .replace("%1", self.path.name)
                .replace("%2", who)
                .replace("%3", str(field(outcome, "cycle", "")))
                .replace("%4", str(field(outcome, "version", "")))
                .replace("%5", status_text(status))
            )
            if not self.ask(self.window, self.tr("导入报送包"), text):
                self.outcome = "declined"
                return
            self.outcome = (
                "imported" if sync.county.imports.import_packages([str(self.path)]) else "not-imported"
            )
            return
        reason = reason_text(field(outcome, "reason", None))
        if status == UNTRUSTED:
            text = self.tr(
                "“%1”来自%2，它的签名密钥还没有核对（指纹 %3）。请在“同步”页选中它，点“核对密钥并信任…”，"
                "与该乡镇报表封面上的“本单位密钥指纹”核对后再导入。"
            )
            text = text.replace("%1", self.path.name).replace("%2", who)
            self._say(text.replace("%3", str(field(outcome, "fingerprint", ""))), "untrusted", False)
            return
        text = (
            self.tr("“%1”（%2）：%3。%4")
            .replace("%1", self.path.name)
            .replace("%2", who)
            .replace("%3", status_text(status))
            .replace("%4", reason)
        )
        self._say(text, str(status), status == "refused")

    def _say(self, text: str, outcome: str, problem: bool) -> None:
        self.outcome = outcome
        self.tell(self.window, self.title, text, problem)


def wait_until(
    owner: QObject, ready: Callable[[], bool], then: Callable[[], None], gave_up: Callable[[], None]
) -> None:
    """`then()` once `ready()` holds (a page's background read has arrived), checked every 50 ms;
    `gave_up()` after READ_WAIT_MS."""
    timer = QTimer(owner)
    timer.setInterval(50)
    left = [READ_WAIT_MS // 50]

    def check() -> None:
        left[0] -= 1
        if ready():
            timer.stop()
            timer.deleteLater()
            then()
        elif left[0] <= 0:
            timer.stop()
            timer.deleteLater()
            gave_up()

    timer.timeout.connect(check)
    timer.start()
