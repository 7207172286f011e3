"""The context itself: name, place, date, organisation, scenario and notes.

Every field sends a change as it is edited; a name that cannot be used (empty, too long,
already taken) is said in words under the field, and the other edits are saved regardless.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    MAX_NAME_CHARACTERS,
    MAX_NOTES_CHARACTERS,
    MAX_SHORT_TEXT_CHARACTERS,
    Selection,
    check_name,
    check_text,
)
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.context.context_labels import not_in_content_badge
from pimdesk.ui.widgets.personal_data import PersonalDataWatch

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]


def name_problem(typed: str) -> str:
    """Why a typed name cannot be used, in words; '' when it can."""
    try:
        check_name(typed)
    except InvalidInputError:
        if not typed.strip():
            return translate("ContextDetails", "A context needs a name: type one.")
        return translate(
            "ContextDetails",
            "A name can have at most {limit} characters (this one has {count}); shorten it.",
        ).format(limit=MAX_NAME_CHARACTERS, count=len(" ".join(typed.split())))
    return ""


def name_taken(name: str) -> str:
    return translate(
        "ContextDetails",
        "Another context is already named “{name}”: choose another name. "
        "Your other changes are saved.",
    ).format(name=name)


class ContextDetails(QWidget):
    changed = Signal(object, bool)  # a Change, and whether to save it at once
    name_unusable = Signal()  # the name field holds a name that cannot be saved

    def __init__(self, reference: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self.name_edit = self._line(
            "name",
            translate("ContextDetails", "Name"),
            translate("ContextDetails", "The context's name, unique among your contexts"),
        )
        self.name_message = QLabel()
        self.name_message.setObjectName("nameMessage")
        self.name_message.setWordWrap(True)
        self.name_message.hide()
        self.place_edit = self._line(
            "place",
            translate("ContextDetails", "Place"),
            translate("ContextDetails", "Where the operation is: a country, a region, a camp"),
        )
        self.organisation_edit = self._line(
            "organisation",
            translate("ContextDetails", "Organisation"),
            translate("ContextDetails", "The organisation or team (optional)"),
        )
        self.dated_check, self.date_edit = self._date_fields()
        self.scenario_combo = self._scenario_combo()
        self.scenario_description = QLabel()
        self.scenario_description.setWordWrap(True)
        self.notes_edit = self._notes_edit()
        self.notes_message = QLabel()
        self.notes_message.setWordWrap(True)
        self.notes_message.hide()
        self.notes_watch = PersonalDataWatch(self.notes_edit)
        self._lay_out()

    # ------------------------------------------------------------------ building
    def _line(self, field: str, name: str, description: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{field}Edit")
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(description)
        if field != "name":  # a long name is said in words, not cut off while typing
            edit.setMaxLength(MAX_SHORT_TEXT_CHARACTERS)
        edit.textEdited.connect(lambda typed, f=field: self._typed(f, typed))
        return edit

    def _date_fields(self) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(translate("ContextDetails", "Has a &date"))
        check.setAccessibleName(translate("ContextDetails", "Has a date"))
        check.setAccessibleDescription(
            translate("ContextDetails", "Uncheck when the context has no date")
        )
        check.toggled.connect(self._date_toggled)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate())
        edit.setAccessibleName(translate("ContextDetails", "Date"))
        edit.setAccessibleDescription(
            translate("ContextDetails", "The date of the context, e.g. of the analysis")
        )
        edit.dateChanged.connect(self._date_changed)
        return check, edit

    def _scenario_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("scenarioCombo")
        for scenario in self._reference.scenarios:
            combo.addItem(scenario.name, scenario.id)
        combo.setAccessibleName(translate("ContextDetails", "Scenario"))
        combo.setAccessibleDescription(
            translate("ContextDetails", "Which of the four scenarios the context is in")
        )
        combo.activated.connect(self._scenario_chosen)
        return combo

    def _notes_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(translate("ContextDetails", "Notes on the context"))
        edit.setAccessibleDescription(
            translate("ContextDetails", "Your team's notes on the whole context; saved as you type")
        )
        edit.textChanged.connect(self._notes_typed)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows = (
            (translate("ContextDetails", "&Name:"), self.name_edit),
            (translate("ContextDetails", "&Place:"), self.place_edit),
            (translate("ContextDetails", "O&rganisation:"), self.organisation_edit),
            (translate("ContextDetails", "&Scenario:"), self.scenario_combo),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.name_edit:
                form.addRow("", self.name_message)
        dates = QHBoxLayout()
        dates.addWidget(self.dated_check)
        dates.addWidget(self.date_edit)
        dates.addStretch(1)
        form.insertRow(3, translate("ContextDetails", "Date:"), dates)
        form.addRow("", self.scenario_description)
        notes_label = QLabel(translate("ContextDetails", "No&tes:"))
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        form.addRow("", self.notes_message)
        form.addRow("", self.notes_watch)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Tab follows the screen (D16): the date row is shown third, so it comes third.
        chain = (
            self.name_edit,
            self.place_edit,
            self.dated_check,
            self.date_edit,
            self.organisation_edit,
            self.scenario_combo,
            self.notes_edit,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ showing
    def show_selection(self, selection: Selection) -> None:
        """Fill the fields from `selection` (when it is opened), without sending changes."""
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(True)
        self.name_edit.setText(selection.name)
        self.place_edit.setText(selection.place)
        self.organisation_edit.setText(selection.organisation)
        self.dated_check.setChecked(selection.date is not None)
        self.date_edit.setEnabled(selection.date is not None)
        if selection.date is not None:
            date = selection.date
            self.date_edit.setDate(QDate(date.year, date.month, date.day))
        self._show_scenario(selection.scenario)
        self.notes_edit.setPlainText(selection.notes)
        self.notes_watch.check_now()
        for widget in (self, *self.findChildren(QWidget)):
            widget.blockSignals(False)
        self.name_message.hide()
        self.notes_message.hide()

    def _show_scenario(self, scenario_id: str) -> None:
        combo = self.scenario_combo
        for index in range(combo.count() - 1, len(self._reference.scenarios) - 1, -1):
            combo.removeItem(index)  # an unknown scenario shown for an earlier context
        if combo.findData(scenario_id) < 0:
            combo.addItem(f"{scenario_id} {not_in_content_badge()}", scenario_id)
        combo.setCurrentIndex(combo.findData(scenario_id))
        self._describe_scenario(scenario_id)

    def _describe_scenario(self, scenario_id: str) -> None:
        found = [s for s in self._reference.scenarios if s.id == scenario_id]
        if found:
            self.scenario_description.setText(found[0].description)
        else:
            self.scenario_description.setText(
                translate(
                    "ContextDetails",
                    "This scenario is not in the current content (a content update removed or "
                    "renamed it): choose one of the four to go on saving changes.",
                )
            )

    def show_name_taken(self, name: str) -> None:
        """`name` belongs to another context (as that context spells it)."""
        self._say(self.name_message, name_taken(name))

    def name_accepted(self, name: str) -> None:
        """The store took `name`: clear any message about the name if the field still says it."""
        if " ".join(self.name_edit.text().split()) == name:
            self.name_message.hide()

    def _say(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.setAccessibleName(message)
        label.show()

    # ------------------------------------------------------------------ edits
    def _typed(self, field: str, typed: str) -> None:
        if field == "name":
            problem = name_problem(typed)
            if problem:
                self._say(self.name_message, problem)
                self.name_unusable.emit()
                return
            value = check_name(typed)
        else:
            value = check_text(typed, field)  # the field's length cap keeps it within bounds
        self.changed.emit(lambda s: replace(s, **{field: value}), False)

    @Slot(bool)
    def _date_toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on)
        date = self._chosen_date() if on else None
        self.changed.emit(lambda s: replace(s, date=date), True)

    @Slot(QDate)
    def _date_changed(self, _date: QDate) -> None:
        if self.dated_check.isChecked():
            date = self._chosen_date()
            self.changed.emit(lambda s: replace(s, date=date), False)

    def _chosen_date(self) -> datetime.date:
        value = self.date_edit.date()
        return datetime.date(value.year(), value.month(), value.day())

    @Slot(int)
    def _scenario_chosen(self, index: int) -> None:
        scenario = str(self.scenario_combo.itemData(index))
        self._describe_scenario(scenario)
        self.changed.emit(lambda s: replace(s, scenario=scenario), True)

    @Slot()
    def _notes_typed(self) -> None:
        notes = self.notes_edit.toPlainText()
        if len(notes) > MAX_NOTES_CHARACTERS:
            self._say(
                self.notes_message,
                translate(
                    "ContextDetails",
                    "Notes can have at most {limit} characters; shorten them to save them.",
                ).format(limit=MAX_NOTES_CHARACTERS),
            )
            return
        self.notes_message.hide()
        self.changed.emit(lambda s: replace(s, notes=notes), False)
