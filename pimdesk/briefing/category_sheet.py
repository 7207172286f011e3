"""The category sheet: one PIM category on one or two pages, for handing out."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

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
    start_document,
    subject,
    translation_notice,
)
from pimdesk.briefing.flowables import Area, data_table
from pimdesk.briefing.layout import DocumentIdentity, PageLimitExceeded
from pimdesk.briefing.styles import Styles
from pimdesk.briefing.text import bold, escape, labelled, markup, muted, paragraph
from pimdesk.domain.briefing_input import BuiltDocument, CategorySheetInput
from pimdesk.domain.content import Priority
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.export_progress import Reporter

TABLE_START_ROOM = 30 * mm  # a table's heading and first row, at least

# The sheet is a handout of one or two pages: a long category is set smaller to fit.
BODY_SIZES = (8.4, 7.9, 7.4, 7.0)
MAXIMUM_PAGES = 2


def build_category_sheet(
    sheet: CategorySheetInput, fonts_dir: Path, reporter: Reporter | None = None
) -> BuiltDocument:
    """The category sheet of `sheet` as a PDF, on at most two pages where it fits."""
    for size in BODY_SIZES[:-1]:
        try:  # an attempt that runs onto a third page stops there
            return _build(sheet, fonts_dir, size, reporter, MAXIMUM_PAGES)
        except PageLimitExceeded:
            continue
    return _build(sheet, fonts_dir, BODY_SIZES[-1], reporter, None)


def _build(
    sheet: CategorySheetInput,
    fonts_dir: Path,
    size: float,
    reporter: Reporter | None,
    page_limit: int | None,
) -> BuiltDocument:
    settings = sheet.settings
    labels = settings.labels
    category = sheet.content.category
    identity = DocumentIdentity(
        labels.category_sheet, category.name, subject(labels.category_sheet, settings)
    )
    document, styles = start_document(settings, identity, fonts_dir, size, reporter, page_limit)
    document.addPageTemplates([document.page_template("sheet", [document.full_frame("sheet")])])
    outline = Outline(styles)
    area = document.area
    story: list[Flowable] = [
        outline.heading(category.name, 0),
        *translation_notice(settings, styles),
        *_former_names(sheet, styles, labels),
        *status_blocks(category, styles, labels, area),
        *definition_blocks(category, styles, labels, explanation=True),
        *category_lists(category, styles, area),
        CondPageBreak(TABLE_START_ROOM),
        outline.heading(labels.matrix_says, 1, keep=False),
        matrix_table(sheet.content, styles, labels, area),
        *condition_blocks(sheet.content.conditions, styles, labels, area),
        *_essential_data(sheet, styles, outline, area),
        *_related(sheet, styles, outline),
        *_key_terms(sheet, styles, labels),
    ]
    return document.build_pdf(story)


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
    header = [
        paragraph(text, styles.table_header)
        for text in (labels.scenario, labels.must_have_short, labels.nice_to_have_short)
    ]
    rows: list[list[object]] = [header]
    for scenario in scenarios:
        items = [item for owner, item in sheet.scenario_items if owner == scenario]
        rows.append(
            [
                paragraph(scenario.name, styles.table_label),
                _bullets([i.text for i in items if i.priority is Priority.MUST_HAVE], styles),
                _bullets([i.text for i in items if i.priority is Priority.NICE_TO_HAVE], styles),
            ]
        )
    widths = (area.width * 0.2, area.width * 0.4, area.width * 0.4)
    return [
        CondPageBreak(TABLE_START_ROOM),
        outline.heading(labels.essential_data, 1, keep=False),
        data_table(rows, widths, area),
    ]


def _bullets(texts: list[str], styles: Styles) -> list[Flowable]:
    if not texts:
        return [paragraph("—", styles.table_cell)]
    return [paragraph(text, styles.table_bullet, BULLET) for text in texts]


def _related(sheet: CategorySheetInput, styles: Styles, outline: Outline) -> list[Flowable]:
    labels = sheet.settings.labels
    content = sheet.content
    if not content.related and not content.merged:
        return []
    blocks: list[Flowable] = [outline.heading(labels.related_categories, 1)]
    explanations: dict[str, list[str]] = {}
    for related in content.related:  # one line per category, however many links
        explanations.setdefault(related.name, []).append(related.explanation)
    blocks += [
        markup(labelled(name, " ".join(texts)), styles.bullet, BULLET)
        for name, texts in explanations.items()
    ]
    for merged in content.merged:
        text = (
            f"{bold(labels.merged_into_this)}: {escape(merged.name)}. {escape(merged.explanation)}"
        )
        blocks.append(markup(text, styles.bullet, BULLET))
    return blocks


def _key_terms(sheet: CategorySheetInput, styles: Styles, labels: DocumentLabels) -> list[Flowable]:
    if not sheet.key_terms:
        return []
    names = "; ".join(term.term for term in sheet.key_terms)
    return [paragraph(labels.key_terms, styles.heading3), paragraph(names, styles.body)]
