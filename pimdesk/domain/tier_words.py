"""The words of the context builder's tiers, reasons and "add when …" conditions, in English.

A translation builds another `TierWords` with the same fields (the `labels_*.py` tables carry
one each, found by language through `document_languages.labels_for`). The rules in `tiers.py`
fill the placeholders in braces with content texts (names, explanations) already in the
content's language; the placeholders must survive translation.
"""

from __future__ import annotations

from pimdesk.domain.records import record

# The condition that makes each category worth adding (PIM Desk's wording; the section each
# relates to is in `tiers.ADD_CONDITION_SECTIONS`).
ENGLISH_CONDITIONS: tuple[tuple[str, str], ...] = (
    (
        "protection_needs_assessment",
        "a picture of protection needs at one point in time is needed to plan the response",
    ),
    (
        "protection_monitoring",
        "access allows regular visits, so that trends in violations can be followed",
    ),
    ("case_management", "a referral pathway exists and personal data can be protected"),
    (
        "population_data",
        "estimates are no longer enough and figures by age, sex and location are needed",
    ),
    ("protection_response_me", "a protection response is running whose results must be followed"),
    (
        "communicating_with_in_affected_communities",
        "people need information from, or a channel to, the responders",
    ),
    ("security_situational_awareness", "the security situation or access changes"),
    ("sectoral_system_other", "other sectors' data can answer a protection question"),
)


@record
class TierWords:
    """Every sentence the tier rules write, in one language. `{scenario}` is the scenario's name
    (English writes it lower-cased after "a": `{scenario_lower}`), `{count}` a number, `{name}`
    a category's name, `{explanation}` a relationship's explanation, `{need}` the team's need,
    `{names}` the systems' names."""

    language: str = "en"

    # the tiers, as headings
    start_here: str = "Start here"
    add_when: str = "Add when …"
    not_needed_now: str = "Not needed now"
    add_when_condition: str = "add when {condition}"  # after a category's name, in a list

    # rule 1: the scenario
    scenario_top: str = "Among the {count} categories a {scenario_lower} leans on most."
    scenario_less: str = (
        "A {scenario_lower} names data it produces, less than it does for the first ones."
    )
    scenario_some: str = "A {scenario_lower} names data it produces."
    scenario_little: str = "A {scenario_lower} names little data it produces."
    scenario_none: str = "A {scenario_lower} names no data it produces."
    # rules 2 to 4: what comes first, the team's needs, what works with a category
    comes_first: str = "Comes before the others: {explanation}"
    team_need: str = "Answers your need: {need}"
    works_with: str = "Works with {name}: {explanation}"
    # rule 5: the systems of the context
    system_operating: str = "A system of this category already operates here: use its data."
    system_operating_named: str = (
        "A system of this category already operates here ({names}): use its data."
    )
    system_planned: str = "A system of this category is planned here."
    system_planned_named: str = "A system of this category is planned here ({names})."
    # rule 6: the limits the team stated
    access_limited: str = (
        "You said access is limited: this work needs regular presence where people are."
    )
    personal_data_unprotected: str = (
        "It holds personal data, and you said they cannot be protected here yet: "
        "their exchange depends on consent and agreed procedures."
    )
    capacity_limited: str = "You said capacity is limited: start with fewer categories."

    # the conditions of "add when …"
    conditions: tuple[tuple[str, str], ...] = ENGLISH_CONDITIONS  # (category ID, condition)
    condition_default: str = "your data needs call for it"  # a category a content pack adds
    condition_works_with: str = "{name} is running and its data call for it"
    condition_planned: str = "the planned system does not come in time"
    condition_access: str = "access improves"
    condition_personal_data: str = "personal data can be protected"
    condition_capacity: str = "capacity grows"

    def condition(self, category: str) -> str:
        """The condition that makes `category` worth adding, in this language."""
        return dict(self.conditions).get(category, self.condition_default)

    def tier_label(self, tier_value: str) -> str:
        """The heading of a tier from its value ('start_here', 'add_when', 'not_needed_now')."""
        return {
            "start_here": self.start_here,
            "add_when": self.add_when,
            "not_needed_now": self.not_needed_now,
        }[tier_value]


ENGLISH_TIER_WORDS = TierWords()
