"""`yibiao selftest`: a real process checks this installation; a broken part fails, named, with exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.selftest import choose_platform

ROOT = Path(__file__).resolve().parents[1]
START = "import sys; from ui.launcher import main; sys.exit(main())"
NO_TRANSLATIONS = (
    "import sys; from pathlib import Path; import desktop.i18n as i18n; "
    "i18n.TRANSLATIONS_DIR = Path(sys.argv.pop(1)); "
    "from ui.launcher import main; sys.exit(main())"
)
EXPECTED = {
    "qt_core",
    "translations_en",
    "translations_zh_CN",
    "catalog",
    "sqlite",
    "demo_office",
    "package",
    "qt_platform",
    "cjk_font",
    "window",
    "pdf_preview",
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The user's folders of this test only: the self-test must leave them as they were."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # the command itself must choose offscreen
    environ.pop("DISPLAY", None)
    environ.pop("WAYLAND_DISPLAY", None)
    environ.pop("YIBIAO_DB", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        environ[name] = str(folder)
    return environ


def selftest(env: dict[str, str], *args: str, code: str = START) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_selftest_passes_offscreen_and_writes_only_what_it_was_asked_to(env, tmp_path):
    shot = tmp_path / "shots" / "window.png"
    done = selftest(env, "selftest", "--json", "--screenshot", str(shot))
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["ok"] is True
    checks = {c["name"]: c for c in result["checks"]}
    assert set(checks) == EXPECTED
    assert all(c["ok"] and c["detail"] for c in checks.values())
    assert "offscreen" in checks["qt_platform"]["detail"]
    assert "fields.csv" in checks["catalog"]["detail"]
    assert shot.read_bytes().startswith(b"\x89PNG")
    # no settings, no office, no demo database in the user's folders
    assert not any(Path(env["XDG_CONFIG_HOME"]).rglob("*"))
    assert not any(Path(env["XDG_DATA_HOME"]).rglob("*"))


def test_missing_translations_fail_the_selftest_by_name(env, tmp_path):
    done = selftest(env, str(tmp_path / "no-such-folder"), "--lang", "en", "selftest", code=NO_TRANSLATIONS)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(failed) == 1 and failed[0].startswith("FAIL translations_en:")
    assert "yibiao_en.qm" in failed[0]
    assert any(line.startswith("OK   pdf_preview") for line in lines)  # the rest still ran
    assert "translations_en" in lines[-1]  # the summary names what failed


def test_offscreen_unless_a_screenshot_is_wanted_on_a_display():
    environ = {"QT_QPA_PLATFORM": "xcb"}
    assert choose_platform(None, environ) == "offscreen" and environ["QT_QPA_PLATFORM"] == "offscreen"
    environ = {"DISPLAY": ":99"}
    assert choose_platform("shot.png", environ) == ""  # Qt's own choice: the display
    assert "QT_QPA_PLATFORM" not in environ
    if sys.platform == "linux":
        environ = {}
        assert choose_platform("shot.png", environ) == "offscreen"
