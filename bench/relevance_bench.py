"""Search relevance: the judged queries of the tests, their top-3 share and MRR, per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pimdesk.domain.relevance import evaluate, judgements_from_toml
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore

JUDGED = Path(__file__).resolve().parent.parent / "tests" / "relevance" / "judged_queries.toml"


def measure(database: Path) -> dict[str, Any]:
    """Top-3 share and mean reciprocal rank of search over the judged relevance set."""
    judgements = judgements_from_toml(JUDGED.read_text(encoding="utf-8"))
    services: dict[str, ReferenceService] = {}

    def search(language: str, query: str) -> list[str]:
        if language not in services:
            services[language] = ReferenceService(ReferenceStore(database, language))
        return [f"{hit.kind}:{hit.id}" for hit in services[language].search(query).hits]

    try:
        report = evaluate(judgements, search)
    finally:
        for service in services.values():
            service.close()
    return {
        "queries": report.queries,
        "top3_share": round(report.top3_share, 4),
        "mrr": round(report.mrr, 4),
        "misses": [f"{miss.judgement.language}: {miss.judgement.query}" for miss in report.misses],
    }


def summary(result: dict[str, Any]) -> str:
    """One line for the bench's output (the figures are in bench/results.json too)."""
    return (
        f"relevance: {result['queries']} judged queries, right answer in the top 3 for "
        f"{result['top3_share']:.1%} (target 97%), MRR {result['mrr']:.3f}"
    )
