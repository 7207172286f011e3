"""The search results page: results grouped by kind, matched words marked, "Did you mean"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.search_model import HTML_ROLE, SearchResultsModel, result_rows
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.model_index import LOCATION_ROLE
from pimdesk.ui.widgets.rich_text_delegate import RichTextDelegate

translate = QCoreApplication.translate
RESULT_LIMIT = 50


class SearchPage(QWidget):
    link_activated = Signal(object)  # Location
    suggestion_chosen = Signal(str)

    def __init__(self, reference: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._suggestion = ""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(translate("Search", "Search summary"))
        self.suggestion_button = QPushButton()
        self.suggestion_button.clicked.connect(self._choose_suggestion)
        self.suggestion_button.hide()
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(HTML_ROLE, self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(translate("Search", "Search results"))
        self.results.setAccessibleDescription(
            translate("Search", "Grouped by kind; press Enter to open a result")
        )
        self.results.activated.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestion_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.results, 1)
        layout.addStretch()  # with no results, the message and the suggestion stay together

    def set_query(self, query: str) -> int:
        """Search for `query` and show the results; returns the number of hits."""
        results = self._reference.search(query, limit=RESULT_LIMIT)
        self.model.set_rows(result_rows(self._reference, results))
        self._suggestion = results.suggestion or ""
        self.suggestion_button.setVisible(bool(self._suggestion))
        label = translate("Search", "Did you mean: {word}?").format(word=self._suggestion)
        self.suggestion_button.setText(label)
        # The accessible name is the visible label: a screen reader says the word too.
        self.suggestion_button.setAccessibleName(label)
        count = len(results.hits)
        if count and results.corrected:
            self.summary.setText(
                translate(
                    "Search", "No results for “{query}”. Showing results for “{word}”."
                ).format(query=query.strip(), word=self._suggestion)
            )
        elif count:
            self.summary.setText(
                translate("Search", "{count} results for “{query}”").format(
                    count=count, query=query.strip()
                )
            )
        elif self._suggestion:
            self.summary.setText(
                translate(
                    "Search", "No results for “{query}”. Press Enter to search for “{word}”."
                ).format(query=query.strip(), word=self._suggestion)
            )
        else:
            self.summary.setText(
                translate("Search", "No results for “{query}”.").format(query=query.strip())
            )
        self.results.setVisible(count > 0)
        self._select_hit(0)
        return count

    @property
    def suggestion(self) -> str:
        return self._suggestion

    def _select_hit(self, position: int) -> None:
        hits = self.model.hit_rows()
        if not hits:
            self.results.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(hits[max(0, min(position, len(hits) - 1))], 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def move_selection(self, step: int) -> None:
        hits = self.model.hit_rows()
        current = self.results.currentIndex().row()
        position = hits.index(current) + step if current in hits else 0
        self._select_hit(position)

    def open_current(self) -> None:
        """Open the selected result; with none, take the suggestion if there is one."""
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)
        elif self._suggestion:
            self._choose_suggestion()

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None:
            self.link_activated.emit(location)

    @Slot()
    def _choose_suggestion(self) -> None:
        if self._suggestion:
            self.suggestion_chosen.emit(self._suggestion)

    def focus_widget(self) -> QWidget:
        return self.results
