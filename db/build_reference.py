"""Build the reference database from the content sources (`make content`).

Usage: python db/build_reference.py [--sources DIR] [--out FILE]
(defaults: resources/content and db/pimdesk-reference.sqlite)
Exit status 1, with every problem listed, when the sources do not validate.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pimdesk.domain.errors import ContentError
from pimdesk.store.reference_build import build_reference_database

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "resources" / "content")
    parser.add_argument("--out", type=Path, default=ROOT / "db" / "pimdesk-reference.sqlite")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        sources = build_reference_database(args.sources, args.out)
    except ContentError as error:
        print(error.message, file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(rows)} {table}" for table, rows in sorted(sources.tables.items()))
    elapsed = time.perf_counter() - started
    print(f"built {args.out} (content {sources.meta.version}, {elapsed:.2f} s): {counts}")
    print(f"content hash {sources.content_hash()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
