"""The long soak for release checks: the real `pimdesk` drives its own window for SOAK_MINUTES.

    make soak             (or: SOAK_MINUTES=30 .venv/bin/python bench/soak.py)

It starts the installed `pimdesk` as a user would, offscreen, on a new data folder, with
PIMDESK_SOAK_SECONDS set (pimdesk/ui/shell/soak.py: the same driver as the soak test in
`make test` and the package checks), and writes what it did and saw to bench/soak-results.md.
It exits 1 when the app failed: an abort, a Python exception, a Qt warning or anything on
stderr, references to None lost, or peak memory grown past its bound.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "soak-results.md"
DEFAULT_MINUTES = 30.0
SOAK_VARIABLE = "PIMDESK_SOAK_SECONDS"  # pimdesk.app.SOAK_VARIABLE


def pimdesk_command() -> list[str]:
    program = Path(sys.executable).with_name("pimdesk")
    return [str(program)] if program.is_file() else [sys.executable, "-m", "pimdesk"]


def run(minutes: float) -> tuple[int, dict[str, Any] | None, str]:
    """Run the soak; (exit code, the figures it printed or None, its stderr)."""
    with tempfile.TemporaryDirectory(prefix="pimdesk-soak-data-") as data:
        environment = {k: v for k, v in os.environ.items() if k != "PIMDESK_DATA_DIR"}
        environment.update(QT_QPA_PLATFORM="offscreen", **{SOAK_VARIABLE: str(minutes * 60)})
        done = subprocess.run(
            [*pimdesk_command(), "--data-dir", data, "--lang", "en"],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
    figures = None
    for line in done.stdout.splitlines():
        if line.startswith("soak "):
            figures = json.loads(line.removeprefix("soak "))
    return done.returncode, figures, done.stderr


def verdict(code: int, figures: dict[str, Any] | None, stderr: str) -> list[str]:
    """What went wrong, one line each; empty when the soak passed."""
    problems = [] if code == 0 else [f"pimdesk exited with {code}"]
    if figures is None:
        problems.append("pimdesk printed no soak figures")
    else:
        problems += figures["problems"]
    problems += [f"stderr: {line}" for line in stderr.splitlines() if line.strip()]
    return problems


def report(figures: dict[str, Any] | None, problems: list[str]) -> str:
    lines = ["# Soak results (`make soak`)", ""]
    lines.append("**PASSED**" if not problems else "**FAILED**")
    lines += [f"- {problem}" for problem in problems]
    if figures is None:
        return "\n".join(lines) + "\n"
    mb = 1024
    drop = figures["none_drop"]
    wall, asked = figures["wall_seconds"] / 60, figures["seconds_asked"] / 60
    rss = f"{figures['rss_kb_start'] / mb:.1f} → {figures['rss_kb_end'] / mb:.1f} MB"
    rows = [
        ("Python / PySide6", f"{figures['python']} / {figures['pyside']}"),
        ("wall time", f"{wall:.1f} min (asked {asked:.1f})"),
        ("rounds of work", str(figures["rounds"])),
        ("peak RSS after round 1", f"{figures['peak_rss_kb_start'] / mb:.1f} MB"),
        ("peak RSS at the end", f"{figures['peak_rss_kb_end'] / mb:.1f} MB"),
        ("peak RSS growth", f"{figures['peak_growth_kb'] / mb:.1f} MB"),
        ("RSS after round 1 → end", rss),
        ("references to None lost (< 0: gained, harmless)", "—" if drop is None else str(drop)),
    ]
    lines += ["", "| figure | value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    lines += ["", "| action | count |", "| --- | --- |"]
    lines += [f"| {name} | {count} |" for name, count in figures["actions"].items()]
    lines += ["", "| page kind shown | count |", "| --- | --- |"]
    lines += [f"| {name} | {count} |" for name, count in figures["pages"].items()]
    lines += ["", "| after (s) | peak RSS (MB) | RSS (MB) |", "| --- | --- | --- |"]
    lines += [f"| {s} | {p / mb:.1f} | {r / mb:.1f} |" for s, p, r in figures["rss_trace"]]
    return "\n".join(lines) + "\n"


def main() -> int:
    minutes = float(os.environ.get("SOAK_MINUTES") or DEFAULT_MINUTES)
    print(f"soak: driving pimdesk for {minutes:g} minutes …", flush=True)
    code, figures, stderr = run(minutes)
    problems = verdict(code, figures, stderr)
    RESULTS.write_text(report(figures, problems), encoding="utf-8")
    print(f"soak: {'FAILED' if problems else 'passed'}; figures in {RESULTS.relative_to(ROOT)}")
    for problem in problems:
        print(f"soak: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
