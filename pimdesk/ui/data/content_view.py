"""The parts of the content update: what is installed, the pack box, what a checked pack is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.content_packs import (
    InstalledContent,
    PackPreview,
    SignatureCheck,
    SignatureStatus,
)
from pimdesk.ui.data.change_details import ChangeDetails
from pimdesk.ui.data.service_words import allow_label, version_words
from pimdesk.ui.widgets.named_controls import named_button, visible_name

translate = QCoreApplication.translate


def signature_words(check: SignatureCheck) -> str:
    """`SignatureCheck.describe` in the interface's language."""
    words = {
        SignatureStatus.VERIFIED: translate(
            "ContentPage", "verified: signed with the trusted key {name} ({key_id})"
        ),
        SignatureStatus.UNSIGNED: translate("ContentPage", "not signed"),
        SignatureStatus.UNKNOWN_KEY: translate(
            "ContentPage", "signed with an unknown key ({key_id}), not among the trusted keys"
        ),
        SignatureStatus.BAD_SIGNATURE: translate(
            "ContentPage", "bad signature: it does not verify with the trusted key {name}"
        ),
    }
    return words[check.status].format(name=check.key_name, key_id=check.key_id)


def origin_words(info: InstalledContent) -> str:
    """Where the content in use comes from (`describe_origin`), in the interface's language."""
    if not info.imported:
        return translate("ContentPage", "came with PIM Desk")
    when = info.imported_at[:10] or translate("ContentPage", "an unknown date")
    signature = (
        signature_words(info.signature)
        if info.signature
        else translate("ContentPage", "signature unknown")
    )
    return translate("ContentPage", "imported on {date} ({signature})").format(
        date=when, signature=signature
    )


def preview_sentence(preview: PackPreview) -> str:
    """What the pack is, whether it verifies, and whether it can be applied."""
    manifest = preview.manifest
    sentence = translate(
        "ContentPage",
        "{title}: content {version} of {date}, {signature}. Installed now: {installed}.",
    ).format(
        title=manifest.title,
        version=manifest.content_version,
        date=manifest.content_date.isoformat(),
        signature=signature_words(preview.signature),
        installed=version_words(preview.installed_version),
    )
    if preview.refusal:  # the one refusal a sound pack gets: it is not newer
        reason = translate(
            "ContentPage", "it holds content {version}, not newer than the installed {installed}"
        ).format(version=manifest.content_version, installed=preview.installed_version)
        refusal = translate("ContentPage", "It cannot be applied: {reason}.")
        return f"{sentence} {refusal.format(reason=reason)}"
    return sentence


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Read by what it says; what it is goes in the description (D25: the name holds the text).
    label.setAccessibleDescription(name)
    return label


class InstalledContentBox(QGroupBox):
    """Version, date, title and origin of the content in use, and what a rollback returns to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ContentPage", "Installed content"), parent)
        self.info: InstalledContent | None = None
        self.version_label = _value_label(translate("ContentPage", "Version"))
        self.date_label = _value_label(translate("ContentPage", "Date"))
        self.title_label = _value_label(translate("ContentPage", "Title"))
        self.origin_label = _value_label(translate("ContentPage", "Origin"))
        self.previous_label = _value_label(translate("ContentPage", "Previous version"))
        self.notices_label = _value_label(translate("ContentPage", "Notices"))
        form = QFormLayout(self)
        form.addRow(translate("ContentPage", "Version:"), self.version_label)
        form.addRow(translate("ContentPage", "Date:"), self.date_label)
        form.addRow(translate("ContentPage", "Title:"), self.title_label)
        form.addRow(translate("ContentPage", "Origin:"), self.origin_label)
        form.addRow(translate("ContentPage", "Previous version:"), self.previous_label)
        form.addRow(self.notices_label)
        self._form = form

    def show_info(self, info: InstalledContent, origin: str) -> None:
        self.info = info
        previous = info.previous_version or translate(
            "ContentPage", "none: there is nothing to roll back to"
        )
        for label, value in (
            (self.version_label, info.version),
            (self.date_label, info.date.isoformat()),
            (self.title_label, info.title),
            (self.origin_label, origin),
            (self.previous_label, previous),
            (self.notices_label, " ".join(info.notices)),
        ):
            label.setText(value)
            label.setAccessibleDescription(value)  # a screen reader reads the value too
        self._form.setRowVisible(self.notices_label, bool(info.notices))


class PackBox(QGroupBox):
    """The pack to check, whether an unverified one is allowed, and what it would change."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(translate("ContentPage", "Update from a content pack"), parent)
        self.pack_edit = QLineEdit()
        self.pack_edit.setAccessibleName(translate("ContentPage", "Content pack"))
        self.pack_edit.setAccessibleDescription(
            translate("ContentPage", "The pack file (.zip); press Enter to check it")
        )
        self.choose_button = named_button(
            translate("ContentPage", "C&hoose pack…"),
            "",
            translate("ContentPage", "Choose the pack file and see what it would change"),
        )
        self.choose_button.setAccessibleName(visible_name(self.choose_button.text()))
        self.allow_check = QCheckBox(allow_label())
        self.allow_check.setAccessibleName(visible_name(self.allow_check.text()))
        self.allow_check.setAccessibleDescription(
            translate("ContentPage", "Accept a pack whose origin cannot be checked")
        )
        self.allow_warning = QLabel(
            translate(
                "ContentPage",
                "Warning: PIM Desk cannot tell who made such a pack or whether it was changed "
                "on the way. Allow it only for a pack you received directly from someone you "
                "trust.",
            )
        )
        self.allow_warning.setWordWrap(True)
        self.allow_warning.hide()
        self.trust_button = named_button(
            translate("ContentPage", "&Trust a key…"),
            "",
            translate(
                "ContentPage", "Install the public key (.pem) of someone whose packs you accept"
            ),
        )
        self.trust_button.setAccessibleName(visible_name(self.trust_button.text()))
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.preview_label.setAccessibleDescription(translate("ContentPage", "What the pack is"))
        self.preview_label.hide()
        self.changes_view = self._changes_view(model)
        self.details_view = ChangeDetails()
        self.apply_button = named_button(
            translate("ContentPage", "Appl&y the update"),
            translate("ContentPage", "Apply the update"),
            translate("ContentPage", "Replace the content with the pack's, as previewed"),
        )
        self.apply_button.setEnabled(False)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_edit, 1)
        pack_row.addWidget(self.choose_button)
        form = QFormLayout()
        pack_label = QLabel(translate("ContentPage", "&Pack:"))
        pack_label.setBuddy(self.pack_edit)  # a row holding a layout gets no buddy of its own
        form.addRow(pack_label, pack_row)
        allow_row = QHBoxLayout()
        allow_row.addWidget(self.allow_check, 1)
        allow_row.addWidget(self.trust_button)
        form.addRow("", allow_row)
        form.addRow("", self.allow_warning)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.preview_label)
        column.addWidget(self.changes_view, 1)
        column.addWidget(self.details_view, 1)
        column.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def _changes_view(model: QAbstractItemModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(translate("ContentPage", "Changes"))
        view.setAccessibleDescription(
            translate("ContentPage", "What the pack adds, changes and removes, kind by kind")
        )
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view
