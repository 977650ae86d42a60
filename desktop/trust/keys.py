"""The office's keys: `OfficeKeys` (``office.keys``).

Two key pairs per office, made on first need (`ensure`): Ed25519 signs its packages, X25519 lets others
seal packages for it. The private keys live only in one file in the office's data folder, beside the
database: ``<db folder>/<db stem>.keys/office.key`` (folder 0700, file 0600) — never in the database, so
never in a backup copy or a package. The public keys and their fingerprint are kept in the settings
(``keys.public``); at a township, the county's public keys too (``keys.county``, set when its
configuration package is imported).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from exports.package.crypto import (
    KeyFormatError,
    PublicKeys,
    SecretKeys,
    b64,
    fingerprint_of,
    unb64,
)
from storage.settings import SettingsRepository

__all__ = ["OfficeKeys", "PublicKeys", "fingerprint_of", "key_dir_for"]

PUBLIC = "keys.public"
COUNTY = "keys.county"
KEY_FILE = "office.key"
_HEADER = "yibiao-office-key 1"

KEY_LOST = QT_TRANSLATE_NOOP(
    "errors",
    "本单位的密钥文件“{path}”不见了（数据库记录的密钥指纹是 {fingerprint}）。请把原来的 .keys 文件夹放回数据库旁边；"
    "若确实丢失，只能重新生成密钥，并请县里重新确认本单位的新指纹。",
)
KEY_MISMATCH = QT_TRANSLATE_NOOP(
    "errors",
    "密钥文件“{path}”与本单位数据库记录的密钥不符（文件指纹 {found}，记录指纹 {expected}）。"
    "请放回本单位原来的 .keys 文件夹。",
)
KEY_UNREADABLE = QT_TRANSLATE_NOOP("errors", "密钥文件“{path}”无法读取或已损坏：{reason}")
BAD_COUNTY_KEY = QT_TRANSLATE_NOOP("errors", "县级单位的公钥无效：{reason}")


def key_dir_for(db_path: Path) -> Path:
    """Where the office's private keys live: ``<db stem>.keys`` beside the database."""
    return db_path.with_name(db_path.stem + ".keys")


class OfficeKeys:
    """The office's key pairs and the keys of the county it reports to."""

    def __init__(self, db_path: Path, settings: SettingsRepository) -> None:
        self.folder = key_dir_for(Path(db_path))
        self.file = self.folder / KEY_FILE
        self.settings = settings
        self._secret: SecretKeys | None = None

    # --- own keys -----------------------------------------------------------------------------
    def ensure(self) -> PublicKeys:
        """The office's public keys, making the key pairs first if the office has none yet."""
        stored = self._stored()
        secret = self._load(stored) if self.file.is_file() or stored is not None else self._create()
        public = secret.public()
        if stored != public:
            self.settings.set(PUBLIC, public.to_dict())
        return public

    def public(self) -> PublicKeys:
        """The office's public keys (made on first need)."""
        stored = self._stored()
        return stored if stored is not None else self.ensure()

    def fingerprint(self) -> str:
        return self.public().fingerprint

    def signer(self) -> SecretKeys:
        """What signs this office's packages (and opens those sealed for it): its private keys."""
        if self._secret is None:
            self.ensure()
        assert self._secret is not None
        return self._secret

    def decryptor(self) -> SecretKeys:
        """The private keys that open packages sealed for this office (`open_package`'s decryption_keys)."""
        return self.signer()

    def _stored(self) -> PublicKeys | None:
        return _public_from(self.settings.get(PUBLIC))

    def _load(self, stored: PublicKeys | None) -> SecretKeys:
        if self._secret is not None:
            return self._secret
        if not self.file.is_file():
            raise UserFacingError(KEY_LOST, path=self.file, fingerprint=stored.fingerprint if stored else "")
        secret = self.read_file()
        found = secret.public()
        if stored is not None and found != stored:
            raise UserFacingError(
                KEY_MISMATCH, path=self.file, found=found.fingerprint, expected=stored.fingerprint
            )
        self._secret = secret
        return secret

    def read_file(self) -> SecretKeys:
        """The private keys from the key file alone (the database not asked); `UserFacingError` if unreadable."""
        try:
            lines = self.file.read_text(encoding="ascii").splitlines()
            fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
            if not lines or lines[0] != _HEADER:
                raise ValueError("not a yibiao key file")
            secret = SecretKeys.from_raw(
                unb64(fields.get("signing"), 32), unb64(fields.get("encryption"), 32)
            )
        except (OSError, ValueError, KeyFormatError) as exc:
            raise UserFacingError(KEY_UNREADABLE, path=self.file, reason=str(exc)) from exc
        return secret

    def _create(self) -> SecretKeys:
        """New key pairs written to a private temporary file, then linked into place: two processes making
        keys at once end with the same keys (the second link fails and that process reads the first's)."""
        secret = SecretKeys.generate()
        signing, encryption = secret.raw()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)
        temp = self.folder / f".{KEY_FILE}.{secrets.token_hex(4)}.part"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(f"{_HEADER}\nsigning: {b64(signing)}\nencryption: {b64(encryption)}\n")
                fh.flush()
                os.fsync(fh.fileno())
            try:
                os.link(temp, self.file)
            except FileExistsError:
                return self._load(None)
        finally:
            temp.unlink(missing_ok=True)
        self._secret = secret
        return secret

    # --- the county's keys (at a township) ----------------------------------------------------------
    def set_county(self, name: str, signing: str, encryption: str) -> PublicKeys:
        """Remember the county's public keys (from its configuration package); returns them checked."""
        try:
            keys = PublicKeys.of(signing, encryption)
        except KeyFormatError as exc:
            raise UserFacingError(BAD_COUNTY_KEY, reason=exc.message) from exc
        self.settings.set(COUNTY, {"name": name, **keys.to_dict()})
        return keys

    def county(self) -> PublicKeys | None:
        """The county's public keys, or None before its first configuration package."""
        return _public_from(self.settings.get(COUNTY))

    def county_name(self) -> str:
        value: Any = self.settings.get(COUNTY)
        return str(value.get("name", "")) if isinstance(value, dict) else ""


def _public_from(value: Any) -> PublicKeys | None:
    """Public keys kept in a setting (``{"signing", "encryption", …}``), checked; None when absent or broken."""
    if not isinstance(value, dict):
        return None
    try:
        return PublicKeys.of(value["signing"], value["encryption"])
    except (KeyError, KeyFormatError):
        return None
