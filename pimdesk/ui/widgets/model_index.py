"""What every Qt model here shares: the index types Qt passes in, and the invisible root."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

# Qt hands models either kind of index; both answer row(), column() and isValid().
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# The data role under which a row gives the location it opens (a link such as category/id).
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20  # the heading of the group a list item belongs to
