"""Measure the frozen build against its budgets (issue 6) and write the package report.

Sizes are the sum of the files' sizes (links not counted) in MB of 1,000,000 bytes. Start-up is
the wall time of whole `--smoke` processes, frozen and from source, interleaved in the same run
(the machine drifts; only a ratio measured together means something), after one warm-up each.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

MB = 1_000_000
BUDGETS = {"bundle_mb": 120.0, "tarball_mb": 60.0, "startup_ratio": 1.3}
MIN_RUNS = 5


def regular_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in regular_files(folder))


@dataclass(frozen=True)
class Startup:
    """Wall times (seconds) of interleaved `--smoke` runs, and the 'ready <ms>' each printed."""

    frozen_seconds: tuple[float, ...]
    source_seconds: tuple[float, ...]
    frozen_ready_ms: tuple[int, ...]
    source_ready_ms: tuple[int, ...]

    @property
    def frozen_median(self) -> float:
        return statistics.median(self.frozen_seconds)

    @property
    def source_median(self) -> float:
        return statistics.median(self.source_seconds)

    @property
    def ratio(self) -> float:
        return self.frozen_median / self.source_median


def timed_run(command: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds of one whole process, and the milliseconds its 'ready' line gave."""
    from frozen_checks import CheckFailed, ready_milliseconds

    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or done.stderr.strip():
        raise CheckFailed(f"`{' '.join(command)}` failed: {done.stderr.strip()}")
    return elapsed, ready_milliseconds(done.stdout)


def measure_startup(
    frozen: Sequence[str], source: Sequence[str], env: dict[str, str], runs: int
) -> Startup:
    """Alternate frozen and source runs, changing which goes first each round."""
    if runs < MIN_RUNS:
        raise ValueError(f"at least {MIN_RUNS} runs each, not {runs}")
    timed_run(frozen, env), timed_run(source, env)  # warm the disk cache, create the data
    results: dict[str, list[tuple[float, int]]] = {"frozen": [], "source": []}
    for round_number in range(runs):
        order = [("frozen", frozen), ("source", source)]
        for label, command in order if round_number % 2 == 0 else reversed(order):
            results[label].append(timed_run(command, env))
    return Startup(
        tuple(round(seconds, 4) for seconds, _ in results["frozen"]),
        tuple(round(seconds, 4) for seconds, _ in results["source"]),
        tuple(ready for _, ready in results["frozen"]),
        tuple(ready for _, ready in results["source"]),
    )


def budget_results(
    bundle_bytes: int, tarball_bytes: int | None, startup: Startup
) -> dict[str, bool]:
    results = {
        "bundle_mb": bundle_bytes / MB <= BUDGETS["bundle_mb"],
        "startup_ratio": startup.ratio <= BUDGETS["startup_ratio"],
    }
    if tarball_bytes is not None:
        results["tarball_mb"] = tarball_bytes / MB <= BUDGETS["tarball_mb"]
    return results


def exceeded(report: dict[str, Any]) -> list[str]:
    """The budgets the report's build exceeds. A one-file build unpacks itself at every start:
    its start-up is reported, but the start-up budget is the one-folder build's."""
    over = [key for key, ok in report["within_budget"].items() if not ok]
    return [key for key in over if not (key == "startup_ratio" and report["mode"] == "one-file")]


def machine() -> dict[str, object]:
    return {
        "system": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def build_report(
    *,
    version: str,
    mode: str,
    bundle: Path,
    tarball: Path | None,
    startup: Startup,
    checks: list[str],
    build_seconds: float | None,
) -> dict[str, Any]:
    bundle_bytes = folder_bytes(bundle)
    tarball_bytes = tarball.stat().st_size if tarball else None
    return {
        "version": version,
        "mode": mode,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "build_seconds": build_seconds,
        "bundle": {
            "path": str(bundle),
            "bytes": bundle_bytes,
            "mb": round(bundle_bytes / MB, 1),
            "files": len(regular_files(bundle)),
        },
        "tarball": None
        if tarball is None or tarball_bytes is None
        else {"path": str(tarball), "bytes": tarball_bytes, "mb": round(tarball_bytes / MB, 1)},
        "startup": {
            **asdict(startup),
            "frozen_median_s": round(startup.frozen_median, 3),
            "source_median_s": round(startup.source_median, 3),
            "ratio": round(startup.ratio, 3),
        },
        "budgets": BUDGETS,
        "within_budget": budget_results(bundle_bytes, tarball_bytes, startup),
        "checks_passed": checks,
    }


def write_report(report: dict[str, Any], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The figures `make package` prints, one line each, with the budget and the verdict."""
    bundle, startup, within = report["bundle"], report["startup"], report["within_budget"]

    def verdict(key: str) -> str:
        return "within budget" if within[key] else "OVER BUDGET"

    lines = [
        f"{report['mode']} build: {bundle['mb']} MB in {bundle['files']} files "
        f"(budget {BUDGETS['bundle_mb']:.0f} MB: {verdict('bundle_mb')})"
    ]
    if report["tarball"]:
        lines.append(
            f"tar.gz: {report['tarball']['mb']} MB "
            f"(budget {BUDGETS['tarball_mb']:.0f} MB: {verdict('tarball_mb')})"
        )
    runs = len(startup["frozen_seconds"])
    held = f"budget {BUDGETS['startup_ratio']}: {verdict('startup_ratio')}"
    if report["mode"] == "one-file":
        held = "reported only: a one-file build unpacks itself at every start"
    lines.append(
        f"start-up (--smoke, median of {runs} interleaved runs each): "
        f"frozen {startup['frozen_median_s']:.3f} s, "
        f"from source {startup['source_median_s']:.3f} s, ratio {startup['ratio']:.2f} ({held})"
    )
    return lines


def report_path(mode: str) -> Path:
    """build/package-report.json for the one-folder build, package-report-one-file.json else."""
    suffix = "" if mode == "one-folder" else f"-{mode}"
    return Path(__file__).resolve().parent.parent / "build" / f"package-report{suffix}.json"


def main() -> int:
    """`python packaging/package_report.py [one-file]` prints the last report again."""
    target = report_path(sys.argv[1] if len(sys.argv) > 1 else "one-folder")
    print("\n".join(summary_lines(json.loads(target.read_text(encoding="utf-8")))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
