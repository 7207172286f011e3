"""Before a briefing is printed: does the team's text look like personal data? (R13)

PIM Desk stores no personal data of affected people, but notes are free text. Everything of the
selection that the briefing prints is scanned; the user is warned and decides.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.selection import Selection
from pimdesk.domain.sensitivity import PersonalDataFinding, find_personal_data


@dataclass(frozen=True)
class PersonalDataWarning:
    """Something that looks like personal data, and which text of the selection holds it."""

    where: str  # e.g. "the notes on Case Management"
    finding: PersonalDataFinding

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
    selection: Selection, category_names: Mapping[str, str], include_notes: bool = True
) -> tuple[PersonalDataWarning, ...]:
    """What looks like personal data in the parts of `selection` a briefing prints."""
    return tuple(
        PersonalDataWarning(where, finding)
        for where, text in _printed_texts(selection, category_names, include_notes)
        for finding in find_personal_data(text)
    )


def _printed_texts(
    selection: Selection, category_names: Mapping[str, str], include_notes: bool
) -> Iterator[tuple[str, str]]:
    yield "the selection's name", selection.name
    yield "the place", selection.place
    yield "the organisation", selection.organisation
    for need in selection.needs:
        yield "the data needs", need.text
    if not include_notes:
        return
    yield "the notes on the context", selection.notes
    for choice in selection.accepted:
        name = category_names.get(choice.category, choice.category)
        yield f"the notes on {name}", choice.notes
