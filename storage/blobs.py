"""Content-addressed store of original files beside the database: files/ab/abcdef… (sha256).

Files arrive unmodified and are never edited; writing the same content twice stores it once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from storage.disk_errors import disk_error
from storage.errors import QT_TRANSLATE_NOOP, StorageError
from storage.open_databases import refuse_open_database

CHUNK = 1 << 20


def store_dir_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "_files")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def remove(self, sha256: str) -> bool:
        """Delete a stored file (retention: an old import's original); True when it is gone."""
        target = self.path_of(sha256)
        try:
            os.chmod(target, 0o644)  # stored read-only, which Windows will not delete
            target.unlink()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True

    def put(self, source: Path) -> tuple[str, int]:
        """Copy `source` into the store; returns (sha256, size). The source is only read."""
        source = Path(source)
        refuse_open_database(source)
        if not source.is_file():
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "找不到文件“{path}”，或它不是一个普通文件。"), path=source
            )
        try:
            sha = sha256_of(source)
            target = self.path_of(sha)
            if target.exists():
                return sha, target.stat().st_size
            target.parent.mkdir(parents=True, exist_ok=True)
            # Copy under a temporary name, then rename: a half-copied file never looks complete.
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                    shutil.copyfileobj(src, out, CHUNK)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            os.chmod(target, 0o444)
            return sha, target.stat().st_size
        except OSError as exc:
            writing = exc.filename is None or Path(exc.filename) != source  # not the clerk's file itself
            if writing and (plain := disk_error(exc, self.root)) is not None:  # full disk, read-only store
                raise plain from exc
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "无法保存文件“{path}”的原件：{reason}"),
                path=source,
                reason=exc.strerror,
            ) from exc
