"""The training view's mistakes gallery in presentation mode: fewer, bigger tiles whose captions are drawn at
presentation size (the rebuilt view kept the normal gallery's frame, so its 8 presentation captions were shrunk
to 9.9 pt). Offscreen, no dataset needed: an untrained network's mistakes on random images."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.inspect import PRESENTATION_GALLERY, ErrorsTab
from dlfs_studio.app.panels.training.jobs import GALLERY, evaluation_view
from dlfs_studio.core.network import build_network


def _evaluation():
    rng = np.random.default_rng(0)
    net = build_network({"type": "two_layer", "input_size": 784, "hidden_size": 20, "output_size": 10},
                        rng=np.random.default_rng(1))
    x = rng.random((300, 784), dtype=np.float32)
    t = rng.integers(0, 10, 300)
    return evaluation_view(net, x, t, 1, tuple(str(k) for k in range(10)), 100)


def _settle(widget) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab()


def test_presentation_gallery_is_framed_anew_and_its_captions_keep_presentation_size(qtbot):
    ev = _evaluation()
    assert len(ev.captions) == GALLERY
    tab = ErrorsTab()
    qtbot.addWidget(tab)
    tab.resize(1240, 380)  # the errors tab of the panel at 1280x720 in presentation mode
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_evaluation(ev)
    _settle(tab)
    tab.set_presentation_mode(True)
    _settle(tab)
    gallery = tab.gallery_view
    count, _columns = PRESENTATION_GALLERY
    assert len(gallery.caption_texts) == count
    # the view frames the presentation mosaic, not the normal one (nor the old captions' extent)
    (x0, x1), (y0, y1) = gallery.view.viewRange()
    h, w = gallery.mosaic.shape
    assert x1 - x0 < w * 1.2 or y1 - y0 < h * 1.2, (gallery.view.viewRange(), gallery.mosaic.shape)
    px = 1.0 / gallery.view.viewPixelSize()[0]
    font = gallery._captions.fitted_font(px)
    assert font.pointSizeF() >= style.font_size("small", True) * 0.95
    tab.set_presentation_mode(False)
    _settle(tab)
    assert len(gallery.caption_texts) == GALLERY
