"""Paints a list's items under group headings: a heading above the first item of each group.

A flat list of 27 needs prefixed "[Must have]" or "Question:" reads as noise (review P9); the
model gives each item its group's heading in GROUP_ROLE and the delegate draws that heading
once, where the group starts. The item's spoken text keeps its group for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pimdesk.ui.widgets.model_index import GROUP_ROLE

PADDING = 6  # around a heading, and above and below each item's text (review P11)


def heading_of(index: QModelIndex | QPersistentModelIndex) -> str:
    """The group heading to draw above this item: only on the first item of its group."""
    group = str(index.data(GROUP_ROLE) or "")
    if not group or index.row() == 0:
        return group
    return "" if index.siblingAtRow(index.row() - 1).data(GROUP_ROLE) == group else group


class GroupHeadingDelegate(QStyledItemDelegate):
    """Draws each group's heading in bold above its first item, and pads the items."""

    @staticmethod
    def _heading_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _heading_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(self._heading_font(option)).height() + 2 * PADDING

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + PADDING)
        if heading_of(index):
            size.setHeight(size.height() + self._heading_height(option))
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        heading = heading_of(index)
        if heading:
            height = self._heading_height(option)
            band = QRect(option.rect.x(), option.rect.y(), option.rect.width(), height)
            painter.save()
            painter.fillRect(band, option.palette.color(QPalette.ColorRole.Window))
            painter.setFont(self._heading_font(option))
            painter.setPen(
                option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
            )
            align = QStyle.visualAlignment(
                option.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            painter.drawText(band.adjusted(PADDING, 0, -PADDING, 0), int(align), heading)
            painter.restore()
            item.rect = option.rect.adjusted(0, height, 0, 0)
        super().paint(painter, item, index)
