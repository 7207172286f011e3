"""How the content update shows what is installed and what a checked pack is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from pimdesk.domain.content_packs import InstalledContent, PackPreview

translate = QCoreApplication.translate


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
        signature=preview.signature.describe(),
        installed=preview.installed_version,
    )
    if preview.refusal:
        refusal = translate("ContentPage", "It cannot be applied: {reason}.")
        return f"{sentence} {refusal.format(reason=preview.refusal)}"
    return sentence


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
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
