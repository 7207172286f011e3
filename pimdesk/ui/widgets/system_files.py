"""Hand a written file to the system: open it, show it in its folder, print it; and whether to
choose files with the system's own dialogs.

Printing goes through the system too: Qt's essentials cannot draw a PDF, and the system's PDF
viewer prints it as it is. On Windows the file's "print" verb sends it to the printer straight
away; elsewhere the PDF opens in the viewer, where the user prints it with its own dialog.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


def use_native_dialogs() -> bool:
    """The system's file dialogs, except offscreen (tests, `--smoke`), where Qt's own are used
    so that a test can drive them."""
    return QGuiApplication.platformName() != "offscreen"


def open_file(path: Path) -> bool:
    """Open `path` in the application the system uses for it. False if none would."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the file's folder with the file selected where the file manager can do that."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))


class Printing(Enum):
    SENT = "sent"  # on its way to the printer
    OPENED = "opened"  # open in the viewer, to be printed from there
    FAILED = "failed"  # nothing on this system opens PDFs


def print_file(path: Path) -> Printing:
    """Print through the system: straight to the printer where the system can, else in the
    PDF viewer."""
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        except OSError:  # no application registered to print PDFs: try opening it instead
            pass
        else:
            return Printing.SENT
    return Printing.OPENED if open_file(path) else Printing.FAILED
