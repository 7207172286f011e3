"""Bookmarks and recently viewed pages, read from the user database each time the page shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
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
from pimdesk.ui.browse.list_models import VisitsModel, visit_rows
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
        delete.activated.connect(self.remove_selected)
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
        buttons.addStretch(1)
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
        recent = self._navigation.recent(RECENT_SHOWN)
        self.recent_model.set_rows(visit_rows(self._retitle(recent)))
        has_bookmarks = self.bookmarks_model.rowCount() > 0
        self.empty_label.setVisible(not has_bookmarks)
        self.remove_button.setEnabled(has_bookmarks)
        if has_bookmarks:
            self.bookmarks_view.setCurrentIndex(self.bookmarks_model.index(0, 0))

    @Slot()
    def remove_selected(self) -> None:
        index = self.bookmarks_view.currentIndex()
        if not index.isValid():
            return
        row = self.bookmarks_model.row(index.row())
        location = row.location
        self._navigation.set_bookmark(location.kind, location.id, row.title, on=False)
        self.refresh()
        self.bookmarks_changed.emit()

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None:
            self.link_activated.emit(location)

    def show_location(self, location: Location) -> str:
        self.refresh()
        return translate("Bookmarks", "Bookmarks and recently viewed")

    def focus_widget(self) -> QWidget:
        return self.bookmarks_view
