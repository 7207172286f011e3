"""The same-window floor: PIM Desk's start window rebuilt in plain PySide6, no PIM Desk code.

python bench/floor_replica.py START_PAGE.html

Six menus (eight QMenus), 36 actions of which 14 have shortcuts, a toolbar with a search field
(clear button), a splitter with an 11-row list and a text browser showing the real start page,
a hidden message bar and a status label; shown, two event-loop turns, closed. What Qt itself
costs for this window: start-up is compared with it as well as with the bare window.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

MENUS = {
    "&File": 8, "&Edit": 5, "&View": 6, "&Go": 6, "&Bookmarks": 5, "&Help": 6,
}  # fmt: skip
SUBMENUS = ("&Language", "&Recent contexts")
SHORTCUTS = (
    "Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+P", "Ctrl+Q", "Ctrl+K", "Ctrl+F", "Ctrl+D", "Alt+Left",
    "Alt+Right", "Alt+Home", "Ctrl+B", "F1", "Ctrl++",
)  # fmt: skip
ROWS = (
    "Start", "Contexts", "PIM Matrix", "Categories", "Elements", "Scenarios", "Glossary",
    "Principles", "Data sharing", "Bookmarks", "About PIM",
)  # fmt: skip


# Said by Qt's offscreen platform when a window's size limits change; the app drops it too.
NOISE = "This plugin does not support propagateSizeHints()"


def _quiet(_mode: object, _context: object, message: str) -> None:
    if message != NOISE:
        sys.stderr.write(message + "\n")


def main() -> int:
    qInstallMessageHandler(_quiet)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    bar, count = window.menuBar(), 0
    for title, actions in MENUS.items():
        menu = bar.addMenu(title)
        for number in range(actions):
            action = QAction(f"{title} action {number}", window)
            if count < len(SHORTCUTS):
                action.setShortcut(QKeySequence(SHORTCUTS[count]))
            menu.addAction(action)
            count += 1
    for title in SUBMENUS:
        submenu = QMenu(title, window)
        submenu.addAction(QAction(f"{title} item", window))
        bar.actions()[2].menu().addMenu(submenu)
    toolbar = QToolBar("Navigation", window)
    for action in bar.actions()[3].menu().actions()[:4]:
        toolbar.addAction(action)
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setPlaceholderText("Search (Ctrl+K)")
    toolbar.addWidget(search)
    window.addToolBar(toolbar)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    listing = QListView()
    listing.setModel(QStringListModel(list(ROWS), listing))
    page = QWidget()
    column = QVBoxLayout(page)
    message = QFrame()
    QHBoxLayout(message).addWidget(QLabel("message"))
    message.hide()
    browser = QTextBrowser()
    browser.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
    column.addWidget(message)
    column.addWidget(browser)
    splitter.addWidget(listing)
    splitter.addWidget(page)
    splitter.setSizes([260, 840])
    window.setCentralWidget(splitter)
    window.statusBar().addPermanentWidget(QLabel("Content 1.1.0"))
    window.show()
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    app.exec()
    print("ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
