"""The county takes in township packages: files or whole folders (a USB drive), each package on its own.

For each package, in this order and before anything is written: its summary is read (office, cycle, version,
signer); the same file imported before is a no-op (``already-imported``); the signer must be the township's
registered key (an unknown key is refused and kept aside for the clerk to confirm by fingerprint, a changed
key is refused saying so: `desktop.county.townships`); an older version than one already imported is refused
(``superseded-older``); then the package is opened — signature, decryption with the county's key, every hash,
the manifest schema (`exports.package` ``open_package``). Only then is the file copied into the office's file
store and the package recorded in one transaction: the package, its forms, and every row of its data CSVs
(checked against the form's field ids and row count; any mismatch rolls the whole package back). A newer
version marks the older ones of the same office and cycle as superseded; they stay in history.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from json.encoder import encode_basestring as _quote  # the C one: a JSON string of a str
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.audit import record
from desktop.county.townships import Townships
from desktop.errors import QT_TRANSLATE_NOOP, ExportMessageError, Message, message_text
from storage.blobs import BlobStore
from storage.county import CountyRepository, NewCountyForm
from storage.transaction import transaction

if TYPE_CHECKING:
    from exports.package.reader import PackageSummary

IMPORTED, ALREADY, OLDER, REFUSED = "imported", "already-imported", "superseded-older", "refused"
# What a scan (nothing written) says an import would do.
NEW, NEWER, UNTRUSTED = "new", "newer", "untrusted"
SUFFIX = ".yibiao"

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "找不到“{path}”，请检查路径或 U 盘是否已插好")
NOT_SUBMISSION = QT_TRANSLATE_NOOP("errors", "这是县里的配置包，不是乡镇的报送包，县级不导入")
UNSIGNED = QT_TRANSLATE_NOOP(
    "errors",
    "旧格式（第 {version} 版格式）的数据包没有签名，无法确认来自哪个乡镇：请乡镇用新版一表通重新生成报送包",
)
OLDER_THAN = QT_TRANSLATE_NOOP(
    "errors", "已导入{office}报送周期 {cycle} 的第 {newest} 版，不再导入较旧的第 {version} 版"
)
SAME_VERSION = QT_TRANSLATE_NOOP(
    "errors",
    "已导入过{office}报送周期 {cycle} 的第 {version} 版，但内容与这个文件不同：同一版本不应有两个不同的数据包，请向乡镇核实",
)
CHANGED_WHILE_READING = QT_TRANSLATE_NOOP(
    "errors", "{name} 在导入过程中被改动（内容与校验时不同），请重新复制后再导入"
)
MANIFEST_DIFFERS = QT_TRANSLATE_NOOP("errors", "清单内容与数据包摘要不一致（{key}），数据包可能被改动")
NO_CSV = QT_TRANSLATE_NOOP("errors", "清单中表格“{title}”没有数据文件（data/*.csv），无法导入")
CSV_HEADER = QT_TRANSLATE_NOOP("errors", "{name} 的表头与清单中的指标编号不一致")
CSV_WIDTH = QT_TRANSLATE_NOOP("errors", "{name} 第 {line} 行有 {found} 列，应为 {expected} 列")
CSV_ROWS = QT_TRANSLATE_NOOP("errors", "{name} 有 {found} 行数据，清单写的是 {expected} 行")
CSV_TEXT = QT_TRANSLATE_NOOP("errors", "{name} 不是有效的 UTF-8 CSV 文件（{error}）")
NOT_FOR_US = QT_TRANSLATE_NOOP(
    "errors", "数据包已加密，但本县的密钥打不开它：请乡镇先导入本县的配置包，再重新生成报送包"
)
REPLACES = QT_TRANSLATE_NOOP("errors", "取代第 {old} 版（旧版本保留在历史中）")
WOULD_REPLACE = QT_TRANSLATE_NOOP("errors", "将取代已导入的第 {old} 版")


@dataclass
class PackageOutcome:
    """One package: what an import did (``imported``, ``already-imported``, ``superseded-older``,
    ``refused``) or, from `CountyService.scan`, what it would do (``new``, ``newer``, ``already-imported``,
    ``superseded-older``, ``untrusted``, ``refused``). ``reason`` is a translatable message or None."""

    path: str
    status: str
    reason: Message | None = None
    office_code: str | None = None
    office_name: str | None = None
    cycle: str | None = None
    version: int | None = None
    forms: int | None = None
    rows: int | None = None
    fingerprint: str | None = None

    def to_dict(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["reason"] = message_text(self.reason, translate) if self.reason is not None else None
        return data


ImportOutcome = PackageOutcome


class _Refused(Exception):
    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


class _Cancelled(Exception):
    pass


class _Decided(Exception):
    """The bookkeeping decided otherwise inside the transaction (already imported, older)."""

    def __init__(self, status: str, reason: Any) -> None:
        super().__init__(status)
        self.status, self.reason = status, reason


def find_packages(paths: Iterable[Path | str]) -> tuple[list[Path], list[Path]]:
    """(package files, paths that do not exist). A file is taken as given; a folder is searched through
    (not following links, skipping hidden folders and files, e.g. the writer's ``.….part`` files) for
    ``*.yibiao``."""
    found: list[Path] = []
    missing: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in paths:
        path = Path(given)
        if path.is_file():
            add(path)
        elif path.is_dir():
            for root, dirs, files in os.walk(path, onerror=lambda _error: None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(SUFFIX):
                        add(Path(root) / name)
        else:
            missing.append(path)
    return found, missing


def _office_text(code: str | None, name: str | None) -> str:
    return f"{name or ''}（{code or ''}）"


@dataclass
class _Seen:
    """A package's summary (read without decrypting) and its file's sha256."""

    path: Path
    summary: PackageSummary
    sha256: str

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.summary.office_code, self.summary.cycle or "", self.summary.version)


class CountyImporter:
    backup_before: Callable[[], object] = staticmethod(lambda: None)  # Office: back up before the first write

    def __init__(
        self,
        repo: CountyRepository,
        blobs: BlobStore,
        townships: Townships,
        decryption_keys: Callable[[], Sequence[Any]],
        clock: Callable[[], datetime],
    ) -> None:
        self.repo = repo
        self.blobs = blobs
        self.townships = townships
        self.decryption_keys = decryption_keys
        self.clock = clock
        self.limits: Any = None  # exports.package.verify.Limits; None = its defaults
        self._backed_up = False

    # --- reading a drive ------------------------------------------------------------------------
    def survey(self, paths: Iterable[Path | str]) -> tuple[list[_Seen], list[PackageOutcome]]:
        """Every package under ``paths`` with its summary, ordered so that versions of one office and
        cycle come oldest first; and the outcomes of what cannot even be read (refused). A configuration
        package met while searching a folder is passed over: a stick carries the county's own configuration
        beside the townships' packages, and that is not a refusal; named as a file, it is refused."""
        from exports.package.manifest import SUBMISSION, file_sha256
        from exports.package.reader import read_summary

        paths = list(paths)
        named = {Path(p).resolve() for p in paths if Path(p).is_file()}
        files, missing = find_packages(paths)
        refused = [PackageOutcome(str(p), REFUSED, Message(NOT_FOUND, path=str(p))) for p in missing]
        seen: list[_Seen] = []
        for path in files:
            try:
                summary = read_summary(path)
                sha, _size = file_sha256(path)
            except ExportMessageError as exc:
                refused.append(PackageOutcome(str(path), REFUSED, exc.message))
                continue
            except OSError as exc:
                refused.append(
                    PackageOutcome(str(path), REFUSED, Message("{error}", error=exc.strerror or exc))
                )
                continue
            if summary.kind != SUBMISSION and path.resolve() not in named:
                continue
            seen.append(_Seen(path, summary, sha))
        seen.sort(key=lambda s: (s.key, str(s.path)))
        return seen, refused

    def _outcome(self, seen: _Seen, status: str, reason: Any = None, **counts: Any) -> PackageOutcome:
        s = seen.summary
        return PackageOutcome(
            str(seen.path),
            status,
            reason,
            s.office_code,
            s.office_name,
            s.cycle,
            s.version,
            counts.get("forms", len(s.forms)),
            counts.get("rows", s.rows),
            s.fingerprint,
        )

    def _precheck(self, seen: _Seen) -> tuple[str, Any] | None:
        """What is decided without opening the package: (status, reason), or None to go on."""
        from exports.package.manifest import SUBMISSION

        s = seen.summary
        if s.kind != SUBMISSION:
            return REFUSED, Message(NOT_SUBMISSION)
        if not s.signed or s.signer is None:
            return REFUSED, Message(UNSIGNED, version=s.format_version)
        if self.repo.package_by_sha(seen.sha256) is not None:
            return ALREADY, None
        office = _office_text(s.office_code, s.office_name)
        same = self.repo.package_version(s.office_code, s.cycle, s.version)
        if same is not None:
            return REFUSED, Message(SAME_VERSION, office=office, cycle=s.cycle, version=s.version)
        problem = self.townships.problem(s.office_code, s.office_name, s.signer)
        if problem is not None:
            return (UNTRUSTED if problem.unknown else REFUSED), problem.message
        newest = self.repo.newest_version(s.office_code, s.cycle)
        if newest is not None and newest > s.version:
            return OLDER, Message(OLDER_THAN, office=office, cycle=s.cycle, newest=newest, version=s.version)
        return None

    # --- the scan (nothing written) --------------------------------------------------------------
    def scan(self, paths: Iterable[Path | str]) -> list[PackageOutcome]:
        seen, refused = self.survey(paths)
        out = list(refused)
        for item in seen:
            decided = self._precheck(item)
            if decided is not None:
                status, reason = decided
                out.append(self._outcome(item, status, reason))
                continue
            newest = self.repo.newest_version(item.summary.office_code, item.summary.cycle)
            if newest is None:
                out.append(self._outcome(item, NEW))
            else:
                out.append(self._outcome(item, NEWER, Message(WOULD_REPLACE, old=newest)))
        return out

    # --- the import -------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Callable[..., None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> list[PackageOutcome]:
        """Imports every package under ``paths``; ``progress(done, total, text)`` after each. On cancel the
        packages done stay imported, the one in progress is rolled back, the rest are not looked at; the
        outcomes of the finished ones are returned."""
        cancelled = is_cancelled or (lambda: False)
        tell = progress or (lambda *_args: None)
        seen, out = self.survey(paths)
        self._backed_up = False
        total = len(seen) + len(out)
        tell(len(out), total, "")
        for item in seen:
            if cancelled():
                break
            try:
                out.append(self._import_one(item, cancelled))
            except _Cancelled:
                break
            tell(len(out), total, item.path.name)
        return out

    def _import_one(self, seen: _Seen, cancelled: Callable[[], bool]) -> PackageOutcome:
        decided = self._precheck(seen)
        if decided is not None and decided[0] != UNTRUSTED:
            return self._outcome(seen, *decided)
        try:
            opened = self._open(seen)
        except _Refused as exc:
            return self._outcome(seen, REFUSED, exc.message)
        with opened:
            return self._import_opened(seen, opened, decided, cancelled)

    def _import_opened(
        self, seen: _Seen, opened: Any, decided: tuple[str, Any] | None, cancelled: Callable[[], bool]
    ) -> PackageOutcome:
        s = seen.summary
        if decided is not None:  # an unknown key on a sound package: kept for the clerk to confirm
            self.townships.remember(s.office_code, s.office_name, opened.signer)
            return self._outcome(seen, REFUSED, decided[1])
        problem = self.townships.problem(s.office_code, s.office_name, opened.signer)
        if problem is not None:
            return self._outcome(seen, REFUSED, problem.message)
        try:
            forms, rows, newest = self._record(seen, opened, cancelled)
        except _Decided as exc:
            return self._outcome(seen, exc.status, exc.reason)
        except _Refused as exc:
            return self._outcome(seen, REFUSED, exc.message)
        reason = Message(REPLACES, old=newest) if newest is not None else None
        return self._outcome(seen, IMPORTED, reason, forms=forms, rows=rows)

    def verify(self, seen: _Seen) -> PackageOutcome:
        """Opens a package only to keep its signer's key aside for the clerk to confirm (nothing else is
        written): ``untrusted`` when sound, else ``refused`` with the reason."""
        try:
            opened = self._open(seen)
        except _Refused as exc:
            return self._outcome(seen, REFUSED, exc.message)
        with opened:
            self.townships.remember(seen.summary.office_code, seen.summary.office_name, opened.signer)
        return self._outcome(seen, UNTRUSTED)

    def _open(self, seen: _Seen) -> Any:
        from exports.package.reader import open_package

        try:
            opened = open_package(seen.path, tuple(self.decryption_keys()), limits=self.limits)
        except ExportMessageError as exc:
            raise _Refused(exc.message) from exc
        except OSError as exc:
            raise _Refused(Message("{error}", error=exc.strerror or exc)) from exc
        try:
            self._check_opened(seen, opened)
        except _Refused:
            opened.close()
            raise
        return opened

    def _check_opened(self, seen: _Seen, opened: Any) -> None:
        if opened.sha256 != seen.sha256:
            raise _Refused(Message(CHANGED_WHILE_READING, name=seen.path.name))
        if not opened.signed or opened.signer is None:
            raise _Refused(Message(UNSIGNED, version=opened.format_version))
        if not opened.readable:
            raise _Refused(Message(NOT_FOR_US))
        manifest = opened.manifest
        for key, value in (
            ("office_code", seen.summary.office_code),
            ("cycle", seen.summary.cycle),
            ("version", seen.summary.version),
        ):
            if manifest.get(key) != value:
                raise _Refused(Message(MANIFEST_DIFFERS, key=key))
        for form in manifest["forms"]:
            if not form.get("csv"):
                raise _Refused(Message(NO_CSV, title=form.get("title", "")))

    def _record(self, seen: _Seen, opened: Any, cancelled: Callable[[], bool]) -> tuple[int, int, int | None]:
        """The package into the file store, then into the database in one transaction; (forms, rows, the
        newest version before this one)."""
        if not self._backed_up:  # once per import, before its first write
            self.backup_before()
            self._backed_up = True
        blob_sha, _size = self.blobs.put(seen.path)
        if blob_sha != seen.sha256:
            raise _Refused(Message(CHANGED_WHILE_READING, name=seen.path.name))
        manifest = opened.manifest
        signer = opened.signer
        total_rows = 0
        with transaction(self.repo.conn):
            # Again under the write lock: another import (the window, a second command) may have just
            # recorded this package or a newer version.
            decided = self._precheck(seen)
            if decided is not None:
                raise _Decided(*decided)
            newest = self.repo.newest_version(seen.summary.office_code, seen.summary.cycle)
            package_id = self.repo.add_package(
                office_code=manifest["office_code"],
                office_name=manifest["office_name"],
                cycle=manifest["cycle"],
                version=manifest["version"],
                sha256=seen.sha256,
                size=opened.size,
                fingerprint=manifest["fingerprint"],
                signer_fingerprint=signer.fingerprint,
                created=manifest["created"],
                imported_at=self.clock().replace(microsecond=0).isoformat(),
                blob_sha=blob_sha,
                manifest=json.dumps(manifest, ensure_ascii=False),
            )
            for form in manifest["forms"]:
                if cancelled():
                    raise _Cancelled()
                field_ids = list(form["field_ids"])
                whitelist = form.get("whitelist_form")
                form_id = self.repo.add_form(
                    package_id,
                    NewCountyForm(
                        item_key=str(form["item_id"]),
                        department=form["department"],
                        title=form["title"],
                        entity=form.get("entity"),
                        field_ids=json.dumps(field_ids, ensure_ascii=False),
                        rows=int(form["rows"]),
                        xlsx=form.get("xlsx"),
                        whitelist_form=whitelist if isinstance(whitelist, str) else None,
                    ),
                )
                name = form["csv"]
                count = self.repo.add_rows(form_id, csv_cells(opened.read(name), name, field_ids))
                if count != form["rows"]:
                    raise _Refused(Message(CSV_ROWS, name=name, found=count, expected=form["rows"]))
                total_rows += count
            done = {"package": package_id, "office_code": manifest["office_code"], "cycle": manifest["cycle"]}
            record(
                self.repo.conn, "county-import", {**done, "version": manifest["version"], "rows": total_rows}
            )
        return len(manifest["forms"]), total_rows, newest


CHUNK_ROWS = 4096
# Characters that make a field more than its plain text in CSV or JSON: quotes, backslashes, control
# characters other than the CSV's own CRLF (a lone CR or LF is caught by counting). One character class:
# a pattern with alternatives took longer than the conversion itself.
_NOT_PLAIN = re.compile(r'[\x00-\x09\x0b\x0c\x0e-\x1f"\\]')


def csv_cells(data: bytes, name: str, field_ids: Sequence[str]) -> Iterator[list[str]]:
    """The rows of a package's CSV, in chunks, each row a JSON array of its texts aligned with ``field_ids``;
    `_Refused` when the header or a row's width disagrees, or the bytes are not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Refused(Message(CSV_TEXT, name=name, error=exc.reason)) from exc
    crlf = text.count("\r\n")
    if field_ids and crlf == text.count("\r") == text.count("\n") and not _NOT_PLAIN.search(text):
        yield from _plain_cells(text, name, field_ids)
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    width = len(field_ids)
    try:
        if next(reader, None) != list(field_ids):
            raise _Refused(Message(CSV_HEADER, name=name))
        done = 1  # records read, the header's included: "line" counts records, as a spreadsheet shows them
        while chunk := list(islice(reader, CHUNK_ROWS)):
            bad = next((n for n, row in enumerate(chunk) if len(row) != width), None)
            if bad is not None:
                found = len(chunk[bad])
                raise _Refused(
                    Message(CSV_WIDTH, name=name, line=done + bad + 1, found=found, expected=width)
                )
            done += len(chunk)
            yield ["[" + ",".join(map(_quote, row)) + "]" for row in chunk]
    except csv.Error as exc:
        raise _Refused(Message(CSV_TEXT, name=name, error=str(exc))) from exc


def _plain_cells(text: str, name: str, field_ids: Sequence[str]) -> Iterator[list[str]]:
    """`csv_cells` for a CSV with nothing quoted and nothing to escape — what the township writes for almost
    every form: a line is its fields joined by commas, so its JSON array is the line with each comma turned
    into ``","``. Measured (bench_county.py) at about a third of csv.reader plus a JSON encoder per row."""
    lines = text.split("\r\n")
    if lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split(",") != list(field_ids):
        raise _Refused(Message(CSV_HEADER, name=name))
    commas = len(field_ids) - 1
    for start in range(1, len(lines), CHUNK_ROWS):
        chunk = lines[start : start + CHUNK_ROWS]
        bad = next((n for n, line in enumerate(chunk) if line.count(",") != commas), None)
        if bad is not None:
            found = chunk[bad].count(",") + 1
            raise _Refused(
                Message(CSV_WIDTH, name=name, line=start + bad + 1, found=found, expected=commas + 1)
            )
        yield ['["' + line.replace(",", '","') + '"]' for line in chunk]
