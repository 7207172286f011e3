"""The app's look in one place: the light and dark palettes, the pages' style sheet, the category
colours as Qt objects, and the icons.

Colours live here and in pimdesk/domain/category_colours.py (which the PDFs share), nowhere else.
The widgets are styled through the QPalette, not a Qt style sheet: a style sheet would stop the
text zoom and the focus ring from following the palette (see focus_ring.py).
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionViewItem,
    QWidget,
)

from pimdesk.domain import category_colours as colours
from pimdesk.domain.category_colours import CATEGORY_COLOURS, category_colour, contrast_ratio
from pimdesk.domain.records import record
from pimdesk.paths import ICONS_FOLDER, STYLE_FOLDER, resource


@record
class Theme:
    """The colours of one theme, by the QPalette role they fill (and two of the pages' own)."""

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder_text: str
    mid: str  # grid lines and frames
    focus: str  # the focus ring: 3:1 at least against every background it is drawn on
    dark: bool


LIGHT = Theme(
    window="#f3f4f6",
    window_text=colours.LIGHT_TEXT,
    base=colours.LIGHT_PAGE,
    alternate_base="#eef0f3",
    text=colours.LIGHT_TEXT,
    button="#e6e8ec",
    button_text=colours.LIGHT_TEXT,
    highlight="#1f5fbf",
    highlighted_text="#ffffff",
    link="#1a55a8",
    placeholder_text="#5c636d",
    mid="#8f96a0",
    focus="#1f5fbf",
    dark=False,
)

DARK = Theme(
    window="#26282b",
    window_text=colours.DARK_TEXT,
    base=colours.DARK_PAGE,
    alternate_base="#2c2f33",
    text=colours.DARK_TEXT,
    button="#34373b",
    button_text=colours.DARK_TEXT,
    highlight="#2d64b0",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    placeholder_text="#a4aab1",
    mid="#6b7079",  # brighter than Qt's default so that grid lines show on the dark base
    focus="#8ab4f8",  # the Highlight (a selected row's background) is too dark to see as a line
    dark=True,
)

# The pairs that carry text, each held to WCAG AA (4.5:1) in both themes by the tests.
TEXT_PAIRS = (
    ("text", "base"),
    ("text", "alternate_base"),
    ("window_text", "window"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("placeholder_text", "base"),
    ("placeholder_text", "window"),
)

# The backgrounds a focus ring is drawn on, each held to 3:1 (WCAG 1.4.11) by the tests.
FOCUS_BACKGROUNDS = ("window", "base", "alternate_base", "button")

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
    "placeholder_text": QPalette.ColorRole.PlaceholderText,
    "mid": QPalette.ColorRole.Mid,
}


def worst_contrast(theme: Theme) -> float:
    """The lowest contrast ratio among the theme's text pairs."""
    return min(contrast_ratio(getattr(theme, a), getattr(theme, b)) for a, b in TEXT_PAIRS)


def make_palette(theme: Theme) -> QPalette:
    """A QPalette in the theme's colours (disabled text greyed, but still legible)."""
    palette = QPalette()
    for field in fields(theme):
        role = _ROLES.get(field.name)
        if role is not None:
            palette.setColor(role, QColor(getattr(theme, field.name)))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(theme.base))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(theme.text))
    palette.setColor(QPalette.ColorRole.Dark, QColor(theme.mid))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor(theme.link))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(theme.placeholder_text))
    return palette


def theme_of(palette: QPalette) -> Theme:
    """The theme a palette belongs to: dark when its page background is dark."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5 else LIGHT


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def requested_theme(value: str) -> bool | None:
    """PIMDESK_THEME's value: True for "dark", False for "light", None (the desktop's) else."""
    return {"dark": True, "light": False}.get(value.strip().lower())


def apply_theme(app: QGuiApplication, dark: bool | None = None) -> Theme:
    """Give the application the light or dark palette (the desktop's choice by default)."""
    theme = DARK if (system_prefers_dark() if dark is None else dark) else LIGHT
    app.setPalette(make_palette(theme))
    if isinstance(app, QApplication) and not isinstance(app.style(), PimStyle):
        app.setStyle(PimStyle(app.style().name()))
    return theme


LIST_ROW_PADDING = 6  # px added to the height of a list's row

_RINGED_CONTROLS = frozenset(
    {QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_TabBarTab}
)
_RINGED_COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})


def _keyboard_focus(option: QStyleOption) -> bool:
    """Whether the control has the focus and got it from the keyboard (a click shows no ring)."""
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return option.state & wanted == wanted


class PimStyle(QProxyStyle):
    """Fusion, with check boxes, radio buttons and focus frames that stand out in both palettes.

    Fusion outlines an indicator in a darker shade of the window colour, which vanishes on a dark
    window (review P10); its focus frame is a thin line in a shade of Highlight, lost on the dark
    palette, and a focused tab only gets a lighter wash (D26). The outlines are drawn again in
    the palette's Mid colour, and every focus ring (check boxes, radio buttons, combos, buttons,
    tabs, fields) in the theme's focus colour, two pixels wide.
    """

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        # Fusion puts icons on Close and Cancel but on no other dialog button: none at all,
        # so that a dialog's buttons look alike (review P11).
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)
        text_only = isinstance(option, QStyleOptionViewItem) and not (
            option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration
        )  # an icon already gives a row its room (the navigation pane must fit small screens)
        listed = contents == QStyle.ContentsType.CT_ItemViewItem and isinstance(widget, QListView)
        if listed and text_only:
            result.setHeight(result.height() + LIST_ROW_PADDING)  # rows not packed tight (P11)
        return result

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _RINGED_CONTROLS and _keyboard_focus(option):
            # Inside a tab's own frame lines, so that the ring lies on the tab's face.
            self._focus(option, painter, 3 if element == QStyle.ControlElement.CE_TabBarTab else 1)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED_COMPLEX and _keyboard_focus(option):
            self._focus(option, painter)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        indicators = {
            QStyle.PrimitiveElement.PE_IndicatorCheckBox: False,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton: True,
        }
        if element in indicators:
            self._outline(option, painter, round_=indicators[element])
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect or (
            element == QStyle.PrimitiveElement.PE_FrameLineEdit
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            self._focus(option, painter)

    @staticmethod
    def _outline(option: QStyleOption, painter: QPainter, round_: bool) -> None:
        painter.save()
        # Crisp, not antialiased: a one-pixel line keeps its full colour and so its contrast.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0, 0, -1, -1)
        if round_:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()

    @staticmethod
    def _focus(option: QStyleOption, painter: QPainter, inset: int = 1) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # full colour, full contrast
        painter.setPen(QPen(QColor(theme_of(option.palette).focus), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2, 2)
        painter.restore()


def _can_paint() -> bool:
    """Whether pixmaps can be made: the models also serve code that runs without a GUI."""
    return isinstance(QCoreApplication.instance(), QGuiApplication)


# ---------------------------------------------------------------------- category colours
def tint(category_id: str, theme: Theme) -> str:
    """The background a category's rows and headings take in this theme."""
    colour = category_colour(category_id)
    return colour.tint_dark if theme.dark else colour.tint_light


@cache
def _swatch_pixmap(category_id: str, size: int, ratio: float) -> QPixmap:
    colour = category_colour(category_id)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour.accent))
    box = QRectF(0, 0, size, size)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if colour.number:  # the number says which category it is without relying on colour
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, size - 5))
        painter.setFont(font)
        painter.setPen(QColor(colour.on_accent))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(colour.number))
    painter.end()
    return pixmap


def category_swatch(category_id: str, size: int = 16) -> QIcon:
    """A small square in the category's colour, carrying its number (1-8, as in the Matrix)."""
    if not _can_paint():
        return QIcon()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio()
    return QIcon(_swatch_pixmap(category_id, size, ratio))


def category_css(theme: Theme) -> str:
    """The pages' classes for categories: .cat-N (a tinted band) and .swatch-N (the accent)."""
    rules = []
    for colour in CATEGORY_COLOURS.values():
        band = colour.tint_dark if theme.dark else colour.tint_light
        rules.append(f".cat-{colour.number} {{ background-color: {band}; }}")
        rules.append(
            f".swatch-{colour.number} {{ background-color: {colour.accent};"
            f" color: {colour.on_accent}; font-weight: bold; }}"
        )
    return "".join(rules)


@cache
def _page_template() -> str:
    return resource(f"{STYLE_FOLDER}/pages.css").read_text(encoding="utf-8")


def page_css(palette: QPalette) -> str:
    """The rich-text pages' style sheet: type hierarchy, spacing, and the theme's colours."""
    theme = theme_of(palette)
    link_colour = palette.color(QPalette.ColorRole.Link).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    badge_background = palette.color(QPalette.ColorRole.AlternateBase).name()
    badge_text = palette.color(QPalette.ColorRole.Text).name()
    css = _page_template()
    for key, value in (
        ("@link@", link_colour),
        ("@muted@", muted),
        ("@badge_background@", badge_background),
        ("@badge_text@", badge_text),
    ):
        css = css.replace(key, value)
    return css + category_css(theme)


# ---------------------------------------------------------------------- icons
MIRRORED_ICONS = frozenset({"back", "forward"})  # arrows point the way the text reads
ICON_SIZES = (16, 20, 24, 32, 48)


def _tinted(source: QIcon, size: int, colour: QColor, mirror: bool) -> QPixmap:
    pixmap = source.pixmap(size, size)
    painter = QPainter(pixmap)
    # The drawings are black lines: paint the palette's text colour through their shape.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return pixmap.transformed(QTransform().scale(-1, 1)) if mirror else pixmap


@cache
def _icon(name: str, right_to_left: bool, colour: str) -> QIcon:
    source = QIcon(str(resource(f"{ICONS_FOLDER}/{name}.svg")))
    mirror = right_to_left and name in MIRRORED_ICONS
    result = QIcon()
    for size in ICON_SIZES:
        result.addPixmap(_tinted(source, size, QColor(colour), mirror))
    return result


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """A bundled icon (resources/icons/<name>.svg) in the palette's text colour, mirrored for
    right-to-left languages when it shows a direction."""
    if not _can_paint():
        return QIcon()
    palette = palette or QGuiApplication.palette()
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _icon(name, right_to_left, palette.color(QPalette.ColorRole.WindowText).name())
