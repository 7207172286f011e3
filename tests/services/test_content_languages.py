"""Content in several languages: names translated, texts in English and said to be, search in
the active language and English, glossary order and links, and a pack that adds a language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.content.sources import read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore
from tests.translation_fixtures import names_only, names_only_db

__all__ = ["names_only_db"]  # the fixture, imported for the tests below

LANGUAGES = ("fr", "es", "ar")


@pytest.fixture(scope="module")
def in_language(reference_db: Path) -> Iterator[dict[str, ReferenceService]]:
    opened = {code: ReferenceService(ReferenceStore(reference_db, code)) for code in LANGUAGES}
    yield opened
    for service in opened.values():
        service.close()


@pytest.mark.parametrize(
    ("language", "category", "scenario", "principle", "term"),
    [
        ("fr", "Monitoring de protection", "Urgence prolongée", "Ne pas nuire",
         "Consentement éclairé"),
        ("es", "Monitoreo de protección", "Emergencia prolongada", "No causar daño",
         "Consentimiento informado"),
        ("ar", "رصد الحماية", "حالة طوارئ طويلة الأمد", "عدم الإضرار", "الموافقة المستنيرة"),
    ],
)  # fmt: skip
def test_the_names_come_in_the_active_language(
    in_language: dict[str, ReferenceService],
    language: str,
    category: str,
    scenario: str,
    principle: str,
    term: str,
) -> None:
    reference = in_language[language]
    assert reference.category("protection_monitoring").name == category
    assert reference.scenario("protracted_emergency").name == scenario
    assert reference.principle("do_no_harm").name == principle
    assert reference.term("informed_consent").term == term
    names = [c.name for c in reference.categories]
    assert all(not c.fallback and c.language == language for c in reference.categories)
    assert len(set(names)) == 8


def test_every_name_the_brief_lists_is_translated_in_each_language(
    in_language: dict[str, ReferenceService], reference: ReferenceService
) -> None:
    for language, translated in in_language.items():
        records = [
            *translated.categories,
            *translated.elements,
            *translated.scenarios,
            *translated.principles,
            *translated.challenges,
            *translated.terms,
        ]
        untranslated = [r.id for r in records if r.fallback or r.language != language]
        assert untranslated == [], language
        dimensions = translated.access_dimensions
        assert all(d.language == language for d in dimensions)
        english = {d.id: d.name for d in reference.access_dimensions}
        assert all(d.name != english[d.id] for d in dimensions), language


def test_texts_without_a_translation_are_known_as_english(
    names_only_db: Path, reference: ReferenceService
) -> None:
    french = ReferenceService(ReferenceStore(names_only_db, "fr"))
    try:
        category = french.category("case_management")
        assert french.is_untranslated(category.definition)
        assert french.is_untranslated(french.term("informed_consent").definitions[0].text)
        assert not french.is_untranslated(category.name)
    finally:
        french.close()
    assert not reference.is_untranslated(reference.category("case_management").definition)


def test_a_translated_text_is_not_marked(content_copy: Path, tmp_path: Path) -> None:
    from pimdesk.store.reference_build import build_reference_database

    french = names_only(content_copy) / "fr" / "principles.toml"
    french.write_text(
        french.read_text("utf-8").replace(
            'name = "Ne pas nuire"\n',
            'name = "Ne pas nuire"\nexplanation = "Éviter d\'exposer les personnes à un risque."\n',
        ),
        "utf-8",
    )
    build_reference_database(content_copy, tmp_path / "ref.sqlite")
    reference = ReferenceService(ReferenceStore(tmp_path / "ref.sqlite", "fr"))
    try:
        harm = reference.principle("do_no_harm")
        assert harm.explanation == "Éviter d'exposer les personnes à un risque."
        assert not reference.is_untranslated(harm.explanation)
        assert reference.is_untranslated(reference.principle("impartiality").explanation)
    finally:
        reference.close()


def test_english_texts_still_link_to_the_glossary(in_language: dict[str, ReferenceService]) -> None:
    french = in_language["fr"]
    segments = french.link_terms("Obtain informed consent before sharing personal data.")
    linked = {segment.text: segment.term_id for segment in segments if segment.term_id}
    assert linked == {"informed consent": "informed_consent", "personal data": "personal_data"}
    segments = french.link_terms("Le consentement éclairé d'abord.")
    assert [s.term_id for s in segments if s.term_id] == ["informed_consent"]


def test_the_glossary_is_in_the_order_of_the_language(
    in_language: dict[str, ReferenceService],
) -> None:
    french = [term.term for term in in_language["fr"].terms]
    assert french.index("Données") < french.index("Échantillonnage") < french.index("Enquêteur")
    assert {term.letter for term in in_language["fr"].terms} <= set("#ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    arabic = in_language["ar"].terms
    by_id = {term.id: term for term in arabic}
    assert by_id["protection"].letter == "ح"  # الحماية: the article is not the letter
    order = [term.id for term in arabic]
    assert order.index("data") < order.index("protection")  # البيانات (ب) before الحماية (ح)


@pytest.mark.parametrize(
    ("language", "typed", "found"),
    [
        ("fr", "monitoring de protection", ("category", "protection_monitoring")),
        ("fr", "protection monitoring", ("category", "protection_monitoring")),
        ("es", "gestión de casos", ("category", "case_management")),
        ("ar", "رصد الحماية", ("category", "protection_monitoring")),
        ("ar", "informed consent", ("term", "informed_consent")),
    ],
)
def test_search_finds_content_in_the_active_language_and_english(
    in_language: dict[str, ReferenceService],
    language: str,
    typed: str,
    found: tuple[str, str],
) -> None:
    hits = in_language[language].search(typed).hits
    assert found in [(hit.kind, hit.id) for hit in hits[:3]]
    assert {hit.language for hit in hits} <= {language, "en"}
    shown = next(hit for hit in hits if (hit.kind, hit.id) == found)
    assert shown.language == language  # the translated record, not its English twin


def test_english_search_is_not_crowded_out_by_translations(reference: ReferenceService) -> None:
    hits = reference.search("protection", limit=20).hits
    assert len(hits) == 20
    assert {hit.language for hit in hits} == {"en"}


# ---------------------------------------------------------------------- a pack adds a language
PORTUGUESE = """language = "pt"

[[category]]
id = "case_management"
name = "Gestão de casos"
definition = "Acompanhamento de cada pessoa ou família ao longo do tempo."
"""


def test_a_content_pack_can_add_a_language(
    content_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    meta = content_copy / "meta.toml"
    newer = re.sub(r'version = "[^"]+"', 'version = "99.0.0"', meta.read_text("utf-8"), count=1)
    meta.write_text(newer, "utf-8")
    (content_copy / "pt").mkdir()
    (content_copy / "pt" / "categories.toml").write_text(PORTUGUESE, "utf-8")
    # The translator stamps it: this translation matches the current English.
    stamp_language(content_copy, "pt", read_base_records(content_copy))
    paths = AppPaths.resolve(data_dir)
    services = Services(paths)
    try:
        pack = tmp_path / "portuguese.zip"
        services.content.make_pack(content_copy, pack)
        services.content.import_pack(pack, allow_unsigned=True)
        assert "pt" in services.content.info().languages
    finally:
        services.close()
    portuguese = Services(paths, "pt")
    try:
        reference = portuguese.reference
        case = reference.category("case_management")
        assert (case.name, case.language, case.fallback) == ("Gestão de casos", "pt", False)
        assert not reference.is_untranslated(case.definition)
        assert reference.is_untranslated(case.purpose)  # not in the pack: English, and marked
        other = reference.category("protection_monitoring")
        assert (other.name, other.fallback) == ("Protection Monitoring", True)
        assert reference.is_untranslated(other.definition)
        hit = reference.search("gestão de casos").hits[0]
        assert (hit.id, hit.language) == ("case_management", "pt")
        assert reference.search("protection monitoring").hits[0].id == "protection_monitoring"
    finally:
        portuguese.close()


def test_a_hit_in_untranslated_text_shows_the_translated_name(
    in_language: dict[str, ReferenceService],
) -> None:
    """The French record carries the name only: its English definition is indexed once, under
    English, and the hit is shown under the French name."""
    hits = in_language["fr"].search("systematic gathering").hits
    found = next(hit for hit in hits if (hit.kind, hit.id) == ("category", "protection_monitoring"))
    assert (found.title, found.language) == ("Monitoring de protection", "fr")
    assert "gathering" in found.snippet


def _category_bodies(database: Path) -> dict[str, str]:
    """The indexed text of the Case Management category, by language."""
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        return dict(
            connection.execute(
                "SELECT language, body FROM search_docs WHERE kind = 'category' "
                "AND ref_id = 'case_management'"
            ).fetchall()
        )
    finally:
        connection.close()


def test_copied_texts_are_indexed_once(names_only_db: Path, reference_db: Path) -> None:
    bodies = _category_bodies(names_only_db)
    # Over names-only translations the texts are copied English: they are not indexed again.
    assert bodies["en"] and bodies["fr"] == bodies["es"] == bodies["ar"] == ""
    # The real translations carry their own texts, so each is indexed under its language.
    bodies = _category_bodies(reference_db)
    for language, own_words in (
        ("fr", "gestion des cas"),
        ("es", "gestión de casos"),
        ("ar", "إدارة الحالات"),
    ):
        assert bodies[language] and bodies[language] != bodies["en"]
        assert own_words in bodies[language].lower()
