"""The list of the team's contexts (and the trash): a table model that reads a page at a time.

The model counts the contexts and reads the rows the view shows, 200 at a time, as it scrolls:
showing 100,000 contexts reads one count and one page (the bench's "list (count + first page)"),
and jumping to the end one more page. Sorting and the filter box are the database's work (a
`ListQuery`), never a loop over every context in Python, nor a QSortFilterProxyModel, which would
need every row in memory.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.listing import PAGE_ROWS, ListQuery, fold
from pimdesk.domain.selection import local_time_text
from pimdesk.ui.widgets.model_index import ROOT, Index

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 20

KEPT_PAGES = 50  # pages read stay until a refresh, up to this many (10,000 rows)
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


class SummarySource(Protocol):
    """Where the rows come from: `SelectionService`."""

    def count_listed(self, query: ListQuery) -> int: ...
    def list_page(self, query: ListQuery, offset: int, limit: int) -> Sequence[SummaryLike]: ...
    def positions_listed(self, query: ListQuery, ids: Collection[str]) -> dict[str, int]: ...
    def listed_scenarios(self) -> Sequence[str]: ...


# The column a header click sorts by → what the query orders by.
_SORT_ORDERS = {"name": "name", "scenario": "scenario", "place": "place",
                "modified": "modified", "accepted": "accepted", "deleted": "deleted",
                "kept_until": "deleted"}  # fmt: skip


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
    """Name, scenario, place, last change and accepted count of each context (or trash entry).

    `source` gives the service of the moment (a restore replaces it); `deleted` lists the trash.
    """

    def __init__(
        self,
        source: Callable[[], SummarySource],
        scenario_name: Callable[[str], str],
        columns: Sequence[str] = LIST_COLUMNS,
        kept_for: datetime.timedelta = datetime.timedelta(days=30),
        deleted: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._scenario_name = scenario_name
        self._scenario_names: dict[str, str] = {}
        self._columns = tuple(columns)
        self._kept_for = kept_for
        self._query = ListQuery(deleted=deleted)
        self._count = 0  # rows the query lists
        self._total = 0  # rows without the filter
        self._pages: dict[int, Sequence[SummaryLike]] = {}
        self._scenarios: Sequence[str] | None = None  # the scenarios the contexts are for
        self._filter_text = ""

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Read the list again (after a change): the count, and pages as they are shown."""
        self.beginResetModel()
        self._scenarios = None
        self._scenario_names.clear()
        self._query = self._with_filter(self._query, self._filter_text)
        self._read_counts()
        unfiltered = ListQuery(deleted=self._query.deleted)
        self._total = (
            self._count if not self._query.words else self._source().count_listed(unfiltered)
        )
        self.endResetModel()

    def _read_counts(self) -> None:
        """The first page, and the count of what the query lists."""
        self._pages.clear()
        source = self._source()
        first = source.list_page(self._query, 0, PAGE_ROWS)
        self._pages[0] = first
        # A filter that leaves less than a page is counted by that page: no second scan.
        full = len(first) == PAGE_ROWS
        self._count = source.count_listed(self._query) if full else len(first)

    def set_filter(self, text: str) -> None:
        """Show only the contexts with every word of `text` in their name, place or scenario."""
        query = self._with_filter(self._query, text)
        self._filter_text = text
        if query == self._query:
            return
        self.beginResetModel()
        self._query = query
        self._read_counts()
        self.endResetModel()

    def _with_filter(self, query: ListQuery, text: str) -> ListQuery:
        words = tuple(w for w in dict.fromkeys(fold(word) for word in text.split()) if w)
        listed = self._listed_scenarios() if words else ()
        named = [(s, fold(self.scenario_name(s))) for s in listed]
        scenarios = tuple(tuple(s for s, name in named if w in name) for w in words)
        return replace(query, words=words, word_scenarios=scenarios)

    def _listed_scenarios(self) -> Sequence[str]:
        if self._scenarios is None:
            self._scenarios = self._source().listed_scenarios()
        return self._scenarios

    @property
    def pages_read(self) -> int:
        """How many pages of rows the model holds now (they are read as the view needs them)."""
        return len(self._pages)

    @property
    def total(self) -> int:
        """How many contexts there are, whatever the filter shows."""
        return self._total

    def summary(self, row: int) -> SummaryLike:
        found = self._summary(row)
        if found is None:
            raise IndexError(row)
        return found

    def _summary(self, row: int) -> SummaryLike | None:
        """The row's context, its page read when first needed; None past the end."""
        if not 0 <= row < self._count:
            return None
        number, within = divmod(row, PAGE_ROWS)
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= KEPT_PAGES:
                del self._pages[next(iter(self._pages))]  # the first read goes first
            try:
                page = self._source().list_page(self._query, number * PAGE_ROWS, PAGE_ROWS)
            except PimDeskError:  # the file is being repaired or restored: the pages are read
                return None  # again after (the window rebuilds them), blank until then
            self._pages[number] = page
        return page[within] if within < len(page) else None

    def row_of(self, selection_id: str) -> int:
        """The row showing `selection_id`; -1 when the list does not show it."""
        return self._rows_of([selection_id]).get(selection_id, -1)

    def _rows_of(self, ids: Collection[str]) -> dict[str, int]:
        """The rows showing `ids` (those shown): from the pages read, else one read of the IDs."""
        found: dict[str, int] = {}
        wanted = set(ids)
        for number, page in self._pages.items():
            for within, summary in enumerate(page):
                if summary.id in wanted:
                    found[summary.id] = number * PAGE_ROWS + within
        missing = wanted - found.keys()
        if missing:
            found.update(self._source().positions_listed(self._query, missing))
        return found

    def column_of(self, column: str) -> int:
        return self._columns.index(column)

    def scenario_name(self, scenario_id: str) -> str:
        if scenario_id not in self._scenario_names:
            self._scenario_names[scenario_id] = self._scenario_name(scenario_id)
        return self._scenario_names[scenario_id]

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
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self._summary(index.row()) if index.isValid() else None
        if summary is None:
            return None
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
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        by = _SORT_ORDERS[self._columns[column]]
        descending = order == Qt.SortOrder.DescendingOrder
        if (by, descending) == (self._query.order, self._query.descending):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._id_at(index.row()) for index in before]
        self._query = self._sorted(by, descending)
        self._pages.clear()
        self._summary(0)  # the first page, read now: the rows kept are often on it
        positions = self._rows_of([i for i in ids if i is not None])
        after = [
            self.index(positions[i], old.column())
            if i is not None and i in positions
            else QModelIndex()
            for i, old in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _id_at(self, row: int) -> str | None:
        found = self._summary(row)
        return None if found is None else found.id

    def _sorted(self, by: str, descending: bool) -> ListQuery:
        scenario_order: tuple[str, ...] = ()
        if by == "scenario":  # by the names shown, which are the content's, in its language
            named = {s: self.scenario_name(s).casefold() for s in self._listed_scenarios()}
            scenario_order = tuple(sorted(named, key=lambda s: (named[s], s)))
        return replace(self._query, order=by, descending=descending, scenario_order=scenario_order)
