"""The start page: the questions a newcomer comes with, each a link to its answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.locations import VisitLike, visited_location
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    bullet_list,
    fill,
    heading,
    paragraph,
    text,
)

translate = QCoreApplication.translate
# The start page names this many scenarios and links the list of all: naming every one made
# the page grow with the content (1,600 links, 67 ms, with a hundred times today's content).
SCENARIOS_NAMED = 8


def home_page(reference: ReferenceService, recent: Sequence[VisitLike]) -> RenderedPage:
    title = translate("Pages", "Start")
    welcome = translate(
        "Pages",
        "PIM Desk carries the Protection Information Management (PIM) framework: the PIM "
        "Matrix, PIM Desk's glossary, the principles, the scenarios and the data-sharing "
        "guidance. Everything works offline. Press Ctrl+K to search anything.",
    )
    parts = [heading(1, translate("Pages", "Welcome to PIM Desk")), paragraph(text(welcome))]
    parts.append(heading(2, translate("Pages", "Where to start")))
    parts.append(bullet_list(_starting_points(reference)))
    visits = [v for v in recent if v.kind != "home" and visited_location(v) is not None]
    if visits:
        parts.append(heading(2, translate("Pages", "Recently viewed")))
        parts.append(bullet_list([anchor(v.kind, v.ref_id, v.title) for v in visits]))
    # The content's version is in the status line, always in view: not said twice (P6).
    return RenderedPage(title, "".join(parts))


def _starting_points(reference: ReferenceService) -> list[str]:
    every = reference.scenarios
    named = [anchor("scenario", s.id, s.name) for s in every[:SCENARIOS_NAMED]]
    if len(every) > SCENARIOS_NAMED:
        named.append(anchor("scenarios", "", f"{translate('Labels', 'Scenarios')} …"))
    scenarios = ", ".join(named)
    return [
        fill(
            translate("Pages", "What does each category produce? {link}"),
            link=anchor("element", "outputs", translate("Pages", "Every category's outputs")),
        ),
        fill(
            translate("Pages", "The whole picture: {link}, categories by elements."),
            link=anchor("matrix", "", translate("Pages", "the PIM Matrix")),
        ),
        fill(
            translate("Pages", "What does a word mean? {link}"),
            link=anchor("glossary", "", translate("Pages", "The glossary, A to Z")),
        ),
        fill(
            translate("Pages", "Which categories does my situation need? {links}"), links=scenarios
        ),
        fill(  # the main workflow, said where newcomers look first (D23)
            translate("Pages", "Which categories does my team need here, and why? {link}"),
            link=anchor("selections", "", translate("Pages", "Build a context")),
        ),
        fill(
            translate("Pages", "What data do I need? {link}"),
            link=anchor("matrix", "questions", translate("Pages", "Questions and data needs")),
        ),
        fill(
            translate("Pages", "How to share data safely: {link}"),
            link=anchor("challenges", "", translate("Pages", "Data sharing")),
        ),
        fill(
            translate("Pages", "What PIM is: {link} and {principles}"),
            link=anchor("about", "", translate("Pages", "About PIM")),
            principles=anchor("principles", "", translate("Pages", "the principles")),
        ),
    ]
