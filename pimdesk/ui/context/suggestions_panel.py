"""Suggestions that explain themselves: each category with its reasons, and the team's decision.

The panel never saves: every decision, priority or note is sent as a change (a function from
the selection to the edited selection) to the editor, which saves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.selection import (
    MAX_NOTES_CHARACTERS,
    CategoryChoice,
    Decision,
    Selection,
    TeamPriority,
)
from pimdesk.domain.suggestions import Suggestion
from pimdesk.domain.tiers import TierDecision
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.context.context_labels import priority_label
from pimdesk.ui.context.reason_html import ReasonWriter
from pimdesk.ui.context.suggestions_model import (
    COLUMNS,
    CategoryRow,
    SuggestionsModel,
    category_rows,
)
from pimdesk.ui.widgets.model_index import select_row
from pimdesk.ui.widgets.named_controls import visible_name
from pimdesk.ui.widgets.page_html import RenderedPage, paragraph, text
from pimdesk.ui.widgets.page_view import PageView
from pimdesk.ui.widgets.personal_data import PersonalDataWatch

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]


def choice_of(selection: Selection, category: str) -> CategoryChoice:
    return selection.choice(category) or CategoryChoice(category)


class SuggestionsPanel(QSplitter):
    changed = Signal(object, bool)  # a Change, and whether to save it at once
    link_activated = Signal(object)  # Location

    def __init__(self, reference: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._reference = reference
        self._writer = ReasonWriter(reference)
        self._names = reference.category_names
        self._selection: Selection | None = None
        self._category = ""
        self.model = SuggestionsModel(self)
        self.table = self._table()
        self.reasons_view = PageView()
        self.reasons_view.setAccessibleName(translate("Suggestions", "Why it is suggested"))
        self.reasons_view.setAccessibleDescription(
            translate("Suggestions", "The reasons for the chosen category, with their sources")
        )
        self.reasons_view.link_activated.connect(self.link_activated)
        self.decision_buttons = self._decision_buttons()
        self.priority_combo = self._priority_combo()
        self.notes_edit = self._notes_edit()
        self.notes_message = QLabel()
        self.notes_message.setWordWrap(True)
        self.notes_message.hide()
        self.notes_watch = PersonalDataWatch(self.notes_edit)
        self.add_combo, self.add_button = self._add_controls()
        # A visible label, so that the combo has a name on every platform (D25).
        self.add_label = QLabel(translate("Suggestions", "Add a cate&gory:"))
        self.add_label.setBuddy(self.add_combo)
        self.setContentsMargins(6, 6, 6, 6)  # the intro not flush against the tab's frame (P11)
        self.addWidget(self._list_side())
        self.addWidget(self._decision_side())
        # The list gets the larger share: its category names must show whole words, while the
        # reasons pane scrolls and wraps at any width.
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    # ------------------------------------------------------------------ building
    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("suggestionsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        # The category name never scrolls out of sight (small screens): it takes the spare width
        # and wraps whole words onto more lines rather than cut them (Arabic at 150% leaves it
        # about 90 px); the reasons and the notes are shown in full in the pane beside the list.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("category"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # The tier says where a category stands and the reasons say why: the older "why"
        # summary and the notes would only take the room the decision needs on a small screen.
        for column in ("why", "notes"):
            table.hideColumn(COLUMNS.index(column))
        table.setAccessibleName(translate("Suggestions", "Suggested categories"))
        table.setAccessibleDescription(
            translate(
                "Suggestions",
                "The categories the rules suggest for this context, first those to put in "
                "place first, and those your team added; choose one to see why and decide",
            )
        )
        table.selectionModel().selectionChanged.connect(self._row_chosen)
        return table

    def _decision_buttons(self) -> QButtonGroup:
        group = QButtonGroup(self)
        descriptions = {
            Decision.SUGGESTED: translate("Suggestions", "Leave the category undecided"),
            Decision.ACCEPTED: translate("Suggestions", "Use this category in this context"),
            Decision.REJECTED: translate("Suggestions", "Do not use this category here"),
        }
        texts = {
            Decision.SUGGESTED: translate("Suggestions", "To &decide"),
            Decision.ACCEPTED: translate("Suggestions", "&Accept"),
            Decision.REJECTED: translate("Suggestions", "&Reject"),
        }
        names = {
            Decision.SUGGESTED: translate("Suggestions", "To decide"),
            Decision.ACCEPTED: translate("Suggestions", "Accept"),
            Decision.REJECTED: translate("Suggestions", "Reject"),
        }
        for number, decision in enumerate(Decision):
            button = QRadioButton(texts[decision])
            button.setObjectName(f"decision_{decision.value}")
            button.setAccessibleName(names[decision])
            button.setAccessibleDescription(descriptions[decision])
            group.addButton(button, number)
        group.idClicked.connect(self._decision_clicked)
        return group

    def _priority_combo(self) -> QComboBox:
        combo = QComboBox()
        for priority in (None, *TeamPriority):
            combo.addItem(priority_label(priority), priority.value if priority else "")
        combo.setAccessibleName(translate("Suggestions", "Priority"))
        combo.setAccessibleDescription(
            translate("Suggestions", "How urgently your team wants this category in place")
        )
        combo.activated.connect(self._priority_chosen)
        return combo

    def _notes_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(translate("Suggestions", "Why, who, by when…"))
        edit.setAccessibleName(translate("Suggestions", "Notes on the category"))
        edit.setAccessibleDescription(
            translate("Suggestions", "Your team's notes on this category; saved as you type")
        )
        edit.textChanged.connect(self._notes_typed)
        return edit

    def _add_controls(self) -> tuple[QComboBox, QPushButton]:
        combo = QComboBox()
        combo.setAccessibleName(translate("Suggestions", "Category to add"))
        combo.setAccessibleDescription(
            translate("Suggestions", "A category the rules did not suggest, to add by hand")
        )
        button = QPushButton(translate("Suggestions", "Add &by hand"))
        button.setAccessibleName(visible_name(button.text()))
        button.setAccessibleDescription(
            translate("Suggestions", "Add the chosen category to this context, accepted")
        )
        button.clicked.connect(self._add_by_hand)
        return combo, button

    def _list_side(self) -> QWidget:
        side = QWidget()
        intro = QLabel(
            translate(
                "Suggestions",
                "Each context needs its own combination of categories. The rules sort them into "
                "start here, add when … and not needed now, from the scenario, the data you "
                "need, the systems already there and your limits; choose one to see why, then "
                "decide.",
            )
        )
        intro.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.add_label)
        adding.addWidget(self.add_combo, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        return side

    def _decision_side(self) -> QWidget:
        side = QWidget()
        decisions = QHBoxLayout()
        for button in self.decision_buttons.buttons():
            decisions.addWidget(button)
        decisions.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("Suggestions", "Decision:"), decisions)
        priority_label_widget = QLabel(translate("Suggestions", "&Priority:"))
        priority_label_widget.setBuddy(self.priority_combo)
        form.addRow(priority_label_widget, self.priority_combo)
        notes_label = QLabel(translate("Suggestions", "&Notes:"))
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reasons_view, 3)
        layout.addLayout(form, 2)
        layout.addWidget(self.notes_message)
        layout.addWidget(self.notes_watch)
        return side

    # ------------------------------------------------------------------ showing
    def show_selection(
        self,
        selection: Selection,
        suggestions: Sequence[Suggestion],
        tiers: Sequence[TierDecision] = (),
    ) -> None:
        """Show the categories of `selection` (called after every change of it); with `tiers`,
        every category in its tier."""
        self._selection = selection
        self.model.set_rows(category_rows(suggestions, selection, self._names, tiers))
        self._fill_add_combo()
        row = self.model.row_of(self._category)
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        current = self.table.currentIndex()
        if row >= 0 and (not current.isValid() or current.row() != row):
            select_row(self.table, row)
        elif row >= 0:
            self._show_row(self.model.row(row), reload_notes=False)
        else:
            self._show_nothing()

    def select_category(self, category: str) -> None:
        row = self.model.row_of(category)
        if row >= 0:
            select_row(self.table, row)

    @property
    def current_category(self) -> str:
        return self._category

    def _fill_add_combo(self) -> None:
        listed = {self.model.row(n).category for n in range(self.model.rowCount())}
        self.add_combo.clear()
        for category in self._reference.categories:
            if category.id not in listed:
                self.add_combo.addItem(category.name, category.id)
        self.add_button.setEnabled(self.add_combo.count() > 0)
        self.add_combo.setEnabled(self.add_combo.count() > 0)
        # With tiers every category is listed: nothing is left to add by hand.
        self.add_button.setVisible(self.add_combo.count() > 0)
        self.add_combo.setVisible(self.add_combo.count() > 0)
        self.add_label.setVisible(self.add_combo.count() > 0)  # no label left on its own

    @Slot(QItemSelection, QItemSelection)
    def _row_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = self.model.row(rows[0].row())
            reload_notes = row.category != self._category
            self._category = row.category
            self._show_row(row, reload_notes)

    def _show_row(self, row: CategoryRow, reload_notes: bool) -> None:
        assert self._selection is not None
        status = self._selection.system_status(row.category)
        page = self._writer.page(row.category, row.suggestion, status, row.tier)
        if self.reasons_view.page != page:
            self.reasons_view.show_page(page)
        self.decision_buttons.button(list(Decision).index(row.decision)).setChecked(True)
        priority = row.choice.priority.value if row.choice and row.choice.priority else ""
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(priority))
        if reload_notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(row.choice.notes if row.choice else "")
            self.notes_watch.check_now()
            self.notes_edit.blockSignals(False)
            self.notes_message.hide()
        self._set_controls_enabled(True)

    def _show_nothing(self) -> None:
        self._category = ""
        hint = translate("Suggestions", "Choose a scenario to see the suggested categories.")
        self.reasons_view.show_page(RenderedPage(hint, paragraph(text(hint), "muted")))
        self._set_controls_enabled(False)

    def _set_controls_enabled(self, on: bool) -> None:
        for widget in (*self.decision_buttons.buttons(), self.priority_combo, self.notes_edit):
            widget.setEnabled(on)

    # ------------------------------------------------------------------ the team's choices
    def _edit_choice(self, at_once: bool, **changes: object) -> None:
        category = self._category
        if not category:
            return

        def change(selection: Selection) -> Selection:
            return selection.with_choice(replace(choice_of(selection, category), **changes))

        self.changed.emit(change, at_once)

    @Slot(int)
    def _decision_clicked(self, number: int) -> None:
        self._edit_choice(True, decision=list(Decision)[number])

    @Slot(int)
    def _priority_chosen(self, index: int) -> None:
        value = self.priority_combo.itemData(index)
        self._edit_choice(True, priority=TeamPriority(value) if value else None)

    @Slot()
    def _notes_typed(self) -> None:
        notes = self.notes_edit.toPlainText()
        if len(notes) > MAX_NOTES_CHARACTERS:
            self.notes_message.setText(
                translate(
                    "Suggestions",
                    "Notes can have at most {limit} characters; shorten them to save them.",
                ).format(limit=MAX_NOTES_CHARACTERS)
            )
            self.notes_message.show()
            return
        self.notes_message.hide()
        self._edit_choice(False, notes=notes)

    @Slot()
    def _add_by_hand(self) -> None:
        category = self.add_combo.currentData()
        if not category:
            return
        self._category = category

        def change(selection: Selection) -> Selection:
            return selection.with_choice(
                replace(choice_of(selection, category), decision=Decision.ACCEPTED)
            )

        self.changed.emit(change, True)
        self.select_category(category)
        self.table.setFocus()
