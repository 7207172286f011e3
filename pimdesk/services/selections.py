"""Context-specific selections: create, edit, suggest, compare, trash, share as `.pimsel` files."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from pimdesk import APP_NAME, __version__
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.errors import InvalidInputError, NotFoundError
from pimdesk.domain.listing import ListQuery, fold
from pimdesk.domain.provenance import Provenance, provenance_of
from pimdesk.domain.records import record
from pimdesk.domain.selection import (
    CategoryChoice,
    Constraint,
    Decision,
    NeedSource,
    PimSystem,
    Selection,
    TeamPriority,
    check_name,
    check_text,
    new_id,
    now,
)
from pimdesk.domain.selection_file import decode, encode
from pimdesk.domain.suggestions import Suggestion, SuggestionContent, suggest
from pimdesk.domain.systems_map import MapFindings, check_system, map_findings
from pimdesk.domain.tiers import TierDecision, tiers
from pimdesk.services.reference import ReferenceService
from pimdesk.store.files import write_atomically
from pimdesk.store.userdata import SelectionSummary, UserDataStore
from pimdesk.store.userdata_open import TRASH_KEPT_FOR

MAX_IMPORT_BYTES = 2 * 1024 * 1024


@record
class ImportResult:
    selection: Selection
    report: tuple[str, ...]  # what the user should know: renamed, unknown items kept...
    renamed_from: str = ""  # the name in the file, when one in use made the import rename it
    replaced: bool = False  # the context of that name was moved to the trash
    notes: tuple[str, ...] = ()  # the report without the renaming or the replacing


@record
class ComparisonRow:
    category: str
    name: str
    left: CategoryChoice | None
    right: CategoryChoice | None

    @property
    def differs(self) -> bool:
        def key(choice: CategoryChoice | None) -> tuple[str, str]:
            if choice is None:
                return ("", "")
            return (choice.decision.value, choice.priority.value if choice.priority else "")

        return key(self.left) != key(self.right)


class SelectionService:
    def __init__(self, store: UserDataStore, reference: ReferenceService) -> None:
        self._store = store
        self._reference = reference

    # ------------------------------------------------------------------ reading
    def summaries(self) -> list[SelectionSummary]:
        return self._store.list_selections()

    def trash(self) -> list[SelectionSummary]:
        return self._store.list_selections(deleted=True)

    # The list's pages (the desktop reads only what it shows: see `ListQuery`).
    def count_listed(self, query: ListQuery) -> int:
        return self._store.count_listed(query)

    def list_page(self, query: ListQuery, offset: int, limit: int) -> list[SelectionSummary]:
        return self._store.list_page(query, offset, limit)

    def positions_listed(self, query: ListQuery, ids: Collection[str]) -> dict[str, int]:
        return self._store.positions_listed(query, ids)

    def listed_scenarios(self) -> list[str]:
        return self._store.listed_scenarios()

    @property
    def trash_kept_for(self) -> datetime.timedelta:
        """How long a deleted selection stays in the trash before it is deleted for good."""
        return TRASH_KEPT_FOR

    def get(self, selection_id: str) -> Selection:
        return self._store.get(selection_id)

    def find(self, name: str) -> Selection:
        selection_id = self._store.find_id(name)
        if selection_id is None:
            raise NotFoundError(f"There is no selection named '{name}'.")
        return self._store.get(selection_id)

    # ------------------------------------------------------------------ writing
    def create(
        self,
        name: str,
        scenario: str,
        *,
        place: str = "",
        date: datetime.date | None = None,
        organisation: str = "",
        categories: tuple[str, ...] = (),
        notes: str = "",
    ) -> Selection:
        self._check_scenario(scenario)
        for category in categories:
            self._check_category(category)
        selection = Selection(
            id=new_id(),
            name=check_name(name),
            scenario=scenario,
            place=check_text(place, "place"),
            date=date,
            organisation=check_text(organisation, "organisation"),
            choices=tuple(CategoryChoice(c, Decision.ACCEPTED) for c in dict.fromkeys(categories)),
            notes=check_text(notes, "notes", 20_000),
        )
        return self._store.save(selection)

    def save(self, selection: Selection) -> Selection:
        """Store an edited selection whole (every edit in the app saves at once)."""
        self._check_scenario(selection.scenario)
        checked = replace(selection, name=check_name(selection.name))
        return self._store.save(checked)

    def edit(
        self,
        selection_id: str,
        *,
        scenario: str | None = None,
        place: str | None = None,
        date: datetime.date | None = None,
        notes: str | None = None,
        constraints: tuple[Constraint, ...] | None = None,
    ) -> Selection:
        """Change the context's details; what is None stays as it is."""
        selection = self.get(selection_id)
        changes: dict[str, object] = {}
        if scenario is not None:
            self._check_scenario(scenario)
            changes["scenario"] = scenario
        if place is not None:
            changes["place"] = check_text(place, "place")
        if date is not None:
            changes["date"] = date
        if notes is not None:
            changes["notes"] = check_text(notes, "notes", 20_000)
        if constraints is not None:
            changes["constraints"] = tuple(dict.fromkeys(constraints))
        return self.save(replace(selection, **changes))  # type: ignore[arg-type]

    def set_choice(
        self,
        selection_id: str,
        category: str,
        *,
        decision: Decision | None = None,
        priority: TeamPriority | None = None,
        notes: str | None = None,
        clear_priority: bool = False,
    ) -> Selection:
        """Set the team's decision, priority or notes on one category; the rest stays."""
        self._check_category(category)
        selection = self.get(selection_id)
        choice = selection.choice(category) or CategoryChoice(category)
        if decision is not None:
            choice = replace(choice, decision=decision)
        if priority is not None or clear_priority:
            choice = replace(choice, priority=priority)
        if notes is not None:
            choice = replace(choice, notes=check_text(notes, "category notes", 20_000))
        return self.save(selection.with_choice(choice))

    def add_system(self, selection_id: str, system: PimSystem) -> Selection:
        """Put a named PIM system on the context's map; two systems cannot share a name."""
        self._check_category(system.category)
        checked = check_system(system)
        selection = self.get(selection_id)
        if any(fold(s.name) == fold(checked.name) for s in selection.system_map):
            raise InvalidInputError(
                f"The map already has a system named '{checked.name}'; remove it first or "
                "choose another name."
            )
        return self.save(replace(selection, system_map=(*selection.system_map, checked)))

    def remove_system(self, selection_id: str, name: str) -> Selection:
        selection = self.get(selection_id)
        kept = tuple(s for s in selection.system_map if fold(s.name) != fold(name))
        if len(kept) == len(selection.system_map):
            raise InvalidInputError(f"The map has no system named '{name}'.")
        return self.save(replace(selection, system_map=kept))

    def rename(self, selection_id: str, name: str) -> Selection:
        return self.save(replace(self.get(selection_id), name=name))

    def duplicate(self, selection_id: str, name: str | None = None) -> Selection:
        original = self.get(selection_id)
        copy = replace(
            original,
            id=new_id(),
            name=check_name(name) if name else self.free_name(f"{original.name} (copy)"),
            created=now(),
            revision=0,
        )
        return self._store.save(copy)

    def save_as_copy(self, selection: Selection, copy_name: str = "{name} (my copy)") -> Selection:
        """Store the edits a conflict refused as a new selection beside the one stored, so that
        neither writer's work is lost ("NAME (my copy)", "NAME (my copy) 2"...). `copy_name`
        makes the copy's name from the old one (the desktop passes it translated)."""
        copy = replace(
            selection,
            id=new_id(),
            name=self.free_name(copy_name.replace("{name}", selection.name)),
            created=now(),
            revision=0,
        )
        return self.save(copy)

    def delete(self, selection_id: str) -> None:
        """Move to the trash (kept 30 days); `restore` undoes it."""
        self._store.move_to_trash(selection_id)

    def restore(self, selection_id: str) -> None:
        self._store.restore_from_trash(selection_id)

    def free_name(self, wanted: str) -> str:
        """`wanted`, or `wanted 2`, `wanted 3`... whichever no live selection has."""
        candidate, counter = check_name(wanted), 2
        while self._store.find_id(candidate) is not None:
            candidate = check_name(f"{wanted} {counter}")
            counter += 1
        return candidate

    # ------------------------------------------------------------------ content checks
    def _check_scenario(self, scenario: str) -> None:
        if scenario not in {s.id for s in self._reference.scenarios}:
            known = ", ".join(s.id for s in self._reference.scenarios)
            raise InvalidInputError(f"There is no scenario '{scenario}' (known: {known}).")

    def _check_category(self, category: str) -> None:
        if category not in {c.id for c in self._reference.categories}:
            raise InvalidInputError(
                f"There is no category '{category}' (see `pimdesk list categories`)."
            )

    def unknown_references(self, selection: Selection) -> list[str]:
        """What the selection refers to that the current content does not have (kept, flagged)."""
        categories = {c.id for c in self._reference.categories}
        items = {i.id for s in self._reference.scenarios for i in s.items}
        questions = {q.id for q in self._reference.questions}
        found = [f"category '{c}'" for c in sorted(selection.category_ids() - categories)]
        for need in selection.needs:
            known = items if need.source is NeedSource.SCENARIO_ITEM else questions
            if need.source is not NeedSource.CUSTOM and need.ref not in known:
                found.append(f"data need '{need.text}'")
        if selection.scenario not in {s.id for s in self._reference.scenarios}:
            found.append(f"scenario '{selection.scenario}'")
        return found

    # ------------------------------------------------------------------ suggestions
    def suggestion_content(self) -> SuggestionContent:
        return self.content_of(self._reference)

    @staticmethod
    def content_of(reference: ReferenceService) -> SuggestionContent:
        """The content the suggestion and tier rules read, from `reference`."""
        return SuggestionContent(
            category_order=tuple(c.id for c in reference.categories),
            category_names=reference.category_names,
            scenarios=reference.scenarios,
            questions=reference.questions,
            relationships=reference.relationships,
            tier_words=labels_for(reference.language).tiers,
        )

    def suggestions(self, selection: Selection) -> list[Suggestion]:
        return suggest(selection, self.suggestion_content())

    def tiers(self, selection: Selection) -> list[TierDecision]:
        """Every category in its tier (start here, add when …, not needed now), with reasons."""
        return tiers(selection, self.suggestion_content())

    def map_findings(self, selection: Selection) -> MapFindings:
        """The gaps and overlaps of the context's systems map (for the briefing's gaps)."""
        return map_findings(selection, self.tiers(selection))

    def compare(self, left_id: str, right_id: str) -> list[ComparisonRow]:
        left, right = self.get(left_id), self.get(right_id)
        return [
            ComparisonRow(c.id, c.name, left.choice(c.id), right.choice(c.id))
            for c in self._reference.categories
        ]

    # ------------------------------------------------------------------ files
    def export(self, selection_id: str, target: Path) -> Path:
        selection = self.get(selection_id)
        version = self._reference.info.version
        data = encode(selection, f"{APP_NAME} {__version__}", version, self._provenance(selection))
        return write_atomically(target, data)

    def _provenance(self, selection: Selection) -> dict[str, Provenance]:
        """Where the content text each picked need copies comes from, by the need's key."""
        found = {}
        for need in selection.needs:
            try:
                if need.source is NeedSource.SCENARIO_ITEM and need.ref:
                    attribution = self._reference.scenario_item(need.ref).attribution
                elif need.source is NeedSource.QUESTION and need.ref:
                    attribution = self._reference.question(need.ref).attribution
                else:
                    continue  # the team's own words
            except NotFoundError:
                continue  # no longer in the content: nothing to say about it
            found[need.key] = provenance_of(attribution.origin, attribution.source)
        return found

    def read_file(self, path: Path) -> Selection:
        """Decode a `.pimsel` file without storing it (for a preview)."""
        return decode(_read_limited(path)).selection

    def read_bytes(self, path: Path) -> bytes:
        """The bytes of a `.pimsel` file, read once: a preview and the import that follows it
        use the same bytes, so the file cannot change between the user's answer and the import."""
        return _read_limited(path)

    def preview_bytes(self, data: bytes) -> Selection:
        return decode(data).selection

    def import_file(self, path: Path, replace_existing: bool = False) -> ImportResult:
        """Store the selection in `path` (see `import_bytes`)."""
        return self.import_bytes(_read_limited(path), replace_existing)

    def import_bytes(
        self, data: bytes, replace_existing: bool = False, imported_name: str = "{name} (imported)"
    ) -> ImportResult:
        """Store the selection in a `.pimsel` file's bytes. A name already in use is never
        overwritten silently: the import gets a free name, unless `replace_existing` (the user
        said so) moves the existing selection to the trash, in the same transaction.
        `imported_name` makes the free name from the old one (the desktop passes it translated)."""
        decoded = decode(data)
        selection = decoded.selection
        self._check_scenario(selection.scenario)
        report = list(decoded.notes)
        unknown = self.unknown_references(selection)
        if unknown:
            report.append("kept, but not in this PIM Desk's content: " + ", ".join(unknown))
        notes, renamed_from = tuple(report), ""
        existing = self._store.find_id(selection.name)
        if existing is not None and not replace_existing:
            name = self.free_name(imported_name.replace("{name}", selection.name))
            report.append(f"a context named '{selection.name}' exists: imported as '{name}'")
            renamed_from, selection = selection.name, replace(selection, name=name)
        if self._id_in_use(selection.id):
            selection = replace(selection, id=new_id())
        if existing is not None and replace_existing:
            stored = self._store.replace_selection(existing, selection)
            report.append(f"the earlier '{selection.name}' was moved to the trash")
        else:
            stored = self._store.save(selection, touch=False)
        replaced = existing is not None and replace_existing
        return ImportResult(stored, tuple(report), renamed_from, replaced, notes)

    def _id_in_use(self, selection_id: str) -> bool:
        try:
            self._store.get(selection_id)
        except NotFoundError:
            return False
        return True


def _read_limited(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInputError(f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInputError(f"{path} is a folder, not a selection file.") from None
    except OSError as error:
        raise InvalidInputError(f"The file {path} cannot be read ({error.strerror}).") from None
    return data
