"""The fixed words printed on PDF documents (headings, footer, sensitivity), English by default.

A translation builds another `DocumentLabels` with the same fields (`document_languages.py`
finds it by language); the documents print whatever they are given. Placeholders in braces
(`{page}`) must survive translation.
"""

from __future__ import annotations

from pimdesk.domain.content import CategoryStatus
from pimdesk.domain.provenance import ENGLISH_WORDS, ProvenanceWords
from pimdesk.domain.records import record
from pimdesk.domain.selection import SystemStatus, TeamPriority
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.domain.tier_words import ENGLISH_TIER_WORDS, TierWords


@record
class DocumentLabels:
    """Every fixed label of the briefing, the category sheet and the glossary handout."""

    language: str = "en"
    right_to_left: bool = False
    provenance: ProvenanceWords = ENGLISH_WORDS  # the marks of where each text comes from
    tiers: TierWords = ENGLISH_TIER_WORDS  # the context builder's tiers, reasons and conditions

    # page furniture
    page_of: str = "Page {page} of {pages}"
    content_version: str = "Content {version} of {date}"
    exported: str = "Exported {date}"
    public: str = "PUBLIC"
    restricted: str = "RESTRICTED"
    confidential: str = "CONFIDENTIAL"
    strictly_confidential: str = "STRICTLY CONFIDENTIAL"
    sensitivity_notice: str = (
        "This document is classified {level}. Share and store it only as that level allows."
    )

    # Printed on the first page of a document in another language than the source's (empty in
    # English: the source's own language needs no notice).
    translation_notice: str = ""

    # document kinds
    app_name: str = "PIM Desk"
    briefing: str = "Context briefing"
    category_sheet: str = "Category sheet"
    glossary: str = "PIM Desk's glossary"

    # cover of the briefing
    place: str = "Place"
    date: str = "Date"
    scenario: str = "Scenario"
    organisation: str = "Organisation"
    sensitivity: str = "Sensitivity"
    not_given: str = "not given"
    contents: str = "Contents"

    # summary
    summary: str = "The selection at a glance"
    context_notes: str = "The team's notes on the context"
    team_needs: str = "Data the team needs"
    category: str = "Category"
    priority: str = "Priority"
    why_chosen: str = "Why it was chosen"
    priority_not_set: str = "Not set"
    system_here: str = "System here"

    # category sections
    categories: str = "The selected categories"
    definition: str = "Definition"
    purpose: str = "Purpose"
    explanation: str = "Explanation"
    status: str = "Status"
    unagreed_definition: str = "Definition not agreed: read it as a working description."
    matrix_row: str = "Matrix row"
    matrix_says: str = "In the PIM Matrix, with PIM Desk's examples and notes"
    example: str = "example"
    examples: str = "examples"
    conditions: str = "Conditions"
    conditions_on_every_item: str = "Conditions on every item above"
    conditions_for_sharing: str = "Conditions for sharing data"
    must_have: str = "Must have for this scenario"
    nice_to_have: str = "Nice to have for this scenario"
    none_listed: str = "The scenario lists none for this category."
    team_notes: str = "The team's notes"
    related_categories: str = "Works with other categories"
    merged_into_this: str = "Merged into this category"
    essential_data: str = "Essential data by scenario"
    must_have_short: str = "Must have"
    nice_to_have_short: str = "Nice to have"
    key_terms: str = "Key terms"

    # checklist, glossary, sources
    checklist: str = "Data-sharing checklist"
    checklist_intro: str = (
        "Go through the PIM principles and the challenge areas that concern the selected "
        "categories before any data or information is shared."
    )
    principles: str = "The PIM principles"
    challenges: str = "Challenge areas and mitigations"
    later_name: str = "Later: {name}"
    terms_used: str = "Glossary of the terms used"
    see_also: str = "See also"
    also_called: str = "Also"
    sources: str = "Sources and content"
    content_set: str = "Content set"
    version: str = "Version"
    content_hash: str = "Content fingerprint"
    documents_cited: str = "Documents cited"
    illustrative_note: str = (
        "Every text says where it comes from. A section (PIM WM2 2015 §7.1) marks the source "
        "document's content in PIM Desk's words; \"PIM Desk's note on\" a section marks PIM "
        "Desk's explanation around a passage that only mentions the subject; \"PIM Desk's "
        "illustration\" marks PIM Desk's own examples and common practice, not from the source."
    )
    personal_data_note: str = (
        "PIM Desk stores no personal data of affected people. The notes in this document are the "
        "team's own words."
    )
    glossary_intro: str = (
        "PIM Desk's glossary: {count} terms, A to Z, each definition marked with where it comes "
        "from. The endorsed Common PIM Terminology (§5 of the source) is a separate document "
        "that PIM Desk does not carry."
    )

    # statuses, the team's priorities and systems
    status_endorsed: str = "Agreed and endorsed"
    status_endorsed_further_work: str = "Agreed, further work needed"
    status_objective_agreed: str = "Objective agreed, definition not agreed"
    status_definition_not_agreed: str = "Definition not agreed, title and scope under review"
    status_spirit_endorsed: str = "Spirit endorsed, not counted as agreed"
    priority_high: str = "High"
    priority_medium: str = "Medium"
    priority_low: str = "Low"
    system_operating: str = "Operating"
    system_planned: str = "Planned"
    system_not_operating: str = "Not operating"
    system_unknown: str = "Unknown"

    # why a category was chosen (one line per kind of reason)
    reason_chosen_by_team: str = "Chosen by the team."
    reason_comes_first: str = "Comes first: its contextual risk analysis comes before {names}."
    reason_comes_first_many: str = (
        "Comes first: the {count} other categories suggested build on it."
    )
    reason_team_need: str = "Answers the team's need: {needs}"
    reason_team_needs: str = "Answers the team's needs: {needs}"
    reason_works_with: str = "Works with {names}."
    reason_must_have_one: str = "Produces 1 must-have item for a {scenario_lower}."
    reason_must_have_many: str = "Produces {count} must-have items for a {scenario_lower}."
    reason_nice_to_have_one: str = "Produces 1 nice-to-have item for a {scenario_lower}."
    reason_nice_to_have_many: str = "Produces {count} nice-to-have items for a {scenario_lower}."
    reason_must_and_nice: str = (
        "Produces {must} must-have and {nice} nice-to-have items for a {scenario_lower}."
    )
    reason_gap_not_operating: str = (
        "Needed, but a system of this category is not operating here: a gap to fill."
    )
    reason_gap_unknown: str = (
        "Needed, but a system of this category is not known here: a gap to fill."
    )
    reason_operating: str = (
        "A system of this category already operates here: build on it and share its data."
    )
    reason_planned: str = (
        "A system of this category is planned here: check that it will come in time."
    )
    list_separator: str = ", "
    list_last_separator: str = " and "

    # the meeting briefing: decisions, gaps, what to collect and share
    situation_as_of: str = "Situation as of"
    decisions_to_make: str = "Decisions to make"
    decide_open: str = "Decide on {count} categories still open: {names}."
    decide_open_one: str = "Decide on 1 category still open: {names}."
    decide_uncovered: str = (
        "Find who produces {count} must-have items that no accepted category covers."
    )
    decide_uncovered_one: str = (
        "Find who produces 1 must-have item that no accepted category covers."
    )
    decide_systems: str = "Find or plan a system for: {names}."
    nothing_to_decide: str = "Every category is decided and every must-have item is covered."
    by_decision: str = "The categories by decision"
    accepted: str = "Accepted"
    to_decide: str = "Still to decide"
    rejected: str = "Rejected"
    ranked_first: str = "ranked first"
    not_suggested: str = "Not suggested for this context."
    no_reason_given: str = "No reason given."
    none_at_all: str = "None."
    gaps: str = "Gaps"
    gaps_no_system: str = "Accepted, but no system known here"
    gaps_uncovered: str = "Must-have data that no accepted category produces"
    coverage: str = "The scenario's data and the selection"
    data_item: str = "Data the scenario needs"
    covered_by: str = "Produced by an accepted category"
    not_covered: str = "Not covered; produced by {names}"
    collect_and_share: str = "What to collect and share"
    sharing_checklist_intro: str = (
        "Ask these questions before anything is shared (footnote 7), then check the conditions "
        "on the accepted categories' shared data."
    )
    sharing_conditions: str = "Conditions on the shared data of the accepted categories"
    fallback_notice: str = ""
    label_separator: str = ": "
    item_separator: str = "; "  # between the items of a list whose items hold commas

    # the sensitivity marking: what to do with the document, on every page
    public_notice: str = "This document is PUBLIC: it may be shared freely."
    handling_public: str = "May be shared freely."
    handling_restricted: str = (
        "Share only with partners who need it for the response. Do not publish."
    )
    handling_confidential: str = (
        "Named recipients only. Do not copy or forward. Keep it locked away."
    )
    handling_strictly_confidential: str = (
        "Named recipients only. No copies. Return or destroy securely after use."
    )

    # the matrix poster
    matrix_poster: str = "The PIM Matrix at a glance"
    matrix_accepted_in: str = "Highlighted: the categories accepted in {name}"
    matrix_shortened: str = (
        "Each cell shows its first items, shortened; the category sheets hold them all."
    )
    matrix_full: str = "Each cell shows its first items; the category sheets hold them all."
    file_matrix: str = "PIM matrix"

    # the start of a suggested file name
    file_briefing: str = "PIM briefing"
    file_category_sheet: str = "PIM category sheet"
    file_glossary: str = "PIM glossary"

    def status_label(self, status: CategoryStatus) -> str:
        labels = {
            CategoryStatus.ENDORSED: self.status_endorsed,
            CategoryStatus.ENDORSED_FURTHER_WORK: self.status_endorsed_further_work,
            CategoryStatus.OBJECTIVE_AGREED: self.status_objective_agreed,
            CategoryStatus.DEFINITION_NOT_AGREED: self.status_definition_not_agreed,
            CategoryStatus.SPIRIT_ENDORSED: self.status_spirit_endorsed,
        }
        return labels[status]

    def priority_label(self, priority: TeamPriority | None) -> str:
        labels = {
            TeamPriority.HIGH: self.priority_high,
            TeamPriority.MEDIUM: self.priority_medium,
            TeamPriority.LOW: self.priority_low,
        }
        return self.priority_not_set if priority is None else labels[priority]

    def system_label(self, status: SystemStatus) -> str:
        labels = {
            SystemStatus.OPERATING: self.system_operating,
            SystemStatus.PLANNED: self.system_planned,
            SystemStatus.NOT_OPERATING: self.system_not_operating,
            SystemStatus.UNKNOWN: self.system_unknown,
        }
        return labels[status]

    def handling(self, level: Sensitivity) -> str:
        """What to do with a document of `level`, printed on every page."""
        return {
            Sensitivity.PUBLIC: self.handling_public,
            Sensitivity.RESTRICTED: self.handling_restricted,
            Sensitivity.CONFIDENTIAL: self.handling_confidential,
            Sensitivity.STRICTLY_CONFIDENTIAL: self.handling_strictly_confidential,
        }[level]

    def level_notice(self, level: Sensitivity) -> str:
        """The cover's sentence on the document's level: a public one needs no caution."""
        if level is Sensitivity.PUBLIC:
            return self.public_notice
        return self.sensitivity_notice.format(level=self.sensitivity_label(level))

    def join(self, names: list[str] | tuple[str, ...]) -> str:
        """'A', 'A and B', 'A, B and C' in the document's language."""
        if len(names) <= 1:
            return "".join(names)
        return f"{self.list_separator.join(names[:-1])}{self.list_last_separator}{names[-1]}"

    def sensitivity_label(self, level: Sensitivity) -> str:
        """The printed form of a sensitivity level, e.g. 'RESTRICTED'."""
        labels: dict[Sensitivity, str] = {
            Sensitivity.PUBLIC: self.public,
            Sensitivity.RESTRICTED: self.restricted,
            Sensitivity.CONFIDENTIAL: self.confidential,
            Sensitivity.STRICTLY_CONFIDENTIAL: self.strictly_confidential,
        }
        return labels[level]


ENGLISH_LABELS = DocumentLabels()
