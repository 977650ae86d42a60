"""已报送: marking the version of a cycle's package that went out, and what the ledger changed since.

A version goes out when it is copied to a drive (the window's USB copy) or when the clerk marks it
(`yibiao cycle submit`, 标记为已报送). From then on the cycle shows 已报送 with that version and date; what the
ledger learns later is counted against the data CSVs of that version, which the office keeps in its package
history folder: rows the forms would now hold that the package did not, and values that differ in rows both
hold. These are never problems: a rebuild (asked first) makes the next version.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from desktop.audit import record as audit
from desktop.cycles.checklist import Changes, Submission
from desktop.cycles.service import CycleService
from desktop.errors import QT_TRANSLATE_NOOP, NotFoundError, UserFacingError, ValidationError
from desktop.forms.fill import FormFillService
from desktop.ledger.entity_rules import KEY_FIELDS, LABEL_FIELDS
from exports.package.data_csv import _text  # a value as the CSV writes it: compare like with like
from exports.package.manifest import PackageError
from exports.package.reader import open_package
from storage.packages import PackageRepository
from storage.records import PackageRecord
from storage.transaction import transaction

NOTHING_BUILT = QT_TRANSLATE_NOOP(
    "errors", "报送周期 {key} 还没有生成报送包，不能标记为已报送：请先生成报送包。"
)
NO_SUCH_VERSION = QT_TRANSLATE_NOOP("errors", "报送周期 {key} 没有第 {version} 版报送包（已生成：{built}）。")
UNKNOWN_PACKAGE = QT_TRANSLATE_NOOP("errors", "“{name}”不在报送包的历史记录里，无法标记为已报送。")
UNREVIEWED_SUBMIT = QT_TRANSLATE_NOOP(
    "errors",
    "报送周期“{cycle}”第 {version} 版还没有经审核人审核，不能标记为已报送。"
    "请先由审核人审核这一版（users sign-off --cycle {cycle} --version {version} --reviewer 名称），"
    "或审核后重新生成。",
)

Row = Mapping[str, object]


class SubmissionService:
    # Office: the reviewer's sign-off (AccountService.gate). With accounts, a version nobody signed off is not
    # marked as sent either: marking it would say it went out, which an export of it is refused for.
    sign_off: Callable[[str, int, bool], Mapping[str, str]] = staticmethod(lambda cycle, version, out: {})

    def __init__(
        self,
        cycles: CycleService,
        packages: PackageRepository,
        filler: FormFillService,
        clock: Callable[[], datetime],
        decryption_keys: Callable[[], tuple[object, ...]] = tuple,
    ) -> None:
        self.cycles = cycles
        self.packages = packages
        self.filler = filler
        self.clock = clock
        self.decryption_keys = decryption_keys
        """The office's own keys: a package sealed for the county is sealed for the office too."""

    def submit(self, key: str, version: int | None = None, how: str = "clerk") -> Submission:
        """Mark `version` (default: the latest built) of the cycle's package as sent."""
        cycle = self.cycles.parse(key)
        built = self.packages.history(cycle.key)
        if not built:
            raise ValidationError(NOTHING_BUILT, field="cycle", key=cycle.key)
        chosen = built[0] if version is None else next((r for r in built if r.version == version), None)
        if chosen is None:
            versions = "、".join(f"v{r.version}" for r in reversed(built))
            raise NotFoundError(NO_SUCH_VERSION, key=cycle.key, version=version, built=versions)
        return self._record(chosen, how)

    def submit_package(self, path: Path | str, how: str = "drive") -> Submission:
        """Mark the built version stored at `path` (or a verified copy of it, by its hash) as sent."""
        path = Path(path)
        history = self.packages.history()
        record = next((r for r in history if Path(r.path) == path), None)
        if record is None and path.is_file():  # a copy in another folder (the build dialog's 另存到)
            digest = sha256_of(path)
            record = next((r for r in history if r.sha256 == digest), None)
        if record is None:
            raise NotFoundError(UNKNOWN_PACKAGE, name=path.name)
        return self._record(record, how)

    def _record(self, record: PackageRecord, how: str) -> Submission:
        try:
            self.sign_off(record.cycle, record.version, True)
        except UserFacingError as refused:  # the gate's own refusal speaks of exporting: say what was asked
            raise UserFacingError(UNREVIEWED_SUBMIT, cycle=record.cycle, version=record.version) from refused
        repo = self.cycles.repo
        with transaction(repo.conn):
            repo.add_submission(record.cycle, record.version, self.clock().isoformat(timespec="seconds"), how)
            audit(repo.conn, "package-submit", {"cycle": record.cycle, "version": record.version, "how": how})
        submitted = self.cycles.submission(record.cycle)
        assert submitted is not None
        return submitted

    def changes(self, key: str) -> Changes | None:
        """Rows added and values changed since the submitted version; None when the cycle was not submitted
        or that version's package is no longer in the history folder."""
        cycle = self.cycles.parse(key)
        submitted = self.cycles.submission(cycle.key)
        if submitted is None:
            return None
        record = next((r for r in self.packages.history(cycle.key) if r.version == submitted.version), None)
        if record is None or not Path(record.path).is_file():
            return None
        try:
            return self._compare(Path(record.path))
        except (PackageError, OSError, KeyError, zipfile.BadZipFile, csv.Error, UnicodeDecodeError):
            return None  # a damaged copy in the history folder: nothing to compare with

    def _compare(self, package: Path) -> Changes:
        try:
            keys = self.decryption_keys()
        except UserFacingError:  # the office's key file is missing: a sealed copy cannot be opened
            keys = ()
        added = changed = 0
        with open_package(package, keys) as opened:
            for form in opened.manifest.get("forms", []):
                fields = list(form.get("field_ids") or [])
                try:
                    now = self.filler.rows(int(form["item_id"]))
                except UserFacingError:  # the form or its template is gone: nothing to compare
                    continue
                raw = io.TextIOWrapper(opened.open(form["csv"]), encoding="utf-8", newline="")
                sent = list(csv.DictReader(raw))
                raw.detach()
                rows, values = difference(sent, now, fields, identity_field(form.get("entity"), fields))
                added += rows
                changed += values
        return Changes(added, changed)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def identity_field(entity: str | None, fields: Sequence[str]) -> str | None:
    """The column that says which entity a row is: its key (ID number, credit code…), else its name."""
    candidates = [*KEY_FIELDS.get(entity or "", ()), LABEL_FIELDS.get(entity or "")]
    return next((f for f in candidates if f and f in fields), None)


def difference(
    sent: Iterable[Row], now: Iterable[Row], fields: Sequence[str], identity: str | None
) -> tuple[int, int]:
    """(rows added, values changed) from the rows sent to the rows now. Rows pair up by `identity`; a row
    without one pairs only with an identical row sent. Rows no longer there are not counted."""
    by_identity: dict[str, list[Row]] = {}
    unnamed: Counter[tuple[str, ...]] = Counter()
    for row in sent:
        name = _text(row.get(identity)) if identity else ""
        if name:
            by_identity.setdefault(name, []).append(row)
        else:
            unnamed[tuple(_text(row.get(f)) for f in fields)] += 1
    added = changed = 0
    for row in now:
        name = _text(row.get(identity)) if identity else ""
        if name and by_identity.get(name):
            before = by_identity[name].pop(0)
            changed += sum(_text(before.get(f)) != _text(row.get(f)) for f in fields)
            continue
        values = tuple(_text(row.get(f)) for f in fields)
        if not name and unnamed[values]:
            unnamed[values] -= 1
        else:
            added += 1
    return added, changed
