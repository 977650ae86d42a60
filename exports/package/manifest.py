"""The package format (``.yibiao``): what may be inside, the manifest schema, the fingerprint.

A package is a zip holding exactly these paths and nothing else. Every package (format 3) has::

    manifest.json                      lists every other file with size and sha256 (and, if sealed, how)
    manifest.sig                       Ed25519 signature (64 raw bytes) over the exact manifest.json bytes

A submission package (``kind`` "submission", the township's 报送包) also has::

    forms/<department>/<title>.xlsx    each department's original template, filled
    data/<item id>.csv                 UTF-8 (no BOM), header = catalog field ids, for machine import
    汇总.xlsx                          目录 sheet + one sheet per form
    report.pdf                         the printable report

A configuration package (``kind`` "config", from the county) has ``config/<name>.json``,
``config/<name>.csv`` and ``config/templates/<name>.xlsx``. docs/package-format.md describes it all.

Every component is a Windows-safe name (`exports.package.safe_names`). Entry names are stored UTF-8 with the zip
"language encoding" flag (bit 11) so Explorer, WPS and 7-Zip show Chinese correctly; entries are
regular files with MS-DOS attributes only (no Unix modes, so no executable bit and no symlinks).

The fingerprint printed on the PDF cover cannot be the package's own sha256 (the PDF is inside it), so
it is the sha256 of a ``sha256sum``-style listing of every file except ``report.pdf``: the service
computes it with `fingerprint_of` before drawing the PDF, the writer stores it in the manifest, and
`verify_package` recomputes it. What proves who made the package is the signature (`exports.package.crypto`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.messages import QT_TRANSLATE_NOOP, ExportMessageError, Message
from exports.package.safe_names import MAX_ARCNAME_LEN, is_safe_component, safe_component

FORMAT = "yibiao-package"
FORMAT_VERSION = 3
"""2: "cells" per form and in total. 3: signed (manifest.sig), ``kind``, ``signer``, sealed members
(``encryption``). Version 1 and 2 packages (unsigned) still verify their hashes."""
SIGNED_SINCE = 3
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_BYTES = 64
SUBMISSION = "submission"
CONFIG = "config"
KINDS = (SUBMISSION, CONFIG)
SUMMARY = "汇总.xlsx"
REPORT = "report.pdf"
CHUNK = 1024 * 1024
UTF8_FLAG = 0x800


class PackageError(ExportMessageError):
    """A package cannot be built or read; a translatable message for the clerk."""


class PackageCancelled(Exception):  # noqa: N818 - reads as "the package build was cancelled"
    """The user cancelled; nothing that looks like a package was left behind."""


@dataclass(frozen=True)
class PackageFile:
    """One member: its path inside the package and its content (a file on disk or bytes)."""

    arcname: str
    source: Path | str | bytes

    def size(self) -> int:
        return len(self.source) if isinstance(self.source, bytes) else os.path.getsize(self.source)

    def chunks(self) -> Iterable[bytes]:
        if isinstance(self.source, bytes):
            for start in range(0, len(self.source), CHUNK):
                yield self.source[start : start + CHUNK]
            return
        with open(self.source, "rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk


@dataclass(frozen=True)
class PackageResult:
    path: Path
    sha256: str
    size: int
    manifest: dict[str, Any] = field(default_factory=dict)


def member_problem(arcname: str, kind: str | None = SUBMISSION) -> str | None:
    """Why ``arcname`` may not be in a package of ``kind`` (a translatable message), or None when it is
    allowed. ``kind`` None allows the members of any kind (the manifest, which names the kind, is not read yet)."""
    if "\\" in arcname or arcname.startswith("/") or (len(arcname) > 1 and arcname[1] == ":"):
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 使用了绝对路径或反斜杠，数据包里不允许"), name=arcname
        )
    parts = arcname.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 含有“..”或空的路径段（路径穿越），数据包里不允许"),
            name=arcname,
        )
    bad = next((p for p in parts if not is_safe_component(p)), None)
    if bad is not None:
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 的名称“{part}”在 Windows 上不安全（保留名、非法字符或过长）"),
            name=arcname,
            part=bad,
        )
    if len(arcname.encode("utf-16-le")) // 2 > MAX_ARCNAME_LEN:
        return Message(
            QT_TRANSLATE_NOOP("errors", "{name} 的路径过长（超过 {limit} 个字符）"),
            name=arcname,
            limit=MAX_ARCNAME_LEN,
        )
    if arcname in (MANIFEST, SIGNATURE):
        return None
    if kind in (SUBMISSION, None) and _submission_member(parts):
        return None
    if kind in (CONFIG, None) and _config_member(parts):
        return None
    if kind == CONFIG:
        return Message(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} 不是配置包允许的文件：只能有 config/名称.json、config/名称.csv、config/templates/名称.xlsx",
            ),
            name=arcname,
        )
    suffix = os.path.splitext(arcname)[1].lower() or Message(QT_TRANSLATE_NOOP("errors", "无扩展名"))
    return Message(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} 不是数据包允许的文件（{suffix}）：只能有 forms/部门/表名.xlsx、data/编号.csv、汇总.xlsx、report.pdf",
        ),
        name=arcname,
        suffix=suffix,
    )


def _submission_member(parts: list[str]) -> bool:
    if len(parts) == 1:
        return parts[0] in (SUMMARY, REPORT)
    if len(parts) == 3 and parts[0] == "forms" and parts[2].lower().endswith(".xlsx"):
        return True
    return len(parts) == 2 and parts[0] == "data" and parts[1].lower().endswith(".csv")


def _config_member(parts: list[str]) -> bool:
    if len(parts) == 2 and parts[0] == "config":
        return parts[1].lower().endswith((".json", ".csv"))
    return len(parts) == 3 and parts[:2] == ["config", "templates"] and parts[2].lower().endswith(".xlsx")


def fingerprint(entries: Iterable[Mapping[str, Any]]) -> str:
    """sha256 of the ``<sha256>  <path>`` lines (sorted by path) of every file but the PDF and manifest."""
    lines = sorted(
        f"{e['sha256']}  {e['path']}\n" for e in entries if e["path"] not in (REPORT, MANIFEST, SIGNATURE)
    )
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def hash_file(file: PackageFile) -> dict[str, Any]:
    """``{"path", "size", "sha256"}`` of one member."""
    digest, size = hashlib.sha256(), 0
    for chunk in file.chunks():
        digest.update(chunk)
        size += len(chunk)
    return {"path": file.arcname, "size": size, "sha256": digest.hexdigest()}


def file_sha256(path: Path | str) -> tuple[str, int]:
    """sha256 (hex) and size of a file on disk (a whole package, for instance), read in chunks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def fingerprint_of(files: Iterable[PackageFile]) -> str:
    """The fingerprint for the PDF cover, from the files that will go into the package."""
    return fingerprint(hash_file(f) for f in files if f.arcname not in (REPORT, MANIFEST))


# --- manifest schema: key → (type, required); a list type is given as [item schema or type] ---------

_SEALED = {"size": (int, True), "sha256": (str, True), "nonce": (str, True)}
_FILE = {"path": (str, True), "size": (int, True), "sha256": (str, True), "sealed": (_SEALED, False)}
"""``size``/``sha256`` are of the file itself; ``sealed`` (encrypted packages) of the bytes stored in the zip."""
CELL_KEYS = ("requested", "from_ledger", "typed", "blank")
_CELLS = {key: (int, True) for key in CELL_KEYS}
"""The cells a form requests, each counted once: filled from the ledger, typed by hand (补录), or blank — the
blank ones are exactly the empty cells of the form's data CSV; requested = from_ledger + typed + blank."""
_FORM = {
    "item_id": ((int, str), True),
    "department": (str, True),
    "title": (str, True),
    "entity": ((str, type(None)), True),
    "rows": (int, True),
    "field_ids": ([str], True),
    "xlsx": ((str, type(None)), False),
    "csv": ((str, type(None)), False),
    "cells": (_CELLS, False),
}
_COMMON: dict[str, Any] = {
    "format": (str, True),
    "format_version": (int, True),
    "office_code": (str, True),
    "office_name": (str, True),
    "version": (int, True),
    "created": (str, True),
    "program_version": (str, True),
    "files": ([_FILE], True),
}
_BURDEN = {"block_version": (int, True), "cycle": (str, True), "period": (dict, True), "items": (dict, True)}
"""The period's burden measures (减负监测) a township sends the county: its report of the cycle's dates, counts
only (docs/package-format.md §11). Optional: packages built before it still verify."""
SCHEMA: dict[str, Any] = {
    **_COMMON,
    "cycle": (str, True),
    "fingerprint": (str, True),
    "forms": ([_FORM], True),
    "cells": (_CELLS, False),
    "burden": (_BURDEN, False),
}
"""A submission package of any format version."""
_KEYS = {"signing": (str, True), "encryption": (str, True), "fingerprint": (str, True)}
_RECIPIENT = {
    "fingerprint": (str, True),
    "key": (str, True),
    "ephemeral": (str, True),
    "nonce": (str, True),
    "wrapped_key": (str, True),
}
_SIGNED = {
    "kind": (str, True),
    "signer": (_KEYS, True),
    "encryption": ({"scheme": (str, True), "recipients": ([_RECIPIENT], True)}, False),
}
CONFIG_SCHEMA: dict[str, Any] = {**_COMMON, "cycle": (str, False), **_SIGNED}
SCHEMA_V3: dict[str, Any] = {**SCHEMA, **_SIGNED}


def schema_for(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """The schema a manifest must match: by its format version and kind."""
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < SIGNED_SINCE:
        return SCHEMA
    return CONFIG_SCHEMA if manifest.get("kind") == CONFIG else SCHEMA_V3


_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("errors", "文字"),
    int: QT_TRANSLATE_NOOP("errors", "整数"),
    type(None): QT_TRANSLATE_NOOP("errors", "空值"),
    list: QT_TRANSLATE_NOOP("errors", "列表"),
    dict: QT_TRANSLATE_NOOP("errors", "对象"),
}
_OR = QT_TRANSLATE_NOOP("errors", "{first}或{second}")


def _type_ok(value: Any, kind: Any) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool):
        return bool in kinds
    return isinstance(value, kinds)


def _kind_name(kind: Any) -> Message:
    if isinstance(kind, list):
        return Message(_TYPE_NAMES[list])
    if isinstance(kind, dict):
        return Message(_TYPE_NAMES[dict])
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = [
        Message(_TYPE_NAMES[k]) if k in _TYPE_NAMES else Message("{name}", name=k.__name__) for k in kinds
    ]
    name = names[0]
    for other in names[1:]:
        name = Message(_OR, first=name, second=other)
    return name


def schema_problem(
    value: Any, schema: Mapping[str, Any] = SCHEMA, where: str = "manifest.json"
) -> str | None:
    """The first way ``value`` breaks ``schema`` (a translatable message), or None. Unknown keys are allowed."""
    if not isinstance(value, dict):
        return Message(_SHOULD_BE, where=where, kind=Message(_TYPE_NAMES[dict]))
    for key, (kind, required) in schema.items():
        if key not in value:
            if required:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "{where} 缺少必需的项“{key}”"), where=where, key=key
                )
            continue
        item, here = (
            value[key],
            Message(QT_TRANSLATE_NOOP("errors", "{where} 的“{key}”"), where=where, key=key),
        )
        if isinstance(kind, list):
            if not isinstance(item, list):
                return Message(_SHOULD_BE, where=here, kind=Message(_TYPE_NAMES[list]))
            for i, element in enumerate(item):
                inner = kind[0]
                at = Message("{where}[{i}]", where=here, i=i)
                if isinstance(inner, dict):
                    problem = schema_problem(element, inner, at)
                    if problem:
                        return problem
                elif not _type_ok(element, inner):
                    return Message(_SHOULD_BE, where=at, kind=_kind_name(inner))
        elif isinstance(kind, dict):
            problem = schema_problem(item, kind, here)
            if problem:
                return problem
        elif not _type_ok(item, kind):
            return Message(_SHOULD_BE, where=here, kind=_kind_name(kind))
    return None


def cells_problem(manifest: Mapping[str, Any]) -> str | None:
    """Why the manifest's cell figures do not add up (a translatable message), or None: each form's requested
    cells are from_ledger + typed + blank, and the total is the sum of the forms'."""
    found = [(str(f.get("title", "")), f["cells"]) for f in manifest.get("forms", []) if "cells" in f]
    for title, cells in found:
        if cells["requested"] != cells["from_ledger"] + cells["typed"] + cells["blank"]:
            return Message(
                QT_TRANSLATE_NOOP(
                    "errors", "清单中表格“{title}”的数据项合计与台账填写、手工录入、空缺三项之和不符"
                ),
                title=title,
            )
    if "cells" in manifest and found:
        summed = {key: sum(c[key] for _title, c in found) for key in CELL_KEYS}
        if summed != {key: manifest["cells"][key] for key in CELL_KEYS}:
            return Message(QT_TRANSLATE_NOOP("errors", "清单中的数据项总计与各表格之和不符"))
    return None


_SHOULD_BE = QT_TRANSLATE_NOOP("errors", "{where} 应为{kind}")


def form_arcname(department: str, title: str) -> str:
    """``forms/<department>/<title>.xlsx`` with both parts made Windows-safe."""
    stem = title[:-5] if title.lower().endswith(".xlsx") else title
    return f"forms/{safe_component(department, 40)}/{safe_component(stem, 75)}.xlsx"


def data_arcname(item_id: int | str) -> str:
    """``data/<item id>.csv``."""
    return f"data/{safe_component(str(item_id), 60)}.csv"


def unique_arcname(arcname: str, taken: set[str]) -> str:
    """``arcname``, or ``…（2）.xlsx``, ``…（3）.xlsx`` when Windows would see a clash (case-insensitive);
    adds the result to ``taken`` (which holds casefolded names). Two forms with one title need this."""
    stem, dot, suffix = arcname.rpartition(".")
    candidate, n = arcname, 1
    while candidate.casefold() in taken:
        n += 1
        folder, _, base = stem.rpartition("/")
        base = safe_component(base, 75 - len(f"（{n}）")) + f"（{n}）"
        candidate = f"{folder}/{base}{dot}{suffix}" if folder else f"{base}{dot}{suffix}"
    taken.add(candidate.casefold())
    return candidate
