# Run-time hook replacing PyInstaller's pyi_rth_pyside6 (packaging/yibiao.spec drops that one).
#
# PyInstaller's hook imports PySide6.QtCore at every start, only to register an embedded qt.conf that
# points Qt at the bundle's PySide6/Qt folder (plugins, translations). That loads shiboken6, QtCore,
# libQt6Core and ICU even for `yibiao --help`, the command line and the Excel reader child, which never
# use Qt: ~40 % of `--help`'s start-up. This hook sets the same environment and registers the same
# qt.conf the moment PySide6.QtCore is first imported, not before.
import os
import sys


def _pyi_rthook():
    import importlib.abc
    import importlib.machinery

    from _pyi_rth_utils import prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    windows = sys.platform.startswith("win")
    qt_path = (
        os.path.join(sys._MEIPASS, "PySide6") if windows else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if windows:
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")

    class _ThenQtConf(importlib.abc.Loader):
        """QtCore's own loader, then the embedded qt.conf (as PyInstaller's hook does at start)."""

        def __init__(self, loader):
            self._loader = loader

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    class _QtCoreFinder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _ThenQtConf(spec.loader)
            return spec

    sys.meta_path.insert(0, _QtCoreFinder())


_pyi_rthook()
del _pyi_rthook
