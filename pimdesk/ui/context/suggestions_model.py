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
from pimdesk.domain.tiers import Tier, TierDecision
from pimdesk.ui.context.context_labels import (
    counted,
    decision_label,
    not_in_content_badge,
    priority_label,
    tier_decision_label,
    tier_label,
)
from pimdesk.ui.widgets.model_index import ROOT, Index
from pimdesk.ui.widgets.style import category_swatch

translate = QCoreApplication.translate
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 21
COLUMNS = ("category", "tier", "decision", "priority", "why", "notes")
NOTES_SHOWN = 60


@record
class CategoryRow:
    category: str
    name: str | None  # None: not in the current content (kept, flagged)
    suggestion: Suggestion | None  # None: added by the team, not suggested
    choice: CategoryChoice | None  # None: nothing decided yet
    tier: TierDecision | None = None  # None: the tiers were not asked for, or not in the content

    @property
    def decision(self) -> Decision:
        return self.choice.decision if self.choice else Decision.SUGGESTED

    @property
    def known(self) -> bool:
        return self.name is not None


def category_rows(
    suggestions: Sequence[Suggestion],
    selection: Selection,
    names: Mapping[str, str],
    tiers: Sequence[TierDecision] = (),
) -> list[CategoryRow]:
    """The suggestions in the rules' order, then the categories the team added by hand. With
    `tiers`, every category is listed, by tier (start here first), in the rules' order within."""
    if tiers:
        return _tiered_rows(suggestions, selection, names, tiers)
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


def _tiered_rows(
    suggestions: Sequence[Suggestion],
    selection: Selection,
    names: Mapping[str, str],
    tiers: Sequence[TierDecision],
) -> list[CategoryRow]:
    by_category = {s.category: s for s in suggestions}
    rank = {s.category: n for n, s in enumerate(suggestions)}
    tier_order = list(Tier)
    ordered = sorted(
        enumerate(tiers),
        key=lambda pair: (tier_order.index(pair[1].tier), rank.get(pair[1].category, 99), pair[0]),
    )
    rows = [
        CategoryRow(
            d.category, names.get(d.category), by_category.get(d.category),
            selection.choice(d.category), d,
        )
        for _, d in ordered
    ]  # fmt: skip
    tiered = {d.category for d in tiers}
    rows += [
        CategoryRow(c.category, names.get(c.category), None, c)
        for c in selection.choices
        if c.category not in tiered
    ]
    return rows


def tier_text(row: CategoryRow) -> str:
    """The row's tier, with the condition that would add it."""
    if row.tier is None:
        return ""
    return tier_decision_label(row.tier)


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
        "tier": translate("Suggestions", "Tier"),
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
    if column == "tier":  # the condition that would add it is in the tooltip and the reasons
        return tier_label(row.tier.tier) if row.tier is not None else ""
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
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(row, column)
        if column == "category":
            return self._category_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return row.category if role == CATEGORY_ROLE else None

    @staticmethod
    def _tooltip(row: CategoryRow, column: str) -> str | None:
        if column == "tier":
            return tier_text(row) or None
        if column == "notes":
            return row.choice.notes if row.choice and row.choice.notes else None
        return None

    def _category_data(self, row: CategoryRow, role: int) -> Any:
        # The list shows the name with the category's colour; why it is there is one hover away
        # (and in full in the reasons pane), so the name never has to scroll out of sight.
        if role == Qt.ItemDataRole.DecorationRole:
            return category_swatch(row.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_text(row, "why")
        return row.category if role == CATEGORY_ROLE else None

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
