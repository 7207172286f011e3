"""The argument parser: global options and one sub-command per job (see DESIGN.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

from pimdesk import APP_NAME, __version__

# Global options that take a value (the app reads past them to find a command).
GLOBAL_VALUE_OPTIONS = ("--data-dir", "--lang")

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


class Parser(argparse.ArgumentParser):
    """argparse, except that help, version and usage text that cannot be written (a closed or
    full output) is an error, not silently dropped: `pimdesk --version > /dev/full` fails."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            stream = file or sys.stderr
            stream.write(message)
            flush = getattr(stream, "flush", None)
            if flush is not None:
                flush()


def build_parser(registrars: list[Registrar]) -> argparse.ArgumentParser:
    parser = Parser(
        prog="pimdesk",
        description=f"{APP_NAME}: the Protection Information Management framework, offline. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all user data in DIR (also PIMDESK_DATA_DIR; default: the per-user data folder)",
    )
    parser.add_argument("--lang", metavar="CODE", help="interface language: en, fr, es or ar")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the desktop app with everything loaded, print 'ready <ms>' and exit",
    )
    # Sub-commands' parsers are Parsers too (their help must not be dropped either).
    subparsers = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser),
    )
    for register in registrars:
        register(subparsers)
    return parser


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print UTF-8 JSON on stdout")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
