"""The context's systems map: the named PIM systems of the operation, its gaps and overlaps, and
the limits the team states (access, capacity, whether personal data can be protected).

Like the other parts of the editor it never saves: each edit is sent as a change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.content import Category
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    MAX_SHORT_TEXT_CHARACTERS,
    Constraint,
    PimSystem,
    RunStatus,
    Selection,
)
from pimdesk.domain.systems_map import MapFindings, check_system
from pimdesk.ui.context.context_labels import constraint_label, run_status_label
from pimdesk.ui.widgets.named_controls import visible_name

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]
MAP_COLUMNS = ("name", "category", "organisation", "status", "shares", "frequency", "contact")


def map_heading(column: str) -> str:
    headings = {
        "name": translate("SystemsMap", "System"),
        "category": translate("SystemsMap", "Category"),
        "organisation": translate("SystemsMap", "Organisation"),
        "status": translate("SystemsMap", "Status"),
        "shares": translate("SystemsMap", "Shares"),
        "frequency": translate("SystemsMap", "How often"),
        "contact": translate("SystemsMap", "Contact"),
    }
    return headings[column]


class ConstraintsBox(QGroupBox):
    """What limits this context: each box the team ticks changes the tiers."""

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SystemsMap", "What limits this context?"), parent)
        self.boxes: dict[Constraint, QCheckBox] = {}
        layout = QHBoxLayout(self)  # one row: the map below needs the height
        for constraint in Constraint:
            box = QCheckBox(constraint_label(constraint))
            box.setObjectName(f"constraint_{constraint.value}")
            box.setAccessibleName(constraint_label(constraint))
            box.setAccessibleDescription(
                translate("SystemsMap", "A limit the suggestions take into account")
            )
            box.toggled.connect(lambda on, c=constraint: self._toggled(c, on))
            layout.addWidget(box)
            self.boxes[constraint] = box
        layout.addStretch(1)

    def show_selection(self, selection: Selection) -> None:
        for constraint, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(selection.has_constraint(constraint))
            box.blockSignals(False)

    def _toggled(self, constraint: Constraint, on: bool) -> None:
        def change(selection: Selection) -> Selection:
            others = tuple(c for c in selection.constraints if c is not constraint)
            return replace(selection, constraints=(*others, constraint) if on else others)

        self.changed.emit(change, True)


class SystemsMapBox(QGroupBox):
    """The named systems: a table, a form to add one, a button to remove the chosen one."""

    changed = Signal(object, bool)

    def __init__(self, categories: tuple[Category, ...], parent: QWidget | None = None) -> None:
        super().__init__(translate("SystemsMap", "Systems map: who runs what"), parent)
        self._names = {c.id: c.name for c in categories}
        self._systems: tuple[PimSystem, ...] = ()
        self.table = self._table()
        self.name_edit = self._line(
            translate("SystemsMap", "For example: DTM round 3"),
            translate("SystemsMap", "System name"),
            translate("SystemsMap", "The name of the system to add, as the team calls it"),
        )
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(translate("SystemsMap", "System category"))
        self.category_combo.setAccessibleDescription(
            translate("SystemsMap", "The PIM category the system to add belongs to")
        )
        for category in categories:
            self.category_combo.addItem(category.name, category.id)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(translate("SystemsMap", "System status"))
        self.status_combo.setAccessibleDescription(
            translate("SystemsMap", "Whether the system to add is operating, planned or stopped")
        )
        for status in RunStatus:
            self.status_combo.addItem(run_status_label(status), status.value)
        self.organisation_edit = self._line(
            translate("SystemsMap", "Who runs it"),
            translate("SystemsMap", "Organisation"),
            translate("SystemsMap", "The organisation that runs the system to add"),
        )
        self.shares_edit = self._line(
            translate("SystemsMap", "What it shares"),
            translate("SystemsMap", "What it shares"),
            translate("SystemsMap", "The data or information the system shares"),
        )
        self.frequency_edit = self._line(
            translate("SystemsMap", "How often, e.g. monthly"),
            translate("SystemsMap", "How often"),
            translate("SystemsMap", "How often the system shares it"),
        )
        self.contact_edit = self._line(
            translate("SystemsMap", "Whom to ask"),
            translate("SystemsMap", "Contact"),
            translate("SystemsMap", "Whom to ask about the system"),
        )
        self.add_button = QPushButton(translate("SystemsMap", "Add to the &map"))
        self.add_button.setAccessibleName(visible_name(self.add_button.text()))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(translate("SystemsMap", "Re&move the chosen system"))
        self.remove_button.setAccessibleName(
            translate("SystemsMap", "Remove the chosen system from the map")
        )
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._lay_out()

    def _line(self, placeholder: str, name: str, description: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        edit.setMaxLength(MAX_SHORT_TEXT_CHARACTERS)
        return edit

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(MAP_COLUMNS))
        table.setObjectName("systemsMapTable")
        table.setHorizontalHeaderLabels([map_heading(c) for c in MAP_COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        table.setAccessibleName(translate("SystemsMap", "Systems on the map"))
        table.setAccessibleDescription(
            translate(
                "SystemsMap",
                "The PIM systems of this operation: who runs what, what it shares and how often",
            )
        )
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        first = QHBoxLayout()
        first.addWidget(self.name_edit, 2)
        first.addWidget(self.category_combo, 2)
        first.addWidget(self.status_combo, 1)
        form.addRow(translate("SystemsMap", "System:"), first)
        second = QHBoxLayout()
        second.addWidget(self.organisation_edit)
        second.addWidget(self.contact_edit)
        form.addRow(translate("SystemsMap", "Run by:"), second)
        third = QHBoxLayout()
        third.addWidget(self.shares_edit, 2)
        third.addWidget(self.frequency_edit, 1)
        form.addRow(translate("SystemsMap", "Shares:"), third)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_selection(self, selection: Selection) -> None:
        if selection.system_map == self._systems and self.table.rowCount() == len(self._systems):
            return  # unchanged: keep the chosen row
        self._systems = selection.system_map
        self.table.setRowCount(len(self._systems))
        for row, system in enumerate(self._systems):
            values = {
                "name": system.name,
                "category": self._names.get(system.category, system.category),
                "organisation": system.organisation,
                "status": run_status_label(system.status),
                "shares": system.shares,
                "frequency": system.frequency,
                "contact": system.contact,
            }
            for column, key in enumerate(MAP_COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(values[key]))
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    @Slot()
    def _add(self) -> None:
        typed = PimSystem(
            self.name_edit.text(),
            self.category_combo.currentData() or "",
            RunStatus(self.status_combo.currentData()),
            self.organisation_edit.text(),
            self.shares_edit.text(),
            self.frequency_edit.text(),
            self.contact_edit.text(),
        )
        try:
            system = check_system(typed)
        except InvalidInputError as error:
            self._say(error.message)
            return
        if any(s.name.casefold() == system.name.casefold() for s in self._systems):
            self._say(
                translate(
                    "SystemsMap", "The map already has a system named “{name}”: choose another."
                ).format(name=system.name)
            )
            return
        self.message.hide()
        for edit in (self.name_edit, self.organisation_edit, self.shares_edit):
            edit.clear()
        self.frequency_edit.clear()
        self.contact_edit.clear()
        self.changed.emit(lambda s: replace(s, system_map=(*s.system_map, system)), True)

    @Slot()
    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._systems):
            return
        gone = self._systems[rows[0].row()]
        self.changed.emit(
            lambda s: replace(s, system_map=tuple(x for x in s.system_map if x != gone)), True
        )

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()


def findings_text(findings: MapFindings, names: dict[str, str]) -> str:
    """The map's gaps and overlaps in a sentence each, or that there are none."""
    lines = []
    for gap in findings.gaps:
        lines.append(
            translate("SystemsMap", "Gap: {category} is needed and no system runs it.").format(
                category=names.get(gap.category, gap.category)
            )
        )
    for overlap in findings.overlaps:
        lines.append(
            translate("SystemsMap", "Overlap: {category} is done by {systems}.").format(
                category=names.get(overlap.category, overlap.category),
                systems=", ".join(s.name for s in overlap.systems),
            )
        )
    if not lines:
        return translate("SystemsMap", "No gaps and no overlaps.")
    return "\n".join(lines)
