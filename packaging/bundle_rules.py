"""What goes into the frozen bundle: PIM Desk, its resources, the Qt it uses, and nothing else.

Derived from the code where it can be: the modules to freeze from the `pimdesk` package, the Qt
modules from its imports, the resources from `pimdesk.paths`, the languages from what PIM Desk
ships. `pimdesk.spec` applies these rules and those of bundle_slimming.py; the tests in
tests/packaging check them without building anything.
"""

from __future__ import annotations

import ast
import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "pimdesk"
QT_BINDING = "PySide6"
# Optional imports of the libraries PIM Desk uses that it never needs: other Qt bindings and
# tkinter, and the parts of Pillow (which reportlab imports) that read photo formats and draw
# text and colour profiles: reportlab only needs `PIL.Image` to embed a PNG or JPEG, and Pillow
# skips a format whose module is missing. The frozen self-test writes a PDF, so a briefing that
# starts to need more of them fails the build.
UNUSED_OPTIONAL_IMPORTS = (
    "PyQt5", "PyQt6", "PySide2", "tkinter", "PIL.ImageQt", "PIL.ImageTk", "PIL._imagingtk",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingft", "PIL.ImageFont", "PIL._imagingmath", "PIL.ImageMath",
    "PIL._imagingmorph", "PIL.ImageMorph",
)  # fmt: skip
# Translation sources and notes stay in the checkout; only compiled `.qm` catalogues ship.
SOURCE_ONLY_SUFFIXES = frozenset({".ts", ".pro"})
# Parts of the standard library whose job PIM Desk never has. Each import of them is optional
# where it is made (ssl by http and asyncio, _hashlib by hashlib, which then uses its own
# SHA-256, readline by pdb and code) or sits in a library's self-test (doctest, unittest, pdb,
# pydoc), so leaving them out drops their weight (OpenSSL, readline, pydoc's topics) and nothing
# else. The legacy East Asian codecs: every file PIM Desk reads is UTF-8.
UNUSED_STANDARD_MODULES = (
    "ssl", "_ssl", "_hashlib", "readline", "doctest", "pdb", "pydoc", "pydoc_data", "unittest",
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
)  # fmt: skip


# ------------------------------------------------------------------ the Python side
def package_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Every module of the `pimdesk` package, so that none is missed by a lazy import."""
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def imported_modules(package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The absolute module names the package's source imports anywhere (also inside functions)."""
    found: set[str] = set()
    for path in package_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def used_qt_modules(package_dir: Path = PACKAGE_DIR) -> set[str]:
    """The Qt modules the code imports by name, e.g. {'PySide6.QtCore', 'PySide6.QtWidgets'}."""
    pattern = re.compile(rf"^{QT_BINDING}\.Qt\w+$")
    return {name for name in imported_modules(package_dir) if pattern.match(name)}


def available_qt_modules() -> set[str]:
    """The Qt modules installed, read from the binding's folder without importing Qt."""
    import importlib.util

    spec = importlib.util.find_spec(QT_BINDING)
    if spec is None or not spec.submodule_search_locations:
        return set()
    folder = Path(next(iter(spec.submodule_search_locations)))
    return {
        f"{QT_BINDING}.{path.name.split('.')[0]}"
        for path in folder.iterdir()
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}
    }


def qt_modules_loaded_by(modules: Iterable[str], python: str = sys.executable) -> set[str]:
    """The Qt modules that importing `modules` loads (their dependencies included), measured."""
    script = (
        "import importlib, json, sys\n"
        "for name in sys.argv[1:]: importlib.import_module(name)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith('{QT_BINDING}.Qt'))))\n"
    )
    output = subprocess.run(
        [python, "-c", script, *sorted(modules)], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(output))


def excluded_modules(used: set[str], available: set[str], loaded: set[str]) -> list[str]:
    """The Qt modules no import of PIM Desk can reach, and the imports it never needs."""
    return [*sorted(available - used - loaded), *UNUSED_OPTIONAL_IMPORTS, *UNUSED_STANDARD_MODULES]


# ------------------------------------------------------------------ resources
def bundled_resources(
    root: Path, bundled: Iterable[str], build_only: Iterable[str]
) -> list[tuple[str, str]]:
    """PyInstaller `datas` entries (source file, destination folder) for the bundled resources.

    Each file lands at its path relative to the checkout, so `pimdesk.paths.resource()` finds it
    under the bundle's root exactly as it does in a checkout.
    """
    _refuse_undeclared_resources(root, {*bundled, *build_only})
    datas: list[tuple[str, str]] = []
    for relative in bundled:
        source = root / relative
        files = [source] if source.is_file() else sorted(source.rglob("*"))
        datas += [
            (str(path), str(path.parent.relative_to(root).as_posix()))
            for path in files
            if path.is_file() and _ships(path)
        ]
    return datas


def with_packed_reference(
    datas: list[tuple[str, str]], database: Path, packed: Path
) -> list[tuple[str, str]]:
    """`datas` with the reference database replaced by its compressed copy: the package ships
    that one and unpacks it at first start (pimdesk/store/packed_reference.py), which keeps it
    within its size budget."""
    kept = [entry for entry in datas if Path(entry[0]).resolve() != database.resolve()]
    if len(kept) != len(datas) - 1:
        raise SystemExit(f"pimdesk.spec: {database} is not among the bundled resources")
    return [*kept, (str(packed), database.parent.relative_to(ROOT).as_posix())]


def _ships(path: Path) -> bool:
    return (
        path.suffix not in SOURCE_ONLY_SUFFIXES
        and not path.name.startswith(".")
        and "__pycache__" not in path.parts
    )


def _refuse_undeclared_resources(root: Path, declared: set[str]) -> None:
    """A new resources/ folder must be declared in pimdesk/paths.py, or a frozen app lacks it."""
    present = {f"resources/{entry.name}" for entry in (root / "resources").iterdir()}
    undeclared = sorted(present - declared)
    if undeclared:
        raise SystemExit(
            f"{', '.join(undeclared)}: neither BUNDLED_RESOURCES nor BUILD_ONLY_RESOURCES in "
            "pimdesk/paths.py names it; say whether the app reads it at run time."
        )


def shipped_languages(root: Path, translations: str, reference_database: str) -> set[str]:
    """The languages PIM Desk ships: its interface catalogues and its content's languages."""
    languages = {
        match.group(1)
        for path in (root / translations).glob("*.qm")
        if (match := re.search(r"_([a-z]{2})(?:_[A-Z]{2})?$", path.stem))
    }
    uri = f"{(root / reference_database).resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'languages'").fetchone()
    finally:
        connection.close()
    return languages | set(json.loads(row[0]) if row else [])
