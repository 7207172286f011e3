"""The composition root: arguments → paths → services → the command line or the desktop app.

Start-up order: read the arguments; if they name a command, load the command line (every command
module) and run it; otherwise load only Qt and the desktop app. The desktop path never imports
the command modules, sqlite-utils, nacl or reportlab (see bench/ for why it matters).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from pimdesk.cli.parser import GLOBAL_VALUE_OPTIONS, build_parser
from pimdesk.domain.errors import PimDeskError
from pimdesk.paths import AppPaths

EXIT_USER_ERROR = 1
# Set to a number of seconds, `pimdesk` drives its own window for that long instead of waiting
# for a person (pimdesk/soak.py): the soak of `make test`, `make soak` and the package checks.
SOAK_VARIABLE = "PIMDESK_SOAK_SECONDS"


def wants_command_line(arguments: list[str]) -> bool:
    """Whether the arguments name a command (or ask for help, which lists the commands)."""
    expects_value = False
    for argument in arguments:
        if expects_value:
            expects_value = False
        elif argument in ("-h", "--help") or not argument.startswith("-"):
            return True
        elif argument in GLOBAL_VALUE_OPTIONS:
            expects_value = True
    return False


def _paths(args: argparse.Namespace) -> AppPaths | None:
    try:
        return AppPaths.resolve(args.data_dir)
    except (OSError, PimDeskError) as error:
        print(f"pimdesk: the data folder cannot be used: {error}", file=sys.stderr)
        return None


def missing_display(environment: Mapping[str, str], platform: str) -> str:
    """What keeps the desktop window from opening here, in a few words; "" when nothing does.

    Qt aborts the process (exit 134) when it finds no display; say so in one line first. On
    Linux a window needs X11 (DISPLAY) or Wayland (WAYLAND_DISPLAY), unless QT_QPA_PLATFORM
    names a platform (offscreen, for instance), which is then Qt's to check.
    """
    if not platform.startswith("linux") or environment.get("QT_QPA_PLATFORM"):
        return ""
    if environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"):
        return ""
    return "DISPLAY and WAYLAND_DISPLAY are not set"


def soak_seconds(value: str) -> float | None:
    """The soak's length from SOAK_VARIABLE's value; None when unset. ValueError when it is
    not a number of seconds."""
    if not value:
        return None
    seconds = float(value)
    if not 0 <= seconds < float("inf"):
        raise ValueError(value)
    return seconds


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if wants_command_line(arguments):
        from pimdesk.cli.main import parser, run_command
        from pimdesk.services.container import Services

        args = parser().parse_args(arguments)
        paths = _paths(args)
        if paths is None:
            return EXIT_USER_ERROR
        if args.command is not None:
            return run_command(args, Services(paths, args.lang or "en"))
    else:
        args = build_parser([]).parse_args(arguments)
        if not _display_found():
            return EXIT_USER_ERROR
        paths = _paths(args)
        if paths is None:
            return EXIT_USER_ERROR
    return _desktop(args, paths)


def _display_found() -> bool:
    """False, having said why in one line, when the desktop window cannot open here."""
    missing = missing_display(os.environ, sys.platform)
    if missing:
        print(
            f"pimdesk: no display found ({missing}); PIM Desk's desktop window needs one. "
            "The command line works without: pimdesk --help",
            file=sys.stderr,
        )
    return not missing


def _desktop(args: argparse.Namespace, paths: AppPaths) -> int:
    """The desktop app, or its soak when SOAK_VARIABLE asks for one."""
    try:
        seconds = soak_seconds(os.environ.get(SOAK_VARIABLE, ""))
    except ValueError:
        print(f"pimdesk: {SOAK_VARIABLE} must be a number of seconds", file=sys.stderr)
        return EXIT_USER_ERROR
    from pimdesk.services.container import Services
    from pimdesk.ui.application import interface_language, run_desktop  # Qt: desktop app only

    services = Services(paths, interface_language(args.lang, paths))
    if seconds is not None:
        from pimdesk.soak import run_soak

        return run_soak(services, seconds)
    return run_desktop(args, services)


if __name__ == "__main__":
    sys.exit(main())
