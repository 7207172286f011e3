"""Driving the app like a person: click a link in a page, read what a page says."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.page_view import PageView


def link_position(view: PageView, href: str) -> int:
    """The document position inside the first link to `href`; fails the test if none."""
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position() + min(1, fragment.length() - 1)
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the page {view.page.title if view.page else ''}")


def link_hrefs(view: PageView) -> list[str]:
    hrefs = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href and href not in hrefs:
                hrefs.append(href)
            iterator += 1
        block = block.next()
    return hrefs


def click_link(qtbot: QtBot, view: PageView, href: str) -> None:
    """Scroll the link into view and click it with the mouse, as a person would."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(link_position(view, href))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    qtbot.wait(0)


def current_view(window: MainWindow) -> PageView:
    """The rich-text view the page area shows now (the document page or the glossary's term)."""
    page = window.pages.currentWidget()
    views = [page] if isinstance(page, PageView) else page.findChildren(PageView)
    visible = [v for v in views if v.isVisible()]
    assert visible, f"no page view on {page.objectName()}"
    return visible[-1]


def page_text(window: MainWindow) -> str:
    """The page's text as it reads: without the invisible isolates that keep a run in its own
    direction (the tests of directions look for them in the page's HTML)."""
    return re.sub("[\u2066-\u2069]", "", current_view(window).toPlainText())
