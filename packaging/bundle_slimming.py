"""Slim what PyInstaller collected: the Qt plugins, libraries and translations PIM Desk never loads.

`--exclude-module` alone saves little: Qt's plugins pull their libraries in (a virtual-keyboard
plugin brings Qt Quick and QML, the GTK theme brings GTK, cairo and pango). So the spec filters
the collected files: it leaves out the plugins a widgets app never loads, then every library that
only those needed, following each binary's direct links.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath

QT_BINDING = "PySide6"
# Qt plugins PIM Desk needs, by plugin type; None keeps every plugin of that type. A type that is
# not listed (wayland-*, egldeviceintegrations, generic, tls, networkinformation, qmltooling,
# sqldrivers...) is left out: a widgets app on X11, Windows or macOS, on screen or offscreen, never
# loads it. On a Wayland desktop Qt then runs through XWayland.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "platforms/darwin": None,
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # not qgtk3: it drags GTK, cairo, pango
    "platforminputcontexts": frozenset(  # not the virtual keyboard: it drags Qt Quick and QML
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg", "qico", "qgif"}),  # PNG is built in; no photos are shown
    "iconengines": frozenset({"qsvgicon"}),
    "xcbglintegrations": None,
    "styles": None,
    "printsupport": None,
    "accessiblebridge": None,
}
# Libraries that every Linux desktop has and that must match the system they run on (OpenGL, the
# font configuration, D-Bus, X11, the C++ runtime) and the base libraries they stand on: the
# target's own are used, never a copy. Each maps to its Debian package; packaging/README.md lists
# them as the target's requirements, and the build checks that every link of every bundled
# binary is met by the bundle, glibc or one of these.
LINUX_SYSTEM_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbz2.so.1.0": "libbz2-1.0",
    "libexpat.so.1": "libexpat1",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
}
# The C library itself (glibc 2.36 or later for a build made on Debian 12).
GLIBC_LIBRARIES = frozenset({
    "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1",
    "libresolv.so.2", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
})  # fmt: skip
# Qt's software OpenGL renderer (20 MB): only Qt Quick and OpenGL widgets ever fall back to it.
WINDOWS_UNUSED_LIBRARIES = frozenset({"opengl32sw.dll"})

TocEntry = tuple[str, str, str]  # PyInstaller's (destination name, source path, type code)
ImportsOf = Callable[[str], Iterable[str]]  # a binary's path -> the libraries it links directly


@dataclass(frozen=True)
class Slimmed:
    """The collected files to keep, and what was left out (for the build's log)."""

    kept: list[TocEntry]
    dropped: list[TocEntry]


def plugin_of(destination: str) -> tuple[str, str] | None:
    """(plugin type, plugin name) for a Qt plugin's destination path, else None."""
    parts = PurePath(destination).parts
    if QT_BINDING not in parts or "plugins" not in parts[:-1]:
        return None
    index = parts.index("plugins")
    return "/".join(parts[index + 1 : -1]), parts[-1].split(".")[0].removeprefix("lib")


def keeps_plugin(destination: str) -> bool:
    plugin = plugin_of(destination)
    if plugin is None:
        return True
    kind, name = plugin
    if kind not in KEPT_PLUGINS:
        return False
    kept = KEPT_PLUGINS[kind]
    return kept is None or name in kept


def is_system_library(destination: str, platform: str = sys.platform) -> bool:
    name = PurePath(destination).name
    if platform.startswith("linux"):
        return name in LINUX_SYSTEM_LIBRARIES
    return platform == "win32" and name.lower() in WINDOWS_UNUSED_LIBRARIES


def leaves_out(destination: str) -> bool:
    """The collected files the spec drops on purpose; what only they need follows them."""
    return not keeps_plugin(destination) or is_system_library(destination)


def slim_binaries(
    binaries: list[TocEntry], imports_of: ImportsOf, drop: Callable[[str], bool] = leaves_out
) -> Slimmed:
    """Leave out what `drop` names, and every library that nothing kept links to any more.

    A library goes only when a dropped file reaches it and no kept file does, so a library that
    is loaded at run time without being linked (found by no one) always stays. `imports_of` must
    give direct links only. Links that PyInstaller adds to a library (type SYMLINK, whose source
    is the target's destination) go with it.
    """
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_name = {_library_key(entry[0]): entry for entry in files}
    dropped = {_library_key(entry[0]) for entry in files if drop(entry[0])}
    candidates = _reachable(dropped, by_name, imports_of, set()) - dropped
    roots = set(by_name) - dropped - candidates
    orphans = candidates - _reachable(roots, by_name, imports_of, dropped)
    gone = {by_name[key][0] for key in dropped | orphans}
    gone |= {entry[0] for entry in binaries if _links_to(entry, gone)}
    return Slimmed(
        [entry for entry in binaries if entry[0] not in gone],
        [entry for entry in binaries if entry[0] in gone],
    )


def _reachable(
    roots: set[str], by_name: dict[str, TocEntry], imports_of: ImportsOf, barrier: set[str]
) -> set[str]:
    """The bundled libraries that `roots` link to, directly or through others not in `barrier`."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        for library in imports_of(by_name[pending.pop()][1]):
            key = _library_key(library)
            if key in by_name and key not in seen and key not in barrier:
                seen.add(key)
                pending.append(key)
    return seen


def _library_key(name: str) -> str:
    return PurePath(name).name.lower() if sys.platform == "win32" else PurePath(name).name


def _links_to(entry: TocEntry, destinations: set[str]) -> bool:
    return entry[2] == "SYMLINK" and str(PurePath(entry[1])) in destinations


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links directly (its DT_NEEDED entries), read with objdump.

    PyInstaller's own lookup on Linux (ldd) gives the whole chain, which would hide that a
    library is reached only through one the spec drops.
    """
    output = subprocess.run(
        ["objdump", "-p", path], check=True, capture_output=True, text=True
    ).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)$", output, flags=re.MULTILINE)


def keeps_qt_translation(destination: str, languages: set[str]) -> bool:
    """Qt's own catalogues (standard dialogs, error texts) only for the languages PIM Desk ships."""
    parts = PurePath(destination).parts
    if QT_BINDING not in parts or "translations" not in parts[:-1]:
        return True
    match = re.match(r"^(qt|qtbase)_([a-z]{2})(?:_[A-Z]{2})?\.qm$", parts[-1])
    return match is not None and match.group(2) in languages


def slim_datas(datas: list[TocEntry], languages: set[str], binaries: Slimmed) -> Slimmed:
    """Qt translations of the shipped languages only; no links to left-out libraries."""
    gone = {entry[0] for entry in binaries.dropped}
    kept = [
        entry
        for entry in datas
        if keeps_qt_translation(entry[0], languages) and not _links_to(entry, gone)
    ]
    return Slimmed(kept, [entry for entry in datas if entry not in kept])
