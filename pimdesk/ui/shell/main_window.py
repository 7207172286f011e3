"""The main window: navigation pane, search box, the page area, history and bookmarks."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pimdesk import APP_NAME
from pimdesk.domain.errors import NotFoundError, PimDeskError
from pimdesk.services.container import Services
from pimdesk.ui.browse.list_models import NavigationModel, visit_rows
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.browse.visit_titles import titles_now
from pimdesk.ui.locations import History, Location
from pimdesk.ui.shell.bookmarks_menu import BookmarksMenu
from pimdesk.ui.shell.context_actions import ContextActions
from pimdesk.ui.shell.language_menu import attach_language_menu
from pimdesk.ui.shell.mouse_buttons import HistoryButtons
from pimdesk.ui.shell.page_stack import PageContext, PageFactory, PageStack
from pimdesk.ui.shell.search_box import SearchBox
from pimdesk.ui.shell.search_controller import SearchController
from pimdesk.ui.shell.settings import ZOOM_MAX, ZOOM_MIN, UiSettings
from pimdesk.ui.shell.shortcut_guard import WindowShortcutsFirst
from pimdesk.ui.shell.tool_actions import ToolActions
from pimdesk.ui.shell.window_actions import build_menus, build_toolbar, create_actions
from pimdesk.ui.widgets.focus_ring import FocusRing
from pimdesk.ui.widgets.message_bar import MessageBar
from pimdesk.ui.widgets.model_index import LOCATION_ROLE
from pimdesk.ui.widgets.page_html import RenderedPage, heading, paragraph, text
from pimdesk.ui.widgets.style import icon
from pimdesk.ui.widgets.tasks import BackgroundTasks

translate = QCoreApplication.translate
RECENT_ON_START_PAGE = 8
ZOOM_FACTOR = 1.12
_SYSTEM_FONT = "pimdeskSystemFont"  # an application property: the font before any zoom
DEFAULT_SIZE = QSize(1200, 760)
FRAME_ALLOWANCE = 16  # px for the window manager's frame and title bar


def system_font() -> QFont:
    """The application's font as the system gave it, before any zoom changed it."""
    app = QCoreApplication.instance()
    saved = app.property(_SYSTEM_FONT) if app is not None else None
    if isinstance(saved, QFont):
        return QFont(saved)
    font = QFont(QApplication.font())
    if app is not None:
        app.setProperty(_SYSTEM_FONT, font)
    return font


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: UiSettings,
        page_factories: Mapping[str, PageFactory] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services = services
        self.settings = settings
        self.history = History()
        self.current_title = ""
        self._shown_before = False
        self._opening_result = False
        self.tasks = BackgroundTasks(self)
        retitle = titles_now(services)  # recent pages under today's names, in today's language
        renderer = PageRenderer(
            services.reference, lambda: retitle(services.navigation.recent(RECENT_ON_START_PAGE))
        )
        self.pages = PageStack(PageContext(services, renderer, self.tasks), page_factories)
        self.pages.link_activated.connect(self.go)
        self.pages.link_hovered.connect(self._link_hovered)
        self.pages.title_changed.connect(self._retitle)
        self.search_box = SearchBox()
        self.search = SearchController(
            services.reference, self.search_box, self.pages, self._show_current_page
        )
        self.history_buttons = HistoryButtons(self)
        self.navigation_model = NavigationModel(parent=self)
        self.navigation_view = self._navigation_pane()
        self.message_bar = MessageBar()
        self.actions_ = create_actions(self)
        self.bookmarks_menu = BookmarksMenu(
            build_menus(self, self.actions_),
            lambda: visit_rows(retitle(services.navigation.bookmarks())),
            self.go,
        )
        # File → New context, Import selection
        self.context_actions = ContextActions(self, self.pages, self.go, self.actions_.quit)
        self.toolbar = build_toolbar(self, self.actions_, self.search_box)
        self.splitter = self._layout()
        self._connect()
        self._status_line()
        # File → Export PDF, Tools → Update content, Help → Check my data (and their refreshes)
        self.tool_actions = ToolActions(self)
        self.language_menu = attach_language_menu(
            self, settings, services.language, services.reference.info.languages
        )
        self.focus_ring = FocusRing(self)
        self.shortcut_guard = WindowShortcutsFirst(self)
        self.setWindowTitle(APP_NAME)
        self.apply_zoom(settings.zoom)
        self._restore_layout()
        self.history_buttons.watch(self)

    # ------------------------------------------------------------------ building
    def _navigation_pane(self) -> QListView:
        view = QListView()
        view.setObjectName("navigationPane")
        view.setModel(self.navigation_model)
        view.setAccessibleName(translate("Window", "Sections"))
        view.setAccessibleDescription(
            translate("Window", "The parts of PIM Desk; press Enter to open one")
        )
        view.setMinimumWidth(150)
        view.setSpacing(3)
        view.clicked.connect(self._section_chosen)
        view.activated.connect(self._section_chosen)
        return view

    def _layout(self) -> QSplitter:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation_view)
        splitter.addWidget(central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.setCentralWidget(splitter)
        QWidget.setTabOrder(self.navigation_view, self.search_box)
        return splitter

    def _connect(self) -> None:
        actions = self.actions_
        actions.back.triggered.connect(self.back)
        actions.forward.triggered.connect(self.forward)
        actions.home.triggered.connect(lambda: self.go(Location("home")))
        actions.search.triggered.connect(self.focus_search)
        actions.bookmark.triggered.connect(self.set_bookmark)
        actions.show_bookmarks.triggered.connect(self.show_bookmarks)
        actions.zoom_in.triggered.connect(lambda: self.apply_zoom(self.settings.zoom + 1))
        actions.zoom_out.triggered.connect(lambda: self.apply_zoom(self.settings.zoom - 1))
        actions.zoom_reset.triggered.connect(lambda: self.apply_zoom(0))
        actions.next_area.triggered.connect(self.focus_next_area)
        actions.about.triggered.connect(self.show_about)
        actions.user_guide.triggered.connect(self.show_user_guide)
        actions.close.triggered.connect(self.close)
        actions.quit.triggered.connect(self.close)
        self.search.result_opened.connect(self._open_result)
        self.search.search_shown.connect(self._search_shown)
        self.history_buttons.back_pressed.connect(self.back)
        self.history_buttons.forward_pressed.connect(self.forward)
        self.pages.widgetAdded.connect(lambda i: self.history_buttons.watch(self.pages.widget(i)))

    def _status_line(self) -> None:
        info = self.services.reference.info
        label = QLabel(
            translate("Window", "Content {version} of {date}").format(
                version=info.version, date=info.date.isoformat()
            )
        )
        # Read by its text (what it says); what it is goes in the description (D25).
        label.setAccessibleDescription(translate("Window", "Content version"))
        self.statusBar().addPermanentWidget(label)
        self.content_label = label

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen's free area (small laptops, 150% scaling)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        # Leave room for the frame the window manager adds around the client area.
        room = available.size() - QSize(FRAME_ALLOWANCE, FRAME_ALLOWANCE * 2)
        size = self.size().boundedTo(room).expandedTo(self.minimumSizeHint().boundedTo(room))
        if size != self.size():
            self.resize(size)
        frame = self.frameGeometry()
        if not available.contains(frame):
            left = min(max(frame.left(), available.left()), available.right() - frame.width())
            top = min(max(frame.top(), available.top()), available.bottom() - frame.height())
            self.move(max(left, available.left()), max(top, available.top()))

    # ------------------------------------------------------------------ going places
    @Slot(object)
    def go(self, location: Location) -> None:
        """Open `location`, as a new step in the history."""
        if location.kind == "new-context":  # an action, not a page: it opens the new context
            self._start_context(location.id)
            return
        self.history.visit(location)
        self._display(location)

    def _start_context(self, origin: str) -> None:
        self.go(Location("selections"))
        page = self.pages.page("selections")
        if hasattr(page, "start_context"):
            page.start_context(origin)

    @Slot()
    def back(self) -> None:
        if self.search.active:  # back from the results is back to the page searched from
            self.search.leave()
            return
        location = self.history.back()
        if location is not None:
            self._display(location)

    @Slot()
    def forward(self) -> None:
        location = self.history.forward()
        if location is not None:
            self._display(location)

    def _display(self, location: Location) -> None:
        try:
            title = self.pages.show_location(location)
        except NotFoundError as error:
            title = self._show_missing(error)
        self.current_title = title
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self._select_section(location.section)
        if not self._opening_result and self.search_box.text():
            self.search_box.clear()  # a query left in the box after leaving it is stale (P6)
        self.actions_.back.setEnabled(self.history.can_go_back)
        self.actions_.forward.setEnabled(self.history.can_go_forward)
        self._remember_visit(location, title)

    def _show_missing(self, error: NotFoundError) -> str:
        from pimdesk.ui.browse.document_page import DocumentPage

        title = translate("Window", "Page not found")
        page = self.pages.page("document")
        assert isinstance(page, DocumentPage)
        page.view.show_page(RenderedPage(title, heading(1, title) + paragraph(text(str(error)))))
        self.pages.setCurrentWidget(page)
        return title

    def _remember_visit(self, location: Location, title: str) -> None:
        navigation = self.services.navigation
        try:
            # The start page and the bookmarks page itself are not worth a line in "recent".
            if location.kind not in ("home", "bookmarks"):
                navigation.visited(location.kind, location.id, title)
            self._show_bookmark_state(navigation.is_bookmarked(location.kind, location.id))
        except PimDeskError as error:  # e.g. a full disk: browsing goes on, the user is told
            self.statusBar().showMessage(str(error), 10_000)

    def _select_section(self, section: str) -> None:
        row = self.navigation_model.row_of(section)
        index = self.navigation_model.index(row, 0) if row >= 0 else QModelIndex()
        self.navigation_view.setCurrentIndex(index)

    @Slot(QModelIndex)
    def _section_chosen(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None and (location != self.history.current or self.search.active):
            self.go(location)

    @Slot(str)
    def _link_hovered(self, address: str) -> None:
        self.statusBar().showMessage(address)

    # ------------------------------------------------------------------ bookmarks
    @Slot(bool)
    def set_bookmark(self, on: bool) -> None:
        location = self.history.current
        if location is None:
            return
        try:
            self.services.navigation.set_bookmark(
                location.kind, location.id, self.current_title, on
            )
        except PimDeskError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, APP_NAME, str(error))
            on = not on
        self._show_bookmark_state(on)
        message = (
            translate("Window", "Bookmarked.") if on else translate("Window", "Bookmark removed.")
        )
        self.statusBar().showMessage(message, 4000)

    @Slot()
    def show_bookmarks(self) -> None:
        """Ctrl+Shift+B: the bookmarks page, its list focused so that Delete removes one."""
        self.go(Location("bookmarks"))
        self.pages.focus_current()

    def _show_bookmark_state(self, on: bool) -> None:
        action = self.actions_.bookmark
        action.setChecked(on)
        action.setText(
            translate("Window", "&Bookmarked") if on else translate("Window", "&Bookmark this page")
        )
        action.setIcon(icon("bookmark-filled" if on else "bookmark"))
        button = self.toolbar.widgetForAction(action) if hasattr(self, "toolbar") else None
        if button is not None:
            button.setAccessibleName(action.text().replace("&", ""))

    # ------------------------------------------------------------------ search
    @Slot()
    def focus_search(self) -> None:
        self.search.focus()

    @Slot()
    def _search_shown(self) -> None:
        self.setWindowTitle(translate("Window", "Search — {app}").format(app=APP_NAME))
        # The results are no section: the pane highlights none while they are shown (P6).
        self.navigation_view.selectionModel().clear()

    @Slot(object)
    def _open_result(self, location: Location) -> None:
        self._opening_result = True  # the query stays, to go back to its results
        try:
            self.go(location)
        finally:
            self._opening_result = False
        self.pages.focus_current()

    @Slot(str)
    def _retitle(self, title: str) -> None:
        """The page shown was renamed (D18): the window's title says the new name."""
        self.current_title = title
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def _show_current_page(self) -> None:
        """Show the current page again (after a search) without recording a new visit."""
        location = self.history.current
        if location is None:
            return
        try:
            self.pages.show_location(location)
        except NotFoundError as error:
            self._show_missing(error)
        self.setWindowTitle(f"{self.current_title} — {APP_NAME}")
        self._select_section(location.section)

    # ------------------------------------------------------------------ comfort
    def apply_zoom(self, steps: int) -> None:
        """Text in `steps` from the system's size, everywhere: pages, navigation, toolbar, menus
        and dialogs (D26), as it is the application's font that changes."""
        steps = max(ZOOM_MIN, min(ZOOM_MAX, steps))
        base = system_font()
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * ZOOM_FACTOR**steps)
        QApplication.setFont(font)
        # Qt posts the change to each widget: deliver it now, so that it is one step on screen.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        if steps != self.settings.zoom:
            self.settings.set_zoom(steps)
        self.actions_.zoom_in.setEnabled(steps < ZOOM_MAX)
        self.actions_.zoom_out.setEnabled(steps > ZOOM_MIN)

    @Slot()
    def focus_next_area(self) -> None:
        focused = QApplication.focusWidget()
        if focused is self.navigation_view:
            self.focus_search()
        elif focused is self.search_box:
            self.pages.focus_current()
        else:
            self.navigation_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def show_about(self) -> None:
        from pimdesk.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self.services.reference.info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_user_guide(self) -> None:
        from pimdesk.ui.shell.user_guide import UserGuideDialog

        guide = self.findChild(UserGuideDialog, "userGuide")
        if guide is None:  # one guide window, raised again on the next F1
            guide = UserGuideDialog(self)
        guide.show()
        guide.activateWindow()

    def show_notices(self, notices: tuple[str, ...]) -> None:
        self.message_bar.show_messages(notices)

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_before:  # the first thing most people do is look something up
            self._shown_before = True
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.history_buttons.handle(event):
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        self.focus_ring.detach()
        QApplication.setFont(system_font())  # the zoom is the window's; it goes with it
        super().closeEvent(event)
