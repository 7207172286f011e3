"""Tools for translators of the content: stamp translated records, check translations.

Usage:
  python db/translations.py stamp [LANG ...]   write the missing en_hash of translated records
                                               (all languages when none is named)
  python db/translations.py check [LANG ...]   every problem of the translations, termbase included
See resources/content/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pimdesk.content.sources import check_sources, load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.content.termbase import load_termbase, termbase_findings
from pimdesk.domain.errors import ContentError

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "resources" / "content"


def _languages(folder: Path, named: list[str]) -> list[str]:
    found = sorted(p.name for p in folder.iterdir() if p.is_dir() and len(p.name) == 2)
    unknown = sorted(set(named) - set(found))
    if unknown:
        raise ContentError(f"No translation folder for {', '.join(unknown)} in {folder}.")
    return named or found


def run_stamp(folder: Path, named: list[str]) -> int:
    base = read_base_records(folder)
    for language in _languages(folder, named):
        stamped = stamp_language(folder, language, base)
        for line in stamped:
            print(f"stamped {line}")
        print(f"{language}: {len(stamped)} record(s) stamped")
    return 0


def run_check(folder: Path, named: list[str]) -> int:
    languages = _languages(folder, named)
    problems = [
        str(p) for p in check_sources(folder) if not languages or p.file.split("/")[0] in languages
    ]
    if not problems:
        sources = load_sources(folder)
        termbase = load_termbase(folder / "termbase.toml")
        for language in languages:
            pairs = sources.text_pairs.get(language, [])
            problems += [str(f) for f in termbase_findings(termbase, language, pairs)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("stamp", "check"))
    parser.add_argument("languages", nargs="*", metavar="LANG")
    parser.add_argument("--sources", type=Path, default=CONTENT)
    args = parser.parse_args(argv)
    try:
        if args.command == "stamp":
            return run_stamp(args.sources, args.languages)
        return run_check(args.sources, args.languages)
    except ContentError as error:
        print(error.message, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
