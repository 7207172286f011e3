"""The PIM Matrix as a table: plain state (what each cell says) and a thin Qt model over it.

Rows are the matrix's elements and columns its categories, as in the source's matrix. A cell
shows a preview; opening it shows the cell in full.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.domain.content import Category, Cell, CellItem, Element
from pimdesk.domain.provenance import ENGLISH_WORDS, Provenance, ProvenanceWords, provenance_of
from pimdesk.domain.records import record
from pimdesk.ui import labels
from pimdesk.ui.locations import link
from pimdesk.ui.widgets.model_index import LOCATION_ROLE, ROOT, Index
from pimdesk.ui.widgets.style import category_swatch

translate = QCoreApplication.translate
# Unicode's left-to-right isolate: an English line keeps its order inside a right-to-left view.
LTR_ISOLATE = "\u2066%s\u2069"
PREVIEW_ITEMS = 4
HEADER_WIDTH = 22  # characters per line of a wrapped header


@record
class MatrixState:
    """What the grid shows. No widgets: tests and the model read the same state."""

    categories: tuple[Category, ...]
    elements: tuple[Element, ...]
    cells: Mapping[tuple[str, str], Cell]
    words: ProvenanceWords = ENGLISH_WORDS  # the provenance marks, in the content's language

    def cell(self, row: int, column: int) -> Cell:
        return self.cells[(self.categories[column].id, self.elements[row].id)]

    def item_provenance(self, item: CellItem) -> Provenance:
        attribution = item.attribution
        return provenance_of(attribution.origin, attribution.source, item.kind, self.words)

    def preview(self, row: int, column: int) -> str:
        """The first items of a cell, one a line, examples marked, PIM Desk's notes and
        illustrations marked in words (an editorial definition under an agreed category too);
        '…' when there is more."""
        cell = self.cell(row, column)
        example = translate("Matrix", "e.g.")
        lines = [
            (f"{example} {item.text}" if item.is_example else f"• {item.text}") + self._mark(item)
            for item in cell.items[:PREVIEW_ITEMS]
        ]
        hidden = len(cell.items) - PREVIEW_ITEMS
        if hidden > 0:
            lines.append(
                translate("Matrix", "… and {count} more: open the cell").format(count=hidden)
            )
        if cell.fallback:  # English shown for want of a translation: marked, and read LTR (D6)
            lines = [f"[{translate('Pages', 'English')}]", *(LTR_ISOLATE % line for line in lines)]
        return "\n".join(lines)

    def _mark(self, item: CellItem) -> str:
        value = self.item_provenance(item)
        return "" if value.is_source else f" [{value.mark}]"

    def sources(self, row: int, column: int) -> str:
        """Where a cell's items come from, each place once: 'PIM WM2 2015 §9.6; PIM Desk's
        illustration — not from the source'."""
        labels = dict.fromkeys(self.item_provenance(i).label for i in self.cell(row, column).items)
        return "; ".join(labels)

    def definition_provenance(self, column: int) -> str:
        """Where the category's definition comes from, in full."""
        category = self.categories[column]
        return provenance_of(category.definition_origin, category.source, words=self.words).label

    def column_header(self, column: int, width: int = HEADER_WIDTH) -> str:
        category = self.categories[column]
        narrow = width < HEADER_WIDTH
        lines = (
            wrap_name(category.name, width)
            if narrow
            else textwrap.wrap(category.name, width, break_long_words=False)
        )
        badge = labels.status_badge(category.status)
        if badge:  # on a line of its own; wrapped too in the compact view's narrow columns
            marker = f"[{badge}]"
            lines += textwrap.wrap(marker, width, break_long_words=False) if narrow else [marker]
        return "\n".join(lines)

    def row_header(self, row: int, width: int = HEADER_WIDTH - 4) -> str:
        return "\n".join(textwrap.wrap(self.elements[row].name, width))


def wrap_name(name: str, width: int) -> list[str]:
    """`name` in lines of about `width` letters, broken at spaces, hyphens and also after a
    slash ("l’information/autres"), as the cells' text is: narrow columns need short lines."""
    spaced = name.replace("/", "/\u2063 ")  # a marked space, taken out again below
    lines = textwrap.wrap(spaced, width, break_long_words=False)
    return [line.replace("\u2063 ", "").replace("\u2063", "") for line in lines]


class MatrixModel(QAbstractTableModel):
    def __init__(self, state: MatrixState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.header_width = HEADER_WIDTH

    def set_header_width(self, letters: int) -> None:
        """Wrap the category names at `letters` a line (narrow columns: more, shorter lines)."""
        if letters != self.header_width:
            self.header_width = letters
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    @property
    def row_header_width(self) -> int:
        """Letters a line of an element's name: narrower beside narrow columns, so that the
        eight categories get the room (1280 px in French and Spanish)."""
        return self.header_width if self.header_width < HEADER_WIDTH else HEADER_WIDTH - 4

    @property
    def state(self) -> MatrixState:
        return self._state

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._state.elements)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._state.categories)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._state.preview(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return translate(
                "Matrix", "{category}: {element} ({sources}). Press Enter to open the cell."
            ).format(
                category=self._state.categories[column].name,
                element=self._state.elements[row].name,
                sources=self._state.sources(row, column),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            start = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            if self._state.cell(row, column).fallback:  # English starts on the left, even in Arabic
                start |= Qt.AlignmentFlag.AlignAbsolute
            return int(start)
        if role == LOCATION_ROLE:
            return link("cell", self._state.cell(row, column).id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        count = len(self._state.categories if horizontal else self._state.elements)
        if not 0 <= section < count:
            return None
        if horizontal:
            return self._category_header(section, role)
        return self._element_header(section, role)

    def _category_header(self, section: int, role: int) -> Any:
        category = self._state.categories[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._state.column_header(section, self.header_width)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "Matrix", "{name}: {status}. Definition: {provenance}. Click to open the category."
            ).format(
                name=category.name,
                status=labels.status_label(category.status),
                provenance=self._state.definition_provenance(section),
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return category_swatch(category.id)
        return link("category", category.id) if role == LOCATION_ROLE else None

    def _element_header(self, section: int, role: int) -> Any:
        element = self._state.elements[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._state.row_header(section, self.row_header_width)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Matrix", "{name}: click to see this row for every category.").format(
                name=element.name
            )
        return link("element", element.id) if role == LOCATION_ROLE else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
