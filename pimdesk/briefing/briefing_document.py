"""The context briefing: a team's selection of PIM categories for one operation, as a PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer

from pimdesk.briefing.category_blocks import (
    condition_blocks,
    definition_blocks,
    matrix_table,
    status_blocks,
)
from pimdesk.briefing.document_parts import (
    BULLET,
    CHECKBOX,
    Outline,
    sources_blocks,
    start_document,
    subject,
    term_blocks,
    translation_notice,
)
from pimdesk.briefing.flowables import Area, ContentsList, boxed, data_table
from pimdesk.briefing.layout import DocumentIdentity
from pimdesk.briefing.styles import NOTE_BACKGROUND, NOTE_BORDER, TABLE_BAND, Styles
from pimdesk.briefing.text import (
    bold,
    escape,
    labelled,
    markup,
    muted,
    paragraph,
    provenance_note,
)
from pimdesk.domain.briefing_input import BriefingInput, BuiltDocument, SelectedCategory
from pimdesk.domain.content import Attribution, ScenarioItem
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.export_progress import Reporter

BODY_SIZE = 9.5
COLUMN_GAP = 7 * mm
# A category starts on a new page unless this much room is left: its heading, facts and status
# belong with the start of its definition.
CATEGORY_START_ROOM = 70 * mm


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
            document.page_template("columns", document.columns(2, COLUMN_GAP)),
        ]
    )
    outline = Outline(styles)
    area = document.area
    story: list[Flowable] = [
        *_cover(briefing, styles, outline, area),
        NextPageTemplate("body"),
        PageBreak(),
        *_summary(briefing, styles, outline, area),
        outline.heading(labels.categories, 0),
    ]
    for selected in briefing.categories:
        story += _category_section(briefing, selected, styles, outline, area)
    story += _checklist(briefing, styles, outline)
    story += _glossary(briefing, styles, outline)
    story += [NextPageTemplate("body"), PageBreak()]
    story += sources_blocks(settings, styles, outline, area)
    return document.build_pdf(story)


def _cover(briefing: BriefingInput, styles: Styles, outline: Outline, area: Area) -> list[Flowable]:
    labels = briefing.settings.labels
    selection = briefing.selection
    level = labels.sensitivity_label(briefing.settings.sensitivity)
    details = [
        (labels.place, selection.place or labels.not_given),
        (labels.date, selection.date.isoformat() if selection.date else labels.not_given),
        (labels.scenario, briefing.scenario.name),
        (labels.organisation, selection.organisation or labels.not_given),
        (labels.sensitivity, level),
    ]
    rows = [
        [paragraph(label, styles.table_label), paragraph(value, styles.table_cell)]
        for label, value in details
    ]
    notice = paragraph(labels.sensitivity_notice.format(level=level), styles.warning)
    contents = ContentsList(styles.toc_levels)
    return [
        paragraph(f"{labels.app_name} · {labels.briefing}", styles.subtitle),
        Spacer(1, 2 * mm),
        paragraph(selection.name, styles.title),
        paragraph(briefing.scenario.name, styles.subtitle),
        *translation_notice(briefing.settings, styles),
        Spacer(1, 5 * mm),
        data_table(rows, (area.width * 0.28, area.width * 0.72), area, header_rows=0, banded=False),
        Spacer(1, 4 * mm),
        markup(
            f"{escape(briefing.scenario.description)} "
            + _mark(briefing.scenario.attribution, labels),
            styles.body,
        ),
        Spacer(1, 2 * mm),
        boxed([notice], area, NOTE_BACKGROUND, NOTE_BORDER),
        Spacer(1, 6 * mm),
        outline.heading(labels.contents, 0, toc=False),
        contents,
    ]


def _summary(
    briefing: BriefingInput, styles: Styles, outline: Outline, area: Area
) -> list[Flowable]:
    labels = briefing.settings.labels
    header = [
        paragraph(text, styles.table_header)
        for text in (labels.category, labels.priority, labels.system_here, labels.why_chosen)
    ]
    rows: list[list[object]] = [header]
    for selected in briefing.categories:
        rows.append(
            [
                paragraph(selected.name, styles.table_label),
                paragraph(_priority(selected, briefing), styles.table_cell),
                paragraph(labels.system_label(selected.system_status), styles.table_cell),
                [paragraph(reason, styles.table_bullet, BULLET) for reason in selected.reasons],
            ]
        )
    width = area.width
    widths = (width * 0.24, width * 0.11, width * 0.14, width * 0.51)
    blocks: list[Flowable] = [outline.heading(labels.summary, 0), data_table(rows, widths, area)]
    if briefing.needs:
        blocks.append(paragraph(labels.team_needs, styles.heading3))
        blocks += [paragraph(need, styles.bullet, BULLET) for need in briefing.needs]
    if briefing.include_notes and briefing.selection.notes.strip():
        blocks += [
            paragraph(labels.context_notes, styles.heading3),
            _notes_box(briefing.selection.notes, styles, area),
        ]
    return blocks


def _notes_box(notes: str, styles: Styles, area: Area) -> Flowable:
    return boxed([paragraph(notes, styles.note)], area, TABLE_BAND, NOTE_BORDER)


def _priority(selected: SelectedCategory, briefing: BriefingInput) -> str:
    labels = briefing.settings.labels
    return labels.priority_label(selected.priority)


def _category_section(
    briefing: BriefingInput,
    selected: SelectedCategory,
    styles: Styles,
    outline: Outline,
    area: Area,
) -> list[Flowable]:
    labels = briefing.settings.labels
    category = selected.content.category
    facts = (
        f"{labelled(labels.priority, _priority(selected, briefing))} · "
        f"{labelled(labels.system_here, labels.system_label(selected.system_status))}"
    )
    blocks: list[Flowable] = [
        CondPageBreak(CATEGORY_START_ROOM),
        outline.heading(selected.name, 1),
        markup(facts, styles.body_with_next),
        *status_blocks(category, styles, labels, area),
        *definition_blocks(category, styles, labels),
        matrix_table(selected.content, styles, labels, area),
        *condition_blocks(selected.content.conditions, styles, labels, area),
    ]
    wanted = ((labels.must_have, selected.must_have), (labels.nice_to_have, selected.nice_to_have))
    for title, items in wanted:
        blocks.append(paragraph(f"{title} ({briefing.scenario.name})", styles.heading3))
        if not items:
            blocks.append(markup(muted(labels.none_listed), styles.body))
        blocks += [_scenario_item(item, styles, labels) for item in items]
    if briefing.include_notes and selected.notes.strip():
        blocks += [
            paragraph(labels.team_notes, styles.heading3),
            _notes_box(selected.notes, styles, area),
        ]
    return blocks


def _checklist(briefing: BriefingInput, styles: Styles, outline: Outline) -> list[Flowable]:
    labels = briefing.settings.labels
    blocks: list[Flowable] = [
        outline.heading(labels.checklist, 0),
        paragraph(labels.checklist_intro, styles.body),
        outline.heading(labels.principles, 1),
    ]
    for principle in briefing.principles:
        name = bold(principle.name)
        if principle.later_name:
            name += " " + muted(f"({labels.later_name.format(name=principle.later_name)})")
        mark = _mark(principle.attribution, labels)
        text = f"{name}: {escape(principle.explanation)} {mark}"
        blocks.append(markup(text, styles.checkbox, CHECKBOX))
    blocks.append(outline.heading(labels.challenges, 1))
    for challenge in briefing.challenges:
        mark = _mark(challenge.attribution, labels)
        blocks += [
            paragraph(challenge.name, styles.heading3),
            markup(f"{escape(challenge.description)} {mark}", styles.body),
        ]
        blocks += [
            markup(f"{escape(step)} {mark}", styles.checkbox, CHECKBOX)
            for step in challenge.mitigations
        ]
    return blocks


def _mark(attribution: Attribution, labels: DocumentLabels) -> str:
    """Where a text comes from, as the domain's provenance decides it."""
    return provenance_note(labels.provenance, attribution.origin, attribution.source)


def _scenario_item(item: ScenarioItem, styles: Styles, labels: DocumentLabels) -> Flowable:
    """A must-have or nice-to-have item, marked when it is PIM Desk's illustration."""
    return markup(f"{escape(item.text)} {_mark(item.attribution, labels)}", styles.bullet, BULLET)


def _glossary(briefing: BriefingInput, styles: Styles, outline: Outline) -> list[Flowable]:
    labels = briefing.settings.labels
    if not briefing.terms:
        return []
    blocks: list[Flowable] = [
        NextPageTemplate("columns"),
        PageBreak(),
        outline.heading(labels.terms_used, 0),
    ]
    for term in briefing.terms:
        blocks += term_blocks(term, styles, labels.provenance)
    return blocks
