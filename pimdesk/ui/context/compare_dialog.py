"""Two contexts side by side: every difference between them marked and highlighted.

The rows: the context's details (scenario, place, date, organisation, notes, stated limits),
each category's decision and priority, its tier and the team's notes on it, every system on
either map, and every data need either team picked. A category no one decided is "To decide",
in the editor's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

from pimdesk.domain.records import record
from pimdesk.domain.selection import CategoryChoice, Decision, Selection
from pimdesk.domain.tiers import TierDecision
from pimdesk.services.container import Services
from pimdesk.ui.context.context_labels import (
    constraint_label,
    decision_label,
    priority_label,
    run_status_label,
    scenario_namer,
    tier_decision_label,
)
from pimdesk.ui.context.context_list_controls import name_dialog_buttons
from pimdesk.ui.widgets.model_index import ROOT, Index
from pimdesk.ui.widgets.named_controls import name_corner_button, visible_name
from pimdesk.ui.widgets.proxy_tools import refilter_rows

translate = QCoreApplication.translate
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 22
# Translucent amber: it marks a difference on a light or a dark palette alike.
DIFFERENCE_COLOUR = QColor(255, 190, 60, 90)


class RowLike(Protocol):
    """One thing compared: a category as `SelectionService.compare` returns it, or a text row."""

    @property
    def name(self) -> str: ...
    @property
    def left(self) -> CategoryChoice | str | None: ...
    @property
    def right(self) -> CategoryChoice | str | None: ...
    @property
    def differs(self) -> bool: ...


@record
class TextRow:
    """A compared detail, tier, note, system or need, in words on both sides."""

    name: str
    left: str
    right: str

    @property
    def differs(self) -> bool:
        return self.left != self.right


def choice_text(choice: CategoryChoice | str | None) -> str:
    if isinstance(choice, str):
        return choice
    if choice is None:
        return decision_label(Decision.SUGGESTED)  # nothing decided yet: "To decide"
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
            translate("Compare", "Detail"),  # a category, or the place, date, notes …
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
            return choice.notes if isinstance(choice, CategoryChoice) and choice.notes else None
        if role == DIFFERS_ROLE:
            return row.differs
        return _highlight(role) if row.differs else None

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
        return None


def _highlight(role: int) -> Any:
    """How a differing row stands out: a tinted background and bold text."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(DIFFERENCE_COLOUR)
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
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
        self.resize(900, 560)
        self.model = ComparisonModel(left.name, right.name, self)
        self.model.set_rows(comparison_rows(services, left, right))
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
        name_corner_button(table)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()  # row numbers mean nothing here (D21)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(translate("Compare", "The two contexts side by side"))
        table.setAccessibleDescription(
            translate(
                "Compare",
                "Every detail, category decision, tier, note, system and data need of both "
                "contexts; the differences are marked",
            )
        )
        return table

    @Slot(bool)
    def _only_differences_toggled(self, on: bool) -> None:
        self.proxy.set_only_differences(on)


def comparison_rows(services: Services, left: Selection, right: Selection) -> list[RowLike]:
    """Every row the two contexts are compared on, details first."""
    selections = services.selections
    rows: list[RowLike] = _detail_rows(services, left, right)
    rows += selections.compare(left.id, right.id)
    tiers = (_tiers_of(selections.tiers(left)), _tiers_of(selections.tiers(right)))
    for category in services.reference.categories:
        rows.append(
            TextRow(
                translate("Compare", "Tier: {category}").format(category=category.name),
                tiers[0].get(category.id, ""),
                tiers[1].get(category.id, ""),
            )
        )
        notes = tuple(_category_notes(s, category.id) for s in (left, right))
        if any(notes):
            name = translate("Compare", "Notes: {category}").format(category=category.name)
            rows.append(TextRow(name, *notes))
    rows += _system_rows(services, left, right)
    rows += _need_rows(left, right)
    return rows


def _tiers_of(decisions: Sequence[TierDecision]) -> dict[str, str]:
    return {decision.category: tier_decision_label(decision) for decision in decisions}


def _category_notes(selection: Selection, category: str) -> str:
    choice = selection.choice(category)
    return choice.notes if choice else ""


def _detail_rows(services: Services, left: Selection, right: Selection) -> list[RowLike]:
    name = scenario_namer(services.reference)
    fields: tuple[tuple[str, Callable[[Selection], str]], ...] = (
        (translate("Compare", "Scenario"), lambda s: name(s.scenario)),
        (translate("Compare", "Place"), lambda s: s.place),
        (translate("Compare", "Date"), lambda s: s.date.isoformat() if s.date else ""),
        (translate("Compare", "Organisation"), lambda s: s.organisation),
        (translate("Compare", "Notes"), lambda s: s.notes),
        (
            translate("Compare", "Limits"),
            lambda s: "; ".join(constraint_label(c) for c in s.constraints),
        ),
    )
    return [TextRow(label, value(left), value(right)) for label, value in fields]


def _system_rows(services: Services, left: Selection, right: Selection) -> list[RowLike]:
    names = services.reference.category_names
    described: list[dict[str, str]] = []
    for selection in (left, right):
        described.append(
            {
                s.name.casefold(): " — ".join(
                    part
                    for part in (
                        run_status_label(s.status),
                        names.get(s.category, s.category),
                        s.organisation,
                        s.shares,
                        s.frequency,
                        s.contact,
                    )
                    if part
                )
                for s in selection.system_map
            }
        )
    shown = {s.name.casefold(): s.name for s in (*left.system_map, *right.system_map)}
    return [
        TextRow(
            translate("Compare", "System: {name}").format(name=shown[key]),
            described[0].get(key, translate("Compare", "Not on the map")),
            described[1].get(key, translate("Compare", "Not on the map")),
        )
        for key in shown
    ]


def _need_rows(left: Selection, right: Selection) -> list[RowLike]:
    texts = {n.key: n.text for n in (*left.needs, *right.needs)}
    picked = ({n.key for n in left.needs}, {n.key for n in right.needs})
    yes, no = translate("Compare", "Picked"), translate("Compare", "Not picked")
    return [
        TextRow(
            translate("Compare", "Data need: {need}").format(need=texts[key]),
            yes if key in picked[0] else no,
            yes if key in picked[1] else no,
        )
        for key in texts
    ]
