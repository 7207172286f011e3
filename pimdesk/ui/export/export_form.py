"""The Export dialog's choices: which document of what, paper, sensitivity, notes, and the file."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pimdesk.domain.briefing_input import DocumentKind, Paper, PosterPaper
from pimdesk.domain.records import record
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.services.container import Services
from pimdesk.services.exports import ExportOptions, default_sensitivity, suggested_file_name
from pimdesk.ui.widgets.system_files import use_native_dialogs

translate = QCoreApplication.translate

# Where Letter is the usual paper (the Americas' Letter countries and the Philippines);
# everywhere else prints on A4.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "CR", "GT", "PA", "DO", "SV", "NI", "BZ"}
)


def default_paper(territory_code: str) -> Paper:
    return Paper.LETTER if territory_code.upper() in LETTER_TERRITORIES else Paper.A4


def locale_paper(locale: QLocale | None = None) -> Paper:
    """The paper people in the user's country print on, from the system's locale."""
    locale = locale or QLocale()
    return default_paper(QLocale.territoryToCode(locale.territory()))


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()  # not every system has a Documents folder


@record
class ExportRequest:
    """One export the user asked for: what, of which record, how, and where."""

    kind: DocumentKind
    # the selection of a briefing (or highlighted on the matrix), the category of a sheet;
    # '' for the glossary and a matrix without a selection
    record_id: str
    options: ExportOptions
    target: Path
    poster_paper: PosterPaper = PosterPaper.A3  # the matrix's landscape paper


def document_names() -> dict[DocumentKind, str]:
    return {
        DocumentKind.BRIEFING: translate("ExportForm", "Context briefing"),
        DocumentKind.CATEGORY_SHEET: translate("ExportForm", "Category sheet"),
        DocumentKind.GLOSSARY: translate("ExportForm", "Glossary handout"),
        DocumentKind.MATRIX: translate("ExportForm", "The PIM Matrix on one page"),
    }


def sensitivity_names() -> dict[Sensitivity, str]:
    return {
        Sensitivity.PUBLIC: translate("ExportForm", "Public"),
        Sensitivity.RESTRICTED: translate("ExportForm", "Restricted"),
        Sensitivity.CONFIDENTIAL: translate("ExportForm", "Confidential"),
        Sensitivity.STRICTLY_CONFIDENTIAL: translate("ExportForm", "Strictly confidential"),
    }


def _combo(name: str, description: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setAccessibleDescription(description)
    for value, label in items.items():
        combo.addItem(label, value)
    return combo


class ExportForm(QWidget):
    """The choices, kept consistent: a new document brings its own default sensitivity and a
    file name that says what it holds."""

    changed = Signal()

    def __init__(self, services: Services, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = services.exports.labels
        self._folder = folder
        self.file_dialog: QFileDialog | None = None
        kinds = {kind.value: name for kind, name in document_names().items()}
        self.document_combo = _combo(
            translate("ExportForm", "Document"),
            translate("ExportForm", "Which document to export"),
            kinds,
        )
        selections = {s.id: s.name for s in services.selections.summaries()}
        self.selection_combo = _combo(
            translate("ExportForm", "Context"),
            translate("ExportForm", "The saved context the briefing is about"),
            selections,
        )
        categories = services.reference.category_names
        self.category_combo = _combo(
            translate("ExportForm", "Category"),
            translate("ExportForm", "The category on the sheet"),
            categories,
        )
        papers = {
            Paper.A4.value: translate("ExportForm", "A4"),
            Paper.LETTER.value: translate("ExportForm", "Letter"),
        }
        self.paper_combo = _combo(
            translate("ExportForm", "Paper"),
            translate("ExportForm", "The paper size of the pages"),
            papers,
        )
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(locale_paper().value))
        posters = {
            PosterPaper.A3.value: translate("ExportForm", "A3 landscape"),
            PosterPaper.A4.value: translate("ExportForm", "A4 landscape, items shortened"),
            PosterPaper.LETTER.value: translate("ExportForm", "Letter landscape, items shortened"),
        }
        self.poster_combo = _combo(
            translate("ExportForm", "Poster paper"),
            translate("ExportForm", "The landscape paper the matrix is printed on"),
            posters,
        )
        self.highlight_check = QCheckBox(
            translate("ExportForm", "Hi&ghlight a selection's accepted categories")
        )
        self.highlight_check.setAccessibleName(
            translate("ExportForm", "Highlight a selection's accepted categories")
        )
        self.highlight_check.setAccessibleDescription(
            translate("ExportForm", "Highlight the chosen selection's categories on the matrix")
        )
        levels = {level.value: name for level, name in sensitivity_names().items()}
        self.sensitivity_combo = _combo(
            translate("ExportForm", "Sensitivity"),
            translate(
                "ExportForm", "The sensitivity level printed at the top and bottom of every page"
            ),
            levels,
        )
        self.notes_check = QCheckBox(translate("ExportForm", "Include the team's &notes"))
        self.notes_check.setChecked(True)
        self.notes_check.setAccessibleName(translate("ExportForm", "Include the team's notes"))
        self.notes_check.setAccessibleDescription(
            translate("ExportForm", "Print the notes written in the context")
        )
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(translate("ExportForm", "File"))
        self.file_edit.setAccessibleDescription(translate("ExportForm", "Where the PDF is saved"))
        self.choose_button = QPushButton(translate("ExportForm", "C&hoose…"))
        self.choose_button.setAccessibleName(translate("ExportForm", "Choose the file"))
        self.choose_button.setAccessibleDescription(
            translate("ExportForm", "Choose the folder and name of the PDF")
        )
        self.file_edit.setMinimumWidth(360)  # room for a whole file name
        self._lay_out()
        self._connect()
        self._document_changed()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(translate("ExportForm", "&Document:"), self.document_combo)
        form.addRow("", self.highlight_check)
        form.addRow(translate("ExportForm", "&Context:"), self.selection_combo)
        form.addRow(translate("ExportForm", "C&ategory:"), self.category_combo)
        form.addRow(translate("ExportForm", "&Paper:"), self.paper_combo)
        form.addRow(translate("ExportForm", "Poster pape&r:"), self.poster_combo)
        form.addRow(translate("ExportForm", "Sensiti&vity:"), self.sensitivity_combo)
        form.addRow("", self.notes_check)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        # A row holding a layout gets no buddy of its own: name the field for Alt+F.
        file_label = QLabel(translate("ExportForm", "&File:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self._form = form

    def _connect(self) -> None:
        self.document_combo.currentIndexChanged.connect(self._document_changed)
        self.selection_combo.currentIndexChanged.connect(self._subject_changed)
        self.category_combo.currentIndexChanged.connect(self._subject_changed)
        for widget in (self.paper_combo, self.poster_combo, self.sensitivity_combo):
            widget.currentIndexChanged.connect(self.changed)
        self.highlight_check.toggled.connect(self._document_changed)
        self.notes_check.toggled.connect(self.changed)
        self.file_edit.textChanged.connect(self.changed)
        self.choose_button.clicked.connect(self.choose_file)

    # ------------------------------------------------------------------ the choices
    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.document_combo.currentData())

    def set_document(self, kind: DocumentKind, record_id: str = "") -> None:
        self.document_combo.setCurrentIndex(self.document_combo.findData(kind.value))
        combo = self._subject_combo()
        if combo is not None and record_id and combo.findData(record_id) >= 0:
            combo.setCurrentIndex(combo.findData(record_id))

    @property
    def record_id(self) -> str:
        combo = self._subject_combo()
        return str(combo.currentData() or "") if combo is not None else ""

    @property
    def missing(self) -> str:
        """Why nothing can be exported yet, or '' when everything needed is chosen."""
        if self._subject_combo() is self.selection_combo and self.selection_combo.count() == 0:
            return translate(
                "ExportForm",
                "There is no saved context yet: build one under My contexts to export its "
                "briefing.",
            )
        if not self.file_edit.text().strip():
            return translate("ExportForm", "Choose where to save the PDF.")
        return ""

    def request(self) -> ExportRequest:
        options = ExportOptions(
            paper=Paper(self.paper_combo.currentData()),
            sensitivity=Sensitivity(self.sensitivity_combo.currentData()),
            include_notes=self.notes_check.isChecked(),
        )
        target = Path(self.file_edit.text().strip()).expanduser()
        poster = PosterPaper(self.poster_combo.currentData())
        return ExportRequest(self.kind, self.record_id, options, target, poster)

    @property
    def _highlighting(self) -> bool:
        return self.kind is DocumentKind.MATRIX and self.highlight_check.isChecked()

    def _subject_combo(self) -> QComboBox | None:
        if self.kind is DocumentKind.BRIEFING or self._highlighting:
            return self.selection_combo
        return self.category_combo if self.kind is DocumentKind.CATEGORY_SHEET else None

    @Slot()
    def _document_changed(self) -> None:
        kind = self.kind
        matrix = kind is DocumentKind.MATRIX
        with_selection = kind is DocumentKind.BRIEFING or self._highlighting
        self._form.setRowVisible(self.selection_combo, with_selection)
        self._form.setRowVisible(self.highlight_check, matrix)
        self._form.setRowVisible(self.category_combo, kind is DocumentKind.CATEGORY_SHEET)
        self._form.setRowVisible(self.notes_check, kind is DocumentKind.BRIEFING)
        self._form.setRowVisible(self.paper_combo, not matrix)
        self._form.setRowVisible(self.poster_combo, matrix)
        # A new document brings its own default: restricted for an operation's briefing (and a
        # matrix showing a context's decisions), public for handouts of the framework (a
        # briefing must never inherit "public").
        level = default_sensitivity(DocumentKind.BRIEFING if with_selection else kind).value
        self.sensitivity_combo.setCurrentIndex(self.sensitivity_combo.findData(level))
        self._subject_changed()

    @Slot()
    def _subject_changed(self) -> None:
        combo = self._subject_combo()
        title = combo.currentText() if combo is not None else ""
        labels = self._labels  # the file name in the language the documents are printed in
        name = suggested_file_name(self.kind, title, datetime.date.today(), labels)
        self.file_edit.setText(str(self._current_folder() / name))
        self.changed.emit()

    def _current_folder(self) -> Path:
        text = self.file_edit.text().strip()
        if text:
            folder = Path(text).expanduser().parent
            if folder.is_dir():
                return folder
        return self._folder

    # ------------------------------------------------------------------ the file chooser
    @Slot()
    def choose_file(self) -> None:
        dialog = QFileDialog(self, translate("ExportForm", "Save the PDF as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("ExportForm", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        # The dialog asks before replacing a file, once, whichever way the name was given.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not use_native_dialogs())
        current = Path(self.file_edit.text().strip() or self._folder)
        dialog.setDirectory(str(current.parent if current.suffix else current))
        dialog.selectFile(current.name if current.suffix else "")
        dialog.fileSelected.connect(self.file_edit.setText)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
