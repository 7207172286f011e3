"""Before a briefing is printed: does the team's text look like personal data? (R13)

PIM Desk stores no personal data of affected people, but notes are free text. Everything of the
selection that the briefing prints is scanned; the user is warned and decides.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from enum import Enum

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.records import record
from pimdesk.domain.selection import Selection
from pimdesk.domain.sensitivity import PersonalDataFinding, find_personal_data


class TextPlace(str, Enum):
    """Which text of a selection holds a finding."""

    NAME = "name"
    PLACE = "place"
    ORGANISATION = "organisation"
    DATA_NEEDS = "data_needs"
    CONTEXT_NOTES = "context_notes"
    CATEGORY_NOTES = "category_notes"


_PLACE_WORDS = {
    TextPlace.NAME: "the context's name",
    TextPlace.PLACE: "the place",
    TextPlace.ORGANISATION: "the organisation",
    TextPlace.DATA_NEEDS: "the data needs",
    TextPlace.CONTEXT_NOTES: "the notes on the context",
    TextPlace.CATEGORY_NOTES: "the notes on {category}",
}


@record
class PersonalDataWarning:
    """Something that looks like personal data, and which text of the selection holds it."""

    place: TextPlace
    finding: PersonalDataFinding
    category: str = ""  # the category's name, for CATEGORY_NOTES

    @property
    def where(self) -> str:
        """The place in English (the desktop app words it in the user's language)."""
        return _PLACE_WORDS[self.place].format(category=self.category)

    @property
    def sentence(self) -> str:
        return f"In {self.where}, this looks like {self.finding.label}: {self.finding.text}"


class PersonalDataFound(PimDeskError):
    """The briefing would print what looks like personal data; the user has not confirmed it."""

    def __init__(self, warnings: Sequence[PersonalDataWarning]) -> None:
        self.warnings = tuple(warnings)
        first = self.warnings[0]
        more = len(self.warnings) - 1
        others = f" (and {more} more)" if more else ""
        super().__init__(
            f"In {first.where}, something looks like {first.finding.label}{others}: remove it, "
            "leave the notes out, or confirm that it may be printed."
        )


def personal_data_in(
    selection: Selection,
    category_names: Mapping[str, str],
    include_notes: bool = True,
    every_choice: bool = False,
) -> tuple[PersonalDataWarning, ...]:
    """What looks like personal data in `selection`: in what a briefing prints (the accepted
    categories' notes), or with `every_choice` in what a `.pimsel` file carries (every note)."""
    return tuple(
        PersonalDataWarning(place, finding, category)
        for place, category, text in _texts(selection, category_names, include_notes, every_choice)
        for finding in find_personal_data(text)
    )


def _texts(
    selection: Selection, category_names: Mapping[str, str], include_notes: bool, every_choice: bool
) -> Iterator[tuple[TextPlace, str, str]]:
    yield TextPlace.NAME, "", selection.name
    yield TextPlace.PLACE, "", selection.place
    yield TextPlace.ORGANISATION, "", selection.organisation
    for need in selection.needs:
        yield TextPlace.DATA_NEEDS, "", need.text
    if not include_notes:
        return
    yield TextPlace.CONTEXT_NOTES, "", selection.notes
    for choice in selection.choices if every_choice else selection.accepted:
        name = category_names.get(choice.category, choice.category)
        yield TextPlace.CATEGORY_NOTES, name, choice.notes
