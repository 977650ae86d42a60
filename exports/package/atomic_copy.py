"""Copy a finished package to a USB drive so that a file with the final name is always complete.

Steps: check free space; copy in chunks to ``.<name>.<random>.part`` on the drive; flush and fsync;
ask the kernel to drop its cached pages (Linux) so the read-back comes from the stick, not from memory;
read the temporary copy back and compare its sha256 with the source; only then rename it into place
and fsync the folder. Any failure — the stick pulled out (EIO, ENODEV…), a full disk, a cancel, a
mismatch — removes the temporary file (when the drive is still there) and raises `CopyError` with a
Chinese sentence saying what happened and what to do. A leftover ``.part`` from a pulled-out stick is
hidden, never ends in ``.yibiao``, and is cleaned up by the next copy to that folder.

The file operations live on `FileOps`, so tests can replace them to simulate a drive that vanishes
after N bytes, a full disk or a bad read-back.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

CHUNK = 1024 * 1024
MARGIN = 1024 * 1024  # file-system overhead (FAT clusters, directory entries)
_MB = 1024 * 1024
_REMOVED = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESHUTDOWN, errno.ENOTCONN}
_REMOVED_WINERROR = {21, 31, 55, 433, 1167}  # not ready, general failure, device gone, no such device
_FULL = {errno.ENOSPC, errno.EDQUOT}
_FULL_WINERROR = {39, 112}


class CopyError(ExportMessageError):
    """The copy failed and left no complete-looking file; ``message`` says what to do (Chinese),
    ``translated(translate)`` the same in the interface language.

    ``reason``: ``no_space``, ``removed``, ``read_only``, ``denied``, ``too_large``, ``mismatch``,
    ``source``, ``cancelled`` or ``failed``."""

    def __init__(self, reason: str, template: str, **params: object) -> None:
        self.reason = reason
        super().__init__(template, **params)


class CopyCancelled(CopyError):
    def __init__(self) -> None:
        super().__init__(
            "cancelled", QT_TRANSLATE_NOOP("errors", "已取消写入 U 盘，U 盘上没有留下不完整的文件。")
        )


@dataclass(frozen=True)
class CopyResult:
    path: Path
    sha256: str
    size: int


def fsync_dir(folder: Path) -> None:
    """Persist a rename in `folder`. Windows cannot open a folder; FAT/NTFS there commit the rename themselves."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class FileOps:
    """The file-system calls `copy_verified` makes; replace methods in tests to simulate failures."""

    def free_space(self, folder: Path) -> int:
        return shutil.disk_usage(folder).free

    def open_read(self, path: Path) -> BinaryIO:
        return open(path, "rb")

    def open_write(self, path: Path) -> BinaryIO:
        return open(path, "xb")

    def fsync(self, fh: BinaryIO) -> None:
        fh.flush()
        os.fsync(fh.fileno())

    def drop_cache(self, fh: BinaryIO) -> None:
        """Make the read-back hit the device: without this Linux serves it from the page cache."""
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)

    def fsync_dir(self, folder: Path) -> None:
        fsync_dir(folder)

    def replace(self, src: Path, dst: Path) -> None:
        os.replace(src, dst)

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)


def _sha256(ops: FileOps, path: Path, tick: Callable[[int], None]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with ops.open_read(path) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            tick(len(chunk))
    return digest.hexdigest(), size


def _explain(exc: OSError) -> CopyError:
    code, win = exc.errno, getattr(exc, "winerror", None)
    if code in _FULL or win in _FULL_WINERROR:
        return CopyError(
            "no_space",
            QT_TRANSLATE_NOOP("errors", "U 盘空间已满，写入没有完成。请删除 U 盘上不需要的文件后再写一次。"),
        )
    if code == errno.EFBIG:
        return CopyError(
            "too_large",
            QT_TRANSLATE_NOOP(
                "errors",
                "文件超过了 U 盘文件系统（FAT32）单个文件 4 GB 的上限，请把 U 盘格式化为 exFAT 后再写。",
            ),
        )
    if code == errno.EROFS:
        return CopyError(
            "read_only",
            QT_TRANSLATE_NOOP("errors", "U 盘是只读的（可能拨上了写保护开关），请解除写保护后再写一次。"),
        )
    if code in (errno.EACCES, errno.EPERM):
        return CopyError(
            "denied", QT_TRANSLATE_NOOP("errors", "没有权限写入这个位置，请换一个 U 盘或文件夹后再写一次。")
        )
    if code in _REMOVED or win in _REMOVED_WINERROR:
        return CopyError(
            "removed",
            QT_TRANSLATE_NOOP("errors", "写入 U 盘时出错，U 盘可能已被拔出，请重新插入后再写一次。"),
        )
    return CopyError(
        "failed",
        QT_TRANSLATE_NOOP("errors", "写入 U 盘失败（{reason}），请检查 U 盘后再写一次。"),
        reason=exc.strerror or str(exc),
    )


def _clean_leftovers(ops: FileOps, dest_dir: Path, name: str) -> None:
    for stale in dest_dir.glob(f".{name}.*.part"):
        with contextlib.suppress(OSError):
            ops.remove(stale)


def copy_verified(
    src: Path | str,
    dest_dir: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    fsync: bool = True,
    ops: FileOps | None = None,
) -> CopyResult:
    """Copy ``src`` into ``dest_dir`` under the same name, verified by sha256 (see the module doc).

    ``progress(done, total)`` counts bytes written plus bytes read back (total = 3 × size: reading the
    source, writing, reading back). Raises `CopyError` (``CopyCancelled`` on cancel).
    """
    ops = ops or FileOps()
    source, folder = Path(src), Path(dest_dir)
    cancelled = is_cancelled or (lambda: False)
    try:
        size = os.path.getsize(source)
    except OSError as exc:
        raise CopyError(
            "source",
            QT_TRANSLATE_NOOP("errors", "找不到要复制的数据包 {name}，请重新生成后再写。"),
            name=source.name,
        ) from exc
    if not folder.is_dir():
        raise CopyError(
            "removed",
            QT_TRANSLATE_NOOP("errors", "找不到 {folder}，U 盘可能已被拔出，请重新插入后再写一次。"),
            folder=str(folder),
        )
    try:
        free = ops.free_space(folder)
    except OSError as exc:
        raise _explain(exc) from exc
    if free < size + MARGIN:
        need, have = (size + MARGIN + _MB - 1) // _MB, free // _MB
        raise CopyError(
            "no_space",
            QT_TRANSLATE_NOOP(
                "errors", "U 盘剩余空间不足：需要 {need} MB，只有 {have} MB。请腾出空间或换一个 U 盘。"
            ),
            need=need,
            have=have,
        )
    final = folder / source.name
    temp = folder / f".{source.name}.{secrets.token_hex(4)}.part"
    total, done = 3 * size, 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(min(done, total), total)
        if cancelled():
            raise CopyCancelled()

    _clean_leftovers(ops, folder, source.name)
    try:
        reader = ops.open_read(source)
    except OSError as exc:
        raise CopyError(
            "source",
            QT_TRANSLATE_NOOP("errors", "无法读取要复制的数据包 {name}（{reason}）。"),
            name=source.name,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        digest = hashlib.sha256()
        with reader, ops.open_write(temp) as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
                tick(2 * len(chunk))
            if fsync:
                ops.fsync(writer)
                ops.drop_cache(writer)
        expected = digest.hexdigest()
        copied, copied_size = _sha256(ops, temp, tick)
        if (copied, copied_size) != (expected, size):
            raise CopyError(
                "mismatch",
                QT_TRANSLATE_NOOP(
                    "errors", "写入 U 盘后读回的内容与原文件不一致，U 盘可能有坏块。请换一个 U 盘再写一次。"
                ),
            )
        ops.replace(temp, final)
        if fsync:
            ops.fsync_dir(folder)
    except OSError as exc:
        _discard(ops, temp)
        raise _explain(exc) from exc
    except BaseException:
        _discard(ops, temp)
        raise
    return CopyResult(path=final, sha256=expected, size=size)


def _discard(ops: FileOps, temp: Path) -> None:
    # When the drive is gone this fails; the hidden .part is then removed by the next copy to the folder.
    with contextlib.suppress(OSError):
        ops.remove(temp)
