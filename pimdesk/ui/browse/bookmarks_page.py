"""Bookmarks and recently viewed pages, read from the user database each time the page shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pimdesk.services.navigation import NavigationService
from pimdesk.ui.browse.list_models import VisitRow, VisitsModel, visit_rows
from pimdesk.ui.locations import Location, VisitLike
from pimdesk.ui.widgets.model_index import LOCATION_ROLE

translate = QCoreApplication.translate
RECENT_SHOWN = 30


class BookmarksPage(QWidget):
    link_activated = Signal(object)  # Location
    bookmarks_changed = Signal()

    def __init__(
        self,
        navigation: NavigationService,
        parent: QWidget | None = None,
        retitle: Callable[[Sequence[VisitLike]], Sequence[VisitLike]] = list,
    ) -> None:
        super().__init__(parent)
        self._navigation = navigation
        self._retitle = retitle  # the pages' names of today (visit_titles.py)
        self.bookmarks_model = VisitsModel(self)
        self.recent_model = VisitsModel(self)
        self.bookmarks_view = self._list(
            self.bookmarks_model,
            translate("Bookmarks", "Bookmarks"),
            translate("Bookmarks", "Your bookmarked pages; Enter opens one, Delete removes it"),
        )
        self.recent_view = self._list(
            self.recent_model,
            translate("Bookmarks", "Recently viewed"),
            translate("Bookmarks", "The pages you viewed last, newest first"),
        )
        self.remove_button = QPushButton(translate("Bookmarks", "&Remove bookmark"))
        self.remove_button.setAccessibleName(translate("Bookmarks", "Remove bookmark"))
        self.remove_button.setAccessibleDescription(
            translate("Bookmarks", "Remove the selected bookmark")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.bookmarks_view)
        # Only in the list: Delete typed in the search box edits the search, not the bookmarks.
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self._removed: VisitRow | None = None  # the last bookmark removed, for Undo
        self.undo_label = QLabel()  # one line beside its button, not squeezed into three
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(translate("Bookmarks", "&Undo"))
        self.undo_button.setAccessibleName(translate("Bookmarks", "Undo"))
        self.undo_button.setAccessibleDescription(
            translate("Bookmarks", "Put the removed bookmark back (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(self.undo_remove)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_remove)
        self.empty_label = QLabel(
            translate("Bookmarks", "No bookmarks yet: press Ctrl+D on any page to bookmark it.")
        )
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(translate("Bookmarks", "&Bookmarks"), self.bookmarks_view))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.bookmarks_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)  # the buttons keep their size whether Undo shows or not
        self._show_undo(None)
        layout.addLayout(buttons)
        layout.addWidget(
            self._heading(translate("Bookmarks", "Recently &viewed"), self.recent_view)
        )
        layout.addWidget(self.recent_view, 1)

    def _list(self, model: VisitsModel, name: str, description: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setAccessibleDescription(description)
        view.activated.connect(self._open)
        return view

    def _heading(self, title: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(buddy)
        return label

    def refresh(self) -> None:
        self.bookmarks_model.set_rows(visit_rows(self._retitle(self._navigation.bookmarks())))
        # This page itself is not a page one looks for again (visits stored before counted it).
        recent = [v for v in self._navigation.recent(RECENT_SHOWN + 1) if v.kind != "bookmarks"]
        self.recent_model.set_rows(visit_rows(self._retitle(recent[:RECENT_SHOWN])))
        has_bookmarks = self.bookmarks_model.rowCount() > 0
        self.empty_label.setVisible(not has_bookmarks)
        self.remove_button.setEnabled(has_bookmarks)
        if has_bookmarks:
            self.bookmarks_view.setCurrentIndex(self.bookmarks_model.index(0, 0))

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected bookmark; Undo (or Ctrl+Z) puts it back, so none is lost."""
        index = self.bookmarks_view.currentIndex()
        if not index.isValid():
            return
        number = index.row()
        row = self.bookmarks_model.row(number)
        self._set(row, on=False)
        self.refresh()
        self._show_undo(row)
        rows = self.bookmarks_model.rowCount()
        if rows:  # the next one is selected, so Delete again goes on down the list
            self.bookmarks_view.setCurrentIndex(self.bookmarks_model.index(min(number, rows - 1)))
        self.bookmarks_view.setFocus()

    @Slot()
    def undo_remove(self) -> None:
        row = self._removed
        if row is None:
            return
        self._set(row, on=True)
        self.refresh()
        self._show_undo(None)
        self.bookmarks_view.setFocus()

    def _set(self, row: VisitRow, on: bool) -> None:
        location = row.location
        self._navigation.set_bookmark(location.kind, location.id, row.title, on=on)
        self.bookmarks_changed.emit()

    def _show_undo(self, removed: VisitRow | None) -> None:
        self._removed = removed
        message = (
            translate("Bookmarks", "Removed the bookmark “{title}”.").format(title=removed.title)
            if removed is not None
            else ""
        )
        self.undo_label.setText(message)
        self.undo_label.setAccessibleName(message)
        self.undo_label.setVisible(removed is not None)
        self.undo_button.setVisible(removed is not None)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None:
            self.link_activated.emit(location)

    def show_location(self, location: Location) -> str:
        self._show_undo(None)  # an Undo offered on an earlier visit would be stale now
        self.refresh()
        return translate("Bookmarks", "Bookmarks and recently viewed")

    def focus_widget(self) -> QWidget:
        return self.bookmarks_view
