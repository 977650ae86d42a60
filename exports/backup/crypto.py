"""The passphrase-encrypted backup file (``.yibiao-backup``) carried on a USB drive.

Layout: a 40-byte header — magic ``YBBACKUP``, format 1, scrypt cost (log2 N, r, p), a 16-byte salt,
a 7-byte nonce prefix — then a 16-byte key check, then the backup in 1 MiB chunks, each sealed with
AES-256-GCM (the key derived from the passphrase with scrypt). Chunk ``i`` uses the nonce
prefix ‖ i (4 bytes) ‖ last-flag (1 byte) and the header as associated data, so chunks cannot be
reordered, dropped or cut off at the end without the read failing. The key check (an empty message
sealed with counter 0xFFFFFFFF) tells a wrong passphrase apart from a damaged file.

Streaming keeps memory flat for a ledger of any size. No Qt, no storage: bytes in, bytes out.
"""

from __future__ import annotations

import os
import secrets
import struct
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

MAGIC = b"YBBACKUP"
FORMAT = 1
SUFFIX = ".yibiao-backup"
CHUNK = 1 << 20
TAG = 16
SALT = 16
PREFIX = 7
LOG2_N, R, P = 15, 8, 1  # scrypt: 32 MiB of memory, about 0.1 s per try
_HEADER = struct.Struct(f">8sBBBB{SALT}s{PREFIX}s")
HEADER_SIZE = _HEADER.size + 4  # padded to 40 bytes
_CHECK_COUNTER = 0xFFFFFFFF
MIN_PASSPHRASE = 8

Progress = Callable[[int, int], None]


class BackupCryptoError(ExportMessageError):
    """``reason``: ``passphrase`` (wrong passphrase), ``damaged``, ``not_backup``, ``weak`` or ``cancelled``."""

    def __init__(self, reason: str, template: str, **params: object) -> None:
        self.reason = reason
        super().__init__(template, **params)


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


def _damaged(name: str) -> BackupCryptoError:
    return BackupCryptoError(
        "damaged",
        QT_TRANSLATE_NOOP(
            "errors", "加密备份“{name}”已损坏或不完整，无法还原。请换一份备份（或重新从电脑备份到U盘）。"
        ),
        name=name,
    )


def _cancelled() -> BackupCryptoError:
    return BackupCryptoError("cancelled", QT_TRANSLATE_NOOP("errors", "已取消，没有留下不完整的文件。"))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupCryptoError(
            "weak",
            QT_TRANSLATE_NOOP(
                "errors", "密码至少要 {count} 个字符。请换一个更长的密码，并把它记在安全的地方。"
            ),
            count=MIN_PASSPHRASE,
        )


def encrypt_file(
    source: Path,
    target: Path,
    passphrase: str,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    log2_n: int = LOG2_N,
) -> None:
    """Write `source` encrypted with `passphrase` into the new file `target` (removed again on failure)."""
    check_passphrase(passphrase)
    salt, prefix = secrets.token_bytes(SALT), secrets.token_bytes(PREFIX)
    header = _HEADER.pack(MAGIC, FORMAT, log2_n, R, P, salt, prefix).ljust(HEADER_SIZE, b"\x00")
    sealer = AESGCM(_key(passphrase, salt, log2_n, R, P))
    total = os.path.getsize(source)
    done = 0
    try:
        with open(source, "rb") as plain, open(target, "xb") as out:
            out.write(header)
            out.write(sealer.encrypt(_nonce(prefix, _CHECK_COUNTER, True), b"", header))
            counter = 0
            chunk = plain.read(CHUNK)
            while True:
                following = plain.read(CHUNK) if len(chunk) == CHUNK else b""
                last = not following
                out.write(sealer.encrypt(_nonce(prefix, counter, last), chunk, header))
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                if is_cancelled is not None and is_cancelled():
                    raise _cancelled()
                if last:
                    break
                counter, chunk = counter + 1, following
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise


def _read_header(handle, name: str) -> tuple[bytes, tuple]:
    header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE or not header.startswith(MAGIC):
        raise BackupCryptoError(
            "not_backup",
            QT_TRANSLATE_NOOP(
                "errors", "“{name}”不是一表通的加密备份文件。请选择以 {suffix} 结尾的备份文件。"
            ),
            name=name,
            suffix=SUFFIX,
        )
    _magic, version, log2_n, r, p, salt, prefix = _HEADER.unpack(header[: _HEADER.size])
    if version != FORMAT or not (10 <= log2_n <= 22) or not (1 <= r <= 16) or not (1 <= p <= 4):
        raise BackupCryptoError(
            "not_backup",
            QT_TRANSLATE_NOOP("errors", "加密备份“{name}”由更新版本的一表通写成，请升级本程序后再还原。"),
            name=name,
        )
    return header, (log2_n, r, p, salt, prefix)


def decrypt_file(
    source: Path,
    target: Path,
    passphrase: str,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> None:
    """Decrypt the encrypted backup `source` into the new file `target` (removed again on failure).

    A wrong passphrase is found before anything is written; a damaged or cut-off file part way."""
    source, name = Path(source), Path(source).name
    size = os.path.getsize(source)
    with open(source, "rb") as handle:
        header, (log2_n, r, p, salt, prefix) = _read_header(handle, name)
        opener = AESGCM(_key(passphrase, salt, log2_n, r, p))
        try:
            opener.decrypt(_nonce(prefix, _CHECK_COUNTER, True), handle.read(TAG), header)
        except InvalidTag:
            raise BackupCryptoError(
                "passphrase",
                QT_TRANSLATE_NOOP(
                    "errors", "密码不对，无法打开加密备份“{name}”。请检查密码后再试，数据没有被改动。"
                ),
                name=name,
            ) from None
        start = HEADER_SIZE + TAG
        if size - start < TAG:
            raise _damaged(name)
        try:
            with open(target, "xb") as out:
                counter, position = 0, start
                while position < size:
                    sealed = handle.read(CHUNK + TAG)
                    position += len(sealed)
                    try:
                        out.write(opener.decrypt(_nonce(prefix, counter, position >= size), sealed, header))
                    except InvalidTag:
                        raise _damaged(name) from None
                    if progress is not None:
                        progress(position, size)
                    if is_cancelled is not None and is_cancelled():
                        raise _cancelled()
                    counter += 1
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            Path(target).unlink(missing_ok=True)
            raise
