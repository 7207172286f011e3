"""The window fits small screens: 1024×600, and 1366×768 at 150% (910×512 logical pixels)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.matrix_page import MatrixPage
from pimdesk.ui.context.selections_page import SelectionsPage
from pimdesk.ui.context.suggestions_model import COLUMNS
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

__all__ = ["use_language", "window_in"]

# 1366×768 at 150% leaves 910×512 logical pixels, less a taskbar and the window's frame.
SCALED_SCREEN = QSize(910 - 20, 512 - 40)
PAGE_WIDTH_LIMIT = 1000  # the bound for any one page

PAGES = [
    Location("home"),
    Location("matrix"),
    Location("matrix", "questions"),
    Location("element", "outputs"),
    Location("categories"),
    Location("category", "case_management"),
    Location("glossary"),
    Location("principles"),
    Location("scenarios"),
    Location("scenario", "sudden_onset_emergency"),
    Location("challenges"),
    Location("access"),
    Location("about"),
    Location("selections"),
    Location("bookmarks"),
]


def every_view(window: MainWindow) -> list[tuple[str, QWidget]]:
    """Each page, and each tab of a page with tabs, shown in turn (with a context to edit)."""
    selection = window.services.selections.create("Kasai floods", "protracted_emergency")
    seen: list[tuple[str, QWidget]] = []
    for location in [*PAGES, Location("selections", selection.id)]:
        window.go(location)
        page = window.pages.currentWidget()
        seen.append((location.url, page))
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                seen.append((f"{location.url} tab {index}", page))
    return seen


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_no_page_asks_for_more_than_a_scaled_small_screen(
    window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    for name, page in every_view(window):
        assert page.minimumSizeHint().width() <= PAGE_WIDTH_LIMIT, name
        hint = window.minimumSizeHint()
        assert hint.width() <= SCALED_SCREEN.width(), (name, hint)
        assert hint.height() <= SCALED_SCREEN.height(), (name, hint)


def test_the_window_is_sized_to_the_free_area_of_its_screen(window: MainWindow) -> None:
    window.resize(3000, 2000)  # e.g. a size saved on a larger monitor
    window.move(400, 300)
    window.fit_to_screen()
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (available, window.frameGeometry())


def test_the_category_name_stays_in_view_in_the_context_builder(
    qtbot: QtBot, window: MainWindow
) -> None:
    selection = window.services.selections.create("Kasai floods", "protracted_emergency")
    window.resize(1024, 600)
    window.go(Location("selections", selection.id))
    page = window.pages.currentWidget()
    assert isinstance(page, SelectionsPage)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.suggestions)
    table = editor.suggestions.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    # Nothing scrolls sideways, so the names cannot be scrolled out of sight ...
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.horizontalScrollBar().maximum() == 0
    name = table.visualRect(table.model().index(0, COLUMNS.index("category")))
    assert table.viewport().rect().contains(name)
    assert name.width() >= 150, name  # ... and wide enough to read a name
    # Why each is suggested is still at hand, in the tooltip and in the pane beside the list.
    why = table.model().index(0, COLUMNS.index("category")).data(Qt.ItemDataRole.ToolTipRole)
    assert why and why.strip()


def test_the_compact_matrix_shows_all_eight_categories_at_1280(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    window.go(Location("matrix"))
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage)
    grid = page.grid
    qtbot.waitUntil(grid.isVisible)
    assert page.compact_box.isChecked()
    assert grid.model().columnCount() == 8
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() == 0)
    for column in range(8):
        assert grid.viewport().rect().contains(grid.visualRect(grid.model().index(0, column)))
    page.compact_box.setChecked(False)  # the wide view scrolls sideways instead
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() > 0)


SCALED_RUN = """
import json, sys, tempfile
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.shell.application import apply_language, create_application, open_main_window
app = create_application()
services = Services(AppPaths.resolve(tempfile.mkdtemp()), sys.argv[1])
translators = apply_language(app, sys.argv[1], services.paths.translations_dir)
window = open_main_window(services)
window.show()
app.processEvents()
frame, screen = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps({"frame": frame.getRect(), "screen": screen.getRect(),
                  "ratio": window.devicePixelRatio()}))
window.close()
services.close()
"""


@pytest.mark.parametrize(
    ("size", "scale", "language"),
    [((1024, 600), "1", "en"), ((1366, 768), "1.5", "ar")],
)
def test_the_real_app_starts_inside_a_small_or_scaled_screen(
    tmp_path: Path, size: tuple[int, int], scale: str, language: str
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}), encoding="utf-8")
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        PIMDESK_DATA_DIR=str(tmp_path / "data"),
    )
    run = subprocess.run(
        [sys.executable, "-c", SCALED_RUN, language],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    left, top, width, height = shown["frame"]
    s_left, s_top, s_width, s_height = shown["screen"]
    assert shown["ratio"] == float(scale)
    assert s_width == round(size[0] / float(scale))
    assert left >= s_left and top >= s_top
    assert left + width <= s_left + s_width and top + height <= s_top + s_height, shown


def test_the_compact_matrix_headers_show_every_word_at_1280(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "[Definition not agreed]" and the longest names fit their narrow columns, in full."""
    window.resize(1280, 800)
    window.go(Location("matrix"))
    grid = window.pages.currentWidget().grid
    model, header = grid.model(), grid.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)

    def clipped() -> list[str]:
        found = []
        for column in range(model.columnCount()):
            room = header.sectionSize(column) - 3 * margin - icon
            text = model.headerData(column, Qt.Orientation.Horizontal)
            found += [
                line
                for line in text.split("\n")
                if header.fontMetrics().horizontalAdvance(line) > room
            ]
        return found

    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() == 0)
    qtbot.waitUntil(lambda: not clipped())  # the header's font settles with the columns
    assert header.font().pointSizeF() >= 0.8 * grid.font().pointSizeF()
    lines = max(model.headerData(c, Qt.Orientation.Horizontal).count("\n") for c in range(8))
    assert header.height() >= (lines + 1) * header.fontMetrics().lineSpacing()


def texts_cut_in(table: QTableView, column: int | None = None) -> list[str]:
    """The texts of `column` (or of every column) that do not fit their cell whole: a word
    wider than the text's room, or more wrapped lines than the row's height shows."""
    model = table.model()
    columns = range(model.columnCount()) if column is None else [column]
    cut = []
    for row in range(model.rowCount()):
        for index in (model.index(row, c) for c in columns):
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            option.rect = table.visualRect(index)
            table.itemDelegateForIndex(index).initStyleOption(option, index)
            room = table.style().subElementRect(
                QStyle.SubElement.SE_ItemViewItemText, option, table
            )
            text = str(index.data())
            wrapped = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, room.width(), 100_000), Qt.TextFlag.TextWordWrap, text
            )
            if wrapped.width() > room.width() or wrapped.height() > room.height():
                cut.append(f"{text[:40]}: {wrapped.size().toTuple()} in {room.size().toTuple()}")
    return cut


def names_cut_in(table: QTableView) -> list[str]:
    return texts_cut_in(table, COLUMNS.index("category"))


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", [SCALED_SCREEN, QSize(1024, 600)], ids=["150%", "1024x600"])
def test_every_category_name_shows_whole_in_the_context_builder(
    qtbot: QtBot, window_in: WindowIn, language: str, size: QSize
) -> None:
    """At 150% on 1366×768 (Arabic names carry the English in brackets) the names wrap whole
    rather than being cut to a few letters."""
    window = window_in(language)
    window.resize(size)
    selection = window.services.selections.create("Kasai floods", "protracted_emergency")
    window.go(Location("selections", selection.id))
    page = window.pages.currentWidget()
    assert isinstance(page, SelectionsPage)
    page.editor.tabs.setCurrentWidget(page.editor.suggestions)
    table = page.editor.suggestions.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 8)
    assert table.horizontalScrollBar().maximum() == 0
    with contextlib.suppress(TimeoutError):  # the rows settle their heights after a layout
        qtbot.waitUntil(lambda: not names_cut_in(table), timeout=3000)
    assert not names_cut_in(table)


def header_lines_cut(grid: QTableView) -> list[str]:
    """The lines of the category names wider than their column leaves them (swatch, margins)."""
    model, header = grid.model(), grid.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)
    cut = []
    for column in range(model.columnCount()):
        room = header.sectionSize(column) - 3 * margin - icon
        for line in str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n"):
            if header.fontMetrics().horizontalAdvance(line) > room:
                cut.append(f"{line} in {room}")
    return cut


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
@pytest.mark.parametrize(
    "size",
    [QSize(1024, 600), QSize(1200, 760), QSize(1280, 800)],
    ids=["1024", "1280-screen", "1280"],  # a 1280 px screen leaves the window about 1200
)
def test_every_word_of_the_compact_matrix_shows_whole_at_a_readable_size(
    qtbot: QtBot, window_in: WindowIn, language: str, size: QSize
) -> None:
    window = window_in(language)
    window.resize(size)
    window.go(Location("matrix"))
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage)
    grid = page.grid
    qtbot.waitUntil(grid.isVisible)
    assert page.compact_box.isChecked()
    with contextlib.suppress(TimeoutError):  # the columns, fonts and rows settle in turn
        qtbot.waitUntil(lambda: not header_lines_cut(grid) and not texts_cut_in(grid))
    assert not header_lines_cut(grid)
    assert not texts_cut_in(grid)
    assert grid.horizontalHeader().font().pointSizeF() >= 0.85 * grid.font().pointSizeF()
    if size.width() == 1024:  # too narrow for eight readable columns: it scrolls sideways ...
        assert grid.horizontalScrollBar().maximum() > 0
        bar = grid.horizontalScrollBar()

        def last_column_in_view() -> bool:
            bar.setValue(bar.maximum())  # the range settles with the rows' heights
            last = grid.visualRect(grid.model().index(0, 7))
            return last.left() >= 0 and last.right() < grid.viewport().width()

        qtbot.waitUntil(last_column_in_view)
        # ... with the elements' names beside the columns, not scrolled away.
        rows = grid.verticalHeader()
        assert rows.isVisible() and rows.width() >= 90
        assert grid.viewport().geometry().intersected(rows.geometry()).isEmpty()
