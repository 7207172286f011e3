"""The pages about PIM as a whole: principles, data-sharing challenges, access, About PIM."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.content import Principle, in_reading_order
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.browse.category_pages import category_link
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    badge,
    bullet_list,
    english_suffix,
    fill,
    heading,
    linked,
    marked_list,
    paragraph,
    provenance_mark,
    source_note,
    text,
)

translate = QCoreApplication.translate


def principles_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "Principles")
    parts = [heading(1, title)]
    intro = translate(
        "Pages", "The principles that every PIM category and every data exchange follow."
    )
    parts.append(paragraph(text(intro)))
    for principle in reference.principles:
        name = anchor("principle", principle.id, principle.name)
        parts.append(f"<h2>{name}{english_suffix(principle.fallback)}</h2>")
        mark = provenance_mark(reference, principle.attribution)
        parts.append(paragraph(linked(reference, principle.explanation) + mark))
    return RenderedPage(title, "".join(parts))


def principle_page(reference: ReferenceService, principle_id: str) -> RenderedPage:
    principle = reference.principle(principle_id)
    parts = [f"<h1>{text(principle.name)}{english_suffix(principle.fallback)}</h1>"]
    if principle.later_name:
        later = translate("Pages", "Later called: {name}").format(name=principle.later_name)
        parts.append(paragraph(text(later), "muted"))
    mark = provenance_mark(reference, principle.attribution)
    parts.append(paragraph(linked(reference, principle.explanation) + mark))
    parts.append(source_note(reference, principle.attribution))
    challenges = [c for c in reference.challenges if principle.id in c.principles]
    if challenges:
        parts.append(heading(2, translate("Pages", "Data-sharing challenges where it applies")))
        parts.append(bullet_list([anchor("challenge", c.id, c.name) for c in challenges]))
    parts.append(paragraph(anchor("principles", "", translate("Pages", "All principles"))))
    return RenderedPage(principle.name, "".join(parts))


def challenges_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "Data sharing: challenges and mitigations")
    parts = [heading(1, title)]
    intro = translate(
        "Pages",
        "Sharing protection data helps the response and can harm the people it is about. "
        "Each challenge below comes with ways to reduce it.",
    )
    parts.append(paragraph(text(intro)))
    for challenge in reference.challenges:
        name = anchor("challenge", challenge.id, challenge.name)
        parts.append(f"<h2>{name}{english_suffix(challenge.fallback)}</h2>")
        mark = provenance_mark(reference, challenge.attribution)
        parts.append(paragraph(linked(reference, challenge.description) + mark))
    return RenderedPage(title, "".join(parts))


def challenge_page(reference: ReferenceService, challenge_id: str) -> RenderedPage:
    challenge = reference.challenge(challenge_id)
    parts = [f"<h1>{text(challenge.name)}{english_suffix(challenge.fallback)}</h1>"]
    parts.append(
        paragraph(
            linked(reference, challenge.description)
            + provenance_mark(reference, challenge.attribution)
        )
    )
    parts.append(heading(2, translate("Pages", "Mitigations")))
    parts.append(marked_list(reference, challenge.mitigations, challenge.attribution))
    if challenge.principles:
        parts.append(heading(2, translate("Pages", "Principles at stake")))
        principles = [reference.principle(p) for p in challenge.principles]
        parts.append(bullet_list([_principle_link(p) for p in principles]))
    if challenge.categories:
        parts.append(heading(2, translate("Pages", "Categories most concerned")))
        categories = [reference.category(c) for c in challenge.categories]
        parts.append(bullet_list([category_link(c) for c in categories]))
    parts.append(source_note(reference, challenge.attribution))
    parts.append(paragraph(anchor("challenges", "", translate("Pages", "All challenges"))))
    return RenderedPage(challenge.name, "".join(parts))


def _principle_link(principle: Principle) -> str:
    return anchor("principle", principle.id, principle.name)


def access_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "Humanitarian access framework")
    parts = [heading(1, title)]
    intro = translate(
        "Pages",
        "The dimensions and variables that Security and Situational Awareness uses to "
        "describe humanitarian access.",
    )
    parts.append(paragraph(text(intro)))
    for dimension in reference.access_dimensions:
        parts.append(heading(2, dimension.name, dimension.id))
        mark = provenance_mark(reference, dimension.attribution)
        rows = [
            f"<b>{text(variable.name)}</b><br/>{linked(reference, variable.description)}{mark}"
            for variable in dimension.variables
        ]
        parts.append(bullet_list(rows))
        parts.append(source_note(reference, dimension.attribution))
    category = reference.category("security_situational_awareness")
    parts.append(
        paragraph(fill(translate("Pages", "See also: {link}"), link=category_link(category)))
    )
    return RenderedPage(title, "".join(parts))


def about_page(reference: ReferenceService) -> RenderedPage:
    title = translate("Pages", "About PIM")
    parts = [heading(1, title)]
    kinds = dict.fromkeys(s.kind for s in in_reading_order(reference.statements()))
    for kind in kinds:
        parts.append(heading(2, labels.statement_kind_label(kind), kind))
        for statement in reference.statements(kind):
            label = labels.statement_status_badge(statement.status)
            status = " " + badge(label) if label else ""
            parts.append(
                f'<h3><a name="{text(statement.id)}"></a>{text(statement.title)}{status}</h3>'
            )
            parts.append(
                paragraph(
                    linked(reference, statement.text)
                    + provenance_mark(reference, statement.attribution)
                )
            )
    return RenderedPage(title, "".join(parts))
