"""What the briefing and the category sheet both print about a category: status, definition,
its column of the PIM Matrix and the conditions for sharing its data."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from pimdesk.briefing.flowables import Area, boxed, data_table
from pimdesk.briefing.styles import NOTE_BACKGROUND, NOTE_BORDER, Styles
from pimdesk.briefing.text import bold, escape, italic, labelled, markup, muted, paragraph
from pimdesk.domain.briefing_input import CategoryContent
from pimdesk.domain.content import Category, Cell, Condition
from pimdesk.domain.document_labels import DocumentLabels

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
    """Definition and purpose (and the longer explanation), each marked when editorial."""
    definition = labelled(labels.definition, category.definition)
    if category.definition_origin == "editorial":
        note = labels.editorial_wording.format(source=category.source)
        definition += f" {muted(f'({note})')}"
    blocks: list[Flowable] = [
        markup(definition, styles.body),
        markup(labelled(labels.purpose, category.purpose), styles.body),
    ]
    if explanation and category.explanation:
        text = labelled(labels.explanation, category.explanation)
        if category.explanation_origin == "editorial":
            text += " " + muted(f"({labels.editorial})")
        blocks.append(markup(text, styles.body))
    return blocks


def category_lists(category: Category, styles: Styles, area: Area) -> list[Flowable]:
    """The category's lists of facts (sectors, purposes, open questions...), two side by side."""
    cells: list[list[Flowable]] = []
    for category_list in category.lists:
        cell: list[Flowable] = [markup(bold(category_list.title), styles.table_label)]
        cell += [paragraph(item, styles.table_bullet, BULLET) for item in category_list.items]
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
                _cell_items(cell, names, styles, labels),
            ]
        )
    label_width = min(area.width * 0.27, 42 * styles.size / 3)
    return data_table(rows, (label_width, area.width - label_width), area)


def _row_label(name: str, cell: Cell, styles: Styles, labels: DocumentLabels) -> list[Flowable]:
    label = [paragraph(name, styles.table_label)]
    if all(item.is_example for item in cell.items):
        label.append(markup(muted(f"({labels.examples})"), styles.muted))
    return label


def _cell_items(
    cell: Cell, condition_names: dict[str, str], styles: Styles, labels: DocumentLabels
) -> list[Flowable]:
    every_example = all(item.is_example for item in cell.items)
    shared = _shared_conditions(cell)
    paragraphs = []
    for item in cell.items:
        text = escape(item.text)
        if item.is_example and not every_example:
            text += " " + muted(f"({labels.example})")
        own = [c for c in item.conditions if c not in shared]
        if own:
            listed = "; ".join(condition_names.get(c, c) for c in own)
            text += "<br/>" + italic(f"{labels.conditions}: {listed}")
        paragraphs.append(markup(text, styles.table_bullet, BULLET))
    if shared:
        listed = "; ".join(condition_names.get(c, c) for c in shared)
        paragraphs.append(
            markup(italic(f"{labels.conditions_on_every_item}: {listed}"), styles.table_cell)
        )
    return paragraphs


def _shared_conditions(cell: Cell) -> list[str]:
    """The conditions every item of a cell carries (said once, not under each item)."""
    if len(cell.items) < 2 or not all(item.conditions for item in cell.items):
        return []
    common = set.intersection(*(set(item.conditions) for item in cell.items))
    return [c for c in cell.items[0].conditions if c in common]


def condition_blocks(
    conditions: tuple[Condition, ...], styles: Styles, labels: DocumentLabels, area: Area
) -> list[Flowable]:
    """What each condition on shared data means, two side by side when there are several."""
    if not conditions:
        return []
    entries = [
        markup(labelled(condition.label, condition.description), styles.table_bullet, BULLET)
        for condition in conditions
    ]
    blocks: list[Flowable] = [paragraph(labels.conditions_for_sharing, styles.heading3)]
    if len(entries) < 3:
        return blocks + entries
    return [*blocks, _two_columns([[entry] for entry in entries], area)]


def _two_columns(cells: list[list[Flowable]], area: Area) -> Flowable:
    """Short blocks side by side, filled row by row."""
    if len(cells) % 2:
        cells = [*cells, []]
    rows = [cells[index : index + 2] for index in range(0, len(cells), 2)]
    half = area.width / 2
    return data_table(rows, (half, half), area, header_rows=0, banded=False, padding=2.5)
