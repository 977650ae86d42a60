"""Keys, signatures and sealing of format-3 packages (the `cryptography` package; no Qt, no storage).

- Every office has two key pairs: Ed25519 to sign, X25519 to receive sealed packages. Public keys travel
  as base64 of their 32 raw bytes; an office is named by its *key fingerprint*: the first 16 bytes of
  sha256(signing_raw ‖ encryption_raw) as 8 groups of 4 upper-case hex digits (``3F9A 12C0 …``).
- Signature: Ed25519 over the exact bytes of ``manifest.json``, stored raw (64 bytes) as ``manifest.sig``.
- Sealing: one random 32-byte content key per package; each sealed member is AES-256-GCM(content key,
  random 12-byte nonce, aad = the member's path in UTF-8), stored as ciphertext ‖ 16-byte tag. The content
  key is wrapped for each recipient: an ephemeral X25519 key pair, ECDH with the recipient's key,
  HKDF-SHA256 (no salt, info = ``yibiao-package-v3 key wrap`` ‖ ephemeral public ‖ recipient public) →
  a key-encryption key, AES-256-GCM(kek, nonce, aad = ``yibiao-package-v3 content key``) of the content key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError

SCHEME = "X25519-HKDF-SHA256-AES256GCM"
WRAP_INFO = b"yibiao-package-v3 key wrap"
WRAP_AAD = b"yibiao-package-v3 content key"
TAG = 16
NONCE = 12
_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


class KeyFormatError(ExportMessageError):
    """A key is not written right (not base64 of 32 bytes); translatable."""


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: Any, length: int | None = None) -> bytes:
    """Raw bytes of a base64 text (of ``length`` bytes when given); KeyFormatError otherwise."""
    try:
        if not isinstance(text, str):
            raise ValueError(text)
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise KeyFormatError(
            QT_TRANSLATE_NOOP("errors", "密钥或签名“{text}”不是有效的 Base64 文字"), text=str(text)[:60]
        ) from None
    if length is not None and len(raw) != length:
        raise KeyFormatError(
            QT_TRANSLATE_NOOP("errors", "密钥或签名长度不对：应为 {length} 字节，现在是 {actual} 字节"),
            length=length,
            actual=len(raw),
        )
    return raw


def fingerprint_of(signing_b64: str, encryption_b64: str) -> str:
    """The key fingerprint printed on the PDF cover and by `keys show`: ``3F9A 12C0 …`` (8 × 4 hex)."""
    digest = hashlib.sha256(unb64(signing_b64, 32) + unb64(encryption_b64, 32)).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(a: str | None, b: str | None) -> bool:
    """Fingerprints compared as a clerk types them: spaces and case do not matter."""
    norm = lambda s: "".join((s or "").split()).upper()  # noqa: E731
    return bool(norm(a)) and norm(a) == norm(b)


@dataclass(frozen=True)
class PublicKeys:
    """An office's public keys (base64 of the raw 32 bytes) and their fingerprint."""

    signing: str
    encryption: str
    fingerprint: str

    @classmethod
    def of(cls, signing: str, encryption: str) -> PublicKeys:
        """Checked keys with the fingerprint computed (never taken from the sender)."""
        return cls(signing, encryption, fingerprint_of(signing, encryption))

    def to_dict(self) -> dict[str, str]:
        return {"signing": self.signing, "encryption": self.encryption, "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class SecretKeys:
    """An office's two private keys: what signs its packages and opens those sealed for it."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> SecretKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, signing: bytes, encryption: bytes) -> SecretKeys:
        return cls(
            Ed25519PrivateKey.from_private_bytes(signing), X25519PrivateKey.from_private_bytes(encryption)
        )

    def raw(self) -> tuple[bytes, bytes]:
        none = serialization.NoEncryption()
        return (
            self.signing.private_bytes(_RAW, _RAW_PRIVATE, none),
            self.encryption.private_bytes(_RAW, _RAW_PRIVATE, none),
        )

    def public(self) -> PublicKeys:
        return PublicKeys.of(
            b64(self.signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)),
            b64(self.encryption.public_key().public_bytes(_RAW, _RAW_PUBLIC)),
        )

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def signature_ok(signing_b64: str, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``data`` by the key ``signing_b64``."""
    try:
        Ed25519PublicKey.from_public_bytes(unb64(signing_b64, 32)).verify(signature, data)
    except (InvalidSignature, KeyFormatError, ValueError):
        return False
    return True


# --- sealing ---------------------------------------------------------------------------------------


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=WRAP_INFO + ephemeral + recipient
    ).derive(shared)


def new_content_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def wrap_for(content_key: bytes, recipient: PublicKeys) -> dict[str, str]:
    """The content key wrapped for one recipient (a manifest ``encryption.recipients`` entry)."""
    their = unb64(recipient.encryption, 32)
    ephemeral = X25519PrivateKey.generate()
    mine = ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    nonce = os.urandom(NONCE)
    kek = _kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(their)), mine, their)
    return {
        "fingerprint": recipient.fingerprint,
        "key": recipient.encryption,
        "ephemeral": b64(mine),
        "nonce": b64(nonce),
        "wrapped_key": b64(AESGCM(kek).encrypt(nonce, content_key, WRAP_AAD)),
    }


def unwrap(recipients: Iterable[dict[str, Any]], keys: Iterable[X25519PrivateKey]) -> bytes | None:
    """The content key, opened with whichever of ``keys`` it was wrapped for; None when none fits."""
    for key in keys:
        mine = key.public_key().public_bytes(_RAW, _RAW_PUBLIC)
        for entry in recipients:
            try:
                if unb64(entry.get("key"), 32) != mine:
                    continue
                ephemeral = unb64(entry.get("ephemeral"), 32)
                kek = _kek(key.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral, mine)
                return AESGCM(kek).decrypt(
                    unb64(entry.get("nonce"), NONCE), unb64(entry.get("wrapped_key")), WRAP_AAD
                )
            except (KeyFormatError, InvalidTag, ValueError):
                continue
    return None


def encrypt_chunks(
    content_key: bytes, nonce: bytes, arcname: str, chunks: Iterable[bytes]
) -> Iterator[bytes]:
    """Ciphertext of the member in pieces, the 16-byte GCM tag last."""
    enc = Cipher(algorithms.AES(content_key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(arcname.encode("utf-8"))
    for chunk in chunks:
        yield enc.update(chunk)
    yield enc.finalize() + enc.tag


class Unsealed(Exception):  # noqa: N818 - reads as "could not be unsealed"
    """The member's tag does not match: changed bytes, another key, or another path."""


def decrypt_stream(
    content_key: bytes, nonce: bytes, arcname: str, src: BinaryIO, stored_size: int, chunk: int
) -> Iterator[bytes]:
    """Plaintext of a sealed member read from ``src`` (seekable, ``stored_size`` bytes long). The last
    piece is yielded only after the tag checked out; a bad tag raises `Unsealed` instead."""
    if stored_size < TAG:
        raise Unsealed()
    src.seek(stored_size - TAG)
    tag = src.read(TAG)
    src.seek(0)
    dec = Cipher(algorithms.AES(content_key), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(arcname.encode("utf-8"))
    left = stored_size - TAG
    pending = b""
    while left > 0:
        data = src.read(min(chunk, left))
        if not data:
            raise Unsealed()
        left -= len(data)
        if pending:
            yield pending
        pending = dec.update(data)
    try:
        pending += dec.finalize()
    except InvalidTag:
        raise Unsealed() from None
    yield pending
