"""The `.pimsel` file: one selection as versioned JSON, for sharing on a USB stick.

The format is documented in `docs/pimsel-format.md`. Reading is strict: a size cap before
parsing, UTF-8 only, no duplicate keys, no NaN, a known format and version, every field of the
right type. A problem is one `InvalidInputError` that names it; nothing half-read is returned.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from pimdesk.domain import strict_json
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.provenance import Provenance
from pimdesk.domain.records import record
from pimdesk.domain.selection import (
    MAX_NOTES_CHARACTERS,
    CategoryChoice,
    Constraint,
    DataNeed,
    Decision,
    NeedSource,
    PimSystem,
    RunStatus,
    Selection,
    SystemStatus,
    TeamPriority,
    check_name,
    check_text,
)
from pimdesk.domain.strict_json import StrictJsonError

FORMAT_NAME = "pimdesk-selection"
FORMAT_VERSION = 2  # 2 added the systems map and the stated limits; version 1 still reads
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_NEEDS = 500
# The content has 15 categories; room for content packs that add some, none for a file that
# lists thousands and makes the editor crawl.
MAX_CHOICES = 200
MAX_SYSTEMS = 200
# Dates a selection can honestly carry. Past year 9998 a date cannot even be shown in every
# time zone (9999-12-31T23:59:59-14:00 is past datetime.max in UTC).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2999
_JSON_PROBLEMS = {
    "encoding": "The selection file is not UTF-8 text (byte {detail}).",
    "syntax": "The selection file is damaged or truncated: {detail}.",
    "duplicate": "The selection file repeats the field '{detail}'.",
    "constant": "The selection file contains {detail}, which is not a valid value.",
    "depth": "The selection file is nested too deeply to be a selection.",
    "number": "The selection file holds the number {detail}, longer than any a selection has.",
    "text": "The selection file holds broken text ({detail}: a lone surrogate).",
}
_SELECTION_FIELDS = {
    "id",
    "name",
    "scenario",
    "place",
    "date",
    "organisation",
    "notes",
    "created",
    "modified",
    "systems",
    "needs",
    "choices",
    "system_map",
    "constraints",
}


@record
class DecodedSelection:
    selection: Selection
    content_version: str | None
    notes: tuple[str, ...]  # what was kept but not understood, to report to the user


def encode(
    selection: Selection,
    app: str,
    content_version: str,
    provenance: Mapping[str, Provenance] | None = None,
) -> bytes:
    """The `.pimsel` file of `selection`; a need that copies a content text carries where that
    text comes from (`provenance`, by the need's key), for whoever reads the file without PIM
    Desk. Reading ignores it: the content is the authority."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        "app": app,
        "content_version": content_version,
        "selection": {
            "id": selection.id,
            "name": selection.name,
            "scenario": selection.scenario,
            "place": selection.place,
            "date": selection.date.isoformat() if selection.date else None,
            "organisation": selection.organisation,
            "notes": selection.notes,
            "created": selection.created.isoformat(),
            "modified": selection.modified.isoformat(),
            "systems": {category: status.value for category, status in selection.systems},
            "needs": [_need(n, (provenance or {}).get(n.key)) for n in selection.needs],
            "choices": [
                {
                    "category": c.category,
                    "decision": c.decision.value,
                    "priority": c.priority.value if c.priority else None,
                    "notes": c.notes,
                }
                for c in selection.choices
            ],
            "system_map": [_system(s) for s in selection.system_map],
            "constraints": [c.value for c in selection.constraints],
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def decode(data: bytes) -> DecodedSelection:
    """Read a `.pimsel` file's bytes, or raise InvalidInputError naming the problem."""
    document = _parse(data)
    if document.get("format") != FORMAT_NAME:
        raise InvalidInputError("This is not a PIM Desk selection file (its format is not named).")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInputError("The selection file has no valid format version.")
    if version > FORMAT_VERSION:
        raise InvalidInputError(
            f"The selection file has format version {version}, newer than this PIM Desk reads "
            f"({FORMAT_VERSION}); update PIM Desk to import it."
        )
    body = document.get("selection")
    if not isinstance(body, dict):
        raise InvalidInputError("The selection file holds no selection.")
    notes = [
        f"an unknown field '{key}' was ignored" for key in sorted(set(body) - _SELECTION_FIELDS)
    ]
    content_version = document.get("content_version")
    return DecodedSelection(
        selection=_selection(body),
        content_version=content_version if isinstance(content_version, str) else None,
        notes=tuple(notes),
    )


def _parse(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInputError(
            f"The selection file is too large (more than {MAX_FILE_BYTES} bytes, the most a "
            "selection file may hold)."
        )
    try:
        document = strict_json.loads(data, allow_bom=True)
    except StrictJsonError as error:
        raise InvalidInputError(_JSON_PROBLEMS[error.problem].format(detail=error.detail)) from None
    if not isinstance(document, dict):
        raise InvalidInputError("This is not a PIM Desk selection file.")
    return document


def _string(body: Mapping[str, Any], key: str, required: bool = False) -> str:
    value = body.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise InvalidInputError(f"In the selection file, '{key}' must be text.")
    return value


def _time(body: Mapping[str, Any], key: str) -> datetime.datetime:
    text = _string(body, key)
    try:
        value = datetime.datetime.fromisoformat(text) if text else None
    except ValueError:
        value = None
    if value is None:
        raise InvalidInputError(f"In the selection file, '{key}' is not a date and time.")
    try:
        utc = (value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)).astimezone(
            datetime.timezone.utc
        )
    except (OverflowError, ValueError):
        utc = None
    if utc is None or not EARLIEST_YEAR <= utc.year <= LATEST_YEAR:
        raise InvalidInputError(
            f"In the selection file, '{key}' ({text[:40]}) is not between the years "
            f"{EARLIEST_YEAR} and {LATEST_YEAR}."
        )
    return utc


def _enum(kind: type[Any], value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise InvalidInputError(f"In the selection file, {what} '{value}' is not known.") from None


def _selection(body: Mapping[str, Any]) -> Selection:
    date_text = body.get("date")
    try:
        if date_text is not None and not isinstance(date_text, str):
            raise TypeError(date_text)  # 0 or false is no date either
        date = datetime.date.fromisoformat(date_text) if date_text else None
    except (TypeError, ValueError):
        raise InvalidInputError("In the selection file, 'date' is not a date.") from None
    if date is not None and not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
        raise InvalidInputError(
            f"In the selection file, 'date' is not between the years {EARLIEST_YEAR} and "
            f"{LATEST_YEAR}."
        )
    identifier = _string(body, "id", required=True)
    if not (identifier.isascii() and identifier.isalnum()) or len(identifier) > 64:
        raise InvalidInputError("In the selection file, 'id' is not a valid identifier.")
    return Selection(
        id=identifier,
        name=check_name(_string(body, "name", required=True)),
        scenario=_string(body, "scenario", required=True),
        place=check_text(_string(body, "place"), "place"),
        date=date,
        organisation=check_text(_string(body, "organisation"), "organisation"),
        notes=check_text(_string(body, "notes"), "notes", MAX_NOTES_CHARACTERS),
        created=_time(body, "created"),
        modified=_time(body, "modified"),
        systems=_systems(body.get("systems", {})),
        needs=_needs(body.get("needs", [])),
        choices=_choices(body.get("choices", [])),
        system_map=_system_map(body.get("system_map", [])),
        constraints=_constraints(body.get("constraints", [])),
    )


def _systems(value: Any) -> tuple[tuple[str, SystemStatus], ...]:
    if not isinstance(value, dict):
        raise InvalidInputError("In the selection file, 'systems' must map categories to statuses.")
    if len(value) > MAX_SYSTEMS:
        raise InvalidInputError(
            f"The selection file lists {len(value)} PIM systems; a selection has at most "
            f"{MAX_SYSTEMS}."
        )
    return tuple(
        (_category_id(category), _enum(SystemStatus, status, "the system status"))
        for category, status in value.items()
    )


_SYSTEM_TEXTS = ("organisation", "shares", "frequency", "contact")
_SYSTEM_TEXT_NAMES = {
    "organisation": "system's organisation",
    "shares": "description of what a system shares",
    "frequency": "sharing frequency",
    "contact": "system's contact",
}


def _system(system: PimSystem) -> dict[str, str]:
    entry = {"name": system.name, "category": system.category, "status": system.status.value}
    entry.update((key, getattr(system, key)) for key in _SYSTEM_TEXTS)
    return entry


def _system_map(value: Any) -> tuple[PimSystem, ...]:
    if not isinstance(value, list):
        raise InvalidInputError("In the selection file, 'system_map' must be a list of systems.")
    if len(value) > MAX_SYSTEMS:
        raise InvalidInputError(
            f"The selection file maps {len(value)} PIM systems; a selection has at most "
            f"{MAX_SYSTEMS}."
        )
    systems = []
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidInputError("In the selection file, each mapped system must be an object.")
        name = check_text(_string(entry, "name", required=True), "system name")
        if not name:
            raise InvalidInputError("In the selection file, a mapped system has no name.")
        texts = {
            key: check_text(_string(entry, key), _SYSTEM_TEXT_NAMES[key]) for key in _SYSTEM_TEXTS
        }
        status = _enum(RunStatus, entry.get("status"), "the system status")
        systems.append(PimSystem(name, _category_id(entry.get("category")), status, **texts))
    return tuple(systems)


def _constraints(value: Any) -> tuple[Constraint, ...]:
    if not isinstance(value, list) or len(value) > len(Constraint):
        raise InvalidInputError("In the selection file, 'constraints' must be a short list.")
    found = tuple(_enum(Constraint, v, "the constraint") for v in value)
    if len(set(found)) != len(found):
        raise InvalidInputError("In the selection file, a constraint is stated twice.")
    return found


def _need(need: DataNeed, provenance: Provenance | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"source": need.source.value, "ref": need.ref, "text": need.text}
    if provenance is not None:
        entry["provenance"] = provenance.as_json()
    return entry


def _needs(value: Any) -> tuple[DataNeed, ...]:
    if not isinstance(value, list):
        raise InvalidInputError("In the selection file, 'needs' must be a list of data needs.")
    if len(value) > MAX_NEEDS:
        raise InvalidInputError(
            f"The selection file lists {len(value)} data needs; a selection has at most "
            f"{MAX_NEEDS}."
        )
    needs = []
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidInputError("In the selection file, each data need must be an object.")
        ref = entry.get("ref")
        if ref is not None and (not isinstance(ref, str) or len(ref) > 100):
            raise InvalidInputError(
                "In the selection file, a data need's 'ref' must be a content ID."
            )
        text = check_text(_string(entry, "text", required=True), "data need")
        needs.append(DataNeed(_enum(NeedSource, entry.get("source"), "the need source"), text, ref))
    return tuple(needs)


def _choices(value: Any) -> tuple[CategoryChoice, ...]:
    if not isinstance(value, list):
        raise InvalidInputError("In the selection file, 'choices' must be a list.")
    if len(value) > MAX_CHOICES:
        raise InvalidInputError(
            f"The selection file lists {len(value)} category choices; a selection has at most "
            f"{MAX_CHOICES}."
        )
    choices = []
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidInputError(
                "In the selection file, each category choice must be an object."
            )
        priority = entry.get("priority")
        choices.append(
            CategoryChoice(
                category=_category_id(entry.get("category")),
                decision=_enum(Decision, entry.get("decision"), "the decision"),
                priority=_enum(TeamPriority, priority, "the priority") if priority else None,
                notes=check_text(_string(entry, "notes"), "category notes", MAX_NOTES_CHARACTERS),
            )
        )
    if len({c.category for c in choices}) != len(choices):
        raise InvalidInputError("In the selection file, a category is chosen twice.")
    return tuple(choices)


def _category_id(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > 100:
        raise InvalidInputError("In the selection file, a category ID is missing or too long.")
    return value
