"""Regenerate the README's screenshots from the real app: `make screenshots`.

Starts PIM Desk's main window on a throw-away data folder (your own data is never touched),
walks it to each page as a user would and saves each view to docs/screenshots/*.png.
Runs offscreen (QT_QPA_PLATFORM=offscreen), each variant in its own process: every page kind in
the light and the dark palette at 1280×800, and the main pages on a 1024×600 screen and at 150%
on a 1366×768 screen, in English and in Arabic (file names small-en-*, small-ar-*, scaled-*).
These are the README's. Every page kind is also taken on both small screens, in both languages
and both palettes, into build/screenshots (not kept in git), to be looked at before a release.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget

from pimdesk.domain.selection import Constraint, PimSystem, RunStatus
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import apply_language, create_application, open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.style import apply_theme

SIZE = (1280, 800)
OUTPUT = Path(__file__).resolve().parent / "screenshots"
CHECKS = Path(__file__).resolve().parent.parent / "build" / "screenshots"
Step = Callable[[MainWindow], None]


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        QTest.qWait(30)


def go(location: Location) -> Step:
    return lambda window: window.go(location)


def search(query: str) -> Step:
    def step(window: MainWindow) -> None:
        window.search_box.setFocus()
        window.search_box.clear()
        QTest.keyClicks(window.search_box, query)

    return step


def clear_search(window: MainWindow) -> None:
    window.search_box.clear()


def glossary_filter(term_id: str) -> Step:
    def step(window: MainWindow) -> None:
        window.go(Location("glossary"))
        page = window.pages.currentWidget()
        name = window.services.reference.term(term_id).term  # in the language of the run
        page.filter_edit.setText(name[:6])  # type: ignore[attr-defined]  # QTest types ASCII only
        page.list_view.setFocus()  # type: ignore[attr-defined]
        QTest.keyClick(page.list_view, Qt.Key.Key_Down)  # type: ignore[attr-defined]

    return step


def needs_for(scenario_id: str, row: int) -> Step:
    def step(window: MainWindow) -> None:
        window.go(Location("matrix", "questions"))
        panel = window.pages.currentWidget().needs  # type: ignore[attr-defined]
        panel.scenario_choice.setCurrentIndex(panel.scenario_choice.findData(scenario_id))
        panel.list_view.setFocus()
        panel.list_view.setCurrentIndex(panel.proxy.index(row, 0))

    return step


CONTEXT = "Kasai floods 2026"


def add_context(services: Services) -> None:
    """A team's context, as the screenshots of the context builder show it."""
    selections = services.selections
    context = selections.create(
        CONTEXT, "protracted_emergency", place="Tshikapa, Kasai",
        organisation="Protection cluster", categories=("protection_monitoring", "case_management"),
        notes="Weekly coordination meeting; first briefing for the new partners.",
    )  # fmt: skip
    for system in (
        PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM",
                  "Site figures by age and sex", "Monthly", "dtm@example.org"),
        PimSystem("Camp registration", "population_data", RunStatus.PLANNED, "UNHCR"),
        PimSystem("Incident monitoring network", "protection_monitoring", RunStatus.OPERATING,
                  "Protection cluster", "Incident trends", "Weekly"),
    ):  # fmt: skip
        selections.add_system(context.id, system)
    selections.edit(context.id, constraints=(Constraint.PERSONAL_DATA_UNPROTECTED,))


def context_systems(window: MainWindow) -> None:
    selection = window.services.selections.find(CONTEXT)
    window.go(Location("selections", selection.id))
    for tabs in window.pages.currentWidget().findChildren(QTabWidget):
        tabs.setCurrentIndex(1)  # the limits, the systems map, its gaps and overlaps


def context_categories(window: MainWindow) -> None:
    selection = window.services.selections.find(CONTEXT)
    window.go(Location("selections", selection.id))
    for tabs in window.pages.currentWidget().findChildren(QTabWidget):
        tabs.setCurrentIndex(tabs.count() - 1)  # the suggested categories and their reasons


# (file name, the steps that lead there) — in this order, so the start page has a history.
SHOTS: list[tuple[str, list[Step]]] = [
    ("matrix", [go(Location("matrix"))]),
    ("category", [go(Location("category", "case_management"))]),
    ("glossary", [glossary_filter("refoulement")]),
    ("search", [go(Location("home")), search("informed consent")]),
    ("did-you-mean", [search("refulement")]),
    ("scenario", [clear_search, go(Location("scenario", "sudden_onset_emergency"))]),
    ("what-data-do-i-need", [needs_for("sudden_onset_emergency", 0)]),
    ("context", [context_categories]),
    ("context-systems", [context_systems]),
    ("start", [go(Location("home"))]),
]


def take(window: MainWindow, app: QApplication, name: str, steps: list[Step], folder: Path) -> Path:
    for step in steps:
        step(window)
        settle(app)
    target = folder / f"{name}.png"
    if not window.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    return target


# The variants: (file-name prefix, theme, screen size, scale, language, the shots to take).
# Each runs in its own process, as the screen, the scale and the language are set before Qt starts.
ALL = [name for name, _ in SHOTS]
FIT = ["start", "matrix", "category", "context", "search"]
Variant = tuple[str, tuple[int, int], str, str, list[str], Path]
VARIANTS: dict[str, Variant] = {
    "": ("light", (1280, 800), "1", "en", ALL, OUTPUT),
    "dark-": ("dark", (1280, 800), "1", "en", ALL, OUTPUT),
    "small-en-": ("light", (1024, 600), "1", "en", FIT, OUTPUT),
    "small-ar-": ("light", (1024, 600), "1", "ar", FIT, OUTPUT),
    "scaled-en-": ("light", (1366, 768), "1.5", "en", FIT, OUTPUT),
    "scaled-ar-": ("light", (1366, 768), "1.5", "ar", FIT, OUTPUT),
}
# The check set: every page kind, small screens, both languages, both palettes.
for _theme in ("light", "dark"):
    for _screen, _size, _scale in (("small", (1024, 600), "1"), ("scaled", (1366, 768), "1.5")):
        for _language in ("en", "ar"):
            VARIANTS[f"check-{_theme}-{_screen}-{_language}-"] = (
                _theme, _size, _scale, _language, ALL, CHECKS
            )  # fmt: skip


def screen_config(size: tuple[int, int]) -> str:
    """An offscreen screen of `size` pixels (an option of Qt's offscreen platform)."""
    folder = Path(tempfile.mkdtemp(prefix="pimdesk-screen-"))
    config = folder / "screen.json"
    width, height = size
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}), encoding="utf-8")
    return str(config)


def run_variant(prefix: str) -> int:
    """Take one variant's screenshots in this process (the environment is already set)."""
    theme, _size, _scale, language, names, output = VARIANTS[prefix]
    app = create_application()
    apply_theme(app, theme == "dark")
    with tempfile.TemporaryDirectory(prefix="pimdesk-screenshots-") as folder:
        services = Services(AppPaths.resolve(folder), language)
        translators = apply_language(app, language, services.paths.translations_dir)
        add_context(services)
        window = open_main_window(services)
        if prefix:
            window.fit_to_screen()  # as the app starts on that screen
        else:
            window.resize(*SIZE)
        window.show()
        settle(app)
        for name, steps in SHOTS:
            if name in names:
                shot = take(window, app, prefix + name, steps, output)
                print(shot.relative_to(OUTPUT.parent.parent))
        window.close()
        services.close()
        translators.remove(app)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", help="take one variant here (used by the driver)")
    parser.add_argument("--only", nargs="*", help="file-name prefixes of the variants to take")
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    CHECKS.mkdir(parents=True, exist_ok=True)
    if args.variant is not None:
        return run_variant(args.variant)
    for prefix, (_theme, size, scale, _language, _names, _folder) in VARIANTS.items():
        if (
            args.only
            and prefix.rstrip("-") not in args.only
            and not (prefix == "" and "light" in args.only)
        ):
            continue
        environment = dict(os.environ, QT_SCALE_FACTOR=scale)
        environment["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config(size)}"
        command = [sys.executable, __file__, "--variant", prefix]
        code = subprocess.run(command, env=environment, check=False).returncode
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
