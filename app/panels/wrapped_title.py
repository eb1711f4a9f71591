"""Plot titles that wrap onto several lines instead of widening their plot (side-by-side plots in presentation
mode at 1280x720 would otherwise be pushed out of the window by one long title)."""
from __future__ import annotations

from typing import Any


def set_wrapped_title(plot: Any, text: str, width: float) -> None:
    """Set ``plot``'s title (a pyqtgraph PlotItem, styled as by ``style.apply_plot_style``), wrapped at ``width``
    pixels and centred; the title no longer sets a minimum width for its plot."""
    label = plot.titleLabel
    if text != label.text:
        plot.setTitle(text, **{k: v for k, v in label.opts.items() if k in ("size", "color", "bold", "italic")})
    plot.titleLabel.setVisible(True)
    item = label.item
    item.setTextWidth(max(40.0, float(width)))
    doc = item.document()
    option = doc.defaultTextOption()
    from PySide6.QtCore import Qt

    option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    doc.setDefaultTextOption(option)
    rect = item.boundingRect()
    label.setMinimumWidth(0)
    label.setPreferredWidth(rect.width())
    label.setMinimumHeight(rect.height())
    label.setMaximumHeight(rect.height())
    plot.layout.setRowFixedHeight(0, rect.height())
