"""The main window's commands: each a QAction with its shortcut, in the menus and the toolbar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from pimdesk.domain.records import record
from pimdesk.ui.widgets.style import icon
from pimdesk.ui.widgets.toolbar_buttons import keep_buttons_in_step

translate = QCoreApplication.translate
Key = QKeySequence.StandardKey


@record
class WindowActions:
    back: QAction
    forward: QAction
    home: QAction
    search: QAction
    bookmark: QAction
    show_bookmarks: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    next_area: QAction
    user_guide: QAction
    about: QAction
    close: QAction
    quit: QAction


def _action(window: QWidget, text: str, tip: str, shortcuts: list[QKeySequence]) -> QAction:
    action = QAction(text, window)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcuts(shortcuts)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def _keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        for sequence in (
            QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        ):
            if sequence not in sequences:
                sequences.append(sequence)
    return sequences


def create_actions(window: QMainWindow) -> WindowActions:
    actions = WindowActions(
        back=_action(
            window,
            translate("Window", "&Back"),
            translate("Window", "Go back (Alt+Left)"),
            # Not Backspace, which some platforms bind to Back: it left the page when pressed
            # in a list or on a check box.
            [key for key in _keys(Key.Back, "Alt+Left") if key != QKeySequence("Backspace")],
        ),
        forward=_action(
            window,
            translate("Window", "&Forward"),
            translate("Window", "Go forward (Alt+Right)"),
            _keys(Key.Forward, "Alt+Right"),
        ),
        home=_action(
            window,
            translate("Window", "Start &page"),
            translate("Window", "Go to the start page (Alt+Home)"),
            _keys("Alt+Home"),
        ),
        search=_action(
            window,
            translate("Window", "&Search"),
            translate("Window", "Search everything (Ctrl+K or Ctrl+F)"),
            _keys("Ctrl+K", Key.Find),
        ),
        bookmark=_action(
            window,
            translate("Window", "&Bookmark this page"),
            translate("Window", "Bookmark this page, or remove its bookmark (Ctrl+D)"),
            _keys("Ctrl+D"),
        ),
        show_bookmarks=_action(
            window,
            translate("Window", "&Show bookmarks"),
            translate("Window", "Bookmarks and recently viewed pages"),
            _keys("Ctrl+Shift+B"),
        ),
        zoom_in=_action(
            window,
            translate("Window", "Zoom &in"),
            translate("Window", "Larger text (Ctrl++)"),
            _keys(Key.ZoomIn, "Ctrl+="),
        ),
        zoom_out=_action(
            window,
            translate("Window", "Zoom &out"),
            translate("Window", "Smaller text (Ctrl+-)"),
            _keys(Key.ZoomOut),
        ),
        zoom_reset=_action(
            window,
            translate("Window", "&Normal size"),
            translate("Window", "Text at its normal size (Ctrl+0)"),
            _keys("Ctrl+0"),
        ),
        next_area=_action(
            window,
            translate("Window", "Next &area"),
            translate("Window", "Move between navigation, search and page (F6)"),
            _keys("F6"),
        ),
        user_guide=_action(
            window,
            translate("Window", "&User guide"),
            translate("Window", "How to use PIM Desk, and its keyboard shortcuts (F1)"),
            _keys(Key.HelpContents, "F1"),
        ),
        about=_action(
            window,
            translate("Window", "&About PIM Desk"),
            translate("Window", "Versions of the app and of its content, and the sources"),
            [],
        ),
        close=_action(
            window,
            translate("Window", "&Close window"),
            translate("Window", "Close the PIM Desk window (Ctrl+W)"),
            _keys("Ctrl+W"),
        ),
        quit=_action(
            window,
            translate("Window", "&Quit"),
            translate("Window", "Close PIM Desk"),
            _keys(Key.Quit, "Ctrl+Q"),
        ),
    )
    actions.bookmark.setCheckable(True)
    return actions


def build_menus(window: QMainWindow, actions: WindowActions) -> QMenu:
    """The menu bar; returns the Bookmarks menu, which lists the bookmarks as it opens."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Window", "&File"))
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)
    view_menu = bar.addMenu(translate("Window", "&View"))
    view_menu.setObjectName("viewMenu")  # View → Language is added to it (language_menu.py)
    for action in (actions.zoom_in, actions.zoom_out, actions.zoom_reset, actions.next_area):
        view_menu.addAction(action)
    go_menu = bar.addMenu(translate("Window", "&Go"))
    for action in (actions.back, actions.forward, actions.home, actions.search):
        go_menu.addAction(action)
    bookmarks_menu = bar.addMenu(translate("Window", "&Bookmarks"))
    bookmarks_menu.addAction(actions.bookmark)
    bookmarks_menu.addAction(actions.show_bookmarks)
    help_menu = bar.addMenu(translate("Window", "&Help"))
    help_menu.addAction(actions.user_guide)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    return bookmarks_menu


def build_toolbar(window: QMainWindow, actions: WindowActions, search_box: QWidget) -> QToolBar:
    toolbar = QToolBar(translate("Window", "Navigation"), window)
    toolbar.setObjectName("navigationToolbar")
    toolbar.setMovable(False)
    # Icons only, with the words in the tooltip and the accessible name: the row then fits a
    # 1024 px screen at 150% and does not change width when "Bookmark" becomes "Bookmarked".
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for action, name in (
        (actions.back, "back"),
        (actions.forward, "forward"),
        (actions.home, "home"),
        (actions.bookmark, "bookmark"),
    ):
        action.setIcon(icon(name))
    for action in (actions.back, actions.forward, actions.home):
        toolbar.addAction(action)
    toolbar.addWidget(search_box)
    toolbar.addAction(actions.bookmark)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and button is not search_box:
            button.setAccessibleName(action.text().replace("&", ""))
            button.setAccessibleDescription(action.toolTip())
    keep_buttons_in_step(toolbar)
    window.addToolBar(toolbar)
    return toolbar
