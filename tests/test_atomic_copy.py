"""Copy to a USB drive: verified, atomic, and clean when the drive is pulled out, full or lying."""

from __future__ import annotations

import errno
import hashlib
import io
from pathlib import Path
from typing import BinaryIO

import pytest

from desktop.errors import message_text
from exports.package.atomic_copy import CopyCancelled, CopyError, FileOps, copy_verified

NAME = "110101001001_2026-11_v1.yibiao"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "home" / NAME
    path.parent.mkdir()
    path.write_bytes(bytes(range(256)) * 12_000)  # ~3 MB: several chunks
    return path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


class DyingWriter(io.BytesIO):
    """A file on a stick that is pulled out after ``limit`` bytes."""

    def __init__(self, real: BinaryIO, limit: int, code: int) -> None:
        super().__init__()
        self.real, self.limit, self.code, self.written = real, limit, code, 0

    def write(self, data) -> int:  # type: ignore[override]
        if self.written + len(data) > self.limit:
            raise OSError(self.code, "simulated")
        self.written += len(data)
        return self.real.write(data)

    def fileno(self) -> int:
        return self.real.fileno()

    def flush(self) -> None:
        self.real.flush()

    def close(self) -> None:
        self.real.close()
        super().close()


class FailingOps(FileOps):
    def __init__(self, limit: int, code: int) -> None:
        self.limit, self.code = limit, code

    def open_write(self, path: Path) -> BinaryIO:
        return DyingWriter(super().open_write(path), self.limit, self.code)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_copy_success_is_read_back(package: Path, usb: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = copy_verified(package, usb, progress=lambda d, t: seen.append((d, t)))
    assert result.path == usb / NAME
    assert result.sha256 == sha(package) == sha(result.path)
    assert result.size == package.stat().st_size
    assert seen[-1][0] == seen[-1][1] == 3 * result.size
    assert sorted(p.name for p in usb.iterdir()) == [NAME]


@pytest.mark.parametrize(
    ("code", "reason", "words"),
    [
        (errno.EIO, "removed", "U 盘可能已被拔出，请重新插入后再写一次"),
        (errno.ENODEV, "removed", "U 盘可能已被拔出"),
        (errno.ENOSPC, "no_space", "U 盘空间已满"),
        (errno.EROFS, "read_only", "写保护"),
    ],
)
def test_failure_mid_write_leaves_nothing(
    package: Path, usb: Path, code: int, reason: str, words: str
) -> None:
    with pytest.raises(CopyError) as caught:
        copy_verified(package, usb, ops=FailingOps(limit=1_500_000, code=code))
    assert caught.value.reason == reason
    assert words in caught.value.message
    assert list(usb.iterdir()) == []  # neither the final name nor the temporary file


def test_pulled_out_drive_cannot_even_delete_then_next_copy_cleans_up(package: Path, usb: Path) -> None:
    class Gone(FailingOps):
        def remove(self, path: Path) -> None:
            raise OSError(errno.ENODEV, "no device")

    with pytest.raises(CopyError):
        copy_verified(package, usb, ops=Gone(limit=1_000_000, code=errno.EIO))
    leftovers = list(usb.iterdir())
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".") and leftovers[0].suffix == ".part"
    copy_verified(package, usb)
    assert sorted(p.name for p in usb.iterdir()) == [NAME]


def test_not_enough_space_is_checked_first(package: Path, usb: Path) -> None:
    class Small(FileOps):
        def free_space(self, folder: Path) -> int:
            return 2 * 1024 * 1024

        def open_write(self, path: Path) -> BinaryIO:
            raise AssertionError("must not start writing")

    with pytest.raises(CopyError) as caught:
        copy_verified(package, usb, ops=Small())
    assert caught.value.reason == "no_space"
    assert caught.value.message.startswith("U 盘剩余空间不足：需要 4 MB，只有 2 MB")
    english = {caught.value.template: "Need {need} MB, have {have} MB."}
    assert (
        message_text(caught.value, lambda context, text: english.get(text, text)) == "Need 4 MB, have 2 MB."
    )


def test_read_back_mismatch_removes_the_copy(package: Path, usb: Path) -> None:
    class Lying(FileOps):
        def open_read(self, path: Path) -> BinaryIO:
            if path.parent == usb:  # the read-back: a bad block returns one wrong byte
                data = bytearray(path.read_bytes())
                data[1234] ^= 0xFF
                return io.BytesIO(bytes(data))
            return super().open_read(path)

    with pytest.raises(CopyError) as caught:
        copy_verified(package, usb, ops=Lying())
    assert caught.value.reason == "mismatch"
    assert "读回的内容与原文件不一致" in caught.value.message
    assert list(usb.iterdir()) == []


def test_cancel_leaves_nothing(package: Path, usb: Path) -> None:
    calls = iter(range(100))
    with pytest.raises(CopyCancelled) as caught:
        copy_verified(package, usb, is_cancelled=lambda: next(calls) >= 1)
    assert caught.value.reason == "cancelled"
    assert list(usb.iterdir()) == []


def test_replacing_an_existing_copy_is_atomic(package: Path, usb: Path) -> None:
    (usb / NAME).write_bytes(b"older bytes")
    with pytest.raises(CopyError):
        copy_verified(package, usb, ops=FailingOps(limit=10, code=errno.EIO))
    assert (usb / NAME).read_bytes() == b"older bytes"  # a failed copy never touches the old file
    copy_verified(package, usb)
    assert sha(usb / NAME) == sha(package)


def test_missing_target_and_missing_source(package: Path, tmp_path: Path) -> None:
    with pytest.raises(CopyError, match="U 盘可能已被拔出"):
        copy_verified(package, tmp_path / "gone")
    with pytest.raises(CopyError) as caught:
        copy_verified(tmp_path / "none.yibiao", tmp_path)
    assert caught.value.reason == "source"
