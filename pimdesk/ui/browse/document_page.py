"""The page area's reader: every page that is rich text (categories, cells, scenarios...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.page_view import PageView

translate = QCoreApplication.translate


class DocumentPage(QWidget):
    link_activated = Signal(object)  # Location
    link_hovered = Signal(str)
    export_document_requested = Signal(str, str)  # document kind, record ID: the Export dialog

    def __init__(self, renderer: PageRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._category_id = ""
        self.view = PageView(self)
        self.view.setObjectName("documentView")
        self.view.setAccessibleName(translate("DocumentPage", "Page"))
        self.view.link_activated.connect(self.link_activated)
        self.view.link_hovered.connect(self.link_hovered)
        # Made after the view, so Tab reaches the page's text before the button above it.
        self.export_button = QPushButton(translate("DocumentPage", "E&xport this category sheet…"))
        self.export_button.setAccessibleName(
            translate("DocumentPage", "Export this category sheet")
        )
        self.export_button.setAccessibleDescription(
            translate("DocumentPage", "A PDF of this category on one or two pages, to hand out")
        )
        self.export_button.clicked.connect(self._export_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.export_button.hide()

    def show_location(self, location: Location) -> str:
        page = self._renderer.render(location)
        self.view.show_page(page, location.anchor)
        self._category_id = location.id if location.kind == "category" else ""
        self.export_button.setVisible(bool(self._category_id))
        return page.title

    @Slot()
    def _export_clicked(self) -> None:
        self.export_document_requested.emit("category_sheet", self._category_id)

    def focus_widget(self) -> QWidget:
        return self.view
