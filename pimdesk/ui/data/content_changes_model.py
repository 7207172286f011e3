"""What a content pack would change, one row per record, for the preview before an update."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.domain.content_packs import ContentDiff, RecordChange
from pimdesk.domain.records import record
from pimdesk.ui.widgets.model_index import ROOT, Index

translate = QCoreApplication.translate
COLUMNS = ("kind", "change", "item", "language", "fields")


def kind_name(kind: str) -> str:
    """A content kind (as a pack's diff names it) in the user's words."""
    names = {
        "statement": translate("ContentChanges", "Framework statement"),
        "category": translate("ContentChanges", "Category"),
        "merged_category": translate("ContentChanges", "Merged category"),
        "element": translate("ContentChanges", "Matrix element"),
        "condition": translate("ContentChanges", "Sharing condition"),
        "cell": translate("ContentChanges", "Matrix cell"),
        "relationship": translate("ContentChanges", "Relationship"),
        "access_dimension": translate("ContentChanges", "Access dimension"),
        "scenario": translate("ContentChanges", "Scenario"),
        "question": translate("ContentChanges", "Question"),
        "challenge": translate("ContentChanges", "Data-sharing challenge"),
        "principle": translate("ContentChanges", "Principle"),
        "term": translate("ContentChanges", "Glossary term"),
    }
    return names.get(kind, kind)


def change_names() -> dict[str, str]:
    return {
        "added": translate("ContentChanges", "added"),
        "changed": translate("ContentChanges", "changed"),
        "removed": translate("ContentChanges", "removed"),
    }


def headers() -> dict[str, str]:
    return {
        "kind": translate("ContentChanges", "Kind"),
        "change": translate("ContentChanges", "Change"),
        "item": translate("ContentChanges", "Item"),
        "language": translate("ContentChanges", "Language"),
        "fields": translate("ContentChanges", "What changed"),
    }


@record
class ChangeRow:
    """One record's change in every language it touches: an edited English definition that
    the translations carry too is one change, not one per language (D19)."""

    kind: str
    change: str  # added, changed or removed
    records: tuple[RecordChange, ...]  # English first, then the translations

    @property
    def record(self) -> RecordChange:
        return self.records[0]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(r.language for r in self.records)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for r in self.records for f in r.fields))


def _english_first(record: RecordChange) -> tuple[bool, str]:
    return (record.language != "en", record.language)


def change_rows(diff: ContentDiff) -> list[ChangeRow]:
    """Kind by kind, as the diff lists them; within a kind: added, changed, then removed; one
    row per record whatever the number of languages it changes in."""
    rows = []
    for kinds in diff.kinds:
        for change, records in (
            ("added", kinds.added),
            ("changed", kinds.changed),
            ("removed", kinds.removed),
        ):
            by_id: dict[str, list[RecordChange]] = {}
            for change_of_record in records:
                by_id.setdefault(change_of_record.id, []).append(change_of_record)
            rows += [
                ChangeRow(kinds.kind, change, tuple(sorted(group, key=_english_first)))
                for group in by_id.values()
            ]
    return rows


def totals_sentence(diff: ContentDiff) -> str:
    """Counted as the table lists them: a record changed in four languages is one change."""
    rows = change_rows(diff)
    counts = {name: sum(1 for r in rows if r.change == name) for name in change_names()}
    return translate(
        "ContentChanges", "{added} added, {changed} changed, {removed} removed"
    ).format(**counts)


class ContentChangesModel(QAbstractTableModel):
    """A thin table over `change_rows(diff)`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._headers = headers()
        self._changes = change_names()

    def set_diff(self, diff: ContentDiff | None) -> None:
        self.beginResetModel()
        self._rows = change_rows(diff) if diff is not None else []
        self.endResetModel()

    def row(self, row: int) -> ChangeRow:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(self._rows[index.row()], COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "item":
            return self._rows[index.row()].record.id
        return None

    def _text(self, row: ChangeRow, column: str) -> str:
        record = row.record
        texts = {
            "kind": kind_name(row.kind),
            "change": self._changes[row.change],
            "item": record.label or record.id,
            "language": ", ".join(row.languages),
            "fields": ", ".join(row.fields),
        }
        return texts[column]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[COLUMNS[section]]
        return None
