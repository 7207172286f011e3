"""Every text of every record, through every surface that shows it, says where it comes from.

The walk is data: `WALKERS` lists, for each kind of record, its texts, the provenance the domain
gives each (`provenance_of`) and where each is shown; `SURFACES` renders a place (a desktop page,
`pimdesk show` as text and as JSON, a suggestion's reasons, a PDF read back with pypdf). A text
of PIM Desk's note or illustration must carry its mark right after it (or under a shared
"each: …" mark above a group of texts of the same provenance); a text of the source must have
its section on the same surface. A record kind of the domain that the walk does not cover, or a
place no surface renders, fails too.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import inspect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pimdesk.app import main
from pimdesk.domain import content as content_module
from pimdesk.domain.briefing_input import SHARING_ELEMENTS, DocumentSettings, Paper
from pimdesk.domain.content import Attribution, ItemKind, Origin
from pimdesk.domain.provenance import Provenance, ProvenanceClass, provenance_of
from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
)
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.domain.suggestions import suggest
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.export_inputs import SHARING_CHECK_SCOPE, briefing_input
from pimdesk.services.exports import ExportOptions
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.context.reason_html import ReasonWriter
from pimdesk.ui.locations import Location
from tests.briefing.pdf_tools import read_pdf
from tests.briefing.sample import EXPORT_DATE

pytestmark = pytest.mark.gui

AFTER = 240  # at most this many characters between a text and its own mark
GROUP = 3000  # at most this far below a shared "each: …" mark
FURNITURE_LINES = 10  # the running header and footer come first in a page's text
PAGE_OF = re.compile(r"Page \d+ of \d+")
SHORT = 40  # a text shorter than this may also be a name printed elsewhere
LOCATOR = 60  # a text is found by its first characters (a PDF may break it across pages)


@dataclass(frozen=True)
class Shown:
    """One text of one record and the places that show it ('page:<url>', 'cli:<kind>:<id>',
    'json:<kind>:<id>', 'reasons:<scenario>', 'briefing:<scenario>', 'sheet:<category>',
    'glossary')."""

    kind: str
    record: str
    text: str
    provenance: Provenance
    places: tuple[str, ...]


def _shown(
    kind: str,
    record: str,
    text: str,
    attribution: Attribution,
    places: list[str],
    item_kind: ItemKind | None = None,
) -> Shown:
    value = provenance_of(attribution.origin, attribution.source, item_kind)
    return Shown(kind, record, " ".join(text.split()), value, tuple(places))


def _origin(origin: Origin, source: str) -> Attribution:
    return Attribution(source=source, origin=origin)


# ---------------------------------------------------------------- the records, kind by kind


def categories(reference: ReferenceService) -> Iterator[Shown]:
    scenarios = [s.id for s in reference.scenarios]
    for category in reference.categories:
        page = f"page:pim:category/{category.id}"
        pdfs = [f"sheet:{category.id}", *(f"briefing:{s}" for s in scenarios)]
        cli = [f"cli:category:{category.id}", f"json:category:{category.id}"]
        definition = _origin(category.definition_origin, category.source)
        yield _shown(
            "category", category.id, category.definition, definition,
            [page, "page:pim:categories", *cli, *pdfs],
        )  # fmt: skip
        # the briefing prints a category's definition, not its purpose (issue 17)
        sheet = f"sheet:{category.id}"
        yield _shown("category", category.id, category.purpose, definition, [page, *cli, sheet])
        explanation = _origin(category.explanation_origin, category.source)
        yield _shown(
            "category", category.id, category.explanation, explanation,
            [page, *cli, f"sheet:{category.id}"],
        )  # fmt: skip
        for facts in category.lists:
            for item in facts.items:
                yield _shown(
                    "category_list", facts.id, item, facts.attribution,
                    [page, *cli, f"sheet:{category.id}"],
                )  # fmt: skip


def cells(reference: ReferenceService) -> Iterator[Shown]:
    scenarios = [s.id for s in reference.scenarios]
    for category in reference.categories:
        for element, cell in reference.overview(category.id).cells:
            if element.category_field:  # the definition and purpose: walked with the category
                continue
            places = [
                f"page:pim:category/{category.id}",
                f"page:pim:cell/{cell.id}",
                f"page:pim:element/{element.id}",
                f"cli:category:{category.id}",
                f"json:category:{category.id}",
                f"sheet:{category.id}",
            ]
            if element.id in SHARING_ELEMENTS:  # the briefing prints what a category shares
                places += [f"briefing:{s}" for s in scenarios]
            for item in cell.items:
                yield _shown("cell_item", cell.id, item.text, item.attribution, places, item.kind)


def conditions(reference: ReferenceService) -> Iterator[Shown]:
    for condition in reference.conditions.values():
        using = [
            cell.id
            for cell in reference.cells.values()
            if any(condition.id in item.conditions for item in cell.items)
        ]
        places = [f"page:pim:cell/{cell_id}" for cell_id in using[:1]]
        # PDFs list the conditions a category's cells use; the section of a condition of the
        # source is cited by the cell items that carry it (checked as cell items)
        pdfs = [f"sheet:{cell_id.partition('.')[0]}" for cell_id in using[:1]]
        shown = _shown("condition", condition.id, condition.description, condition.attribution, [])
        places += [] if shown.provenance.is_source else pdfs
        yield dataclasses.replace(shown, places=tuple(places))


def elements(reference: ReferenceService) -> Iterator[Shown]:
    for element in reference.elements:
        places = [
            f"page:pim:element/{element.id}",
            f"cli:element:{element.id}",
            f"json:element:{element.id}",
        ]
        yield _shown("element", element.id, element.description, element.attribution, places)


def relationships(reference: ReferenceService) -> Iterator[Shown]:
    for relation in reference.relationships:
        places = []
        for category in (relation.from_category, relation.to_category):
            places += [
                f"page:pim:category/{category}",
                f"cli:category:{category}",
                f"json:category:{category}",
                f"sheet:{category}",
            ]
        yield _shown(
            "relationship", relation.id, relation.explanation, relation.attribution, places
        )


def merged_categories(reference: ReferenceService) -> Iterator[Shown]:
    for merged in reference.merged_categories:
        places = [f"page:pim:category/{merged.merged_into}", f"sheet:{merged.merged_into}"]
        yield _shown("merged_category", merged.id, merged.explanation, merged.attribution, places)


def access(reference: ReferenceService) -> Iterator[Shown]:
    for dimension in reference.access_dimensions:
        for variable in dimension.variables:
            yield _shown(
                "access", variable.id, variable.description, dimension.attribution,
                ["page:pim:access"],
            )  # fmt: skip


def scenarios(reference: ReferenceService) -> Iterator[Shown]:
    for scenario in reference.scenarios:
        places = [
            "page:pim:scenarios",
            f"page:pim:scenario/{scenario.id}",
            f"cli:scenario:{scenario.id}",
            f"json:scenario:{scenario.id}",
        ]  # the briefing's page 1 is the team's context, not the scenario's generic text
        yield _shown("scenario", scenario.id, scenario.description, scenario.attribution, places)
        for item in scenario.items:
            item_places = [
                f"page:pim:scenario/{scenario.id}",
                f"page:pim:need/{item.id}",
                *(f"page:pim:category/{c}" for c in item.categories),
                f"cli:scenario:{scenario.id}",
                f"json:scenario:{scenario.id}",
                f"reasons:{scenario.id}",
                f"briefing:{scenario.id}",
                *(f"sheet:{c}" for c in item.categories),
            ]
            yield _shown("scenario_item", item.id, item.text, item.attribution, item_places)


def questions(reference: ReferenceService) -> Iterator[Shown]:
    for question in reference.questions:
        places = [f"page:pim:question/{question.id}"]
        places += [f"page:pim:scenario/{s}" for s in question.scenarios]
        places += [f"reasons:{s}" for s in question.scenarios]
        yield _shown("question", question.id, question.text, question.attribution, places)


def challenges(reference: ReferenceService) -> Iterator[Shown]:
    # the briefing's checklist is footnote 7's questions, not every challenge (issue 17)
    for challenge in reference.challenges:
        page = f"page:pim:challenge/{challenge.id}"
        yield _shown(
            "challenge", challenge.id, challenge.description, challenge.attribution,
            [page, "page:pim:challenges"],
        )  # fmt: skip
        for mitigation in challenge.mitigations:
            yield _shown("mitigation", challenge.id, mitigation, challenge.attribution, [page])


def principles(reference: ReferenceService) -> Iterator[Shown]:
    for principle in reference.principles:
        places = [
            "page:pim:principles",
            f"page:pim:principle/{principle.id}",
            f"cli:principle:{principle.id}",
            f"json:principle:{principle.id}",
        ]  # the briefing's checklist no longer repeats the principles (issue 17)
        yield _shown(
            "principle", principle.id, principle.explanation, principle.attribution, places
        )


def glossary(reference: ReferenceService) -> Iterator[Shown]:
    for term in reference.terms:
        places = [
            f"page:pim:term/{term.id}",
            f"cli:term:{term.id}",
            f"json:term:{term.id}",
            "glossary",
        ]
        for definition in term.definitions:
            yield _shown("definition", term.id, definition.text, definition.attribution, places)


def statements(reference: ReferenceService) -> Iterator[Shown]:
    briefings = [f"briefing:{s.id}" for s in reference.scenarios]
    for statement in reference.statements():
        places = ["page:pim:about"]
        if statement.kind == "sharing_check" and statement.id != SHARING_CHECK_SCOPE:
            places += briefings  # footnote 7's questions: the briefing's checklist
        yield _shown("statement", statement.id, statement.text, statement.attribution, places)


WALKERS: dict[str, Callable[[ReferenceService], Iterator[Shown]]] = {
    "category": categories,
    "cell_item": cells,
    "condition": conditions,
    "element": elements,
    "relationship": relationships,
    "merged_category": merged_categories,
    "access": access,
    "scenario": scenarios,
    "question": questions,
    "challenge": challenges,
    "principle": principles,
    "definition": glossary,
    "statement": statements,
}
# The domain's record types whose texts the walkers above read, by the walker that reads them.
RECORD_TYPES = {
    "Category": "category",
    "CategoryList": "category",
    "CellItem": "cell_item",
    "Condition": "condition",
    "Element": "element",
    "Relationship": "relationship",
    "MergedCategory": "merged_category",
    "AccessDimension": "access",
    "Scenario": "scenario",
    "ScenarioItem": "scenario",
    "Question": "question",
    "Challenge": "challenge",
    "Principle": "principle",
    "Definition": "definition",
    "Statement": "statement",
}


# ---------------------------------------------------------------- the surfaces


INLINE_TAG = re.compile(r"</?(?:a|span|b|i|font)\b[^>]*>")


def _plain(markup: str) -> str:
    """A page's text as a reader sees it: inline tags (links) vanish, blocks break words."""
    blocks = re.sub(r"<[^>]+>", " ", INLINE_TAG.sub("", markup))
    return " ".join(html.unescape(blocks).split())


class Surfaces:
    """Renders each place once, as flat text (and JSON for the command line's --json)."""

    def __init__(self, services: Services, data_dir: Path, tmp: Path) -> None:
        self.services = services
        self.reference = services.reference
        self.data_dir = data_dir
        self.tmp = tmp
        self.renderer = PageRenderer(self.reference, list)

    @functools.cache  # noqa: B019 - one instance per test module
    def text(self, place: str) -> str:
        kind, _, rest = place.partition(":")
        renderers: dict[str, Callable[[str], str]] = {
            "page": self._page,
            "cli": self._cli,
            "reasons": self._reasons,
            "briefing": self._briefing,
            "sheet": self._sheet,
            "glossary": lambda _rest: self._glossary(),
        }
        return renderers[kind](rest)

    @functools.cache  # noqa: B019
    def json(self, place: str) -> Any:
        return json.loads(self._run("show", *place.split(":")[1:], "--json"))

    def _page(self, url: str) -> str:
        location = Location.parse(url)
        assert location is not None, url
        return _plain(self.renderer.render(location).html)

    def _run(self, *args: str) -> str:
        import contextlib
        import io

        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--data-dir", str(self.data_dir), *args])
        assert code == 0, args
        return out.getvalue()

    def _cli(self, rest: str) -> str:
        return " ".join(self._run("show", *rest.split(":")).split())

    def _selection(self, scenario: str) -> Selection:
        """Every category accepted, every need of the scenario picked: everything is shown."""
        reference = self.reference
        needs = [
            DataNeed(NeedSource.QUESTION, q.text, q.id) for q in reference.questions_for(scenario)
        ]
        needs += [
            DataNeed(NeedSource.SCENARIO_ITEM, i.text, i.id)
            for i in reference.scenario(scenario).items
        ]
        choices = tuple(
            CategoryChoice(c.id, Decision.ACCEPTED, None, "") for c in reference.categories
        )
        return Selection.new(f"Walk {scenario}", scenario, needs=tuple(needs), choices=choices)

    def _reasons(self, scenario: str) -> str:
        selection = self._selection(scenario)
        writer = ReasonWriter(self.reference)
        found = suggest(selection, self.services.selections.suggestion_content())
        pages = [writer.page(s.category, s, SystemStatus.UNKNOWN).html for s in found]
        return _plain(" ".join(pages))

    def _options(self) -> ExportOptions:
        return ExportOptions(paper=Paper.A4, export_date=EXPORT_DATE, invariant=True)

    def briefing_terms(self) -> list[Shown]:
        """The definitions each briefing prints in its glossary of the terms it uses."""
        found = []
        for scenario in self.reference.scenarios:
            selection = self._selection(scenario.id)
            settings = DocumentSettings(
                paper=Paper.A4,
                sensitivity=Sensitivity.RESTRICTED,
                export_date=EXPORT_DATE,
                content=self.reference.info,
                invariant=True,
            )
            suggestions = self.services.selections.suggestions(selection)
            briefing = briefing_input(self.reference, selection, suggestions, settings)
            place = [f"briefing:{scenario.id}"]
            found += [
                _shown("definition", term.id, definition.text, definition.attribution, place)
                for term in briefing.terms
                for definition in term.definitions
            ]
        return found

    def _briefing(self, scenario: str) -> str:
        selection = self._selection(scenario)
        self.services.selections.save(selection)
        document = self.services.exports.briefing(selection.id, self._options())
        return _pdf_text(document.data)

    def _sheet(self, category: str) -> str:
        document = self.services.exports.category_sheet(category, self._options())
        return _pdf_text(document.data)

    def _glossary(self) -> str:
        return _pdf_text(self.services.exports.glossary(self._options()).data)


def _pdf_text(data: bytes) -> str:
    """A PDF's text as it reads across pages: each page's running header and footer (printed
    first, up to 'Page N of M') left out, so a text or a mark broken by a page reads whole."""
    pages = []
    for page in read_pdf(data).pages:
        lines = page.splitlines()
        furniture = next(
            (n for n, line in enumerate(lines[:FURNITURE_LINES]) if PAGE_OF.fullmatch(line)), -1
        )
        pages.append("\n".join(lines[furniture + 1 :]))
    return " ".join(" ".join(pages).split())


# ---------------------------------------------------------------- the checks


def _starts(output: str, texts: list[Shown]) -> list[tuple[int, Shown]]:
    """Where each text shown in `output` starts, in order."""
    found = []
    for shown in texts:
        key = shown.text[:LOCATOR]
        start = output.find(key)
        while start >= 0:
            found.append((start, shown))
            start = output.find(key, start + 1)
    return sorted(found, key=lambda pair: pair[0])


def _problem(output: str, start: int, shown: Shown, others: list[tuple[int, Shown]]) -> str:
    """'' when the text at `start` carries its provenance, else what is wrong."""
    value = shown.provenance
    if value.is_source:
        return "" if value.section in output else f"no section '{value.section}'"
    end = start + len(shown.text)
    mark_at = output.find(value.mark, end)
    near = mark_at >= 0 and mark_at - end <= AFTER
    if near and not any(end <= at < mark_at and o.text != shown.text for at, o in others):
        return ""  # its own mark, with no other text in between
    group_at = output.rfind(value.group, 0, start)
    if group_at >= 0 and start - group_at <= GROUP:
        between = [other for at, other in others if group_at < at < start]
        if all(other.provenance.mark == value.mark for other in between):
            return ""  # under a shared mark, among texts of the same provenance
    return f"no mark '{value.mark}'"


def _json_problem(document: Any, shown: Shown) -> str:
    """'' when the JSON object holding the text has a `provenance` of the right class."""
    holders = list(_holders(document, shown.text))
    if not holders:
        return "not in the JSON"
    for holder, key in holders:
        found = _json_provenance(holder, key) or {}
        if (found.get("class"), found.get("section")) == (
            shown.provenance.cls.value,
            shown.provenance.section,
        ):
            return ""
    return f"no provenance of class '{shown.provenance.cls.value}'"


def _holders(value: Any, text: str) -> Iterator[tuple[dict[str, Any], str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            strings = item if isinstance(item, list) else [item]
            if any(isinstance(s, str) and " ".join(s.split()) == text for s in strings):
                yield value, key
            yield from _holders(item, text)
    elif isinstance(value, list):
        for item in value:
            yield from _holders(item, text)


def _json_provenance(holder: dict[str, Any], key: str) -> dict[str, str] | None:
    if f"{key}_provenance" in holder:
        return holder[f"{key}_provenance"]  # type: ignore[no-any-return]
    if key == "purpose":  # stored with the definition, sharing its origin
        return holder.get("definition_provenance")
    if "provenance" in holder:
        return holder["provenance"]  # type: ignore[no-any-return]
    attribution = holder.get("attribution")
    return attribution.get("provenance") if isinstance(attribution, dict) else None


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[Surfaces]:
    data_dir = tmp_path_factory.mktemp("walk-data")
    services = Services(AppPaths.resolve(data_dir))
    yield Surfaces(services, data_dir, tmp_path_factory.mktemp("walk"))
    services.close()


def _all(reference: ReferenceService) -> list[Shown]:
    return [shown for walker in WALKERS.values() for shown in walker(reference)]


def test_every_record_type_of_the_domain_is_walked() -> None:
    """A new kind of record with texts fails here until the walk covers it."""
    with_texts = {
        name
        for name, cls in inspect.getmembers(content_module, inspect.isclass)
        if dataclasses.is_dataclass(cls)
        and cls.__module__ == content_module.__name__
        and any(
            f.name == "attribution" or f.name.endswith("_origin") for f in dataclasses.fields(cls)
        )
    }
    assert with_texts == set(RECORD_TYPES)
    assert set(RECORD_TYPES.values()) == set(WALKERS)


def test_every_text_on_every_surface_says_where_it_comes_from(walk: Surfaces) -> None:
    walked = [*_all(walk.reference), *walk.briefing_terms()]
    texts = [shown for shown in walked if len(shown.text) >= 12]
    assert {s.provenance.cls for s in texts} >= {ProvenanceClass.SOURCE, ProvenanceClass.EDITORIAL}
    by_place: dict[str, list[Shown]] = {}
    for shown in texts:
        for place in shown.places:
            by_place.setdefault(place, []).append(shown)
    problems = []
    for place, shown_here in sorted(by_place.items()):
        if place.startswith("json:"):
            document = walk.json(place)
            problems += [
                f"{place}: {s.kind} {s.record}: {why} — {s.text[:50]}"
                for s in shown_here
                if (why := _json_problem(document, s))
            ]
            continue
        output = walk.text(place)
        starts = _starts(output, shown_here)
        located = {id(shown) for _, shown in starts}
        problems += [
            f"{place}: {s.kind} {s.record}: not shown — {s.text[:50]}"
            for s in shown_here
            if id(s) not in located and not _shown_elsewhere(output, s)
        ]
        for shown in shown_here:
            found = [start for start, other in starts if other is shown]
            whys = [_problem(output, start, shown, starts) for start in found]
            # a short text (an example such as 'Conflict analysis') may also print as a name
            # (a glossary term): one marked occurrence will do; a longer one, every occurrence
            failed = [why for why in whys if why]
            if failed and (len(shown.text) >= SHORT or len(failed) == len(whys)):
                problems.append(
                    f"{place}: {shown.kind} {shown.record}: {failed[0]} — {shown.text[:50]}"
                )
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)


def _shown_elsewhere(output: str, shown: Shown) -> bool:
    """A short text may print with its words joined differently (a bullet, a PDF line break in
    a long word): found when its last characters are there."""
    return shown.text[-LOCATOR:] in output
