"""Assemble what each PDF document prints from the reference content and a selection."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from pimdesk.domain.briefing_input import (
    BriefingInput,
    CategoryContent,
    CategorySheetInput,
    DocumentSettings,
    GlossaryInput,
    MatrixPosterInput,
    OpenCategory,
    PosterCategory,
    PosterPaper,
    RelatedCategory,
    ScenarioCoverage,
    SelectedCategory,
)
from pimdesk.domain.content import Challenge, Priority, Scenario
from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.errors import InvalidInputError, NotFoundError
from pimdesk.domain.provenance import provenance_of
from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
    TeamPriority,
)
from pimdesk.domain.suggestions import Reason, Rule, Suggestion, by_rule
from pimdesk.services.reference import ReferenceService

UNBROKEN_MARK = 30  # characters: a mark this short is kept on one line
MAX_NAMES_LISTED = 3  # a longer list of categories in a reason is counted, not listed
_PRIORITY_ORDER = {TeamPriority.HIGH: 0, TeamPriority.MEDIUM: 1, TeamPriority.LOW: 2, None: 3}


def category_content(reference: ReferenceService, category_id: str) -> CategoryContent:
    """A category, its column of the matrix, the conditions on its shared data, its relations."""
    overview = reference.overview(category_id)
    used = {c for _, cell in overview.cells for item in cell.items for c in item.conditions}
    names = reference.category_names
    related = tuple(
        RelatedCategory(names.get(r.partner_of(category_id), ""), r.explanation, r.attribution)
        for r in overview.relationships
    )
    return CategoryContent(
        category=overview.category,
        rows=overview.cells,
        conditions=tuple(c for c_id, c in reference.conditions.items() if c_id in used),
        related=related,
        merged=overview.merged,
    )


def briefing_input(
    reference: ReferenceService,
    selection: Selection,
    suggestions: Sequence[Suggestion],
    settings: DocumentSettings,
    include_notes: bool = True,
) -> BriefingInput:
    """The context briefing of `selection`: its accepted categories, most urgent first."""
    scenario = reference.scenario(selection.scenario)
    known = {category.id for category in reference.categories}
    accepted = [choice for choice in selection.accepted if choice.category in known]
    if not accepted:
        raise InvalidInputError(
            f"The selection '{selection.name}' has no accepted category yet: accept at least "
            "one before exporting a briefing."
        )
    position = {category.id: category.position for category in reference.categories}
    first = {suggestion.category for suggestion in suggestions if suggestion.first}
    # Among equal priorities, the category that comes before the others goes first.
    accepted.sort(
        key=lambda c: (_PRIORITY_ORDER[c.priority], c.category not in first, position[c.category])
    )
    reasons = {suggestion.category: suggestion.reasons for suggestion in suggestions}
    categories = tuple(
        _selected(
            reference,
            selection,
            scenario,
            choice,
            reasons.get(choice.category, ()),
            settings.labels,
        )
        for choice in accepted
    )
    chosen = {selected.content.category.id for selected in categories}
    shown_notes = selection.notes if include_notes else ""
    names = reference.category_names
    briefing = BriefingInput(
        settings=settings,
        selection=replace(selection, notes=shown_notes),
        scenario=scenario,
        categories=categories if include_notes else tuple(replace(c, notes="") for c in categories),
        principles=reference.principles,
        challenges=_challenges_for(reference.challenges, chosen),
        # a need in the team's own words is free text, like the notes: left out with them
        needs=tuple(
            _need_line(reference, need, settings.labels)
            for need in selection.needs
            if include_notes or need.source is not NeedSource.CUSTOM
        ),
        include_notes=include_notes,
        open_categories=_open_categories(
            reference, selection, scenario, suggestions, settings.labels, include_notes
        ),
        coverage=tuple(
            ScenarioCoverage(
                item,
                tuple(names[c] for c in item.categories if c in chosen),
                tuple(names[c] for c in item.categories if c in names),
            )
            for item in scenario.items
        ),
        without_system=tuple(
            s.name for s in categories if not has_system_here(selection, s.content.category.id)
        ),
        checks=tuple(
            s for s in reference.statements("sharing_check") if s.id != SHARING_CHECK_SCOPE
        ),
    )
    used = reference.terms_in(list(briefing.texts()))
    return replace(briefing, terms=tuple(t for t in used if reader_may_not_know(t.id, names)))


# The words a protection team uses every day: a briefing's reader knows them, so its glossary
# leaves them out (the full glossary handout keeps them).
EVERYDAY_TERMS = frozenset(
    {
        "data", "information", "knowledge", "protection", "household", "refugee",
        "displacement", "incident", "indicator", "analysis", "safety", "threat", "advocacy",
        "vulnerability", "baseline", "dashboard", "host_community", "returnee", "fact_sheet",
        "child_protection", "confidentiality", "gender_based_violence", "protection_cluster",
        "registration", "violation", "asylum_seeker", "information_management",
        "needs_assessment",
    }
)  # fmt: skip
# The checklist's introduction (what footnote 7 says): the briefing words it in its own line.
SHARING_CHECK_SCOPE = "check_scope"


def reader_may_not_know(term_id: str, category_names: dict[str, str]) -> bool:
    """Whether a term used in a briefing belongs in its glossary part: not an everyday word,
    and not a category (the briefing or its category sheet says what each is)."""
    return term_id not in EVERYDAY_TERMS and term_id not in category_names


def has_system_here(selection: Selection, category_id: str) -> bool:
    """Whether a system of the category is known to operate or be planned in the context.

    The one place the briefing's gaps ask this. The context's systems map answers it (a named
    system operating or planned); an older selection's per-category status where it has none
    (`Selection.system_status`).
    """
    status = selection.system_status(category_id)
    return status in (SystemStatus.OPERATING, SystemStatus.PLANNED)


def _open_categories(
    reference: ReferenceService,
    selection: Selection,
    scenario: Scenario,
    suggestions: Sequence[Suggestion],
    labels: DocumentLabels,
    include_notes: bool,
) -> tuple[OpenCategory, ...]:
    """Every category the team has not accepted: those still to decide in the order of the
    suggestions (the first-ranked first), then the rejected ones, each with its reason."""
    ranked = {s.category: index for index, s in enumerate(suggestions)}
    suggested = {s.category: s for s in suggestions}
    position = {c.id: c.position for c in reference.categories}
    to_decide: list[OpenCategory] = []
    rejected: list[OpenCategory] = []
    for category in reference.categories:
        choice = selection.choice(category.id)
        decision = choice.decision if choice else Decision.SUGGESTED
        if decision is Decision.ACCEPTED:
            continue
        if decision is Decision.REJECTED:
            reason = choice.notes.strip() if choice and include_notes else ""
            rejected.append(OpenCategory(category.name, decision, reason))
            continue
        suggestion = suggested.get(category.id)
        reason = labels.not_suggested
        if suggestion is not None:
            system = selection.system_status(category.id)
            lines = grouped_reasons(
                reference, category.id, scenario, suggestion.reasons, labels, system
            )
            reason = lines[0]
        first = suggestion is not None and suggestion.first
        to_decide.append(OpenCategory(category.name, decision, reason, first))
    order = {c.name: ranked.get(c.id, len(ranked) + position[c.id]) for c in reference.categories}
    to_decide.sort(key=lambda c: order[c.name])
    return (*to_decide, *rejected)


def _selected(
    reference: ReferenceService,
    selection: Selection,
    scenario: Scenario,
    choice: CategoryChoice,
    reasons: Iterable[Reason],
    labels: DocumentLabels,
) -> SelectedCategory:
    items = [item for item in scenario.items if choice.category in item.categories]
    system = selection.system_status(choice.category)
    return SelectedCategory(
        content=category_content(reference, choice.category),
        priority=choice.priority,
        system_status=system,
        reasons=grouped_reasons(
            reference, choice.category, scenario, tuple(reasons), labels, system
        ),
        must_have=tuple(i for i in items if i.priority is Priority.MUST_HAVE),
        nice_to_have=tuple(i for i in items if i.priority is Priority.NICE_TO_HAVE),
        notes=choice.notes,
    )


def _challenges_for(challenges: Iterable[Challenge], chosen: set[str]) -> tuple[Challenge, ...]:
    """The challenge areas that concern a chosen category, or every category (none listed)."""
    return tuple(c for c in challenges if not c.categories or chosen & set(c.categories))


def grouped_reasons(
    reference: ReferenceService,
    category_id: str,
    scenario: Scenario,
    reasons: Sequence[Reason],
    labels: DocumentLabels = ENGLISH_LABELS,
    system: SystemStatus | None = None,
) -> tuple[str, ...]:
    """Why a category was chosen, one line per kind of reason instead of one per item, in the
    language of `labels`; `system` (the status of the category's system here) words the gap or
    running-system line."""
    if not reasons:
        return (labels.reason_chosen_by_team,)
    groups = by_rule(reasons)
    counts = {rule: len(found) for rule, found in groups}
    must, nice = counts.get(Rule.MUST_HAVE, 0), counts.get(Rule.NICE_TO_HAVE, 0)
    lines: list[str] = []
    for rule, found in groups:
        if rule in (Rule.MUST_HAVE, Rule.NICE_TO_HAVE):  # one line for both
            if rule is Rule.NICE_TO_HAVE and must:
                continue
            cited = [r for r in reasons if r.rule in (Rule.MUST_HAVE, Rule.NICE_TO_HAVE)]
            lines.append(_marked(_scenario_line(scenario, must, nice, labels), cited, labels))
        else:
            lines.append(_line(reference, category_id, rule, found, labels, system))
    return tuple(lines)


def _marked(line: str, reasons: Sequence[Reason], labels: DocumentLabels) -> str:
    """`line` followed by where the records it cites come from, each mark once: an
    illustrative scenario item is never cited as the source's."""
    marks = dict.fromkeys(
        _unbroken(reason.provenance(labels.provenance).mark) for reason in reasons
    )
    return f"{line} ({labels.item_separator.join(marks)})" if marks else line


def _unbroken(mark: str) -> str:
    """A short mark with no-break spaces, so that a line break never splits it from itself."""
    return mark.replace(" ", "\u00a0") if len(mark) <= UNBROKEN_MARK else mark


def _scenario_line(scenario: Scenario, must: int, nice: int, labels: DocumentLabels) -> str:
    """'Produces 2 must-have and 1 nice-to-have items for a sudden-onset emergency.'"""
    if must and nice:
        template = labels.reason_must_and_nice
    elif must:
        template = labels.reason_must_have_one if must == 1 else labels.reason_must_have_many
    else:
        template = labels.reason_nice_to_have_one if nice == 1 else labels.reason_nice_to_have_many
    return template.format(
        must=must,
        nice=nice,
        count=must or nice,
        scenario=scenario.name,
        scenario_lower=scenario.name.lower(),
    )


def _line(
    reference: ReferenceService,
    category_id: str,
    rule: Rule,
    reasons: Sequence[Reason],
    labels: DocumentLabels,
    system: SystemStatus | None,
) -> str:
    if rule is Rule.RISK_ANALYSIS_FIRST:
        names = _related_names(reference, category_id, reasons)
        if len(names) > MAX_NAMES_LISTED:
            return labels.reason_comes_first_many.format(count=len(names))
        return labels.reason_comes_first.format(names=labels.join(names))
    if rule is Rule.TEAM_NEED:
        needs = dict.fromkeys(
            _marked(_need_text(reference, reason), [reason], labels) for reason in reasons
        )
        template = labels.reason_team_need if len(needs) == 1 else labels.reason_team_needs
        line = template.format(needs=labels.item_separator.join(needs))
        return line if line.endswith(")") else _sentence(line)  # a mark ends it: no full stop
    if rule is Rule.WORKS_WITH:
        names = _related_names(reference, category_id, reasons)
        return labels.reason_works_with.format(names=labels.join(names))
    return _system_line(labels, system) or reasons[0].text  # a gap or a running system


def _system_line(labels: DocumentLabels, system: SystemStatus | None) -> str:
    """The gap or running-system reason in the document's language ('' when not known)."""
    lines = {
        SystemStatus.NOT_OPERATING: labels.reason_gap_not_operating,
        SystemStatus.UNKNOWN: labels.reason_gap_unknown,
        SystemStatus.OPERATING: labels.reason_operating,
        SystemStatus.PLANNED: labels.reason_planned,
    }
    return lines.get(system, "") if system is not None else ""


def _related_names(
    reference: ReferenceService, category_id: str, reasons: Iterable[Reason]
) -> list[str]:
    """The other categories of the relationships the reasons cite, each once, in order."""
    names = reference.category_names
    found: dict[str, None] = {}
    for reason in reasons:
        if reason.ref_kind == "relationship":
            other = reference.relationship(reason.ref_id).partner_of(category_id)
            found.setdefault(names.get(other, other))
    return list(found)


def _need_text(reference: ReferenceService, reason: Reason) -> str:
    """The scenario item or guiding question a team-need reason cites, in its own words."""
    if reason.ref_kind == "scenario_item":
        return reference.scenario_item(reason.ref_id).text
    if reason.ref_kind == "question":
        return reference.question(reason.ref_id).text
    return reason.text


def _need_line(reference: ReferenceService, need: DataNeed, labels: DocumentLabels) -> str:
    """A need the team picked, marked with where the scenario item or question it names comes
    from; a need in the team's own words is printed as typed."""
    try:
        if need.source is NeedSource.SCENARIO_ITEM and need.ref:
            attribution = reference.scenario_item(need.ref).attribution
        elif need.source is NeedSource.QUESTION and need.ref:
            attribution = reference.question(need.ref).attribution
        else:
            return need.text
    except NotFoundError:  # content updated since: the team's copy of the words stays
        return need.text
    value = provenance_of(attribution.origin, attribution.source, words=labels.provenance)
    return f"{need.text} ({value.mark})"


def _sentence(text: str) -> str:
    """`text` ending with one full stop (none added after '?', '!' or '.')."""
    return text if text.endswith((".", "?", "!", "؟")) else f"{text}."


def category_sheet_input(
    reference: ReferenceService, category_id: str, settings: DocumentSettings
) -> CategorySheetInput:
    overview = reference.overview(category_id)
    return CategorySheetInput(
        settings=settings,
        content=category_content(reference, category_id),
        scenario_items=overview.scenario_items,
        key_terms=overview.terms,
    )


def glossary_input(reference: ReferenceService, settings: DocumentSettings) -> GlossaryInput:
    return GlossaryInput(settings=settings, terms=reference.terms)


def matrix_poster_input(
    reference: ReferenceService,
    settings: DocumentSettings,
    paper: PosterPaper,
    selection: Selection | None = None,
) -> MatrixPosterInput:
    """The whole matrix, with `selection`'s accepted categories marked when one is given."""
    accepted = {choice.category for choice in selection.accepted} if selection else set()
    return MatrixPosterInput(
        settings=settings,
        paper=paper,
        elements=reference.elements,
        categories=tuple(
            PosterCategory(category_content(reference, c.id), c.id in accepted)
            for c in reference.categories
        ),
        selection_name=selection.name if selection else "",
    )
