"""`pimdesk self-test`: check an installation part by part and say what is wrong with it.

For administrators after an install or a content update: the content database (opens, has the
framework, search works), the bundled fonts, the user's data (sound, backed up) and a real PDF
export. Every part is checked even when an earlier one fails, so one run names every problem.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from pimdesk import APP_NAME, __version__
from pimdesk.cli.output import print_json
from pimdesk.cli.parser import add_json_option
from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.records import record
from pimdesk.paths import is_frozen, resources_root
from pimdesk.services.container import Services

# The first four bytes of a TrueType or OpenType font file.
SEARCH_PROBE = "consent"  # a word the PIM framework's content always holds


@record
class CheckResult:
    part: str
    ok: bool
    detail: str


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "self-test", help="check this installation: content, fonts, your data and a PDF export"
    )
    add_json_option(command)
    command.set_defaults(handler=run_self_test)


def check_content(services: Services) -> str:
    reference = services.reference
    info = reference.info
    if not reference.categories or not reference.terms:
        raise PimDeskError(f"The content database {services.reference_database} is empty.")
    if not reference.search(SEARCH_PROBE).hits:
        raise PimDeskError(f"Searching the content for '{SEARCH_PROBE}' finds nothing.")
    return (
        f"{info.title} {info.version} of {info.date.isoformat()}: "
        f"{len(reference.categories)} categories, {len(reference.terms)} terms; search works "
        f"({services.reference_database})"
    )


def check_fonts(services: Services) -> str:
    folder = services.paths.fonts_dir
    fonts = sorted(folder.glob("*.ttf")) if folder.is_dir() else []
    if not fonts:
        raise PimDeskError(f"There are no fonts in {folder}; reinstall PIM Desk.")
    from pimdesk.briefing.fonts import FONT_SIGNATURES  # reportlab: only when checking

    damaged = [font.name for font in fonts if font.read_bytes()[:4] not in FONT_SIGNATURES]
    if damaged:
        raise PimDeskError(f"These font files are damaged: {', '.join(damaged)}; reinstall.")
    return f"{len(fonts)} TrueType fonts in {folder}"


def check_user_data(services: Services) -> str:
    result = services.data_safety.check()
    if not result.healthy:
        raise PimDeskError(result.summary())
    notices = " ".join(services.startup_notices)
    return result.summary() + (f" {notices}" if notices else "")


def check_pdf_export(services: Services) -> str:
    category = services.reference.categories[0]
    with tempfile.TemporaryDirectory(prefix="pimdesk-self-test-") as folder:
        target = Path(folder) / "self-test.pdf"
        result = services.exports.export_category_sheet(category.id, target)
        if not target.read_bytes().startswith(b"%PDF-") or result.pages < 1:
            raise PimDeskError(f"The PDF written for '{category.name}' is not a valid PDF.")
    return (
        f"the category sheet of '{category.name}': {result.pages} page(s), "
        f"{result.size // 1024} KB in {result.seconds:.1f} s"
    )


CHECKS: tuple[tuple[str, Callable[[Services], str]], ...] = (
    ("content", check_content),
    ("fonts", check_fonts),
    ("user data", check_user_data),
    ("PDF export", check_pdf_export),
)


def run_check(part: str, check: Callable[[Services], str], services: Services) -> CheckResult:
    try:
        return CheckResult(part, True, check(services))
    except PimDeskError as error:
        return CheckResult(part, False, error.message)
    except Exception as error:  # a self-test reports every failure, a bug's included
        return CheckResult(part, False, f"unexpected {type(error).__name__}: {error}")


def run_self_test(args: argparse.Namespace, services: Services) -> int:
    results = [run_check(part, check, services) for part, check in CHECKS]
    healthy = all(result.ok for result in results)
    where = {
        "version": __version__,
        "frozen": is_frozen(),
        "resources": str(resources_root()),
        "data_dir": str(services.paths.data_dir),
        "portable": services.paths.portable,
    }
    if args.json:
        print_json({**where, "ok": healthy, "checks": results})
    else:
        print_report(where, results, healthy)
    return 0 if healthy else 1


def print_report(where: dict[str, object], results: list[CheckResult], healthy: bool) -> None:
    build = "packaged build" if where["frozen"] else "run from source"
    mode = " (portable mode)" if where["portable"] else ""
    print(f"{APP_NAME} {where['version']}, {build}")
    print(f"  program files: {where['resources']}")
    print(f"  your data:     {where['data_dir']}{mode}")
    for result in results:
        print(f"{'ok' if result.ok else 'FAIL':<4}  {result.part:<10}  {result.detail}")
    failed = [result.part for result in results if not result.ok]
    print("All checks passed." if healthy else f"Problems found: {', '.join(failed)}.")
