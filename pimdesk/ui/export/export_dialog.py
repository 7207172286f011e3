"""File → Export PDF…: export a briefing, a category sheet, the glossary or the matrix poster in
the background.

Before a briefing prints what looks like personal data (RELIABILITY.md R13) the user sees what
was found and decides; afterwards the PDF can be opened, shown in its folder or printed. Other
parts of the app open the dialog with `open_export_dialog` (the context builder, with the
selection it shows).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.briefing_input import DocumentKind
from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.export_progress import Progress
from pimdesk.services.container import Services
from pimdesk.services.exports import (
    ExportCancelled,
    ExportResult,
    ExportService,
    PersonalDataFound,
)
from pimdesk.services.personal_data import PersonalDataWarning
from pimdesk.ui.export.export_form import ExportForm, ExportRequest, default_folder
from pimdesk.ui.widgets import system_files
from pimdesk.ui.widgets.named_controls import named_button, visible_name
from pimdesk.ui.widgets.personal_data import Destination, personal_data_question
from pimdesk.ui.widgets.questions import ask
from pimdesk.ui.widgets.task_panel import TaskPanel
from pimdesk.ui.widgets.tasks import BackgroundTasks, RunningTask, TaskControl

translate = QCoreApplication.translate


def export_work(
    exports: ExportService, request: ExportRequest, confirmed: bool
) -> Callable[[TaskControl], ExportResult]:
    """The export as background work: it reports progress and stops when asked to."""

    def work(control: TaskControl) -> ExportResult:
        def report(progress: Progress) -> None:
            control.progress(progress.percent, progress.step)

        def stop() -> bool:
            return control.cancelled

        target, options = request.target, request.options
        if request.kind is DocumentKind.BRIEFING:
            return exports.export_briefing(
                request.record_id,
                target,
                options,
                personal_data_confirmed=confirmed,
                on_progress=report,
                cancelled=stop,
            )
        if request.kind is DocumentKind.CATEGORY_SHEET:
            return exports.export_category_sheet(
                request.record_id, target, options, on_progress=report, cancelled=stop
            )
        if request.kind is DocumentKind.MATRIX:
            return exports.export_matrix(
                target,
                request.record_id or None,
                options,
                request.poster_paper,
                on_progress=report,
                cancelled=stop,
            )
        return exports.export_glossary(target, options, on_progress=report, cancelled=stop)

    return work


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        services: Services,
        tasks: BackgroundTasks,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export PDF"))
        self.setAccessibleName(translate("ExportDialog", "Export PDF"))
        self._exports = services.exports
        self._tasks = tasks
        self._task: RunningTask | None = None
        self._close_when_done = False
        self.written: ExportResult | None = None
        self.question: QMessageBox | None = None  # the open question, if one is asked
        self.form = ExportForm(services, folder or default_folder())
        self.panel = TaskPanel()
        self.panel.cancel_clicked.connect(self.cancel)
        self.export_button = named_button(
            translate("ExportDialog", "&Export"),
            translate("ExportDialog", "Export"),
            translate("ExportDialog", "Write the PDF with these choices"),
        )
        self.export_button.clicked.connect(self.start_export)
        self.after = self._after_row()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(visible_name(close.text()))  # Qt's own word for it
        close.setAccessibleDescription(translate("ExportDialog", "Close the Export dialog"))
        layout = QVBoxLayout(self)
        for part in (self.form, self.panel, self.after, self.buttons):
            layout.addWidget(part)
        # Enter exports (D10): the default is set once the button is inside the dialog (before,
        # Qt never registers it), and "Choose…" does not take Enter for itself.
        self.form.choose_button.setAutoDefault(False)
        self.export_button.setDefault(True)
        self.form.changed.connect(self._choices_changed)
        self._choices_changed()

    def _after_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = named_button(
            translate("ExportDialog", "&Open"),
            translate("ExportDialog", "Open the PDF"),
            translate("ExportDialog", "Open the PDF in the system's viewer"),
        )
        self.folder_button = named_button(
            translate("ExportDialog", "Sho&w in folder"),
            translate("ExportDialog", "Show in folder"),
            translate("ExportDialog", "Open the folder that holds the PDF"),
        )
        self.print_button = named_button(
            translate("ExportDialog", "P&rint…"),
            translate("ExportDialog", "Print the PDF"),
            translate("ExportDialog", "Print the PDF through the system's PDF viewer"),
        )
        self.open_button.clicked.connect(self.open_result)
        self.folder_button.clicked.connect(self.show_result_in_folder)
        self.print_button.clicked.connect(self.print_result)
        for button in (self.open_button, self.folder_button, self.print_button):
            layout.addWidget(button)
        layout.addStretch(1)
        row.hide()
        return row

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._task is not None

    @Slot()
    def _choices_changed(self) -> None:
        if not self.busy and self.after.isVisible():
            # Open, Show in folder and Print speak of the last file: not of new choices (D11).
            self.after.hide()
            self.resize(self.width(), self.sizeHint().height())
        missing = self.form.missing
        self.export_button.setEnabled(not missing and not self.busy)
        if not self.busy:
            self.panel.show_status(missing)

    def _set_busy(self, task: RunningTask | None) -> None:
        self._task = task
        self.form.setEnabled(task is None)
        self.export_button.setEnabled(task is None and not self.form.missing)

    # ------------------------------------------------------------------ exporting
    @Slot()
    def start_export(self) -> None:
        if self.busy or self.form.missing:
            return
        request = self.form.request()
        if request.target.exists() and not request.target.is_dir():
            self._ask_replace(request)
        else:
            self._run(request)

    def _run(self, request: ExportRequest, personal_data_confirmed: bool = False) -> None:
        self.after.hide()
        self.written = None
        work = export_work(self._exports, request, personal_data_confirmed)
        self._set_busy(
            self._tasks.run(
                work,
                on_success=self._exported,
                on_failure=lambda error: self._failed(request, error),
                on_progress=self.panel.advance,
            )
        )
        # After the task is known: from here on, closing the dialog cancels it first.
        self.panel.begin(translate("ExportDialog", "Exporting…"))

    @Slot()
    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(None)
        self.written = result
        self.panel.end(
            translate("ExportDialog", "Saved {file} ({pages} pages) in {folder}.").format(
                file=result.path.name, pages=result.pages, folder=result.path.parent
            )
        )
        self.after.show()
        self.open_button.setFocus()
        self.exported.emit(result)
        self._close_if_asked()

    def _failed(self, request: ExportRequest, error: Exception) -> None:
        self._set_busy(None)
        if isinstance(error, PersonalDataFound) and not self._close_when_done:
            self.panel.end("")
            self._ask_about_personal_data(request, error.warnings)
        elif isinstance(error, ExportCancelled):
            self.panel.end(
                translate("ExportDialog", "The export was cancelled; nothing was written.")
            )
        elif isinstance(error, PimDeskError):  # a full disk, a read-only folder...: one sentence
            self.panel.end(str(error))
        else:
            raise error  # a bug in PIM Desk: let it be seen
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            super().reject()

    # ------------------------------------------------------------------ questions
    def _ask(self, text: str, detail: str, yes: str, **answers: Any) -> None:
        self.question = ask(self, text, detail, yes, **answers)
        self.question.finished.connect(self._question_closed)

    @Slot()
    def _question_closed(self) -> None:
        self.question = None

    def _ask_replace(self, request: ExportRequest) -> None:
        self._ask(
            translate("ExportDialog", "A file named {name} already exists in {folder}.").format(
                name=request.target.name, folder=request.target.parent
            ),
            translate("ExportDialog", "Replace it with the new PDF?"),
            translate("ExportDialog", "&Replace"),
            on_yes=lambda: self._run(request),
        )

    def _ask_about_personal_data(
        self, request: ExportRequest, warnings: tuple[PersonalDataWarning, ...]
    ) -> None:
        stake, details, proceed = personal_data_question(warnings, Destination.BRIEFING)
        self._ask(
            stake,
            details,
            proceed,
            on_yes=lambda: self._run(request, personal_data_confirmed=True),
            on_no=lambda: self.panel.end(
                translate("ExportDialog", "Not exported: the briefing was not written.")
            ),
            warning=True,
        )

    # ------------------------------------------------------------------ afterwards
    @Slot()
    def open_result(self) -> None:
        if self.written is not None and not system_files.open_file(self.written.path):
            self.panel.show_status(self._no_viewer())

    @Slot()
    def show_result_in_folder(self) -> None:
        if self.written is not None and not system_files.show_in_folder(self.written.path):
            self.panel.show_status(
                translate("ExportDialog", "The folder could not be opened: {folder}").format(
                    folder=self.written.path.parent
                )
            )

    @Slot()
    def print_result(self) -> None:
        if self.written is None:
            return
        printing = system_files.print_file(self.written.path)
        messages = {
            system_files.Printing.SENT: translate(
                "ExportDialog", "{file} was sent to the printer."
            ),
            system_files.Printing.OPENED: translate(
                "ExportDialog", "{file} is open in your PDF viewer: print it from there."
            ),
        }
        message = messages.get(printing)
        self.panel.show_status(
            message.format(file=self.written.path.name) if message else self._no_viewer()
        )

    def _no_viewer(self) -> str:
        return translate(
            "ExportDialog", "No application on this computer opens PDF files; the PDF is at {path}"
        ).format(path=self.written.path if self.written else "")

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Close, or while exporting: cancel, and close once the export has stopped."""
        if self.busy:
            self._close_when_done = True
            self.panel.cancel_button.click()
            return
        super().reject()


def open_export_dialog(
    parent: QWidget,
    services: Services,
    document: DocumentKind | str = DocumentKind.BRIEFING,
    *,
    selection_id: str = "",
    category_id: str = "",
    tasks: BackgroundTasks | None = None,
    folder: Path | None = None,
) -> ExportDialog:
    """Open the Export dialog over `parent`, set to `document` of the selection or category.

    The work runs on `tasks` (by default the main window's, so that closing the window
    cancels it).
    """
    kind = DocumentKind(document)
    tasks = tasks or getattr(parent.window(), "tasks", None) or BackgroundTasks(parent)
    dialog = ExportDialog(services, tasks, folder, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    record_id = selection_id if kind is DocumentKind.BRIEFING else category_id
    dialog.form.set_document(kind, record_id)
    dialog.open()
    return dialog
