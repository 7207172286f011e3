"""The Bookmarks menu lists the bookmarks themselves, under their names of today (D24)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMenu

from pimdesk.domain.errors import PimDeskError
from pimdesk.ui.browse.list_models import VisitRow
from pimdesk.ui.locations import Location

translate = QCoreApplication.translate
LISTED = 25  # more would not fit a small screen's menu; the bookmarks page lists them all

ReadBookmarks = Callable[[], Sequence[VisitRow]]


class BookmarksMenu:
    """Fills the menu each time it opens: its fixed commands, then one entry per bookmark."""

    def __init__(self, menu: QMenu, read: ReadBookmarks, go: Callable[[Location], None]) -> None:
        self.menu = menu
        self._fixed = list(menu.actions())
        self._read = read
        self._go = go
        menu.aboutToShow.connect(self.fill)

    @Slot()
    def fill(self) -> None:
        for action in self.menu.actions():
            if action not in self._fixed:
                self.menu.removeAction(action)
                action.deleteLater()
        try:
            rows = list(self._read())
        except PimDeskError:
            rows = []  # the page itself says what is wrong; the menu keeps its commands
        self.menu.addSeparator()
        if not rows:
            empty = self.menu.addAction(translate("Window", "No bookmarks yet"))
            empty.setEnabled(False)
            return
        for row in rows[:LISTED]:
            # An ampersand in a title is text, not a mnemonic.
            action = self.menu.addAction(row.title.replace("&", "&&"))
            action.setToolTip(row.title)
            action.triggered.connect(lambda _checked=False, at=row.location: self._go(at))
        if len(rows) > LISTED:
            more = self.menu.addAction(translate("Window", "All bookmarks…"))
            more.triggered.connect(lambda _checked=False: self._go(Location("bookmarks")))
