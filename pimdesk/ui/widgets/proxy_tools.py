"""Re-run a proxy model's row filter after its criteria change, on every supported Qt 6."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter_rows(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply `change` (new filter criteria) and refilter the rows.

    Qt 6.10 replaced `invalidateRowsFilter()` (now deprecated, and deprecation warnings fail
    the tests) with the begin/end pair; older Qt 6 only has the former.
    """
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt < 6.10
        change()
        proxy.invalidateRowsFilter()
