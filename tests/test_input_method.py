"""The input module chosen before QApplication: ibus (fcitx5's IBus portal) on a fcitx desktop whose fcitx Qt
plugin cannot load into our Qt; the desktop's choice everywhere else; YIBIAO_IM_MODULE overrides.
(packaging/im_check.sh proves with a real fcitx5 that the choice lets pinyin type 你好.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.input_method import choose_input_module

FCITX_DESKTOP = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}


@pytest.fixture
def our_plugins(tmp_path: Path) -> Path:
    """A plugin folder like PySide6's: ibus and compose, no fcitx."""
    contexts = tmp_path / "plugins" / "platforminputcontexts"
    contexts.mkdir(parents=True)
    for name in ("libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"):
        (contexts / name).write_bytes(b"")
    return tmp_path / "plugins"


def choose(environ: dict[str, str], plugins: Path, processes: tuple[str, ...] = (), platform: str = "linux"):
    return choose_input_module(environ, platform=platform, plugin_dirs=[plugins], process_names=processes)


@pytest.mark.parametrize(
    "desktop",
    [
        FCITX_DESKTOP,
        {"QT_IM_MODULE": "fcitx5"},
        {"XMODIFIERS": "@im=fcitx"},  # QT_IM_MODULE unset, the X input method says fcitx
        {"GTK_IM_MODULE": "fcitx"},
    ],
)
def test_fcitx_desktop_without_our_fcitx_plugin_uses_ibus_portal(desktop, our_plugins):
    environ = dict(desktop)
    assert choose(environ, our_plugins) == "ibus"
    assert environ["QT_IM_MODULE"] == "ibus"
    assert environ["IBUS_USE_PORTAL"] == "1"
    assert {k: v for k, v in environ.items() if k not in ("QT_IM_MODULE", "IBUS_USE_PORTAL")} == {
        k: v for k, v in desktop.items() if k != "QT_IM_MODULE"
    }


def test_a_running_fcitx5_counts_when_no_variable_says_so(our_plugins):
    environ: dict[str, str] = {}
    assert choose(environ, our_plugins, processes=("systemd", "fcitx5", "bash")) == "ibus"
    assert environ == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def test_the_qt_im_modules_list_has_fcitx_replaced(our_plugins):
    """Qt 6.8+ reads QT_IM_MODULES before QT_IM_MODULE: a fcitx in the list would still win."""
    environ = {"QT_IM_MODULES": "wayland;fcitx;ibus", "QT_IM_MODULE": "fcitx"}
    choose(environ, our_plugins)
    assert environ["QT_IM_MODULES"] == "wayland;ibus"


def test_a_fcitx_plugin_in_our_qt_is_left_to_work(our_plugins):
    (our_plugins / "platforminputcontexts" / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    environ = dict(FCITX_DESKTOP)
    assert choose(environ, our_plugins) is None
    assert environ == FCITX_DESKTOP


@pytest.mark.parametrize(
    "desktop",
    [{}, {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"}, {"QT_IM_MODULE": "xim"}],
)
def test_other_desktops_are_left_alone(desktop, our_plugins):
    environ = dict(desktop)
    assert choose(environ, our_plugins, processes=("ibus-daemon", "Xorg")) is None
    assert environ == desktop


def test_a_desktop_that_chose_another_input_method_keeps_it_even_with_fcitx5_running(our_plugins):
    environ = {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"}
    assert choose(environ, our_plugins, processes=("fcitx5",)) is None
    assert environ == {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"}


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_only_linux_is_touched(platform, our_plugins):
    environ = dict(FCITX_DESKTOP)
    assert choose(environ, our_plugins, platform=platform) is None
    assert environ == FCITX_DESKTOP


def test_the_override_names_the_module(our_plugins):
    environ = {**FCITX_DESKTOP, "QT_IM_MODULES": "fcitx", "YIBIAO_IM_MODULE": "fcitx"}
    assert choose(environ, our_plugins) == "fcitx"
    assert environ["QT_IM_MODULE"] == "fcitx"
    assert "QT_IM_MODULES" not in environ and "IBUS_USE_PORTAL" not in environ


def test_the_override_system_keeps_the_desktop_choice(our_plugins):
    environ = {**FCITX_DESKTOP, "YIBIAO_IM_MODULE": "system"}
    assert choose(environ, our_plugins) is None
    assert environ == {**FCITX_DESKTOP, "YIBIAO_IM_MODULE": "system"}


def test_an_ibus_portal_setting_of_the_user_is_kept(our_plugins):
    environ = {**FCITX_DESKTOP, "IBUS_USE_PORTAL": "0"}
    choose(environ, our_plugins)
    assert environ["IBUS_USE_PORTAL"] == "0"


def test_the_real_defaults_find_pysides_plugins_and_running_programs(monkeypatch):
    """With no test doubles: our Qt's plugin folder has no fcitx plugin, so a fcitx desktop gets ibus."""
    environ = dict(FCITX_DESKTOP)
    assert choose_input_module(environ, platform="linux") == "ibus"
    from ui import input_method

    assert any(
        p.name == "platforminputcontexts" for d in input_method._our_plugin_dirs() for p in d.iterdir()
    )
    assert list(input_method._running_process_names())  # this test's own process at least
