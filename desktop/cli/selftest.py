"""`yibiao selftest [--json] [--screenshot PNG]`: does this installation work? One line per check.

Everything happens in a temporary folder that is removed afterwards: a demo office is made there (the
`demo` command's code), a package is built for it and verified; the window's checks (Qt's platform
plugin, the Chinese font, the main window, QtPdf rendering the package's report) come from the window's
side through the launcher's hook (`desktop/` never imports widgets). Offscreen unless a screenshot is
wanted and there is a display, so `xvfb-run yibiao selftest --screenshot s.png` proves the real platform
plugin. Exit 0 only when every check passed; a warning (a fallback font) does not fail.

Works from the PyInstaller bundle: every file it reads is found through the package's own paths
(`desktop/i18n/*.qm`, `desktop/catalog/fields.csv`, Qt's `translations/qtbase_zh_CN.qm`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, ExportMessageError, UserFacingError, message_text

KNOWN_CLI_TEXT = "错误：{message}"  # a string the English catalogue translates
KNOWN_CLI_ENGLISH = "Error: {message}"
QT_KNOWN = ("QPlatformTheme", "Cancel", "取消")  # Qt's own catalogue (names, so lupdate does not collect it)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False


WindowChecks = Callable[..., None]
"""``window_checks(record, t, office, package, folder, screenshot)``: the checks that need Qt widgets
(ui/selftest.py), each reported through ``record(name, ok, detail, warning=False)``."""


class Results:
    """The checks so far; in text mode each is printed as soon as it is done (a hang shows where)."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.checks: list[Check] = []
        self.quiet = getattr(ctx.args, "json", False)

    def record(self, name: str, ok: bool, detail: str, warning: bool = False) -> bool:
        check = Check(name, ok, detail, warning and ok)
        self.checks.append(check)
        if not self.quiet:
            mark = "WARN" if check.warning else ("OK  " if ok else "FAIL")
            print(f"{mark} {name}: {detail}", flush=True)
        return ok

    def attempt(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one check: its detail when it passes, the error's message when it raises."""
        try:
            detail = fn()
        except Exception as error:  # a self-test reports every failure, whatever it is
            return self.record(name, False, self.describe(error))
        return self.record(name, True, detail)

    def describe(self, error: Exception) -> str:
        if isinstance(error, UserFacingError | ExportMessageError):
            return message_text(error, self.ctx.translate)
        if isinstance(error, RuntimeError):  # the check's own words
            return str(error)
        return f"{type(error).__name__}: {error}"

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def choose_platform(screenshot: str | None, environ: dict[str, str] | os._Environ = os.environ) -> str:
    """Offscreen, unless a screenshot is wanted and there is a display to show the window on."""
    if screenshot and (sys.platform != "linux" or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return environ.get("QT_QPA_PLATFORM", "")  # Qt's own choice (xcb under xvfb-run)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return "offscreen"


def cmd_selftest(ctx) -> int:
    choose_platform(ctx.args.screenshot)
    results = Results(ctx)
    t = ctx.t
    with tempfile.TemporaryDirectory(prefix="yibiao-selftest-") as scratch:
        folder = Path(scratch)
        _core_checks(ctx, results, t)
        office = package = None
        try:
            office = _demo_office(results, t, folder)
            if office is not None:
                package = _package(results, t, ctx.translate, office)
            window_checks: WindowChecks | None = getattr(ctx, "window_checks", None)
            if window_checks is None:
                results.record("window", False, t(QT_TRANSLATE_NOOP("cli", "此版本没有窗口部分")))
            else:
                screenshot = Path(ctx.args.screenshot).resolve() if ctx.args.screenshot else None
                window_checks(results.record, t, office, package, folder, screenshot)
        finally:
            if office is not None:
                office.close()
    passed = sum(c.ok for c in results.checks)
    summary = {"ok": results.ok, "checks": [asdict(c) for c in results.checks]}
    ctx.emit(
        summary,
        lambda: (
            t(
                QT_TRANSLATE_NOOP("cli", "自检通过：{passed}/{total} 项"),
                passed=passed,
                total=len(results.checks),
            )
            if results.ok
            else t(
                QT_TRANSLATE_NOOP("cli", "自检未通过：{failed} 项失败（{names}）"),
                failed=len(results.checks) - passed,
                names=", ".join(c.name for c in results.checks if not c.ok),
            )
        ),
    )
    return 0 if results.ok else 1


def _core_checks(ctx, results: Results, t) -> None:
    """What needs no window: Qt's core, the translations, the field catalog, SQLite."""

    def qt_core() -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        return f"Qt {qVersion()}, PySide6 {pyside_version}, Python {sys.version.split()[0]}"

    def english() -> str:
        from desktop.i18n import load_qt_translator, qm_path

        translator = load_qt_translator("en")
        if translator is None:
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "无法加载 {path}"), path=qm_path("en")))
        found = translator.translate("cli", KNOWN_CLI_TEXT)
        if found != KNOWN_CLI_ENGLISH:
            raise RuntimeError(f"{qm_path('en')}: “{KNOWN_CLI_TEXT}” → “{found}”")
        return f"{qm_path('en').name}: “{KNOWN_CLI_TEXT}” → “{found}”"

    def chinese() -> str:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator()
        if not translator.load(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder
        ):
            raise RuntimeError(
                t(QT_TRANSLATE_NOOP("cli", "无法加载 {path}"), path=f"{folder}/qtbase_zh_CN.qm")
            )
        context, source, expected = QT_KNOWN
        found = translator.translate(context, source)
        if found != expected:
            raise RuntimeError(f"qtbase_zh_CN.qm: “{source}” → “{found}”")
        return f"qtbase_zh_CN.qm: “{source}” → “{found}”"

    def catalog() -> str:
        from desktop.catalog.fields import BUILTIN_CSV, load_builtin_catalog

        count = len(load_builtin_catalog())
        if count == 0:
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "{path} 中没有指标"), path=BUILTIN_CSV))
        return t(QT_TRANSLATE_NOOP("cli", "指标库 {count} 项（{path}）"), count=count, path=BUILTIN_CSV.name)

    def sqlite() -> str:
        from storage.sqlite_features import sqlite_features

        features = sqlite_features()
        missing = [
            name for name, ok in (("JSON", features.json), ("FTS5 trigram", features.fts5_trigram)) if not ok
        ]
        if missing:
            raise RuntimeError(
                t(
                    QT_TRANSLATE_NOOP("cli", "SQLite {version} 缺少 {missing}"),
                    version=features.version,
                    missing=", ".join(missing),
                )
            )
        return f"SQLite {features.version}, JSON, FTS5 trigram"

    results.attempt("qt_core", qt_core)
    results.attempt("translations_en", english)
    results.attempt("translations_zh_CN", chinese)
    results.attempt("catalog", catalog)
    results.attempt("sqlite", sqlite)


def _demo_office(results: Results, t, folder: Path):
    """The demo township in the temporary folder, as `yibiao demo` makes it; None when that failed."""
    from desktop.demo.office import fill_demo
    from desktop.office import Office

    office = None

    def make() -> str:
        nonlocal office
        office = Office(folder / "selftest-office.sqlite3")
        summary = fill_demo(office)
        return t(
            QT_TRANSLATE_NOOP("cli", "示范单位 {office}：{items} 件事项"),
            office=summary["office"],
            items=summary["items"],
        )

    if not results.attempt("demo_office", make) and office is not None:
        office.close()
        return None
    return office


def _package(results: Results, t, translate, office) -> Path | None:
    """Build the first ready cycle's package and verify it as `package verify` does."""
    from desktop.packages.checked import check_package_file
    from desktop.trust.signers import OWN, signer_check

    built: Path | None = None

    def build() -> str:
        nonlocal built
        ready = [c.cycle.key for c in office.cycles.list() if c.forms and not c.blockers]
        if not ready:
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "示范单位没有可以生成报送包的周期")))
        result = office.packages.build(ready[0], None, signers={"填表人": "自检"})
        checked = check_package_file(result.path, lambda: signer_check(office))
        if not checked.ok or checked.verdict is None or checked.verdict.status != OWN:
            problem = message_text(checked.problems[0], translate) if checked.problems else "?"
            raise RuntimeError(t(QT_TRANSLATE_NOOP("cli", "校验未通过：{problem}"), problem=problem))
        built = result.path
        return t(
            QT_TRANSLATE_NOOP("cli", "报送包 {name}（{forms} 张报表，{rows} 行）已生成并校验通过"),
            name=result.path.name,
            forms=result.forms,
            rows=result.rows,
        )

    results.attempt("package", build)
    return built


def register(commands, json_parent) -> None:
    selftest = commands.add_parser(
        "selftest",
        parents=[json_parent],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "自检：Qt、翻译、指标库、示范单位、窗口、报送包与 PDF 预览、SQLite（在临时文件夹中，不改动任何数据）",
        ),
    )
    selftest.add_argument(
        "--screenshot",
        metavar="PNG",
        help=QT_TRANSLATE_NOOP("cli", "把主窗口截图保存到这个文件（有显示器时用真实显示）"),
    )
    selftest.set_defaults(handler=cmd_selftest)
