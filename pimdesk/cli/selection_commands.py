"""`pimdesk selection ...`: the team's context-specific selections from the command line."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from pimdesk.cli.output import jsonable, print_json
from pimdesk.cli.parser import add_json_option
from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    Constraint,
    Decision,
    PimSystem,
    RunStatus,
    Selection,
    TeamPriority,
    local_time_text,
)
from pimdesk.domain.tiers import Tier, TierDecision
from pimdesk.services.container import Services


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    selection = subparsers.add_parser("selection", help="saved context-specific selections")
    commands = selection.add_subparsers(dest="selection_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the saved selections")
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    new = commands.add_parser("new", help="create a selection")
    new.add_argument("name")
    new.add_argument("--scenario", required=True, help="a scenario ID (pimdesk list scenarios)")
    new.add_argument("--category", action="append", default=[], help="accept this category ID")
    new.add_argument("--note", default="", help="notes on the context")
    new.add_argument("--place", default="", help="where the operation is")
    new.add_argument("--date", type=_date, help="the date, YYYY-MM-DD")
    new.add_argument("--organisation", default="", help="the organisation (optional)")
    add_json_option(new)
    new.set_defaults(handler=run_new)

    show = commands.add_parser("show", help="show a selection with its suggestions")
    show.add_argument("name")
    add_json_option(show)
    show.set_defaults(handler=run_show)

    _register_systems(commands)
    _register_edit(commands)

    delete = commands.add_parser("delete", help="move a selection to the trash (kept 30 days)")
    delete.add_argument("name")
    delete.set_defaults(handler=run_delete)

    restore = commands.add_parser("restore", help="bring a selection back from the trash")
    restore.add_argument("name")
    restore.set_defaults(handler=run_restore)

    export = commands.add_parser("export", help="write a selection to a .pimsel file")
    export.add_argument("name")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=run_export)

    imported = commands.add_parser("import", help="add the selection in a .pimsel file")
    imported.add_argument("file", type=Path)
    imported.add_argument(
        "--replace", action="store_true", help="move a selection of the same name to the trash"
    )
    add_json_option(imported)
    imported.set_defaults(handler=run_import)


def _register_systems(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`selection systems NAME [--add SYSTEM ... | --remove SYSTEM]`."""
    systems = commands.add_parser(
        "systems", help="list, add or remove the named PIM systems on a context's map"
    )
    systems.add_argument("name")
    systems.add_argument("--add", metavar="SYSTEM", help="add a system of this name")
    systems.add_argument("--remove", metavar="SYSTEM", help="remove the system of this name")
    systems.add_argument("--category", help="the added system's category ID")
    systems.add_argument(
        "--status", choices=[s.value for s in RunStatus], default=RunStatus.OPERATING.value
    )
    systems.add_argument("--organisation", default="", help="who runs it")
    systems.add_argument("--shares", default="", help="what it shares")
    systems.add_argument("--frequency", default="", help="how often it shares")
    systems.add_argument("--contact", default="", help="whom to ask")
    add_json_option(systems)
    systems.set_defaults(handler=run_systems)


def _register_edit(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`selection edit NAME [context details] [--category ID decision, priority, notes]`."""
    edit = commands.add_parser(
        "edit", help="change a context's details, or the decision on one category"
    )
    edit.add_argument("name")
    edit.add_argument("--scenario", help="a scenario ID")
    edit.add_argument("--place", help="where the operation is")
    edit.add_argument("--date", type=_date, help="the date, YYYY-MM-DD")
    edit.add_argument("--notes", help="notes on the context")
    edit.add_argument(
        "--constraint",
        action="append",
        choices=[c.value for c in Constraint],
        help="a limit the team states (repeat; replaces the earlier ones)",
    )
    edit.add_argument("--no-constraints", action="store_true", help="state no limits")
    edit.add_argument("--category", help="the category ID the next three options set")
    edit.add_argument("--decision", choices=[d.value for d in Decision])
    edit.add_argument("--priority", choices=[p.value for p in TeamPriority] + ["none"])
    edit.add_argument("--category-notes", help="the team's notes on the category")
    add_json_option(edit)
    edit.set_defaults(handler=run_edit)


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-26") from None


def run_list(args: argparse.Namespace, services: Services) -> int:
    summaries = services.selections.summaries()
    if args.json:
        print_json(summaries)
        return 0
    if not summaries:
        print(
            "No saved selections yet. Create one with `pimdesk selection new NAME --scenario ID`."
        )
    for summary in summaries:
        print(
            f"{summary.name:<40} {summary.scenario:<26} {summary.accepted} accepted  "
            f"{local_time_text(summary.modified_utc)}"
        )
    return 0


def run_new(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.create(
        args.name,
        args.scenario,
        place=args.place,
        date=args.date,
        organisation=args.organisation,
        categories=tuple(args.category),
        notes=args.note,
    )
    if args.json:
        print_json(selection)
    else:
        print(f"Created the selection '{selection.name}'.")
    return 0


def run_show(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    suggestions = services.selections.suggestions(selection)
    tiers = services.selections.tiers(selection)
    findings = services.selections.map_findings(selection)
    unknown = services.selections.unknown_references(selection)
    if args.json:
        by_category = {d.category: d for d in tiers}
        print_json(
            {
                "selection": selection,
                "suggestions": [_with_tier(s, by_category.get(s.category)) for s in suggestions],
                "tiers": tiers,
                "systems_map": findings,
                "unknown": unknown,
            }
        )
        return 0
    print(_describe(selection, services))
    names = services.reference.category_names
    labels = labels_for(services.reference.language)  # the run's --lang, as the PDFs say it
    for tier in Tier:
        print(f"\n{labels.tiers.tier_label(tier.value)}")
        for decision in (d for d in tiers if d.tier is tier):
            choice = selection.choice(decision.category)
            label = _decision_label(labels, choice.decision if choice else Decision.SUGGESTED)
            when = labels.tiers.add_when_condition.format(condition=decision.condition)
            when = f" — {when}" if decision.condition else ""
            print(f"  {names.get(decision.category, decision.category)} [{label}]{when}")
            for reason in decision.reasons:
                print(f"    - {reason.text} ({reason.provenance(labels.provenance).mark})")
    for gap in findings.gaps:
        print(f"Gap: {names.get(gap.category, gap.category)} is needed and no system runs it.")
    for overlap in findings.overlaps:
        which = ", ".join(s.name for s in overlap.systems)
        print(f"Overlap: {names.get(overlap.category, overlap.category)} is done by {which}.")
    for item in unknown:
        print(f"Note: this selection refers to {item}, which the current content does not have.")
    return 0


def _with_tier(suggestion: object, decision: TierDecision | None) -> dict[str, object]:
    """A suggestion as JSON with its tier, the condition that would add it and the reasons."""
    entry: dict[str, object] = jsonable(suggestion)
    entry["tier"] = decision.tier.value if decision else Tier.NOT_NEEDED_NOW.value
    entry["condition"] = decision.condition if decision else ""
    entry["tier_reasons"] = jsonable(decision.reasons) if decision else []
    return entry


def run_systems(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    if args.add and args.remove:
        raise InvalidInputError("Add or remove a system, not both at once.")
    if args.add:
        if not args.category:
            raise InvalidInputError("Say the system's category with --category ID.")
        system = PimSystem(
            args.add,
            args.category,
            RunStatus(args.status),
            args.organisation,
            args.shares,
            args.frequency,
            args.contact,
        )
        selection = services.selections.add_system(selection.id, system)
    elif args.remove:
        selection = services.selections.remove_system(selection.id, args.remove)
    if args.json:
        print_json(
            {
                "systems": selection.system_map,
                "findings": services.selections.map_findings(selection),
            }
        )
        return 0
    if not selection.system_map:
        print(f"No systems on the map of '{selection.name}' yet; add one with --add NAME.")
    names = services.reference.category_names
    for system in selection.system_map:
        details = ", ".join(
            part
            for part in (system.organisation, system.shares, system.frequency, system.contact)
            if part
        )
        category = names.get(system.category, system.category)
        print(
            f"{system.name} — {category} — {system.status.label}"
            + (f" ({details})" if details else "")
        )
    return 0


def run_edit(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    if args.constraint and args.no_constraints:
        raise InvalidInputError("State constraints or --no-constraints, not both.")
    constraints = None
    if args.constraint or args.no_constraints:
        constraints = tuple(Constraint(c) for c in args.constraint or ())
    selection = services.selections.edit(
        selection.id,
        scenario=args.scenario,
        place=args.place,
        date=args.date,
        notes=args.notes,
        constraints=constraints,
    )
    sets_category = (args.decision, args.priority, args.category_notes)
    if any(value is not None for value in sets_category) and not args.category:
        raise InvalidInputError("Say which category with --category ID.")
    if args.category:
        selection = services.selections.set_choice(
            selection.id,
            args.category,
            decision=Decision(args.decision) if args.decision else None,
            priority=TeamPriority(args.priority) if args.priority not in (None, "none") else None,
            clear_priority=args.priority == "none",
            notes=args.category_notes,
        )
    if args.json:
        print_json(selection)
    else:
        print(f"Saved '{selection.name}'.")
    return 0


def _decision_label(labels: DocumentLabels, decision: Decision) -> str:
    """The team's decision in the run's language: English keeps the command line's own words
    ("To decide"); another language says it as its briefing's headings do."""
    if labels.language == ENGLISH_LABELS.language:
        return decision.label
    return {
        Decision.SUGGESTED: labels.to_decide,
        Decision.ACCEPTED: labels.accepted,
        Decision.REJECTED: labels.rejected,
    }[decision]


def _describe(selection: Selection, services: Services) -> str:
    reference = services.reference
    labels = labels_for(reference.language)
    said = labels.label_separator
    scenario = next((s.name for s in reference.scenarios if s.id == selection.scenario), "?")
    names = reference.category_names
    lines = [selection.name, f"{labels.scenario}{said}{scenario}"]
    if selection.place:
        lines.append(f"{labels.place}{said}{selection.place}")
    if selection.date:
        lines.append(f"{labels.date}{said}{selection.date.isoformat()}")
    if selection.organisation:
        lines.append(f"{labels.organisation}{said}{selection.organisation}")
    if selection.notes:
        lines.append(f"Notes: {selection.notes}")
    for choice in selection.choices:
        chosen = labels.priority_label(choice.priority)
        priority = f", {labels.priority}{said}{chosen}" if choice.priority else ""
        notes = f" — {choice.notes}" if choice.notes else ""
        name = names.get(choice.category, choice.category)
        lines.append(f"  {name}: {_decision_label(labels, choice.decision)}{priority}{notes}")
    for need in selection.needs:
        lines.append(f"  Needs: {need.text}")
    return "\n".join(lines)


def run_delete(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    services.selections.delete(selection.id)
    print(
        f"Moved '{selection.name}' to the trash; `pimdesk selection restore` brings it back "
        "within 30 days."
    )
    return 0


def run_restore(args: argparse.Namespace, services: Services) -> int:
    store = services.user_store
    selection_id = store.find_id(args.name, deleted=True)
    if selection_id is None:
        raise InvalidInputError(f"There is no selection named '{args.name}' in the trash.")
    services.selections.restore(selection_id)
    print(f"Restored '{args.name}' from the trash.")
    return 0


def run_export(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    written = services.selections.export(selection.id, args.file)
    print(f"Wrote {written}.")
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    result = services.selections.import_file(args.file, replace_existing=args.replace)
    if args.json:
        print_json({"selection": result.selection, "report": result.report})
        return 0
    print(f"Imported '{result.selection.name}'.")
    for line in result.report:
        print(f"Note: {line}.")
    return 0
