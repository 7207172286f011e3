"""The list of the team's contexts (and the trash): a thin table model over the summaries.

The model keeps the service's light named tuples as they are and formats a cell only when the
view asks for it, so 10,000 selections show at once. Sorting and the filter box are Python over
that list, not a QSortFilterProxyModel: a proxy calls back into Python for every row on every
keystroke (~100 ms for 10,000 rows), where a list comprehension and a reset take a few.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.domain.selection import local_time_text
from pimdesk.ui.widgets.model_index import ROOT, Index

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 20

LIST_COLUMNS = ("name", "scenario", "place", "modified", "accepted")
TRASH_COLUMNS = ("name", "scenario", "place", "deleted", "kept_until")


class SummaryLike(Protocol):
    """One line of the list, as `SelectionService.summaries()` and `trash()` return it."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def scenario(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def modified_utc(self) -> str: ...
    @property
    def deleted_utc(self) -> str | None: ...
    @property
    def accepted(self) -> int: ...


def column_heading(column: str) -> str:
    headings = {
        "name": translate("ContextList", "Name"),
        "scenario": translate("ContextList", "Scenario"),
        "place": translate("ContextList", "Place"),
        "modified": translate("ContextList", "Modified"),
        "accepted": translate("ContextList", "Accepted categories"),
        "deleted": translate("ContextList", "Deleted"),
        "kept_until": translate("ContextList", "Kept until"),
    }
    return headings[column]


def local_time(utc_text: str | None, with_time: bool = True) -> str:
    return local_time_text(utc_text, with_time)


class SelectionsModel(QAbstractTableModel):
    """Name, scenario, place, last change and accepted count of each context (or trash entry)."""

    def __init__(
        self,
        scenario_name: Callable[[str], str],
        columns: Sequence[str] = LIST_COLUMNS,
        kept_for: datetime.timedelta = datetime.timedelta(days=30),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scenario_name = scenario_name
        self._scenario_names: dict[str, str] = {}
        self._columns = tuple(columns)
        self._kept_for = kept_for
        self._all: list[SummaryLike] = []  # every summary, in the chosen order
        self._rows: list[SummaryLike] = []  # those the filter shows
        self._words: tuple[str, ...] = ()
        self._haystacks: dict[str, str] | None = None
        self._sort: tuple[str, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ state
    def set_summaries(self, summaries: Sequence[SummaryLike]) -> None:
        self.beginResetModel()
        self._all = list(summaries)
        self._haystacks = None
        self._scenario_names.clear()
        if self._sort is not None:
            self._all.sort(key=self._sort_key(self._sort[0]), reverse=self._descending)
        self._rows = self._shown()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only the contexts with every word of `text` in their name, place or scenario."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._rows = self._shown()
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many contexts there are, whatever the filter shows."""
        return len(self._all)

    def summary(self, row: int) -> SummaryLike:
        return self._rows[row]

    def row_of(self, selection_id: str) -> int:
        return next((n for n, s in enumerate(self._rows) if s.id == selection_id), -1)

    def column_of(self, column: str) -> int:
        return self._columns.index(column)

    def scenario_name(self, scenario_id: str) -> str:
        if scenario_id not in self._scenario_names:
            self._scenario_names[scenario_id] = self._scenario_name(scenario_id)
        return self._scenario_names[scenario_id]

    def _shown(self) -> list[SummaryLike]:
        if not self._words:
            return list(self._all)
        if self._haystacks is None:  # built on the first filter, once per refresh
            self._haystacks = {
                s.id: f"{s.name}\n{s.place}\n{self.scenario_name(s.scenario)}".casefold()
                for s in self._all
            }
        haystacks, words = self._haystacks, self._words
        return [s for s in self._all if all(w in haystacks[s.id] for w in words)]

    # ------------------------------------------------------------------ cells
    def cell(self, summary: SummaryLike, column: str) -> str:
        if column == "scenario":
            return self.scenario_name(summary.scenario)
        if column == "modified":
            return local_time(summary.modified_utc)
        if column == "deleted":
            return local_time(summary.deleted_utc)
        if column == "kept_until":
            return self._kept_until(summary.deleted_utc)
        if column == "accepted":
            return str(summary.accepted)
        return str(getattr(summary, column))

    def _kept_until(self, deleted_utc: str | None) -> str:
        if not deleted_utc:
            return ""
        try:  # a damaged or out-of-range stored time must not break the list
            until = datetime.datetime.fromisoformat(deleted_utc) + self._kept_for
        except (ValueError, OverflowError):
            return ""
        return local_time(until.isoformat(), with_time=False)

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(summary, self._columns[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.name
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self._columns[index.column()] == "accepted"
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return summary.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return column_heading(self._columns[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._sort = (self._columns[column], order)
        self._all.sort(key=self._sort_key(self._columns[column]), reverse=self._descending)
        self._rows = self._shown()
        position = {s.id: n for n, s in enumerate(self._rows)}
        after = [self.index(position[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @property
    def _descending(self) -> bool:
        return self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder

    def _sort_key(self, column: str) -> Callable[[SummaryLike], Any]:
        if column == "scenario":
            return lambda s: self.scenario_name(s.scenario).casefold()
        if column == "accepted":
            return lambda s: s.accepted
        if column in ("deleted", "kept_until"):
            return lambda s: s.deleted_utc or ""
        if column == "modified":
            return lambda s: s.modified_utc  # ISO times in UTC sort as text
        return lambda s: str(getattr(s, column)).casefold()
