"""Guard against a Qt binding that leaks references to None (the 6.12.0-on-3.11 abort, issue 12).

PySide6/shiboken6 6.12.0 drops one reference to `None` on every binding call that returns
nothing when it runs on Python 3.10 or 3.11; after a few thousand calls `None` is "deallocated"
and the process aborts. Each check below makes thousands of such calls of one kind and fails
when `sys.getrefcount(None)` falls by anything like one per call. A reserve of extra references
is held meanwhile, and what a leaking pair lost is given back, so that it fails these tests
instead of aborting the test run.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QListView, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from pimdesk.ui.widgets.rich_text_delegate import RichTextDelegate

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        sys.version_info >= (3, 12),
        reason="None is immortal from Python 3.12 on: its reference count never changes, so a "
        "leak cannot be seen (nor can it abort the app); the guard matters on 3.10 and 3.11",
    ),
]

CALLS = 5_000
RESERVE = 200_000  # references held during a check: more than any check can leak
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
# A leaking binding loses at least one reference per call. What a healthy one shows is noise
# from caches and the garbage collector: well under a tenth of that.
NOISE = 100


class SparseModel(QAbstractListModel):
    """Rows whose data() answers only the display and HTML roles: None for every other role."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 40

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Row {index.row()}"
        if role == HTML_ROLE:
            return f"<b>Row {index.row()}</b> with <u>marked</u> words"
        return None


def none_references_lost(action: Callable[[], None], times: int) -> int:
    """How many references to None `times` calls of `action` lost (negative: gained)."""
    reserve = [None] * RESERVE
    action()  # first use: caches, lazy imports, type objects
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(times):
        action()
    gc.collect()
    lost = before - sys.getrefcount(None)
    give_back(lost)
    del reserve
    return lost


def give_back(lost: int) -> None:
    """Restore references a leaking binding dropped: else freeing the reserve, or the end of the
    test run, would bring the count to zero and abort the process before pytest reports."""
    increment = ctypes.pythonapi.Py_IncRef
    increment.argtypes = [ctypes.py_object]
    for _ in range(max(0, lost)):
        increment(None)


def assert_steady(kind: str, action: Callable[[], None], calls_per_action: int = 1) -> None:
    times = max(1, CALLS // calls_per_action)
    lost = none_references_lost(action, times)
    assert lost <= NOISE, (
        f"{kind}: {times} times (about {times * calls_per_action} binding calls) lost {lost} "
        "references to None. This PySide6/shiboken6 "
        f"build leaks them on Python {sys.version_info.major}.{sys.version_info.minor} and the "
        "app would abort with 'none_dealloc' after a few thousand calls: pin another version "
        "(see pyproject.toml)."
    )


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[QListView]:
    shown = QListView()
    qtbot.addWidget(shown)
    shown.setModel(SparseModel(shown))
    shown.resize(300, 400)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def test_widget_setters_keep_none_steady(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)

    def setters() -> None:
        label.setWindowTitle("x")
        label.setText("y")
        label.setToolTip("z")
        label.setEnabled(True)

    assert_steady("QWidget setters", setters, calls_per_action=4)


def test_data_returning_nothing_keeps_none_steady(view: QListView) -> None:
    index = view.model().index(3, 0)
    # Roles the model does not serve: the binding hands back None from Python and to Python.
    unserved = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole)

    def read() -> None:
        for role in unserved:
            index.data(role)

    assert_steady("QModelIndex.data() returning nothing", read, calls_per_action=2)


def test_a_view_painting_a_python_model_keeps_none_steady(view: QListView) -> None:
    # Each paint asks the model for a dozen roles of every visible row, most of them None: the
    # binding turns Python's None into Qt's empty value. (6.12.0 leaks the other way, handing
    # None to Python; this guards the way back.)
    assert_steady("a view painting a Python model", lambda: repaint(view), 100)


def repaint(view: QListView) -> None:
    """Paint every visible row now, as an expose would."""
    view.viewport().repaint()


def painter_and_option(view: QListView) -> tuple[QImage, QPainter, QStyleOptionViewItem]:
    image = QImage(300, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 300, 40)
    option.font = view.font()
    option.palette = view.palette()
    return image, painter, option  # the image must outlive the painter


def test_a_styled_item_delegate_paint_keeps_none_steady(view: QListView) -> None:
    delegate = QStyledItemDelegate()
    index = view.model().index(0, 0)
    image, painter, option = painter_and_option(view)
    try:
        assert_steady(
            "QStyledItemDelegate.paint", lambda: delegate.paint(painter, option, index), 5
        )
    finally:
        painter.end()
    assert not image.isNull()


def test_the_rich_text_delegate_keeps_none_steady(view: QListView) -> None:
    """The app's own delegate, where the abort was first seen, with `option.widget` unset."""
    delegate = RichTextDelegate(HTML_ROLE, view)
    index = view.model().index(1, 0)
    image, painter, option = painter_and_option(view)
    try:
        assert_steady("RichTextDelegate.paint", lambda: delegate.paint(painter, option, index), 20)
    finally:
        painter.end()
    assert not image.isNull()


def test_a_view_painting_with_the_rich_text_delegate_keeps_none_steady(view: QListView) -> None:
    view.setItemDelegate(RichTextDelegate(HTML_ROLE, view))
    assert_steady("a view painting with RichTextDelegate", lambda: repaint(view), 200)
