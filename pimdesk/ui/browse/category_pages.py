"""The pages about categories and the matrix: the category list, a category, a cell, a row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.content import Attribution, Category, Cell, CellItem
from pimdesk.services.reference import CategoryOverview, ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    badge,
    bullet_list,
    category_mark,
    content_text,
    english_suffix,
    fill,
    heading,
    linked,
    marked_list,
    origin_mark,
    paragraph,
    provenance_mark,
    source_note,
    text,
)

translate = QCoreApplication.translate


def status_line(category: Category, reference: ReferenceService | None = None) -> str:
    status = translate("Pages", "Status: {status}.").format(
        status=labels.status_label(category.status)
    )
    note = text(category.status_note)
    if reference is not None:
        note = content_text(reference, category.status_note)
    return paragraph(badge(status) + " " + note)


def category_title(category: Category) -> str:
    """The category's name with its badge in words when its definition is not agreed."""
    extra = labels.status_badge(category.status)
    name = text(category.name) + english_suffix(category.fallback)
    return name + (" " + badge(extra) if extra else "")


def cell_items(reference: ReferenceService, cell: Cell) -> str:
    """A cell's items, each marked where it is not the source's content from the cell's
    section, which is said once below them."""
    listed = bullet_list([cell_item(reference, cell, item) for item in cell.items])
    if any(_cites_cell(item, cell) for item in cell.items):
        listed += source_note(reference, Attribution(source=cell.source, origin="source"))
    return listed


def _cites_cell(item: CellItem, cell: Cell) -> bool:
    return item.attribution.origin == "source" and item.attribution.source == cell.source


def cell_item(reference: ReferenceService, cell: Cell, item: CellItem) -> str:
    body = linked(reference, item.text)
    if item.is_example:
        prefix = text(translate("Pages", "e.g."))
        body = f'<span class="example">{prefix} {body}</span>'
    if item.conditions:
        names = ", ".join(reference.conditions[c].label for c in item.conditions)
        body += " " + text(translate("Pages", "(conditions: {names})").format(names=names))
    if not _cites_cell(item, cell):  # the cell's own section is said once under its items
        body += provenance_mark(reference, item.attribution, item.kind)
    return body


def categories_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "Categories")
    parts = [heading(1, title)]
    parts.append(
        paragraph(
            text(
                translate(
                    "Pages",
                    "Each PIM category is a kind of protection information system. Each does "
                    "something different and none does everything: choose the combination "
                    "your context needs.",
                )
            )
        )
    )
    for category in reference.categories:
        parts.append(f"<h2>{category_link(category)}{category_mark(category.id)}</h2>")
        parts.append(status_line(category, reference))
        mark = origin_mark(reference, category.definition_origin, category.source)
        parts.append(paragraph(linked(reference, category.definition) + mark))
    for merged in reference.merged_categories:
        target = reference.category(merged.merged_into)
        note = fill(
            translate("Pages", "{name} is now part of {target}."),
            name=text(merged.name),
            target=anchor("category", target.id, target.name, "merged"),
        )
        parts.append(paragraph(note, "muted"))
    return RenderedPage(title, "".join(parts))


def start_context_link(origin: str) -> str:
    """'Start a context from this': a new context with a head start from this page (its
    scenario, category or data need; see `ui/context/start_context.py`)."""
    if origin.startswith("scenario."):  # the link says what it starts with (D23)
        label = translate("Pages", "Start a context with this scenario")
    else:
        label = translate("Pages", "Start a context from this")
    return paragraph(anchor("new-context", origin, "▸ " + label))


def category_page(reference: ReferenceService, category_id: str) -> RenderedPage:
    overview = reference.overview(category_id)
    category = overview.category
    title = category_title(category) + category_mark(category.id)
    parts = [f"<h1>{title}</h1>", status_line(category, reference)]
    parts.append(start_context_link(f"category.{category.id}"))
    if category.former_names:
        former = translate("Pages", "Formerly called: {names}").format(
            names="; ".join(category.former_names)
        )
        parts.append(paragraph(text(former), "muted"))
    parts += _description(reference, category)
    parts += _matrix_sections(reference, overview)
    parts += _relationships(reference, overview)
    parts += _scenarios(reference, overview)
    parts += _merged(reference, overview)
    parts += _terms(overview)
    parts.append(heading(2, translate("Pages", "Sources"), "sources"))
    parts.append(paragraph(text(category.source), "source"))
    return RenderedPage(category.name, "".join(parts))


def category_link(category: Category) -> str:
    extra = labels.status_badge(category.status)
    name = anchor("category", category.id, category.name) + english_suffix(category.fallback)
    return name + (" " + badge(extra) if extra else "")


def _description(reference: ReferenceService, category: Category) -> list[str]:
    parts = [heading(2, translate("Pages", "Definition"), "definition")]
    parts.append(
        paragraph(
            linked(reference, category.definition)
            + origin_mark(reference, category.definition_origin, category.source)
        )
    )
    parts.append(heading(2, translate("Pages", "Purpose")))
    # the purpose is stored with the definition and shares its origin
    purpose_mark = origin_mark(reference, category.definition_origin, category.source)
    parts.append(paragraph(linked(reference, category.purpose) + purpose_mark))
    parts.append(heading(2, translate("Pages", "Explanation")))
    parts.append(
        paragraph(
            linked(reference, category.explanation)
            + origin_mark(reference, category.explanation_origin, category.source)
        )
    )
    for facts in category.lists:
        parts.append(heading(3, facts.title))
        parts.append(marked_list(reference, facts.items, facts.attribution))
    return parts


def _matrix_sections(reference: ReferenceService, overview: CategoryOverview) -> list[str]:
    parts = [heading(2, translate("Pages", "In the PIM Matrix"), "matrix")]
    for element, cell in overview.cells:
        if element.category_field:  # shown above as the definition and purpose
            continue
        cell_link = anchor("cell", cell.id, element.name)
        parts.append(f"<h3>{cell_link}</h3>")
        parts.append(cell_items(reference, cell))
    return parts


def _relationships(reference: ReferenceService, overview: CategoryOverview) -> list[str]:
    if not overview.relationships:
        return []
    parts = [heading(2, translate("Pages", "How it works with other categories"), "relationships")]
    items = []
    for relation in overview.relationships:
        first = reference.category(relation.from_category)
        second = reference.category(relation.to_category)
        sentence = labels.relationship_sentence(
            relation.kind,
            anchor("category", first.id, first.name),
            anchor("category", second.id, second.name),
        )
        explanation = linked(reference, relation.explanation)
        mark = provenance_mark(reference, relation.attribution)
        items.append(f"<b>{sentence}</b><br/>{explanation}{mark}")
    parts.append(bullet_list(items))
    return parts


def _scenarios(reference: ReferenceService, overview: CategoryOverview) -> list[str]:
    if not overview.scenario_items:
        return []
    parts = [heading(2, translate("Pages", "Scenarios that need it"), "scenarios")]
    items = []
    for scenario, item in overview.scenario_items:
        priority = badge(labels.priority_label(item.priority))
        mark = provenance_mark(reference, item.attribution)
        items.append(
            f"{anchor('scenario', scenario.id, scenario.name)}: {priority} {text(item.text)}{mark}"
        )
    parts.append(bullet_list(items))
    return parts


def _merged(reference: ReferenceService, overview: CategoryOverview) -> list[str]:
    parts = []
    for merged in overview.merged:
        title = translate("Pages", "{name}: merged into this category").format(name=merged.name)
        parts.append(heading(2, title, "merged"))
        mark = provenance_mark(reference, merged.attribution)
        parts.append(paragraph(linked(reference, merged.explanation) + mark))
        parts.append(source_note(reference, merged.attribution))
    return parts


def _terms(overview: CategoryOverview) -> list[str]:
    if not overview.terms:
        return []
    links = ", ".join(anchor("term", term.id, term.term) for term in overview.terms)
    return [heading(2, translate("Pages", "Related terms"), "terms"), paragraph(links)]


def cell_page(reference: ReferenceService, cell_id: str) -> RenderedPage:
    category_id, _, element_id = cell_id.partition(".")
    category = reference.category(category_id)
    element = reference.element(element_id)
    cell = reference.cell(category_id, element_id)
    title = translate("Pages", "{category}: {element}").format(
        category=category.name, element=element.name
    )
    parts = [
        f"<h1>{category_title(category)}{category_mark(category.id)}</h1>",
        heading(2, element.name),
        paragraph(
            text(element.description) + provenance_mark(reference, element.attribution), "muted"
        ),
        cell_items(reference, cell),
        _conditions(reference, cell),
        start_context_link(f"cell.{category.id}.{element.id}"),
        paragraph(
            fill(
                translate(
                    "Pages",
                    "The whole category: {category}. This row for every category: {element}.",
                ),
                category=anchor("category", category.id, category.name),
                element=anchor("element", element.id, element.name),
            )
        ),
    ]
    return RenderedPage(title, "".join(parts))


def _conditions(reference: ReferenceService, cell: Cell) -> str:
    used = dict.fromkeys(c for item in cell.items for c in item.conditions)
    if not used:
        return ""
    rows = []
    for condition_id in used:
        condition = reference.conditions[condition_id]
        mark = provenance_mark(reference, condition.attribution)
        rows.append(
            f"<b>{text(condition.label)}</b>: {linked(reference, condition.description)}{mark}"
        )
    return heading(3, translate("Pages", "Conditions for sharing")) + bullet_list(rows)


def element_page(reference: ReferenceService, element_id: str) -> RenderedPage:
    element = reference.element(element_id)
    title = translate("Pages", "{element}: every category").format(element=element.name)
    description = linked(reference, element.description)
    parts = [
        heading(1, title),
        paragraph(description + provenance_mark(reference, element.attribution)),
    ]
    if element.later_names:
        later = translate("Pages", "Called in later versions of the matrix: {names}").format(
            names="; ".join(element.later_names)
        )
        parts.append(paragraph(text(later), "muted"))
    for category, cell in reference.row(element_id):
        parts.append(f"<h2>{category_link(category)}{category_mark(category.id)}</h2>")
        parts.append(cell_items(reference, cell))
        # The link says which cell: eight links read "Open this cell" alone (review D25).
        label = translate("Pages", "Open this cell: {category}").format(category=category.name)
        parts.append(paragraph(anchor("cell", cell.id, label), "muted"))
    parts.append(source_note(reference, element.attribution))
    return RenderedPage(title, "".join(parts))
