"""Run one command-line command and turn known problems into one line and exit code 1.

Beyond PIM Desk's own errors, what the system refuses for a path the user typed (too long, a
file where a folder should be, a device) and text that is not valid Unicode are said in one
line too: a command-line argument must never end in a traceback. A termination signal ends the
command through the same `finally` blocks as an error, so its temporary files go with it.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

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


def _terminated(number: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + number)


def run_command(args: argparse.Namespace, services: Services) -> int:
    use_utf8_output()
    signal.signal(signal.SIGTERM, _terminated)
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
    except UnicodeError:
        print(
            "pimdesk: an argument holds bytes that are not valid text (UTF-8); type it again.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except OSError as error:
        print(f"pimdesk: {system_refusal(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        for notice in services.notices if not sys.stderr.closed else ():
            print(f"pimdesk: note: {notice}", file=sys.stderr)
        services.close()


def system_refusal(error: OSError) -> str:
    """One sentence for what the system refused, naming the path (shortened when long)."""
    name = error.filename if error.filename is not None else ""
    shown = str(name) if len(str(name)) <= 100 else f"{str(name)[:50]}…{str(name)[-30:]}"
    reason = error.strerror or str(error)
    if not shown:  # no path: a write to the standard output (a full disk, /dev/full)
        return f"the output could not be written ({reason})."
    return f"{shown} cannot be used: {reason}; choose another path."
