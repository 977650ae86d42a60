"""The window belongs to its menu entry: desktop file name yibiao (yibiao.desktop) and the program's icon."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ui.app import ICONS, application_icon, make_application


def test_the_application_names_its_desktop_entry_and_has_the_icon(qapp):
    app = make_application()
    assert QGuiApplication.desktopFileName() == "yibiao"
    icon = app.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    image = icon.pixmap(48, 48).toImage()
    assert image.pixelColor(24, 24).alpha() > 0  # drawn, not an empty square


def test_the_icons_are_where_the_bundle_puts_them():
    # packaging/yibiao.spec copies packaging/icons/yibiao-*.png to the same place relative to the packages
    assert sorted(p.name for p in ICONS.glob("yibiao-*.png"))
    assert len(application_icon().availableSizes()) == len(list(ICONS.glob("yibiao-*.png")))
