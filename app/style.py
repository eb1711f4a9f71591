"""Shared visual style for every panel of dlfs-studio.

One calm palette that works on a light and a dark window (the app follows the
system colour scheme through ``QStyleHints.colorScheme()``), pens and plot
styling that scale for *presentation mode* (a projector at 1280x720, read from
the back of a lecture hall), and a helper for inline error messages.

Typical use in a panel::

    from dlfs_studio.app import style

    plot = pg.PlotWidget()
    style.apply_plot_style(plot, presentation=False)
    curve = plot.plot(x, y, pen=style.pen(style.OPTIMIZER_COLORS["adam"]))
    ...
    def set_presentation_mode(self, on):
        style.apply_plot_style(plot, presentation=on)
        curve.setPen(style.pen(style.OPTIMIZER_COLORS["adam"], presentation=on))

Colours are plain ``"#rrggbb"`` strings so they are usable both in pyqtgraph
(``pg.mkPen``/``mkBrush``) and in Qt style sheets. Call :func:`init_pyqtgraph`
once after the ``QApplication`` exists (the main window does it); it is cheap
and idempotent, and :func:`apply_plot_style` calls it for you.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPen
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # pyqtgraph (and numpy) load with the first plot, not before the window's first paint
    import pyqtgraph as pg

# ----------------------------------------------------------------------------- palette
#: Ten calm, distinguishable class colours (a muted Tableau-like set; readable on white and on #1e1f22).
CLASS_COLORS: list[str] = [
    "#4e79a7",  # 0 blue
    "#f28e2b",  # 1 orange
    "#59a14f",  # 2 green
    "#e15759",  # 3 red
    "#76b7b2",  # 4 teal
    "#edc948",  # 5 yellow
    "#b07aa1",  # 6 purple
    "#ff9da7",  # 7 pink
    "#9c755f",  # 8 brown
    "#8cd17d",  # 9 light green
]

#: One colour per optimizer of chapter 6 (keys are the lower-case names used in core).
OPTIMIZER_COLORS: dict[str, str] = {
    "sgd": "#4e79a7",
    "momentum": "#f28e2b",
    "nesterov": "#b07aa1",
    "adagrad": "#59a14f",
    "rmsprop": "#76b7b2",
    "adam": "#e15759",
}

#: The accent colour (the current point, the selected class, the primary number).
ACCENT = "#3d7fd9"
#: A second accent for comparisons (e.g. "y2" against "y").
ACCENT_2 = "#e08a2e"
#: Warnings (e.g. "y does not sum to 1"): an amber that stays legible on light and dark.
WARNING = "#c98a00"
#: Errors (bad input): a soft red.
ERROR = "#d64545"
#: Success / agreement (e.g. "one-hot and label forms agree").
OK = "#3a9a5b"

#: Base font sizes in points (normal mode); multiply by :func:`presentation_scale` for presentation mode.
FONT_SIZES: dict[str, float] = {
    "body": 10.0,
    "small": 9.0,
    "axis": 10.0,
    "tick": 9.0,
    "heading": 13.0,
    "big_number": 20.0,
}

#: Factor applied to fonts, pens and markers in presentation mode.
PRESENTATION_SCALE = 1.6

_LIGHT = {"background": "#ffffff", "foreground": "#2b2d31", "grid": "#d9dce1", "muted": "#6b7078"}
_DARK = {"background": "#1e1f22", "foreground": "#dfe1e5", "grid": "#3a3d42", "muted": "#9aa0a8"}


_current_presentation = False


def set_current_presentation(on: bool) -> None:
    """Record the application-wide presentation state (the main window calls this when the mode toggles).

    :func:`set_error_label` uses it for the message's font size, because Qt does not propagate the
    application font to labels that carry a style sheet.
    """
    global _current_presentation
    _current_presentation = bool(on)


def current_presentation() -> bool:
    """The application-wide presentation state last set by :func:`set_current_presentation`."""
    return _current_presentation


def presentation_scale(presentation: bool = True) -> float:
    """The scale factor for fonts, line widths and markers: :data:`PRESENTATION_SCALE` if ``presentation`` else 1."""
    return PRESENTATION_SCALE if presentation else 1.0


def font_size(role: str = "body", presentation: bool = False) -> float:
    """Point size for a text role (a key of :data:`FONT_SIZES`), scaled in presentation mode."""
    return FONT_SIZES[role] * presentation_scale(presentation)


def is_dark() -> bool:
    """True if the system (or the running application's palette) uses a dark colour scheme.

    Uses ``QStyleHints.colorScheme()`` (Qt 6.5+) and falls back to the window colour's lightness.
    Returns False when no QGuiApplication exists yet.
    """
    app = QGuiApplication.instance()
    if app is None:
        return False
    try:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
    except AttributeError:  # Qt < 6.5
        pass
    return QGuiApplication.palette().window().color().lightness() < 128


def theme() -> dict[str, str]:
    """The current theme colours: keys ``background``, ``foreground``, ``grid``, ``muted``."""
    return dict(_DARK if is_dark() else _LIGHT)


def muted_color() -> str:
    """A secondary text colour (captions, units) for the current theme."""
    return theme()["muted"]


_initialised_for: bool | None = None


def init_pyqtgraph(force: bool = False) -> None:
    """Configure pyqtgraph globally: antialiasing, and background/foreground matching the system theme.

    Safe to call repeatedly; only re-applies when the theme changed (or ``force``).
    Plots created *before* a theme change keep their background; call :func:`apply_plot_style` on them again.
    """
    import pyqtgraph as pg

    global _initialised_for
    dark = is_dark()
    if _initialised_for is dark and not force:
        return
    t = _DARK if dark else _LIGHT
    pg.setConfigOptions(antialias=True, background=t["background"], foreground=t["foreground"])
    _initialised_for = dark


def pen(color: str | QColor, width: float = 2.0, presentation: bool = False,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen of ``color`` whose width is scaled in presentation mode.

    ``width`` is in pixels at normal size; round caps and joins keep thick lines calm.
    """
    import pyqtgraph as pg

    p = pg.mkPen(color=color, width=width * presentation_scale(presentation), style=style)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setCosmetic(True)
    return p


def brush(color: str | QColor, alpha: int = 255) -> Any:
    """A pyqtgraph brush of ``color`` with optional ``alpha`` (0..255)."""
    import pyqtgraph as pg

    c = QColor(color)
    c.setAlpha(alpha)
    return pg.mkBrush(c)


def symbol_size(base: float = 8.0, presentation: bool = False) -> float:
    """Marker (symbol) size in pixels, scaled in presentation mode."""
    return base * presentation_scale(presentation)


def _plot_item(target: Any) -> pg.PlotItem:
    import pyqtgraph as pg

    if isinstance(target, pg.PlotItem):
        return target
    if hasattr(target, "getPlotItem"):
        return target.getPlotItem()
    raise TypeError(f"apply_plot_style needs a PlotItem or PlotWidget, got {type(target).__name__}")


def apply_plot_style(target: Any, presentation: bool = False, grid: bool = True, title_role: str = "heading") -> None:
    """Style a pyqtgraph ``PlotItem`` or ``PlotWidget`` consistently.

    Sets axis label and tick fonts (bigger in presentation mode), axis pen widths, a light grid,
    the title size (``title_role``, a key of :data:`FONT_SIZES`; use "axis" for small plots side by side),
    and the theme's background (for PlotWidget / GraphicsView targets). Call it again
    with the new ``presentation`` value when the mode toggles; it is idempotent.
    """
    import pyqtgraph as pg

    init_pyqtgraph()
    item = _plot_item(target)
    t = theme()
    scale = presentation_scale(presentation)
    tick_font = QFont()
    tick_font.setPointSizeF(font_size("tick", presentation))
    label_px = round(font_size("axis", presentation) * 4 / 3)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setTickFont(tick_font)
        axis.setPen(pg.mkPen(t["foreground"], width=1.0 * scale))
        axis.setTextPen(pg.mkPen(t["foreground"]))
        axis.setStyle(tickTextOffset=int(4 * scale), tickLength=int(-5 * scale))
        if axis.label is not None and axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          **{"font-size": f"{label_px}px", "color": t["foreground"]})
    if grid:
        item.showGrid(x=True, y=True, alpha=0.25)
    if item.titleLabel is not None and item.titleLabel.text:
        item.setTitle(item.titleLabel.text, size=f"{round(font_size(title_role, presentation) * 4 / 3)}px",
                      color=t["foreground"])
    view = target if isinstance(target, pg.GraphicsView) else None
    if view is not None:
        view.setBackground(t["background"])
    if item.legend is not None:
        size = f"{font_size('small', presentation):.0f}pt"
        item.legend.setLabelTextSize(size)
        item.legend.setLabelTextColor(t["foreground"])
        for _sample, label in item.legend.items:
            label.setText(label.text, size=size, color=t["foreground"])
        bg = QColor(t["background"])
        bg.setAlpha(200)
        item.legend.setBrush(pg.mkBrush(bg))


def apply_layout_style(layout_widget: pg.GraphicsLayoutWidget, presentation: bool = False,
                       title_role: str = "heading") -> None:
    """Apply :func:`apply_plot_style` to every PlotItem inside a ``GraphicsLayoutWidget`` and set its background."""
    import pyqtgraph as pg

    init_pyqtgraph()
    layout_widget.setBackground(theme()["background"])
    for item in layout_widget.ci.items:
        if isinstance(item, pg.PlotItem):
            apply_plot_style(item, presentation, title_role=title_role)


def set_error_label(label: QLabel, message: str | None, level: str = "error") -> None:
    """Show ``message`` as an inline error (or ``level="warning"``/``"ok"``/``"info"``) on ``label``.

    ``None`` or ``""`` clears and hides the label. The font size follows :func:`current_presentation`
    (call again after the mode toggles to rescale a visible message). The label gets a soft tinted background,
    a coloured left border and word wrap, so it reads as a calm inline note next to the field, never a dialog.
    """
    if not message:
        label.clear()
        label.setVisible(False)
        label.setProperty("dlfsLevel", "")
        return
    color = {"error": ERROR, "warning": WARNING, "ok": OK, "info": ACCENT}.get(level, ERROR)
    c = QColor(color)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(message)
    label.setProperty("dlfsLevel", level)
    label.setStyleSheet(
        f"QLabel {{ color: {color}; background: rgba({c.red()},{c.green()},{c.blue()},30);"
        f" font-size: {font_size('body', _current_presentation):.1f}pt;"
        f" border-left: 3px solid {color}; border-radius: 3px; padding: 3px 6px; }}")
    label.setVisible(True)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A new, hidden QLabel ready for :func:`set_error_label`."""
    label = QLabel(parent)
    label.setVisible(False)
    label.setWordWrap(True)
    return label


def heading_font(presentation: bool = False, role: str = "heading", bold: bool = True) -> QFont:
    """A QFont for headings / big numbers at the size of ``role``, scaled in presentation mode."""
    f = QFont()
    f.setPointSizeF(font_size(role, presentation))
    f.setBold(bold)
    return f
