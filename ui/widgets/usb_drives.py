"""The mounted volumes, read through QStorageInfo, and which of them look like USB drives.

The listing is a plain function so tests (and the dialog) can pass their own; the removable guess itself
is Qt-free in desktop/packages/drives.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QStorageInfo

from desktop.packages.drives import Volume, removable_volumes
from ui.cycles.package_files import human_size

VolumeLister = Callable[[], list[Volume]]


def _text(value: QByteArray | bytes | str) -> str:
    if isinstance(value, QByteArray):
        value = value.data()
    return value.decode("utf-8", "replace") if isinstance(value, (bytes, bytearray)) else str(value)


def mounted_volumes() -> list[Volume]:
    """Every mounted volume Qt knows about, as `Volume` records."""
    volumes = []
    for info in QStorageInfo.mountedVolumes():
        volumes.append(
            Volume(
                root=info.rootPath(),
                label=info.name(),
                device=_text(info.device()),
                fs_type=_text(info.fileSystemType()),
                free=max(info.bytesAvailable(), 0),
                total=max(info.bytesTotal(), 0),
                ready=info.isReady() and info.isValid(),
                read_only=info.isReadOnly(),
                is_root=info.isRoot(),
            )
        )
    return volumes


def removable_drives(lister: VolumeLister = mounted_volumes) -> list[Volume]:
    return removable_volumes(lister())


def drive_text(volume: Volume) -> str:
    """One line for the list: "KINGSTON（E:/）  可用 12.3 GB，共 14.9 GB"."""
    name = volume.label or QCoreApplication.translate("usb", "U 盘")
    return (
        QCoreApplication.translate("usb", "%1（%2）  可用 %3，共 %4")
        .replace("%1", name)
        .replace("%2", volume.root)
        .replace("%3", human_size(volume.free))
        .replace("%4", human_size(volume.total))
    )
