"""Two contexts side by side: each category's decision and priority in both, differences marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.selection import CategoryChoice, Selection
from pimdesk.services.container import Services
from pimdesk.ui.context.context_labels import decision_label, priority_label, scenario_namer
from pimdesk.ui.context.context_list_controls import name_dialog_buttons
from pimdesk.ui.widgets.model_index import ROOT, Index
from pimdesk.ui.widgets.named_controls import visible_name
from pimdesk.ui.widgets.proxy_tools import refilter_rows

translate = QCoreApplication.translate
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 22


class RowLike(Protocol):
    """One category compared, as `SelectionService.compare` returns it."""

    @property
    def name(self) -> str: ...
    @property
    def left(self) -> CategoryChoice | None: ...
    @property
    def right(self) -> CategoryChoice | None: ...
    @property
    def differs(self) -> bool: ...


def choice_text(choice: CategoryChoice | None) -> str:
    if choice is None:
        return translate("Compare", "Not chosen")
    words = decision_label(choice.decision)
    if choice.priority is not None:
        words += ", " + translate("Compare", "priority {priority}").format(
            priority=priority_label(choice.priority).lower()
        )
    return words


class ComparisonModel(QAbstractTableModel):
    def __init__(self, left: str = "", right: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headings = (
            translate("Compare", "Category"),
            left,
            right,
            translate("Compare", "Same?"),
        )
        self._rows: list[RowLike] = []

    def set_rows(self, rows: Sequence[RowLike]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            choice = row.left if index.column() == 1 else row.right
            return choice.notes if choice is not None and choice.notes else None
        if role == DIFFERS_ROLE:
            return row.differs
        return None

    def _cell(self, row: RowLike, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return choice_text(row.left)
        if column == 2:
            return choice_text(row.right)
        return translate("Compare", "Different") if row.differs else translate("Compare", "Same")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headings):
            return self._headings[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


class DifferencesFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_differences = False

    def set_only_differences(self, on: bool) -> None:
        def change() -> None:
            self._only_differences = on

        refilter_rows(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_differences:
            return True
        return bool(self.sourceModel().index(source_row, 0, source_parent).data(DIFFERS_ROLE))


class CompareDialog(QDialog):
    def __init__(
        self, services: Services, left: Selection, right: Selection, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(
            translate("Compare", "Compare “{left}” and “{right}”").format(
                left=left.name, right=right.name
            )
        )
        self.resize(860, 480)
        self.model = ComparisonModel(left.name, right.name, self)
        self.model.set_rows(services.selections.compare(left.id, right.id))
        self.proxy = DifferencesFilter(self)
        self.proxy.setSourceModel(self.model)
        name = scenario_namer(services.reference)
        summary = QLabel(
            "\n".join(
                translate("Compare", "{name}: {scenario}, {place}").format(
                    name=s.name, scenario=name(s.scenario), place=s.place or "—"
                )
                for s in (left, right)
            )
        )
        summary.setWordWrap(True)
        self.only_differences = QCheckBox(translate("Compare", "Show &only the differences"))
        self.only_differences.setAccessibleName(visible_name(self.only_differences.text()))
        self.only_differences.setAccessibleDescription(
            translate("Compare", "Hide the categories both contexts treat the same way")
        )
        self.only_differences.toggled.connect(self._only_differences_toggled)
        self.table = self._table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_dialog_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.only_differences)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(translate("Compare", "The two contexts side by side"))
        table.setAccessibleDescription(
            translate("Compare", "Each category's decision and priority in both contexts")
        )
        return table

    @Slot(bool)
    def _only_differences_toggled(self, on: bool) -> None:
        self.proxy.set_only_differences(on)
