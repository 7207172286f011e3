"""The 'What data do I need?' panel: pick a question or a data need, see who produces it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.needs_model import NeedsFilter, NeedsModel, need_entries
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.group_delegate import GroupHeadingDelegate
from pimdesk.ui.widgets.model_index import LOCATION_ROLE
from pimdesk.ui.widgets.named_controls import clear_button
from pimdesk.ui.widgets.page_html import RenderedPage, paragraph, text
from pimdesk.ui.widgets.page_view import PageView

translate = QCoreApplication.translate


class NeedsPanel(QSplitter):
    link_activated = Signal(object)  # Location

    def __init__(
        self, reference: ReferenceService, renderer: PageRenderer, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._renderer = renderer
        self.model = NeedsModel(need_entries(reference), self)
        self.proxy = NeedsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("NeedsPanel", "Filter questions and needs"))
        clear_button(self.filter_edit)
        self.filter_edit.setAccessibleName(translate("NeedsPanel", "Filter"))
        self.filter_edit.setAccessibleDescription(
            translate("NeedsPanel", "Show only the questions and needs with these words")
        )
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.scenario_choice = QComboBox()
        self.scenario_choice.setAccessibleName(translate("NeedsPanel", "Scenario"))
        self.scenario_choice.setAccessibleDescription(
            translate("NeedsPanel", "Show the needs of one scenario only")
        )
        self.scenario_choice.addItem(translate("NeedsPanel", "Every scenario"), "")
        for scenario in reference.scenarios:
            self.scenario_choice.addItem(scenario.name, scenario.id)
        self.scenario_choice.currentIndexChanged.connect(self._scenario_changed)
        self.list_view = QListView()
        self.list_view.setItemDelegate(GroupHeadingDelegate(self.list_view))
        self.list_view.setModel(self.proxy)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setSpacing(2)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(translate("NeedsPanel", "Questions and data needs"))
        self.list_view.setAccessibleDescription(
            translate("NeedsPanel", "Choose one to see the categories that produce it")
        )
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(self._open)
        self.preview = PageView()
        self.preview.setAccessibleName(translate("NeedsPanel", "Categories that produce it"))
        self.preview.link_activated.connect(self.link_activated)
        self.addWidget(self._left_side())
        self.addWidget(self.preview)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self._show_placeholder()

    def _left_side(self) -> QWidget:
        side = QWidget()
        form = QFormLayout()
        form.addRow(translate("NeedsPanel", "&Filter:"), self.filter_edit)
        form.addRow(translate("NeedsPanel", "&Scenario:"), self.scenario_choice)
        intro = QLabel(
            translate(
                "NeedsPanel",
                "Start from what you need to know: choose a question or a data need to see "
                "which categories produce it.",
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.list_view, 1)
        return side

    def _show_placeholder(self) -> None:
        hint = translate("NeedsPanel", "Choose a question or a data need on the left.")
        self.preview.show_page(RenderedPage(hint, paragraph(text(hint), "muted")))

    @Slot(int)
    def _scenario_changed(self, index: int) -> None:
        self.proxy.set_scenario(str(self.scenario_choice.itemData(index) or ""))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        location = Location.parse(current.data(LOCATION_ROLE) or "") if current.isValid() else None
        if location is not None:
            self.preview.show_page(self._renderer.render(location))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None:
            self.link_activated.emit(location)

    def focus_widget(self) -> QWidget:
        return self.filter_edit
