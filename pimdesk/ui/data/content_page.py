"""Tools → Update content…: the installed content, a pack's preview, the update and the rollback.

A pack is checked whole and its changes shown (added, changed, removed, by kind) before anything
is applied. A pack that is unsigned or does not verify against the installed keys is refused
unless the administrator ticks "allow", which says plainly what that means. The import and the
rollback run in the background; afterwards the window reads the new content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.content_packs import ContentSwitch, ImportProgress, PackPreview
from pimdesk.domain.errors import PimDeskError
from pimdesk.services.container import Services
from pimdesk.services.content import ContentService, describe_origin
from pimdesk.ui.data.content_changes_model import ContentChangesModel, totals_sentence
from pimdesk.ui.data.content_view import InstalledContentBox, PackBox, preview_sentence
from pimdesk.ui.widgets.named_controls import named_button, visible_name
from pimdesk.ui.widgets.questions import ask
from pimdesk.ui.widgets.recent_folders import RecentFolders
from pimdesk.ui.widgets.system_files import use_native_dialogs
from pimdesk.ui.widgets.task_panel import TaskPanel
from pimdesk.ui.widgets.tasks import BackgroundTasks, RunningTask, TaskControl

translate = QCoreApplication.translate
ContentChanged = Callable[[], None]  # the window reads the new content


def import_work(
    content: ContentService, pack: Path, allow_unsigned: bool
) -> Callable[[TaskControl], ContentSwitch]:
    def work(control: TaskControl) -> ContentSwitch:
        def report(progress: ImportProgress) -> None:
            control.progress(round(100 * progress.step / progress.steps), progress.message)

        return content.import_pack(pack, allow_unsigned, report, lambda: control.cancelled)

    return work


CLI_CONSENT = "or accept it anyway with --allow-unsigned"


def desktop_wording(message: str) -> str:
    """A refusal in the words of this window, not of the command line (D19)."""
    if CLI_CONSENT not in message:
        return message
    box = translate("ContentPage", "&Allow a pack that is unsigned or cannot be verified")
    consent = translate("ContentPage", "or tick “{option}” to accept it anyway").format(
        option=box.replace("&", "")
    )
    return message.replace(CLI_CONSENT, consent)


PACKS = "packs"  # the kind of file, for the folder the chooser remembers


class ContentPage(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: BackgroundTasks,
        on_content_changed: ContentChanged | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contentPage")
        self.setWindowTitle(translate("ContentPage", "Update content"))
        self._content = services.content
        self.folders = RecentFolders(services.paths.settings_file)  # where the last pack was
        self._tasks = tasks
        self._on_content_changed = on_content_changed
        self._task: RunningTask | None = None
        self._close_when_done = False
        self.preview: PackPreview | None = None
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.installed = InstalledContentBox()
        self.rollback_button = named_button(
            translate("ContentPage", "Roll &back"),
            translate("ContentPage", "Roll back"),
            translate("ContentPage", "Go back to the content used before the last update"),
        )
        self.rollback_button.clicked.connect(self.ask_rollback)
        self.model = ContentChangesModel(self)
        self.pack_box = PackBox(self.model)
        box = self.pack_box  # its controls, by their names
        self.pack_edit, self.choose_button = box.pack_edit, box.choose_button
        self.allow_check, self.allow_warning = box.allow_check, box.allow_warning
        self.preview_label, self.apply_button = box.preview_label, box.apply_button
        self.pack_edit.returnPressed.connect(self.check_pack)
        self.choose_button.clicked.connect(self.choose_pack)
        self.allow_check.toggled.connect(self._allow_toggled)
        self.apply_button.clicked.connect(self.apply_pack)
        self.panel = TaskPanel()
        self.panel.cancel_clicked.connect(self._cancel_work)
        self.buttons = self._button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.installed)
        layout.addWidget(self.pack_box, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.refresh_installed()

    def _button_box(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.rollback_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(visible_name(close.text()))  # Qt's own word for it
        close.setAccessibleDescription(translate("ContentPage", "Close the content update"))
        return buttons

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh_installed(self) -> None:
        info = self._content.info()
        self.installed.show_info(info, describe_origin(info))
        previous = info.previous_version
        self.rollback_button.setText(
            translate("ContentPage", "Roll &back to {version}").format(version=previous)
            if previous
            else translate("ContentPage", "Roll &back")
        )
        self._enable()

    def _enable(self) -> None:
        idle = not self.busy
        for widget in (self.pack_edit, self.choose_button, self.allow_check):
            widget.setEnabled(idle)
        importable = self.preview is not None and self.preview.importable
        self.apply_button.setEnabled(idle and importable)
        has_previous = self.installed.info is not None and bool(
            self.installed.info.previous_version
        )
        self.rollback_button.setEnabled(idle and has_previous)

    def _run(
        self,
        message: str,
        work: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None],
        cancellable: bool = False,
    ) -> None:
        """Run `work`; only `cancellable` work offers Cancel (and shows its progress)."""
        measured = cancellable
        self._task = self._tasks.run(
            work,
            on_success=lambda result: self._finished(on_success, result),
            on_failure=self._failed,
            on_progress=self.panel.advance,
        )
        self._enable()
        self.panel.begin(message, cancellable=measured, measured=measured)

    def _finished(self, on_success: Callable[[Any], None], result: Any) -> None:
        self._task = None
        on_success(result)
        self._enable()
        self._close_if_asked()

    def _failed(self, error: Exception) -> None:
        self._task = None
        if not isinstance(error, PimDeskError):
            raise error  # a bug in PIM Desk: let it be seen
        self.panel.end(desktop_wording(str(error)))
        self._enable()
        self._close_if_asked()

    @Slot()
    def _cancel_work(self) -> None:
        if self._task is not None:
            self._task.cancel()  # work that does not check for it runs to its end

    def _close_if_asked(self) -> None:
        if self._close_when_done and not self.busy:
            super().reject()

    def reject(self) -> None:
        """Close; while an import runs, cancel it first (a rollback runs to its end)."""
        if self.busy:
            self._close_when_done = True
            self._cancel_work()
            return
        super().reject()

    # ------------------------------------------------------------------ choosing and checking
    @Slot()
    def choose_pack(self) -> None:
        dialog = QFileDialog(self, translate("ContentPage", "Choose a content pack"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(translate("ContentPage", "Content packs (*.zip)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not use_native_dialogs())
        dialog.setDirectory(str(self.folders.folder(PACKS)))
        if self.pack_edit.text().strip():
            dialog.selectFile(self.pack_edit.text().strip())
        dialog.fileSelected.connect(self._pack_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def _pack_chosen(self, path: str) -> None:
        self.folders.remember(PACKS, Path(path))
        self.pack_edit.setText(path)
        self.check_pack()

    @Slot(bool)
    def _allow_toggled(self, allowed: bool) -> None:
        self.allow_warning.setVisible(allowed)
        if self.pack_edit.text().strip():
            self.check_pack()

    @Slot()
    def check_pack(self) -> None:
        """Check the pack whole and show what it would change; nothing is applied."""
        text = self.pack_edit.text().strip()
        if not text or self.busy:
            return
        pack, allow = Path(text).expanduser(), self.allow_check.isChecked()
        self._show_preview(None)
        self._run(
            translate("ContentPage", "Checking the pack…"),
            lambda _control: self._content.preview(pack, allow),
            self._show_preview,
        )

    def _show_preview(self, preview: PackPreview | None) -> None:
        self.preview = preview
        self.model.set_diff(preview.diff if preview is not None else None)
        self.preview_label.setText(preview_sentence(preview) if preview else "")
        self.preview_label.setVisible(preview is not None)
        self.preview_label.setAccessibleDescription(self.preview_label.text())
        if preview is not None:
            self.panel.end(
                translate("ContentPage", "Changes: {totals}.").format(
                    totals=totals_sentence(preview.diff)
                )
            )

    # ------------------------------------------------------------------ applying
    @Slot()
    def apply_pack(self) -> None:
        preview = self.preview
        if preview is None or not preview.importable or self.busy:
            return
        self._run(
            translate("ContentPage", "Updating the content…"),
            import_work(self._content, preview.pack, self.allow_check.isChecked()),
            self._switched,
            cancellable=True,
        )

    def _switched(self, switch: ContentSwitch) -> None:
        self._show_preview(None)
        self.pack_edit.clear()
        if self._on_content_changed is not None:
            self._on_content_changed()
        self.refresh_installed()
        if switch.rollback_version:
            sentence = translate(
                "ContentPage",
                "PIM Desk now uses content {new} instead of {old}; Roll back returns to "
                "{rollback}.",
            )
        else:
            sentence = translate("ContentPage", "PIM Desk now uses content {new} instead of {old}.")
        self.panel.end(
            sentence.format(
                new=switch.to_version, old=switch.from_version, rollback=switch.rollback_version
            )
        )

    @Slot()
    def ask_rollback(self) -> None:
        info = self.installed.info
        if info is None or not info.previous_version or self.busy:
            return
        self.question = ask(
            self,
            translate("ContentPage", "Go back from content {current} to {previous}?").format(
                current=info.version, previous=info.previous_version
            ),
            translate(
                "ContentPage",
                "To use the newer content again afterwards, apply its pack once more.",
            ),
            translate("ContentPage", "Roll &back"),
            on_yes=self._roll_back,
        )
        self.question.finished.connect(self._question_closed)

    @Slot()
    def _question_closed(self) -> None:
        self.question = None

    def _roll_back(self) -> None:
        self._run(
            translate("ContentPage", "Rolling back…"),
            lambda _control: self._content.rollback(),
            self._switched,
        )


def open_content_page(
    parent: QWidget,
    services: Services,
    tasks: BackgroundTasks,
    on_content_changed: ContentChanged | None = None,
) -> ContentPage:
    page = ContentPage(services, tasks, on_content_changed, parent)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.open()
    return page
