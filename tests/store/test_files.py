"""Exports are atomic (R7): a full disk, a denied folder or a missing one leaves no partial file
and an older file of that name intact."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from pimdesk.domain.errors import ExportError
from pimdesk.store import files
from pimdesk.store.files import write_atomically

OLD = b"the older export, which must survive"
NEW = b"%PDF-1.4 new content " * 1000


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "briefing.pdf")


def test_a_file_is_written_whole(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "briefing.pdf", NEW)
    assert target.read_bytes() == NEW
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
@pytest.mark.parametrize(
    ("error", "message"),
    [(OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
     (PermissionError(errno.EACCES, "Permission denied"), "may not write to")],
)  # fmt: skip
def test_a_failure_at_any_step_leaves_the_old_file_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, error: OSError, message: str
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(OLD)

    def fail(*args: object, **kwargs: object) -> object:
        raise error

    if step == "replace":
        monkeypatch.setattr(Path, "replace", fail)
    elif step == "write":
        # the temporary file's writes go through the buffered file object
        monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: _FailingFile(fd, error))
    else:
        monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(ExportError) as raised:
        write_atomically(target, NEW)
    assert message in raised.value.message
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


class _FailingFile:
    def __init__(self, descriptor: int, error: OSError) -> None:
        self._descriptor = descriptor
        self._error = error

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._descriptor)

    def write(self, data: bytes) -> int:
        raise self._error


def test_a_real_full_disk_is_reported(tmp_path: Path) -> None:
    """A tiny filesystem would need mount rights; /dev/full gives a real ENOSPC on write."""
    if not Path("/dev/full").exists():
        pytest.skip("/dev/full is not available on this system")
    with pytest.raises(OSError) as raised, open("/dev/full", "wb") as full:  # noqa: PTH123
        full.write(b"x" * 10)
        full.flush()
    assert raised.value.errno == errno.ENOSPC
    assert "The disk is full" in files._explained(raised.value, tmp_path / "x.pdf").message


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        write_atomically(tmp_path / "nowhere" / "briefing.pdf", NEW)
    assert raised.value.message == (
        f"The folder {tmp_path / 'nowhere'} does not exist; choose another place to save."
    )


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    (tmp_path / "briefing.pdf").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write_atomically(tmp_path / "briefing.pdf", NEW)


def test_a_read_only_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores chmod, so the denied permission is simulated where the system would raise."""

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match="may not write to"):
        write_atomically(tmp_path / "briefing.pdf", NEW)
    assert list(tmp_path.iterdir()) == []


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    import socket

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.close()  # the socket file stays in the folder


def _device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # a private /dev/null


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize("make", [_fifo, _socket, _device, _folder])
def test_a_target_that_is_not_a_regular_file_is_refused_and_kept(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    target = tmp_path / "export.pimsel"
    make(target)
    kind = stat.S_IFMT(os.lstat(target).st_mode)
    with pytest.raises(ExportError, match="choose"):
        write_atomically(target, NEW)
    assert stat.S_IFMT(os.lstat(target).st_mode) == kind
    assert [p.name for p in tmp_path.iterdir()] == ["export.pimsel"]


@pytest.mark.parametrize("make", [_fifo, _socket, _device])
def test_a_target_swapped_for_a_special_file_while_writing_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Callable[[Path], None]
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(OLD)
    real_fsync = os.fsync

    def swap_then_fsync(descriptor: int) -> None:
        if target.exists() and target.is_file():
            target.unlink()
            make(target)
        real_fsync(descriptor)

    monkeypatch.setattr(files.os, "fsync", swap_then_fsync)
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_atomically(target, NEW)
    assert not stat.S_ISREG(os.lstat(target).st_mode)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("dangling", [False, True])
def test_a_symbolic_link_is_replaced_and_its_target_never_written(
    tmp_path: Path, dangling: bool
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / "system-file"
    if not dangling:
        outside.write_bytes(OLD)
    out = tmp_path / "out"
    out.mkdir()
    link = out / "briefing.pdf"
    link.symlink_to(outside)
    write_atomically(link, NEW)
    assert not link.is_symlink() and link.read_bytes() == NEW
    assert (outside.read_bytes() == OLD) if not dangling else not outside.exists()


def test_an_over_long_file_name_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="too long"):
        write_atomically(tmp_path / ("x" * 300 + ".pdf"), NEW)
    with pytest.raises(ExportError):
        write_atomically(tmp_path / ("d" * 300) / "a.pdf", NEW)
