"""The page area's reader: every page that is rich text (categories, cells, scenarios...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pimdesk.ui.locations import Location
from pimdesk.ui.page_renderer import PageRenderer
from pimdesk.ui.page_view import PageView

translate = QCoreApplication.translate


class DocumentPage(QWidget):
    link_activated = Signal(object)  # Location
    link_hovered = Signal(str)

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self.view = PageView(self)
        self.view.setObjectName("documentView")
        self.view.setAccessibleName(translate("DocumentPage", "Page"))
        self.view.link_activated.connect(self.link_activated)
        self.view.link_hovered.connect(self.link_hovered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_location(self, location: Location) -> str:
        page = self._renderer.render(location)
        self.view.show_page(page, location.anchor)
        return page.title

    def focus_widget(self) -> QWidget:
        return self.view
