"""Share a context offline: export it to a `.pimsel` file, import one (e.g. from a USB stick).

An export warns first when the context's text looks like personal data (R13): a file carries
every note. An import never overwrites silently: a name already in use asks Replace / Import as
a copy / Cancel. The file is read whole and checked before anything is stored, so a malformed
file gives one message and changes nothing. The file choosers and the questions are attributes
of `SelectionFiles`, so a test can answer them as a person would without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pimdesk import APP_NAME
from pimdesk.domain.errors import NotFoundError, PimDeskError
from pimdesk.domain.records import record
from pimdesk.domain.selection import Selection
from pimdesk.services.container import Services
from pimdesk.services.personal_data import PersonalDataWarning, personal_data_in
from pimdesk.services.selections import ImportResult
from pimdesk.ui.context.context_labels import safe_file_stem
from pimdesk.ui.widgets.personal_data import Destination, personal_data_question
from pimdesk.ui.widgets.recent_folders import RecentFolders
from pimdesk.ui.widgets.system_files import use_native_dialogs

translate = QCoreApplication.translate
SUFFIX = ".pimsel"
KIND = "contexts"  # the kind of file, for the folder the choosers remember


class ClashChoice(str, Enum):
    REPLACE = "replace"
    COPY = "copy"
    CANCEL = "cancel"


@record
class FileOutcome:
    """What happened, in one or two sentences for the page's notice; `selection` if stored."""

    message: str
    selection: Selection | None = None
    failed: bool = False


def file_filter() -> str:
    return translate("ContextFiles", "PIM Desk context files (*.pimsel)")


def chooser(parent: QWidget, title: str, folder: Path, save: bool) -> QFileDialog:
    """A file chooser for context files that opens in `folder`."""
    dialog = QFileDialog(parent, title, str(folder), file_filter())
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not use_native_dialogs())
    return dialog


def chosen_file(dialog: QFileDialog) -> Path | None:
    """Show `dialog` and give the file chosen, or None when cancelled."""
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files = dialog.selectedFiles()
    dialog.deleteLater()
    return Path(files[0]) if accepted and files else None


def choose_export_path(parent: QWidget, name: str, folder: Path | None = None) -> Path | None:
    title = translate("ContextFiles", "Share as file")
    dialog = chooser(parent, title, folder or Path.home(), True)
    dialog.selectFile(f"{safe_file_stem(name)}{SUFFIX}")
    path = chosen_file(dialog)
    if path is None:
        return None
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def choose_import_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    title = translate("ContextFiles", "Import a context")
    return chosen_file(chooser(parent, title, folder or Path.home(), False))


def clash_box(parent: QWidget, name: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("clashQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(
        translate("ContextFiles", "A context named “{name}” already exists.").format(name=name)
    )
    box.setInformativeText(
        translate(
            "ContextFiles",
            "Replace it (yours goes to the trash, kept 30 days), import this one as a copy "
            "under another name, or cancel.",
        )
    )
    box.addButton(translate("ContextFiles", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    copy = box.addButton(
        translate("ContextFiles", "Import as a &copy"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    return box


def ask_about_clash(parent: QWidget, name: str) -> ClashChoice:
    box = clash_box(parent, name)
    box.exec()
    role = box.buttonRole(box.clickedButton()) if box.clickedButton() else None
    box.deleteLater()
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return ClashChoice.REPLACE
    if role == QMessageBox.ButtonRole.AcceptRole:
        return ClashChoice.COPY
    return ClashChoice.CANCEL


def imported_message(result: ImportResult) -> str:
    """What an import did, in one sentence per fact: a clash is said once (D20)."""
    name = result.selection.name
    if result.renamed_from:
        message = translate(
            "ContextFiles", "Imported as “{name}”: a context named “{old}” already exists."
        ).format(name=name, old=result.renamed_from)
    elif result.replaced:
        message = translate(
            "ContextFiles", "Imported “{name}”; the earlier context of that name is in the trash."
        ).format(name=name)
    else:
        message = translate("ContextFiles", "Imported “{name}”.").format(name=name)
    if result.notes:
        notes = "; ".join(result.notes)
        message += f" {notes[:1].upper()}{notes[1:]}."
    return message


def confirm_personal_data(parent: QWidget, warnings: Sequence[PersonalDataWarning]) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("personalDataQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    stake, details, go_on = personal_data_question(warnings, Destination.FILE)
    box.setText(stake)
    box.setInformativeText(details)
    proceed = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    answer = box.clickedButton() is proceed
    box.deleteLater()
    return answer


class SelectionFiles:
    """Export and import `.pimsel` files for the page, with the user's answers."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        self._services = services
        self._parent = parent
        # Sharing and importing open in the folder a context file last went to or came from.
        self.folders = RecentFolders(services.paths.settings_file)
        self.choose_export_path: Callable[[QWidget, str], Path | None] = lambda parent, name: (
            choose_export_path(parent, name, self.folders.folder(KIND))
        )
        self.choose_import_path: Callable[[QWidget], Path | None] = lambda parent: (
            choose_import_path(parent, self.folders.folder(KIND))
        )
        self.ask_about_clash: Callable[[QWidget, str], ClashChoice] = ask_about_clash
        self.confirm_personal_data: Callable[[QWidget, Sequence[PersonalDataWarning]], bool] = (
            confirm_personal_data
        )

    def export(self, selection_id: str) -> FileOutcome | None:
        selections = self._services.selections
        try:
            selection = selections.get(selection_id)
        except NotFoundError as error:
            return FileOutcome(str(error), failed=True)
        names = self._services.reference.category_names
        found = personal_data_in(selection, names, every_choice=True)
        if found and not self.confirm_personal_data(self._parent, found):
            return None
        target = self.choose_export_path(self._parent, selection.name)
        if target is None:
            return None
        try:
            written = selections.export(selection_id, target)
        except PimDeskError as error:
            message = translate("ContextFiles", "Not saved as a file: {reason}")
            return FileOutcome(message.format(reason=error), failed=True)
        self.folders.remember(KIND, written)
        message = translate("ContextFiles", "“{name}” saved as {path}.")
        return FileOutcome(message.format(name=selection.name, path=written), selection)

    def import_file(self, path: Path | None = None) -> FileOutcome | None:
        """Import `path` (or a file the user chooses); None when the user cancelled."""
        path = path or self.choose_import_path(self._parent)
        if path is None:
            return None
        selections = self._services.selections
        try:
            data = selections.read_bytes(path)  # read once: what was previewed is imported
            self.folders.remember(KIND, path)
            preview = selections.preview_bytes(data)
            replace_existing = False
            if self._name_in_use(preview.name):
                answer = self.ask_about_clash(self._parent, preview.name)
                if answer is ClashChoice.CANCEL:
                    return None
                replace_existing = answer is ClashChoice.REPLACE
            # The name an import gets beside an existing one, in the interface's language (D20).
            imported = translate("ContextFiles", "{name} (imported)")
            result = selections.import_bytes(data, replace_existing, imported)
        except PimDeskError as error:
            message = translate("ContextFiles", "Nothing was imported: {reason}")
            return FileOutcome(message.format(reason=error), failed=True)
        return FileOutcome(imported_message(result), result.selection)

    def _name_in_use(self, name: str) -> bool:
        try:
            self._services.selections.find(name)
        except NotFoundError:
            return False
        return True
