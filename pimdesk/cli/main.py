"""Run one command-line command and turn known problems into one line and exit code 1."""

from __future__ import annotations

import argparse
import sys

from pimdesk.cli import (
    content_commands,
    data_commands,
    export_commands,
    reference_commands,
    selection_commands,
    selftest_commands,
)
from pimdesk.cli.parser import Registrar, build_parser
from pimdesk.domain.errors import PimDeskError
from pimdesk.services.container import Services

REGISTRARS: list[Registrar] = [
    reference_commands.register,
    selection_commands.register,
    data_commands.register,
    content_commands.register,
    export_commands.register,
    selftest_commands.register,
]

EXIT_OK, EXIT_USER_ERROR = 0, 1  # and 2, argparse's, for a usage error


def parser() -> argparse.ArgumentParser:
    return build_parser(REGISTRARS)


def use_utf8_output() -> None:
    """JSON and content are UTF-8 on every system, whatever the console's code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def run_command(args: argparse.Namespace, services: Services) -> int:
    use_utf8_output()
    try:
        result: int = args.handler(args, services)
        services.after_changes()  # the daily backup, after the work and never before a read
        return result
    except PimDeskError as error:
        print(f"pimdesk: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # e.g. `pimdesk list terms | head`
        sys.stderr.close()
        return EXIT_OK
    finally:
        for notice in services.notices if not sys.stderr.closed else ():
            print(f"pimdesk: note: {notice}", file=sys.stderr)
        services.close()
