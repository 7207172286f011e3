"""Suggest the PIM categories a context needs, each with reasons traceable to the content.

The rules, each a small function below:

- **Risk analysis first**: a category that must come before the ones a context needs (a
  `precedes` relationship: a contextual risk analysis comes before any response) is suggested
  and ranked first.
- **Must have / nice to have**: the scenario's data items and the categories that produce them.
- **The team's needs**: each scenario item or guiding question the team picked, and the
  categories that produce or answer it.
- **Works with**: categories related to a needed one (`complements`, `feeds`, `overlaps`).
- **Gaps**: a needed category whose system is not operating (or not known to) is a gap to fill;
  one already operating is something to build on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

from pimdesk.domain.content import Priority, Question, Relationship, Scenario
from pimdesk.domain.provenance import ENGLISH_WORDS, Provenance, ProvenanceWords, provenance_of
from pimdesk.domain.records import record
from pimdesk.domain.selection import NeedSource, Selection, SystemStatus
from pimdesk.domain.tier_words import ENGLISH_TIER_WORDS, TierWords


class Rule(str, Enum):
    RISK_ANALYSIS_FIRST = "risk_analysis_first"
    MUST_HAVE = "must_have"
    NICE_TO_HAVE = "nice_to_have"
    TEAM_NEED = "team_need"
    WORKS_WITH = "works_with"
    GAP = "gap"
    OPERATING = "operating"


# How much each rule weighs in the ranking; reasons of weight 0 explain but do not rank.
WEIGHTS = {
    Rule.RISK_ANALYSIS_FIRST: 0,  # ranked first by `first`, not by weight
    Rule.MUST_HAVE: 10,
    Rule.NICE_TO_HAVE: 3,
    Rule.TEAM_NEED: 15,
    Rule.WORKS_WITH: 2,
    Rule.GAP: 5,
    Rule.OPERATING: 0,
}
NEEDING_RULES = (Rule.MUST_HAVE, Rule.TEAM_NEED)
# The order reasons are shown in, on screen and on paper: what must come first, the team's own
# needs, the scenario's items, then the reasons that support.
RULE_ORDER = (
    Rule.RISK_ANALYSIS_FIRST,
    Rule.TEAM_NEED,
    Rule.MUST_HAVE,
    Rule.NICE_TO_HAVE,
    Rule.WORKS_WITH,
    Rule.GAP,
    Rule.OPERATING,
)


@record
class Reason:
    """Why a category is suggested, and the content record that says so."""

    rule: Rule
    text: str
    ref: str  # "<kind>:<id>" of the content record, e.g. "scenario_item:soe_must_security"
    source: str
    origin: str  # the cited record's origin: with `source`, it decides the provenance mark

    def provenance(self, words: ProvenanceWords = ENGLISH_WORDS) -> Provenance:
        """Where the record this reason cites comes from (an illustrative scenario item says so)."""
        return provenance_of(self.origin, self.source, words=words)

    @property
    def ref_kind(self) -> str:
        return self.ref.partition(":")[0]

    @property
    def ref_id(self) -> str:
        return self.ref.partition(":")[2]


@record
class Suggestion:
    category: str
    reasons: tuple[Reason, ...]
    first: bool

    @property
    def score(self) -> int:
        return sum(WEIGHTS[reason.rule] for reason in self.reasons)

    def reasons_for(self, rule: Rule) -> tuple[Reason, ...]:
        return tuple(reason for reason in self.reasons if reason.rule is rule)

    def by_rule(self) -> list[tuple[Rule, tuple[Reason, ...]]]:
        return by_rule(self.reasons)


def by_rule(reasons: Sequence[Reason]) -> list[tuple[Rule, tuple[Reason, ...]]]:
    """`reasons` grouped by their rule, the groups in RULE_ORDER, empty ones left out."""
    groups = ((rule, tuple(r for r in reasons if r.rule is rule)) for rule in RULE_ORDER)
    return [(rule, found) for rule, found in groups if found]


@record
class SuggestionContent:
    """The content the rules read: plain domain records, nothing else."""

    category_order: tuple[str, ...]
    category_names: dict[str, str]
    scenarios: tuple[Scenario, ...]
    questions: tuple[Question, ...]
    relationships: tuple[Relationship, ...]
    # The tier rules' sentences in the content's language (English by default).
    tier_words: TierWords = ENGLISH_TIER_WORDS


def suggest(selection: Selection, content: SuggestionContent) -> list[Suggestion]:
    """Suggested categories for `selection`, best first, each with its reasons."""
    reasons: dict[str, list[Reason]] = {}
    for category, reason in _scenario_items(selection, content):
        reasons.setdefault(category, []).append(reason)
    for category, reason in _team_needs(selection, content):
        reasons.setdefault(category, []).append(reason)
    needed = {c for c, found in reasons.items() if any(r.rule in NEEDING_RULES for r in found)}
    for category, reason in _works_with(needed, content):
        reasons.setdefault(category, []).append(reason)
    for category, reason in _risk_analysis_first(set(reasons), content):
        reasons.setdefault(category, []).append(reason)
    for category, reason in _system_status(selection, needed):
        reasons[category].append(reason)
    suggestions = [
        Suggestion(c, tuple(found), any(r.rule is Rule.RISK_ANALYSIS_FIRST for r in found))
        for c, found in reasons.items()
        if c in content.category_names
    ]
    order = {category: index for index, category in enumerate(content.category_order)}
    return sorted(suggestions, key=lambda s: (not s.first, -s.score, order.get(s.category, 99)))


def _scenario(selection: Selection, content: SuggestionContent) -> Scenario | None:
    return next((s for s in content.scenarios if s.id == selection.scenario), None)


def _scenario_items(
    selection: Selection, content: SuggestionContent
) -> Iterable[tuple[str, Reason]]:
    scenario = _scenario(selection, content)
    if scenario is None:
        return
    for item in scenario.items:
        must = item.priority is Priority.MUST_HAVE
        rule = Rule.MUST_HAVE if must else Rule.NICE_TO_HAVE
        label = "a must-have" if must else "a nice-to-have"
        text = f"Produces {label} for a {scenario.name.lower()}: {item.text}"
        for category in item.categories:
            yield (
                category,
                Reason(
                    rule,
                    text,
                    f"scenario_item:{item.id}",
                    item.attribution.source,
                    item.attribution.origin,
                ),
            )


def _team_needs(selection: Selection, content: SuggestionContent) -> Iterable[tuple[str, Reason]]:
    items = {item.id: item for scenario in content.scenarios for item in scenario.items}
    questions = {question.id: question for question in content.questions}
    for need in selection.needs:
        if need.source is NeedSource.SCENARIO_ITEM and need.ref in items:
            item = items[need.ref]
            categories, ref, source = item.categories, f"scenario_item:{item.id}", item.attribution
        elif need.source is NeedSource.QUESTION and need.ref in questions:
            question = questions[need.ref]
            categories, ref, source = (
                question.categories,
                f"question:{question.id}",
                question.attribution,
            )
        else:
            continue  # a need in the team's own words names no category
        for category in categories:
            yield (
                category,
                Reason(
                    Rule.TEAM_NEED,
                    f"Answers your need: {need.text}",
                    ref,
                    source.source,
                    source.origin,
                ),
            )


def _works_with(needed: set[str], content: SuggestionContent) -> Iterable[tuple[str, Reason]]:
    names = content.category_names
    for relationship in content.relationships:
        if relationship.kind == "precedes":
            continue
        pair = (relationship.from_category, relationship.to_category)
        for here, other in (pair, pair[::-1]):
            if here in needed and other != here:
                text = f"Works with {names.get(here, here)}: {relationship.explanation}"
                ref = f"relationship:{relationship.id}"
                yield (
                    other,
                    Reason(
                        Rule.WORKS_WITH,
                        text,
                        ref,
                        relationship.attribution.source,
                        relationship.attribution.origin,
                    ),
                )


def _risk_analysis_first(
    suggested: set[str], content: SuggestionContent
) -> Iterable[tuple[str, Reason]]:
    names = content.category_names
    for relationship in content.relationships:
        if relationship.kind == "precedes" and relationship.to_category in suggested:
            before = names.get(relationship.to_category, relationship.to_category)
            text = f"Comes before {before}: {relationship.explanation}"
            ref = f"relationship:{relationship.id}"
            yield (
                relationship.from_category,
                Reason(
                    Rule.RISK_ANALYSIS_FIRST,
                    text,
                    ref,
                    relationship.attribution.source,
                    relationship.attribution.origin,
                ),
            )


def _system_status(
    selection: Selection, needed: Sequence[str] | set[str]
) -> Iterable[tuple[str, Reason]]:
    for category in sorted(needed):
        status = selection.system_status(category)
        ref = f"selection_system:{category}"
        if status in (SystemStatus.NOT_OPERATING, SystemStatus.UNKNOWN):
            known = "is not operating" if status is SystemStatus.NOT_OPERATING else "is not known"
            text = f"Needed, but a system of this category {known} here: a gap to fill."
            yield category, Reason(Rule.GAP, text, ref, "editorial", "editorial")
        elif status is SystemStatus.OPERATING:
            text = (
                "A system of this category already operates here: build on it and share its data."
            )
            yield category, Reason(Rule.OPERATING, text, ref, "editorial", "editorial")
        else:
            text = "A system of this category is planned here: check that it will come in time."
            yield category, Reason(Rule.OPERATING, text, ref, "editorial", "editorial")
