"""The command line takes any argument, locale and output without a traceback (F15, F18, F19).

Each class is run as a real process, as a user's terminal would: over-long paths for every
command that takes one, data folders that are files or devices, undecodable bytes, an ASCII
locale, a full or closed standard output, code planted in the current folder, a termination in
the middle of a content check.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

LONG = "x" * 300
SCENARIO = ("--scenario", "sudden_onset_emergency")


def pimdesk(
    data: Path, *arguments: str | bytes, stdout: int | None = None, **environment: str
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **environment}
    env.pop("PIMDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "pimdesk", "--data-dir", str(data), *arguments],
        cwd=ROOT, env=env, stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE, timeout=120, check=False,
    )  # fmt: skip


def one_sentence(result: subprocess.CompletedProcess[bytes], code: int = 1) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert err.startswith("pimdesk: ")
    return err


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "data"
    made = pimdesk(folder, "selection", "new", "Kasai", *SCENARIO)
    assert made.returncode == 0, made.stderr
    return folder


@pytest.mark.parametrize(
    "command",
    [("selection", "export", "Kasai", "{long}.pimsel"),
     ("selection", "import", "{long}.pimsel"),
     ("sheet", "case_management", "-o", "{long}.pdf"),
     ("glossary-pdf", "-o", "{long}/glossary.pdf"),
     ("brief", "Kasai", "-o", "{long}.pdf"),
     ("content", "make-key", "editor", "-o", "{long}"),
     ("content", "verify", "{long}.zip")],
    ids=lambda command: "-".join(command[:2]),
)  # fmt: skip
def test_an_over_long_path_is_one_sentence(
    data: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    arguments = [a.format(long=tmp_path / LONG) for a in command]
    one_sentence(pimdesk(data, *arguments))


@pytest.mark.parametrize(
    "folder", ["/etc/passwd", "/dev/null", "/etc/passwd/below", "{tmp}/" + LONG, "{tmp}/file"]
)
@pytest.mark.parametrize("command", [("selection", "list"), ("selection", "new", "X", *SCENARIO),
                                     ("db", "check"), ("--smoke",)])  # fmt: skip
def test_a_data_folder_that_cannot_be_one_is_one_sentence(
    tmp_path: Path, folder: str, command: tuple[str, ...]
) -> None:
    (tmp_path / "file").write_text("a file")
    before = Path("/etc/passwd").read_bytes()
    result = pimdesk(Path(folder.format(tmp=tmp_path)), *command, QT_QPA_PLATFORM="offscreen")
    assert "cannot be used" in one_sentence(result)
    assert Path("/etc/passwd").read_bytes() == before


@pytest.mark.parametrize("raw", [b"bad\xff\xfename", b"\xff", b"\xed\xa0\x80", b"ok\x80"])
@pytest.mark.parametrize("command", ["new", "show", "delete"])
def test_undecodable_bytes_in_an_argument_are_one_sentence(
    data: Path, raw: bytes, command: str
) -> None:
    arguments: list[str | bytes] = ["selection", command, raw]
    if command == "new":
        arguments += SCENARIO
    one_sentence(pimdesk(data, *arguments))


ASCII_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


@pytest.mark.parametrize("name", ["Café", "Кризис", "خطة الحماية", "危机 2026"])
def test_non_ascii_names_work_under_an_ascii_locale(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data"
    made = pimdesk(folder, "selection", "new", name, *SCENARIO, **ASCII_LOCALE)
    assert made.returncode == 0 and made.stderr == b"", made.stderr
    shown = pimdesk(folder, "selection", "show", name, **ASCII_LOCALE)
    assert shown.returncode == 0 and name.encode() in shown.stdout
    listed = pimdesk(folder, "selection", "list", "--json", **ASCII_LOCALE)
    assert name.encode() in listed.stdout


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


@needs_dev_full
@pytest.mark.parametrize(
    "command",
    [("--version",), ("--help",), ("selection", "--help"), ("list", "terms"),
     ("search", "refugee"), ("selection", "list"), ("show", "category", "case_management")],
)  # fmt: skip
def test_an_output_that_is_full_fails_in_one_sentence(data: Path, command: tuple[str, ...]) -> None:
    with Path("/dev/full").open("wb") as full:  # writing the output there is safe, not a target
        result = pimdesk(data, *command, stdout=full.fileno())
    assert "could not be written" in one_sentence(result)


def test_a_reader_that_stops_early_is_no_error(data: Path) -> None:
    command = [sys.executable, "-m", "pimdesk", "--data-dir", str(data), "list", "terms"]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        process.stdout.readline()
        process.stdout.close()
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0 and err == b""


@pytest.mark.parametrize("module", ["json", "argparse", "sqlite3", "hashlib", "platformdirs"])
def test_python_m_pimdesk_runs_no_code_from_the_current_folder(tmp_path: Path, module: str) -> None:
    marker = tmp_path / "PLANTED-CODE-RAN"
    (tmp_path / f"{module}.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIMDESK_DATA_DIR")}
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "--data-dir", str(tmp_path / "data"), "list",
         "categories"],
        cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not marker.exists()


TERMINATED_CHECK = """
import os, signal, sys
from pimdesk.store import content_packs

def killed_half_way(opened, folder, *rest):
    folder.mkdir(parents=True)
    (folder / "half-written.toml").write_text("x")
    print(folder, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)

content_packs.unpack_and_validate = killed_half_way
from pimdesk.app import main
sys.exit(main(["--data-dir", sys.argv[1], "content", "verify", sys.argv[2], "--allow-unsigned"]))
"""


def test_a_terminated_content_check_leaves_no_folder_and_an_old_one_is_swept(
    tmp_path: Path,
) -> None:
    from tests.store.pack_fixtures import build_pack, content_files, mini_content

    data = tmp_path / "data"
    pack = tmp_path / "pack.zip"
    pack.write_bytes(build_pack(content_files(mini_content("2.0.0")), None))
    leftover = data / "content" / ".staging-killed"  # what a kill -9 leaves
    leftover.mkdir(parents=True)
    (leftover / "sources.toml").write_text("x")
    result = subprocess.run(
        [sys.executable, "-c", TERMINATED_CHECK, str(data), str(pack)],
        cwd=ROOT, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 128 + 15, result.stderr
    assert b"Traceback" not in result.stderr
    assert [p.name for p in (data / "content").iterdir() if p.name.startswith(".staging")] == []
    used = Path(result.stdout.decode().strip())
    assert used.parent.parent == data / "content"  # inside the data folder, not the system's


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_the_desktop_app_without_a_display_is_one_sentence(tmp_path: Path) -> None:
    unset = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PIMDESK_DATA_DIR")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert "no display" in one_sentence(result)
