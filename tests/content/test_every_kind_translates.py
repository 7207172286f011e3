"""Every kind of content record can be translated in full, children included: the translation is
built into the reference database, read in its language where the app shows it, and counted."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from pimdesk.content.schema import RECORD_SPECS, Field, RecordSpec
from pimdesk.content.sources import load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore
from pimdesk.store.reference_build import build_reference_database
from tests.store.pack_fixtures import toml_text

_KEEP = re.compile(r"§\s*\d+(?:\.\d+)*|\d+")


def french(english: str, n: int) -> str:
    """A French stand-in for `english` that keeps its numbers and section references."""
    kept = " ".join(_KEEP.findall(english))
    return f"Texte traduit numéro {n} {kept}".strip()


def translated_fields(fields: tuple[Field, ...], row: Mapping[str, Any], n: int) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for spec_field in fields:
        value = row.get(spec_field.name)
        if not spec_field.translatable or value is None:
            continue
        if isinstance(value, list):
            found[spec_field.name] = [french(item, n * 100 + i) for i, item in enumerate(value)]
        else:
            found[spec_field.name] = french(value, n)
    return found


def translation(spec: RecordSpec, record: Mapping[str, Any]) -> dict[str, Any]:
    keys = {name: record[name] for name in spec.key_fields}
    entry = {**keys, **translated_fields(spec.fields, record, 1)}
    for child in spec.children:
        rows = []
        for n, row in enumerate(record.get(child.key, []), 2):
            ids = {child.id_field: row[child.id_field]} if child.id_field else {}
            rows.append({**ids, **translated_fields(child.fields, row, n)})
        if rows:
            entry[child.key] = rows
    return entry


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ReferenceService]]:
    """The bundled content with the first record of every kind translated into Portuguese (a
    language PIM Desk does not ship, so no bundled translation is in the way)."""
    import shutil

    from tests.conftest import CONTENT_SOURCES

    folder = tmp_path_factory.mktemp("every-kind") / "content"
    shutil.copytree(CONTENT_SOURCES, folder)
    base = read_base_records(folder)
    documents: dict[str, dict[str, Any]] = {}
    for spec in RECORD_SPECS:
        document = documents.setdefault(spec.file, {"language": "pt"})
        document[spec.key] = [translation(spec, base[spec.kind][0])]
    (folder / "pt").mkdir()
    for file, document in documents.items():
        (folder / "pt" / file).write_text(toml_text(document), encoding="utf-8")
    stamp_language(folder, "pt", base)
    database = folder.parent / "reference.sqlite"
    build_reference_database(folder, database)
    service = ReferenceService(ReferenceStore(database, "pt"))
    yield folder, service
    service.close()


def test_each_kind_counts_one_record_translated_in_full(
    translated: tuple[Path, ReferenceService],
) -> None:
    folder, _ = translated
    base = read_base_records(folder)
    coverage = load_sources(folder).coverage["pt"]
    assert coverage == {spec.kind: (1, len(base[spec.kind])) for spec in RECORD_SPECS}


def test_the_translated_texts_are_what_the_app_reads(
    translated: tuple[Path, ReferenceService],
) -> None:
    folder, reference = translated
    base = read_base_records(folder)
    first = {spec.kind: base[spec.kind][0] for spec in RECORD_SPECS}
    statement = next(s for s in reference.statements() if s.id == first["statement"]["id"])
    assert statement.text.startswith("Texte traduit numéro 1")
    assert not statement.fallback
    cell = first["cell"]
    items = reference.cell(cell["category"], cell["element"]).items
    assert [item.text.split()[:4] for item in items] == [
        ["Texte", "traduit", "numéro", str(n)] for n in range(2, len(items) + 2)
    ]
    condition = reference.conditions[first["condition"]["id"]]
    assert condition.description.startswith("Texte traduit")
    question = reference.question(first["question"]["id"])
    assert question.text.startswith("Texte traduit")
    relationship = reference.relationship(first["relationship"]["id"])
    assert relationship.explanation.startswith("Texte traduit")
    dimension = next(
        d for d in reference.access_dimensions if d.id == first["access_dimension"]["id"]
    )
    assert all(v.description.startswith("Texte traduit") for v in dimension.variables)
    scenario = reference.scenario(first["scenario"]["id"])
    assert all(item.text.startswith("Texte traduit") for item in scenario.items)
    category = reference.category(first["category"]["id"])
    assert category.status_note.startswith("Texte traduit")
    assert all(t.startswith("Texte traduit") for lst in category.lists for t in lst.items)
    assert not reference.is_untranslated(category.definition)
    term = reference.term(first["term"]["id"])
    assert all(d.text.startswith("Texte traduit") for d in term.definitions)
    challenge = reference.challenge(first["challenge"]["id"])
    assert all(m.startswith("Texte traduit") for m in challenge.mitigations)
    # Provenance stays the English record's.
    assert statement.attribution.source == first["statement"]["source"]
