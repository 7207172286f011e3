"""Scenario pages, and the "What data do I need?" answers: questions and data needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.content import Category, Priority, Scenario, ScenarioItem
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.browse.category_pages import category_link, cell_items, start_context_link
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    badge,
    bullet_list,
    english_suffix,
    fill,
    heading,
    in_reading_order,
    linked,
    paragraph,
    provenance_mark,
    source_note,
    text,
)

translate = QCoreApplication.translate
OUTPUT_ELEMENT = "outputs"


def scenarios_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "Scenarios")
    parts = [heading(1, title)]
    intro = translate(
        "Pages",
        "Which data and information a situation needs, and which categories produce them.",
    )
    parts.append(paragraph(text(intro)))
    for scenario in reference.scenarios:
        name = anchor("scenario", scenario.id, scenario.name)
        parts.append(f"<h2>{name}{english_suffix(scenario.fallback)}</h2>")
        mark = provenance_mark(reference, scenario.attribution)
        parts.append(paragraph(linked(reference, scenario.description) + mark))
    return RenderedPage(title, "".join(parts))


def scenario_page(reference: ReferenceService, scenario_id: str) -> RenderedPage:
    scenario = reference.scenario(scenario_id)
    parts = [
        f"<h1>{text(scenario.name)}{english_suffix(scenario.fallback)}</h1>",
        paragraph(
            linked(reference, scenario.description)
            + provenance_mark(reference, scenario.attribution)
        ),
        start_context_link(f"scenario.{scenario.id}"),
    ]
    parts.append(heading(2, translate("Pages", "Categories this scenario needs"), "categories"))
    parts.append(_category_table(reference, scenario))
    parts.append(heading(2, translate("Pages", "Data and information needed"), "items"))
    for priority in Priority:
        items = scenario.items_with(priority)
        parts.append(heading(3, labels.priority_label(priority)))
        parts.append(bullet_list([_item_line(reference, item) for item in items]))
    questions = reference.questions_for(scenario.id)
    if questions:
        parts.append(heading(2, translate("Pages", "Guiding questions"), "questions"))
        lines = [
            anchor("question", q.id, q.text) + provenance_mark(reference, q.attribution)
            for q in questions
        ]
        parts.append(bullet_list(lines))
    parts.append(source_note(reference, scenario.attribution))
    return RenderedPage(scenario.name, "".join(parts))


def _category_table(reference: ReferenceService, scenario: Scenario) -> str:
    """One row per category: the must-have and nice-to-have items it produces."""
    header = "".join(
        f"<th>{text(label)}</th>"
        for label in in_reading_order(
            [
                translate("Pages", "Category"),
                labels.priority_label(Priority.MUST_HAVE),
                labels.priority_label(Priority.NICE_TO_HAVE),
            ]
        )
    )
    rows = []
    for category in _needed_categories(reference, scenario):
        cells = [category_link(category)]
        for priority in Priority:
            items = [i for i in scenario.items_with(priority) if category.id in i.categories]
            lines = [
                f"• {anchor('need', i.id, i.text)}{provenance_mark(reference, i.attribution)}"
                for i in items
            ]
            cells.append("<br/>".join(lines) or "—")
        row = "".join(f"<td>{cell}</td>" for cell in in_reading_order(cells))
        rows.append(f"<tr>{row}</tr>")
    return (
        f'<table border="1" cellspacing="0" width="100%"><tr>{header}</tr>{"".join(rows)}</table>'
    )


def _needed_categories(reference: ReferenceService, scenario: Scenario) -> list[Category]:
    """Categories with a must-have item first, then those with only nice-to-have ones."""

    def rank(category_id: str) -> int:
        priorities = {i.priority for i in scenario.items if category_id in i.categories}
        return 0 if Priority.MUST_HAVE in priorities else 1 if priorities else 2

    needed = [c for c in reference.categories if rank(c.id) < 2]
    return sorted(needed, key=lambda c: (rank(c.id), c.position))


def _item_line(reference: ReferenceService, item: ScenarioItem) -> str:
    names = ", ".join(category_link(reference.category(c)) for c in item.categories)
    mark = provenance_mark(reference, item.attribution)
    return f"{anchor('need', item.id, item.text)}{mark} — {names}"


def question_page(reference: ReferenceService, question_id: str) -> RenderedPage:
    question = reference.question(question_id)
    parts = [heading(1, question.text), paragraph(provenance_mark(reference, question.attribution))]
    parts.append(start_context_link(f"question.{question.id}"))
    parts += _producers(reference, question.categories)
    if question.scenarios:
        names = ", ".join(
            anchor("scenario", s, reference.scenario(s).name) for s in question.scenarios
        )
        parts.append(paragraph(fill(translate("Pages", "Asked in: {names}"), names=names)))
    parts.append(source_note(reference, question.attribution))
    return RenderedPage(question.text, "".join(parts))


def need_page(reference: ReferenceService, item_id: str) -> RenderedPage:
    item = reference.scenario_item(item_id)
    scenario = reference.scenario(item.scenario)
    parts = [heading(1, item.text), paragraph(provenance_mark(reference, item.attribution))]
    line = fill(
        translate("Pages", "{priority} in {scenario}"),
        priority=badge(labels.priority_label(item.priority)),
        scenario=anchor("scenario", scenario.id, scenario.name),
    )
    parts.append(paragraph(line))
    parts.append(start_context_link(f"need.{item.id}"))
    parts += _producers(reference, item.categories)
    parts.append(source_note(reference, item.attribution))
    return RenderedPage(item.text, "".join(parts))


def _producers(reference: ReferenceService, category_ids: tuple[str, ...]) -> list[str]:
    """The categories that produce an answer, each with what its output row says."""
    parts = [heading(2, translate("Pages", "Categories that produce it"), "categories")]
    for category_id in category_ids:
        category = reference.category(category_id)
        parts.append(f"<h3>{category_link(category)}</h3>")
        cell = reference.cells.get((category_id, OUTPUT_ELEMENT))
        if cell is not None:
            parts.append(paragraph(text(translate("Pages", "Its output:")), "muted"))
            parts.append(cell_items(reference, cell))
    return parts
