"""Text zoom, window layout and palette kept or followed; the About dialog; start-up notices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimdesk import __version__
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.shell.about_dialog import AboutDialog
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.translations import language_name
from tests.ui.helpers import current_view

pytestmark = pytest.mark.gui


def reopen(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, Services]:
    services = Services(AppPaths.resolve(data_dir))
    window = open_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, services


def test_text_zoom_follows_the_keys_and_is_kept(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    normal = window.pages.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    larger = window.pages.font().pointSizeF()
    assert larger > normal
    assert current_view(window).font().pointSizeF() == larger  # the page text itself grows
    window.close()
    window.services.close()
    assert (data_dir / "settings.ini").is_file()  # kept in the data folder, not the registry

    again, services = reopen(qtbot, data_dir)
    try:
        assert again.pages.font().pointSizeF() == pytest.approx(larger)
        qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert again.pages.font().pointSizeF() < larger
        qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert again.pages.font().pointSizeF() == pytest.approx(normal)
        for _ in range(30):  # bounded both ways
            again.actions_.zoom_out.trigger()
        assert not again.actions_.zoom_out.isEnabled()
        assert again.pages.font().pointSizeF() > 0.5 * normal
    finally:
        again.close()
        services.close()


def test_zoom_enlarges_the_chrome_and_the_dialogs_and_the_columns_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    """D26: not only the page: the navigation pane, the toolbar, the menus and a dialog opened
    afterwards take the larger text, and the contexts table widens its columns to fit it."""
    from pimdesk.ui.context.context_list import ContextList
    from pimdesk.ui.locations import Location
    from pimdesk.ui.shell.about_dialog import AboutDialog

    window.go(Location("selections"))
    table = window.pages.currentWidget().findChild(ContextList).table
    chrome = (window.navigation_view, window.toolbar, window.menuBar().actions()[0].menu())
    before = [w.font().pointSizeF() for w in chrome]
    modified = table.model().column_of("modified")
    date_width = table.horizontalHeader().sectionSize(modified)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    after = [w.font().pointSizeF() for w in chrome]
    assert all(a > b * 1.3 for a, b in zip(after, before, strict=True)), (before, after)
    dialog = AboutDialog(window.services.reference.info, window)
    qtbot.addWidget(dialog)
    assert dialog.font().pointSizeF() == pytest.approx(after[0])
    assert table.horizontalHeader().sectionSize(modified) > date_width * 1.3
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation_view.font().pointSizeF() == pytest.approx(before[0])
    assert table.horizontalHeader().sectionSize(modified) == date_width


def test_window_size_and_layout_are_kept(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.resize(700, 520)
    window.splitter.setSizes([240, 460])
    qtbot.waitUntil(lambda: window.size().width() == 700)
    nav_width = window.splitter.sizes()[0]
    window.close()
    window.services.close()
    again, services = reopen(qtbot, data_dir)
    try:
        assert (again.width(), again.height()) == (700, 520)
        assert again.splitter.sizes()[0] == nav_width
    finally:
        again.close()
        services.close()


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    original = QPalette(qapp.palette())
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
    ):
        dark.setColor(role, QColor(colour))
    yield dark
    qapp.setPalette(original)


def test_pages_follow_a_change_to_the_dark_palette(
    qtbot: QtBot, window: MainWindow, qapp: QApplication, dark_palette: QPalette
) -> None:
    view = current_view(window)
    view.verticalScrollBar().setValue(0)
    assert "#8ab4f8" not in view.document().defaultStyleSheet()
    before = view.toPlainText()
    qapp.setPalette(dark_palette)
    qtbot.waitUntil(lambda: "#8ab4f8" in view.document().defaultStyleSheet())
    assert view.toPlainText() == before  # the same page, in the new colours


def test_the_about_dialog_names_the_versions_and_the_sources(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = " ".join(dialog.view.toPlainText().split())
    info = window.services.reference.info
    assert __version__ in text
    assert f"version {info.version} of {info.date.isoformat()}" in text
    for document in info.documents:
        assert document.title in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_about_dialog_says_the_translations_are_not_official_and_how_far_they_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = " ".join(dialog.view.toPlainText().split())
    shown = text.replace("\u2068", "").replace("\u2069", "")  # the isolates around a name
    notice = "Translated by PIM Desk; not an official translation of the source."
    assert text.count(notice) == 1
    coverage = window.services.reference.info.coverage
    assert [c.language for c in coverage] == ["ar", "es", "fr"]
    for language in coverage:
        assert language.total == sum(kind.total for kind in language.kinds) > 0
        line = (
            f"In {language_name(language.language)}: {language.percent}% of the records "
            f"translated in full ({language.translated} of {language.total})"
        )
        assert line in shown
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_status_line_shows_the_content_version(window: MainWindow) -> None:
    info = window.services.reference.info
    assert window.content_label.text() == f"Content {info.version} of {info.date.isoformat()}"


def test_a_repaired_data_file_is_announced_at_start(qtbot: QtBot, data_dir: Path) -> None:
    (data_dir / "pimdesk-user.sqlite").write_bytes(b"this is not a database" * 100)
    window, services = reopen(qtbot, data_dir)
    try:
        assert window.message_bar.isVisible()
        message = window.message_bar.label.text()
        assert message.startswith("Note: Your data file was damaged")
        assert services.startup_notices[0] in message
        qtbot.mouseClick(window.message_bar.dismiss_button, Qt.MouseButton.LeftButton)
        assert not window.message_bar.isVisible()
    finally:
        window.close()
        services.close()


def test_no_notice_on_an_ordinary_start(window: MainWindow) -> None:
    assert not window.message_bar.isVisible()
