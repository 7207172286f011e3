"""Thin list models for the navigation pane and for bookmarks and recently viewed pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QObject, Qt

from pimdesk.domain.records import record
from pimdesk.ui import labels
from pimdesk.ui.locations import Location, VisitLike, visited_location
from pimdesk.ui.widgets.model_index import LOCATION_ROLE, ROOT, Index
from pimdesk.ui.widgets.style import icon

# The navigation pane, top to bottom: each entry opens a section's first page.
NAVIGATION_SECTIONS: tuple[str, ...] = (
    "home",
    "matrix",
    "categories",
    "glossary",
    "principles",
    "scenarios",
    "challenges",
    "access",
    "about",
    "selections",
    "bookmarks",
)

# Each section's icon in resources/icons/ (the file's name without .svg).
SECTION_ICONS = {
    "home": "home",
    "matrix": "matrix",
    "categories": "categories",
    "glossary": "glossary",
    "principles": "principles",
    "scenarios": "scenarios",
    "challenges": "challenges",
    "access": "access",
    "about": "about",
    "selections": "selections",
    "bookmarks": "bookmarks",
}


class NavigationModel(QAbstractListModel):
    def __init__(
        self, sections: Sequence[str] = NAVIGATION_SECTIONS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sections = tuple(sections)

    def row_of(self, section: str) -> int:
        return self._sections.index(section) if section in self._sections else -1

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.section_label(section)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return labels.section_description(section)
        if role == LOCATION_ROLE:
            return Location(section).url
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(SECTION_ICONS.get(section, "about"))
        return None


@record
class VisitRow:
    location: Location
    title: str


def visit_rows(visits: Sequence[VisitLike]) -> list[VisitRow]:
    """Visits that still name a page of the app (a retired kind is left out)."""
    rows = []
    for visit in visits:
        location = visited_location(visit)
        if location is not None:
            rows.append(VisitRow(location, visit.title))
    return rows


class VisitsModel(QAbstractListModel):
    """Bookmarks or recently viewed pages: the page's title, leading to the page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> VisitRow:
        return self._rows[number]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return labels.section_label(row.location.section)
        if role == LOCATION_ROLE:
            return row.location.url
        return None
