"""Generic CSV and PNG export fixes (app/export.py): plain-text headers and names, no -0.0, rectangular
files, legends scaled with the image."""
from __future__ import annotations

import csv

import pytest

pytest.importorskip("pytestqt")

import pyqtgraph as pg
import pyqtgraph.exporters as pge

from dlfs_studio.app import export
from dlfs_studio.app.export import CsvTable, plain_text, plot_table, write_csv


def test_plain_text_of_rich_titles() -> None:
    assert plain_text("Loss against y<sub>t</sub>") == "Loss against y_t"
    assert plain_text("E = ½ Σ (y − t)<sup>2</sup>") == "E = ½ Σ (y − t)^2"
    assert plain_text("squared error<br>∂E/∂y = y &minus; t") == "squared error ∂E/∂y = y − t"
    assert plain_text("<span style='color:#f00'>■ squared</span>  <b>x</b>") == "■ squared x"
    assert plain_text("plain, 1 < 2") == "plain, 1 < 2"


def test_csv_headers_are_plain_text_no_negative_zero_and_rows_are_padded(tmp_path) -> None:
    table = CsvTable(["class", "dCE/dy<sub>k</sub>", "y"], [[0, -0.0, 0.5], [1, -1.6666664, 0.6], ["SSE", 0.1]])
    rows = list(csv.reader(write_csv(table, tmp_path / "t.csv").open(encoding="utf-8")))
    assert rows[0] == ["class", "dCE/dy_k", "y"]
    assert rows[1] == ["0", "0.0", "0.5"]
    assert all(len(r) == 3 for r in rows)
    assert rows[3] == ["SSE", "0.1", ""]


def test_plot_table_names_have_no_html(qtbot) -> None:
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    p = w.getPlotItem()
    p.setTitle("Loss against y<sub>t</sub>")
    p.plot([0.0, 1.0], [0.0, -0.0], name="squared error ½(y<sub>k</sub> − t<sub>k</sub>)²")
    table = plot_table(w)
    assert table.rows[0][0] == "Loss against y_t"
    assert table.rows[0][1] == "squared error ½(y_k − t_k)²"


def test_png_export_scales_the_legend_with_the_axes(qtbot, tmp_path, monkeypatch) -> None:
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.resize(500, 350)
    p = w.getPlotItem()
    legend = p.addLegend()
    p.plot([0, 1, 2], [1, 3, 2], name="cross-entropy")
    w.show()
    qtbot.waitExposed(w)
    seen = []
    original = pge.ImageExporter.export

    def spy(self, *args, **kwargs):
        seen.append(legend.scale())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pge.ImageExporter, "export", spy)
    export.export_image(w, tmp_path / "a.png")  # 500 px wide on screen: exported at 1000 px
    assert seen and seen[0] == pytest.approx(2.0, rel=0.02)
    assert legend.scale() == 1.0  # restored afterwards
