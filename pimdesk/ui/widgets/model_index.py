"""What every Qt model here shares: the index types Qt passes in, and the invisible root."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

# Qt hands models either kind of index; both answer row(), column() and isValid().
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# The data role under which a row gives the location it opens (a link such as category/id).
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20  # the heading of the group a list item belongs to


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` current and selected, whole. QTableView.selectRow finds its column at the
    viewport's edge, which in a right-to-left layout can be no column at all: nothing was
    selected in Arabic, and the pane beside the table stayed blank (review P5)."""
    index = view.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(index, flags)
