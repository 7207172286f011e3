"""Build a scaled-up reference database (10×, 100× the shipped content) from synthetic copies.

    python bench/scale_reference.py --factor 100 --out bench/out/reference-100x.sqlite

Every record of the shipped content is copied `factor - 1` times under new IDs, with its words
rotated and a share of them replaced by synthetic words, so the full-text index and the spelling
vocabulary grow the way a much larger content set would (not just repeat the same rows).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pimdesk.content.sources import ContentSources, load_sources  # noqa: E402
from pimdesk.store.reference_build import write_reference_database  # noqa: E402

ID_COLUMNS = (
    "id",
    "cell",
    "term",
    "scenario",
    "dimension",
    "category",
    "element",
    "from_category",
    "to_category",
    "merged_into",
)
TEXT_COLUMNS = ("text", "definition", "purpose", "explanation", "description", "name", "term",
                "title", "status_note")  # fmt: skip
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su", "do", "fa")


def synthetic_word(generator: random.Random) -> str:
    return "".join(generator.choice(SYLLABLES) for _ in range(generator.randint(2, 4)))


def perturb(text: str, generator: random.Random) -> str:
    words = text.split()
    if len(words) > 3:
        shift = generator.randrange(len(words))
        words = words[shift:] + words[:shift]
    return " ".join(synthetic_word(generator) if generator.random() < 0.3 else w for w in words)


def copy_row(
    table: str, row: dict[str, Any], copy: int, generator: random.Random
) -> dict[str, Any]:
    copied = dict(row)
    parent_is_term = table == "term_definitions"  # there `term` is the parent ID, not a name
    for column in (*ID_COLUMNS, *(("term",) if parent_is_term else ())):
        if isinstance(copied.get(column), str):
            copied[column] = f"{copied[column]}_x{copy}"
    for column in TEXT_COLUMNS:
        if parent_is_term and column == "term":
            continue
        if isinstance(copied.get(column), str):
            copied[column] = perturb(copied[column], generator)
    return copied


def scaled(sources: ContentSources, factor: int, seed: int = 2026) -> ContentSources:
    generator = random.Random(seed)
    tables = {}
    for table, rows in sources.tables.items():
        grown = list(rows)
        for copy in range(1, factor):
            grown += [copy_row(table, row, copy, generator) for row in rows]
        tables[table] = grown
    return ContentSources(meta=sources.meta, tables=tables)


def build(factor: int, target: Path) -> Path:
    write_reference_database(scaled(load_sources(ROOT / "resources" / "content"), factor), target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    build(args.factor, args.out)
    print(f"built {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
