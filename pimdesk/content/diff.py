"""What replacing one content set by another changes: records added, changed and removed, by kind.

Both sides are rows per table, as `ContentSources.tables` gives them (the reference database's
tables read back give the same shape). A record is its row plus its child rows (a cell and its
items, a term and its definitions), identified by kind, ID and language. The file order
(`sequence`) is not content: moving a record in its file changes nothing a user sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pimdesk.content.schema import RECORD_SPECS, RecordSpec
from pimdesk.domain.content_packs import ContentDiff, KindChanges, RecordChange

Tables = Mapping[str, list[dict[str, Any]]]
Record = dict[str, Any]
_NOT_CONTENT = frozenset({"sequence", "language"})
_LABEL_FIELDS = ("name", "title", "term", "label", "text")
_LABEL_CHARACTERS = 80


def content_diff(old: Tables, new: Tables, from_version: str, to_version: str) -> ContentDiff:
    kinds = []
    for spec in RECORD_SPECS:
        before, after = _records(spec, old), _records(spec, new)
        changes = KindChanges(
            kind=spec.kind,
            added=tuple(_change(key, after[key]) for key in sorted(after.keys() - before.keys())),
            changed=tuple(
                _changed(key, before[key], after[key])
                for key in sorted(after.keys() & before.keys())
                if before[key] != after[key]
            ),
            removed=tuple(
                _change(key, before[key]) for key in sorted(before.keys() - after.keys())
            ),
        )
        if changes.count:
            kinds.append(changes)
    return ContentDiff(from_version, to_version, tuple(kinds))


def _records(spec: RecordSpec, tables: Tables) -> dict[tuple[str, str], Record]:
    """The records of one kind, keyed by (ID, language), with their children folded in."""
    records = {
        (str(row["id"]), str(row["language"])): _content_of(row)
        for row in tables.get(spec.table, [])
    }
    for child in spec.children:
        for row in sorted(tables.get(child.table, []), key=lambda r: int(r["position"])):
            key = (str(row[child.parent_column]), str(row["language"]))
            if key in records:
                item = {k: v for k, v in _content_of(row).items() if k != child.parent_column}
                records[key].setdefault(child.key, []).append(item)
    return records


def _content_of(row: Mapping[str, Any]) -> Record:
    """A row as content: absent and empty optional values are the same, file order is not."""
    return {
        key: value
        for key, value in row.items()
        if key not in _NOT_CONTENT and value is not None and value != []
    }


def _changed_fields(before: Record, after: Record) -> tuple[str, ...]:
    return tuple(
        sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    )


def _change(key: tuple[str, str], record: Record) -> RecordChange:
    record_id, language = key
    return RecordChange(record_id, language, _label(record_id, record))


def _changed(key: tuple[str, str], before: Record, after: Record) -> RecordChange:
    """A changed record, with the text of each changed field before and after, for review."""
    record_id, language = key
    fields = _changed_fields(before, after)
    return RecordChange(
        record_id,
        language,
        _label(record_id, after),
        fields,
        tuple(field_text(before.get(name)) for name in fields),
        tuple(field_text(after.get(name)) for name in fields),
    )


def field_text(value: Any) -> str:
    """A field's value as a reader sees it: lists one item a line, a child record as its text
    followed by its other values ("(source: …)")."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(field_text(item) for item in value)
    if isinstance(value, dict):
        main = next((str(value[k]) for k in _LABEL_FIELDS if isinstance(value.get(k), str)), "")
        rest = "; ".join(
            f"{name}: {field_text(item)}"
            for name, item in value.items()
            if str(item) != main and name != "position"
        )
        return f"{main} ({rest})" if main and rest else main or rest
    return str(value)


def _label(record_id: str, record: Record) -> str:
    for name in _LABEL_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            if len(text) > _LABEL_CHARACTERS:
                return text[: _LABEL_CHARACTERS - 1] + "…"
            return text
    return record_id
