"""Why a category is suggested, as a page: the reasons grouped by rule, each with its source.

Each reason is rebuilt from the content record it names (a scenario item, a question, a
relationship), so its words are the content's, in the content's language, and link to that
record's page. A reference the content no longer has falls back to the rule's own sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.content import Relationship
from pimdesk.domain.errors import NotFoundError
from pimdesk.domain.selection import SystemStatus
from pimdesk.domain.suggestions import Reason, Rule, Suggestion
from pimdesk.domain.tiers import TierDecision, TierReason
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.context.context_labels import counted, tier_label
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    badge,
    bullet_list,
    content_text,
    heading,
    in_english,
    paragraph,
    provenance,
    text,
    with_legend,
)

translate = QCoreApplication.translate


def citation(reference: ReferenceService, source: str, origin: str) -> str:
    """' — Source: PIM WM2 2015 §11', or PIM Desk's note or illustration marked as such: the
    domain's provenance decides which (an illustrative scenario item is never the source's)."""
    value = provenance(reference, origin, source)
    if value.is_source:
        return f' <span class="source">— {text(value.label)}</span>'
    return " " + badge(value.mark)


class ReasonWriter:
    """Writes the reasons of one suggestion, looking up the records they name."""

    def __init__(self, reference: ReferenceService) -> None:
        self._reference = reference
        self._relationships = {r.id: r for r in reference.relationships}

    def page(
        self,
        category: str,
        suggestion: Suggestion | None,
        status: SystemStatus,
        tier: TierDecision | None = None,
    ) -> RenderedPage:
        name = self._category_name(category)
        parts = [f"<h2>{self._category_link(category)}</h2>"]
        if name is None:
            parts.append(paragraph(text(_not_in_content())))
        if name is not None and tier is not None:
            parts += self._tier_parts(tier)
        if name is not None and suggestion is None and tier is None:
            parts.append(paragraph(text(_added_by_hand())))
        elif name is not None and suggestion is not None:
            parts += self._suggestion_parts(suggestion, status)
        return with_legend(RenderedPage(name or category, "".join(parts)))

    def _tier_parts(self, tier: TierDecision) -> list[str]:
        """The tier first: where the category stands now, what would add it, and why."""
        title = tier_label(tier.tier)
        parts = [heading(3, translate("Reasons", "Tier: {tier}").format(tier=title))]
        if tier.condition:
            when = translate("Reasons", "Add it when {condition}.").format(condition=tier.condition)
            parts.append(paragraph(text(when)))
        lines = [
            self._tier_reason(reason) + citation(self._reference, reason.source, reason.origin)
            for reason in reversed(tier.reasons)  # the reason that decided it first
        ]
        parts.append(bullet_list(lines))
        return parts

    def _tier_reason(self, reason: TierReason) -> str:
        """The reason's sentence (in the interface's language), a content text it quotes that is
        still in English read left to right and marked, so the two languages do not mix."""
        shown = text(reason.text)
        for piece in dict.fromkeys(reason.pieces):
            if piece and self._reference.is_untranslated(piece):
                shown = shown.replace(text(piece), in_english(text(piece)), 1)
        return shown

    def _suggestion_parts(self, suggestion: Suggestion, status: SystemStatus) -> list[str]:
        parts = []
        if suggestion.first:
            first = translate(
                "Reasons", "Suggested first: a contextual risk analysis comes before any response."
            )
            parts.append(paragraph(badge(translate("Reasons", "First")) + " " + text(first)))
        writers: dict[Rule, Callable[[tuple[Reason, ...]], list[str]]] = {
            Rule.RISK_ANALYSIS_FIRST: self._comes_before,
            Rule.TEAM_NEED: self._team_needs,
            Rule.MUST_HAVE: lambda found: self._scenario_items(found, must=True),
            Rule.NICE_TO_HAVE: lambda found: self._scenario_items(found, must=False),
            Rule.WORKS_WITH: lambda found: self._works_with(suggestion.category, found),
            Rule.GAP: lambda found: _system_note(self._reference, found, status),
            Rule.OPERATING: lambda found: _system_note(self._reference, found, status),
        }
        for rule, found in suggestion.by_rule():
            parts += writers[rule](found)
        return parts

    # ------------------------------------------------------------------ the rules
    def _comes_before(self, found: tuple[Reason, ...]) -> list[str]:
        title = counted(
            len(found),
            translate("Reasons", "Comes before 1 category:"),
            translate("Reasons", "Comes before {n} categories:"),
        )
        lines = []
        for reason in found:
            relationship = self._relationships.get(reason.ref_id)
            if relationship is None:
                lines.append(text(reason.text) + self._reason_cite(reason))
                continue
            lines.append(
                f"{self._category_link(relationship.to_category)}: "
                f"{self._content(relationship.explanation)}" + self._cite(relationship)
            )
        return [heading(3, title), bullet_list(lines)]

    def _scenario_items(self, found: tuple[Reason, ...], must: bool) -> list[str]:
        if must:
            title = counted(
                len(found),
                translate("Reasons", "Produces a must-have item of the scenario:"),
                translate("Reasons", "Produces {n} must-have items of the scenario:"),
            )
        else:
            title = counted(
                len(found),
                translate("Reasons", "Produces a nice-to-have item of the scenario:"),
                translate("Reasons", "Produces {n} nice-to-have items of the scenario:"),
            )
        return [heading(3, title), bullet_list([self._record_line(r) for r in found])]

    def _team_needs(self, found: tuple[Reason, ...]) -> list[str]:
        title = translate("Reasons", "Answers {n} of the needs you picked:").format(n=len(found))
        return [heading(3, title), bullet_list([self._record_line(r) for r in found])]

    def _works_with(self, category: str, found: tuple[Reason, ...]) -> list[str]:
        title = counted(
            len(found),
            translate("Reasons", "Works with 1 category this context needs:"),
            translate("Reasons", "Works with {n} categories this context needs:"),
        )
        lines = []
        for reason in found:
            relationship = self._relationships.get(reason.ref_id)
            if relationship is None:
                lines.append(text(reason.text) + self._reason_cite(reason))
            else:
                lines.append(self._relationship_line(category, relationship))
        return [heading(3, title), bullet_list(lines)]

    def _relationship_line(self, category: str, relationship: Relationship) -> str:
        first, second = relationship.from_category, relationship.to_category
        partner = relationship.partner_of(category)
        sentence = labels.relationship_sentence(
            relationship.kind, self._category_link(first), self._category_link(second)
        )
        more = anchor(
            "category", partner, translate("Reasons", "how they work together"), "relationships"
        )
        explanation = self._content(relationship.explanation)
        return f"{sentence}: {explanation} ({more})" + self._cite(relationship)

    def _record_line(self, reason: Reason) -> str:
        try:
            if reason.ref_kind == "scenario_item":
                item = self._reference.scenario_item(reason.ref_id)
                return self._linked_text("need", item.id, item.text) + self._reason_cite(reason)
            if reason.ref_kind == "question":
                question = self._reference.question(reason.ref_id)
                shown = self._linked_text("question", question.id, question.text)
                return shown + self._reason_cite(reason)
        except NotFoundError:
            pass
        return text(reason.text) + self._reason_cite(reason)

    def _content(self, value: str) -> str:
        return content_text(self._reference, value)

    def _linked_text(self, kind: str, record_id: str, value: str) -> str:
        """A link to a record by its text; one still in English read left to right, marked."""
        link = anchor(kind, record_id, value)
        return in_english(link) if self._reference.is_untranslated(value) else link

    def _reason_cite(self, reason: Reason) -> str:
        return citation(self._reference, reason.source, reason.origin)

    def _cite(self, relationship: Relationship) -> str:
        attribution = relationship.attribution
        return citation(self._reference, attribution.source, attribution.origin)

    # ------------------------------------------------------------------ names
    def _category_name(self, category: str) -> str | None:
        try:
            return self._reference.category(category).name
        except NotFoundError:
            return None

    def _category_link(self, category: str) -> str:
        name = self._category_name(category)
        if name is None:
            return text(category) + " " + text(translate("Reasons", "(not in the current content)"))
        return anchor("category", category, name)


def _system_note(
    reference: ReferenceService, found: tuple[Reason, ...], status: SystemStatus
) -> list[str]:
    sentences = {
        SystemStatus.NOT_OPERATING: (
            translate("Reasons", "A gap to fill"),
            translate("Reasons", "Needed, but no system of this category operates here."),
        ),
        SystemStatus.UNKNOWN: (
            translate("Reasons", "A gap to fill"),
            translate(
                "Reasons",
                "Needed, and it is not known whether a system of this category "
                "operates here: find out.",
            ),
        ),
        SystemStatus.OPERATING: (
            translate("Reasons", "Already here"),
            translate(
                "Reasons",
                "A system of this category already operates here: build on it and share its data.",
            ),
        ),
        SystemStatus.PLANNED: (
            translate("Reasons", "Planned here"),
            translate(
                "Reasons",
                "A system of this category is planned here: check that it will come in time.",
            ),
        ),
    }
    title, sentence = sentences[status]
    return [
        heading(3, title),
        paragraph(text(sentence) + citation(reference, found[0].source, found[0].origin)),
    ]


def _not_in_content() -> str:
    return translate(
        "Reasons",
        "This category is not in the current content: a content update removed or renamed it. "
        "Your decision and notes on it are kept.",
    )


def _added_by_hand() -> str:
    return translate(
        "Reasons", "The rules do not suggest this category for this context: your team added it."
    )
