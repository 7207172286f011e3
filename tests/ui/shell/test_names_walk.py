"""Every page and dialog walked for screen-reader names (review D25): a control that shows text
is named with that text, and no control a person can use is without a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.list_models import NAVIGATION_SECTIONS
from pimdesk.ui.context.compare_dialog import CompareDialog
from pimdesk.ui.context.context_dialogs import RenameDialog, TrashDialog
from pimdesk.ui.context.context_files import clash_box
from pimdesk.ui.context.start_context import ScenarioDialog
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.about_dialog import AboutDialog
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.user_guide import UserGuideDialog
from pimdesk.ui.widgets.named_controls import visible_name
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

__all__ = ["use_language", "window_in"]

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def shown_text(widget: QWidget) -> str:
    """The words the widget itself shows, as a speech-input user would say them (a lone "#" or
    arrow is a symbol, not a label to speak)."""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif isinstance(widget, QLabel):
        text = re.sub(r"<[^>]+>", "", widget.text())
    else:
        return ""
    text = visible_name(text)
    return text if any(c.isalpha() for c in text) else ""


def problems(root: QWidget, where: str) -> Iterator[str]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name, text = widget.accessibleName().strip(), shown_text(widget)
        if name and text and text.casefold() not in name.casefold():
            yield f"{where}: {type(widget).__name__} shows {text!r}, is named {name!r}"
        interactive = (
            isinstance(widget, INTERACTIVE)
            and not isinstance(widget, QHeaderView)  # read through its table, as Qt's own
            and widget.isEnabled()
        )
        if interactive and not name and not text:
            yield f"{where}: {type(widget).__name__} {widget.objectName()!r} has no name"


def walk_pages(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    selection = window.services.selections.create("Kasai floods", "sudden_onset_emergency")
    window.services.selections.create("Tshikapa", "protracted_emergency")
    window.search_box.setText("protection")
    yield "search results", window
    window.search_box.clear()
    locations = [Location(section) for section in NAVIGATION_SECTIONS] + [
        Location("category", "case_management"),
        Location("element", "shared_data"),
        Location("cell", "population_data.shared_data"),
        Location("scenario", "sudden_onset_emergency"),
        Location("term", "refoulement"),
        Location("matrix", "questions"),
        Location("selections", selection.id),
    ]
    for location in locations:
        window.go(location)
        page = window.pages.currentWidget()
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{location.url} tab {index}", window
        yield location.url, window


def walk_dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    services = window.services
    kasai, tshikapa = (services.selections.find(n) for n in ("Kasai floods", "Tshikapa"))
    tools = window.tool_actions
    yield "export", tools.open_export()
    yield "export briefing", tools.export_briefing(kasai.id)
    yield "update content", tools.open_content_page()
    yield "check my data", tools.open_data_dialog()
    yield "about", AboutDialog(services.reference.info, window)
    yield "user guide", UserGuideDialog(window)
    yield "rename", RenameDialog(services, kasai, window)
    services.selections.delete(tshikapa.id)
    yield "trash", TrashDialog(services, window)
    yield "compare", CompareDialog(services, kasai, kasai, window)
    yield "name clash", clash_box(window, "Kasai floods")
    yield "new context", ScenarioDialog(services.reference.scenarios, window)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_page_and_dialog_names_its_controls_by_their_labels(
    qtbot: QtBot, window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    found = [p for where, root in walk_pages(window) for p in problems(root, where)]
    for where, dialog in walk_dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        found += problems(dialog, where)
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found += problems(dialog, f"{where} tab {index}")
        dialog.close()
    assert not found, "\n".join(sorted(set(found)))
