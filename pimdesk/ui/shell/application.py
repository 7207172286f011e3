"""Start the desktop app: the Qt application, the main window, and the `--smoke` check.

`pimdesk --smoke` starts the GUI with everything loaded, waits until the event loop is idle,
prints `ready <milliseconds>` (since the process started) and exits 0. With the environment
variable PIMDESK_SMOKE_SCREENSHOT set to a file name, it also saves the screen there first.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from pimdesk import APP_NAME, __version__
from pimdesk.domain.errors import PimDeskError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.data.data_guard import start_data_guard
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.settings import UiSettings
from pimdesk.ui.shell.single_instance import SingleInstance
from pimdesk.ui.shell.translations import (
    Translators,
    choose_language,
    layout_direction,
    system_language,
)
from pimdesk.ui.widgets.style import apply_theme, requested_theme

SCREENSHOT_VARIABLE = "PIMDESK_SMOKE_SCREENSHOT"
# Said by Qt's offscreen platform (headless runs, tests) whenever a window's size limits change;
# it has no bearing on the app, and `--smoke` promises an empty stderr.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
translate = QCoreApplication.translate


def process_age_ms() -> int:
    """Milliseconds since this process started (Linux); elsewhere since Python's clock began."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = int(stat[19])  # field 22, 'starttime', in clock ticks since boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0, round((uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000))
    except (OSError, ValueError, IndexError):
        return round(time.perf_counter() * 1000)


def _print_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message != OFFSCREEN_NOISE:
        print(qFormatLogMessage(kind, context, message), file=sys.stderr)


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_print_qt_message)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pimdesk")
    app.setStyle("Fusion")  # the same widgets on every system, in the app's own palette
    apply_theme(app, requested_theme(os.environ.get("PIMDESK_THEME", "")))
    return app


def interface_language(requested: str | None, paths: AppPaths) -> str:
    """The language of this run: `--lang`, else the saved choice, else the system's."""
    saved = UiSettings(paths.settings_file).language
    return choose_language(requested, saved, system_language())


def apply_language(app: QApplication, language: str, catalogue_dir: Path) -> Translators:
    """Translate the interface into `language` and lay it out in that language's direction."""
    translators = Translators(language, catalogue_dir)
    translators.install(app)
    app.setLayoutDirection(layout_direction(language))
    return translators


def open_main_window(services: Services) -> MainWindow:
    """The window on its start page, with what happened to the content and the user's data at
    start shown in a banner."""
    window = MainWindow(services, UiSettings(services.paths.settings_file))
    window.show_notices(services.content_notices + services.startup_notices)
    window.go(Location("home"))
    return window


@dataclass
class Desktop:
    """The desktop app once started: its window holds the data folder until `close`."""

    app: QApplication
    services: Services
    instance: SingleInstance
    translators: Translators
    window: MainWindow

    def close(self) -> None:
        """Let go of the data folder, as the end of every run does."""
        self.services.close()
        self.instance.release()
        self.translators.remove(self.app)


def start_desktop(services: Services, on_terminal: bool = False) -> Desktop | int:
    """Start as every run does (`pimdesk`, `--smoke` and the soak): the one-window lock of the
    data folder, the language, the window shown, then the data guard. An exit code instead
    when this start must end (another window holds the folder, or the window cannot open);
    `on_terminal` says a failure on stderr rather than in a message box."""
    app = create_application()
    instance = SingleInstance(services.paths.data_dir)
    refused = hold_data_folder(instance, services.paths.data_dir)
    if refused is not None:
        services.close()
        return refused
    translators = apply_language(app, services.language, services.paths.translations_dir)
    try:
        window = open_main_window(services)
    except PimDeskError as error:
        if on_terminal:
            print(f"pimdesk: {error.message}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox  # only on a failure: off the start-up path

            QMessageBox.critical(None, APP_NAME, error.message)
        services.close()
        instance.release()
        translators.remove(app)
        return 1
    instance.bring_forward_requested.connect(lambda: bring_forward(window))
    window.show()
    start_data_guard(  # the full check and the daily backup: after the window shows
        services.data_safety,
        window.tasks,
        window.show_notices,
        window.tool_actions.user_data_replaced,
        window,
    )
    return Desktop(app, services, instance, translators, window)


def run_desktop(args: argparse.Namespace, services: Services) -> int:
    desktop = start_desktop(services, on_terminal=args.smoke)
    if isinstance(desktop, int):
        return desktop
    if args.smoke:
        window = desktop.window
        # Two turns of the event loop: the first shows and paints, the second finds it idle.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: finish_smoke(window)))
    code = desktop.app.exec()
    desktop.close()
    return code


def hold_data_folder(instance: SingleInstance, data_dir: Path) -> int | None:
    """None when this start is now the window of `data_dir`, else its exit code. A window that
    already is one is asked to come forward (exit 0), and the user is told on the terminal;
    exit 1 when it does not answer or the folder cannot be used."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"pimdesk: the data folder {data_dir} cannot be used ({error.strerror}).",
              file=sys.stderr)  # fmt: skip
        return 1
    if instance.acquire():
        return None
    if instance.ask_first_to_come_forward():
        print(
            f"pimdesk: PIM Desk is already open on {data_dir}; its window was brought forward.",
            file=sys.stderr,
        )
        return 0
    print(
        f"pimdesk: PIM Desk is already open on {data_dir} but does not answer; wait for it to "
        "finish starting, or close it.",
        file=sys.stderr,
    )
    return 1


def bring_forward(window: MainWindow) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def finish_smoke(window: MainWindow) -> None:
    target = os.environ.get(SCREENSHOT_VARIABLE)
    if target:
        save_screenshot(window, Path(target))
    print(f"ready {process_age_ms()}", flush=True)
    window.close()
    QApplication.exit(0)


def save_screenshot(window: MainWindow, target: Path) -> None:
    """The whole screen on a real display (what a person would see), else the window."""
    screen = window.screen()
    image = screen.grabWindow(0) if QGuiApplication.platformName() == "xcb" else window.grab()
    if image.isNull():
        image = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        print(f"pimdesk: the screenshot could not be saved to {target}", file=sys.stderr)
