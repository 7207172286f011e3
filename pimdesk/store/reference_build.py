"""Build the read-only reference database from validated content sources, with sqlite-utils.

The build is deterministic: the same sources give the same rows, the same content hash and
the same file. It writes to a temporary file beside the target and renames it into place, so a
failed build never leaves a half-written database behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from pimdesk.content.schema import RECORD_SPECS, FieldType
from pimdesk.content.sources import ContentSources, load_sources
from pimdesk.domain.language_folding import fold_words
from pimdesk.domain.search import KEYWORDS_MARK, SEARCH_KINDS
from pimdesk.domain.text import deletes, fold, words
from pimdesk.store.reference_schema import SCHEMA_VERSION, SEARCH_LAYOUT_KEY, language_stride

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
MIN_VOCABULARY_WORD = 3
MIN_VARIANT_WORD = 4
KIND_ORDER = {kind: index for index, kind in enumerate(SEARCH_KINDS)}


def build_reference_database(sources_dir: Path, target: Path) -> ContentSources:
    """Validate `sources_dir` and write the reference database to `target` atomically."""
    sources = load_sources(sources_dir)
    write_reference_database(sources, target)
    return sources


def write_reference_database(sources: ContentSources, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.building")
    temporary.unlink(missing_ok=True)
    try:
        _write(sources, temporary)
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def _write(sources: ContentSources, path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        db = sqlite_utils.Database(connection)
        with db.conn:
            _create_content_tables(db)
            for table, rows in sources.tables.items():
                db.table(table).insert_all(_storable(rows))
            _write_meta(db, sources)
            documents = search_documents(sources.tables)
            base = sources.meta.base_language
            _write_search_index(db, without_copied_bodies(documents, base), base)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.vacuum()
        _check(connection)
    finally:
        connection.close()


def _check(connection: sqlite3.Connection) -> None:
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":  # pragma: no cover - would mean SQLite itself failed
        raise RuntimeError(f"the new reference database failed its integrity check: {result}")


def _column_type(field_type: FieldType) -> type:
    return int if field_type is FieldType.INT else str


def _create_content_tables(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    for spec in RECORD_SPECS:
        columns: dict[str, type] = {"id": str, "language": str, "sequence": int}
        for spec_field in spec.fields:
            name = {"from": "from_category", "to": "to_category"}.get(
                spec_field.name, spec_field.name
            )
            columns[name] = _column_type(spec_field.type)
        db.table(spec.table).create(columns, pk=("id", "language"), not_null={"id", "language"})
        for child in spec.children:
            child_columns: dict[str, type] = {child.parent_column: str, "language": str}
            child_columns["position"] = int
            for child_field in child.fields:
                child_columns[child_field.name] = _column_type(child_field.type)
            pk = (child.parent_column, "language", "position")
            db.table(child.table).create(child_columns, pk=pk)
            if child.id_field:
                db.table(child.table).create_index([child.id_field, "language"], unique=True)


def _storable(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [
        {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()}
        for row in rows
    ]


def _write_meta(db: sqlite_utils.Database, sources: ContentSources) -> None:
    meta = sources.meta
    values = {
        "content_version": meta.version,
        "content_date": meta.date.isoformat(),
        "content_title": meta.title,
        "content_hash": sources.content_hash(),
        "base_language": meta.base_language,
        "languages": json.dumps(list(sources.languages)),
        "documents": json.dumps(list(meta.documents), ensure_ascii=False),
        "schema_version": str(SCHEMA_VERSION),
        "translation_coverage": json.dumps(sources.coverage),
    }
    db.table("meta").insert_all([{"key": k, "value": v} for k, v in values.items()])


# ---------------------------------------------------------------------------- search


def _names(rows: Iterable[Mapping[str, Any]], field: str) -> dict[tuple[str, str], str]:
    return {(row["id"], row["language"]): row[field] for row in rows}


def _joined(*parts: Any) -> str:
    flat: list[str] = []
    for part in parts:
        if isinstance(part, list | tuple):
            flat += [str(p) for p in part if p]
        elif part:
            flat.append(str(part))
    return "\n".join(flat)


def _keyworded(text: str, keywords: Any) -> str:
    """A body whose keywords the index reads but a snippet never shows (domain/search.py)."""
    extra = _joined(keywords)
    return f"{text}{KEYWORDS_MARK}{extra}" if extra else text


def _children(rows: Iterable[Mapping[str, Any]], parent: str) -> dict[tuple[str, str], list[Any]]:
    grouped: dict[tuple[str, str], list[Any]] = {}
    for row in sorted(rows, key=lambda r: r["position"]):
        grouped.setdefault((row[parent], row["language"]), []).append(row)
    return grouped


def search_documents(tables: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One searchable document (kind, id, language, title, body) per thing a user can open."""
    get = tables.get
    category_names = _names(get("categories", []), "name")
    element_names = _names(get("elements", []), "name")
    lists = _children(get("category_lists", []), "category")
    items = _children(get("cell_items", []), "cell")
    scenario_items = _children(get("scenario_items", []), "scenario")
    variables = _children(get("access_variables", []), "dimension")
    definitions = _children(get("term_definitions", []), "term")
    documents: list[dict[str, Any]] = []

    def add(kind: str, row: Mapping[str, Any], title: str, body: str) -> None:
        documents.append(
            {
                "kind": kind,
                "ref_id": row["id"],
                "language": row["language"],
                "title": title,
                "body": body,
            }
        )

    for row in get("categories", []):
        key = (row["id"], row["language"])
        listed = [_joined(entry["title"], entry["items"]) for entry in lists.get(key, [])]
        body = _joined(row["definition"], row["purpose"], row["explanation"], listed)
        add("category", row, row["name"], _keyworded(body, row.get("former_names")))
    for row in get("cells", []):
        language = row["language"]
        title = (
            f"{category_names.get((row['category'], language), row['category'])} — "
            f"{element_names.get((row['element'], language), row['element'])}"
        )
        add("cell", row, title, _joined([i["text"] for i in items.get((row["id"], language), [])]))
    for row in get("elements", []):
        add("element", row, row["name"], _keyworded(row["description"], row.get("later_names")))
    for row in get("terms", []):
        texts = [d["text"] for d in definitions.get((row["id"], row["language"]), [])]
        add("term", row, row["term"], _keyworded(_joined(texts), row.get("aliases")))
    for row in get("principles", []):
        add("principle", row, row["name"], _keyworded(row["explanation"], row.get("later_name")))
    for row in get("scenarios", []):
        texts = [i["text"] for i in scenario_items.get((row["id"], row["language"]), [])]
        add("scenario", row, row["name"], _joined(row["description"], texts))
    for row in get("questions", []):
        add("question", row, row["text"], "")
    for row in get("challenges", []):
        add("challenge", row, row["name"], _joined(row["description"], row["mitigations"]))
    for row in get("access_dimensions", []):
        found = variables.get((row["id"], row["language"]), [])
        add(
            "access",
            row,
            row["name"],
            _joined([_joined(v["name"], v["description"]) for v in found]),
        )
    for row in get("statements", []):
        add("statement", row, row["title"], row["text"])
    for row in get("relationships", []):
        language = row["language"]
        title = (
            f"{category_names.get((row['from_category'], language), row['from_category'])} → "
            f"{category_names.get((row['to_category'], language), row['to_category'])}"
        )
        add("relationship", row, title, row["explanation"])
    for row in get("merged_categories", []):
        add("merged_category", row, row["name"], row["explanation"])
    return documents


def without_copied_bodies(
    documents: list[dict[str, Any]], base_language: str
) -> list[dict[str, Any]]:
    """The documents with the body of a translation dropped where it is the base language's
    text, copied because only the record's name was translated: the base-language document
    holds that text already, and search reads both languages (indexing it once per language
    would more than double the database)."""
    base = {
        (d["kind"], d["ref_id"]): d["body"] for d in documents if d["language"] == base_language
    }
    return [
        {**d, "body": ""}
        if d["language"] != base_language and base.get((d["kind"], d["ref_id"])) == d["body"]
        else d
        for d in documents
    ]


def _importance(document: dict[str, Any]) -> tuple[int, str, str, str]:
    """Most important first: a large result set is cut at its first rows (see store/search.py)."""
    kind = KIND_ORDER.get(document["kind"], len(KIND_ORDER))
    return (kind, document["title"].casefold(), document["ref_id"], document["language"])


def search_languages(documents: Iterable[Mapping[str, Any]], base_language: str) -> list[str]:
    """The languages of the search documents in the order of their rowid ranges: base first."""
    others = sorted({document["language"] for document in documents} - {base_language})
    return [base_language, *others]


def by_language(
    documents: list[dict[str, Any]], base_language: str
) -> tuple[dict[str, Any], list[tuple[int, dict[str, Any]]]]:
    """The search layout (store/reference_schema.py) and each document with its rowid, in
    rowid order: the documents of one language fill one rowid range, so search filters a
    language on the rowid inside the full-text index instead of joining `search_docs`; within
    the range a rowid keeps its document's place among all of them, most important first."""
    languages = search_languages(documents, base_language)
    slot = {language: index for index, language in enumerate(languages)}
    stride = language_stride(len(documents))
    numbered = [
        (slot[document["language"]] * stride + place, document)
        for place, document in enumerate(sorted(documents, key=_importance), 1)
    ]
    layout = {"stride": stride, "languages": languages}
    return layout, sorted(numbered, key=lambda pair: pair[0])


def _write_search_index(
    db: sqlite_utils.Database, documents: list[dict[str, Any]], base_language: str
) -> None:
    layout, numbered = by_language(documents, base_language)
    db.table("meta").insert({"key": SEARCH_LAYOUT_KEY, "value": json.dumps(layout)})
    db.table("search_docs").insert_all(
        (
            {
                "rowid": rowid,
                **document,
                "folded_title": stored_fold(document["title"]),
                "folded_body": stored_fold(document["body"]),
            }
            for rowid, document in numbered
        ),
        pk="rowid",
        columns={
            "rowid": int,
            "kind": str,
            "ref_id": str,
            "language": str,
            "title": str,
            "body": str,
            "folded_title": str,
            "folded_body": str,
        },
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', "
        f"content_rowid='rowid', tokenize='{FTS_TOKENIZER}', prefix='1 2 3')"
    )
    # The folded and the stemmed texts are only ever matched, never shown: their indexes keep no
    # copy of them (contentless), which keeps the shipped database small.
    db.execute(
        "CREATE VIRTUAL TABLE search_trigram USING fts5(folded_title, folded_body, "
        "content='', tokenize='trigram')"
    )
    # Each document's words folded by the rules of its own language (articles, plurals, the
    # Arabic article and letter variants), for queries in that language (store/search.py).
    db.execute(
        "CREATE VIRTUAL TABLE search_stems USING fts5(stemmed_title, stemmed_body, "
        f"content='', tokenize='{FTS_TOKENIZER}', prefix='2 3')"
    )
    db.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    for rowid, document in numbered:
        title, body, language = document["title"], document["body"], document["language"]
        db.execute(
            "INSERT INTO search_trigram(rowid, folded_title, folded_body) VALUES (?, ?, ?)",
            [rowid, _folded(title), _folded(body)],
        )
        # Only translations: the base language is searched by its own index above.
        db.execute(
            "INSERT INTO search_stems(rowid, stemmed_title, stemmed_body) VALUES (?, ?, ?)",
            [
                rowid,
                _stemmed(title, language, base_language),
                _stemmed(body, language, base_language),
            ],
        )
    _write_vocabulary(db, [document for _, document in numbered])


def stored_fold(text: str) -> str | None:
    """`fold(text)` as search stores it beside the text, so a keystroke marks matches without
    folding each result again; None (nothing stored) where lower-casing gives the same, as
    for all English text: what the shown results need costs no more room in the package."""
    folded = fold(text)
    return None if folded == text.lower() else folded


def _folded(text: str) -> str:
    return " ".join(words(text))


def _stemmed(text: str, language: str, base_language: str) -> str:
    return "" if language == base_language else " ".join(fold_words(text, language))


def _write_vocabulary(db: sqlite_utils.Database, documents: list[dict[str, Any]]) -> None:
    """The words of the content with their frequency, and their one-deletion variants.

    The variants make "did you mean" a handful of indexed lookups (symmetric deletion), so a
    misspelt query costs no more than a correct one however large the content grows.
    """
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(
            word
            for word in words(f"{document['title']} {document['body']}")
            if len(word) >= MIN_VOCABULARY_WORD and not word.isdigit()
        )
    vocabulary = sorted(counts.items())
    # WITHOUT ROWID: the key is the row, so the table is not stored twice (as a table and as its
    # key's index); for the variants that halves the largest table of the database.
    db.execute(
        "CREATE TABLE search_vocabulary (word TEXT PRIMARY KEY, count INTEGER) WITHOUT ROWID"
    )
    db.table("search_vocabulary").insert_all(
        ({"word": word, "count": count} for word, count in vocabulary)
    )
    variants = sorted(
        {
            (variant, word)
            for word, _ in vocabulary
            if len(word) >= MIN_VARIANT_WORD
            for variant in deletes(word)
        }
    )
    db.execute(
        "CREATE TABLE search_variants (variant TEXT, word TEXT, PRIMARY KEY (variant, word))"
        " WITHOUT ROWID"
    )
    db.table("search_variants").insert_all(
        {"variant": variant, "word": word} for variant, word in variants
    )
