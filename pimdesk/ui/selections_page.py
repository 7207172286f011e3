"""'My selections': the team's saved context-specific selections, as a table.

A simple list for now; the window builds this page through a replaceable factory, so the
context builder can take its place without touching the window.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimdesk.ui.locations import Location

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class SummaryLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def scenario(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def modified(self) -> datetime.datetime: ...


@dataclass(frozen=True)
class SelectionRow:
    name: str
    scenario: str
    place: str
    modified: str


def selection_rows(
    summaries: Sequence[SummaryLike], scenario_name: Callable[[str], str]
) -> list[SelectionRow]:
    return [
        SelectionRow(
            s.name,
            scenario_name(s.scenario),
            s.place,
            s.modified.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
        for s in summaries
    ]


class SelectionsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SelectionRow] = []

    def set_rows(self, rows: list[SelectionRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @staticmethod
    def headings() -> tuple[str, ...]:
        return (
            translate("Selections", "Name"),
            translate("Selections", "Scenario"),
            translate("Selections", "Place"),
            translate("Selections", "Modified"),
        )

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headings())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._rows[index.row()]
            return (row.name, row.scenario, row.place, row.modified)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headings()):
            return self.headings()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


class SelectionsPage(QWidget):
    link_activated = Signal(object)  # Location

    def __init__(
        self,
        summaries: Callable[[], Sequence[SummaryLike]],
        scenario_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._summaries = summaries
        self._scenario_name = scenario_name
        self.model = SelectionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Selections", "My selections"))
        self.table.setAccessibleDescription(
            translate("Selections", "Your saved selections: name, scenario, place, last change")
        )
        self.intro = QLabel(
            translate(
                "Selections",
                "A selection is the combination of PIM categories a team chooses for its "
                "operation. Selections are kept on this computer.",
            )
        )
        self.intro.setWordWrap(True)
        self.empty_label = QLabel(translate("Selections", "You have no saved selections yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def show_location(self, location: Location) -> str:
        self.model.set_rows(selection_rows(self._summaries(), self._scenario_name))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        return translate("Selections", "My selections")

    def focus_widget(self) -> QWidget:
        return self.table
