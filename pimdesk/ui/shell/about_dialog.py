"""The About dialog: the app's version, the content's version and date, and the sources."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from pimdesk import APP_NAME, __version__
from pimdesk.domain.content import ContentInfo
from pimdesk.ui.shell.translations import language_name
from pimdesk.ui.widgets.named_controls import visible_name
from pimdesk.ui.widgets.page_html import RenderedPage, bullet_list, heading, paragraph, text
from pimdesk.ui.widgets.page_view import PageView

translate = QCoreApplication.translate


def about_html(info: ContentInfo) -> RenderedPage:
    title = translate("About", "About {app}").format(app=APP_NAME)
    parts = [heading(1, f"{APP_NAME} {__version__}")]
    parts.append(
        paragraph(
            text(
                translate(
                    "About",
                    "The Protection Information Management (PIM) framework, offline: the PIM "
                    "Matrix, PIM Desk's glossary, the principles, the scenarios and the "
                    "data-sharing guidance. The endorsed Common PIM Terminology is a separate "
                    "document that PIM Desk does not carry.",
                )
            )
        )
    )
    parts.append(heading(2, translate("About", "Content")))
    content = translate("About", "{title}, version {version} of {date}").format(
        title=info.title, version=info.version, date=info.date.isoformat()
    )
    parts.append(paragraph(text(content)))
    fingerprint = translate("About", "Fingerprint: {hash}").format(hash=info.content_hash[:16])
    parts.append(paragraph(text(fingerprint), "source"))
    parts.append(heading(2, translate("About", "Sources")))
    parts.append(bullet_list([text(f"{d.short}: {d.title}") for d in info.documents]))
    note = translate(
        "About",
        "Every text says where it comes from: a section of the source, PIM Desk's note on a "
        "section, or PIM Desk's illustration, which is not from the source.",
    )
    parts.append(paragraph(text(note)))
    parts += _translations(info)
    parts.append(heading(2, translate("About", "Software")))
    software = translate("About", "Qt {qt}, PySide6 {pyside}. Licence: MIT.").format(
        qt=qVersion(), pyside=PySide6.__version__
    )
    parts.append(paragraph(text(software), "source"))
    return RenderedPage(title, "".join(parts))


def _translations(info: ContentInfo) -> list[str]:
    """Said once: the content's translations are PIM Desk's own; then how much each covers."""
    if not info.coverage:
        return []
    parts = [heading(2, translate("About", "Translations of the content"))]
    notice = translate(
        "About", "Translated by PIM Desk; not an official translation of the source."
    )
    parts.append(paragraph(text(notice)))
    # The line opens with words of the interface's language and the language's name is isolated
    # (FSI ... PDI), so that "العربية" neither turns an English line around nor is turned itself.
    lines = [
        translate(
            "About",
            "In {language}: {percent}% of the records translated in full ({count} of {total})",
        ).format(
            language=f"\u2068{language_name(coverage.language)}\u2069",
            percent=coverage.percent,
            count=coverage.translated,
            total=coverage.total,
        )
        for coverage in info.coverage
    ]
    parts.append(bullet_list([text(line) for line in lines]))
    return parts


class AboutDialog(QDialog):
    def __init__(self, info: ContentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = about_html(info)
        self.setWindowTitle(page.title)
        self.setAccessibleName(page.title)
        self.view = PageView(self)
        self.view.setAccessibleName(translate("About", "About this app"))
        self.view.show_page(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(visible_name(close.text()))  # Qt's own word for it
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 480)
