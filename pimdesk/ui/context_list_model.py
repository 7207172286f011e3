"""The list of the team's contexts (and the trash): a thin table model over the summaries.

The model keeps the service's light named tuples as they are and formats a cell only when the
view asks for it, so 10,000 selections show at once. Sorting is a Python sort of that list
(the proxy only filters): a proxy sort would call back into Python for every comparison.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pimdesk.ui.proxy_tools import refilter_rows

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
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
    if not utc_text:
        return ""
    moment = datetime.datetime.fromisoformat(utc_text).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


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
        self._rows: list[SummaryLike] = []
        self._haystacks: list[str] | None = None
        self._sort: tuple[str, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ state
    def set_summaries(self, summaries: Sequence[SummaryLike]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._haystacks = None
        self._scenario_names.clear()
        if self._sort is not None:
            self._rows.sort(key=self._sort_key(self._sort[0]), reverse=self._descending)
        self.endResetModel()

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

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """Whether every word is in the row's name, place or scenario (any case)."""
        if self._haystacks is None:  # built on the first filter, once per refresh
            self._haystacks = [
                f"{s.name}\n{s.place}\n{self.scenario_name(s.scenario)}".casefold()
                for s in self._rows
            ]
        haystack = self._haystacks[row]
        return all(word in haystack for word in words)

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
        until = datetime.datetime.fromisoformat(deleted_utc) + self._kept_for
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
        self._rows.sort(key=self._sort_key(self._columns[column]), reverse=self._descending)
        self._haystacks = None
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


class SelectionsFilter(QSortFilterProxyModel):
    """Shows the rows with every word typed; sorting is left to the model (see above)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_text(self, value: str) -> None:
        words = tuple(value.casefold().split())
        if words == self._words:
            return

        def change() -> None:
            self._words = words

        refilter_rows(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self._words or not isinstance(model, SelectionsModel):
            return True
        return model.matches(source_row, self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
