"""The fixed words printed on PDF documents (headings, footer, sensitivity), English by default.

A translation (issue 9) builds another `DocumentLabels` with the same fields; the documents print
whatever they are given. Placeholders in braces (`{page}`) must survive translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from pimdesk.domain.sensitivity import Sensitivity


@dataclass(frozen=True)
class DocumentLabels:
    """Every fixed label of the briefing, the category sheet and the glossary handout."""

    language: str = "en"
    right_to_left: bool = False

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

    # document kinds
    app_name: str = "PIM Desk"
    briefing: str = "Context briefing"
    category_sheet: str = "Category sheet"
    glossary: str = "Glossary of PIM terms"

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
    editorial_wording: str = "Editorial wording (not the source's), after {source}"
    unagreed_definition: str = "Definition not agreed: read it as a working description."
    matrix_row: str = "Matrix row"
    matrix_says: str = "What the PIM Matrix says"
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
    editorial: str = "editorial"
    sources: str = "Sources and content"
    content_set: str = "Content set"
    version: str = "Version"
    content_hash: str = "Content fingerprint"
    documents_cited: str = "Documents cited"
    illustrative_note: str = (
        "Items marked as examples, and wording marked editorial, are illustrative: PIM Desk "
        "adds them from common practice where the source gives none. Everything else renders "
        "the cited source in PIM Desk's own words."
    )
    personal_data_note: str = (
        "PIM Desk stores no personal data of affected people. The notes in this document are the "
        "team's own words."
    )
    glossary_intro: str = (
        "The Common PIM Terminology as PIM Desk carries it: {count} terms, A to Z. Definitions "
        "marked editorial are PIM Desk's own, from common practice."
    )

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
