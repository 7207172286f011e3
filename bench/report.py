"""Write the benchmark results as a Markdown table (quoted by the README) and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Row = tuple[str, str, str, str, str, str]


def _ratio(value: float, floor: float) -> float:
    return value / floor if floor else float("inf")


def _verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


FLOOR_NAMES = {
    "floor": "bare window",
    "replica": "same window, plain PySide6",
    "own_flowables": "its own flowables, plain reportlab",
    "empty": "the same app with no saved selections",
}


def _ratio_of(figures: dict[str, Any], floor: str, kind: str = "wall") -> float:
    """The median of the pairwise ratios when the run has it, else the ratio of the medians."""
    paired = figures.get("ratios", {}).get(floor)
    if paired:
        return float(paired[kind])
    key = "seconds" if kind == "wall" else "peak_mib"
    return _ratio(figures["app"][key], figures[floor][key])


def _target(ratio: float, limit: float | None) -> tuple[str, str]:
    if limit is None:
        return "—", "—"
    return f"≤ {limit}×", _verdict(ratio <= limit)


def startup_rows(
    label: str, figures: dict[str, Any], walls: dict[str, float | None], memory: float | None
) -> list[Row]:
    """One row per floor for the wall time (`walls`: floor → target), one for peak memory."""
    app = figures["app"]
    rows: list[Row] = []
    for floor, limit in walls.items():
        if floor not in figures:
            continue
        ratio = _ratio_of(figures, floor)
        rows.append((f"{label}: wall time vs {FLOOR_NAMES[floor]}", f"{app['seconds']:.3f} s",
                     f"{figures[floor]['seconds']:.3f} s", f"{ratio:.2f}×",
                     *_target(ratio, limit)))  # fmt: skip
    ratio = _ratio_of(figures, "floor", "memory")
    rows.append((f"{label}: peak memory vs bare window", f"{app['peak_mib']:.0f} MiB",
                 f"{figures['floor']['peak_mib']:.0f} MiB", f"{ratio:.2f}×",
                 *_target(ratio, memory)))  # fmt: skip
    return rows


def search_rows(search: dict[str, Any]) -> list[Row]:
    rows = []
    for size, figures in search.items():
        target = "p95 ≤ 4 ms" if size == "100x" else "—"
        ok = figures["app_p95_ms"] <= 4 if size == "100x" else True
        rows.append(
            (f"search per keystroke at {size} (p50 / p95)",
             f"{figures['app_p50_ms']:.1f} / {figures['app_p95_ms']:.1f} ms",
             f"{figures['raw_p50_ms']:.2f} / {figures['raw_p95_ms']:.2f} ms",
             f"{_ratio(figures['app_p95_ms'], figures['raw_p95_ms']):.0f}× (p95)", target,
             _verdict(ok))
        )  # fmt: skip
    return rows


def relevance_rows(relevance: dict[str, Any] | None) -> list[Row]:
    """The judged relevance set (tests/relevance): right answer in the top 3, and MRR."""
    if relevance is None:
        return []
    share, queries = relevance["top3_share"], relevance["queries"]
    return [
        (f"search relevance: {queries} judged queries, right answer in the top 3 / MRR",
         f"{share:.1%} / {relevance['mrr']:.3f}", "—", "—", "≥ 97% top 3", _verdict(share >= 0.97))
    ]  # fmt: skip


PDF_TARGETS = {  # document → floor → target ratio
    "briefing": {"floor": 2.7, "own_flowables": 1.05},
    "category sheet": {"floor": 2.0},
}


def pdf_rows(pdf: dict[str, Any]) -> list[Row]:
    rows = []
    for name, figures in pdf.items():
        targets = next((t for d, t in PDF_TARGETS.items() if name.startswith(d)), {})
        for floor in ("floor", "own_flowables"):
            if floor not in figures:
                continue
            ratio = _ratio_of(figures, floor)
            against = "plain paragraphs" if floor == "floor" else FLOOR_NAMES[floor]
            rows.append(
                (f"PDF: {name}, {figures['pages']} pages, vs {against}",
                 f"{figures['app']['seconds']:.2f} s", f"{figures[floor]['seconds']:.2f} s",
                 f"{ratio:.2f}×", *_target(ratio, targets.get(floor)))
            )  # fmt: skip
    return rows


def userdata_rows(userdata: dict[str, Any]) -> list[Row]:
    count = f"{userdata['selections']:,} selections"
    return [
        (f"{count}: list (count + first page)", f"{userdata['list_page_ms']:.1f} ms", "—", "—",
         "≤ 100 ms", _verdict(userdata["list_page_ms"] <= 100)),
        (f"{count}: list, scrolled to the end (last page)", f"{userdata['list_end_ms']:.1f} ms",
         "—", "—", "—", "—"),
        (f"{count}: list sorted by name (count + first page)",
         f"{userdata['list_by_name_ms']:.0f} ms", "—", "—", "—", "—"),
        (f"{count}: list filtered by a word (count + first page)",
         f"{userdata['list_filtered_ms']:.0f} ms", "—", "—", "—", "—"),
        (f"{count}: full read of every summary", f"{userdata['list_ms']:.0f} ms", "—", "—", "—",
         "—"),
        (f"{count}: open one", f"{userdata['open_selection_ms']:.2f} ms", "—", "—", "—", "—"),
        (f"{count}: save one", f"{userdata['save_selection_ms']:.2f} ms", "—", "—", "—", "—"),
    ]  # fmt: skip


def package_rows(package: dict[str, Any] | None) -> list[Row]:
    """The figures `make package` measured (build/package-report.json)."""
    if not package:
        return [("package", "not built (run `make package`)", "—", "—", "—", "—")]
    budgets = package["budgets"]
    bundle, archive, startup = package["bundle"], package["tarball"], package["startup"]
    return [
        ("package: one-folder size", f"{bundle['mb']:.1f} MB", "—", "—",
         f"≤ {budgets['bundle_mb']:.0f} MB", _verdict(bundle["mb"] <= budgets["bundle_mb"])),
        ("package: tar.gz size", f"{archive['mb']:.1f} MB", "—", "—",
         f"≤ {budgets['tarball_mb']:.0f} MB", _verdict(archive["mb"] <= budgets["tarball_mb"])),
        ("package: frozen start-up vs source", f"{startup['frozen_median_s']:.3f} s",
         f"{startup['source_median_s']:.3f} s", f"{startup['ratio']:.2f}×",
         f"≤ {budgets['startup_ratio']}×", _verdict(startup["ratio"] <= budgets["startup_ratio"])),
    ]  # fmt: skip


def saved_selections_rows(results: dict[str, Any]) -> list[Row]:
    """The rows of the saved-selections part: the store at 10,000 and 100,000, and start-up."""
    rows = userdata_rows(results["userdata"])
    rows += startup_rows("start-up with 10,000 selections", results["userdata_startup"],
                         {"floor": None}, None)  # fmt: skip
    if "userdata_100k" in results:
        rows += userdata_rows(results["userdata_100k"])
        rows += startup_rows("start-up with 100,000 selections",
                             results["userdata_100k_startup"], {"floor": 1.8, "empty": None},
                             None)  # fmt: skip
    return rows


def write_report(results: dict[str, Any], markdown: Path, raw: Path) -> None:
    rows: list[Row] = []
    rows += startup_rows(
        "start-up (`--smoke`)", results["startup"], {"floor": 1.6, "replica": 1.2}, 1.35
    )
    rows += search_rows(results["search"])
    rows += relevance_rows(results.get("relevance"))
    rows += pdf_rows(results["pdf"])
    rows += saved_selections_rows(results)
    rows += package_rows(results.get("package"))
    machine = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {machine['date']} on {machine['system']}, {machine['cpu']}, Python "
        f"{machine['python']} by `make bench` (bench/run.py). Each figure is compared with its "
        "floor measured in the same run: whole processes run in turn (A B A B ...), "
        f"{results['startup']['app']['runs']} pairs, the ratio taken pair by pair and its median "
        "quoted; the times beside it are the medians of each side.",
        "",
        "| what | PIM Desk | floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows),
        "",
    ]
    history = markdown.with_name("history.md")
    if history.exists():  # the hand-written record of what was changed, and why
        lines += [history.read_text(encoding="utf-8")]
    markdown.write_text("\n".join(lines), encoding="utf-8")
    raw.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
