"""Light and dark themes and the text size: `apply_appearance(app, theme, text_size)` is called at start-up and
whenever the Display settings change. "system" follows the desktop (the style, palette and colour scheme the
app started with); "light" and "dark" set a complete palette on the Fusion style, disabled colours and a
visible focus (Highlight) included. The text size scales the font the app started with."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from journal_app.ui.common.preferences import APPEARANCE as APPEARANCE_PREFS

THEMES = ("system", "light", "dark")
BASE_FONT = "journalBaseFont"  # app properties: what the app started with, remembered on the first call
BASE_STYLE = "journalBaseStyle"

R = QPalette.ColorRole
G = QPalette.ColorGroup

# role -> (active/inactive colour, disabled colour); contrast of text on its background is at least 7:1 for
# body text and 4.5:1 for the selection and links.
LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.Window: ("#f3f3f5", "#f3f3f5"),
    R.WindowText: ("#1d1d20", "#8b8b91"),
    R.Base: ("#ffffff", "#f6f6f8"),
    R.AlternateBase: ("#eeeef2", "#f1f1f4"),
    R.ToolTipBase: ("#ffffff", "#ffffff"),
    R.ToolTipText: ("#1d1d20", "#8b8b91"),
    R.PlaceholderText: ("#676770", "#a3a3aa"),
    R.Text: ("#1d1d20", "#8b8b91"),
    R.Button: ("#e9e9ed", "#ededf0"),
    R.ButtonText: ("#1d1d20", "#8b8b91"),
    R.BrightText: ("#b00020", "#d08090"),
    R.Light: ("#ffffff", "#ffffff"),
    R.Midlight: ("#e0e0e5", "#e8e8ec"),
    R.Mid: ("#b7b7bf", "#c8c8ce"),
    R.Dark: ("#96969e", "#b0b0b6"),
    R.Shadow: ("#5c5c63", "#8b8b91"),
    R.Highlight: ("#1a5fb4", "#c5c9d2"),
    R.HighlightedText: ("#ffffff", "#6b6b72"),
    R.Link: ("#0b57b8", "#7d9cc6"),
    R.LinkVisited: ("#6b3fa8", "#a08cbf"),
    R.Accent: ("#1a5fb4", "#c5c9d2"),
}
DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.Window: ("#242629", "#242629"),
    R.WindowText: ("#ececee", "#7c8086"),
    R.Base: ("#1b1d20", "#202225"),
    R.AlternateBase: ("#2a2d31", "#25282b"),
    R.ToolTipBase: ("#32363b", "#32363b"),
    R.ToolTipText: ("#ececee", "#7c8086"),
    R.PlaceholderText: ("#9ba0a6", "#6a6e74"),
    R.Text: ("#ececee", "#7c8086"),
    R.Button: ("#33373c", "#2b2e32"),
    R.ButtonText: ("#ececee", "#7c8086"),
    R.BrightText: ("#ff8a80", "#a06a66"),
    R.Light: ("#4a4f55", "#3a3e43"),
    R.Midlight: ("#3d4147", "#34383c"),
    R.Mid: ("#2c2f33", "#2a2d30"),
    R.Dark: ("#16181a", "#1a1c1e"),
    R.Shadow: ("#0a0b0c", "#0a0b0c"),
    R.Highlight: ("#2f6fc4", "#3a3f45"),
    R.HighlightedText: ("#ffffff", "#8a8e94"),
    R.Link: ("#78b4ff", "#5a7396"),
    R.LinkVisited: ("#c3a6ff", "#7f6f9e"),
    R.Accent: ("#2f6fc4", "#3a3f45"),
}


def make_palette(theme: str) -> QPalette:
    """The complete palette of "light" or "dark"."""
    colours = DARK if theme == "dark" else LIGHT
    palette = QPalette()
    for role, (normal, disabled) in colours.items():
        for group in (G.Active, G.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(G.Disabled, role, QColor(disabled))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (light text on a dark window)."""
    window = palette.color(R.Window)
    text = palette.color(R.WindowText)
    return window.lightness() < text.lightness()


def _remember(app: QApplication) -> None:
    if app.property(BASE_FONT) is None:
        app.setProperty(BASE_FONT, QFont(app.font()))
        app.setProperty(BASE_STYLE, app.style().name())


def base_font() -> QFont:
    """The font the app started with (before any text size was applied)."""
    app = QApplication.instance()
    remembered = app.property(BASE_FONT) if app is not None else None
    return QFont(remembered) if isinstance(remembered, QFont) else QApplication.font()


def scaled_font(base: QFont, text_size: int) -> QFont:
    font = QFont(base)
    factor = max(min(int(text_size), 400), 25) / 100
    if base.pointSizeF() > 0:
        font.setPointSizeF(round(base.pointSizeF() * factor, 1))
    elif base.pixelSize() > 0:
        font.setPixelSize(max(round(base.pixelSize() * factor), 6))
    return font


class ClearIndicators(QProxyStyle):
    """Fusion, with tick boxes and round buttons that stay visible on a dark palette (Fusion outlines them in
    a shade darker than the window, which on dark colours all but disappears)."""

    OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.OUTLINED or not is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(option.palette.color(R.WindowText))
        colour.setAlpha(150 if option.state & QStyle.StateFlag.State_Enabled else 70)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def apply_appearance(app: QApplication, theme: str, text_size: int) -> None:
    """Show the app in `theme` ("system", "light" or "dark") with text at `text_size` percent of the size
    it started with. Safe to call again and again: it always starts from what the app started with."""
    _remember(app)
    hints = app.styleHints()
    if theme in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        if not isinstance(app.style(), ClearIndicators):
            app.setStyle(ClearIndicators("Fusion"))
        app.setPalette(make_palette(theme))
    else:
        hints.setColorScheme(Qt.ColorScheme.Unknown)
        base_style = str(app.property(BASE_STYLE) or "")
        if base_style and (isinstance(app.style(), ClearIndicators)
                           or app.style().name().lower() != base_style.lower()):
            app.setStyle(base_style)
        app.setPalette(QPalette())  # an empty palette: the style's and the desktop's own colours again
    app.setFont(scaled_font(app.property(BASE_FONT), text_size))
    _restyle_sheets(app)
    for widget in app.topLevelWidgets():
        _refresh(widget)


def _restyle_sheets(app: QApplication) -> None:
    """Give widgets with a style sheet of their own the new colours: Qt works out such a widget's palette
    when the sheet is applied and keeps it through a palette change (links drawn in the old theme's text
    colour turned invisible on the new background). Applying the same sheet again recomputes it."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def _refresh(widget: QWidget) -> None:
    """Repaint a window whose children draw with cached colours (delegates, charts)."""
    if widget.isVisible():
        widget.update()



def apply_preferences(app: QApplication, prefs, name: str | None = None) -> None:
    """Apply the look the preferences ask for (theme, text size, date format). Connect it to
    `prefs.changed` with the setting's name; other settings are ignored. Call with name=None at start-up."""
    if name is not None and name not in APPEARANCE_PREFS:
        return
    from journal_app.ui.common.formatting import set_date_style

    set_date_style(prefs.get("date_format"))
    apply_appearance(app, prefs.get("theme"), prefs.get("text_size"))
