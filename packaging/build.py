"""`make package`: build PIM Desk with PyInstaller, check the frozen app, measure it, report.

    python packaging/build.py [--onefile] [--force] [--runs N]

The one-folder build (the default) lands in dist/pimdesk/ with, on Linux, its tar.gz beside it;
the one-file build in dist/onefile/. The PyInstaller step is skipped when nothing that goes into
the build changed since the last one (`--force` rebuilds); the checks and measurements always
run. The figures go to build/package-report.json (package-report-one-file.json for the one-file
build); the exit status is 1 when a check fails or a budget is exceeded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # this checkout's pimdesk, whichever one is installed

import frozen_checks  # noqa: E402
import icon_files  # noqa: E402
import package_report  # noqa: E402
import platform_files  # noqa: E402
from frozen_suite import run_suite  # noqa: E402
from package_inputs import fingerprint  # noqa: E402

from pimdesk import __version__, paths  # noqa: E402
from pimdesk.store.packed_reference import pack  # noqa: E402

SPEC = HERE / "pimdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
# The reference database as the package carries it (pimdesk/store/packed_reference.py).
PACKED_REFERENCE = ROOT / "build" / "packed" / (paths.REFERENCE_DATABASE + ".xz")
WINDOWS = sys.platform == "win32"
LINUX_FILES = {  # beside the executable in the Linux build (and so in its tar.gz)
    HERE / "linux" / "pimdesk.desktop": "pimdesk.desktop",
    HERE / "linux" / "install.sh": "install.sh",
    ROOT / "resources" / "icons" / "pimdesk.svg": "icons/pimdesk.svg",
    **{HERE / "icons" / f"pimdesk-{size}.png": f"icons/pimdesk-{size}.png"
       for size in icon_files.PNG_SIZES if size <= 512},  # the largest an icon theme holds
}  # fmt: skip


def run_pyinstaller(mode: str, distpath: Path, force: bool) -> float | None:
    """Build unless the last build had the same inputs; the seconds it took, None if skipped."""
    stamp = WORK / f"{mode}.fingerprint"
    current = fingerprint(mode, paths.BUNDLED_RESOURCES)
    output = distpath / "pimdesk" if mode == "one-folder" else distpath
    if not force and output.exists() and stamp.exists() and stamp.read_text() == current:
        print(f"package: the {mode} build in {output} is up to date")
        return None
    if not (ROOT / paths.REFERENCE_DATABASE).is_file():
        raise SystemExit(f"package: {paths.REFERENCE_DATABASE} is missing: run `make content`")
    pack(ROOT / paths.REFERENCE_DATABASE, PACKED_REFERENCE)  # what the spec bundles instead
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(distpath), "--workpath", str(WORK / mode), str(SPEC)]  # fmt: skip
    if mode == "one-file":
        shutil.rmtree(distpath, ignore_errors=True)
        command += ["--", "--onefile"]
    subprocess.run(command, check=True, cwd=ROOT)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current)
    return time.perf_counter() - started


def add_linux_files(bundle: Path) -> None:
    for source, relative in LINUX_FILES.items():
        target = bundle / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def measure_startup(executable: Path, runs: int) -> package_report.Startup:
    with frozen_checks.sandbox() as box, tempfile.TemporaryDirectory() as data:
        frozen = [str(executable), "--data-dir", f"{data}/frozen", "--smoke"]
        source = [sys.executable, "-m", "pimdesk", "--data-dir", f"{data}/source", "--smoke"]
        return package_report.measure_startup(frozen, source, box.environment(), runs)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--onefile", action="store_true", help="build one self-unpacking program")
    options.add_argument("--force", action="store_true", help="rebuild even when up to date")
    options.add_argument("--runs", type=int, default=7, help="start-up runs each (at least 5)")
    args = options.parse_args(argv)
    mode = "one-file" if args.onefile else "one-folder"
    distpath = DIST / "onefile" if args.onefile else DIST
    build_seconds = run_pyinstaller(mode, distpath, args.force)
    bundle = distpath if args.onefile else distpath / "pimdesk"
    executable = bundle / ("pimdesk-cli.exe" if WINDOWS else "pimdesk")
    tarball = None
    if sys.platform.startswith("linux") and not args.onefile:
        add_linux_files(bundle)
    try:
        passed = run_suite(bundle, executable, __version__)
        startup = measure_startup(executable, args.runs)
    except frozen_checks.CheckFailed as failure:
        print(f"package: FAILED: {failure}", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux") and not args.onefile:
        name = f"pimdesk-{__version__}-{platform_files.platform_tag()}.tar.gz"
        tarball = platform_files.write_tarball(bundle, DIST / name)
    report = package_report.build_report(
        version=__version__, mode=mode, bundle=bundle, tarball=tarball, startup=startup,
        checks=passed, build_seconds=build_seconds,
    )  # fmt: skip
    target = package_report.report_path(mode)
    package_report.write_report(report, target)
    print("\n".join(package_report.summary_lines(report)))
    print(f"package: report written to {target.relative_to(ROOT)}")
    over = package_report.exceeded(report)
    if over:
        print(f"package: FAILED: over budget: {', '.join(over)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
