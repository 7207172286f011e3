"""Search keys per language: the grammatical variants a reader types fold to the same key."""

from __future__ import annotations

import pytest

from pimdesk.domain.language_folding import contains_phrase, fold_words


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("fr", "Droits de l’homme", "droits de l'homme"),
        ("fr", "l'évaluation des besoins", "Évaluations besoin"),
        ("fr", "les données ventilées", "donnee ventilee"),
        ("fr", "déplacés\u00a0internes", "deplace interne"),
        ("es", "Gestión de los casos", "gestion caso"),
        ("es", "las necesidades", "necesidad"),
        ("es", "los desplazados internos", "desplazado interno"),
        ("ar", "والحماية", "حماية"),
        ("ar", "بالبيانات", "البيانات"),
        ("ar", "للحماية", "الحماية"),
        ("ar", "مقدّم المعلومات", "مقدم معلومات"),
        ("ar", "النازح داخلياً", "نازح داخليا"),
        ("ar", "الحمـــاية", "حمايه"),
        ("ar", "أمثلة", "امثله"),
        ("en", "Needs assessments", "need assessment"),
    ],
)
def test_variants_fold_alike(language: str, one: str, other: str) -> None:
    assert fold_words(one, language) == fold_words(other, language)


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("fr", "droits humains", "droits de l'homme"),
        ("es", "acción sin daño", "no causar daño"),
        ("ar", "بيان", "بنات"),
        ("en", "process", "proces"),
        ("en", "analysis", "analysi"),
    ],
)
def test_different_words_stay_apart(language: str, one: str, other: str) -> None:
    assert fold_words(one, language) != fold_words(other, language)


def test_a_phrase_is_found_as_whole_words_only() -> None:
    assert contains_phrase("Le monitoring de la protection", "monitoring de protection", "fr")
    assert not contains_phrase("Le monitoring des frontières", "monitoring de protection", "fr")
    assert contains_phrase("رصد وتقييم الاستجابة في مجال الحماية", "الاستجابة", "ar")
    assert not contains_phrase("Protection monitors", "protection monitoring", "en")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("وإدارة الحالات", "إدارة الحالات"),
        ("لتبادل البيانات بين الشركاء", "تبادل البيانات"),
        ("ولحقوق الإنسان", "حقوق الإنسان"),
        ("فبرصد الحماية", "رصد الحماية"),
        ("كتقييم احتياجات الحماية", "تقييم احتياجات الحماية"),
    ],
)
def test_an_arabic_term_may_carry_an_attached_letter(text: str, term: str) -> None:
    assert contains_phrase(text, term, "ar")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("مرصد الحماية", "رصد الحماية"),  # another word that ends like the term
        ("وبلتبادل البيانات", "تبادل البيانات"),  # not a prefix Arabic writes
        ("تبادل وإدارة الحالات", "تبادل البيانات"),
        ("إدارة ولحالات", "إدارة الحالات"),  # only the term's first word takes a prefix
    ],
)
def test_an_arabic_term_is_not_found_in_other_words(text: str, term: str) -> None:
    assert not contains_phrase(text, term, "ar")


def test_search_keys_keep_words_that_begin_with_those_letters() -> None:
    assert fold_words("الوصول وضع بيان", "ar") == ["وصول", "وضع", "بيان"]
