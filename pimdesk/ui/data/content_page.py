"""Tools → Update content…: the installed content, a pack's preview, the update and the rollback.

A pack is checked whole and its changes shown (added, changed, removed, by kind) before anything
is applied. A pack that is unsigned or does not verify against the installed keys is refused
unless the administrator ticks "allow", which says plainly what that means. The import and the
rollback run in the background; afterwards the window reads the new content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
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
from pimdesk.services.content import ContentService
from pimdesk.ui.data.content_changes_model import ContentChangesModel, totals_sentence
from pimdesk.ui.data.content_view import (
    InstalledContentBox,
    PackBox,
    origin_words,
    preview_sentence,
)
from pimdesk.ui.data.service_words import allow_label, service_words, version_words
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


CLI_ROLLBACK = "(`pimdesk content rollback` returns to the previous content)"
# A pack's stale or unstamped translation: advice for its maker, who has the sources.
CLI_STALE = re.compile(
    r"update the translation, delete its en_hash line and run `make translations-stamp[^`]*`"
)
CLI_MISSING = re.compile(r"once it matches the English, run `make translations-stamp[^`]*`")


def desktop_wording(message: str) -> str:
    """A refusal in the words of this window, not of the command line (D19)."""
    if CLI_CONSENT in message:
        consent = translate("ContentPage", "or tick “{option}” to accept it anyway").format(
            option=allow_label().replace("&", "")
        )
        message = message.replace(CLI_CONSENT, consent)
    rollback = translate("ContentPage", "(Roll back returns to the previous content)")
    message = message.replace(CLI_ROLLBACK, rollback)
    stale = translate(
        "ContentPage", "the pack's maker must update the translation and stamp it again"
    )
    missing = translate("ContentPage", "the pack's maker must stamp it once it matches the English")
    message = CLI_STALE.sub(lambda _match: stale, message)
    return CLI_MISSING.sub(lambda _match: missing, message)


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
        self.changes_view, self.details_view = box.changes_view, box.details_view
        self.changes_view.selectionModel().currentRowChanged.connect(self._change_chosen)
        self.pack_edit.returnPressed.connect(self.check_pack)
        self.choose_button.clicked.connect(self.choose_pack)
        self.allow_check.toggled.connect(self._allow_toggled)
        self.trust_button = box.trust_button
        self.trust_button.clicked.connect(self.choose_key)
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
        self.installed.show_info(info, origin_words(info))
        previous = info.previous_version
        self.rollback_button.setText(
            translate("ContentPage", "Roll &back to {version}").format(version=previous)
            if previous
            else translate("ContentPage", "Roll &back")
        )
        self._enable()

    def _enable(self) -> None:
        idle = not self.busy
        for widget in (self.pack_edit, self.choose_button, self.allow_check, self.trust_button):
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
        self.panel.end(desktop_wording(service_words(str(error))))
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

    @Slot(QModelIndex, QModelIndex)
    def _change_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.row() < self.model.rowCount()
        self.details_view.show_row(self.model.row(current.row()) if valid else None)

    def _show_preview(self, preview: PackPreview | None) -> None:
        self.preview = preview
        self.model.set_diff(preview.diff if preview is not None else None)
        self.details_view.show_row(None)
        if self.model.rowCount():  # the first change is shown at once, before and after
            self.changes_view.setCurrentIndex(self.model.index(0, 0))
        self.preview_label.setText(preview_sentence(preview) if preview else "")
        self.preview_label.setVisible(preview is not None)
        self.preview_label.setAccessibleDescription(self.preview_label.text())
        if preview is not None:
            self.panel.end(
                translate("ContentPage", "Changes: {totals}.").format(
                    totals=totals_sentence(preview.diff)
                )
            )

    # ------------------------------------------------------------------ trusting a key
    @Slot()
    def choose_key(self) -> None:
        """Trust a key as the command line's `content trust` does: choose its `.pem`, see its
        ID, confirm; the key goes into the same trusted-keys folder."""
        dialog = QFileDialog(self, translate("ContentPage", "Choose a public key to trust"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(translate("ContentPage", "Public keys (*.pem)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not use_native_dialogs())
        dialog.fileSelected.connect(self._key_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def _key_chosen(self, path: str) -> None:
        chosen = Path(path)
        try:
            key = self._content.inspect_key(chosen)
        except PimDeskError as error:
            self.panel.end(desktop_wording(service_words(str(error))))
            return
        self.question = ask(
            self,
            translate("ContentPage", "Trust packs signed with “{name}”?").format(name=key.name),
            translate(
                "ContentPage",
                "Its key ID is {key_id}. Check that the pack's maker gives you the same ID by "
                "another way (a call, a message) before you trust it: packs signed with this "
                "key will be applied without a warning.",
            ).format(key_id=key.key_id),
            translate("ContentPage", "&Trust this key"),
            on_yes=lambda: self._trust(chosen),
        )
        self.question.finished.connect(self._question_closed)

    def _trust(self, path: Path) -> None:
        try:
            key = self._content.trust_key(path)
        except PimDeskError as error:
            self.panel.end(desktop_wording(service_words(str(error))))
            return
        self.panel.end(
            translate(
                "ContentPage", "Packs signed with “{name}” (key ID {key_id}) are now trusted."
            ).format(name=key.name, key_id=key.key_id)
        )
        if self.pack_edit.text().strip():  # the pack in view may verify now
            self.check_pack()

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
        # The consent was for that pack only: the next one is checked strictly again (D19).
        self.allow_check.setChecked(False)
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
                new=switch.to_version,
                old=version_words(switch.from_version),
                rollback=switch.rollback_version,
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
