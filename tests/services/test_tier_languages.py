"""The context builder's tier reasons and "add when" conditions in French, Spanish and Arabic:
every kind of reason is written in the interface's language, with no English left, over the
real translated content; the provenance marks are kept and in that language."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.selection import (
    Constraint,
    DataNeed,
    NeedSource,
    PimSystem,
    RunStatus,
    Selection,
)
from pimdesk.domain.tier_words import ENGLISH_TIER_WORDS, TierWords
from pimdesk.domain.tiers import Tier, TierDecision, TierRule, tiers
from pimdesk.services.reference import ReferenceService
from pimdesk.services.selections import SelectionService
from pimdesk.store.reference import ReferenceStore

LANGUAGES = ("fr", "es", "ar")
# Words the translations keep as they are: the product's name, the cited document's short name.
KEPT = {"pim", "desk", "2015"}
# The team's own system names, written into reasons as they typed them.
SYSTEM_NAMES = ("DTM 3", "GBVIMS")


@pytest.fixture(scope="module")
def services(reference_db: Path) -> Iterator[dict[str, ReferenceService]]:
    opened = {c: ReferenceService(ReferenceStore(reference_db, c)) for c in ("en", *LANGUAGES)}
    yield opened
    for service in opened.values():
        service.close()


def contexts(reference: ReferenceService) -> list[Selection]:
    """Contexts that between them make every rule give its reasons: each scenario alone; with
    the team's needs; with systems operating and planned; with each limit stated."""
    scenarios = [s.id for s in reference.scenarios]
    item = reference.scenarios[0].items[-1]
    question = reference.questions[0]
    needs = (
        DataNeed(NeedSource.SCENARIO_ITEM, item.text, item.id),
        DataNeed(NeedSource.QUESTION, question.text, question.id),
    )
    first = scenarios[0]
    systems = (
        PimSystem(SYSTEM_NAMES[0], "population_data", RunStatus.OPERATING),
        PimSystem(SYSTEM_NAMES[1], "protection_monitoring", RunStatus.PLANNED),
        PimSystem(SYSTEM_NAMES[1], "case_management", RunStatus.PLANNED),
    )
    found = [Selection.new("Alone", s) for s in scenarios]
    found.append(Selection.new("Needs", first, needs=needs))
    found.append(Selection.new("Systems", first, system_map=systems))
    found.append(Selection.new("Unnamed systems", first, system_map=systems[:0]))
    for scenario in scenarios:
        limits = tuple(Constraint)
        found.append(Selection.new("Limits", scenario, needs=needs, constraints=limits))
        for limit in Constraint:
            found.append(Selection.new("One limit", scenario, constraints=(limit,)))
    return found


def decided(reference: ReferenceService, selection: Selection) -> list[TierDecision]:
    return tiers(selection, SelectionService.content_of(reference))


# English words no French, Spanish or Arabic sentence has (a cognate such as "violations" or
# "protection" may be shared; these are not).
ENGLISH_ONLY = {
    "the",
    "and",
    "that",
    "this",
    "with",
    "from",
    "here",
    "its",
    "is",
    "are",
    "you",
    "your",
    "when",
    "which",
    "where",
    "not",
    "already",
    "planned",
    "needs",
    "need",
    "said",
    "limited",
    "among",
    "most",
    "less",
    "than",
    "little",
    "names",
    "works",
    "answers",
    "comes",
    "before",
    "others",
    "running",
    "call",
    "grows",
    "improves",
    "can",
    "be",
    "it",
    "of",
    "in",
    "to",
}


def words_of(text: str) -> list[str]:
    """The words of `text` but its placeholders and the team's own system names."""
    for name in SYSTEM_NAMES:
        text = text.replace(name, " ")
    text = re.sub(r"\{\w+\}", " ", text)
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in KEPT]


def left_in_english(english: str, translated: str) -> set[str]:
    """What of `english` is still in `translated`: any two of its words in a row, any word of
    it that only English has."""
    was, now = words_of(english), words_of(translated)
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(was)}
    kept_pairs = pairs & {f"{a} {b}" for a, b in itertools.pairwise(now)}
    return kept_pairs | (set(was) & set(now) & ENGLISH_ONLY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reason_and_condition_is_in_the_language_with_no_english_left(
    services: dict[str, ReferenceService], language: str
) -> None:
    english, translated = services["en"], services[language]
    rules_seen: set[TierRule] = set()
    for selection in contexts(english):
        pairs = zip(decided(english, selection), decided(translated, selection), strict=True)
        for before, after in pairs:
            assert (after.category, after.tier) == (before.category, before.tier)
            assert len(after.reasons) == len(before.reasons)
            if before.tier is Tier.ADD_WHEN:
                assert after.condition and after.condition != before.condition
                assert not left_in_english(before.condition, after.condition), after.condition
            for was, now in zip(before.reasons, after.reasons, strict=True):
                rules_seen.add(now.rule)
                assert now.text != was.text
                assert not left_in_english(was.text, now.text), (was.text, now.text)
                # The same provenance, its mark in the language (PIM Desk's own say so in it).
                assert (now.source, now.origin) == (was.source, was.origin)
                words = labels_for(language).provenance
                assert now.provenance(words).cls is was.provenance().cls
                if not was.provenance().is_source:
                    assert now.provenance(words).mark != was.provenance().mark
    assert rules_seen == set(TierRule)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reason_names_categories_in_the_language_and_lists_the_content_it_quotes(
    services: dict[str, ReferenceService], language: str
) -> None:
    translated = services[language]
    names = translated.category_names
    quoted: list[str] = []
    for selection in contexts(translated):
        for decision in decided(translated, selection):
            for reason in decision.reasons:
                assert all(piece in reason.text for piece in reason.pieces)
                quoted.extend(reason.pieces)
                if reason.rule is TierRule.WORKS_WITH:
                    assert reason.pieces[0] in names.values()
            if decision.reasons and decision.reasons[-1].rule is TierRule.WORKS_WITH:
                assert decision.reasons[-1].pieces[0] in decision.condition
    assert quoted  # the needs, names and explanations the reasons quote


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_of_the_tier_words_is_translated(language: str) -> None:
    """Each template (also those the real content reaches only in some contexts), each
    category's condition, with the same placeholders as the English."""
    words = labels_for(language).tiers
    assert words.language == language
    for field in dataclasses.fields(TierWords):
        english, translated = getattr(ENGLISH_TIER_WORDS, field.name), getattr(words, field.name)
        if field.name == "language":
            continue
        if field.name == "conditions":
            assert dict(translated).keys() == dict(english).keys()
            pairs = list(zip(dict(english).values(), dict(translated).values(), strict=True))
        else:
            pairs = [(english, translated)]
        for was, now in pairs:
            assert now != was, field.name
            assert placeholders(now) == placeholders(was) - {"scenario_lower"} | (
                {"scenario"} if "scenario_lower" in placeholders(was) else set()
            ), field.name
            assert not left_in_english(was, now), (field.name, now)


def placeholders(template: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", template))
