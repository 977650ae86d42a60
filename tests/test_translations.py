"""The English translation: complete, faithful to placeholders, compiled, and used by the UI and CLI."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.cli import main as cli
from desktop.i18n import build, load_qt_translator
from ui.app_state import AppState
from ui.main_window import MainWindow

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:n|\d+)")
CJK = re.compile(r"[\u3400-\u9fff]")


def messages(ts_file: Path = build.TS_FILE):
    """(context, source, [translations]) of every message; numerus messages give one per form."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            yield name, message.findtext("source", ""), texts


def test_every_string_in_the_sources_has_an_english_translation(tmp_path):
    tmp_ts = tmp_path / "yibiao_en.ts"
    shutil.copy(build.TS_FILE, tmp_ts)
    build.update_ts(tmp_ts)
    missing = build.untranslated(tmp_ts)
    assert missing == [], (
        "Strings without an English translation; run `uv run python -m desktop.i18n.build` "
        "and translate them in desktop/i18n/yibiao_en.ts:\n"
        + "\n".join(f"  [{context}] {source}" for context, source in missing)
    )


def test_translations_keep_placeholders_and_markers():
    wrong = []
    for context, source, texts in messages():
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if sorted(set(PLACEHOLDER.findall(text))) != expected:
                wrong.append(f"[{context}] {source!r} -> {text!r}")
    assert wrong == []


def test_translations_keep_line_breaks_and_html_tags():
    wrong = []
    for context, source, texts in messages():
        tags = sorted(re.findall(r"</?\w+", source))
        for text in texts:
            if text.count("\n") != source.count("\n") or sorted(re.findall(r"</?\w+", text)) != tags:
                wrong.append(f"[{context}] {source!r} -> {text!r}")
    assert wrong == []


def test_compiled_qm_loads_and_matches_the_ts():
    translator = QTranslator()
    assert translator.load(str(build.QM_FILE))
    assert translator.translate("vocab", "待办") == "To do"
    assert translator.translate("MainWindow", "收文登记") == "Incoming register"
    assert translator.translate("RegistryView", "共 %n 件", "", 1) == "%n item"
    assert translator.translate("RegistryView", "共 %n 件", "", 3) == "%n items"
    stale = [
        (context, source)
        for context, source, texts in messages()
        if len(texts) == 1 and translator.translate(context, source) != texts[0]
    ]
    assert stale == [], "yibiao_en.qm is older than yibiao_en.ts; run the build script"


def test_load_qt_translator():
    assert load_qt_translator("zh_CN") is None
    translator = load_qt_translator("en-US")
    assert translator is not None
    assert translator.translate("vocab", "特急") == "Extra urgent"


@pytest.fixture
def english(qapp):
    translator = load_qt_translator("en")
    assert translator is not None
    qapp.installTranslator(translator)
    yield translator
    QApplication.removeTranslator(translator)


def test_main_window_in_english(qtbot, english, office):
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav == [
        "Today",
        "Incoming register",
        "Meetings",
        "Forms",
        "Ledger",
        "Reporting cycles",
        "Sync",
        "Burden monitor",
        "Settings",
    ]
    assert window.windowTitle() == "Yibiao (One-Form Township Edition)"
    office.profile.save("乡镇", "白沙镇人民政府", "530624100000", "云溪县")
    window.state.notify()
    assert window.windowTitle() == "Yibiao (One-Form Township Edition) — 白沙镇人民政府"
    filter_bar = window.registry.filter_bar
    statuses = [filter_bar.status_combo.itemText(i) for i in range(filter_bar.status_combo.count())]
    assert statuses == ["All statuses", "Still open", "To do", "In progress", "Done", "Submitted", "Archived"]
    assert filter_bar.search_edit.placeholderText() == "Search title, document no., notes (Ctrl+F)"


def test_window_is_chinese_without_the_translator(qtbot, office):
    window = MainWindow(AppState(office))
    qtbot.addWidget(window)
    assert window.nav.item(1).text() == "收文登记"
    assert window.windowTitle() == "一表通·乡镇版"


def test_cli_errors_in_english(tmp_path, capsys):
    db = str(tmp_path / "office.sqlite3")
    add = ["items", "add", "--kind", "task", "--title", "x", "--department", "县不存在局"]
    assert cli.main(["--db", db, "--lang", "en", *add]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith('Error: Unknown sending department "县不存在局".')
    assert not CJK.search(err.replace("县不存在局", "")), err

    assert cli.main(["--db", db, *add]) == 1
    assert capsys.readouterr().err.startswith("错误：")
