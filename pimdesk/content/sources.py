"""Read a folder of content sources into validated rows, reporting every problem found.

The folder holds one TOML file per kind (see `resources/content/SCHEMA.md`) in the base language,
and optional sub-folders named by language code (`fr/`, `ar/`) with translations that reuse the
base IDs. The result is a set of plain rows per database table, the same for the reference build
and for content packs.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pimdesk.content.schema import (
    CONTENT_FILES,
    RECORD_SPECS,
    ChildSpec,
    Field,
    RecordSpec,
)
from pimdesk.content.translations import (
    HASH_FIELD,
    TextPair,
    check_translation,
    is_complete,
    text_pairs,
)
from pimdesk.content.values import EDITORIAL, check_value
from pimdesk.domain.errors import ContentError
from pimdesk.domain.records import record as immutable_record

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

VERSION_PATTERN = re.compile(r"^\d+\.\d+\.\d+$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
# ISO 639-1 codes of languages humanitarian content is commonly written in.
KNOWN_LANGUAGES = frozenset(
    {
        "am",
        "ar",
        "bn",
        "de",
        "en",
        "es",
        "fa",
        "fr",
        "ha",
        "hi",
        "id",
        "it",
        "ku",
        "my",
        "nl",
        "ps",
        "pt",
        "ru",
        "so",
        "sw",
        "th",
        "ti",
        "tr",
        "uk",
        "ur",
        "vi",
        "zh",
    }
)
MAX_SOURCE_FILE_BYTES = 4 * 1024 * 1024
# Bounds that keep a hostile pack (signed by a trusted key, or let in with --allow-unsigned)
# from exhausting the checker: tomllib recurses once per nesting level (20,000 levels raise
# RecursionError), and every footnote and section becomes a citable entry in memory (200
# million footnotes took 16.8 GB). The source document has 9 sections and 7 footnotes.
MAX_TOML_DEPTH = 24
MAX_DOCUMENTS = 50
MAX_SECTIONS = 1000
MAX_FOOTNOTES = 1000
TERMBASE_FILE = "termbase.toml"


@immutable_record
class Problem:
    """One thing wrong in the sources, located as precisely as possible."""

    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.record, self.field) if part)
        return f"{where}: {self.message}"


@immutable_record
class Meta:
    version: str
    date: datetime.date
    title: str
    base_language: str
    documents: tuple[dict[str, Any], ...]


@dataclass
class ContentSources:
    """Validated rows per table, every language included, in a deterministic order."""

    meta: Meta
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Per language and kind: (records fully translated, records). Not part of the content hash.
    coverage: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    # Per language: every translated text beside its English (for the termbase check).
    text_pairs: dict[str, list[TextPair]] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        found = {row["language"] for rows in self.tables.values() for row in rows}
        return tuple(sorted(found | {self.meta.base_language}))

    def content_hash(self) -> str:
        """A SHA-256 of the content itself: the same sources always give the same hash."""
        canonical = json.dumps(
            {"meta": _meta_row(self.meta), "tables": self.tables},
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
            default=str,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _meta_row(meta: Meta) -> dict[str, Any]:
    return {
        "version": meta.version,
        "date": meta.date.isoformat(),
        "title": meta.title,
        "base_language": meta.base_language,
        "documents": list(meta.documents),
    }


def load_sources(folder: Path) -> ContentSources:
    """Load and validate `folder`; raise ContentError listing every problem if there is any."""
    reader = _SourceReader(folder)
    sources = reader.read()
    if reader.problems or sources is None:
        raise ContentError(format_problems(reader.problems))
    return sources


def read_base_records(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The base-language records of `folder` by kind, children nested; ContentError if the base
    language's files do not validate."""
    reader = _SourceReader(folder)
    reader.read()
    base_problems = [p for p in reader.problems if "/" not in p.file]
    if base_problems or not reader.base_records:
        raise ContentError(format_problems(base_problems))
    return reader.base_records


def check_sources(folder: Path) -> list[Problem]:
    """Every problem in `folder`, without raising."""
    reader = _SourceReader(folder)
    reader.read()
    return list(reader.problems)


def format_problems(problems: Iterable[Problem]) -> str:
    listed = list(problems)
    lines = [f"The content sources have {len(listed)} problem(s):"]
    lines += [f"  {problem}" for problem in listed]
    return "\n".join(lines)


class _SourceReader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self.coverage: dict[str, dict[str, tuple[int, int]]] = {}
        self.text_pairs: dict[str, list[TextPair]] = {}
        self.allowed_english: tuple[str, ...] | None = None
        self.base_records: dict[str, list[dict[str, Any]]] = {}

    def problem(self, file: str, record: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(file, record, field_name, message))

    # ------------------------------------------------------------------ files
    def parse(self, path: Path, display: str) -> dict[str, Any] | None:
        text = self.read_text(path, display)
        return None if text is None else self.parse_text(text, display)

    def read_text(self, path: Path, display: str) -> str | None:
        try:
            if path.stat().st_size > MAX_SOURCE_FILE_BYTES:
                self.problem(display, "", "", f"is larger than {MAX_SOURCE_FILE_BYTES} bytes")
                return None
            return path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            self.problem(display, "", "", "is missing")
        except UnicodeDecodeError as error:
            self.problem(display, "", "", f"is not UTF-8 text (byte {error.start})")
        except OSError as error:
            self.problem(display, "", "", f"cannot be read ({error.strerror})")
        return None

    def parse_text(self, text: str, display: str) -> dict[str, Any] | None:
        if toml_nesting_depth(text) > MAX_TOML_DEPTH:
            self.problem(display, "", "", f"is nested deeper than {MAX_TOML_DEPTH} levels")
            return None
        try:
            parsed: dict[str, Any] = tomllib.loads(text)
            return parsed
        except tomllib.TOMLDecodeError as error:
            self.problem(display, "", "", f"is not valid TOML: {error}")
        except ValueError as error:  # an integer of more than 4,300 digits
            self.problem(display, "", "", f"holds a value TOML cannot read ({error})")
        except RecursionError:  # pragma: no cover - the depth check comes first
            self.problem(display, "", "", "is nested too deeply")
        return None

    def read(self) -> ContentSources | None:
        parsed = {name: self.parse(self.folder / name, name) for name in CONTENT_FILES}
        meta = self.read_meta(parsed.get("meta.toml"))
        if meta is None or any(value is None for value in parsed.values()):
            return None
        sections = _known_sections(meta)
        records: dict[str, list[dict[str, Any]]] = {}
        for spec in RECORD_SPECS:
            document = parsed[spec.file]
            assert document is not None
            records[spec.kind] = self.read_records(spec, document, meta.base_language, sections)
        self.check_references(records)
        self.check_kind_rules(records)
        self.base_records = records
        tables = _rows(records)
        for language_folder in sorted(p for p in self.folder.iterdir() if p.is_dir()):
            self.read_translations(language_folder, records, tables, sections, meta)
        for rows in tables.values():
            rows.sort(key=_row_order)
        return ContentSources(meta, tables, self.coverage, self.text_pairs)

    def read_meta(self, document: Mapping[str, Any] | None) -> Meta | None:
        if document is None:
            return None
        file = "meta.toml"
        content = document.get("content")
        if not isinstance(content, dict):
            self.problem(file, "content", "", "the [content] table is missing")
            return None
        version = content.get("version")
        if not isinstance(version, str) or not VERSION_PATTERN.match(version):
            self.problem(file, "content", "version", "must be a version like 1.2.0")
        date = content.get("date")
        if not isinstance(date, datetime.date) or isinstance(date, datetime.datetime):
            self.problem(file, "content", "date", "must be a date like 2026-11-26")
        title = content.get("title")
        if not isinstance(title, str) or not title.strip():
            self.problem(file, "content", "title", "is missing or empty")
        language = self.read_language(document, file, "")
        documents = document.get("document", [])
        if not isinstance(documents, list) or not documents:
            self.problem(file, "document", "", "at least one [[document]] is needed")
            documents = []
        if len(documents) > MAX_DOCUMENTS:
            self.problem(file, "document", "", f"at most {MAX_DOCUMENTS} documents are allowed")
            documents = []
        for index, entry in enumerate(documents, 1):
            self.check_document(entry, file, f"document #{index}")
        if self.problems:
            return None
        assert isinstance(version, str) and isinstance(title, str)
        assert isinstance(date, datetime.date)
        return Meta(version, date, title, language, tuple(dict(d) for d in documents))

    def check_document(self, entry: Any, file: str, record: str) -> None:
        """A cited document: names, and the sections and footnotes sources may cite, each of
        the right type and in bounds (they become a set in memory)."""
        if not isinstance(entry, dict):
            self.problem(file, record, "", "must be a table")
            return
        for key in ("id", "short", "title"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                self.problem(file, record, key, "is missing or empty")
        sections = entry.get("sections", [])
        if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
            self.problem(file, record, "sections", "must be a list of section numbers as text")
        elif len(sections) > MAX_SECTIONS:
            self.problem(file, record, "sections", f"can list at most {MAX_SECTIONS} sections")
        footnotes = entry.get("footnotes", 0)
        if not isinstance(footnotes, int) or isinstance(footnotes, bool):
            self.problem(file, record, "footnotes", "must be a whole number")
        elif not 0 <= footnotes <= MAX_FOOTNOTES:
            self.problem(file, record, "footnotes", f"must be between 0 and {MAX_FOOTNOTES}")

    def read_language(self, document: Mapping[str, Any], file: str, record: str) -> str:
        language = document.get("language")
        if not isinstance(language, str) or not LANGUAGE_PATTERN.match(language):
            self.problem(file, record, "language", "must be a two-letter language code like en")
            return "en"
        if language not in KNOWN_LANGUAGES:
            self.problem(file, record, "language", f"'{language}' is not a known language code")
        return language

    # ------------------------------------------------------------------ records
    def read_records(
        self,
        spec: RecordSpec,
        document: Mapping[str, Any],
        language: str,
        sections: set[str],
        translation: bool = False,
    ) -> list[dict[str, Any]]:
        file = spec.file if not translation else f"{language}/{spec.file}"
        file_language = self.read_language(document, file, "")
        if file_language != language:
            self.problem(file, "", "language", f"must be '{language}' in this file")
        raw = document.get(spec.key, [])
        if not isinstance(raw, list):
            self.problem(file, "", spec.key, f"must be an array of tables ([[{spec.key}]])")
            return []
        records = []
        seen: set[str] = set()
        for index, entry in enumerate(raw, 1):
            record = self.read_record(spec, entry, file, index, sections, translation)
            if record is None:
                continue
            record_id = record["id"]
            if record_id in seen:
                self.problem(file, record_id, "id", f"duplicate {spec.kind} ID")
            seen.add(record_id)
            record["language"] = record.get("language", file_language)
            record["sequence"] = index
            records.append(record)
        if not raw and not translation:
            self.problem(file, "", spec.key, f"no [[{spec.key}]] records")
        return records

    def read_record(
        self,
        spec: RecordSpec,
        entry: Any,
        file: str,
        index: int,
        sections: set[str],
        translation: bool,
    ) -> dict[str, Any] | None:
        if not isinstance(entry, dict):
            self.problem(file, f"{spec.key} #{index}", "", "must be a table")
            return None
        label = _record_label(spec, entry, index)
        record = self.read_fields(
            spec.fields, entry, file, label, sections, translation, spec.key_fields
        )
        if spec.derive_id is not None:
            record["id"] = spec.derive_id(entry)
        elif "id" not in record:
            record["id"] = label
        for child in spec.children:
            record[child.key] = self.read_children(child, entry, file, label, sections, translation)
        known = {f.name for f in spec.fields} | {c.key for c in spec.children} | {"language"}
        if translation:
            known.add(HASH_FIELD)
            if HASH_FIELD in entry:
                record[HASH_FIELD] = entry[HASH_FIELD]
        for key in sorted(set(entry) - known):
            self.problem(file, label, key, "is not a known field")
        if "language" in entry:
            record["language"] = self.read_language(entry, file, label)
        self.check_attribution(record, file, label)
        return record

    def read_children(
        self,
        child: ChildSpec,
        entry: Mapping[str, Any],
        file: str,
        parent: str,
        sections: set[str],
        translation: bool,
    ) -> list[dict[str, Any]]:
        raw = entry.get(child.key, [])
        if not isinstance(raw, list):
            self.problem(
                file, parent, child.key, f"must be an array of tables ([[...{child.key}]])"
            )
            return []
        if not raw and not translation and child.key in ("item", "definition", "variable"):
            self.problem(file, parent, child.key, f"needs at least one [[{child.key}]]")
        rows = []
        known = {f.name for f in child.fields}
        for index, item in enumerate(raw, 1):
            where = f"{parent} {child.key} #{index}"
            if not isinstance(item, dict):
                self.problem(file, where, "", "must be a table")
                continue
            if child.id_field and isinstance(item.get(child.id_field), str):
                where = f"{parent} {child.key} {item[child.id_field]}"
            row = self.read_fields(child.fields, item, file, where, sections, translation)
            for key in sorted(set(item) - known):
                self.problem(file, where, key, "is not a known field")
            if "source" in known and "source" not in row and not translation:
                row["source"] = entry.get("source")
            self.check_attribution(row, file, where)
            row["position"] = index
            rows.append(row)
        if child.id_field:
            ids = [row.get(child.id_field) for row in rows]
            for duplicate in sorted({i for i in ids if i is not None and ids.count(i) > 1}):
                self.problem(file, parent, child.key, f"duplicate ID '{duplicate}'")
        return rows

    def read_fields(
        self,
        fields: tuple[Field, ...],
        entry: Mapping[str, Any],
        file: str,
        label: str,
        sections: set[str],
        translation: bool,
        keys: tuple[str, ...] = ("id",),
    ) -> dict[str, Any]:
        record: dict[str, Any] = {}
        for spec_field in fields:
            needed = spec_field.required and not (translation and spec_field.name not in keys)
            # A translation inherits the English record's provenance: it gives texts only.
            if translation and not (spec_field.translatable or spec_field.name in keys):
                if spec_field.name in entry:
                    self.problem(file, label, spec_field.name, "cannot be translated")
                continue
            value = entry.get(spec_field.name)
            if value is None:
                if needed:
                    self.problem(file, label, spec_field.name, "is required")
                continue
            checked, messages = check_value(spec_field, value, sections)
            for message in messages:
                self.problem(file, label, spec_field.name, message)
            if checked is not None:
                record[spec_field.name] = checked
        return record

    def check_attribution(self, record: Mapping[str, Any], file: str, label: str) -> None:
        if record.get("source") == EDITORIAL and record.get("origin", EDITORIAL) != EDITORIAL:
            self.problem(file, label, "origin", "must be 'editorial' when source is 'editorial'")
        if record.get("origin") == "note" and record.get("source", EDITORIAL) == EDITORIAL:
            self.problem(file, label, "origin", "'note' needs the section it is a note on")
        if record.get("definition_origin") == "source" and record.get("source") == EDITORIAL:
            self.problem(file, label, "definition_origin", "cannot be 'source' without a citation")

    # ------------------------------------------------------------------ cross-checks
    def check_references(self, records: Mapping[str, list[dict[str, Any]]]) -> None:
        ids = {kind: {r["id"] for r in rows} for kind, rows in records.items()}
        for spec in RECORD_SPECS:
            for record in records[spec.kind]:
                self.check_record_refs(spec.file, record["id"], spec.fields, record, ids)
                for child in spec.children:
                    for row in record.get(child.key, []):
                        where = f"{record['id']} {child.key} #{row['position']}"
                        self.check_record_refs(spec.file, where, child.fields, row, ids)

    def check_record_refs(
        self,
        file: str,
        label: str,
        fields: tuple[Field, ...],
        record: Mapping[str, Any],
        ids: Mapping[str, set[str]],
    ) -> None:
        for spec_field in fields:
            if spec_field.ref is None or spec_field.name not in record:
                continue
            value = record[spec_field.name]
            for ref in value if isinstance(value, list) else [value]:
                if ref not in ids.get(spec_field.ref, set()):
                    self.problem(file, label, spec_field.name, f"unknown {spec_field.ref} '{ref}'")

    def check_kind_rules(self, records: Mapping[str, list[dict[str, Any]]]) -> None:
        self.check_cells(records)
        for record in records["relationship"]:
            if record.get("from") == record.get("to"):
                self.problem("relationships.toml", record["id"], "to", "links a category to itself")
        for scenario in records["scenario"]:
            for item in scenario.get("item", []):
                if not item.get("categories"):
                    where = f"{scenario['id']} item {item.get('id')}"
                    self.problem("scenarios.toml", where, "categories", "names no category")
        self.check_term_names(records["term"])
        for record in records["term"]:
            if record["id"] in record.get("related", []):
                self.problem("glossary.toml", record["id"], "related", "relates a term to itself")

    def check_cells(self, records: Mapping[str, list[dict[str, Any]]]) -> None:
        derived = {e["id"] for e in records["element"] if e.get("category_field")}
        cells = {record["id"] for record in records["cell"]}
        for category in records["category"]:
            for element in records["element"]:
                cell = f"{category['id']}.{element['id']}"
                if element["id"] in derived and cell in cells:
                    self.problem("matrix.toml", cell, "element", "this row comes from categories")
                elif element["id"] not in derived and cell not in cells:
                    self.problem("matrix.toml", cell, "", "the matrix has no cell here")

    def check_term_names(self, terms: list[dict[str, Any]]) -> None:
        owners: dict[str, str] = {}
        for record in terms:
            names = [record.get("term", ""), *record.get("aliases", [])]
            for name in names:
                key = name.casefold()
                owner = owners.setdefault(key, record["id"])
                if owner != record["id"]:
                    self.problem(
                        "glossary.toml", record["id"], "aliases", f"'{name}' is also {owner}"
                    )

    # ------------------------------------------------------------------ translations
    def read_translations(
        self,
        folder: Path,
        base: Mapping[str, list[dict[str, Any]]],
        tables: dict[str, list[dict[str, Any]]],
        sections: set[str],
        meta: Meta,
    ) -> None:
        language = folder.name
        if not LANGUAGE_PATTERN.match(language) or language not in KNOWN_LANGUAGES:
            return
        if language == meta.base_language:
            self.problem(folder.name, "", "", "a translation cannot be in the base language")
            return
        if self.allowed_english is None:
            self.allowed_english = self.read_allowed_english()
        termbase = self.allowed_english
        coverage = self.coverage.setdefault(language, {})
        for spec in RECORD_SPECS:
            path = folder / spec.file
            translated = []
            display = f"{language}/{spec.file}"
            if path.exists():
                document = self.parse(path, display)
                if document is not None:
                    translated = self.read_records(
                        spec, document, language, sections, translation=True
                    )
            merged = self.merge_translations(spec, base, translated, display, termbase)
            complete = sum(is_complete(spec, original, record) for original, record in merged)
            coverage[spec.kind] = (complete, len(base[spec.kind]))
            rows = [_merge_translation(spec, en, record, language) for en, record in merged]
            for table, table_rows in _rows({spec.kind: rows}).items():
                tables.setdefault(table, []).extend(table_rows)

    def merge_translations(
        self,
        spec: RecordSpec,
        base: Mapping[str, list[dict[str, Any]]],
        translated: list[dict[str, Any]],
        display: str,
        allowed_english: tuple[str, ...],
    ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(English record, its translation) pairs, after checking each translation."""
        by_id = {record["id"]: record for record in base[spec.kind]}
        language = display.partition("/")[0]
        pairs = []
        for record in translated:
            original = by_id.get(record["id"])
            if original is None:
                self.problem(display, record["id"], "id", f"no {spec.kind} with this ID")
                continue
            for finding in check_translation(spec, original, record, language, allowed_english):
                self.problem(display, finding.where, finding.field, finding.message)
            self.text_pairs.setdefault(language, []).extend(text_pairs(spec, original, record))
            pairs.append((original, record))
        return pairs

    def read_allowed_english(self) -> tuple[str, ...]:
        """The English phrases the termbase allows in translated texts (none without one)."""
        path = self.folder / TERMBASE_FILE
        if not path.is_file():
            return ()
        document = self.parse(path, TERMBASE_FILE)
        allowed = (document or {}).get("allowed_english", [])
        if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
            self.problem(TERMBASE_FILE, "", "allowed_english", "must be a list of texts")
            return ()
        return tuple(allowed)


def _merge_translation(
    spec: RecordSpec, original: Mapping[str, Any], translated: Mapping[str, Any], language: str
) -> dict[str, Any]:
    # The record's own children are merged one by one below; other keys of the same name (a
    # category's `definition` text, a term's `definition` children) are plain fields here.
    kept = (*(child.key for child in spec.children), "sequence", HASH_FIELD)
    merged = {**original, **{k: v for k, v in translated.items() if k not in kept}}
    merged["language"] = language
    for child in spec.children:
        updates = {row["position"]: row for row in translated.get(child.key, [])}
        merged[child.key] = [
            {**row, **updates.get(row["position"], {})} for row in original[child.key]
        ]
    return merged


def _record_label(spec: RecordSpec, entry: Mapping[str, Any], index: int) -> str:
    if spec.derive_id is not None:
        return spec.derive_id(entry)
    value = entry.get("id")
    return value if isinstance(value, str) and value else f"{spec.key} #{index}"


def _rows(records: Mapping[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Flatten records and their children into rows per table."""
    tables: dict[str, list[dict[str, Any]]] = {}
    specs = {spec.kind: spec for spec in RECORD_SPECS}
    for kind, records_of_kind in records.items():
        spec = specs[kind]
        rows = tables.setdefault(spec.table, [])
        for record in records_of_kind:
            row = {k: v for k, v in record.items() if k not in {c.key for c in spec.children}}
            if kind == "relationship":
                row["from_category"] = row.pop("from", None)
                row["to_category"] = row.pop("to", None)
            rows.append(row)
            for child in spec.children:
                child_rows = tables.setdefault(child.table, [])
                for child_row in record.get(child.key, []):
                    child_rows.append(
                        {
                            **child_row,
                            child.parent_column: record["id"],
                            "language": row["language"],
                        }
                    )
    return tables


def _row_order(row: Mapping[str, Any]) -> tuple[str, ...]:
    keys = ("language", "category", "cell", "scenario", "term", "dimension", "position", "id")
    return tuple(str(row.get(key, "")).zfill(6 if key == "position" else 0) for key in keys)


def toml_nesting_depth(text: str) -> int:
    """How deeply arrays and inline tables nest in TOML `text`, counted without parsing it
    (brackets inside strings and comments do not count), so that tomllib is never handed
    nesting deep enough to exhaust its recursion."""
    depth = deepest = 0
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in "\"'":
            index = _after_string(text, index)
            continue
        if char == "#":
            newline = text.find("\n", index)
            index = length if newline < 0 else newline
            continue
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
        index += 1
    return deepest


def _after_string(text: str, start: int) -> int:
    """The index just past the TOML string that opens at `start` (or the end of the text)."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        end = text.find(quote * 3, start + 3)
        return len(text) if end < 0 else end + 3
    index = start + 1
    while index < len(text) and text[index] not in (quote, "\n"):
        index += 2 if quote == '"' and text[index] == "\\" else 1
    return index + 1


def _known_sections(meta: Meta) -> set[str]:
    known: set[str] = set()
    for document in meta.documents:
        known.add(str(document["short"]))  # the document as a whole
        for section in document.get("sections", []):
            known.add(f"{document['short']} §{section}")
        for footnote in range(1, int(document.get("footnotes", 0)) + 1):
            known.add(f"{document['short']} fn {footnote}")
    return known
