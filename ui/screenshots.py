"""Render the README's screenshots from the demo office, offscreen.

uv run python -m ui.screenshots [--out docs/screenshots] [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date, datetime, time
from pathlib import Path

# The date the README's pictures show, so regenerating them gives the same pictures.
PICTURE_DAY = date(2026, 11, 25)
PAGES = (
    ("today", "today"),
    ("registry", "registry"),
    ("meetings", "meetings"),
    ("forms", "forms"),
    ("ledger", "ledger"),
    ("cycles", "cycles"),
    ("sync", "sync"),
    ("burden", "burden"),
    ("settings", "settings"),
)


def render(out: Path, lang: str = "zh_CN") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.demo.office import fill_demo
    from desktop.office import Office
    from ui.app import install_translations, make_application
    from ui.app_state import AppState
    from ui.main_window import MainWindow

    app = make_application()
    translators = install_translations(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        clock = lambda: datetime.combine(PICTURE_DAY, time(10, 0))  # noqa: E731
        office = Office(Path(folder) / "demo-office.db", clock=clock)
        fill_demo(office, PICTURE_DAY)
        window = MainWindow(AppState(office))
        window.show()
        suffix = "" if lang == "zh_CN" else f"_{lang}"
        for key, name in PAGES:
            page = window.go_to(key)
            if key == "forms":  # the newest form: the one another bureau already asked for
                page.filter_bar.clear()
                newest = max(office.intake.with_templates([i.id for i in office.registry.list()]))
                page.select_item(newest)
            elif hasattr(page, "table"):
                page.table.selectRow(0)
            app.processEvents()
            target = out / f"{name}{suffix}.png"
            window.grab().save(str(target))
            written.append(target)
        window.close()
        office.close()
    for translator in translators:
        app.removeTranslator(translator)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    for path in render(Path(args.out), args.lang):
        print(path)


if __name__ == "__main__":
    main()
