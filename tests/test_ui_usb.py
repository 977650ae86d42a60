"""写入 U 盘: which volumes are offered, a verified copy to a folder posing as a stick, failures and cancel."""

from __future__ import annotations

import errno
import hashlib
import threading
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.packages.drives import FileOps, Volume, removable_volumes
from desktop.tasks import wait_for_all
from tests.test_atomic_copy import FailingOps
from tests.ui_helpers import when_modal
from ui.cycles.usb_copy_dialog import UsbCopyDialog
from ui.widgets.progress_dialog import TaskProgressDialog
from ui.widgets.usb_drives import mounted_volumes, removable_drives

NAME = "511623100000_2026-11_v1.yibiao"
GB = 1024**3


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(5000)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "history" / NAME
    path.parent.mkdir()
    path.write_bytes(bytes(range(256)) * 12_000)  # ~3 MB: several chunks
    return path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    return folder


def fake_drives(*folders: Path):
    return lambda: [
        Volume(str(f), label=f.name, fs_type="vfat", free=14 * GB, total=15 * GB) for f in folders
    ]


def open_dialog(qtbot, package: Path, drives, **kwargs) -> UsbCopyDialog:
    dialog = UsbCopyDialog(package, drives=drives, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer_message(seen: dict) -> None:
    def close(box: QMessageBox) -> None:
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.done(QMessageBox.StandardButton.Ok)

    when_modal(close, attempts=1000, kind=QMessageBox)  # the progress dialog comes and goes first


# --- which volumes are offered ---------------------------------------------------------------
def test_linux_offers_media_mounts_only():
    volumes = [
        Volume("/", device="/dev/sda2", fs_type="ext4", free=GB, total=100 * GB, is_root=True),
        Volume("/home", device="/dev/sda3", fs_type="ext4", free=GB, total=100 * GB),
        Volume("/media/li/KINGSTON", label="KINGSTON", fs_type="vfat", free=GB, total=15 * GB),
        Volume("/run/media/li/SANDISK", label="SANDISK", fs_type="exfat", free=GB, total=30 * GB),
        Volume("/media/li/CDROM", fs_type="iso9660", free=0, total=GB, read_only=True),
        Volume("/media/li/LOCKED", fs_type="vfat", free=GB, total=GB, read_only=True),
        Volume("/mnt/gone", fs_type="vfat", total=GB, ready=False),
        Volume("/snap/core/1", fs_type="squashfs", total=GB, read_only=True),
        Volume("/run/user/1000", fs_type="tmpfs", free=GB, total=GB),
    ]
    offered = [v.root for v in removable_volumes(volumes, platform="linux")]
    assert offered == ["/media/li/KINGSTON", "/run/media/li/SANDISK"]


def test_windows_offers_every_lettered_drive_but_the_system_one():
    volumes = [
        Volume("C:/", device="\\\\?\\Volume{1}\\", fs_type="NTFS", free=GB, total=200 * GB),
        Volume("E:/", label="U盘", device="\\\\?\\Volume{2}\\", fs_type="FAT32", free=GB, total=15 * GB),
        Volume("D:/", label="数据", device="\\\\?\\Volume{3}\\", fs_type="NTFS", free=GB, total=500 * GB),
        Volume("Z:/", device="\\\\server\\share", fs_type="NTFS", free=GB, total=GB),
        Volume("F:/", fs_type="CDFS", total=GB, read_only=True),
    ]
    offered = [v.root for v in removable_volumes(volumes, platform="win32", system_drive="C:")]
    assert offered == ["E:/", "D:/"]  # the FAT32 stick before the NTFS data disk


def test_the_real_listing_never_offers_the_system_volume():
    roots = [v.root for v in mounted_volumes()]
    assert roots  # QStorageInfo sees at least the root
    assert "/" not in [v.root for v in removable_drives()]


# --- the dialog ------------------------------------------------------------------------------
def test_copy_to_a_drive_is_verified_and_says_it_is_safe_to_unplug(qtbot, package, stick):
    dialog = open_dialog(qtbot, package, fake_drives(stick))
    assert dialog.drive_texts() == [f"KINGSTON（{stick}）  可用 14.0 GB，共 15.0 GB"]
    assert dialog.selected_folder() == str(stick)  # the only drive is chosen already
    assert not dialog.empty_label.isVisibleTo(dialog)
    seen: dict = {}
    answer_message(seen)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    copied = stick / NAME
    assert copied.read_bytes() == package.read_bytes()
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    assert seen["title"] == "写入完成"
    assert seen["text"].startswith(f"已写入 U 盘：{copied}")
    # not a real package (no manifest): the file's own hash, named as such
    assert f"校验一致（文件 SHA-256 前 12 位 {digest[:12]}），可以安全弹出 U 盘" in seen["text"]
    assert dialog.result_copy.sha256 == digest
    assert dialog.open_button.isVisibleTo(dialog)
    assert sorted(p.name for p in stick.iterdir()) == [NAME]


def test_drive_pulled_out_mid_write_shows_why_and_leaves_nothing_complete(qtbot, package, stick):
    dialog = open_dialog(qtbot, package, fake_drives(stick), ops=FailingOps(limit=1_500_000, code=errno.EIO))
    seen: dict = {}
    answer_message(seen)
    assert dialog.write() is None
    assert seen["title"] == "没有写入 U 盘"
    assert "U 盘可能已被拔出，请重新插入后再写一次" in seen["text"]
    assert dialog.status_label.text() == seen["text"]
    assert not (stick / NAME).exists()
    assert not [p for p in stick.iterdir() if p.name.endswith(".yibiao")]


def test_not_enough_space_says_how_much_is_needed(qtbot, package, stick):
    class Small(FileOps):
        def free_space(self, folder: Path) -> int:
            return 2 * 1024 * 1024

    dialog = open_dialog(qtbot, package, fake_drives(stick), ops=Small())
    seen: dict = {}
    answer_message(seen)
    dialog.write()
    assert seen["text"].startswith("U 盘剩余空间不足：需要 4 MB，只有 2 MB")
    assert list(stick.iterdir()) == []


def test_cancel_mid_write_leaves_nothing(qtbot, package, stick):
    started, release = threading.Event(), threading.Event()

    class Slow(FileOps):
        def open_write(self, path: Path) -> BinaryIO:
            started.set()
            release.wait(5)  # hold the copy until 取消 has been clicked
            return super().open_write(path)

    dialog = open_dialog(qtbot, package, fake_drives(stick), ops=Slow())

    def cancel(progress: TaskProgressDialog) -> None:
        assert started.wait(5)
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
        release.set()

    when_modal(cancel, attempts=1000, kind=TaskProgressDialog)
    assert dialog.write() is None
    assert wait_for_all(5000)
    assert "已取消写入" in dialog.status_label.text()
    assert list(stick.iterdir()) == []


def test_no_drive_found_explains_and_another_folder_can_be_chosen(qtbot, package, tmp_path):
    elsewhere = tmp_path / "共享文件夹"
    elsewhere.mkdir()
    dialog = open_dialog(qtbot, package, lambda: [], folder_chooser=lambda parent: str(elsewhere))
    assert dialog.drive_texts() == []
    assert dialog.empty_label.isVisibleTo(dialog) and "没有找到 U 盘" in dialog.empty_label.text()
    assert not dialog.write_button.isEnabled()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.drive_texts() == [f"文件夹：{elsewhere}"]
    assert dialog.selected_folder() == str(elsewhere) and dialog.write_button.isEnabled()
    assert not dialog.empty_label.isVisibleTo(dialog)  # a folder was chosen: "no drive" is no longer news
    seen: dict = {}
    answer_message(seen)
    dialog.write()
    assert (elsewhere / NAME).read_bytes() == package.read_bytes()
    assert seen["text"].startswith(f"已写入文件夹：{elsewhere / NAME}")  # not "U 盘", not "safe to unplug"
    assert "U 盘" not in seen["text"]


def test_a_stick_plugged_in_later_appears_on_refresh(qtbot, package, stick):
    plugged: list[Path] = []
    dialog = open_dialog(qtbot, package, lambda: fake_drives(*plugged)())
    assert dialog.drive_texts() == []
    plugged.append(stick)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_folder() == str(stick)
