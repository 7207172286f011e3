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
    if not package:
        return [("package", "not built (run `make package`)", "—", "—", "—", "—")]
    rows = []
    for key, label, unit, budget in (
        ("folder_mb", "package: one-folder size", "MB", 120),
        ("archive_mb", "package: tar.gz size", "MB", 60),
    ):
        if key in package:
            rows.append((label, f"{package[key]:.0f} {unit}", "—", "—", f"≤ {budget} {unit}",
                         _verdict(package[key] <= budget)))  # fmt: skip
    if "frozen_smoke_s" in package and "source_smoke_s" in package:
        ratio = _ratio(package["frozen_smoke_s"], package["source_smoke_s"])
        rows.append(("package: frozen start-up vs source", f"{package['frozen_smoke_s']:.3f} s",
                     f"{package['source_smoke_s']:.3f} s", f"{ratio:.2f}×", "≤ 1.3×",
                     _verdict(ratio <= 1.3)))  # fmt: skip
    return rows


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
    markdown.write_text("\n".join(lines), encoding="utf-8")
    raw.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
