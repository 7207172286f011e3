"""`pimdesk selection ...`: the team's context-specific selections from the command line."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from pimdesk.cli.output import print_json
from pimdesk.cli.parser import add_json_option
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import Selection, local_time_text
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
    unknown = services.selections.unknown_references(selection)
    if args.json:
        print_json({"selection": selection, "suggestions": suggestions, "unknown": unknown})
        return 0
    print(_describe(selection, services))
    print("\nSuggested categories:")
    names = services.reference.category_names
    for suggestion in suggestions:
        choice = selection.choice(suggestion.category)
        decision = choice.decision.label if choice else "To decide"
        print(f"  {names[suggestion.category]} [{decision}]")
        for reason in suggestion.reasons:
            print(f"    - {reason.text} ({reason.source})")
    for item in unknown:
        print(f"Note: this selection refers to {item}, which the current content does not have.")
    return 0


def _describe(selection: Selection, services: Services) -> str:
    reference = services.reference
    scenario = next((s.name for s in reference.scenarios if s.id == selection.scenario), "?")
    names = reference.category_names
    lines = [selection.name, f"Scenario: {scenario}"]
    if selection.place:
        lines.append(f"Place: {selection.place}")
    if selection.date:
        lines.append(f"Date: {selection.date.isoformat()}")
    if selection.organisation:
        lines.append(f"Organisation: {selection.organisation}")
    if selection.notes:
        lines.append(f"Notes: {selection.notes}")
    for choice in selection.choices:
        priority = f", {choice.priority.label} priority" if choice.priority else ""
        notes = f" — {choice.notes}" if choice.notes else ""
        name = names.get(choice.category, choice.category)
        lines.append(f"  {name}: {choice.decision.label}{priority}{notes}")
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
