"""Which mounted volumes to offer as "U 盘", and the verified copy onto one. No Qt here.

Neither Qt's QStorageInfo nor the standard library says whether a volume is removable, so the choice is a
documented guess made on plain `Volume` records (ui/widgets/usb_drives.py reads them from QStorageInfo):

- never the system volume (the root ``/``, or Windows' ``%SystemDrive%``), nor one that is not ready,
  read-only, empty-sized, or a pseudo / network file system;
- Linux: volumes mounted under ``/media/``, ``/run/media/`` (where desktops mount USB sticks) or ``/mnt/``;
  macOS: under ``/Volumes/``;
- Windows: any other lettered local drive (USB sticks come as FAT32 / exFAT / NTFS); network shares
  (``\\\\server\\share``) are left out.

A guess can miss a drive (or offer a second internal disk, listed after the FAT / exFAT volumes sticks
use), so the dialog also lets the clerk pick any folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exports.package.atomic_copy import CopyCancelled, CopyError, CopyResult, FileOps, copy_verified
from exports.package.manifest import PackageError
from exports.package.verify import read_manifest

__all__ = [
    "CopyCancelled",
    "CopyError",
    "CopyResult",
    "DriveCopy",
    "FileOps",
    "Volume",
    "copy_to_drive",
    "removable_volumes",
]

STICK_FS = {"vfat", "fat", "fat16", "fat32", "exfat", "msdos"}
POSIX_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
PSEUDO_FS = {
    "tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "autofs", "fuse.portal", "fuse.gvfsd-fuse",
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "iso9660", "udf", "cdfs",
}  # fmt: skip


@dataclass(frozen=True)
class Volume:
    """One mounted volume as the dialog needs it (from QStorageInfo, or made up by a test)."""

    root: str  # mount point: "/media/li/KINGSTON", "E:/"
    label: str = ""  # the name written on the stick
    device: str = ""  # "/dev/sdb1", "\\\\?\\Volume{…}\\"
    fs_type: str = ""  # "vfat", "exfat", "NTFS"
    free: int = 0
    total: int = 0
    ready: bool = True
    read_only: bool = False
    is_root: bool = False


def _system_drive() -> str:
    return os.environ.get("SYSTEMDRIVE", "C:")  # Windows environment names ignore case.rstrip("\\/").upper()


def is_removable(volume: Volume, platform: str | None = None, system_drive: str | None = None) -> bool:
    """The guess described in the module doc, for one volume."""
    platform = platform or sys.platform
    if not volume.ready or volume.read_only or volume.is_root or volume.total <= 0:
        return False
    if volume.fs_type.lower() in PSEUDO_FS:
        return False
    root = volume.root.replace("\\", "/")
    if platform.startswith("win"):
        if volume.device.startswith(("\\\\", "//")) and not volume.device.startswith("\\\\?\\"):
            return False  # a network share mapped to a letter
        drive = root[:2].upper()
        system = (system_drive or _system_drive()).upper()
        return len(drive) == 2 and drive[1] == ":" and drive != system
    return root.startswith(POSIX_REMOVABLE_ROOTS) and root.rstrip("/") not in ("/media", "/run/media", "/mnt")


def removable_volumes(
    volumes: list[Volume], platform: str | None = None, system_drive: str | None = None
) -> list[Volume]:
    """The volumes to offer: the FAT / exFAT ones (how USB sticks come) first, then by mount point."""
    chosen = [v for v in volumes if is_removable(v, platform, system_drive)]
    return sorted(chosen, key=lambda v: (v.fs_type.lower() not in STICK_FS, v.root.lower()))


@dataclass(frozen=True)
class DriveCopy(CopyResult):
    """The verified copy, and the package's fingerprint (数据包指纹) as its PDF cover and `package verify`
    show it ("" when the file is no package)."""

    fingerprint: str = ""


def copy_to_drive(
    package: Path | str,
    folder: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    ops: FileOps | None = None,
) -> CopyResult:
    """Copy the package onto the drive (or folder): temporary name, fsync, sha256 read back, rename.

    Raises `CopyError` whose ``message`` tells the clerk what happened and what to do."""
    copied = copy_verified(package, folder, progress=progress, is_cancelled=is_cancelled, ops=ops)
    return DriveCopy(copied.path, copied.sha256, copied.size, fingerprint=_fingerprint(copied.path))


def _fingerprint(path: Path) -> str:
    """The manifest's fingerprint of the package at ``path`` (its bytes were just read back and match)."""
    try:
        value = read_manifest(path).get("fingerprint")
    except (PackageError, OSError, ValueError):
        return ""
    return value if isinstance(value, str) else ""
