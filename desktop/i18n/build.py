"""Refresh the English .ts from the sources and compile it to .qm.

    uv run python -m desktop.i18n.build          # lupdate + lrelease
    uv run python -m desktop.i18n.build --check  # exit 1 if a string lacks a translation

Chinese is the source language, so only English needs a translation file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("ui", "desktop", "storage", "exports")
TS_FILE = Path(__file__).with_name("yibiao_en.ts")
QM_FILE = Path(__file__).with_name("yibiao_en.qm")


def qt_tool(name: str) -> str:
    """The lupdate/lrelease binaries inside the PySide6 wheel (the pyside6-* wrappers need a cwd)."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(name)


def source_files() -> list[str]:
    files = []
    for folder in SOURCE_DIRS:
        files += [str(p.relative_to(ROOT)) for p in sorted((ROOT / folder).rglob("*.py"))]
    return files


def update_ts(ts_file: Path = TS_FILE) -> None:
    subprocess.run(
        [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *source_files(), "-ts", str(ts_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([qt_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def untranslated(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation.findall("numerusform") if translation is not None else []
            text = (
                "".join(n.text or "" for n in numerus)
                if numerus
                else (translation.text or "" if translation is not None else "")
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not text.strip()
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    update_ts()
    missing = untranslated()
    release()
    for context, source in missing:
        print(f"untranslated [{context}] {source}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
