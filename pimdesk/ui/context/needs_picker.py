"""The data and information the team needs: picked from the scenario's items and the guiding
questions, or typed in. A checkable list; what was picked before and is no longer offered (another
scenario, a content update) stays listed and checked until the team unchecks it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.content import Attribution, Priority
from pimdesk.domain.errors import InvalidInputError, NotFoundError
from pimdesk.domain.records import record
from pimdesk.domain.selection import DataNeed, NeedSource, Selection, check_text
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.context.context_labels import not_in_content_badge
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.group_delegate import GroupHeadingDelegate
from pimdesk.ui.widgets.model_index import GROUP_ROLE, ROOT, Index
from pimdesk.ui.widgets.named_controls import visible_name
from pimdesk.ui.widgets.page_html import provenance

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]


@record
class NeedOption:
    need: DataNeed
    group: str  # must_have | nice_to_have | question | custom | earlier | unknown
    mark: str = ""  # ' [PIM Desk's illustration]' when the content text is not the source's


def need_options(
    reference: ReferenceService, scenario_id: str, chosen: Sequence[DataNeed]
) -> list[NeedOption]:
    """The scenario's must-have and nice-to-have items and its questions, then whatever else
    the team chose (its own words, or picks that are no longer on offer)."""
    options: list[NeedOption] = []
    try:
        scenario = reference.scenario(scenario_id)
    except NotFoundError:
        scenario = None
    if scenario is not None:
        for priority, group in (
            (Priority.MUST_HAVE, "must_have"),
            (Priority.NICE_TO_HAVE, "nice_to_have"),
        ):
            options += [
                NeedOption(
                    DataNeed(NeedSource.SCENARIO_ITEM, i.text, i.id),
                    group,
                    _mark(reference, i.attribution),
                )
                for i in scenario.items_with(priority)
            ]
        options += [
            NeedOption(
                DataNeed(NeedSource.QUESTION, q.text, q.id),
                "question",
                _mark(reference, q.attribution),
            )
            for q in reference.questions_for(scenario_id)
        ]
    offered = {o.need.key for o in options}
    options += [NeedOption(n, _group_of(reference, n)) for n in chosen if n.key not in offered]
    return options


def _mark(reference: ReferenceService, attribution: Attribution) -> str:
    value = provenance(reference, attribution.origin, attribution.source)
    return "" if value.is_source else f" [{value.mark}]"


def _group_of(reference: ReferenceService, need: DataNeed) -> str:
    if need.source is NeedSource.CUSTOM:
        return "custom"
    try:
        if need.source is NeedSource.SCENARIO_ITEM:
            reference.scenario_item(need.ref or "")
        else:
            reference.question(need.ref or "")
    except NotFoundError:
        return "unknown"
    return "earlier"


def group_label(group: str) -> str:
    labels = {
        "must_have": translate("Needs", "[Must have]"),
        "nice_to_have": translate("Needs", "[Nice to have]"),
        "question": translate("Needs", "[Question]"),
        "custom": translate("Needs", "[Your words]"),
        "earlier": translate("Needs", "[Picked earlier]"),
        "unknown": not_in_content_badge(),
    }
    return labels[group]


def group_heading(group: str) -> str:
    """The heading the group's needs are listed under (review P9: no prefix on every line)."""
    headings = {
        "must_have": labels.priority_label(Priority.MUST_HAVE),
        "nice_to_have": labels.priority_label(Priority.NICE_TO_HAVE),
        "question": translate("Needs", "Guiding questions"),
        "custom": translate("Needs", "In your own words"),
        "earlier": translate("Needs", "Picked earlier"),
        "unknown": not_in_content_badge().strip("[]"),
    }
    return headings[group]


class NeedChoicesModel(QAbstractListModel):
    """The needs on offer, each checked when the team picked it."""

    chosen_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options: list[NeedOption] = []
        self._chosen: set[str] = set()

    def set_options(self, options: list[NeedOption], chosen: Sequence[DataNeed]) -> None:
        keys = {n.key for n in chosen}
        if options == self._options:  # the same list: repaint the checks, keep the view's place
            self._chosen = keys
            if options:
                self.dataChanged.emit(self.index(0), self.index(len(options) - 1))
            return
        self.beginResetModel()
        self._options, self._chosen = options, keys
        self.endResetModel()

    def option(self, row: int) -> NeedOption:
        return self._options[row]

    def row_of(self, key: str) -> int:
        return next((n for n, o in enumerate(self._options) if o.need.key == key), -1)

    def is_chosen(self, row: int) -> bool:
        return self._options[row].need.key in self._chosen

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._options)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        option = self._options[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            chosen = option.need.key in self._chosen
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == GROUP_ROLE:
            return group_heading(option.group)
        shown = f"{option.need.text}{option.mark}"
        return {
            Qt.ItemDataRole.DisplayRole: shown,
            # A screen reader hears no heading: the group is said with each need.
            Qt.ItemDataRole.AccessibleTextRole: f"{group_label(option.group)} {shown}",
            Qt.ItemDataRole.ToolTipRole: option.need.text,
        }.get(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self._options[index.row()].need.key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (key in self._chosen):
            return False
        if checked:
            self._chosen.add(key)
        else:
            self._chosen.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.chosen_changed.emit()
        return True

    def chosen_needs(self, before: Sequence[DataNeed]) -> tuple[DataNeed, ...]:
        """The needs now checked: those picked before in their order, then the new ones."""
        kept = [n for n in before if n.key in self._chosen]
        known = {n.key for n in kept}
        added = [o.need for o in self._options if o.need.key in self._chosen - known]
        return (*kept, *added)


class NeedsPicker(QWidget):
    changed = Signal(object, bool)  # a Change, and whether to save it at once
    link_activated = Signal(object)  # Location

    def __init__(self, reference: ReferenceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._selection: Selection | None = None
        self.model = NeedChoicesModel(self)
        self.model.chosen_changed.connect(self._chosen_changed)
        self.list_view = QListView()
        self.list_view.setItemDelegate(GroupHeadingDelegate(self.list_view))
        self.list_view.setObjectName("needsList")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(translate("Needs", "Data and information you need"))
        self.list_view.setAccessibleDescription(
            translate(
                "Needs",
                "The scenario's must-have and nice-to-have items and the guiding questions; "
                "Space checks what your team needs, Enter opens its page",
            )
        )
        self.list_view.activated.connect(self._open)
        self.own_edit = QLineEdit()
        self.own_edit.setMaxLength(2000)
        self.own_edit.setPlaceholderText(translate("Needs", "A need in your own words"))
        self.own_edit.setAccessibleName(translate("Needs", "Your own need"))
        self.own_edit.setAccessibleDescription(
            translate("Needs", "Type a need that is not in the list, then press Enter to add it")
        )
        self.own_edit.returnPressed.connect(self.add_own_need)
        self.add_button = QPushButton(translate("Needs", "&Add need"))
        self.add_button.setAccessibleName(visible_name(self.add_button.text()))
        self.add_button.setAccessibleDescription(
            translate("Needs", "Add the need typed beside it to the list, checked")
        )
        self.add_button.clicked.connect(self.add_own_need)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        intro = QLabel(
            translate(
                "Needs",
                "What data and information does your team need? Check the items and questions "
                "that apply, or add your own: the suggestions follow what you check.",
            )
        )
        intro.setWordWrap(True)
        own_label = QLabel(translate("Needs", "&Your own:"))
        own_label.setBuddy(self.own_edit)
        own = QHBoxLayout()
        own.addWidget(own_label)
        own.addWidget(self.own_edit, 1)
        own.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(own)
        layout.addWidget(self.message)

    def show_selection(self, selection: Selection) -> None:
        self._selection = selection
        self.model.set_options(
            need_options(self._reference, selection.scenario, selection.needs), selection.needs
        )

    @Slot()
    def _chosen_changed(self) -> None:
        model = self.model

        def change(selection: Selection) -> Selection:
            return replace(selection, needs=model.chosen_needs(selection.needs))

        self.changed.emit(change, True)

    @Slot()
    def add_own_need(self) -> None:
        if self._selection is None:
            return
        try:
            wording = check_text(self.own_edit.text(), "need")
        except InvalidInputError:
            self._say(translate("Needs", "A need can have at most 500 characters."))
            return
        if not wording:
            self._say(translate("Needs", "Type the need first."))
            return
        need = DataNeed(NeedSource.CUSTOM, wording)

        def change(selection: Selection) -> Selection:
            if need.key in {n.key for n in selection.needs}:
                return selection
            return replace(selection, needs=(*selection.needs, need))

        self.changed.emit(change, True)
        self.own_edit.clear()
        self.message.hide()

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        need = self.model.option(index.row()).need
        kinds = {NeedSource.SCENARIO_ITEM: "need", NeedSource.QUESTION: "question"}
        if need.source in kinds and need.ref and self.model.option(index.row()).group != "unknown":
            self.link_activated.emit(Location(kinds[need.source], need.ref))
