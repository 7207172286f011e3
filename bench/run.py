"""Run every benchmark against its floor measured in the same run; write bench/results.{md,json}.

    make bench            (or: .venv/bin/python bench/run.py [--quick])

Each figure is a ratio to the least the job could cost on this machine, measured in this run:
a bare PySide6 window for start-up, a raw FTS5 query for search, a bare reportlab document of
the same number of pages for PDF export. Targets are those of the project's performance issue.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import pdf_bench, relevance_bench, search_bench, userdata_bench  # noqa: E402
from bench.processes import measured  # noqa: E402
from bench.scale_reference import build as build_scaled  # noqa: E402

OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
REFERENCE = ROOT / "db" / "pimdesk-reference.sqlite"


def environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def startup(runs: int, data_dir: Path) -> dict[str, Any]:
    commands = {
        "floor": [PYTHON, str(ROOT / "bench" / "floor_window.py")],
        "app": [PYTHON, "-m", "pimdesk", "--data-dir", str(data_dir), "--smoke"],
    }
    return measured(commands, runs, environment())


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "cpu": f"{cpu} ({os.cpu_count()} cores)",
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def package_figures() -> dict[str, Any] | None:
    report = ROOT / "build" / "package-report.json"
    if not report.exists():
        result = subprocess.run([PYTHON, str(ROOT / "packaging" / "build.py")], check=False,
                                cwd=ROOT)  # fmt: skip
        if result.returncode != 0 or not report.exists():
            return None
    figures: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 100x content")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="pimdesk-bench-") as folder:
        scratch = Path(folder)
        print("start-up ...", flush=True)
        results["startup"] = startup(runs, scratch / "empty-data")
        print("search ...", flush=True)
        results["search"] = {"1x": search_bench.measure(REFERENCE)}
        results["relevance"] = relevance_bench.measure(REFERENCE)  # top-3 share and MRR
        print(relevance_bench.summary(results["relevance"]), flush=True)
        for factor in (10,) if args.quick else (10, 100):
            database = OUT / f"reference-{factor}x.sqlite"
            if not database.exists() or database.stat().st_mtime < REFERENCE.stat().st_mtime:
                build_scaled(factor, database)
            results["search"][f"{factor}x"] = search_bench.measure(database)
        print("user data at scale ...", flush=True)
        crowded = userdata_bench.fill(scratch / "crowded-data")
        results["userdata"] = userdata_bench.measure(crowded)
        results["userdata_startup"] = startup(runs, crowded)
        print("PDF export ...", flush=True)
        results["pdf"] = pdf_bench.measure(scratch / "pdf", runs, environment())
    print("package ...", flush=True)
    results["package"] = package_figures()
    from bench.report import write_report

    write_report(results, ROOT / "bench" / "results.md", ROOT / "bench" / "results.json")
    print((ROOT / "bench" / "results.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
