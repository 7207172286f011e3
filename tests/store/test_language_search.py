"""Search in French, Spanish and Arabic finds the language's own words first, in the grammatical
forms a reader types (articles, elision, plurals, the Arabic article and attached prepositions,
diacritics and tatweel), with English as the fallback."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.domain.language_folding import fold_words
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore


@pytest.fixture(scope="module")
def in_language(reference_db: Path) -> Iterator[dict[str, ReferenceService]]:
    opened = {
        code: ReferenceService(ReferenceStore(reference_db, code)) for code in ("fr", "es", "ar")
    }
    yield opened
    for service in opened.values():
        service.close()


def first(service: ReferenceService, text: str, count: int = 3) -> list[tuple[str, str, str]]:
    return [(hit.kind, hit.id, hit.language) for hit in service.search(text).hits[:count]]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fr", "droits de l’homme", ("merged_category", "human_rights", "fr")),
        ("fr", "droits de l'homme ", ("merged_category", "human_rights", "fr")),
        ("fr", "les évaluations des besoins", ("term", "needs_assessment", "fr")),
        ("fr", "gestion du cas", ("category", "case_management", "fr")),
        ("es", "gestión de los casos", ("category", "case_management", "es")),
        ("es", "las necesidades específicas", ("term", "specific_needs", "es")),
        ("es", "no causar daños", ("principle", "do_no_harm", "es")),
        ("ar", "والحماية", ("term", "protection", "ar")),
        ("ar", "للحماية ", ("term", "protection", "ar")),
        ("ar", "الحمـــايةُ", ("term", "protection", "ar")),
        ("ar", "مقدم المعلومات", ("term", "key_informant", "ar")),
        ("ar", "بالإعادة القسرية", ("term", "refoulement", "ar")),
    ],
)
def test_the_language_s_own_words_are_found_first(
    in_language: dict[str, ReferenceService], language: str, query: str, expected: tuple[str, ...]
) -> None:
    assert expected in first(in_language[language], query)


def test_the_matched_words_are_marked_in_the_translated_text(
    in_language: dict[str, ReferenceService],
) -> None:
    """The French words are marked as French folds them (articles and plurals aside), in the
    title when only the title matches and in the translated body text otherwise."""
    hit = in_language["fr"].search("les évaluations des besoins").hits[0]
    assert hit.id == "needs_assessment" and hit.language == "fr"  # the term the query names
    marked = [hit.snippet[a:b] for a, b in hit.highlights]
    assert marked, hit.snippet
    wanted = set(fold_words("évaluations besoins", "fr"))
    assert all(set(fold_words(word, "fr")) <= wanted for word in marked), (hit.snippet, marked)


def test_own_language_hits_come_before_english_ones(
    in_language: dict[str, ReferenceService],
) -> None:
    hits = in_language["fr"].search("consentement", limit=10).hits
    assert hits and hits[0].id == "informed_consent" and hits[0].language == "fr"
    languages = [hit.language for hit in in_language["fr"].search("protection", limit=30).hits]
    assert languages[0] == "fr"
    assert languages == sorted(languages, key=lambda code: code != "fr")


def test_english_words_still_find_english_text(in_language: dict[str, ReferenceService]) -> None:
    found = first(in_language["fr"], "refoulement", count=5)
    assert ("term", "refoulement", "fr") in found
    english = list(in_language["fr"].search("accountability", limit=20).hits)
    assert english  # text not translated yet is found in English


def test_content_without_the_language_index_is_still_searched(
    reference_db: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older.sqlite"
    shutil.copy(reference_db, older)
    with sqlite3.connect(older) as connection:
        connection.execute("DROP TABLE search_stems")
    service = ReferenceService(ReferenceStore(older, "fr"))
    try:
        assert ("term", "informed_consent", "fr") in first(service, "consentement")
    finally:
        service.close()
