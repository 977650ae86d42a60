"""Building a cycle's submission package (报送包) from the ledger: `PackageService` (``office.packages``).

For every form of the cycle that has a stored template: the department's original template filled from
the ledger (`FormFillService`, so title, merged headers, widths, borders and footers stay), its rows as
``data/<item id>.csv``; then 汇总.xlsx, report.pdf (cover fingerprint over the other files) and the zip
with its manifest (`exports.package.writer`). Work files live in a temporary folder.

Every version is kept: the package is written into the office's history folder beside the database
(``<db stem>_packages/``) and recorded in the ``packages`` table; with ``out_dir`` it is also copied
there, read back and checked (`exports.package.atomic_copy.copy_verified`). A cancel or an error leaves no file
that looks like a package and records nothing — except a failed copy to ``out_dir`` (a full or pulled
USB drive): the version is complete, so it is kept and recorded, and the error says where it is.
"""

from __future__ import annotations

import contextlib
import tempfile
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from desktop.audit import record
from desktop.burden.package_block import package_measures
from desktop.burden.service import BurdenService
from desktop.catalog.service import CatalogService
from desktop.cycles.checklist import Checklist
from desktop.cycles.service import CycleService
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from desktop.forms.fill import FormFillService
from desktop.packages.choices import PackageChoices
from desktop.packages.forms import PackageForm, package_forms
from desktop.packages.report import cycle_text, report_data
from desktop.profile import OfficeProfile, ProfileService
from desktop.trust.keys import OfficeKeys
from exports.excel.summary_workbook import (
    SheetColumn,
    SummaryCancelled,
    SummaryForm,
    SummaryOffice,
    write_summary_workbook,
)
from exports.excel.template_fill import FillCancelled
from exports.package.atomic_copy import CopyCancelled, CopyError, copy_verified
from exports.package.crypto import PublicKeys
from exports.package.data_csv import CsvCancelled, write_data_csv
from exports.package.manifest import (
    REPORT,
    SUMMARY,
    PackageCancelled,
    PackageError,
    PackageFile,
    data_arcname,
    fingerprint_of,
    form_arcname,
    unique_arcname,
)
from exports.package.safe_names import package_name
from exports.package.verify import extract_report as _extract_report
from exports.package.writer import build_package, list_versions
from exports.pdf.report import ReportCancelled, write_report_pdf
from storage.disk_errors import disk_error
from storage.packages import PackageRepository
from storage.records import PackageRecord
from storage.transaction import transaction

# Progress texts (context "packages"): the window translates them through `PackageService.translate`.
STEP_FILL = QT_TRANSLATE_NOOP("packages", "正在填写 {n}/{total}：{title}")
STEP_SUMMARY = QT_TRANSLATE_NOOP("packages", "正在生成汇总表…")
STEP_PDF = QT_TRANSLATE_NOOP("packages", "正在生成 PDF…")
STEP_ZIP = QT_TRANSLATE_NOOP("packages", "正在打包…")
STEP_VERIFY = QT_TRANSLATE_NOOP("packages", "正在校验…")
STEP_COPY = QT_TRANSLATE_NOOP("packages", "正在复制到 {folder}…")
STEP_DONE = QT_TRANSLATE_NOOP("packages", "已生成 {name}")

NO_PROFILE = QT_TRANSLATE_NOOP(
    "errors", "还没有填写单位信息，无法生成报送包：请到“设置 → 单位信息”填写单位名称和统计用区划代码。"
)
NO_FORMS = QT_TRANSLATE_NOOP(
    "errors", "报送周期“{cycle}”没有可以按台账填写的报表（都没有导入部门模板），不需要生成报送包。"
)
TEMPLATE_GONE = QT_TRANSLATE_NOOP(
    "errors",
    "报表“{title}”的模板原件“{name}”不在文件库中（可能被删除或移动），报送包没有生成。请重新导入这张报表的模板。",
)
FORM_FAILED = QT_TRANSLATE_NOOP("errors", "报表“{title}”无法填写，报送包没有生成：{reason}")
BUILD_FAILED = QT_TRANSLATE_NOOP("errors", "报送包没有生成：{reason}")
COPY_FAILED = QT_TRANSLATE_NOOP(
    "errors", "报送包第 {version} 版已生成并保存在“{path}”，但没能复制到“{folder}”：{reason}"
)
OUT_NOT_FOLDER = QT_TRANSLATE_NOOP("errors", "“{folder}”不是一个文件夹，请选择保存报送包的文件夹。")

_CANCELS = (FillCancelled, CsvCancelled, SummaryCancelled, ReportCancelled, PackageCancelled, CopyCancelled)


class BuildCancelled(PackageCancelled):
    """The clerk cancelled the build: nothing that looks like a package was left, nothing was recorded."""


class _Because(UserFacingError):
    """An error caused by another one (a form's fill, a USB copy) whose own message, translatable too,
    goes into ``{reason}``."""

    def __init__(self, template: str, cause: Exception, **params: Any) -> None:
        super().__init__(template, reason=cause, **params)  # a message as a parameter is translated too
        self.cause = cause


@dataclass(frozen=True)
class BuildResult:
    path: Path  # the copy in out_dir when one was given, else the office's own copy
    version: int
    forms: int
    rows: int
    sha256: str
    size: int
    fingerprint: str


_OFFICE_KEYS: weakref.WeakSet[OfficeKeys] = weakref.WeakSet()
"""The keys of the offices whose packages this process builds: the window's preview opens a sealed package
of its own office with them."""


def extract_report(path: Path | str, folder: Path | str) -> Path:
    """The package's report.pdf copied into ``folder`` (`exports.package.verify.extract_report`); a package
    sealed for this office is opened with its keys."""
    keys = []
    for office_keys in list(_OFFICE_KEYS):
        with contextlib.suppress(UserFacingError):
            if office_keys.file.is_file():  # the file alone: the office's database may be closed by now
                keys.append(office_keys.read_file())
    return _extract_report(path, folder, tuple(keys))


def history_dir_for(db_path: Path) -> Path:
    """The office's package history, beside the database: ``<db stem>_packages``."""
    return db_path.with_name(db_path.stem + "_packages")


def _program_version() -> str:
    try:
        return metadata.version("yibiao")
    except metadata.PackageNotFoundError:
        return "0.1.0"


class PackageService:
    backup_before: Callable[[], object] = staticmethod(lambda: None)  # Office: back up before a build
    # Office: the 表号 of the whitelist entry a form answers (None: 清单外, or no whitelist)
    whitelist_form: Callable[[int], str | None] = staticmethod(lambda item_id: None)
    # Office: the reviewer's sign-off (desktop/accounts): names for the cover; refuses an unreviewed export
    sign_off: Callable[[str, int, bool], Mapping[str, str]] = staticmethod(lambda cycle, version, out: {})

    def __init__(
        self,
        db_path: Path,
        cycles: CycleService,
        filler: FormFillService,
        burden: BurdenService,
        catalog: CatalogService,
        profile: ProfileService,
        choices: PackageChoices,
        packages: PackageRepository,
        clock: Callable[[], datetime] = datetime.now,
        keys: OfficeKeys | None = None,
    ) -> None:
        self.history_dir = history_dir_for(Path(db_path))
        self.cycles = cycles
        self.filler = filler
        self.burden = burden
        self.catalog = catalog
        self.profile = profile
        self.choices = choices
        self.repo = packages
        self.clock = clock
        self.keys = keys if keys is not None else OfficeKeys(Path(db_path), profile.settings)
        """Signs every package; seals it for the county (and this office) once the county's key is known."""
        _OFFICE_KEYS.add(self.keys)
        self.translate: Callable[[str, str], str] = lambda _context, text: text
        """Turns the progress texts into the window's language: set it to ``QCoreApplication.translate``."""

    # --- the office's choices (kept in the settings) ------------------------------------
    def signers(self) -> dict[str, str]:
        """The saved 填表人 / 审核人 / 负责人 names (missing ones left out)."""
        return self.choices.signers()

    def save_signers(self, signers: Mapping[str, str]) -> None:
        self.choices.save_signers(signers)

    def masked(self, item_id: int) -> bool:
        """Whether the form's ID numbers and phones are masked in the report (the default)."""
        return self.choices.masked(item_id)

    def set_masked(self, item_id: int, masked: bool) -> None:
        self.choices.set_masked(item_id, masked)

    # --- history -------------------------------------------------------------------------
    def history(self, cycle: str | None = None) -> list[PackageRecord]:
        """Every version built (of one cycle, or of all), newest first."""
        return self.repo.history(self.cycles.parse(cycle).key if cycle else None)

    def next_version(self, cycle: str, out_dir: Path | None = None) -> int:
        """1 + the highest version built (history table, history folder, and ``out_dir``)."""
        profile = self._profile()
        key = self.cycles.parse(cycle).key
        found = [r.version for r in self.repo.history(key)]
        found += list_versions(self.history_dir, profile.admin_code, key)
        if out_dir is not None:
            found += list_versions(out_dir, profile.admin_code, key)
        return max(found, default=0) + 1

    # --- build ---------------------------------------------------------------------------
    def build(
        self,
        cycle: str,
        out_dir: Path | None = None,
        *,
        signers: Mapping[str, str] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> BuildResult:
        """Build the next version of ``cycle``'s package; keep it in the history, copy it to ``out_dir``.

        ``signers`` (填表人/审核人/负责人) default to the saved ones. ``progress(step, steps, text)``.
        Raises `BuildCancelled` on cancel and `UserFacingError` naming the problem otherwise.
        """
        key = self.cycles.parse(cycle).key
        profile = self._profile()
        out = Path(out_dir) if out_dir is not None else None
        if out is not None and out.exists() and not out.is_dir():
            raise UserFacingError(OUT_NOT_FOLDER, folder=out)
        names = {**self.signers(), **{k: v for k, v in (signers or {}).items() if v}}
        checklist = self.cycles.checklist(key)  # once: it measures every form's coverage
        forms = self._forms(checklist)
        cancelled = is_cancelled or (lambda: False)
        steps = len(forms) + 4 + (1 if out is not None else 0)
        step = 0

        def tell(template: str, **params: Any) -> None:
            nonlocal step
            if cancelled():
                raise BuildCancelled()
            step += 1
            if progress is not None:
                progress(step, steps, self.translate("packages", template).format(**params))

        version = self.next_version(key, out)
        names = {**names, **self.sign_off(key, version, out is not None)}  # before any write
        self.backup_before()
        built: Path | None = None
        try:
            self.history_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix="yibiao-package-") as folder:
                result = self._build(checklist, version, profile, forms, names, Path(folder), tell, cancelled)
                built = result.path
            copied, copy_error = built, None
            if out is not None:
                tell(STEP_COPY, folder=out)
                try:
                    copied = self._copy(built, out, cancelled, version)
                except UserFacingError as exc:  # the package itself is fine: keep and record it, then say so
                    copy_error = exc
            with transaction(self.repo.conn):
                self.repo.add(
                    key,
                    version,
                    str(built),
                    result.sha256,
                    result.size,
                    result.fingerprint,
                    result.forms,
                    result.rows,
                    self.clock().isoformat(timespec="seconds"),
                    names.get("填表人", ""),
                )
                done = {"cycle": key, "version": version, "sha256": result.sha256, "forms": result.forms}
                record(self.repo.conn, "package-build", done)
                if out is not None and copy_error is None:
                    record(self.repo.conn, "package-export", {**done, "to": str(copied)})
        except _CANCELS as exc:
            _remove(built)
            raise BuildCancelled() from exc
        except OSError as exc:  # a full disk, a read-only package folder: one plain message
            _remove(built)
            if (plain := disk_error(exc, self.history_dir)) is None:
                raise
            raise plain from exc
        except BaseException:
            _remove(built)
            raise
        if copy_error is not None:
            raise copy_error
        if progress is not None:
            progress(steps, steps, self.translate("packages", STEP_DONE).format(name=copied.name))
        return BuildResult(
            copied, version, result.forms, result.rows, result.sha256, result.size, result.fingerprint
        )

    def _profile(self) -> OfficeProfile:
        profile = self.profile.get()
        if profile is None:
            raise UserFacingError(NO_PROFILE)
        return profile

    def _forms(self, checklist: Checklist) -> list[PackageForm]:
        """The cycle's forms with a stored template, in checklist order (archived ones left out)."""
        forms = package_forms(checklist, self.filler, self.catalog)
        if not forms:
            raise UserFacingError(NO_FORMS, cycle=checklist.cycle.key)
        return forms

    def _build(
        self,
        checklist: Checklist,
        version: int,
        profile: OfficeProfile,
        forms: list[PackageForm],
        signers: Mapping[str, str],
        work: Path,
        tell: Callable[..., None],
        cancelled: Callable[[], bool],
    ) -> _Built:
        key = checklist.cycle.key
        files: list[PackageFile] = []
        taken: set[str] = set()
        (work / "forms").mkdir()
        (work / "data").mkdir()
        for n, form in enumerate(forms, start=1):
            tell(STEP_FILL, n=n, total=len(forms), title=form.title)
            xlsx = work / "forms" / f"{form.item_id}.xlsx"
            self._fill(form, xlsx, signers, cancelled)
            form.xlsx = unique_arcname(form_arcname(form.department, form.title), taken)
            files.append(PackageFile(form.xlsx, xlsx))
            form.csv_path = work / "data" / f"{form.item_id}.csv"
            records = self.filler.rows(form.item_id)
            form.rows = write_data_csv(form.csv_path, form.data_fields, records, is_cancelled=cancelled)
            _rows, form.cells = self.burden.form_cells(form.entity, form.data_fields, records)
            del records
            form.csv = unique_arcname(data_arcname(form.item_id), taken)
            files.append(PackageFile(form.csv, form.csv_path))
        tell(STEP_SUMMARY)
        summary = work / SUMMARY
        write_summary_workbook(
            [
                SummaryForm(
                    f.department,
                    f.title,
                    [
                        SheetColumn(h, x or "", i in f.sensitive)
                        for i, (h, x) in enumerate(zip(f.headers, f.fields, strict=True))
                    ],
                    f.table(),
                )
                for f in forms
            ],
            summary,
            office=SummaryOffice(profile.name, profile.admin_code, cycle_text(checklist), version, signers),
            is_cancelled=cancelled,
        )
        files.append(PackageFile(SUMMARY, summary))
        tell(STEP_PDF)
        burden = self.burden.of_checklist(checklist, {f.item_id: f.cells for f in forms})
        report = report_data(
            checklist, version, profile, forms, burden, self.choices.masked, signers, self.clock()
        )
        report.fingerprint = fingerprint_of(files)
        report.key_fingerprint = self.keys.ensure().fingerprint
        pdf = work / REPORT
        write_report_pdf(report, pdf, is_cancelled=cancelled)
        files.append(PackageFile(REPORT, pdf))
        tell(STEP_ZIP)
        manifest = {
            "office_name": profile.name,
            "county": profile.county,
            "cycle_title": checklist.cycle.title,
            "program_version": _program_version(),
            "signers": dict(signers),
            "forms": [
                {
                    "item_id": f.item_id,
                    "department": f.department,
                    "title": f.title,
                    "entity": f.entity or None,
                    "rows": f.rows,
                    "field_ids": f.data_fields,
                    "field_names": {x: f.field_names.get(x, x) for x in f.data_fields},
                    "xlsx": f.xlsx,
                    "csv": f.csv,
                    "cells": f.cells.to_dict(),
                    "whitelist_form": self.whitelist_form(f.item_id),
                }
                for f in forms
            ],
            "cells": burden.cells.to_dict(),
        }
        if (measures := package_measures(self.burden, checklist.cycle)) is not None:
            manifest["burden"] = measures  # the period's measures for the county (no personal data)
        verifying = False

        def written(done: int, total: int) -> None:
            nonlocal verifying
            if done >= total and not verifying:  # every byte is in: build_package now reads it back
                verifying = True
                tell(STEP_VERIFY)

        try:
            package = build_package(
                self.history_dir,
                profile.admin_code,
                key,
                version,
                files,
                manifest,
                signer=self.keys.signer(),
                recipients=self._recipients(),
                progress=written,
                is_cancelled=cancelled,
            )
        except PackageError as exc:
            raise UserFacingError(BUILD_FAILED, reason=str(exc)) from exc
        if not verifying:
            tell(STEP_VERIFY)
        return _Built(
            package.path,
            package.sha256,
            package.size,
            package.manifest["fingerprint"],
            len(forms),
            sum(f.rows for f in forms),
        )

    def _recipients(self) -> list[PublicKeys]:
        """Who can open the package: the county and this office — or nobody (not sealed) while the
        county's key is unknown (no configuration package imported yet)."""
        county = self.keys.county()
        return [county, self.keys.public()] if county is not None else []

    def _fill(
        self, form: PackageForm, out: Path, signers: Mapping[str, str], cancelled: Callable[[], bool]
    ) -> None:
        template = self.filler.template_of(form.item_id)
        if not self.filler.blobs.path_of(template.sha256).is_file():
            raise UserFacingError(TEMPLATE_GONE, title=form.title, name=template.original_name)
        try:
            self.filler.fill(form.item_id, out, signers=signers, is_cancelled=cancelled)
        except _CANCELS:
            raise
        except UserFacingError as exc:
            raise _Because(FORM_FAILED, exc, title=form.title) from exc

    def _copy(self, built: Path, out: Path, cancelled: Callable[[], bool], version: int) -> Path:
        where = {"folder": out, "version": version, "path": built}
        try:
            out.mkdir(parents=True, exist_ok=True)
            return copy_verified(built, out, is_cancelled=cancelled).path
        except CopyCancelled:
            raise
        except CopyError as exc:
            raise _Because(COPY_FAILED, exc, **where) from exc
        except OSError as exc:
            raise UserFacingError(COPY_FAILED, reason=exc.strerror or str(exc), **where) from exc

    def package_name(self, cycle: str, version: int) -> str:
        """``<code>_<cycle>_v<N>.yibiao`` for this office."""
        return package_name(self._profile().admin_code, self.cycles.parse(cycle).key, version)


@dataclass(frozen=True)
class _Built:
    path: Path
    sha256: str
    size: int
    fingerprint: str
    forms: int
    rows: int


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


__all__ = ["BuildCancelled", "BuildResult", "PackageService", "extract_report", "history_dir_for"]
