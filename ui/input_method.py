"""Chinese input on a fcitx desktop (UOS, Kylin): pick the Qt input module before QApplication is made.

fcitx desktops set QT_IM_MODULE=fcitx, but the fcitx Qt plugin a distribution ships is built against the
system's Qt and does not load into the Qt that PySide6 brings (it needs Qt's private API of the very same
version: "undefined symbol … version Qt_6_PRIVATE_API"), so Qt falls back to plain keys and no Chinese can be
typed. fcitx5 also answers as IBus on the session bus (its ibusfrontend addon, on by default), and PySide6 ships
Qt's ibus plugin. Qt's ibus plugin only connects when an `ibus-daemon` executable is on PATH, unless it is told
to use the IBus portal (IBUS_USE_PORTAL), which is the session-bus name fcitx5 also owns. So on a fcitx desktop
without a loadable fcitx plugin: QT_IM_MODULE=ibus and IBUS_USE_PORTAL=1. packaging/im_check.sh proves it
(fcitx5 + pinyin under Xvfb, `nihao` + space typed → 你好).

YIBIAO_IM_MODULE overrides the choice: a module name is used as is (QT_IM_MODULE=that name), `system` leaves
the environment as the desktop set it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path

OVERRIDE = "YIBIAO_IM_MODULE"
KEEP_SYSTEM = "system"
IBUS = "ibus"
_FCITX_VARIABLES = (
    "QT_IM_MODULE",
    "QT_IM_MODULES",
    "XMODIFIERS",
    "GTK_IM_MODULE",
    "SDL_IM_MODULE",
    "INPUT_METHOD",
)
_FCITX_PROCESSES = frozenset({"fcitx5", "fcitx"})


def choose_input_module(
    environ: MutableMapping[str, str] | None = None,
    *,
    platform: str | None = None,
    plugin_dirs: Iterable[Path] | None = None,
    process_names: Iterable[str] | None = None,
) -> str | None:
    """Set QT_IM_MODULE (and what it needs) in `environ` when the desktop's own choice cannot work.

    Returns the module it set, or None when it left the environment alone. `plugin_dirs` (our Qt's plugin
    folders) and `process_names` (running programs) default to the real ones; tests pass their own."""
    environ = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return None
    override = environ.get(OVERRIDE, "").strip()
    if override:
        if override.lower() == KEEP_SYSTEM:
            return None
        environ["QT_IM_MODULE"] = override
        environ.pop("QT_IM_MODULES", None)  # Qt 6.8+ reads the list before QT_IM_MODULE
        return override
    if not _fcitx_desktop(environ, process_names):
        return None
    if _has_fcitx_plugin(_our_plugin_dirs() if plugin_dirs is None else plugin_dirs):
        return None  # a fcitx plugin built for our Qt (none today): the desktop's QT_IM_MODULE=fcitx works
    environ["QT_IM_MODULE"] = IBUS
    modules = environ.get("QT_IM_MODULES")
    if modules is not None:
        kept = [IBUS if "fcitx" in name.lower() else name for name in modules.split(";") if name.strip()]
        environ["QT_IM_MODULES"] = ";".join(dict.fromkeys(kept or [IBUS]))
    # fcitx5 owns org.freedesktop.portal.IBus, so Qt's plugin needs no ibus-daemon on PATH
    environ.setdefault("IBUS_USE_PORTAL", "1")
    return IBUS


def _fcitx_desktop(environ: MutableMapping[str, str], process_names: Iterable[str] | None) -> bool:
    values = [environ.get(name, "").lower() for name in _FCITX_VARIABLES]
    if any("fcitx" in value for value in values):
        return True
    if any(values):
        return False  # the desktop chose another input method: its choice stands
    names = _running_process_names() if process_names is None else process_names
    return any(name in _FCITX_PROCESSES for name in names)


def _running_process_names() -> Iterator[str]:
    """The short names of the running programs (/proc/PID/comm); nothing when /proc cannot be read.
    Only asked when no input-method variable is set at all (a few ms: one small read per process)."""
    try:
        entries = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return
    for pid in entries:
        try:
            with open(f"/proc/{pid}/comm", "rb") as comm:
                yield comm.read().decode("utf-8", "replace").strip()
        except OSError:
            continue  # the process ended, or is not ours to read


def _our_plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QLibraryInfo

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]


def _has_fcitx_plugin(plugin_dirs: Iterable[Path]) -> bool:
    for folder in plugin_dirs:
        contexts = Path(folder) / "platforminputcontexts"
        try:
            if any("fcitx" in entry.name.lower() for entry in contexts.iterdir()):
                return True
        except OSError:
            continue
    return False
