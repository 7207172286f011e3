"""How well search puts the right answer first: judged queries, top-3 share and mean
reciprocal rank (MRR), as the tests hold search to and as `make bench` reports."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence

from pimdesk.domain.records import record

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

TOP = 3


@record
class Judgement:
    """A query typed in `language` and the records ("kind:id") any of which must come first."""

    language: str
    query: str
    expected: tuple[str, ...]


@record
class Miss:
    """A judged query whose right answer is not in the top 3, with what came first instead."""

    judgement: Judgement
    rank: int  # 0 when not found at all
    first: tuple[str, ...]


@record
class RelevanceReport:
    queries: int
    top3_share: float
    mrr: float
    misses: tuple[Miss, ...]


def rank_of_first_right(found: Sequence[str], expected: Iterable[str]) -> int:
    """The 1-based position of the first expected record in `found`, 0 if none is there."""
    wanted = set(expected)
    return next((index for index, key in enumerate(found, 1) if key in wanted), 0)


def evaluate(
    judgements: Sequence[Judgement], search: Callable[[str, str], Sequence[str]]
) -> RelevanceReport:
    """Run every judged query through `search(language, query)` (which returns "kind:id" keys,
    best first) and measure how often and how high the right answer comes."""
    if not judgements:
        return RelevanceReport(0, 0.0, 0.0, ())
    reciprocal = 0.0
    within = 0
    misses = []
    for judgement in judgements:
        found = search(judgement.language, judgement.query)
        rank = rank_of_first_right(found, judgement.expected)
        reciprocal += 1 / rank if rank else 0.0
        if 0 < rank <= TOP:
            within += 1
        else:
            misses.append(Miss(judgement, rank, tuple(found[:TOP])))
    count = len(judgements)
    return RelevanceReport(count, within / count, reciprocal / count, tuple(misses))


def judgements_from_toml(text: str) -> tuple[Judgement, ...]:
    """The judged queries of a TOML text: a table per language of `"query" = ["kind:id", ...]`."""
    data = tomllib.loads(text)
    return tuple(
        Judgement(language, query, tuple(expected))
        for language, queries in data.items()
        for query, expected in queries.items()
    )
