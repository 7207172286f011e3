"""Regenerate the README's screenshots from the real app: `make screenshots`.

Starts PIM Desk's main window on a throw-away data folder (your own data is never touched),
walks it to each page as a user would and saves each view to docs/screenshots/*.png.
Runs offscreen by default (QT_QPA_PLATFORM=offscreen); under a real or virtual X display it
draws exactly the same widgets.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget

from pimdesk.domain.selection import Constraint, PimSystem, RunStatus
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import create_application, open_main_window
from pimdesk.ui.shell.main_window import MainWindow

SIZE = (1280, 800)
OUTPUT = Path(__file__).resolve().parent / "screenshots"
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


def glossary_filter(text: str) -> Step:
    def step(window: MainWindow) -> None:
        window.go(Location("glossary"))
        page = window.pages.currentWidget()
        QTest.keyClicks(page.filter_edit, text)  # type: ignore[attr-defined]
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


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#26282b"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#1d1f21"),
        (QPalette.ColorRole.AlternateBase, "#34373b"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303236"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#4b8fd8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


# (file name, the steps that lead there) — in this order, so the start page has a history.
SHOTS: list[tuple[str, list[Step]]] = [
    ("matrix", [go(Location("matrix"))]),
    ("category", [go(Location("category", "case_management"))]),
    ("glossary", [glossary_filter("refoul")]),
    ("search", [go(Location("home")), search("informed consent")]),
    ("did-you-mean", [search("refulement")]),
    ("scenario", [clear_search, go(Location("scenario", "sudden_onset_emergency"))]),
    ("what-data-do-i-need", [needs_for("sudden_onset_emergency", 0)]),
    ("context", [context_categories]),
    ("context-systems", [context_systems]),
    ("start", [go(Location("home"))]),
]


def take(window: MainWindow, app: QApplication, name: str, steps: list[Step]) -> Path:
    for step in steps:
        step(window)
        settle(app)
    target = OUTPUT / f"{name}.png"
    if not window.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="names of the screenshots to take")
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="pimdesk-screenshots-") as folder:
        services = Services(AppPaths.resolve(folder))
        add_context(services)
        window = open_main_window(services)
        window.resize(*SIZE)
        window.show()
        settle(app)
        for name, steps in SHOTS:
            if not args.only or name in args.only:
                print(take(window, app, name, steps).relative_to(OUTPUT.parent.parent))
        if not args.only or "dark" in args.only:
            app.setPalette(dark_palette())
            print(
                take(
                    window,
                    app,
                    "dark",
                    [go(Location("category", "security_situational_awareness"))],
                ).relative_to(OUTPUT.parent.parent)
            )
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
