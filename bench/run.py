"""Run every benchmark against its floor measured in the same run; write bench/results.{md,json}.

    make bench            (or: .venv/bin/python bench/run.py [--quick])
    .venv/bin/python bench/run.py --part userdata    (one part: printed and in bench/out/)

Each figure is a ratio to floors measured in the same run, the commands run in turn (A B A B ...)
and the ratio taken pair by pair, its median quoted: start-up against a bare PySide6 window and
against the same window built in plain PySide6 (floor_replica.py); search against a raw FTS5
query; PDF export against a bare reportlab document of the same number of pages and, for the
briefing, against its own story rebuilt in plain reportlab (floor_pdf_story.py). The code runs
compiled, as a user's install and the frozen app do (`make bench` compiles it first). Targets are
those of the project's performance issue.
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


def startup(
    runs: int, data_dir: Path, start_page: Path | None = None, empty_dir: Path | None = None
) -> dict[str, Any]:
    """`--smoke` on `data_dir` against the bare window; with `empty_dir`, also against the same
    app on a data folder without saved selections (what the data itself adds)."""
    commands = {
        "app": [PYTHON, "-m", "pimdesk", "--data-dir", str(data_dir), "--smoke"],
        "floor": [PYTHON, str(ROOT / "bench" / "floor_window.py")],
    }
    if empty_dir is not None:
        commands["empty"] = [PYTHON, "-m", "pimdesk", "--data-dir", str(empty_dir), "--smoke"]
    if start_page is not None:
        commands["replica"] = [PYTHON, str(ROOT / "bench" / "floor_replica.py"), str(start_page)]
    return measured(commands, runs, environment())


def write_start_page(target: Path) -> Path:
    """The app's real start page, for the same-window floor."""
    subprocess.run([PYTHON, str(ROOT / "bench" / "start_page.py"), str(REFERENCE), str(target)],
                   check=True, env=environment())  # fmt: skip
    return target


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


def userdata_part(scratch: Path, runs: int, quick: bool) -> dict[str, Any]:
    """Saved selections at scale: the store's figures and start-up with them."""
    results: dict[str, Any] = {}
    empty = scratch / "no-selections"
    crowded = userdata_bench.fill(scratch / "crowded-data")
    results["userdata"] = userdata_bench.measure(crowded)
    results["userdata_startup"] = startup(runs, crowded)
    if not quick:
        crowded = userdata_bench.fill(scratch / "crowded-100k", 100_000)
        results["userdata_100k"] = userdata_bench.measure(crowded)
        results["userdata_100k_startup"] = startup(runs, crowded, empty_dir=empty)
    return results


def run_part(part: str, runs: int, quick: bool) -> int:
    """One part alone (`--part userdata`): its rows printed, its figures in bench/out/."""
    from bench.report import saved_selections_rows

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pimdesk-bench-") as folder:
        results = {"machine": machine(), **userdata_part(Path(folder), runs, quick)}
    (OUT / f"{part}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    rows = saved_selections_rows(results)
    print(f"Measured {results['machine']['date']}, {runs} pairs")
    print("\n".join(f"| {' | '.join(row)} |" for row in rows))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 100x content")
    parser.add_argument("--part", choices=("userdata",), help="measure this part alone")
    args = parser.parse_args()
    runs = 5 if args.quick else 15
    if args.part:
        return run_part(args.part, runs, args.quick)
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="pimdesk-bench-") as folder:
        scratch = Path(folder)
        print("start-up ...", flush=True)
        start_page = write_start_page(scratch / "start.html")
        results["startup"] = startup(runs, scratch / "empty-data", start_page)
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
        results.update(userdata_part(scratch, runs, args.quick))
        print("PDF export ...", flush=True)
        results["pdf"] = pdf_bench.measure(scratch / "pdf", runs, environment())
    from bench.report import write_report

    # Written once before the package is built (the longest step), and again with its figures.
    write_report(results, ROOT / "bench" / "results.md", ROOT / "bench" / "results.json")
    print("package ...", flush=True)
    results["package"] = package_figures()
    write_report(results, ROOT / "bench" / "results.md", ROOT / "bench" / "results.json")
    print((ROOT / "bench" / "results.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
