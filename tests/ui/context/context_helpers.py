"""Driving the context builder like a person: keys in combo boxes, text in fields, a new window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.context.selections_page import SelectionsPage
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow


def start_app(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The app on `data_dir`, as a person starts it: new services, the window shown."""
    window = open_main_window(Services(AppPaths.resolve(data_dir)))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def quit_app(window: MainWindow) -> None:
    """Close the window and the services, as quitting the app does."""
    window.close()
    window.services.close()


def selections_page(window: MainWindow) -> SelectionsPage:
    page = window.pages.page("selections")
    assert isinstance(page, SelectionsPage)
    return page


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick the item holding `data` with the arrow keys, as a keyboard user does."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered in {combo.accessibleName()}"
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key, any script (QTest's keyClicks knows Latin-1 only)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select what the field holds and type `text` over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def toggle_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    """Move to `row` and press Space, which checks or unchecks it."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def unnamed_controls(root: QWidget) -> set[str]:
    """The controls of `root` a screen reader could not name or explain (buttons say what they
    do in their name; views and fields also need a description)."""
    missing = set()
    for widget in root.findChildren(QWidget):
        if (
            widget.focusPolicy() == Qt.FocusPolicy.NoFocus
            or not widget.isVisibleTo(root)
            or not widget.isEnabled()
            or isinstance(widget, QTabBar)  # each tab is read by its own label
        ):
            continue
        kind = f"{type(widget).__name__} {widget.objectName()}"
        if not widget.accessibleName().strip():
            missing.add(f"{kind} has no name")
        if not isinstance(widget, QAbstractButton) and not widget.accessibleDescription():
            missing.add(f"{kind} '{widget.accessibleName()}' has no description")
    return missing
