"""The Export dialog: choices and their defaults, background export with progress and Cancel,
the personal-data warning (R13), errors that leave nothing behind (R7), Open/Show/Print."""

from __future__ import annotations

import datetime
import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.domain.briefing_input import DocumentKind, Paper
from pimdesk.services.container import Services
from pimdesk.store import files
from pimdesk.ui.browse.document_page import DocumentPage
from pimdesk.ui.browse.glossary_page import GlossaryPage
from pimdesk.ui.export.export_dialog import ExportDialog, open_export_dialog
from pimdesk.ui.export.export_form import default_paper, locale_paper
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets import system_files
from tests.ui.dialog_checks import repeated_mnemonics, unnamed, visible_controls

pytestmark = pytest.mark.gui
EXPORT_TIMEOUT_MS = 60_000
LETTER_WIDTH, A4_WIDTH = 612, 595
LEFT = Qt.MouseButton.LeftButton


class OpenedUrls(QObject):
    """Stands in for the system: records what the app asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls() -> Iterator[OpenedUrls]:
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def open_dialog(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    document: DocumentKind | str,
    **record: str,
) -> ExportDialog:
    dialog = open_export_dialog(window, window.services, document, folder=out, **record)
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=EXPORT_TIMEOUT_MS)


def answer(qtbot: QtBot, dialog: ExportDialog, button_text: str) -> str:
    """Wait for the dialog's question, click `button_text` (or Cancel); returns its text."""
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    box = dialog.question
    assert box is not None
    asked = f"{box.text()}\n{box.informativeText()}"
    if button_text == "Cancel":
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, LEFT)
    return asked


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------------------- exporting


def test_a_category_sheet_exports_in_the_background_with_progress(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="case_management")
    form = dialog.form
    assert form.category_combo.currentData() == "case_management"
    form.paper_combo.setCurrentIndex(form.paper_combo.findData(Paper.LETTER.value))
    form.sensitivity_combo.setCurrentIndex(form.sensitivity_combo.findData("confidential"))
    steps: list[int] = []
    dialog.panel.progress_bar.valueChanged.connect(steps.append)
    export_and_wait(qtbot, dialog)
    assert dialog.written is not None, dialog.panel.status_label.text()
    target = Path(form.file_edit.text())
    assert dialog.written.path == target and target.parent == out
    assert target.name == f"PIM category sheet - Case Management - {datetime.date.today()}.pdf"
    assert steps and steps[-1] == 100 and steps == sorted(steps)
    assert dialog.after.isVisible()
    assert target.name in dialog.panel.status_label.text()
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == LETTER_WIDTH
    assert all("CONFIDENTIAL" in page.extract_text() for page in reader.pages)
    assert "Case Management" in reader.pages[0].extract_text()
    assert leftovers(out) == [target.name]


def test_a_briefing_defaults_to_restricted_and_a_handout_to_public(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    selection = window.services.selections.create("Goma 2026", "sudden_onset_emergency")
    dialog = open_dialog(qtbot, window, out, "briefing", selection_id=selection.id)
    form = dialog.form
    assert form.sensitivity_combo.currentData() == "restricted"
    assert form.selection_combo.isVisibleTo(dialog) and form.notes_check.isVisibleTo(dialog)
    assert not form.category_combo.isVisibleTo(dialog)
    today = datetime.date.today()
    assert Path(form.file_edit.text()).name == f"PIM briefing - Goma 2026 - {today}.pdf"
    for kind, visible in (("category_sheet", form.category_combo), ("glossary", None)):
        form.document_combo.setCurrentIndex(form.document_combo.findData(kind))
        assert form.sensitivity_combo.currentData() == "public"
        assert not form.notes_check.isVisibleTo(dialog)
        assert visible is None or visible.isVisibleTo(dialog)
    assert Path(form.file_edit.text()).name == f"PIM glossary - {datetime.date.today()}.pdf"
    form.sensitivity_combo.setCurrentIndex(form.sensitivity_combo.findData("public"))
    form.document_combo.setCurrentIndex(form.document_combo.findData("briefing"))
    assert form.sensitivity_combo.currentData() == "restricted", "a briefing never inherits public"


@pytest.mark.parametrize(
    ("language", "territory", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, Paper.LETTER),
        (QLocale.Language.French, QLocale.Country.Canada, Paper.LETTER),
        (QLocale.Language.Spanish, QLocale.Country.Colombia, Paper.LETTER),
        (QLocale.Language.French, QLocale.Country.France, Paper.A4),
        (QLocale.Language.French, QLocale.Country.CongoKinshasa, Paper.A4),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, Paper.A4),
    ],
)
def test_the_paper_follows_the_locale(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    language: QLocale.Language,
    territory: QLocale.Country,
    paper: Paper,
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(language, territory))
    try:
        assert QLocale().territory() == territory
        assert locale_paper() is paper
        dialog = open_dialog(qtbot, window, out, "glossary")
        assert dialog.form.paper_combo.currentData() == paper.value
    finally:
        QLocale.setDefault(previous)
    assert default_paper("us") is Paper.LETTER and default_paper("") is Paper.A4


def test_without_a_saved_selection_a_briefing_cannot_be_exported_and_says_why(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "briefing")
    assert not dialog.export_button.isEnabled()
    assert "no saved context" in dialog.panel.status_label.text()
    dialog.form.document_combo.setCurrentIndex(dialog.form.document_combo.findData("glossary"))
    assert dialog.export_button.isEnabled()


# ---------------------------------------------------------------------------- R13


def notes_with_personal_data(services: Services) -> str:
    selection = services.selections.create(
        "Kasai review",
        "protracted_emergency",
        categories=("case_management", "protection_monitoring"),
        notes="Ask the focal point at focal.point@example.org or +243 81 234 5678.",
    )
    return selection.id


def test_personal_data_in_the_notes_is_shown_before_anything_is_written(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    selection_id = notes_with_personal_data(window.services)
    dialog = open_dialog(qtbot, window, out, "briefing", selection_id=selection_id)
    target = Path(dialog.form.file_edit.text())
    dialog.export_button.click()
    asked = answer(qtbot, dialog, "Cancel")
    assert "personal data" in asked
    assert "an e-mail address: focal.point@example.org" in asked
    assert "a phone number: +243 81 234 5678" in asked
    assert "the notes on the context" in asked
    assert "• In the notes on the context" in asked
    assert "Go on only if this may leave the computer" in asked
    assert "Not exported" in dialog.panel.status_label.text()
    assert leftovers(out) == [] and dialog.written is None

    dialog.export_button.click()
    answer(qtbot, dialog, "Proceed anyway")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=EXPORT_TIMEOUT_MS)
    assert dialog.written is not None, dialog.panel.status_label.text()
    assert leftovers(out) == [target.name]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "focal.point@example.org" in text
    assert "RESTRICTED" in text


def test_leaving_the_notes_out_leaves_nothing_to_warn_about(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    selection_id = notes_with_personal_data(window.services)
    dialog = open_dialog(qtbot, window, out, "briefing", selection_id=selection_id)
    dialog.form.notes_check.setChecked(False)
    dialog.form.paper_combo.setCurrentIndex(dialog.form.paper_combo.findData(Paper.A4.value))
    export_and_wait(qtbot, dialog)
    assert dialog.question is None
    assert dialog.written is not None
    reader = PdfReader(dialog.written.path)
    assert round(float(reader.pages[0].mediabox.width)) == A4_WIDTH
    printed = "".join(page.extract_text() for page in reader.pages)
    assert "focal.point" not in printed and "Case Management" in printed


# ---------------------------------------------------------------------------- cancel and errors


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "glossary")
    # Press Cancel as soon as the work reports its first progress: it is running by then.
    dialog.panel.progress_bar.valueChanged.connect(
        lambda _value: dialog.panel.cancel_button.click()
    )
    dialog.export_button.click()
    assert dialog.panel.cancel_button.isVisible() and not dialog.form.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=EXPORT_TIMEOUT_MS)
    assert dialog.written is None
    assert "cancelled; nothing was written" in dialog.panel.status_label.text()
    assert not dialog.panel.cancel_button.isVisible() and dialog.form.isEnabled()
    assert leftovers(out) == []


def test_closing_the_dialog_while_exporting_cancels_first(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "glossary")
    dialog.panel.progress_bar.valueChanged.connect(lambda _value: dialog.reject())
    exported: list[object] = []
    dialog.exported.connect(exported.append)
    with qtbot.waitSignal(dialog.finished, timeout=EXPORT_TIMEOUT_MS):
        dialog.export_button.click()
        assert dialog.isVisible(), "the dialog stays until the export has stopped"
    assert exported == []
    assert leftovers(out) == []
    assert window.tasks.wait(5000)


def test_a_missing_folder_is_said_in_one_sentence(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "glossary")
    dialog.form.file_edit.setText(str(out / "gone" / "glossary.pdf"))
    export_and_wait(qtbot, dialog)
    assert dialog.written is None
    assert dialog.panel.status_label.text() == (
        f"The folder {out / 'gone'} does not exist; choose another place to save."
    )
    assert leftovers(out) == []


def _fail_with(error: OSError):  # type: ignore[no-untyped-def]
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    return fail


@pytest.mark.parametrize(
    ("where", "error", "sentence"),
    [
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "The disk is full:"),
        ("mkstemp", PermissionError(errno.EACCES, "Permission denied"), "PIM Desk may not write"),
    ],
)
def test_a_full_disk_or_a_read_only_folder_leaves_the_older_file_intact(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    error: OSError,
    sentence: str,
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="protection_monitoring")
    target = Path(dialog.form.file_edit.text())
    target.write_bytes(b"the older sheet")
    module = files.os if where == "fsync" else files.tempfile
    monkeypatch.setattr(module, where, _fail_with(error))  # root ignores chmod: patch instead
    dialog.export_button.click()
    answer(qtbot, dialog, "Replace")
    qtbot.waitUntil(lambda: not dialog.busy and dialog.question is None, timeout=EXPORT_TIMEOUT_MS)
    message = dialog.panel.status_label.text()
    assert message.startswith(sentence) and message.count(". ") <= 1
    assert dialog.written is None
    assert leftovers(out) == [target.name]
    assert target.read_bytes() == b"the older sheet"


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="population_data")
    target = Path(dialog.form.file_edit.text())
    target.write_bytes(b"keep me")
    dialog.export_button.click()
    asked = answer(qtbot, dialog, "Cancel")
    assert target.name in asked
    assert target.read_bytes() == b"keep me" and not dialog.busy
    dialog.export_button.click()
    answer(qtbot, dialog, "Replace")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=EXPORT_TIMEOUT_MS)
    assert target.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------------------- afterwards


def test_open_show_in_folder_and_print_hand_the_pdf_to_the_system(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    opened_urls: OpenedUrls,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(system_files.sys, "platform", "linux")
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="case_management")
    export_and_wait(qtbot, dialog)
    assert dialog.written is not None
    pdf = QUrl.fromLocalFile(str(dialog.written.path))
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    qtbot.mouseClick(dialog.print_button, LEFT)
    assert opened_urls.urls == [pdf, QUrl.fromLocalFile(str(out)), pdf]
    assert "open in your PDF viewer: print it from there" in dialog.panel.status_label.text()


def test_print_on_windows_uses_the_system_print_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(system_files.sys, "platform", "win32")
    monkeypatch.setattr(system_files.os, "startfile", lambda *a: printed.append(a), raising=False)
    assert system_files.print_file(tmp_path / "a.pdf") is system_files.Printing.SENT
    assert printed == [(str(tmp_path / "a.pdf"), "print")]


def test_the_file_chooser_sets_the_file(qtbot: QtBot, window: MainWindow, out: Path) -> None:
    dialog = open_dialog(qtbot, window, out, "glossary")
    qtbot.mouseClick(dialog.form.choose_button, LEFT)
    chooser = dialog.form.file_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitExposed(chooser)
    assert chooser.selectedFiles() == [dialog.form.file_edit.text()]
    chooser.selectFile(str(out / "for the workshop"))
    chooser.accept()
    assert dialog.form.file_edit.text() == str(out / "for the workshop.pdf")


# ---------------------------------------------------------------------------- how it is reached


def test_every_control_is_named_for_screen_readers(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    window.services.selections.create("Goma 2026", "sudden_onset_emergency")
    dialog = open_dialog(qtbot, window, out, "briefing")
    dialog.after.show()
    dialog.panel.begin("Exporting")  # shows the progress bar and Cancel
    assert len(visible_controls(dialog)) >= 4
    assert unnamed(dialog) == []
    assert repeated_mnemonics(dialog) == []
    dialog.panel.end("")


def the_export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    qtbot.waitUntil(lambda: len(window.findChildren(ExportDialog)) == 1)
    dialog = window.findChildren(ExportDialog)[0]
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_e_exports_what_the_page_shows(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("category", "protection_monitoring"))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = the_export_dialog(qtbot, window)
    assert dialog.form.kind is DocumentKind.CATEGORY_SHEET
    assert dialog.form.record_id == "protection_monitoring"
    dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))
    window.go(Location("term", "refoulement"))
    window.tool_actions.export_pdf.trigger()
    assert the_export_dialog(qtbot, window).form.kind is DocumentKind.GLOSSARY


def test_a_category_page_and_the_glossary_have_their_own_export_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(Location("category", "case_management"))
    page = window.pages.currentWidget()
    assert isinstance(page, DocumentPage)
    assert page.export_button.isVisible()
    qtbot.mouseClick(page.export_button, LEFT)
    dialog = the_export_dialog(qtbot, window)
    assert (dialog.form.kind, dialog.form.record_id) == (
        DocumentKind.CATEGORY_SHEET,
        "case_management",
    )
    dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))
    window.go(Location("principles"))
    assert not page.export_button.isVisible(), "only a category has a sheet"
    window.go(Location("glossary"))
    glossary = window.pages.currentWidget()
    assert isinstance(glossary, GlossaryPage)
    qtbot.mouseClick(glossary.handout_button, LEFT)
    assert the_export_dialog(qtbot, window).form.kind is DocumentKind.GLOSSARY


def test_the_context_builder_opens_the_dialog_on_its_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.services.selections.create("Ituri", "protracted_emergency")
    second = window.services.selections.create("Kasai", "protracted_emergency")
    window.context_actions.export_requested.emit(second.id)
    dialog = the_export_dialog(qtbot, window)
    assert (dialog.form.kind, dialog.form.record_id) == (DocumentKind.BRIEFING, second.id)
    assert dialog.form.selection_combo.currentText() == "Kasai"


# ---------------------------------------------------------------------------- every document


def export_with(qtbot: QtBot, dialog: ExportDialog, paper: Paper, name: str) -> PdfReader:
    form = dialog.form
    form.paper_combo.setCurrentIndex(form.paper_combo.findData(paper.value))
    form.file_edit.setText(str(Path(form.file_edit.text()).with_name(name)))
    export_and_wait(qtbot, dialog)
    assert dialog.written is not None, dialog.panel.status_label.text()
    reader = PdfReader(dialog.written.path)
    width = LETTER_WIDTH if paper is Paper.LETTER else A4_WIDTH
    assert {round(float(page.mediabox.width)) for page in reader.pages} == {width}
    return reader


@pytest.mark.slow
@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_a_briefing_of_all_eight_categories_and_the_glossary_export_from_the_gui(
    qtbot: QtBot, window: MainWindow, out: Path, paper: Paper
) -> None:
    reference = window.services.reference
    every = tuple(category.id for category in reference.categories)
    assert len(every) == 8
    selection = window.services.selections.create(
        "All categories", "protracted_emergency", categories=every
    )
    dialog = open_dialog(qtbot, window, out, "briefing", selection_id=selection.id)
    text = "".join(p.extract_text() for p in export_with(qtbot, dialog, paper, "b.pdf").pages)
    assert all(category.name in text for category in reference.categories)
    form = dialog.form
    form.document_combo.setCurrentIndex(form.document_combo.findData("glossary"))
    glossary = export_with(qtbot, dialog, paper, "g.pdf")
    assert all("PUBLIC" in page.extract_text() for page in glossary.pages)


def test_a_sheet_of_every_category_exports_from_the_gui(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet")
    combo = dialog.form.category_combo
    for row in range(combo.count()):
        combo.setCurrentIndex(row)
        paper = (Paper.A4, Paper.LETTER)[row % 2]
        reader = export_with(qtbot, dialog, paper, f"sheet-{row}.pdf")
        assert 1 <= len(reader.pages) <= 3, combo.currentText()  # issue 17: three at most
        assert combo.currentText() in reader.pages[0].extract_text()
    assert len(leftovers(out)) == combo.count() == 8


def test_the_matrix_poster_exports_from_the_gui_with_a_selection_highlighted(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    selection = window.services.selections.create(
        "Kasai floods", "sudden_onset_emergency", categories=("case_management",)
    )
    dialog = open_dialog(qtbot, window, out, "matrix")
    form = dialog.form
    assert form.poster_combo.isVisible() and not form.paper_combo.isVisible()
    assert not form.selection_combo.isVisible()
    assert form.sensitivity_combo.currentData() == "public"
    qtbot.mouseClick(form.highlight_check, LEFT)
    assert form.highlight_check.isChecked()
    assert form.selection_combo.isVisible()
    form.selection_combo.setCurrentIndex(form.selection_combo.findData(selection.id))
    assert form.sensitivity_combo.currentData() == "restricted"  # the context's decisions
    form.poster_combo.setCurrentIndex(form.poster_combo.findData("a4"))
    export_and_wait(qtbot, dialog)
    assert dialog.written is not None, dialog.panel.status_label.text()
    target = Path(form.file_edit.text())
    assert target.name == f"PIM matrix - Kasai floods - {datetime.date.today()}.pdf"
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = reader.pages[0].extract_text()
    assert "Highlighted: the categories accepted in Kasai floods" in text
    assert text.count("RESTRICTED") >= 2
