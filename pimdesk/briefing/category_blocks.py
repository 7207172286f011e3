"""What the briefing and the category sheet both print about a category: status, definition,
its column of the PIM Matrix and the conditions for sharing its data."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from pimdesk.briefing.flowables import Area, InLanguage, boxed, data_table
from pimdesk.briefing.styles import NOTE_BACKGROUND, NOTE_BORDER, Styles
from pimdesk.briefing.text import (
    bold,
    escape,
    italic,
    labelled,
    markup,
    muted,
    paragraph,
    provenance_note,
)
from pimdesk.domain.briefing_input import CategoryContent
from pimdesk.domain.content import Category, Cell, CellItem, Condition
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.provenance import Provenance, ProvenanceWords, provenance_of

BULLET = "•"


def status_blocks(
    category: Category, styles: Styles, labels: DocumentLabels, area: Area
) -> list[Flowable]:
    """The agreement status, with a warning box when the definition is not agreed."""
    status = labels.status_label(category.status)
    text = f"{labelled(labels.status, status)}. {escape(category.status_note)}"
    blocks: list[Flowable] = [markup(text, styles.body)]
    if not category.status.definition_agreed:
        warning = paragraph(labels.unagreed_definition, styles.warning)
        blocks += [boxed([warning], area, NOTE_BACKGROUND, NOTE_BORDER), Spacer(1, 4)]
    return blocks


def definition_blocks(
    category: Category, styles: Styles, labels: DocumentLabels, explanation: bool = False
) -> list[Flowable]:
    """Definition and purpose (and the longer explanation), each with where it comes from: PIM
    Desk's own text is marked on each, the source's section is said once."""
    words = labels.provenance
    marks = _text_marks(category, words)
    blocks: list[Flowable] = [
        markup(f"{labelled(labels.definition, category.definition)}{marks[0]}", styles.body),
        markup(f"{labelled(labels.purpose, category.purpose)}{marks[1]}", styles.body),
    ]
    if explanation and category.explanation:
        text = f"{labelled(labels.explanation, category.explanation)}{marks[2]}"
        blocks.append(markup(text, styles.body))
    return blocks


def _text_marks(category: Category, words: ProvenanceWords) -> tuple[str, str, str]:
    """The marks after the definition, the purpose (stored with the definition, sharing its
    origin) and the explanation; a section already said just above is not repeated."""
    definition = provenance_of(category.definition_origin, category.source, words=words)
    explanation = provenance_of(category.explanation_origin, category.source, words=words)

    def mark(value: Provenance, said_above: bool, full: bool) -> str:
        if value.is_source and said_above:
            return ""
        return " " + muted(f"({value.label if full and not value.is_source else value.mark})")

    return (
        mark(definition, False, True),
        mark(definition, True, False),
        mark(explanation, definition.is_source, True),
    )


def category_lists(
    category: Category, styles: Styles, labels: DocumentLabels, area: Area
) -> list[Flowable]:
    """The category's lists of facts (sectors, purposes, open questions...), two side by side;
    a list from the source cites its section once, PIM Desk's own marks every item."""
    cells: list[list[Flowable]] = []
    for category_list in category.lists:
        attribution = category_list.attribution
        value = provenance_of(attribution.origin, attribution.source, words=labels.provenance)
        mark = muted(f"({value.mark})")
        title = bold(category_list.title) + (f" {mark}" if value.is_source else "")
        cell: list[Flowable] = [markup(title, styles.table_label)]
        suffix = "" if value.is_source else f" {mark}"
        cell += [
            markup(escape(item) + suffix, styles.table_bullet, BULLET)
            for item in category_list.items
        ]
        cells.append(cell)
    return [_two_columns(cells, area)] if cells else []


def matrix_table(
    content: CategoryContent, styles: Styles, labels: DocumentLabels, area: Area
) -> Flowable:
    """The category's column of the PIM Matrix, one row per element, header repeated."""
    names = {condition.id: condition.label for condition in content.conditions}
    header = [
        paragraph(labels.matrix_row, styles.table_header),
        paragraph(labels.matrix_says, styles.table_header),
    ]
    rows: list[list[object]] = [header]
    for element, cell in content.rows:
        if element.category_field is not None or not cell.items:
            continue  # the definition row: printed above the table
        rows.append(
            [
                _row_label(element.name, cell, styles, labels),
                _in_english_if_fallback(_cell_items(cell, names, styles, labels), cell),
            ]
        )
    label_width = min(area.width * 0.27, 42 * styles.size / 3)
    return data_table(rows, (label_width, area.width - label_width), area)


def _in_english_if_fallback(blocks: list[Flowable], cell: Cell) -> list[Flowable]:
    """A cell still in English is tagged as English (`/Lang`) for screen readers."""
    return [InLanguage(block, "en") for block in blocks] if cell.fallback else blocks


def _row_label(name: str, cell: Cell, styles: Styles, labels: DocumentLabels) -> list[Flowable]:
    label = [paragraph(name, styles.table_label)]
    if all(item.is_example for item in cell.items):
        label.append(markup(muted(f"({labels.examples})"), styles.muted))
    if any(_cites_cell(item, cell) for item in cell.items):  # their section, said once
        section = provenance_note(labels.provenance, "source", cell.source)
        label.append(markup(section, styles.muted))
    shared = _shared_mark(cell, labels)
    if shared:  # every item is PIM Desk's own in the same way: said once, beside them
        label.append(markup(shared, styles.muted))
    return label


def _shared_mark(cell: Cell, labels: DocumentLabels) -> str:
    """The one mark every item of a cell shares when none of them is the source's, else ''
    (then each item carries its own)."""
    if any(_cites_cell(item, cell) for item in cell.items):
        return ""
    marks = {_item_mark(item, labels) for item in cell.items}
    if len(marks) != 1:
        return ""
    first = cell.items[0]
    attribution = first.attribution
    words = labels.provenance
    return provenance_note(words, attribution.origin, attribution.source, first.kind, group=True)


def _cites_cell(item: CellItem, cell: Cell) -> bool:
    """Whether an item is the source's content from the section its cell cites."""
    return item.attribution.origin == "source" and item.attribution.source == cell.source


def _cell_items(
    cell: Cell, condition_names: dict[str, str], styles: Styles, labels: DocumentLabels
) -> list[Flowable]:
    every_example = all(item.is_example for item in cell.items)
    marked_once = bool(_shared_mark(cell, labels))
    shared = _shared_conditions(cell)
    paragraphs = []
    for item in cell.items:
        text = escape(item.text)
        if item.is_example and not every_example:
            text += " " + muted(f"({labels.example})")
        if not _cites_cell(item, cell) and not marked_once:
            text += " " + _item_mark(item, labels)
        own = [c for c in item.conditions if c not in shared]
        if own:
            listed = labels.item_separator.join(condition_names.get(c, c) for c in own)
            text += "<br/>" + italic(f"{labels.conditions}: {listed}")
        paragraphs.append(markup(text, styles.table_bullet, BULLET))
    if shared:
        listed = labels.item_separator.join(condition_names.get(c, c) for c in shared)
        paragraphs.append(
            markup(italic(f"{labels.conditions_on_every_item}: {listed}"), styles.table_cell)
        )
    return paragraphs


def _item_mark(item: CellItem, labels: DocumentLabels) -> str:
    """Where an item comes from: its own section, or PIM Desk's note or illustration."""
    attribution = item.attribution
    return provenance_note(labels.provenance, attribution.origin, attribution.source, item.kind)


def _shared_conditions(cell: Cell) -> list[str]:
    """The conditions every item of a cell carries (said once, not under each item)."""
    if len(cell.items) < 2 or not all(item.conditions for item in cell.items):
        return []
    common = set.intersection(*(set(item.conditions) for item in cell.items))
    return [c for c in cell.items[0].conditions if c in common]


def condition_blocks(
    conditions: tuple[Condition, ...], styles: Styles, labels: DocumentLabels, area: Area
) -> list[Flowable]:
    """What each condition on shared data means, two side by side when there are several; a
    condition of the source is cited by the items that carry it, PIM Desk's own is marked."""
    if not conditions:
        return []
    entries = [
        markup(
            labelled(condition.label, condition.description) + _condition_mark(condition, labels),
            styles.table_bullet,
            BULLET,
        )
        for condition in conditions
    ]
    blocks: list[Flowable] = [paragraph(labels.conditions_for_sharing, styles.heading3)]
    if len(entries) < 3:
        return blocks + entries
    return [*blocks, _two_columns([[entry] for entry in entries], area)]


def _condition_mark(condition: Condition, labels: DocumentLabels) -> str:
    attribution = condition.attribution
    value = provenance_of(attribution.origin, attribution.source, words=labels.provenance)
    return "" if value.is_source else " " + muted(f"({value.mark})")


def _two_columns(cells: list[list[Flowable]], area: Area) -> Flowable:
    """Short blocks side by side, filled row by row."""
    if len(cells) % 2:
        cells = [*cells, []]
    rows = [cells[index : index + 2] for index in range(0, len(cells), 2)]
    half = area.width / 2
    return data_table(rows, (half, half), area, header_rows=0, banded=False, padding=2.5)
