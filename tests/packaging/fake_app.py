"""A stand-in for the frozen app, answering what the frozen checks ask, and misbehaving on demand.

FAKE_MISBEHAVE names one fault: write-in-bundle (writes beside itself on every run), write-home
(writes a settings file in the home folder), stderr (says something on stderr), forget (loses
saved selections), ignore-marker (never takes portable mode), soak-leak (its soak reports lost
references to None), soak-abort (aborts during the soak, as a leaking Qt binding makes it).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAULT = os.environ.get("FAKE_MISBEHAVE", "")
CATEGORIES = [{"id": f"category_{n}"} for n in range(8)]


def data_folder(args: list[str]) -> tuple[Path, bool]:
    if "--data-dir" in args:
        index = args.index("--data-dir")
        folder = Path(args.pop(index + 1))
        args.pop(index)
        return folder, False
    if (HERE / "pimdesk-portable.txt").exists() and FAULT != "ignore-marker":
        return HERE / "pimdesk-data", True
    return Path(os.environ["XDG_DATA_HOME"]) / "PIM Desk", False


def save(folder: Path, args: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    record = {"name": args[2], "scenario": args[args.index("--scenario") + 1],
              "choices": [{"category": args[args.index("--category") + 1]}]}  # fmt: skip
    (folder / "pimdesk-user.sqlite").write_text(json.dumps(record))


def show(folder: Path) -> None:
    record = json.loads((folder / "pimdesk-user.sqlite").read_text())
    if FAULT == "forget":
        record["choices"] = []
    print(json.dumps({"selection": record}))


def soak() -> int:
    """What `pimdesk` prints after driving its window with PIMDESK_SOAK_SECONDS set."""
    if FAULT == "soak-abort":
        print("Fatal Python error: none_dealloc: deallocating None", file=sys.stderr)
        return 134
    problems = ["4000 references to None were lost during the soak"] if FAULT == "soak-leak" else []
    figures = {"problems": problems, "rounds": 3, "wall_seconds": 25.4, "python": "3.11.7",
               "pyside": "6.11.3", "peak_growth_kb": 1024}  # fmt: skip
    print("soak " + json.dumps(figures))
    return 1 if problems else 0


def main(args: list[str]) -> int:
    folder, portable = data_folder(args)
    if FAULT == "write-in-bundle":
        (HERE / "cache.tmp").write_text("oops")
    if FAULT == "write-home":
        (Path(os.environ["HOME"]) / ".config").mkdir(exist_ok=True)
        (Path(os.environ["HOME"]) / ".config" / "fake.ini").write_text("[x]")
    if FAULT == "stderr":
        print("QFont: a warning nobody asked for", file=sys.stderr)
    if args == ["--version"]:
        print("PIM Desk 0.0.1")
    elif args[:2] == ["list", "categories"]:
        print(json.dumps(CATEGORIES))
    elif args[:1] == ["search"]:
        print("term  informed_consent  Informed consent")
    elif args[:1] == ["self-test"]:
        print(json.dumps({"ok": True, "frozen": True, "portable": portable,
                          "data_dir": str(folder.resolve())}))  # fmt: skip
    elif args == ["--lang", "en"] and os.environ.get("PIMDESK_SOAK_SECONDS"):
        return soak()
    elif args == ["--smoke"]:
        (folder / "settings.ini").parent.mkdir(parents=True, exist_ok=True)
        (folder / "settings.ini").write_text("[window]")
        print("ready 12")
    elif args[:2] == ["selection", "new"]:
        save(folder, args)
    elif args[:2] == ["selection", "show"]:
        show(folder)
    else:
        print(f"fake_app: unknown command {args}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
