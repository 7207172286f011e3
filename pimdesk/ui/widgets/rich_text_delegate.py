"""Paints a list item's rich text (bold titles, marked words), wrapped to the view's width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

MARGIN = 6


class RichTextDelegate(QStyledItemDelegate):
    """Draws the HTML in `html_role`; headings (no item flags) draw in the normal text colour."""

    def __init__(self, html_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html_role = html_role

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(self._html_role) or ""))
        document.setTextWidth(max(50, self._width(option) - 2 * MARGIN))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if widget is not None and hasattr(widget, "viewport"):
            return int(widget.viewport().width())
        return int(option.rect.width())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # Active colours even for headings, which are not selectable and would draw greyed.
        colour = option.palette.color(QPalette.ColorGroup.Active, role)
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        rect = option.rect
        painter.translate(rect.left() + MARGIN, rect.top() + MARGIN // 2)
        painter.setClipRect(0, 0, rect.width() - MARGIN, rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + MARGIN)
