"""Issue 20: F1 opens the user guide (translated, with the shortcuts that work), Backspace is
not "Back" outside text, Ctrl+E exports from any field, Ctrl+W closes the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.user_guide import UserGuideDialog
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

pytestmark = pytest.mark.gui
__all__ = ["use_language", "window_in"]  # the fixtures, imported for the tests below
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def guide(qtbot: QtBot, window: MainWindow) -> Iterator[UserGuideDialog]:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    found = window.findChild(UserGuideDialog, "userGuide")
    assert found is not None
    yield found
    found.close()


def test_f1_opens_the_user_guide_with_every_topic_and_the_shortcuts(
    guide: UserGuideDialog,
) -> None:
    assert guide.isVisible() and not guide.isModal()
    shown = guide.view.toPlainText()
    for topic in ("Browse", "Search", "Build and share a context", "Export", "Update content",
                  "Check data", "Keyboard shortcuts"):  # fmt: skip
        assert topic in shown
    assert ".pimsel" in shown
    assert "Trust a key…" in shown and "Delete removes the bookmark chosen" in shown
    # The shortcuts are read from the window's actions: the ones that work, and no others.
    assert "Export PDF: Ctrl+E" in shown
    assert "User guide: F1" in shown
    assert "Close window: Ctrl+W" in shown


def test_a_second_f1_raises_the_same_guide(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.user_guide.trigger()
    window.actions_.user_guide.trigger()
    assert len(window.findChildren(UserGuideDialog)) == 1


def test_backspace_is_not_back(qtbot: QtBot, window: MainWindow) -> None:
    shortcuts = [key.toString() for key in window.actions_.back.shortcuts()]
    assert "Backspace" not in shortcuts and "Alt+Left" in shortcuts
    window.go(Location("glossary"))
    window.go(Location("term", "refoulement"))
    window.navigation_view.setFocus()
    qtbot.keyClick(window.navigation_view, Qt.Key.Key_Backspace)
    assert window.history.current == Location("term", "refoulement")


class EmacsLineEdit(QLineEdit):
    """A line edit that claims Ctrl+E as "end of line", as QLineEdit does under X11's key scheme
    (the offscreen platform's scheme does not bind it, so the test brings the X11 behaviour)."""

    def event(self, event: QEvent) -> bool:
        claimed = (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == CTRL
        )
        if claimed:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_E and event.modifiers() == CTRL:
            self.end(False)
            return
        super().keyPressEvent(event)


def test_ctrl_e_exports_from_a_line_edit_that_binds_it(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[bool] = []
    window.tool_actions.export_pdf.triggered.disconnect()
    window.tool_actions.export_pdf.triggered.connect(lambda: opened.append(True))
    field = EmacsLineEdit(window.centralWidget())
    field.setText("Tshikapa")
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    assert opened == [True]
    assert field.cursorPosition() == 0  # the field did not take it as "end of line"
    # The field keeps its own editing keys.
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.selectedText() == "Tshikapa"


def test_ctrl_w_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    assert QKeySequence("Ctrl+W") in window.actions_.close.shortcuts()
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize(
    ("language", "said"),
    [("fr", "Raccourcis clavier"), ("es", "Atajos de teclado"), ("ar", "اختصارات لوحة المفاتيح")],
)
def test_the_user_guide_is_translated_with_the_interface(
    window_in: WindowIn, language: str, said: str
) -> None:
    window = window_in(language)
    window.actions_.user_guide.trigger()
    guide = window.findChild(UserGuideDialog, "userGuide")
    assert guide is not None
    shown = guide.view.toPlainText()
    assert said in shown and ".pimsel" in shown
    assert "Keyboard shortcuts" not in shown
    guide.close()
