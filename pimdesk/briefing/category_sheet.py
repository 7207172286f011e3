"""The category sheet: one PIM category on two or three pages, for handing out."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from pimdesk.briefing.category_blocks import (
    category_lists,
    condition_blocks,
    definition_blocks,
    matrix_table,
    status_blocks,
)
from pimdesk.briefing.document_parts import (
    BULLET,
    Outline,
    in_language,
    start_document,
    subject,
    translation_notice,
)
from pimdesk.briefing.flowables import Area, data_table
from pimdesk.briefing.layout import DocumentIdentity, PageLimitExceeded
from pimdesk.briefing.styles import MEASURE_CHARACTERS, Styles
from pimdesk.briefing.text import (
    bold,
    escape,
    labelled,
    markup,
    muted,
    paragraph,
    provenance_note,
)
from pimdesk.domain.briefing_input import BuiltDocument, CategorySheetInput
from pimdesk.domain.content import Attribution, Priority, ScenarioItem
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.export_progress import Reporter

TABLE_START_ROOM = 30 * mm  # a table's heading and first row, at least

# The sheet is a handout of at most three pages: a long category is set a little smaller at the
# measure; then its running text runs the frame's full width, rather than smaller (a narrow table
# column at 8.5 points would break words); then it is set smaller again, never under the minimum
# text size; only then does it take a fourth page.
MAXIMUM_PAGES = 3
ATTEMPTS: tuple[tuple[float, int | None], ...] = (
    (9.5, MEASURE_CHARACTERS),
    (9.0, MEASURE_CHARACTERS),
    (9.5, None),
    (9.0, None),
    (8.5, None),
)


def build_category_sheet(
    sheet: CategorySheetInput, fonts_dir: Path, reporter: Reporter | None = None
) -> BuiltDocument:
    """The category sheet of `sheet` as a PDF, on at most three pages where it fits."""
    for size, measure in ATTEMPTS[:-1]:
        try:  # an attempt that runs onto a fourth page stops there
            return _build(sheet, fonts_dir, size, measure, reporter, MAXIMUM_PAGES)
        except PageLimitExceeded:
            continue
    size, measure = ATTEMPTS[-1]
    return _build(sheet, fonts_dir, size, measure, reporter, None)


def _build(
    sheet: CategorySheetInput,
    fonts_dir: Path,
    size: float,
    measure: int | None,
    reporter: Reporter | None,
    page_limit: int | None,
) -> BuiltDocument:
    settings = sheet.settings
    labels = settings.labels
    category = sheet.content.category
    identity = DocumentIdentity(
        labels.category_sheet, category.name, subject(labels.category_sheet, settings)
    )
    document, styles = start_document(
        settings, identity, fonts_dir, size, reporter, page_limit, measure=measure
    )
    document.addPageTemplates([document.page_template("sheet", [document.full_frame("sheet")])])
    outline = Outline(styles)
    area = document.area
    story: list[Flowable] = [
        outline.heading(category.name, 0),
        *translation_notice(settings, styles, _uses_fallback(sheet)),
        *_former_names(sheet, styles, labels),
        *status_blocks(category, styles, labels, area),
        *in_language(definition_blocks(category, styles, labels, True), category.fallback),
        *category_lists(category, styles, labels, area),
        CondPageBreak(TABLE_START_ROOM),
        outline.heading(labels.matrix_says, 1, keep=False),
        matrix_table(sheet.content, styles, labels, area),
        *condition_blocks(sheet.content.conditions, styles, labels, area),
        *_essential_data(sheet, styles, outline, area),
        *_related(sheet, styles, outline),
        *_key_terms(sheet, styles, labels),
    ]
    return document.build_pdf(story)


def _uses_fallback(sheet: CategorySheetInput) -> bool:
    """Whether the sheet prints English text that is not yet translated."""
    content = sheet.content
    return content.category.fallback or any(cell.fallback for _, cell in content.rows)


def _former_names(
    sheet: CategorySheetInput, styles: Styles, labels: DocumentLabels
) -> list[Flowable]:
    names = sheet.content.category.former_names
    if not names:
        return []
    return [markup(muted(f"{labels.also_called}: {'; '.join(names)}"), styles.muted)]


def _essential_data(
    sheet: CategorySheetInput, styles: Styles, outline: Outline, area: Area
) -> list[Flowable]:
    """The data each scenario needs from this category, must-haves first."""
    labels = sheet.settings.labels
    if not sheet.scenario_items:
        return []
    scenarios = list(dict.fromkeys(scenario for scenario, _ in sheet.scenario_items))
    marks = {_mark(item.attribution, labels) for _, item in sheet.scenario_items}
    # every item alike: said once, in the header
    once = (
        _mark(sheet.scenario_items[0][1].attribution, labels, group=True) if len(marks) == 1 else ""
    )
    titles = (labels.must_have_short, labels.nice_to_have_short)
    header = [paragraph(labels.scenario, styles.table_header)] + [
        markup(escape(title) + (f" {once}" if once else ""), styles.table_header)
        for title in titles
    ]
    rows: list[list[object]] = [header]
    for scenario in scenarios:
        items = [item for owner, item in sheet.scenario_items if owner == scenario]
        must = [i for i in items if i.priority is Priority.MUST_HAVE]
        nice = [i for i in items if i.priority is Priority.NICE_TO_HAVE]
        rows.append(
            [
                paragraph(scenario.name, styles.table_label),
                _bullets(must, styles, labels, marked=not once),
                _bullets(nice, styles, labels, marked=not once),
            ]
        )
    widths = (area.width * 0.2, area.width * 0.4, area.width * 0.4)
    return [
        CondPageBreak(TABLE_START_ROOM),
        outline.heading(labels.essential_data, 1, keep=False),
        data_table(rows, widths, area),
    ]


def _bullets(
    items: list[ScenarioItem], styles: Styles, labels: DocumentLabels, marked: bool
) -> list[Flowable]:
    """The items as bullets, each with its mark unless the row says it once."""
    if not items:
        return [paragraph("—", styles.table_cell)]
    texts = [
        escape(item.text) + (f" {_mark(item.attribution, labels)}" if marked else "")
        for item in items
    ]
    return [markup(text, styles.table_bullet, BULLET) for text in texts]


def _mark(attribution: Attribution, labels: DocumentLabels, group: bool = False) -> str:
    """Where a text comes from, as the domain's provenance decides it (`group`: said once
    above several texts)."""
    words = labels.provenance
    return provenance_note(words, attribution.origin, attribution.source, group=group)


def _related(sheet: CategorySheetInput, styles: Styles, outline: Outline) -> list[Flowable]:
    labels = sheet.settings.labels
    content = sheet.content
    if not content.related and not content.merged:
        return []
    blocks: list[Flowable] = [outline.heading(labels.related_categories, 1)]
    marks = [_mark(related.attribution, labels) for related in content.related]
    common = max(set(marks), key=marks.count) if marks else ""
    if common:  # the mark most explanations share, said once above them; the others' follow
        first = next(r for m, r in zip(marks, content.related, strict=True) if m == common)
        blocks.append(markup(_mark(first.attribution, labels, group=True), styles.muted))
    lines: dict[str, list[tuple[str, str]]] = {}  # one line per category, however many links
    for mark, related in zip(marks, content.related, strict=True):
        lines.setdefault(related.name, []).append((escape(related.explanation), mark))
    # the lines that are all under the shared mark come first, right below it; a line with
    # any other mark marks each of its texts
    shared = [name for name, texts in lines.items() if all(m == common for _, m in texts)]
    for name in [*shared, *(name for name in lines if name not in shared)]:
        texts = lines[name]
        said = " ".join(text if name in shared else f"{text} {mark}" for text, mark in texts)
        blocks.append(markup(f"{bold(name)}: {said}", styles.bullet, BULLET))
    for merged in content.merged:
        text = (
            f"{bold(labels.merged_into_this)}: {escape(merged.name)}. {escape(merged.explanation)}"
            f" {_mark(merged.attribution, labels)}"
        )
        blocks.append(markup(text, styles.bullet, BULLET))
    return blocks


def _key_terms(sheet: CategorySheetInput, styles: Styles, labels: DocumentLabels) -> list[Flowable]:
    if not sheet.key_terms:
        return []
    names = labels.item_separator.join(term.term for term in sheet.key_terms)
    return [Spacer(1, 4), markup(labelled(labels.key_terms, names), styles.body)]
