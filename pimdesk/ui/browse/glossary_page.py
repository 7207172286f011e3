"""The glossary: the terms A–Z with a filter and letter jumps, beside the chosen term's page."""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.glossary_model import TERM_ID_ROLE, TermFilter, TermListModel
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.named_controls import clear_button, visible_name
from pimdesk.ui.widgets.page_html import RenderedPage, heading, paragraph, text
from pimdesk.ui.widgets.page_view import PageView

translate = QCoreApplication.translate
LETTERS = "#" + string.ascii_uppercase
LETTERS_PER_ROW = 14


def letters_for(available: set[str]) -> str:
    """A–Z (with '#'), or, when the terms start with letters of another alphabet (Arabic), '#'
    and the letters they start with, in that alphabet's order."""
    if available <= set(LETTERS):
        return LETTERS
    return "#" + "".join(sorted(available - {"#"}))


class LetterBar(QWidget):
    """A–Z buttons; arrow keys move between them, so they are one stop for the Tab key."""

    letter_chosen = Signal(str)

    def __init__(self, available: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Glossary", "Jump to a letter"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.letters = letters_for(available)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for position, letter in enumerate(self.letters):
            button = QToolButton(self)
            button.setText(letter)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setEnabled(letter in available)
            button.setAccessibleName(
                translate("Glossary", "Terms starting with {letter}").format(letter=letter)
                if letter != "#"
                else translate("Glossary", "Terms starting with a digit or symbol")
            )
            button.clicked.connect(
                lambda _checked=False, chosen=letter: self.letter_chosen.emit(chosen)
            )
            # Every button fills a column of one width: no gap after a narrow letter (P2).
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button)
            layout.addWidget(button, position // LETTERS_PER_ROW, position % LETTERS_PER_ROW)
        for column in range(min(LETTERS_PER_ROW, len(self.letters))):
            layout.setColumnStretch(column, 1)

    def button(self, letter: str) -> QToolButton:
        return self.group.buttons()[self.letters.index(letter)]


class GlossaryPage(QSplitter):
    link_activated = Signal(object)  # Location
    export_document_requested = Signal(str, str)  # document kind, record ID: the Export dialog

    def __init__(
        self, reference: ReferenceService, renderer: PageRenderer, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._renderer = renderer
        self._showing = False
        self.model = TermListModel(reference.terms, self)
        self.proxy = TermFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Glossary", "Filter terms"))
        clear_button(self.filter_edit)
        self.filter_edit.setAccessibleName(translate("Glossary", "Filter terms"))
        self.filter_edit.setAccessibleDescription(
            translate("Glossary", "Show only the terms that contain these words")
        )
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.letters = LetterBar({term.letter for term in reference.terms})
        self.letters.letter_chosen.connect(self.jump_to_letter)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(translate("Glossary", "Terms"))
        self.list_view.setAccessibleDescription(
            translate("Glossary", "The glossary terms A to Z; choose one to read it")
        )
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.count_label = QLabel()
        self.term_view = PageView()
        self.term_view.setAccessibleName(translate("Glossary", "Term"))
        self.term_view.link_activated.connect(self.link_activated)
        self.addWidget(self._left_side())
        self.addWidget(self.term_view)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self._update_count()

    def _left_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("Glossary", "&Filter:"))
        label.setBuddy(self.filter_edit)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.letters)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.count_label)
        handout = QPushButton(translate("Glossary", "Glossary handout as P&DF…"))
        handout.setAccessibleName(visible_name(handout.text()))
        handout.setAccessibleDescription(
            translate("Glossary", "Export every term, A to Z, as a PDF to print and hand out")
        )
        handout.clicked.connect(lambda: self.export_document_requested.emit("glossary", ""))
        layout.addWidget(handout)
        self.handout_button = handout
        return side

    @Slot(str)
    def _filter_changed(self, value: str) -> None:
        self.proxy.set_text(value)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("Glossary", "{shown} of {total} terms").format(shown=shown, total=total)
        )

    @Slot(str)
    def jump_to_letter(self, letter: str) -> None:
        row = self.proxy.first_row_with_letter(letter)
        if row < 0:
            return
        index = self.proxy.index(row, 0)
        self.list_view.scrollTo(index, QListView.ScrollHint.PositionAtTop)
        self.list_view.setCurrentIndex(index)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._showing or not current.isValid():
            return
        self.link_activated.emit(Location("term", str(current.data(TERM_ID_ROLE))))

    def show_location(self, location: Location) -> str:
        if location.kind == "term" and location.id:
            page = self._renderer.render(location)
            self._select(location.id)
        else:
            page = self._overview()
            self._select("")
        self.term_view.show_page(page, location.anchor)
        return page.title

    def _select(self, term_id: str) -> None:
        source_row = self.model.row_of(term_id)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self._showing = True
        try:
            selection = self.list_view.selectionModel()
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._showing = False

    def _overview(self) -> RenderedPage:
        title = translate("Glossary", "PIM Desk's glossary")
        not_carried = translate(
            "Glossary",
            "The endorsed Common PIM Terminology (§5 of the source) is a separate document "
            "that PIM Desk does not carry: these are PIM Desk's own definitions, each marked "
            "with where it comes from.",
        )
        hint = translate(
            "Glossary",
            "Choose a term on the left, type to filter the list, or jump to a letter. Terms in "
            "any page of PIM Desk are links to this glossary.",
        )
        body = heading(1, title) + paragraph(text(not_carried)) + paragraph(text(hint))
        return RenderedPage(title, body)

    def focus_widget(self) -> QWidget:
        return self.filter_edit
