"""Keyboard-only use, names for screen readers, and a focus that can be seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.list_models import NAVIGATION_SECTIONS
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import current_view

pytestmark = pytest.mark.gui


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root) and w.isEnabled()
    ]


def test_every_control_on_every_page_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search_box.setText("protection")  # builds the search page too
    window.search_box.clear()
    unnamed = set()
    for section in NAVIGATION_SECTIONS:
        window.go(Location(section))
        for widget in focusable(window):
            if isinstance(widget, QTabBar):  # each tab is read by its own label
                assert all(widget.tabText(i) for i in range(widget.count()))
                continue
            if not widget.accessibleName().strip():
                unnamed.add(f"{type(widget).__name__} {widget.objectName()} on {section}")
    assert not unnamed, sorted(unnamed)


def test_every_view_and_field_also_says_what_it_is_for(window: MainWindow) -> None:
    window.search_box.setText("x")
    window.search_box.clear()
    for section in NAVIGATION_SECTIONS:
        window.go(Location(section))
    views = [w for w in focusable(window) if not isinstance(w, (QAbstractButton, QTabBar))]
    for page in (window.pages.widget(i) for i in range(window.pages.count())):
        views += [w for w in focusable(page) if not isinstance(w, (QAbstractButton, QTabBar))]
    missing = {
        f"{type(w).__name__} '{w.accessibleName()}'"
        for w in views
        if not w.accessibleDescription().strip() and w.accessibleName() not in ("Page", "Term")
    }
    assert not missing, sorted(missing)


def test_tab_goes_from_the_sections_to_search_to_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation_view.setFocus()
    qtbot.keyClick(window.navigation_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.search_box
    qtbot.keyClick(window.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is current_view(window)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation_view
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.search_box


def test_a_link_is_followed_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    """Tab moves from link to link in a page, Enter follows the one that has the focus."""
    window.go(Location("principles"))
    view = current_view(window)
    view.setFocus()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref().startswith("pim:principle/"):
            break
    target = view.textCursor().charFormat().anchorHref()
    assert target.startswith("pim:principle/"), "Tab never reached a principle's link"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.history.current == Location.parse(target)


def test_the_focus_can_be_seen(qtbot: QtBot, window: MainWindow) -> None:
    """A two-pixel ring follows the focus: the edge of the focused view changes, and it is the
    width of the ring that shows it, not only a colour."""
    view = window.navigation_view
    middle = view.height() // 2
    points = [(view.width() - 1, middle), (view.width() - 2, middle), (1, middle)]

    def edge_pixels() -> list[int]:
        image = view.grab().toImage()
        return [image.pixel(x, y) for x, y in points]

    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    unfocused = edge_pixels()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert window.focus_ring.target() is view
    focused = edge_pixels()
    assert all(a != b for a, b in zip(unfocused, focused, strict=True)), (unfocused, focused)
    window.go(Location("category", "case_management"))
    page_view = current_view(window)
    page_view.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.target() is page_view)
    assert window.focus_ring.isVisible()
    assert window.focus_ring.geometry() == page_view.rect()  # drawn inside, so never clipped


def test_the_whole_app_is_reachable_from_the_menus(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Go", "Bookmarks", "Tools", "Help"]
    shortcuts = {
        a.text().replace("&", ""): [s.toString() for s in a.shortcuts()] for a in window.actions()
    }
    assert "Ctrl+K" in shortcuts["Search"] and "Ctrl+F" in shortcuts["Search"]
    assert "Alt+Left" in shortcuts["Back"] and "Alt+Right" in shortcuts["Forward"]
    assert "Ctrl+D" in shortcuts["Bookmark this page"]
    assert "Ctrl+0" in shortcuts["Normal size"]
    assert shortcuts["Export PDF…"] == ["Ctrl+E"]


def test_the_search_box_has_the_focus_at_start(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "refoulement")
    assert window.search.active
