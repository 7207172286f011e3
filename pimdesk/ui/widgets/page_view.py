"""A read-only rich-text view whose `pim:` links lead to other pages of the app.

Links are not followed by the view itself: it reports the location, and the window's navigator
decides (history, visits, which page shows it).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.page_html import RenderedPage
from pimdesk.ui.widgets.style import page_css


class PageView(QTextBrowser):
    """Shows one rendered page; emits `link_activated` with the location a link names."""

    link_activated = Signal(object)  # Location
    link_hovered = Signal(str)  # the link's location, '' when the pointer leaves it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document().setDocumentMargin(12)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.anchorClicked.connect(self._follow)
        self.highlighted.connect(self._hover)
        self._page: RenderedPage | None = None
        self._anchor = ""

    @property
    def page(self) -> RenderedPage | None:
        return self._page

    def show_page(self, page: RenderedPage, anchor: str = "") -> None:
        self._page = page
        self._anchor = anchor
        self._render()

    def _render(self) -> None:
        if self._page is None:
            return
        self.document().setDefaultStyleSheet(page_css(self.palette()))
        self.setHtml(self._page.html)
        if self.isRightToLeft():
            settle_directions(self.document())
        self.setAccessibleDescription(self._page.title)
        if self._anchor:
            self.scrollToAnchor(self._anchor)
        else:
            self.verticalScrollBar().setValue(0)

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        location = Location.parse(url.toString())
        if location is not None:
            self.link_activated.emit(location)

    @Slot(QUrl)
    def _hover(self, url: QUrl) -> None:
        self.link_hovered.emit(url.toString())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the page colours follow
            position = self.verticalScrollBar().value()
            anchor, self._anchor = self._anchor, ""
            self._render()
            self._anchor = anchor
            self.verticalScrollBar().setValue(position)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QTextBrowser keeps its own history on Alt+arrows; the window's history is the one.
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up):
            event.ignore()
            return
        super().keyPressEvent(event)


def starts_left_to_right(text: str) -> bool:
    """Whether the first letter with a direction of its own in `text` is written left to right."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


def settle_directions(document: QTextDocument) -> None:
    """In a right-to-left interface, every paragraph reads right to left except those that start
    in a left-to-right script: content still shown in English keeps its own direction (its full
    stops stay at the end), and a line of numbers or links alone follows the interface.

    Qt's HTML `dir="rtl"` on the page would turn English paragraphs around too, and Qt's own
    automatic direction sends paragraphs without letters to the left."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        direction = (
            Qt.LayoutDirection.LeftToRight
            if starts_left_to_right(block.text())
            else Qt.LayoutDirection.RightToLeft
        )
        if block.blockFormat().layoutDirection() != direction:
            cursor.setPosition(block.position())
            block_format = block.blockFormat()
            block_format.setLayoutDirection(direction)
            cursor.setBlockFormat(block_format)
        block = block.next()
