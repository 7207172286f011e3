"""Read the reference database (read-only) into domain records, in a language with fallback.

Plain `sqlite3`, not sqlite-utils: this is on the start-up path and only reads. The file is
opened with `mode=ro&immutable=1`, so a read-only install folder is never written to.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pimdesk.domain.content import (
    AccessDimension,
    AccessVariable,
    Attribution,
    Category,
    CategoryList,
    CategoryStatus,
    Cell,
    CellItem,
    Challenge,
    Condition,
    ContentInfo,
    Definition,
    Document,
    Element,
    ItemKind,
    MergedCategory,
    Principle,
    Priority,
    Question,
    Relationship,
    Scenario,
    ScenarioItem,
    Statement,
    Term,
    TranslationCoverage,
)
from pimdesk.domain.errors import ReferenceDatabaseError
from pimdesk.domain.text import index_key
from pimdesk.store.reference_schema import SCHEMA_VERSION

Row = sqlite3.Row
REINSTALL_ADVICE = "Reinstall PIM Desk, or in a source checkout run `make content`."


def _attribution(row: Row) -> Attribution:
    return Attribution(source=row["source"], origin=row["origin"])


def _list(value: str | None) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value else ()


class ReferenceStore:
    """The bundled PIM content, in one active language with English as the fallback."""

    def __init__(self, path: Path, language: str = "en") -> None:
        self.path = path
        self.language = language
        self._connection = open_read_only(path)
        self.base_language = self._meta().get("base_language", "en")
        self._cache: dict[str, Any] = {}

    def close(self) -> None:
        self._connection.close()

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._connection
        except sqlite3.DatabaseError as error:
            raise ReferenceDatabaseError(
                f"The reference database {self.path} cannot be read ({error}). {REINSTALL_ADVICE}"
            ) from error

    def _meta(self) -> dict[str, str]:
        with self._reading() as connection:
            return dict(connection.execute("SELECT key, value FROM meta").fetchall())

    def _rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._reading() as connection:
            return connection.execute(sql, parameters).fetchall()

    def _localised(self, table: str, order: str = "sequence") -> list[tuple[Row, bool]]:
        """Rows of `table` in the active language, or the base language where untranslated."""
        key = f"rows:{table}"
        if key not in self._cache:
            rows = self._rows(
                f"SELECT * FROM {table} WHERE language IN (?, ?) ORDER BY {order}",
                (self.language, self.base_language),
            )
            chosen: dict[str, Row] = {}
            for row in rows:
                if row["id"] not in chosen or row["language"] == self.language:
                    chosen[row["id"]] = row
            ordered = [row for row in rows if chosen[row["id"]] is row]
            self._cache[key] = [(row, row["language"] != self.language) for row in ordered]
        result: list[tuple[Row, bool]] = self._cache[key]
        return result

    def _children(self, table: str, parent: str) -> dict[tuple[str, str], list[Row]]:
        key = f"children:{table}"
        if key not in self._cache:
            grouped: dict[tuple[str, str], list[Row]] = {}
            rows = self._rows(
                f"SELECT * FROM {table} WHERE language IN (?, ?) ORDER BY position",
                (self.language, self.base_language),
            )
            for row in rows:
                grouped.setdefault((row[parent], row["language"]), []).append(row)
            self._cache[key] = grouped
        result: dict[tuple[str, str], list[Row]] = self._cache[key]
        return result

    # ------------------------------------------------------------------ languages
    def untranslated_texts(self) -> frozenset[str]:
        """The long texts (definitions, explanations, items...) shown in the base language
        because the active language has no translation of them; empty in the base language."""
        if self.language == self.base_language:
            return frozenset()
        if "untranslated" not in self._cache:
            from pimdesk.store.translation_coverage import untranslated_texts  # other languages

            self._cache["untranslated"] = untranslated_texts(
                self._rows, self.language, self.base_language
            )
        result: frozenset[str] = self._cache["untranslated"]
        return result

    def base_names(self, table: str, column: str) -> dict[str, str]:
        """Each record's `column` (a name) in the base language, by ID."""
        rows = self._rows(
            f"SELECT id, {column} FROM {table} WHERE language = ?", (self.base_language,)
        )
        return {row["id"]: row[column] for row in rows}

    # ------------------------------------------------------------------ content
    def info(self) -> ContentInfo:
        meta = self._meta()
        documents = tuple(
            Document(d["id"], d["short"], d["title"]) for d in json.loads(meta["documents"])
        )
        return ContentInfo(
            version=meta["content_version"],
            date=datetime.date.fromisoformat(meta["content_date"]),
            title=meta["content_title"],
            content_hash=meta["content_hash"],
            schema_version=int(meta["schema_version"]),
            languages=tuple(json.loads(meta["languages"])),
            documents=documents,
            coverage=tuple(
                TranslationCoverage.from_counts(language, counts)
                # Databases built before coverage was recorded have none.
                for language, counts in json.loads(meta.get("translation_coverage", "{}")).items()
            ),
        )

    def categories(self) -> list[Category]:
        lists = self._children("category_lists", "category")
        return [
            Category(
                id=row["id"],
                name=row["name"],
                former_names=_list(row["former_names"]),
                position=row["position"],
                status=CategoryStatus(row["status"]),
                status_note=row["status_note"],
                definition=row["definition"],
                definition_origin=row["definition_origin"],
                purpose=row["purpose"],
                explanation=row["explanation"],
                explanation_origin=row["explanation_origin"],
                source=row["source"],
                lists=tuple(
                    CategoryList(r["id"], r["title"], _list(r["items"]), _attribution(r))
                    for r in lists.get((row["id"], row["language"]), [])
                ),
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("categories", order="position, sequence")
        ]

    def merged_categories(self) -> list[MergedCategory]:
        return [
            MergedCategory(
                row["id"],
                row["name"],
                row["merged_into"],
                row["explanation"],
                _attribution(row),
                row["language"],
            )
            for row, _ in self._localised("merged_categories")
        ]

    def elements(self) -> list[Element]:
        return [
            Element(
                id=row["id"],
                name=row["name"],
                position=row["position"],
                description=row["description"],
                later_names=_list(row["later_names"]),
                category_field=row["category_field"],
                attribution=_attribution(row),
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("elements", order="position, sequence")
        ]

    def conditions(self) -> list[Condition]:
        return [
            Condition(
                row["id"], row["label"], row["description"], _attribution(row), row["language"]
            )
            for row, _ in self._localised("conditions")
        ]

    def cells(self) -> list[Cell]:
        """Every cell of the matrix, including the rows derived from category fields."""
        items = self._children("cell_items", "cell")
        cells = [
            Cell(
                category=row["category"],
                element=row["element"],
                items=tuple(
                    CellItem(
                        text=item["text"],
                        kind=ItemKind(item["kind"]),
                        attribution=_attribution(item),
                        conditions=_list(item["conditions"]),
                    )
                    for item in items.get((row["id"], row["language"]), [])
                ),
                source=row["source"],
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("cells")
        ]
        return cells + self._derived_cells()

    def _derived_cells(self) -> list[Cell]:
        derived = []
        for element in self.elements():
            if element.category_field != "definition":
                continue
            for category in self.categories():
                origin = category.definition_origin
                items = (
                    CellItem(
                        category.definition, ItemKind.ITEM, Attribution(category.source, origin)
                    ),
                    CellItem(category.purpose, ItemKind.ITEM, Attribution(category.source, origin)),
                )
                # A translated name does not make the definition translated: the row is
                # shown in English (and marked so) when its texts are.
                english = {category.definition, category.purpose} & self.untranslated_texts()
                derived.append(
                    Cell(
                        category.id,
                        element.id,
                        items,
                        category.source,
                        category.language,
                        category.fallback or bool(english),
                    )
                )
        return derived

    def relationships(self) -> list[Relationship]:
        return [
            Relationship(
                row["id"],
                row["from_category"],
                row["to_category"],
                row["kind"],
                row["explanation"],
                _attribution(row),
                row["language"],
            )
            for row, _ in self._localised("relationships")
        ]

    def access_dimensions(self) -> list[AccessDimension]:
        variables = self._children("access_variables", "dimension")
        return [
            AccessDimension(
                id=row["id"],
                name=row["name"],
                position=row["position"],
                variables=tuple(
                    AccessVariable(v["id"], v["name"], v["description"])
                    for v in variables.get((row["id"], row["language"]), [])
                ),
                attribution=_attribution(row),
                language=row["language"],
            )
            for row, _ in self._localised("access_dimensions", order="position, sequence")
        ]

    def scenarios(self) -> list[Scenario]:
        items = self._children("scenario_items", "scenario")
        return [
            Scenario(
                id=row["id"],
                name=row["name"],
                position=row["position"],
                description=row["description"],
                items=tuple(
                    ScenarioItem(
                        id=item["id"],
                        scenario=row["id"],
                        priority=Priority(item["priority"]),
                        text=item["text"],
                        categories=_list(item["categories"]),
                        attribution=_attribution(item),
                    )
                    for item in items.get((row["id"], row["language"]), [])
                ),
                attribution=_attribution(row),
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("scenarios", order="position, sequence")
        ]

    def questions(self) -> list[Question]:
        return [
            Question(
                row["id"],
                row["text"],
                _list(row["categories"]),
                _list(row["scenarios"]),
                _attribution(row),
                row["language"],
            )
            for row, _ in self._localised("questions")
        ]

    def challenges(self) -> list[Challenge]:
        return [
            Challenge(
                id=row["id"],
                name=row["name"],
                position=row["position"],
                description=row["description"],
                mitigations=_list(row["mitigations"]),
                principles=_list(row["principles"]),
                categories=_list(row["categories"]),
                attribution=_attribution(row),
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("challenges", order="position, sequence")
        ]

    def principles(self) -> list[Principle]:
        return [
            Principle(
                row["id"],
                row["name"],
                row["later_name"],
                row["position"],
                row["explanation"],
                _attribution(row),
                row["language"],
                fallback,
            )
            for row, fallback in self._localised("principles", order="position, sequence")
        ]

    def statements(self, kind: str | None = None) -> list[Statement]:
        return [
            Statement(
                row["id"],
                row["kind"],
                row["title"],
                row["text"],
                row["position"],
                row["status"],
                _attribution(row),
                row["language"],
                fallback,
            )
            for row, fallback in self._localised("statements", order="kind, position, sequence")
            if kind is None or row["kind"] == kind
        ]

    def terms(self) -> list[Term]:
        definitions = self._children("term_definitions", "term")
        terms = [
            Term(
                id=row["id"],
                term=row["term"],
                aliases=_list(row["aliases"]),
                related=_list(row["related"]),
                categories=_list(row["categories"]),
                definitions=tuple(
                    Definition(d["text"], _attribution(d))
                    for d in definitions.get((row["id"], row["language"]), [])
                ),
                language=row["language"],
                fallback=fallback,
            )
            for row, fallback in self._localised("terms")
        ]
        return sorted(terms, key=lambda term: (index_key(term.term), term.term.casefold()))


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open the reference database read-only and check that it is one this app can read."""
    if not path.is_file():
        raise ReferenceDatabaseError(
            f"The reference database {path} is missing. {REINSTALL_ADVICE}"
        )
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("SELECT count(*) FROM meta").fetchone()
    except sqlite3.DatabaseError as error:
        raise ReferenceDatabaseError(
            f"The reference database {path} is damaged ({error}). {REINSTALL_ADVICE}"
        ) from error
    if version != SCHEMA_VERSION:
        connection.close()
        raise ReferenceDatabaseError(
            f"The reference database {path} has schema version {version}; this PIM Desk reads "
            f"version {SCHEMA_VERSION}. {REINSTALL_ADVICE}"
        )
    return connection
