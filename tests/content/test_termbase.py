"""The termbase: its terms have a form and a reason in every language, and every translated
text that names a term uses the termbase's form (the review's fixes included)."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomllib

from pimdesk.content.sources import load_sources
from pimdesk.content.termbase import LANGUAGES, load_termbase, termbase_findings
from pimdesk.domain.errors import ContentError
from tests.conftest import CONTENT_SOURCES

TERMBASE = CONTENT_SOURCES / "termbase.toml"


def findings(folder: Path, language: str) -> list[str]:
    sources = load_sources(folder)
    termbase = load_termbase(folder / "termbase.toml")
    return [str(f) for f in termbase_findings(termbase, language, sources.text_pairs[language])]


def test_the_termbase_names_the_key_terms_with_a_reason_per_language() -> None:
    termbase = load_termbase(TERMBASE)
    ids = {term.id for term in termbase.terms}
    categories = tomllib.loads((CONTENT_SOURCES / "categories.toml").read_text("utf-8"))
    elements = tomllib.loads((CONTENT_SOURCES / "elements.toml").read_text("utf-8"))
    scenarios = tomllib.loads((CONTENT_SOURCES / "scenarios.toml").read_text("utf-8"))
    principles = tomllib.loads((CONTENT_SOURCES / "principles.toml").read_text("utf-8"))
    named = [
        *(
            c["id"]
            for c in categories["category"]
            if c["id"] != "communicating_with_in_affected_communities"
        ),
        *(e["id"] for e in elements["element"]),
        *(s["id"] for s in scenarios["scenario"]),
        *(
            p["id"]
            for p in principles["principle"]
            if p["id"] not in ("informed_consent_confidentiality",)
        ),
    ]
    glossary = [
        "key_informant", "informed_consent", "do_no_harm", "refoulement", "disaggregation",
        "internally_displaced_person", "data_sharing", "evidence_informed_action",
        "communicating_with_communities", "human_rights",
    ]  # fmt: skip
    assert sorted(set(named + glossary) - ids) == []
    for term in termbase.terms:
        for language in LANGUAGES:
            assert term.forms[language] and term.reasons[language].strip(), (term.id, language)


def test_the_bundled_translations_use_the_termbase() -> None:
    for language in LANGUAGES:
        assert findings(CONTENT_SOURCES, language) == []


@pytest.mark.parametrize(
    ("file", "fixed", "old", "language", "term"),
    [
        ("ar/glossary.toml", "مقدّم المعلومات الرئيسي", "المُخبر الرئيسي", "ar", "key_informant"),
        ("fr/glossary.toml", "Action éclairée par des données probantes",
         "Action fondée sur des données probantes", "fr", "evidence_informed_action"),
        ("es/glossary.toml", "Acción informada por la evidencia", "Acción basada en evidencia",
         "es", "evidence_informed_action"),
        ("fr/challenges.toml", "violations de données", "violations", "fr", "data_breach"),
        ("es/challenges.toml", "brechas de datos", "violaciones", "es", "data_breach"),
        ("fr/categories.toml", "Droits de l’homme", "Droits humains", "fr", "human_rights"),
        ("es/principles.toml", "No causar daño", "Acción sin daño", "es", "do_no_harm"),
        ("es/glossary.toml", "No causar daño", "Acción sin daño", "es", "do_no_harm"),
        ("fr/categories.toml", "Communication avec les communautés affectées",
         "Communication avec et au sein des communautés affectées", "fr",
         "communicating_with_communities"),
    ],
)  # fmt: skip
def test_the_reviews_term_fixes_hold(
    content_copy: Path, file: str, fixed: str, old: str, language: str, term: str
) -> None:
    path = content_copy / file
    text = path.read_text(encoding="utf-8")
    assert fixed in text
    path.write_text(text.replace(fixed, old), encoding="utf-8")
    assert any(f"(termbase.toml {term})" in found for found in findings(content_copy, language))


def test_a_termbase_without_a_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "termbase.toml"
    path.write_text(
        '[[term]]\nid = "x"\nen = ["x"]\nfr = ["x"]\nes = ["x"]\nar = ["x"]\n'
        'reason = { fr = "usage", es = "" }\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_termbase(path)
    assert "x: reason: needs a source or reason for 'es'" in raised.value.message
    assert "x: reason: needs a source or reason for 'ar'" in raised.value.message
