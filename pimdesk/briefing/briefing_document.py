"""The context briefing: a meeting document on a team's selection of PIM categories.

Page 1 is the context in the team's words and what the meeting has to decide; then every
category by decision, the gaps, what to collect and share per accepted category (the team's
notes first), a short data-sharing checklist and the terms a reader may not know.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from pimdesk.briefing.category_blocks import definition_blocks, matrix_table, status_blocks
from pimdesk.briefing.document_parts import (
    BULLET,
    CHECKBOX,
    Outline,
    in_language,
    sources_blocks,
    start_document,
    subject,
    term_blocks,
    translation_notice,
)
from pimdesk.briefing.flowables import Area, ContentsList, boxed, data_table
from pimdesk.briefing.layout import DocumentIdentity
from pimdesk.briefing.styles import NOTE_BORDER, TABLE_BAND, Styles
from pimdesk.briefing.text import (
    bold,
    escape,
    labelled,
    markup,
    muted,
    paragraph,
    provenance_note,
    split_lines,
)
from pimdesk.domain.briefing_input import BriefingInput, BuiltDocument, SelectedCategory
from pimdesk.domain.content import Attribution, Condition, Priority, ScenarioItem
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.export_progress import Reporter
from pimdesk.domain.selection import SystemStatus

BODY_SIZE = 9.5
# A category starts on a new page unless this much room is left: its heading, the team's
# notes and the start of what it produces belong together.
CATEGORY_START_ROOM = 45 * mm
PART_START_ROOM = 40 * mm  # a part (gaps, checklist, glossary) starts with a few lines at least


def build_briefing(
    briefing: BriefingInput, fonts_dir: Path, reporter: Reporter | None = None
) -> BuiltDocument:
    """The context briefing of `briefing` as a PDF."""
    settings = briefing.settings
    labels = settings.labels
    identity = DocumentIdentity(
        labels.briefing, briefing.selection.name, subject(labels.briefing, settings)
    )
    document, styles = start_document(settings, identity, fonts_dir, BODY_SIZE, reporter)
    document.addPageTemplates(
        [
            document.page_template("cover", [document.full_frame("cover")]),
            document.page_template("body", [document.full_frame("body")]),
        ]
    )
    outline = Outline(styles)
    area = document.area
    story: list[Flowable] = [
        NextPageTemplate("body"),  # a cover that runs over goes on in the body's frame
        *_cover(briefing, styles, outline, area),
        PageBreak(),
        *_by_decision(briefing, styles, outline, area),
        *_gaps(briefing, styles, outline, area),
        # the part's heading goes with its first category (a page break between them would
        # break the heading's keep-with-next)
        CondPageBreak(CATEGORY_START_ROOM + 15 * mm),
        outline.heading(labels.collect_and_share, 0),
    ]
    for selected in briefing.categories:
        story += _category_section(briefing, selected, styles, outline, area)
    story += _checklist(briefing, styles, outline)
    story += _glossary(briefing, styles, outline)
    story += [CondPageBreak(PART_START_ROOM), *sources_blocks(settings, styles, outline, area)]
    return document.build_pdf(story)


def uses_fallback(briefing: BriefingInput) -> bool:
    """Whether any text the briefing prints is the English one, not yet translated."""
    return (
        briefing.scenario.fallback
        or any(c.content.category.fallback for c in briefing.categories)
        or any(cell.fallback for c in briefing.categories for _, cell in c.content.sharing_rows())
        or any(check.fallback for check in briefing.checks)
        or any(term.fallback for term in briefing.terms)
    )


def _cover(briefing: BriefingInput, styles: Styles, outline: Outline, area: Area) -> list[Flowable]:
    labels = briefing.settings.labels
    selection = briefing.selection
    level = briefing.settings.sensitivity
    details = [
        (labels.place, selection.place or labels.not_given),
        (
            labels.situation_as_of,
            selection.date.isoformat() if selection.date else labels.not_given,
        ),
        (labels.scenario, briefing.scenario.name),
        (labels.organisation, selection.organisation or labels.not_given),
        (labels.sensitivity, labels.sensitivity_label(level)),
    ]
    rows = [
        [paragraph(label, styles.table_label), paragraph(value, styles.table_cell)]
        for label, value in details
    ]
    blocks: list[Flowable] = [
        paragraph(f"{labels.app_name} · {labels.briefing}", styles.subtitle),
        Spacer(1, 2 * mm),
        paragraph(selection.name, styles.title),
        *translation_notice(briefing.settings, styles, uses_fallback(briefing)),
        Spacer(1, 3 * mm),
        data_table(rows, (area.width * 0.28, area.width * 0.72), area, header_rows=0, banded=False),
        Spacer(1, 2 * mm),
        paragraph(labels.level_notice(level), styles.warning),
    ]
    if briefing.include_notes and selection.notes.strip():
        blocks += [
            paragraph(labels.context_notes, styles.heading3),
            _notes_box(selection.notes, styles, area),
        ]
    if briefing.needs:
        blocks.append(paragraph(labels.team_needs, styles.heading3))
        blocks += [paragraph(need, styles.bullet, BULLET) for need in briefing.needs]
    blocks += [outline.heading(labels.decisions_to_make, 0, toc=False)]
    blocks += [paragraph(line, styles.checkbox, CHECKBOX) for line in decisions(briefing)]
    blocks += [
        Spacer(1, 3 * mm),
        outline.heading(labels.contents, 1, toc=False),
        ContentsList(styles.toc_levels),
    ]
    return blocks


def decisions(briefing: BriefingInput) -> list[str]:
    """The meeting's decisions in one line each: open categories, uncovered data, systems."""
    labels = briefing.settings.labels
    lines = []
    open_names = [c.name for c in briefing.to_decide]
    if open_names:
        template = labels.decide_open_one if len(open_names) == 1 else labels.decide_open
        lines.append(template.format(count=len(open_names), names=labels.join(open_names)))
    uncovered = len(briefing.uncovered)
    if uncovered:
        template = labels.decide_uncovered_one if uncovered == 1 else labels.decide_uncovered
        lines.append(template.format(count=uncovered))
    if briefing.without_system:
        lines.append(labels.decide_systems.format(names=labels.join(briefing.without_system)))
    return lines or [labels.nothing_to_decide]


def _by_decision(
    briefing: BriefingInput, styles: Styles, outline: Outline, area: Area
) -> list[Flowable]:
    """Every category: the accepted ones in a table, then those to decide and those rejected."""
    labels = briefing.settings.labels
    blocks: list[Flowable] = [
        outline.heading(labels.by_decision, 0),
        outline.heading(labels.accepted, 1),
        _accepted_table(briefing, styles, area),
        outline.heading(labels.to_decide, 1),
    ]
    for open_category in briefing.to_decide:
        name = bold(open_category.name)
        if open_category.first:
            name += " " + muted(f"({labels.ranked_first})")
        blocks.append(markup(f"{name}: {escape(open_category.reason)}", styles.bullet, BULLET))
    if not briefing.to_decide:
        blocks.append(paragraph(labels.none_at_all, styles.body))
    blocks.append(outline.heading(labels.rejected, 1))
    for open_category in briefing.rejected:
        reason = open_category.reason or labels.no_reason_given
        blocks.append(markup(labelled(open_category.name, reason), styles.bullet, BULLET))
    if not briefing.rejected:
        blocks.append(paragraph(labels.none_at_all, styles.body))
    return blocks


def _accepted_table(briefing: BriefingInput, styles: Styles, area: Area) -> Flowable:
    """The accepted categories with why; the priority and system columns only when the team
    set any (a briefing from the command line would print 'Not set' on every row)."""
    labels = briefing.settings.labels
    categories = briefing.categories
    with_priority = any(c.priority is not None for c in categories)
    with_system = any(c.system_status is not SystemStatus.UNKNOWN for c in categories)
    titles = [labels.category]
    widths = [0.26]
    if with_priority:
        titles.append(labels.priority)
        widths.append(0.12)
    if with_system:
        titles.append(labels.system_here)
        widths.append(0.14)
    titles.append(labels.why_chosen)
    widths.append(1 - sum(widths))
    rows: list[list[object]] = [[paragraph(t, styles.table_header) for t in titles]]
    for selected in categories:
        row: list[object] = [paragraph(selected.name, styles.table_label)]
        if with_priority:
            row.append(paragraph(labels.priority_label(selected.priority), styles.table_cell))
        if with_system:
            row.append(paragraph(labels.system_label(selected.system_status), styles.table_cell))
        row.append([paragraph(r, styles.table_bullet, BULLET) for r in selected.reasons])
        rows.append(row)
    return data_table(rows, tuple(area.width * w for w in widths), area)


def _gaps(briefing: BriefingInput, styles: Styles, outline: Outline, area: Area) -> list[Flowable]:
    """Accepted categories without a system here, must-have data nobody accepted produces, and
    each must-have item of the scenario with whether the selection covers it."""
    labels = briefing.settings.labels
    blocks: list[Flowable] = [
        CondPageBreak(PART_START_ROOM),
        outline.heading(labels.gaps, 0),
        paragraph(labels.gaps_no_system, styles.heading3),
    ]
    blocks += [paragraph(name, styles.bullet, BULLET) for name in briefing.without_system]
    if not briefing.without_system:
        blocks.append(paragraph(labels.none_at_all, styles.body))
    blocks.append(paragraph(labels.gaps_uncovered, styles.heading3))
    for coverage in briefing.uncovered:
        text = _item_text(coverage.item, labels)
        if coverage.producers:
            text += " — " + escape(labels.join(coverage.producers))
        blocks.append(markup(text, styles.bullet, BULLET))
    if not briefing.uncovered:
        blocks.append(paragraph(labels.none_at_all, styles.body))
    titles = (labels.data_item, labels.covered_by)
    rows: list[list[object]] = [[paragraph(title, styles.table_header) for title in titles]]
    for coverage in briefing.coverage:
        if coverage in briefing.uncovered or coverage.item.priority is not Priority.MUST_HAVE:
            continue
        rows.append(
            [
                markup(_item_text(coverage.item, labels), styles.table_cell),
                paragraph(labels.join(coverage.covered_by), styles.table_cell),
            ]
        )
    if len(rows) > 1:
        blocks += [
            paragraph(labels.coverage, styles.heading3),
            data_table(rows, (area.width * 0.6, area.width * 0.4), area),
        ]
    return blocks


def _item_text(item: ScenarioItem, labels: DocumentLabels) -> str:
    return f"{escape(item.text)} {_mark(item.attribution, labels)}"


def _notes_box(notes: str, styles: Styles, area: Area) -> Flowable:
    """The team's notes, each line its own paragraph: an Arabic line in an English note reads
    right to left, and an English one in Arabic left to right."""
    # an empty line keeps its height (a no-break space), as the team typed it
    typed = split_lines(notes.strip("\r\n"))
    shown = [paragraph(line if line.strip() else "\u00a0", styles.note) for line in typed]
    return boxed(shown, area, TABLE_BAND, NOTE_BORDER)


def _category_section(
    briefing: BriefingInput,
    selected: SelectedCategory,
    styles: Styles,
    outline: Outline,
    area: Area,
) -> list[Flowable]:
    """What to collect and share for one accepted category: the team's notes first, then the
    data the scenario needs from it, then what the matrix says it produces and shares."""
    labels = briefing.settings.labels
    category = selected.content.category
    blocks: list[Flowable] = [CondPageBreak(CATEGORY_START_ROOM), outline.heading(selected.name, 1)]
    facts = []
    if selected.priority is not None:
        facts.append(labelled(labels.priority, labels.priority_label(selected.priority)))
    if selected.system_status is not SystemStatus.UNKNOWN:
        facts.append(labelled(labels.system_here, labels.system_label(selected.system_status)))
    if facts:
        blocks.append(markup(" · ".join(facts), styles.body_with_next))
    if briefing.include_notes and selected.notes.strip():
        blocks += [
            paragraph(labels.team_notes, styles.heading3),
            _notes_box(selected.notes, styles, area),
        ]
    wanted = ((labels.must_have, selected.must_have), (labels.nice_to_have, selected.nice_to_have))
    listed = [(title, items) for title, items in wanted if items]
    for title, items in listed:
        blocks.append(paragraph(f"{title} ({briefing.scenario.name})", styles.heading3))
        blocks += [_scenario_item(item, styles, labels) for item in items]
    if not listed:
        blocks.append(markup(muted(labels.none_listed), styles.body))
    if not category.status.definition_agreed:  # a working description: say so by it
        blocks += status_blocks(category, styles, labels, area)
    definition = definition_blocks(category, styles, labels)[:1]
    blocks += in_language(definition, category.fallback)
    sharing = replace(selected.content, rows=selected.content.sharing_rows())
    if sharing.rows:
        blocks.append(matrix_table(sharing, styles, labels, area))
    return blocks


def _checklist(briefing: BriefingInput, styles: Styles, outline: Outline) -> list[Flowable]:
    """Footnote 7's questions, then the conditions the accepted categories' shared data carry:
    short enough to go through in a meeting."""
    labels = briefing.settings.labels
    blocks: list[Flowable] = [
        CondPageBreak(PART_START_ROOM),
        outline.heading(labels.checklist, 0),
        paragraph(labels.sharing_checklist_intro, styles.body),
    ]
    for check in briefing.checks:
        text = f"{bold(check.title)}: {escape(check.text)} {_mark(check.attribution, labels)}"
        blocks += in_language([markup(text, styles.checkbox, CHECKBOX)], check.fallback)
    conditions = _conditions(briefing)
    if conditions:
        blocks.append(paragraph(labels.sharing_conditions, styles.heading3))
    for condition in conditions:
        text = f"{labelled(condition.label, condition.description)} "
        text += _mark(condition.attribution, labels)
        blocks.append(markup(text, styles.checkbox, CHECKBOX))
    return blocks


def _conditions(briefing: BriefingInput) -> list[Condition]:
    """The conditions on the accepted categories' shared data, each once, in order."""
    found: dict[str, Condition] = {}
    for selected in briefing.categories:
        for condition in selected.content.conditions:
            found.setdefault(condition.id, condition)
    return list(found.values())


def _mark(attribution: Attribution, labels: DocumentLabels) -> str:
    """Where a text comes from, as the domain's provenance decides it."""
    return provenance_note(labels.provenance, attribution.origin, attribution.source)


def _scenario_item(item: ScenarioItem, styles: Styles, labels: DocumentLabels) -> Flowable:
    """A must-have or nice-to-have item, marked when it is PIM Desk's illustration."""
    return markup(_item_text(item, labels), styles.bullet, BULLET)


def _glossary(briefing: BriefingInput, styles: Styles, outline: Outline) -> list[Flowable]:
    """The terms the briefing uses that a reader may not know (the full glossary is its own
    document)."""
    labels = briefing.settings.labels
    if not briefing.terms:
        return []
    blocks: list[Flowable] = [CondPageBreak(PART_START_ROOM), outline.heading(labels.terms_used, 0)]
    for term in briefing.terms:
        blocks += in_language(term_blocks(term, styles, labels.provenance), term.fallback)
    return blocks
