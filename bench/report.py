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


def startup_rows(label: str, figures: dict[str, Any], wall: float, memory: float) -> list[Row]:
    app, floor = figures["app"], figures["floor"]
    wall_ratio = _ratio(app["seconds"], floor["seconds"])
    memory_ratio = _ratio(app["peak_mib"], floor["peak_mib"])
    return [
        (f"{label}: wall time", f"{app['seconds']:.3f} s", f"{floor['seconds']:.3f} s",
         f"{wall_ratio:.2f}×", f"≤ {wall}×", _verdict(wall_ratio <= wall)),
        (f"{label}: peak memory", f"{app['peak_mib']:.0f} MiB", f"{floor['peak_mib']:.0f} MiB",
         f"{memory_ratio:.2f}×", f"≤ {memory}×", _verdict(memory_ratio <= memory)),
    ]  # fmt: skip


def search_rows(search: dict[str, Any]) -> list[Row]:
    rows = []
    for size, figures in search.items():
        target = "≤ 10 ms" if size == "100x" else "—"
        ok = figures["app_p95_ms"] <= 10 if size == "100x" else True
        rows.append(
            (f"search per keystroke at {size} (p50 / p95)",
             f"{figures['app_p50_ms']:.1f} / {figures['app_p95_ms']:.1f} ms",
             f"{figures['raw_p50_ms']:.2f} / {figures['raw_p95_ms']:.2f} ms",
             f"{_ratio(figures['app_p95_ms'], figures['raw_p95_ms']):.0f}× (p95)", target,
             _verdict(ok))
        )  # fmt: skip
    return rows


def pdf_rows(pdf: dict[str, Any]) -> list[Row]:
    rows = []
    for name, figures in pdf.items():
        ratio = _ratio(figures["app"]["seconds"], figures["floor"]["seconds"])
        is_briefing = name.startswith("briefing")
        rows.append(
            (f"PDF: {name}, {figures['pages']} pages", f"{figures['app']['seconds']:.2f} s",
             f"{figures['floor']['seconds']:.2f} s", f"{ratio:.2f}×",
             "≤ 2×" if is_briefing else "—", _verdict(ratio <= 2) if is_briefing else "—")
        )  # fmt: skip
    return rows


def userdata_rows(userdata: dict[str, Any]) -> list[Row]:
    return [
        ("10,000 selections: list", f"{userdata['list_ms']:.0f} ms", "—", "—", "≤ 100 ms",
         _verdict(userdata["list_ms"] <= 100)),
        ("10,000 selections: open one", f"{userdata['open_selection_ms']:.2f} ms", "—", "—", "—",
         "—"),
        ("10,000 selections: save one", f"{userdata['save_selection_ms']:.2f} ms", "—", "—", "—",
         "—"),
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


def write_report(results: dict[str, Any], markdown: Path, raw: Path) -> None:
    rows: list[Row] = []
    rows += startup_rows("start-up (`--smoke`)", results["startup"], 1.5, 1.5)
    rows += search_rows(results["search"])
    rows += pdf_rows(results["pdf"])
    rows += userdata_rows(results["userdata"])
    rows += startup_rows("start-up with 10,000 selections", results["userdata_startup"], 1.5, 1.5)
    rows += package_rows(results.get("package"))
    machine = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {machine['date']} on {machine['system']}, {machine['cpu']}, Python "
        f"{machine['python']} by `make bench` (bench/run.py). Each figure is compared with its "
        "floor measured in the same run; medians of interleaved whole-process runs.",
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
