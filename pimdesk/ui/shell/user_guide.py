"""Help → User guide (F1): how to use PIM Desk, offline, in the interface's language.

The guide's text is made of interface strings (context "UserGuide" in resources/i18n/*.ts), not
of separate HTML files per language: it is translated, checked for completeness and switched
with the rest of the interface, and it cannot fall behind one language. The shortcuts list is
read from the window's own actions, so it always shows the keys that work.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from pimdesk import APP_NAME
from pimdesk.ui.widgets.named_controls import visible_name
from pimdesk.ui.widgets.page_html import RenderedPage, bullet_list, heading, paragraph, text
from pimdesk.ui.widgets.page_view import PageView

translate = QCoreApplication.translate


def _sections() -> list[tuple[str, list[str]]]:
    return [
        (translate("UserGuide", "Browse"), [translate(
            "UserGuide",
            "The navigation pane on the left lists the parts of PIM Desk: the PIM Matrix, the "
            "categories, the glossary, the scenarios, the principles and the data-sharing "
            "guidance. Follow any link; Back and Forward (Alt+Left, Alt+Right) retrace your steps, "
            "and Ctrl+D bookmarks a page."), translate(
            "UserGuide",
            "Your bookmarks are listed in the Bookmarks menu. Ctrl+Shift+B opens them with "
            "recently viewed pages; there, Delete removes the bookmark chosen and Ctrl+Z puts "
            "it back.")]),
        (translate("UserGuide", "Search"), [translate(
            "UserGuide",
            "Type in the search box (Ctrl+K): results appear as you type, the record a word names "
            "first. The arrow keys and Enter open a result; Escape returns to your page. A "
            "misspelt word is corrected at once, and the corrected word is shown.")]),
        (translate("UserGuide", "Build and share a context"), [
            translate(
                "UserGuide",
                "A context is your team's selection for one operation: its place and scenario, "
                "the PIM categories it needs, your decisions, priorities and notes. Ctrl+N starts "
                "a new context; PIM Desk suggests categories and says why. Everything is saved "
                "as you type."),
            translate(
                "UserGuide",
                "To share a context, save it as a .pimsel file (a PIM Desk context file) and send "
                "it; Ctrl+O imports a context file you received."),
            translate(
                "UserGuide",
                "PIM Desk is not meant to hold personal data of affected people. While you type "
                "notes, and before a PDF or a file leaves the computer, it says what looks like "
                "personal data (names, dates of birth, phone, ID and case numbers); you decide."),
        ]),
        (translate("UserGuide", "Export"), [translate(
            "UserGuide",
            "File → Export PDF… (Ctrl+E) makes a briefing of a context, a sheet of a category or "
            "the glossary handout.")]),
        (translate("UserGuide", "Update content"), [translate(
            "UserGuide",
            "Tools → Update content… shows the installed content, checks a content pack (.zip) "
            "and what it would change before applying it, and can roll back to the content used "
            "before."), translate(
            "UserGuide",
            "Choose a change to read its text before and after, with the words removed struck "
            "through and the words added underlined. Trust a key… installs the public key (.pem) "
            "of a pack's maker once you have compared its key ID with theirs; packs signed with "
            "it are then applied without a warning.")]),
        (translate("UserGuide", "Check data"), [translate(
            "UserGuide",
            "Help → Check my data… checks your data file, backs it up, or restores a backup.")]),
    ]  # fmt: skip


def _on_a_keyboard(key: str) -> bool:
    """A combination or a function key: not a media key such as "Open" or "Back"."""
    return "+" in key or re.fullmatch(r"F\d{1,2}", key) is not None


def shortcut_lines(window: QWidget) -> list[str]:
    """ "Action: keys" for every command of the window that has a shortcut, in menu order."""
    lines = []
    for action in window.actions():
        keys = [
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in action.shortcuts()
            if _on_a_keyboard(key.toString())
        ]
        if keys and action.text():
            name = action.text().replace("&", "").rstrip("…")
            lines.append(
                translate("UserGuide", "{action}: {keys}").format(
                    action=name, keys=", ".join(dict.fromkeys(keys))
                )
            )
    return lines


def user_guide_html(window: QWidget) -> RenderedPage:
    title = translate("UserGuide", "{app} user guide").format(app=APP_NAME)
    parts = [heading(1, title)]
    for section, paragraphs in _sections():
        parts.append(heading(2, section))
        parts += [paragraph(text(body)) for body in paragraphs]
    parts.append(heading(2, translate("UserGuide", "Keyboard shortcuts")))
    parts.append(bullet_list([text(line) for line in shortcut_lines(window)]))
    return RenderedPage(title, "".join(parts))


class UserGuideDialog(QDialog):
    """The guide in a window of its own, beside the app (not modal: try as you read)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("userGuide")
        page = user_guide_html(window)
        self.setWindowTitle(page.title)
        self.setAccessibleName(page.title)
        self.view = PageView(self)
        self.view.setAccessibleName(translate("UserGuide", "User guide"))
        self.view.show_page(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(visible_name(close.text()))  # Qt's own word for it
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 560)
