"""The composition root: arguments → paths → services → the command line or the desktop app.

Start-up order: read the arguments; if they name a command, load the command line (every command
module) and run it; otherwise load only Qt and the desktop app. The desktop path never imports
the command modules, sqlite-utils, nacl or reportlab (see bench/ for why it matters).

Whatever the arguments, the locale or where the output goes, the user gets one sentence, never a
traceback: a data folder that is a file or has an over-long path, undecodable bytes, an output
that is closed or full (`--version > /dev/full` fails, exit 1), an interrupt (exit 130).
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from pimdesk.cli.parser import GLOBAL_VALUE_OPTIONS, build_parser
from pimdesk.domain.errors import PimDeskError
from pimdesk.paths import AppPaths

EXIT_OK, EXIT_USER_ERROR, EXIT_INTERRUPTED = 0, 1, 130
# Arguments that are paths keep the bytes they were given (see `decode_text_arguments`).
PATH_ARGUMENTS = ("data_dir",)
# Set to a number of seconds, `pimdesk` drives its own window for that long instead of waiting
# for a person (pimdesk/ui/shell/soak.py): the soak of `make test`, `make soak` and the package
# checks.
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


def desktop_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The desktop's three options read by hand: building argparse's parser costs ~5 ms of every
    start. None for anything else (help, --version, a mistake), which argparse then reads, so
    its answers and errors are unchanged."""
    values: dict[str, object] = {"data_dir": None, "lang": None, "smoke": False, "command": None}
    expecting: str | None = None
    for argument in arguments:
        if expecting is not None:
            if argument.startswith("-"):  # argparse refuses an option as the value
                return None
            values[expecting], expecting = argument, None
            continue
        name, equals, value = argument.partition("=")
        if argument == "--smoke":
            values["smoke"] = True
        elif name in GLOBAL_VALUE_OPTIONS:
            key = name.removeprefix("--").replace("-", "_")
            if equals:
                values[key] = value
            else:
                expecting = key
        else:
            return None
    return None if expecting is not None else argparse.Namespace(**values)


def decode_text_arguments(args: argparse.Namespace) -> None:
    """Names and notes typed in a terminal whose locale is not UTF-8 (LC_ALL=C) reach Python as
    undecodable bytes; they are UTF-8 almost always, so read them as such. Paths stay as given:
    the system reads them back byte for byte. What is not UTF-8 either stays broken, and the
    checks on names and texts refuse it in one sentence."""
    for key, value in vars(args).items():
        if isinstance(value, str) and key not in PATH_ARGUMENTS:
            setattr(args, key, _as_utf8(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, key, [_as_utf8(v) for v in value])


def _as_utf8(text: str) -> str:
    try:
        return os.fsencode(text).decode("utf-8")
    except (UnicodeError, ValueError):
        return text


def unusable_data_folder(folder: Path) -> str | None:
    """Why `folder` cannot hold the user's data, in a few words; None when it can (or can be
    made: a folder that does not exist yet is created when first needed)."""
    try:
        found = folder.stat()
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return "a part of its path is a file"
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return "its path is too long"
        return error.strerror or str(error)
    return None if stat.S_ISDIR(found.st_mode) else "it is a file, not a folder"


def shown_path(path: Path | str) -> str:
    text = str(path)
    return text if len(text) <= 120 else f"{text[:60]}…{text[-40:]}"


def _paths(args: argparse.Namespace) -> AppPaths | None:
    try:
        paths = AppPaths.resolve(args.data_dir)
        problem = unusable_data_folder(paths.data_dir)
    except (OSError, PimDeskError, ValueError) as error:
        problem = getattr(error, "strerror", None) or str(error)
        paths = None
    if problem is None:
        return paths
    where = shown_path(paths.data_dir if paths else args.data_dir or "")
    print(
        f"pimdesk: the data folder {where} cannot be used: {problem}; choose another with "
        "--data-dir.",
        file=sys.stderr,
    )
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
    # Everything PIM Desk writes is the user's alone (see store/private_folder.py); restored at
    # the end for callers that run it in their own process (the tests).
    previous_umask = os.umask(0o077)
    try:
        return _main(sys.argv[1:] if argv is None else list(argv))
    finally:
        os.umask(previous_umask)


def _main(arguments: list[str]) -> int:
    try:
        code = run(arguments)
    except SystemExit as done:  # argparse: --help, --version, a usage error
        code = done.code if isinstance(done.code, int) else EXIT_USER_ERROR if done.code else 0
        if output_written(code) != code:
            return EXIT_USER_ERROR
        raise  # as argparse meant it (its exit code, for callers that catch it)
    except KeyboardInterrupt:
        print("\npimdesk: interrupted.", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # help or version text for a reader that had enough
        _silence_stdout()
        code = EXIT_OK
    except OSError as error:
        if error.filename is not None:  # not the output: a bug, to be seen whole
            raise
        _silence_stdout()
        print(f"pimdesk: the output could not be written ({error.strerror}).", file=sys.stderr)
        return EXIT_USER_ERROR
    return output_written(code)


def output_written(code: int) -> int:
    """`code`, or 1 when what was printed could not be written (a full disk, /dev/full)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # `pimdesk list terms | head`: the reader had enough
        _silence_stdout()
        return code
    except OSError as error:
        _silence_stdout()
        if code == EXIT_OK:  # otherwise the failure was said already
            print(f"pimdesk: the output could not be written ({error.strerror}).", file=sys.stderr)
        return code or EXIT_USER_ERROR
    return code


def _silence_stdout() -> None:
    """Point the standard output at the null device, so the interpreter's own last flush of
    what could not be written fails no more (it would print a traceback)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def run(arguments: list[str]) -> int:
    if wants_command_line(arguments):
        from pimdesk.cli.main import parser, run_command
        from pimdesk.services.container import Services

        args = parser().parse_args(arguments)
        decode_text_arguments(args)
        paths = _paths(args)
        if paths is None:
            return EXIT_USER_ERROR
        if args.command is not None:
            return run_command(args, Services(paths, args.lang or "en"))
    else:
        args = desktop_arguments(arguments) or build_parser([]).parse_args(arguments)
        decode_text_arguments(args)
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
    from pimdesk.store.early_check import EarlyCheck

    # The user database's quick check runs while Qt is imported and the window built; opening
    # the data (the first read or write) waits for it. Not for the soak, which makes its own.
    early = None if seconds is not None else EarlyCheck(paths.user_database).start()
    from pimdesk.services.container import Services
    from pimdesk.ui.shell.application import interface_language, run_desktop  # Qt: desktop app only

    services = Services(paths, interface_language(args.lang, paths), early)
    if seconds is not None:
        from pimdesk.ui.shell.soak import run_soak

        return run_soak(services, seconds)
    return run_desktop(args, services)


if __name__ == "__main__":
    sys.exit(main())
