"""Slimming the collected files: unwanted plugins and what only they need go; nothing else does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import bundle_slimming as slimming
import pytest
from bundle_slimming import Slimmed, TocEntry

from tests.conftest import ROOT

PLUGINS = "PySide6/Qt/plugins"


def entry(destination: str, kind: str = "BINARY") -> TocEntry:
    return (destination, f"/src/{destination}", kind)


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", False),
        (f"{PLUGINS}/platforms/libqeglfs.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{PLUGINS}/imageformats/libqsvg.so", True),
        (f"{PLUGINS}/imageformats/libqpdf.so", False),
        (f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so", False),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{PLUGINS}/styles/libqmodernwindowsstyle.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),  # not a plugin
        ("reportlab/plugins/x.so", True),  # not Qt's
    ],
)
def test_the_plugins_kept_are_those_a_widgets_app_loads(destination: str, kept: bool) -> None:
    assert slimming.keeps_plugin(destination) is kept


def slim(binaries: list[TocEntry], links: dict[str, list[str]]) -> Slimmed:
    return slimming.slim_binaries(binaries, lambda path: links.get(Path(path).name, []))


def names(entries: list[TocEntry]) -> set[str]:
    return {Path(destination).name for destination, _, _ in entries}


def test_a_library_only_a_dropped_plugin_needs_goes_with_it() -> None:
    binaries = [
        entry(f"{PLUGINS}/platformthemes/libqgtk3.so"),
        entry(f"{PLUGINS}/platforms/libqxcb.so"),
        entry("libgtk-3.so.0"),
        entry("libcairo.so.2"),  # reached only through GTK
        entry("PySide6/Qt/lib/libQt6Gui.so.6"),  # reached by both plugins
        entry("PySide6/QtGui.abi3.so", "EXTENSION"),
        entry("libpython3.11.so.1.0"),  # linked by nobody: loaded at run time, so it stays
    ]
    links = {
        "libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "libgtk-3.so.0": ["libcairo.so.2"],
        "libqxcb.so": ["libQt6Gui.so.6"],
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    result = slim(binaries, links)
    assert names(result.dropped) == {"libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2"}
    assert names(result.kept) == {"libqxcb.so", "libQt6Gui.so.6", "QtGui.abi3.so",
                                  "libpython3.11.so.1.0"}  # fmt: skip


def test_a_library_reached_only_through_a_system_library_goes_too() -> None:
    binaries = [
        entry("PySide6/Qt/lib/libQt6Core.so.6"),
        entry("PySide6/QtCore.abi3.so", "EXTENSION"),
        entry("libglib-2.0.so.0"),
        entry("libpcre2-8.so.0"),  # only GLib links it
        entry("libicuuc.so.73"),
    ]
    links = {
        "QtCore.abi3.so": ["libQt6Core.so.6"],
        "libQt6Core.so.6": ["libglib-2.0.so.0", "libicuuc.so.73"],
        "libglib-2.0.so.0": ["libpcre2-8.so.0"],
    }
    drop = lambda name: Path(name).name == "libglib-2.0.so.0"  # noqa: E731
    result = slimming.slim_binaries(binaries, lambda p: links.get(Path(p).name, []), drop)
    assert names(result.dropped) == {"libglib-2.0.so.0", "libpcre2-8.so.0"}


def test_links_to_a_dropped_library_go_with_it() -> None:
    binaries = [
        entry(f"{PLUGINS}/platforms/libqwayland.so"),
        entry("PySide6/Qt/lib/libQt6WaylandClient.so.6"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        entry("PySide6/Qt/lib/libQt6Core.so.6"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    links = {"libqwayland.so": ["libQt6WaylandClient.so.6"]}
    result = slim(binaries, links)
    assert [e[0] for e in result.dropped] == [
        f"{PLUGINS}/platforms/libqwayland.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libQt6WaylandClient.so.6",
    ]
    datas = [("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK")]
    assert slimming.slim_datas(datas, {"en"}, result).kept == []


def test_system_libraries_are_left_to_the_target_on_linux_only() -> None:
    assert slimming.is_system_library("libfontconfig.so.1", "linux")
    assert not slimming.is_system_library("libfontconfig.so.1", "darwin")
    assert not slimming.is_system_library("libxcb-cursor.so.0", "linux")  # not on every system
    assert slimming.is_system_library("opengl32sw.dll", "win32")


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("PySide6/translations/qtbase_fr.qm", True),  # Windows layout
        ("resources/i18n/pimdesk_de.qm", True),  # PIM Desk's own, not Qt's
    ],
)
def test_qt_translations_only_for_shipped_languages(destination: str, kept: bool) -> None:
    assert slimming.keeps_qt_translation(destination, {"en", "fr"}) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("objdump"),
                    reason="ELF files and objdump are Linux's")  # fmt: skip
def test_elf_needed_reads_the_direct_links_only() -> None:
    import _sqlite3

    needed = slimming.elf_needed(_sqlite3.__file__)
    assert "libsqlite3.so.0" in needed
    # libsqlite3 itself links libm and others: a transitive lookup (ldd) would list them.
    assert "libm.so.6" not in needed


def test_the_guide_lists_every_system_library_the_build_leaves_out() -> None:
    guide = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    command = re.search(r"apt-get install --no-install-recommends(.*?)```", guide, re.DOTALL)
    assert command is not None
    listed = set(command.group(1).replace("\\", " ").split())
    assert set(slimming.LINUX_SYSTEM_LIBRARIES.values()) <= listed


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs Debian's package database")
def test_each_system_library_belongs_to_the_package_the_guide_names() -> None:
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for library, package in slimming.LINUX_SYSTEM_LIBRARIES.items():
        found = re.search(rf"^\s*{re.escape(library)} \(libc6,x86-64\) => (\S+)$", cache, re.M)
        if found is None:
            continue  # not installed here (e.g. libGL on a server); its package name still shows
        assert debian_package_of(found.group(1)) == package, library


def debian_package_of(path: str) -> str:
    """The package owning a file, under its /lib or its /usr/lib name (merged /usr)."""
    for name in (path, f"/usr{path}", path.removeprefix("/usr")):
        owner = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True, check=False)
        if owner.returncode == 0:
            return owner.stdout.split(":")[0]
    return ""
