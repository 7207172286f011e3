"""Search results as a list: a heading per kind of result, then its hits with marked snippets.

`result_rows` (plain Python) decides what the list shows; `SearchResultsModel` only serves
it to the view. `hit_location` says which page a hit opens.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.domain.provenance import Provenance
from pimdesk.domain.records import record
from pimdesk.domain.search import SearchHit, SearchResults
from pimdesk.services.reference import ReferenceService
from pimdesk.services.search_marks import hit_provenance, marks_text
from pimdesk.ui import labels
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.model_index import LOCATION_ROLE, ROOT, Index
from pimdesk.ui.widgets.page_html import LTR_ISOLATE

translate = QCoreApplication.translate
HTML_ROLE = Qt.ItemDataRole.UserRole + 5
HEADING_ROLE = Qt.ItemDataRole.UserRole + 6


@record
class ResultRow:
    """A group heading (hit is None) or one hit under the heading of its kind."""

    kind: str
    hit: SearchHit | None
    location: Location | None = None
    count: int = 0
    in_english: bool = False  # shown in English: no translation into the active language
    # Where the snippet's text comes from, marked as the page the hit opens marks it.
    provenance: tuple[Provenance, ...] = ()

    @property
    def is_heading(self) -> bool:
        return self.hit is None


def hit_location(reference: ReferenceService, hit: SearchHit) -> Location:
    """The page a search hit opens: its own page, or the page that holds it."""
    if hit.kind == "relationship":
        relation = next(r for r in reference.relationships if r.id == hit.id)
        return Location("category", relation.from_category, "relationships")
    if hit.kind == "merged_category":
        merged = next(m for m in reference.merged_categories if m.id == hit.id)
        return Location("category", merged.merged_into, "merged")
    if hit.kind == "statement":
        return Location("about", "", hit.id)
    if hit.kind == "access":
        return Location("access", "", hit.id)
    return Location(hit.kind, hit.id)


def result_rows(reference: ReferenceService, results: SearchResults) -> list[ResultRow]:
    rows: list[ResultRow] = []
    for kind, hits in results.grouped():
        rows.append(ResultRow(kind, None, count=len(hits)))
        rows += [
            ResultRow(
                kind,
                hit,
                hit_location(reference, hit),
                in_english=hit.language != reference.language,
                provenance=hit_provenance(reference, hit),
            )
            for hit in hits
        ]
    return rows


def marked_snippet_html(hit: SearchHit) -> str:
    """The snippet, escaped, with the matched words in bold and underlined (not colour alone)."""
    pieces, cursor = [], 0
    for start, end in hit.highlights:
        pieces.append(escape(hit.snippet[cursor:start]))
        pieces.append(f'<b><u class="hit">{escape(hit.snippet[start:end])}</u></b>')
        cursor = end
    pieces.append(escape(hit.snippet[cursor:]))
    return "".join(pieces)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> ResultRow:
        return self._rows[number]

    def hit_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if not row.is_heading]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == HEADING_ROLE:
            return row.is_heading
        if row.hit is None:
            return self._heading_data(row, role)
        marker = f" [{translate('Pages', 'English')}]" if row.in_english else ""
        mark = marks_text(row.provenance)
        if role == HTML_ROLE:
            title = f"<b>{escape(row.hit.title)}</b>{escape(marker)}"
            snippet = marked_snippet_html(row.hit)
            if row.in_english:  # English in another language's list: read left to right (D6)
                snippet = LTR_ISOLATE.format(snippet)
            return f"{title}<br/>{snippet}{escape(mark, quote=False)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return translate("Search", "{kind} result; press Enter to open it").format(
                kind=labels.kind_label(row.kind)
            )
        values = {
            Qt.ItemDataRole.DisplayRole: f"{row.hit.title}{marker}: {row.hit.snippet}{mark}",
            LOCATION_ROLE: row.location.url if row.location else None,
        }
        return values.get(role)

    def _heading_data(self, row: ResultRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Search", "{kind} ({count})").format(
                kind=labels.kind_label(row.kind), count=row.count
            )
        if role == HTML_ROLE:
            return f"<b>{escape(self._heading_data(row, Qt.ItemDataRole.DisplayRole))}</b>"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_heading:
            return Qt.ItemFlag.NoItemFlags  # a heading is not a result: arrows skip it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
