"""The composition root: arguments → paths → services → the command line or the desktop app."""

from __future__ import annotations

import sys

from pimdesk.cli.main import EXIT_USER_ERROR, parser, run_command
from pimdesk.domain.errors import PimDeskError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        paths = AppPaths.resolve(args.data_dir)
    except (OSError, PimDeskError) as error:
        print(f"pimdesk: the data folder cannot be used: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    language = args.lang or "en"
    if args.command is not None:
        return run_command(args, Services(paths, language))
    from pimdesk.ui.application import run_desktop  # Qt is loaded only for the desktop app

    return run_desktop(args, Services(paths, language))


if __name__ == "__main__":
    sys.exit(main())
