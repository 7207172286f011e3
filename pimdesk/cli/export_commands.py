"""`pimdesk brief`, `sheet`, `glossary-pdf` and `matrix-pdf`: the PDF documents from the
command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pimdesk.domain.briefing_input import Paper, PosterPaper
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.services.container import Services
from pimdesk.services.exports import ExportOptions, ExportResult

PAPERS = [paper.value for paper in Paper]
POSTER_PAPERS = [paper.value for paper in PosterPaper]
LEVELS = [level.value for level in Sensitivity]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    brief = subparsers.add_parser("brief", help="export a selection's context briefing (PDF)")
    brief.add_argument("name", help="the name of a saved selection")
    _add_common(brief, classification=True)
    brief.add_argument("--no-notes", action="store_true", help="leave the team's notes out")
    brief.add_argument(
        "--yes", action="store_true", help="print text that looks like personal data without asking"
    )
    brief.set_defaults(handler=run_brief)

    sheet = subparsers.add_parser("sheet", help="export a one-category handout (PDF)")
    sheet.add_argument("category_id", metavar="CATEGORY_ID", help="see `pimdesk list categories`")
    _add_common(sheet, classification=True)
    sheet.set_defaults(handler=run_sheet)

    glossary = subparsers.add_parser(
        "glossary-pdf", help="export PIM Desk's glossary as a handout (PDF)"
    )
    _add_common(glossary, classification=False)
    glossary.set_defaults(handler=run_glossary)

    matrix = subparsers.add_parser(
        "matrix-pdf", help="export the PIM Matrix on one landscape page (PDF)"
    )
    matrix.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    matrix.add_argument(
        "--paper", choices=POSTER_PAPERS, default="a3", help="landscape paper (default a3)"
    )
    matrix.add_argument(
        "--selection", metavar="NAME", help="highlight the categories this selection accepted"
    )
    matrix.add_argument(
        "--classification",
        choices=LEVELS,
        metavar="LEVEL",
        help="sensitivity label (default public; restricted with --selection)",
    )
    matrix.set_defaults(handler=run_matrix)


def _add_common(parser: argparse.ArgumentParser, classification: bool) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    if classification:
        parser.add_argument(
            "--classification",
            choices=LEVELS,
            metavar="LEVEL",
            help=f"sensitivity label on every page: {', '.join(LEVELS)}",
        )


def _options(args: argparse.Namespace, include_notes: bool = True) -> ExportOptions:
    level = getattr(args, "classification", None)
    return ExportOptions(
        paper=Paper(args.paper),
        sensitivity=Sensitivity(level) if level else None,
        include_notes=include_notes,
    )


def run_brief(args: argparse.Namespace, services: Services) -> int:
    selection = services.selections.find(args.name)
    options = _options(args, include_notes=not args.no_notes)
    warnings = services.exports.personal_data(selection.id, options.include_notes)
    for warning in warnings:
        print(f"pimdesk: warning: {warning.sentence}", file=sys.stderr)
    if warnings and not (args.yes or _confirmed_on_terminal()):
        raise InvalidInputError(
            "Nothing was written: the briefing would print what looks like personal data; "
            "edit it, leave the notes out with --no-notes, or confirm with --yes."
        )
    result = services.exports.export_briefing(
        selection.id, args.output, options, personal_data_confirmed=True
    )
    return _report(result)


def _confirmed_on_terminal() -> bool:
    """Ask "Proceed?" when a person is at the keyboard; a script is never asked."""
    if not sys.stdin.isatty():
        return False
    print("Proceed? [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def run_sheet(args: argparse.Namespace, services: Services) -> int:
    result = services.exports.export_category_sheet(args.category_id, args.output, _options(args))
    return _report(result)


def run_glossary(args: argparse.Namespace, services: Services) -> int:
    return _report(services.exports.export_glossary(args.output, _options(args)))


def run_matrix(args: argparse.Namespace, services: Services) -> int:
    selection_id = services.selections.find(args.selection).id if args.selection else None
    level = args.classification
    options = ExportOptions(sensitivity=Sensitivity(level) if level else None)
    paper = PosterPaper(args.paper)
    return _report(services.exports.export_matrix(args.output, selection_id, options, paper))


def _report(result: ExportResult) -> int:
    pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
    print(f"Wrote {result.path} ({pages}, {result.size / 1024:.0f} KB).")
    return 0
