"""Run commands as child processes and measure their wall time and peak memory.

Peak memory comes from wait4's ru_maxrss, which counts the memory a child inherited at fork
from whoever started it: the measurements therefore run in a small process of their own
(`measured`), never in the benchmark runner that has just filled 10,000 selections.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float


def run_once(command: Sequence[str], environment: dict[str, str] | None = None) -> Run:
    """Wall time and peak resident memory (of that child alone, via wait4) of one run."""
    started = time.perf_counter()
    child = subprocess.Popen(
        list(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    output = child.stdout.read() if child.stdout else b""
    errors = child.stderr.read() if child.stderr else b""
    for stream in (child.stdout, child.stderr):
        if stream:
            stream.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed: {errors.decode(errors='replace')}")
    if errors.strip():
        raise RuntimeError(f"{command} wrote to stderr: {errors.decode(errors='replace')}")
    del output
    return Run(elapsed, usage.ru_maxrss / 1024)


def interleaved(
    commands: dict[str, Sequence[str]], runs: int, environment: dict[str, str] | None = None
) -> dict[str, Any]:
    """Median wall time and peak memory of each command, run in turn (A B C A B C ...) so the
    machine's drift hits all alike; and, for the first command against each of the others, the
    median of the ratios pair by pair (`ratios`), the figure that holds on a shared machine."""
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache once, untimed
        run_once(command, environment)
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(run_once(command, environment))
    first, *others = commands
    figures: dict[str, Any] = {
        name: {
            "seconds": statistics.median(r.seconds for r in found),
            "peak_mib": statistics.median(r.peak_mib for r in found),
            "runs": len(found),
        }
        for name, found in results.items()
    }
    figures["ratios"] = {
        other: {
            "wall": statistics.median(
                a.seconds / b.seconds for a, b in zip(results[first], results[other], strict=True)
            ),
            "memory": statistics.median(
                a.peak_mib / b.peak_mib for a, b in zip(results[first], results[other], strict=True)
            ),
        }
        for other in others
    }
    return figures


def measured(
    commands: dict[str, Sequence[str]], runs: int, environment: dict[str, str] | None = None
) -> dict[str, Any]:
    """`interleaved`, run from a fresh small Python process (see the module's docstring)."""
    listed = json.dumps({name: list(command) for name, command in commands.items()})
    result = subprocess.run(
        [sys.executable, __file__, str(runs), listed],
        capture_output=True, text=True, check=True, env=environment,
    )  # fmt: skip
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


if __name__ == "__main__":
    print(json.dumps(interleaved(json.loads(sys.argv[2]), int(sys.argv[1]))))
