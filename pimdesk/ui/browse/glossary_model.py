"""The glossary's term list: a thin model over the terms, and a filter that matches as you type.

The filter looks at the term, its aliases, ignoring case and accents ('refoul' finds
'Refoulement', 'cafe' would find 'café').
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from pimdesk.domain.content import Term
from pimdesk.domain.text import fold
from pimdesk.ui.locations import link
from pimdesk.ui.widgets.model_index import LOCATION_ROLE, ROOT, Index
from pimdesk.ui.widgets.proxy_tools import refilter_rows

translate = QCoreApplication.translate
TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 3
LETTER_ROLE = Qt.ItemDataRole.UserRole + 4


class TermListModel(QAbstractListModel):
    def __init__(self, terms: Sequence[Term], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms = tuple(terms)
        self._search_text = tuple(fold(" ".join((t.term, *t.aliases))) for t in self._terms)

    def term(self, row: int) -> Term:
        return self._terms[row]

    def row_of(self, term_id: str) -> int:
        for row, term in enumerate(self._terms):
            if term.id == term_id:
                return row
        return -1

    def search_text(self, row: int) -> str:
        return self._search_text[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._terms)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._aliases(term)
        values = {
            Qt.ItemDataRole.DisplayRole: (
                f"{term.term} [{translate('Pages', 'English')}]" if term.fallback else term.term
            ),
            TERM_ID_ROLE: term.id,
            LOCATION_ROLE: link("term", term.id),
            LETTER_ROLE: term.letter,
        }
        return values.get(role)

    @staticmethod
    def _aliases(term: Term) -> str | None:
        if not term.aliases:
            return None
        return translate("Glossary", "Also: {names}").format(names="; ".join(term.aliases))


class TermFilter(QSortFilterProxyModel):
    """Keeps the terms whose name or alias contains every word typed, in any order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_text(self, value: str) -> None:
        def change() -> None:
            self._words = tuple(fold(value).split())

        refilter_rows(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, TermListModel):
            return True
        haystack = model.search_text(source_row)
        return all(word in haystack for word in self._words)

    def first_row_with_letter(self, letter: str) -> int:
        """The first visible row under `letter`, or the next letter's, or -1."""
        for row in range(self.rowCount()):
            current = self.index(row, 0).data(LETTER_ROLE) or ""
            if current >= letter:
                return row
        return -1
