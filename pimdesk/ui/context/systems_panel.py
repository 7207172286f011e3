"""Which PIM systems operate in the context: the limits the team states, the systems map with its
gaps and overlaps, and, where no named system says it, one status for each category.

A status the team set on a category the current content no longer has is shown, flagged and
kept (R18): nothing here ever removes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.content import Category
from pimdesk.domain.selection import Selection, SystemStatus
from pimdesk.domain.systems_map import MapFindings
from pimdesk.ui.context.context_labels import not_in_content_badge, system_status_label
from pimdesk.ui.context.systems_map_panel import ConstraintsBox, SystemsMapBox, findings_text

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]


class SystemsPanel(QScrollArea):
    changed = Signal(object, bool)  # a Change, and whether to save it at once

    def __init__(self, categories: tuple[Category, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(translate("Systems", "Systems already operating"))
        self.setAccessibleDescription(
            translate("Systems", "For each category, whether a PIM system operates in the context")
        )
        self.combos: dict[str, QComboBox] = {}
        self.unknown_label = QLabel()
        self.unknown_label.setWordWrap(True)
        self.unknown_label.hide()
        inner = QWidget()
        intro = QLabel(
            translate(
                "Systems",
                "Which PIM systems already operate here? A needed category with no system is a "
                "gap to fill; one already operating is something to build on.",
            )
        )
        intro.setWordWrap(True)
        self.constraints = ConstraintsBox()
        self.constraints.changed.connect(self.changed)
        self.map_box = SystemsMapBox(categories)
        self.map_box.changed.connect(self.changed)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("mapFindings")
        self.findings_label.setWordWrap(True)
        self._names = {c.id: c.name for c in categories}
        by_category = QGroupBox(translate("Systems", "Without a named system: status by category"))
        form = QFormLayout(by_category)
        # Four short values: a combo as wide as the page only puts its value far from its label.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for category in categories:
            combo = self._combo(category)
            label = QLabel(category.name + ":")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[category.id] = combo
        layout = QVBoxLayout(inner)
        layout.addWidget(intro)
        layout.addWidget(self.constraints)
        layout.addWidget(self.findings_label)  # above the map: what to act on first
        layout.addWidget(self.map_box)
        layout.addWidget(by_category)
        layout.addWidget(self.unknown_label)
        layout.addStretch(1)
        self.setWidget(inner)

    def _combo(self, category: Category) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"system_{category.id}")
        for status in SystemStatus:
            combo.addItem(system_status_label(status), status.value)
        combo.setAccessibleName(
            translate("Systems", "System status: {category}").format(category=category.name)
        )
        combo.setAccessibleDescription(
            translate("Systems", "Whether a {category} system operates in this context").format(
                category=category.name
            )
        )
        combo.activated.connect(lambda index, c=category.id: self._chosen(c, index))
        return combo

    def show_findings(self, findings: MapFindings) -> None:
        self.findings_label.setText(findings_text(findings, self._names))

    def show_selection(self, selection: Selection) -> None:
        self.constraints.show_selection(selection)
        self.map_box.show_selection(selection)
        for category, combo in self.combos.items():
            status = selection.system_status(category)
            combo.setCurrentIndex(combo.findData(status.value))
        unknown = [(c, s) for c, s in selection.systems if c not in self.combos]
        self.unknown_label.setVisible(bool(unknown))
        if unknown:
            lines = ", ".join(f"{c}: {system_status_label(s)}" for c, s in unknown)
            self.unknown_label.setText(
                translate(
                    "Systems", "{badge} Kept from an earlier content version: {lines}"
                ).format(badge=not_in_content_badge(), lines=lines)
            )

    def _chosen(self, category: str, index: int) -> None:
        status = SystemStatus(self.combos[category].itemData(index))
        self.changed.emit(lambda selection: selection.with_system(category, status), True)
