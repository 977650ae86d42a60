"""Check a ``.yibiao`` package: every problem is a translatable message naming the file, the first one first.

The checks, in order: the zip opens; every entry is an allowed, Windows-safe, plain, unencrypted (in the
zip's own sense) file with no path traversal, no duplicate, none over the size limits; ``manifest.json``
parses; its signature ``manifest.sig`` matches the key the manifest names (format 3; older packages are
unsigned); the manifest matches the schema of its kind; exactly the listed files are present; sealed
members are opened when a key fits; each one's size and sha256 match (reading is bounded by the listed
size, so a zip bomb cannot run away); the fingerprint and the forms' file references agree; the zip's
local headers agree with its central directory and nothing is prepended (a self-extracting stub) or
hidden between entries; and a submission's file name matches the manifest's code, cycle and version.
"""

from __future__ import annotations

import hashlib
import json
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.messages import QT_TRANSLATE_NOOP, Message
from exports.package.crypto import (
    NONCE,
    KeyFormatError,
    PublicKeys,
    Unsealed,
    decrypt_stream,
    same_fingerprint,
    signature_ok,
    unb64,
    unwrap,
)
from exports.package.manifest import (
    CHUNK,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MANIFEST,
    REPORT,
    SIGNATURE,
    SIGNATURE_BYTES,
    SIGNED_SINCE,
    SUBMISSION,
    PackageError,
    fingerprint,
    member_problem,
    schema_for,
    schema_problem,
)
from exports.package.safe_names import (
    PackageNameError,
    cycle_kind,
    package_name,
    validate_office_code,
    validate_version,
)
from exports.package.zip_checks import entry_problem, layout_problem, truncation_problem

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
# A report of a few hundred forms is a few MB; the preview never unpacks more than this.
MAX_REPORT_BYTES = 512 * 1024 * 1024
SPOOL_IN_MEMORY = 8 * 1024 * 1024
_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "errors", "manifest.json 的签名（manifest.sig）与清单不符：数据包在签名后被改动，或签名被替换"
)
_CHANGED = QT_TRANSLATE_NOOP("errors", "{name} 的校验值不符，文件可能被改动或损坏")
_SIZE_CHANGED = QT_TRANSLATE_NOOP("errors", "{name} 的大小与清单不符，文件可能被改动或损坏")
_BAD_NAMES = QT_TRANSLATE_NOOP("errors", "{name} 的目录里有损坏的文件名，数据包可能被改动或损坏")
# What zipfile raises on damaged bytes: bad CRC, bad deflate data, offsets pointing nowhere.
_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


@dataclass
class VerifyResult:
    ok: bool
    problems: list[Message] = field(default_factory=list)  # each a str (Chinese) carrying its template
    manifest: dict[str, Any] | None = None
    signed: bool = False  # False: an old (format 1 or 2) package, whose maker nothing proves
    signer: PublicKeys | None = None
    encrypted: bool = False


def _read_manifest(zf: zipfile.ZipFile) -> tuple[bytes, dict[str, Any]]:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "数据包里缺少 manifest.json（清单）")) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageError(QT_TRANSLATE_NOOP("errors", "manifest.json 过大，不是本程序生成的清单"))
    try:
        with zf.open(info) as fh:
            body = fh.read(MAX_MANIFEST_BYTES + 1)
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "manifest.json 无法解析（{error}），清单可能被改动或损坏"),
            error=exc.__class__.__name__,
        ) from exc
    except RecursionError as exc:  # [[[[…]]]] nested beyond Python's stack: never written by us
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "manifest.json 嵌套过深，不是本程序生成的清单，可能被改动或损坏")
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise PackageError(_CHANGED, name=MANIFEST) from exc
    if not isinstance(data, dict):
        raise PackageError(QT_TRANSLATE_NOOP("errors", "manifest.json 应为对象（{{…}}）"))
    return body, data


def read_manifest(path: Path | str) -> dict[str, Any]:
    """The manifest of a package, without checking hashes; `PackageError` (translatable) if unreadable."""
    try:
        problem = truncation_problem(Path(path))
        if problem:
            raise PackageError(problem.template, **problem.params)
        with zipfile.ZipFile(path) as zf:
            return _read_manifest(zf)[1]
    except UnicodeDecodeError as exc:  # a damaged name in the zip directory (ValueError's subclass)
        raise PackageError(_BAD_NAMES, name=Path(path).name) from exc
    except (*_BROKEN, struct.error) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP("errors", "{name} 无法作为数据包打开（{error}）"),
            name=Path(path).name,
            error=str(exc),
        ) from exc


def extract_report(path: Path | str, folder: Path | str, decryption_keys: tuple[Any, ...] = ()) -> Path:
    """Copy the package's report.pdf into ``folder`` (for a viewer); the package stays untouched. A sealed
    package is opened (and checked whole) with ``decryption_keys``.

    Raises OSError / zipfile.BadZipFile / KeyError when the package is missing, damaged or has no report
    (every kind of damage, a garbled name, a report inflating beyond MAX_REPORT_BYTES or a sealed package
    no key opens included, is a BadZipFile)."""
    target = Path(folder) / f"{Path(path).stem}_{REPORT}"
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(REPORT).file_size > MAX_REPORT_BYTES:
                raise zipfile.BadZipFile(f"{REPORT} is larger than any report")
            sealed = SIGNATURE in archive.namelist() and "encryption" in _read_manifest(archive)[1]
            if not sealed:
                with archive.open(REPORT) as src, open(target, "wb") as out:
                    while chunk := src.read(CHUNK):
                        out.write(chunk)
                return target
    except PackageError as exc:
        raise zipfile.BadZipFile(str(exc)) from exc
    except (zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error) as exc:
        raise zipfile.BadZipFile(str(exc)) from exc
    found = _Inspection()
    problem, _manifest = _check(
        Path(path), None, keys=decryption_keys, keep=True, found=found, check_name=False
    )
    try:
        if problem is not None or not found.readable or REPORT not in found.members:
            raise zipfile.BadZipFile(str(problem or "sealed: no key opens it"))
        src = found.members[REPORT]
        with open(target, "wb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)
    finally:
        for spool in found.members.values():
            spool.close()
    return target


def _content_problem(manifest: dict[str, Any]) -> Message | None:
    if manifest["format"] != FORMAT:
        return Message(QT_TRANSLATE_NOOP("errors", "manifest.json 的 format 应为 {format}"), format=FORMAT)
    if manifest["format_version"] > FORMAT_VERSION:
        return Message(
            QT_TRANSLATE_NOOP("errors", "数据包格式版本 {version} 比本程序新，请升级一表通后再打开"),
            version=manifest["format_version"],
        )
    if manifest.get("kind", SUBMISSION) not in KINDS:
        return Message(QT_TRANSLATE_NOOP("errors", "未知的数据包类型“{kind}”"), kind=manifest["kind"])
    try:
        validate_office_code(manifest["office_code"])
        if "cycle" in manifest:
            cycle_kind(manifest["cycle"])
        validate_version(manifest["version"])
    except PackageNameError as exc:
        return Message(QT_TRANSLATE_NOOP("errors", "manifest.json：{problem}"), problem=exc.message)
    return None


@dataclass(frozen=True)
class Limits:
    """What a package may hold before it is refused unread (a zip bomb, a hostile file)."""

    max_members: int = 10_000
    max_member_bytes: int = 2 * 1024**3
    max_total_bytes: int = 8 * 1024**3


@dataclass
class _Inspection:
    manifest: dict[str, Any] | None = None
    signed: bool = False
    signer: PublicKeys | None = None
    encrypted: bool = False
    readable: bool = True
    members: dict[str, Any] = field(default_factory=dict)  # arcname → spooled plaintext (when kept)


def _too_big(name: str, size: int, limit: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("errors", "{name} 过大（{size} 字节，上限 {limit} 字节），数据包被拒绝"),
        name=name,
        size=size,
        limit=limit,
    )


def _signature_problem(
    zf: zipfile.ZipFile, body: bytes, manifest: dict[str, Any], found: _Inspection
) -> Message | None:
    names = set(zf.namelist())
    version = manifest.get("format_version")
    if SIGNATURE not in names:
        if isinstance(version, int) and version >= SIGNED_SINCE:
            return Message(
                QT_TRANSLATE_NOOP("errors", "数据包缺少签名 manifest.sig，来源无法确认，可能被改动")
            )
        return None  # an old (format 1 or 2) package: unsigned, said so by whoever reads it
    info = zf.getinfo(SIGNATURE)
    signer = manifest.get("signer")
    if not isinstance(signer, dict) or not all(
        isinstance(signer.get(k), str) for k in ("signing", "encryption")
    ):
        return Message(
            QT_TRANSLATE_NOOP("errors", "manifest.json 没有写明签名者的公钥（signer），来源无法确认")
        )
    if info.file_size != SIGNATURE_BYTES:
        return Message(_BAD_SIGNATURE)
    with zf.open(info) as fh:
        signature = fh.read(SIGNATURE_BYTES + 1)
    if not signature_ok(signer["signing"], body, signature):
        return Message(_BAD_SIGNATURE)
    try:
        keys = PublicKeys.of(signer["signing"], signer["encryption"])
    except KeyFormatError as exc:
        return exc.message
    if not same_fingerprint(keys.fingerprint, signer.get("fingerprint")):
        return Message(
            QT_TRANSLATE_NOOP("errors", "manifest.json 中签名者的密钥指纹与公钥不符，清单可能被改动")
        )
    found.signed, found.signer = True, keys
    return None


def _member_problem(
    zf: zipfile.ZipFile, entry: dict[str, Any], content_key: bytes | None, found: _Inspection, keep: bool
) -> Message | None:
    name = entry["path"]
    if found.encrypted and content_key is None:  # no key: the stored bytes, under the signature
        return _digest_problem(zf, {"path": name, **entry["sealed"]}, None, None)
    # kept open past this function: the opened package reads the checked bytes from it
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) if keep else None  # noqa: SIM115
    problem = _digest_problem(zf, entry, content_key, spool)
    if spool is not None:
        if problem:
            spool.close()
        else:
            spool.seek(0)
            found.members[name] = spool
    return problem


def _digest_problem(
    zf: zipfile.ZipFile, entry: dict[str, Any], content_key: bytes | None, spool: Any
) -> Message | None:
    """The member's size and sha256 against ``entry``, read bounded by the listed size (so a zip bomb
    cannot run away); decrypted first with ``content_key`` (then ``entry`` has ``sealed``); the bytes
    copied into ``spool`` when given."""
    name, sealed = entry["path"], entry.get("sealed")
    digest, size, limit = hashlib.sha256(), 0, entry["size"]
    try:
        with zf.open(name) as fh:
            if content_key is not None:
                if zf.getinfo(name).file_size != sealed["size"]:
                    return Message(_SIZE_CHANGED, name=name)
                nonce = unb64(sealed["nonce"], NONCE)
                pieces = decrypt_stream(content_key, nonce, name, fh, sealed["size"], CHUNK)
            else:
                pieces = iter(lambda: fh.read(min(CHUNK, limit - size + 1)), b"")
            for chunk in pieces:
                size += len(chunk)
                if size > limit:
                    return Message(_SIZE_CHANGED, name=name)
                digest.update(chunk)
                if spool is not None:
                    spool.write(chunk)
    except (*_BROKEN, Unsealed, KeyFormatError):
        return Message(_CHANGED, name=name)
    if size != limit:
        return Message(_SIZE_CHANGED, name=name)
    if digest.hexdigest() != entry["sha256"]:
        return Message(_CHANGED, name=name)
    return None


def _check(
    path: Path,
    expected_name: str | None,
    *,
    keys: tuple[Any, ...] = (),
    keep: bool = False,
    limits: Limits | None = None,
    found: _Inspection | None = None,
    check_name: bool = True,
) -> tuple[Message | None, dict[str, Any] | None]:
    limits = limits or Limits()
    found = found if found is not None else _Inspection()
    if not path.is_file():
        return Message(QT_TRANSLATE_NOOP("errors", "找不到文件 {name}"), name=path.name), None
    problem = truncation_problem(path)
    if problem:
        return problem, None
    try:
        zf = zipfile.ZipFile(path)
    except UnicodeDecodeError:
        return Message(_BAD_NAMES, name=path.name), None
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 无法作为数据包打开（不是完整的 zip 文件：{error}）"),
            name=path.name,
            error=str(exc),
        ), None
    with zf:
        seen: set[str] = set()
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            return Message(
                QT_TRANSLATE_NOOP(
                    "errors", "数据包里的文件过多（{count} 个，上限 {limit} 个），数据包被拒绝"
                ),
                count=len(infos),
                limit=limits.max_members,
            ), None
        total = 0
        for info in infos:
            problem = entry_problem(info)
            if problem:
                return problem, None
            if info.filename.casefold() in seen:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 在数据包里出现了两次"), name=info.filename
                ), None
            seen.add(info.filename.casefold())
            if info.file_size > limits.max_member_bytes:
                return _too_big(info.filename, info.file_size, limits.max_member_bytes), None
            total += info.file_size
            if total > limits.max_total_bytes:
                return _too_big(path.name, total, limits.max_total_bytes), None
        try:
            body, manifest = _read_manifest(zf)
        except PackageError as exc:
            return exc.message, None
        problem = _signature_problem(zf, body, manifest, found)
        if problem:
            return problem, manifest
        problem = schema_problem(manifest, schema_for(manifest)) or _content_problem(manifest)
        if problem:
            return problem, manifest
        kind = manifest.get("kind", SUBMISSION)
        for info in infos:
            problem = member_problem(info.filename, kind)
            if problem:
                return problem, manifest
        listed = {e["path"] for e in manifest["files"]}
        if len(listed) != len(manifest["files"]) or listed & {MANIFEST, SIGNATURE}:
            return Message(
                QT_TRANSLATE_NOOP("errors", "manifest.json 的文件列表有重复或列出了清单自身")
            ), manifest
        present = set(zf.namelist()) - {MANIFEST, SIGNATURE}
        for entry in manifest["files"]:
            if entry["path"] not in present:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{name} 在清单中列出，但数据包里没有这个文件"),
                    name=entry["path"],
                ), manifest
            if entry["size"] > limits.max_member_bytes:
                return _too_big(entry["path"], entry["size"], limits.max_member_bytes), manifest
        extra = sorted(present - listed)
        if extra:
            return Message(
                QT_TRANSLATE_NOOP("errors", "{name} 不在清单中（数据包里多出了未列出的文件）"), name=extra[0]
            ), manifest
        content_key = None
        sealed = [("sealed" in e) for e in manifest["files"]]
        found.encrypted = "encryption" in manifest
        if any(sealed) and not (found.encrypted and all(sealed)):
            return Message(
                QT_TRANSLATE_NOOP("errors", "manifest.json 的加密说明与文件列表不一致，清单可能被改动")
            ), manifest
        if found.encrypted:
            if not found.signed:
                return Message(_BAD_SIGNATURE), manifest
            content_key = unwrap(manifest["encryption"]["recipients"], _x25519(keys))
            found.readable = content_key is not None
            if keys and content_key is None:
                return Message(
                    QT_TRANSLATE_NOOP(
                        "errors", "数据包已加密，只有指定的接收单位能打开：本单位的密钥不在其接收者之中"
                    )
                ), manifest
        for entry in manifest["files"]:
            problem = _member_problem(zf, entry, content_key, found, keep)
            if problem:
                return problem, manifest
        if kind == SUBMISSION:
            if fingerprint(manifest["files"]) != manifest["fingerprint"]:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "manifest.json 的指纹与文件不符，清单可能被改动")
                ), manifest
            for form in manifest["forms"]:
                for key in ("xlsx", "csv"):
                    if form.get(key) and form[key] not in listed:
                        return Message(
                            QT_TRANSLATE_NOOP("errors", "清单中表格“{title}”引用的 {name} 不在文件列表中"),
                            title=form["title"],
                            name=form[key],
                        ), manifest
        problem = layout_problem(path, zf)
        if problem:
            return problem, manifest
    if kind != SUBMISSION or not check_name:
        return None, manifest
    name = package_name(manifest["office_code"], manifest["cycle"], manifest["version"])
    if (expected_name or path.name) != name:
        return Message(
            QT_TRANSLATE_NOOP("errors", "文件名 {name} 与清单不符：按清单应为 {expected}"),
            name=path.name,
            expected=name,
        ), manifest
    return None, manifest


def _x25519(keys: tuple[Any, ...]) -> list[Any]:
    """The X25519 private keys among ``keys`` (given as such or as `SecretKeys`)."""
    return [getattr(k, "encryption", k) for k in keys]


def verify_package(
    path: Path | str, *, expected_name: str | None = None, decryption_keys: tuple[Any, ...] = ()
) -> VerifyResult:
    """Check the package at ``path``; ``expected_name`` replaces its file name in the name check (used
    by the writer on its temporary file). ``problems`` holds the first problem found, a translatable
    message (`desktop.errors.message_text`; as a str, the Chinese text).

    The signature is checked against the key the package names (``signer``); whether that key is trusted
    is the caller's decision. A sealed package is checked without being opened (the stored bytes against
    the signed manifest) unless ``decryption_keys`` can open it. ``signed`` is False for old (format 1
    and 2) packages."""
    found = _Inspection()
    try:
        problem, manifest = _check(Path(path), expected_name, keys=tuple(decryption_keys), found=found)
    except (*_BROKEN, struct.error) as exc:
        problem = Message(
            QT_TRANSLATE_NOOP("errors", "{name} 已损坏，无法读取（{error}）"),
            name=Path(path).name,
            error=str(exc),
        )
        manifest = None
    return VerifyResult(
        ok=problem is None,
        problems=[problem] if problem else [],
        manifest=manifest,
        signed=found.signed,
        signer=found.signer,
        encrypted=found.encrypted,
    )
