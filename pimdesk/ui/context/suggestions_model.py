"""The categories of one context: suggested by the rules or added by hand, with the team's choice.

Plain rows built from the suggestions and the selection, and a thin table model over them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.domain.records import record
from pimdesk.domain.selection import CategoryChoice, Decision, Selection
from pimdesk.domain.suggestions import Suggestion
from pimdesk.ui.context.context_labels import (
    counted,
    decision_label,
    not_in_content_badge,
    priority_label,
)
from pimdesk.ui.widgets.model_index import ROOT, Index

translate = QCoreApplication.translate
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 21
COLUMNS = ("category", "decision", "priority", "why", "notes")
NOTES_SHOWN = 60


@record
class CategoryRow:
    category: str
    name: str | None  # None: not in the current content (kept, flagged)
    suggestion: Suggestion | None  # None: added by the team, not suggested
    choice: CategoryChoice | None  # None: nothing decided yet

    @property
    def decision(self) -> Decision:
        return self.choice.decision if self.choice else Decision.SUGGESTED

    @property
    def known(self) -> bool:
        return self.name is not None


def category_rows(
    suggestions: Sequence[Suggestion], selection: Selection, names: Mapping[str, str]
) -> list[CategoryRow]:
    """The suggestions in the rules' order, then the categories the team added by hand."""
    rows = [
        CategoryRow(s.category, names.get(s.category), s, selection.choice(s.category))
        for s in suggestions
    ]
    suggested = {s.category for s in suggestions}
    rows += [
        CategoryRow(c.category, names.get(c.category), None, c)
        for c in selection.choices
        if c.category not in suggested
    ]
    return rows


def origin_label(row: CategoryRow) -> str:
    if not row.known:
        return not_in_content_badge()
    if row.suggestion is None:
        return translate("Suggestions", "Added by your team")
    if row.suggestion.first:
        return translate("Suggestions", "Suggested first: risk analysis")
    return counted(
        len(row.suggestion.reasons),
        translate("Suggestions", "Suggested (1 reason)"),
        translate("Suggestions", "Suggested ({n} reasons)"),
    )


def column_heading(column: str) -> str:
    headings = {
        "category": translate("Suggestions", "Category"),
        "why": translate("Suggestions", "Why"),
        "decision": translate("Suggestions", "Decision"),
        "priority": translate("Suggestions", "Priority"),
        "notes": translate("Suggestions", "Notes"),
    }
    return headings[column]


def cell_text(row: CategoryRow, column: str) -> str:
    if column == "category":
        return row.name if row.name is not None else row.category
    if column == "why":
        return origin_label(row)
    if column == "decision":
        return decision_label(row.decision)
    if column == "priority":
        return priority_label(row.choice.priority) if row.choice and row.choice.priority else ""
    notes = " ".join(row.choice.notes.split()) if row.choice else ""
    return notes if len(notes) <= NOTES_SHOWN else notes[: NOTES_SHOWN - 1] + "…"


class SuggestionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryRow] = []

    def set_rows(self, rows: list[CategoryRow]) -> None:
        """Show `rows`; the same categories in the same order only repaint (no reset), so the
        view keeps its current row while the team decides."""
        if [r.category for r in rows] == [r.category for r in self._rows] and rows:
            self._rows = rows
            last = self.index(len(rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> CategoryRow:
        return self._rows[number]

    def row_of(self, category: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.category == category), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "notes":
            return row.choice.notes if row.choice and row.choice.notes else None
        if role == CATEGORY_ROLE:
            return row.category
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return column_heading(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
