"""The PIM Matrix page, approached three ways: the grid (by category), by row, by question."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTextBoundaryFinder,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.document_languages import labels_for
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.matrix_model import HEADER_WIDTH, MatrixModel, MatrixState
from pimdesk.ui.browse.needs_panel import NeedsPanel
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.flow_layout import flow_row
from pimdesk.ui.widgets.model_index import LOCATION_ROLE
from pimdesk.ui.widgets.named_controls import name_corner_button, visible_name

translate = QCoreApplication.translate
COLUMN_WIDTH = 230
ROW_HEADER_WIDTH = 150
COMPACT_MINIMUM = 92  # px per category column in the compact view
COMPACT_ROW_HEADER = 96
ROW_CHOICE_LETTERS = 24
COMPACT_HEADER_LETTERS = 12
HEADER_FONT_FLOOR = 0.85  # the compact header's font, at its smallest (still read with ease)


def widest_piece(metrics: QFontMetrics, text: str) -> int:
    """The width of the widest piece of `text` that a wrapped line cannot break (a word, or
    a part of one between slashes or hyphens), where Qt's line breaking would break it."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    widest, start = 0, 0
    while (end := finder.toNextBoundary()) != -1:
        widest = max(widest, metrics.horizontalAdvance(text[start:end].rstrip()))
        start = end
    return widest


class MatrixGrid(QTableView):
    """The grid of categories × elements; Enter or a double click opens a cell in full."""

    location_chosen = Signal(object)  # Location

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move within it
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(COLUMN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(lambda s: self._open_header(Qt.Orientation.Horizontal, s))
        rows = self.verticalHeader()
        rows.setSectionsClickable(True)
        rows.setMinimumWidth(ROW_HEADER_WIDTH)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        rows.sectionClicked.connect(lambda s: self._open_header(Qt.Orientation.Vertical, s))
        self.activated.connect(self._open_cell)
        self._resize_timer = QTimer(self, singleShot=True, interval=0)
        self._resize_timer.timeout.connect(self._fit_header_font)
        self._resize_timer.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(self._resize_timer.start)
        self._compact = True
        self._minimum_key: tuple[str, ...] = ()
        self._minimums = (COMPACT_MINIMUM, COMPACT_MINIMUM)
        self.set_compact(True)
        name_corner_button(self)

    def set_compact(self, on: bool) -> None:
        """Compact: the eight categories share the width (all in view at 1280 px); otherwise
        each column is wide and the grid scrolls sideways."""
        self._compact = on
        header = self.horizontalHeader()
        header.setMinimumSectionSize(COMPACT_MINIMUM if on else 40)
        mode = QHeaderView.ResizeMode.Stretch if on else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(mode)
        if not on:
            for section in range(header.count()):
                header.resizeSection(section, COLUMN_WIDTH)
        self.verticalHeader().setMinimumWidth(COMPACT_ROW_HEADER if on else ROW_HEADER_WIDTH)
        model = self.model()
        if isinstance(model, MatrixModel):  # narrow columns: the names wrap onto more lines
            model.set_header_width(COMPACT_HEADER_LETTERS if on else HEADER_WIDTH)
        self._resize_timer.start()

    def _header_lines(self) -> list[str]:
        model = self.model()
        return [
            line
            for column in range(model.columnCount())
            for line in str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
        ]

    def _header_padding(self) -> int:
        """What a header section takes besides its text: the colour swatch and the margins."""
        header = self.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)
        return 3 * margin + icon

    def _smallest_header_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * HEADER_FONT_FLOOR)
        return font

    def compact_minimum(self) -> int:
        """The narrowest a compact column may be: its widest unbreakable piece of text (a cell's
        word, a line of a category's name) shown whole. The names may take a smaller font (85%)
        where that lets the eight columns fit side by side; where they cannot fit anyway (1024
        px), the names keep the full font and the grid scrolls sideways, the elements' names
        staying in view at its left."""
        key = (self.font().toString(), *self._header_lines())
        if key != self._minimum_key:
            self._minimum_key = key
            self._minimums = self._measured_minimums()
        tight, roomy = self._minimums
        fits = self.model().columnCount() * tight <= self.viewport().width()
        return tight if fits else roomy

    def _measured_minimums(self) -> tuple[int, int]:
        """The least column width with the smallest header font, and with the full one."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        cells = QFontMetrics(self.font())
        model = self.model()
        texts = (
            str(model.index(row, column).data() or "")
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
        widest_cell = max((widest_piece(cells, text) for text in texts), default=0)
        cell_need = max(COMPACT_MINIMUM, widest_cell + 2 * (margin + 1) + 1)  # text margins

        def header_need(font: QFont) -> int:
            metrics = QFontMetrics(font)
            lines = self._header_lines()
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            return widest + self._header_padding() + 1

        smallest = header_need(self._smallest_header_font())
        return max(cell_need, smallest), max(cell_need, header_need(self.font()))

    @Slot()
    def _fit_header_font(self) -> None:
        """In the compact view, columns no narrower than their widest word, and a slightly
        smaller header font (down to 85%) where a line of a category's name is wider than its
        column: every word of the names and cells shows in full, at a readable size."""
        header, font = self.horizontalHeader(), QFont(self.font())
        model = self.model()
        if self._compact and isinstance(model, MatrixModel) and font.pointSizeF() > 0:
            header.setMinimumSectionSize(self.compact_minimum())
            sections = [header.sectionSize(c) for c in range(header.count())]
            room = min(sections, default=0) - self._header_padding()
            lines = self._header_lines()
            smallest = self._smallest_header_font().pointSizeF()
            while font.pointSizeF() - 0.25 >= smallest and any(
                QFontMetrics(font).horizontalAdvance(line) > room for line in lines
            ):
                font.setPointSizeF(font.pointSizeF() - 0.25)
        if header.font() != font:
            header.setFont(font)

    @Slot(QModelIndex)
    def _open_cell(self, index: QModelIndex) -> None:
        location = Location.parse(index.data(LOCATION_ROLE) or "")
        if location is not None:
            self.location_chosen.emit(location)

    def _open_header(self, orientation: Qt.Orientation, section: int) -> None:
        address = self.model().headerData(section, orientation, LOCATION_ROLE)
        location = Location.parse(address or "")
        if location is not None:
            self.location_chosen.emit(location)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resize_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()  # the eight columns may fit now, or no longer

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text zoom: rows grow or shrink with it
            self._resize_timer.start()


class MatrixPage(QTabWidget):
    link_activated = Signal(object)  # Location

    def __init__(
        self, reference: ReferenceService, renderer: PageRenderer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("MatrixPage", "Ways into the PIM Matrix"))
        words = labels_for(reference.language).provenance
        state = MatrixState(reference.categories, reference.elements, reference.cells, words)
        self.model = MatrixModel(state, self)
        self.grid = MatrixGrid(self.model)
        self.grid.setAccessibleName(translate("MatrixPage", "PIM Matrix"))
        self.grid.setAccessibleDescription(
            translate(
                "MatrixPage",
                "Rows are the elements, columns the categories. Press Enter to open a cell.",
            )
        )
        self.grid.location_chosen.connect(self.link_activated)
        self.needs = NeedsPanel(reference, renderer)
        self.needs.link_activated.connect(self.link_activated)
        self.addTab(self._grid_tab(reference), translate("MatrixPage", "&Grid: by category"))
        self.addTab(self.needs, translate("MatrixPage", "&What data do I need?"))
        self.setTabToolTip(0, translate("MatrixPage", "Categories across, elements down"))
        self.setTabToolTip(1, translate("MatrixPage", "Start from a question or a data need"))
        self._showing = False
        self.currentChanged.connect(self._tab_changed)

    def _grid_tab(self, reference: ReferenceService) -> QWidget:
        tab = QWidget()
        row_choice = QComboBox()
        row_choice.setAccessibleName(translate("MatrixPage", "Matrix row"))
        row_choice.setAccessibleDescription(
            translate("MatrixPage", "The row to show for every category")
        )
        for element in reference.elements:
            row_choice.addItem(element.name, element.id)
        row_choice.setCurrentIndex(max(0, row_choice.findData("outputs")))
        self.row_choice = row_choice
        show_row = QPushButton(translate("MatrixPage", "Show for every category"))
        show_row.setAccessibleName(visible_name(show_row.text()))
        show_row.clicked.connect(self._show_row)
        label = QLabel(translate("MatrixPage", "By &row:"))
        label.setBuddy(row_choice)
        hint = QLabel(
            translate(
                "MatrixPage",
                "Press Enter on a cell (or double-click it) to read it in full; click a "
                "category's name to open the category.",
            )
        )
        hint.setWordWrap(True)
        compact = QCheckBox(translate("MatrixPage", "&Fit all categories"))
        compact.setAccessibleName(translate("MatrixPage", "Fit all categories"))
        compact.setAccessibleDescription(
            translate("MatrixPage", "Show the eight categories side by side in the window's width")
        )
        compact.setChecked(True)
        compact.toggled.connect(self.grid.set_compact)
        self.compact_box = compact
        # Long row names must not widen the window (small screens): the combo shows ~24 letters.
        row_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        row_choice.setMinimumContentsLength(ROW_CHOICE_LETTERS)
        controls = flow_row([label, row_choice, show_row, compact])  # wraps on small screens
        layout = QVBoxLayout(tab)
        layout.addWidget(controls)
        layout.addWidget(hint)
        layout.addWidget(self.grid, 1)
        return tab

    @Slot()
    def _show_row(self) -> None:
        self.link_activated.emit(Location("element", str(self.row_choice.currentData())))

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if not self._showing:
            self.link_activated.emit(Location("matrix", "questions" if index == 1 else ""))

    def show_location(self, location: Location) -> str:
        self._showing = True
        try:
            self.setCurrentIndex(1 if location.id == "questions" else 0)
        finally:
            self._showing = False
        if location.id == "questions":
            return translate("MatrixPage", "What data do I need?")
        return translate("MatrixPage", "PIM Matrix")

    def focus_widget(self) -> QWidget:
        return self.needs.focus_widget() if self.currentIndex() == 1 else self.grid
