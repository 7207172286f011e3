"""Search as you type: per-keystroke latency through the services against the raw FTS5 query."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from pimdesk.domain.search import SearchQuery
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore

# What field staff type: terms, categories, questions, a misspelling, accents, a long phrase.
QUERIES = (
    "informed consent",
    "refoulement",
    "case management outputs",
    "who and how many are affected",
    "confidentality",
    "protéction monitoring",
    "data sharing protocol",
    "gender-based violence referral",
    "mines",
    "population figures by age and sex",
)


def keystrokes(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(database: Path, rounds: int = 3) -> dict[str, float]:
    """p50/p95 per keystroke (ms), through the services and through a bare FTS5 MATCH."""
    service = ReferenceService(ReferenceStore(database))
    raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    service.search("warm up")
    typed = [prefix for query in QUERIES for prefix in keystrokes(query)]
    app_times: list[float] = []
    raw_times: list[float] = []
    for _ in range(rounds):
        for prefix in typed:
            expression = SearchQuery.parse(prefix).fts_expression()
            app_times.append(_timed(lambda p=prefix: service.search(p)))
            if expression:
                raw_times.append(_timed(lambda e=expression: raw.execute(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 20", (e,)
                ).fetchall()))  # fmt: skip
    service.close()
    raw.close()
    return {
        "keystrokes": len(typed) * rounds,
        "app_p50_ms": statistics.median(app_times),
        "app_p95_ms": percentile(app_times, 0.95),
        "raw_p50_ms": statistics.median(raw_times),
        "raw_p95_ms": percentile(raw_times, 0.95),
    }
