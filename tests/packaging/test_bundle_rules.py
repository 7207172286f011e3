"""What the spec bundles is derived from the code: modules, Qt modules, resources, languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bundle_rules
import pytest

from pimdesk import paths
from tests.conftest import BUNDLED_REFERENCE, ROOT


def test_every_module_of_the_package_is_frozen() -> None:
    modules = bundle_rules.package_modules()
    files = list((ROOT / "pimdesk").rglob("*.py"))
    assert len(modules) == len(files) == len(set(modules))
    assert {"pimdesk", "pimdesk.app", "pimdesk.ui.shell.application",
            "pimdesk.cli.selftest_commands", "pimdesk.briefing"} <= set(modules)  # fmt: skip
    assert not [name for name in modules if name.endswith("__init__")]


def test_imports_inside_functions_are_found(tmp_path: Path) -> None:
    package = tmp_path / "demo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "view.py").write_text(
        "def show():\n    from PySide6.QtSvgWidgets import QSvgWidget\n    import PySide6.QtGui\n"
        "from . import sibling\n"
    )
    assert bundle_rules.used_qt_modules(package) == {"PySide6.QtSvgWidgets", "PySide6.QtGui"}


def test_the_qt_modules_pim_desk_uses_are_never_excluded() -> None:
    used = bundle_rules.used_qt_modules()
    assert "PySide6.QtWidgets" in used
    loaded = bundle_rules.qt_modules_loaded_by(used)
    assert {"PySide6.QtCore", "PySide6.QtGui"} <= loaded
    available = bundle_rules.available_qt_modules()
    excluded = bundle_rules.excluded_modules(used, available, loaded)
    assert not (used | loaded) & set(excluded)
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"} & available <= set(excluded)
    assert "PIL" not in excluded and "PIL.Image" not in excluded  # reportlab imports it


def test_resources_land_at_their_paths_relative_to_the_checkout() -> None:
    datas = bundle_rules.bundled_resources(
        ROOT, paths.BUNDLED_RESOURCES, paths.BUILD_ONLY_RESOURCES
    )
    destinations = {Path(source).name: folder for source, folder in datas}
    assert destinations["pimdesk-reference.sqlite"] == "db"
    assert destinations["DejaVuSans.ttf"] == "resources/fonts"
    assert destinations["LICENSE-DejaVu.txt"] == "resources/fonts"
    assert destinations["pimdesk.svg"] == "resources/icons"
    assert not [source for source, _ in datas if "/resources/content/" in source]


def test_translation_sources_and_hidden_files_stay_out(tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for name in ("pimdesk_fr.qm", "pimdesk_fr.ts", ".DS_Store"):
        (tmp_path / "resources" / "i18n" / name).write_bytes(b"x")
    datas = bundle_rules.bundled_resources(tmp_path, ["resources/i18n"], [])
    assert [Path(source).name for source, _ in datas] == ["pimdesk_fr.qm"]


def test_an_undeclared_resources_folder_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "style").mkdir()
    with pytest.raises(SystemExit, match="resources/style: neither BUNDLED_RESOURCES"):
        bundle_rules.bundled_resources(tmp_path, ["resources/fonts"], [])


def test_shipped_languages_are_the_catalogues_and_the_content_s(tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "pimdesk_fr.qm").write_bytes(b"")
    (tmp_path / "i18n" / "pimdesk_pt_BR.qm").write_bytes(b"")
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "ref.sqlite").write_bytes(BUNDLED_REFERENCE.read_bytes())
    languages = bundle_rules.shipped_languages(tmp_path, "i18n", "db/ref.sqlite")
    assert languages == {"en", "fr", "es", "ar", "pt"}  # the content's four, and Portuguese


def test_the_app_works_without_the_modules_the_spec_leaves_out(data_dir: Path) -> None:
    """A source run that cannot import what the spec excludes still passes its self-test,
    PDF export included: the exclusions only drop weight."""
    blocked = [name for name in bundle_rules.UNUSED_OPTIONAL_IMPORTS if name.startswith("PIL")]
    blocked += bundle_rules.UNUSED_STANDARD_MODULES
    script = (
        "import sys\n"
        f"BLOCKED = {blocked!r}\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if any(name == b or name.startswith(b + '.') for b in BLOCKED):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from pimdesk.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIMDESK_")}
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(data_dir), "self-test", "--json"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ok"] is True


def test_the_package_carries_the_reference_database_packed(tmp_path: Path) -> None:
    datas = bundle_rules.bundled_resources(
        bundle_rules.ROOT, paths.BUNDLED_RESOURCES, paths.BUILD_ONLY_RESOURCES
    )
    database = bundle_rules.ROOT / paths.REFERENCE_DATABASE
    packed = tmp_path / "pimdesk-reference.sqlite.xz"
    swapped = bundle_rules.with_packed_reference(datas, database, packed)
    assert (str(packed), "db") in swapped and len(swapped) == len(datas)
    assert all(Path(source).resolve() != database.resolve() for source, _ in swapped)
    with pytest.raises(SystemExit):
        bundle_rules.with_packed_reference(swapped, database, packed)  # nothing left to swap
