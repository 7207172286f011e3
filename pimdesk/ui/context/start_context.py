"""Start a context from anywhere: a new context asks for its scenario, and a scenario, a category,
a matrix cell or a data need the user was reading gives it a head start.

The pages link to `pim:new-context/ORIGIN`, ORIGIN being `scenario.ID`, `category.ID`,
`cell.CATEGORY.ELEMENT`, `need.ITEM_ID` or `question.ID` (or nothing); the window hands such a
link here instead of keeping it in its history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pimdesk.domain.content import Scenario
from pimdesk.domain.errors import NotFoundError
from pimdesk.domain.records import record as immutable_record
from pimdesk.domain.selection import CategoryChoice, DataNeed, Decision, NeedSource, Selection
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.context.context_list_controls import name_dialog_buttons

translate = QCoreApplication.translate
NEW_CONTEXT_KIND = "new-context"


@immutable_record
class HeadStart:
    """What a new context starts with: its scenario if the origin says it, and a category
    accepted or a need picked."""

    scenario: str = ""
    category: str = ""
    need: DataNeed | None = None

    def apply(self, selection: Selection) -> Selection:
        if self.category:
            selection = selection.with_choice(CategoryChoice(self.category, Decision.ACCEPTED))
        if self.need is not None:
            selection = replace(selection, needs=(*selection.needs, self.need))
        return selection


def head_start(origin: str, reference: ReferenceService) -> HeadStart:
    """The head start an origin (`scenario.ID`, `category.ID`, `cell.CAT.ELEMENT`,
    `need.ITEM`, `question.ID`) gives; nothing for an origin the content does not know."""
    kind, _, record = origin.partition(".")
    try:
        if kind == "scenario":
            return HeadStart(scenario=reference.scenario(record).id)
        if kind in ("category", "cell"):
            return HeadStart(category=reference.category(record.partition(".")[0]).id)
        if kind == "need":
            item = reference.scenario_item(record)
            need = DataNeed(NeedSource.SCENARIO_ITEM, item.text, item.id)
            return HeadStart(scenario=item.scenario, need=need)
        if kind == "question":
            question = reference.question(record)
            return HeadStart(need=DataNeed(NeedSource.QUESTION, question.text, question.id))
    except NotFoundError:
        pass
    return HeadStart()


class ScenarioDialog(QDialog):
    """Asks which scenario a new context is in; nothing is chosen for the user."""

    chosen = Signal(str)  # the scenario ID

    def __init__(self, scenarios: tuple[Scenario, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioDialog")
        self.setWindowTitle(translate("StartContext", "New context"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("StartContext", "Scenario"))
        self.combo.setAccessibleDescription(
            translate("StartContext", "The scenario of the new context: it decides the first tiers")
        )
        self.combo.addItem(translate("StartContext", "Choose a scenario…"), "")
        for scenario in scenarios:
            self.combo.addItem(scenario.name, scenario.id)
        label = QLabel(translate("StartContext", "Which &scenario is this context in?"))
        label.setBuddy(self.combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_dialog_buttons(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.combo.currentIndexChanged.connect(
            lambda _index: self.ok_button.setEnabled(bool(self.combo.currentData()))
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)

    @Slot()
    def _accept(self) -> None:
        scenario = self.combo.currentData()
        if scenario:
            self.accept()
            self.chosen.emit(scenario)


def ask_scenario(
    reference: ReferenceService, parent: QWidget, then: Callable[[str], object]
) -> ScenarioDialog:
    """Open the scenario question (window-modal, not blocking); `then` gets the answer."""
    dialog = ScenarioDialog(reference.scenarios, parent)
    dialog.chosen.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
