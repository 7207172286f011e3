"""The package report: sizes, interleaved start-up runs, budgets and what `make package` prints."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import package_report
import pytest
from package_report import BUDGETS, MB, Startup


def startup(frozen: float, source: float) -> Startup:
    return Startup((frozen,) * 5, (source,) * 5, (100,) * 5, (90,) * 5)


def test_the_start_up_ratio_is_of_the_medians() -> None:
    measured = Startup((0.5, 0.6, 9.0, 0.55, 0.58), (0.5, 0.4, 0.45, 0.5, 7.0), (1,) * 5, (1,) * 5)
    assert (measured.frozen_median, measured.source_median) == (0.58, 0.5)
    assert measured.ratio == pytest.approx(1.16)


def test_each_budget_holds_up_to_its_limit_and_not_beyond() -> None:
    limit = int(BUDGETS["bundle_mb"] * MB)
    assert package_report.budget_results(limit, None, startup(1.3, 1.0)) == {
        "bundle_mb": True, "startup_ratio": True,
    }  # fmt: skip
    results = package_report.budget_results(limit + 1, 60 * MB + 1, startup(1.31, 1.0))
    assert results == {"bundle_mb": False, "tarball_mb": False, "startup_ratio": False}


def test_runs_are_interleaved_after_a_warm_up(tmp_path: Path) -> None:
    log = tmp_path / "order.log"

    def command(label: str) -> list[str]:
        script = f"open({str(log)!r}, 'a').write({label!r}); print('ready 7')"
        return [sys.executable, "-c", script]

    measured = package_report.measure_startup(command("F"), command("S"), dict(os.environ), 5)
    assert log.read_text() == "FS" + "FS" + "SF" + "FS" + "SF" + "FS"
    assert len(measured.frozen_seconds) == len(measured.source_seconds) == 5
    assert measured.frozen_ready_ms == (7,) * 5


def test_fewer_than_five_runs_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 5 runs"):
        package_report.measure_startup(["true"], ["true"], {}, 4)


def report_for(tmp_path: Path, measured: Startup, mode: str = "one-folder") -> dict[str, object]:
    bundle = tmp_path / "pimdesk"
    bundle.mkdir()
    (bundle / "program").write_bytes(b"x" * 1000)
    (bundle / "link").symlink_to("program")
    tarball = tmp_path / "pimdesk.tar.gz"
    tarball.write_bytes(b"y" * 300)
    return package_report.build_report(
        version="1.0", mode=mode, bundle=bundle, tarball=tarball, startup=measured,
        checks=["links"], build_seconds=None,
    )  # fmt: skip


def test_the_report_counts_files_not_links_and_says_what_is_over(tmp_path: Path) -> None:
    report = report_for(tmp_path, startup(2.0, 1.0))
    assert report["bundle"] == {"path": str(tmp_path / "pimdesk"), "bytes": 1000, "mb": 0.0,
                                "files": 1}  # fmt: skip
    assert json.loads(json.dumps(report))["tarball"]["bytes"] == 300
    assert package_report.exceeded(report) == ["startup_ratio"]
    lines = package_report.summary_lines(report)
    assert lines[0].endswith("(budget 120 MB: within budget)")
    assert "ratio 2.00 (budget 1.3: OVER BUDGET)" in lines[2]


def test_a_one_file_build_is_not_held_to_the_one_folder_start_up(tmp_path: Path) -> None:
    report = report_for(tmp_path, startup(2.0, 1.0), "one-file")
    assert package_report.exceeded(report) == []
    assert package_report.summary_lines(report)[2].endswith(
        "ratio 2.00 (reported only: a one-file build unpacks itself at every start)"
    )
    assert package_report.report_path("one-file").name == "package-report-one-file.json"
