"""The application shell: panels, presentation mode, settings, export, translations, entry points."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QVBoxLayout, QWidget

pytest.importorskip("pytestqt")

from dlfs_studio.app import main as app_main
from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable, ExportTarget, normalise_targets, plot_table, write_csv
from dlfs_studio.app.main_window import PANEL_SPECS, MainWindow, PanelLoadError, make_settings

ROOT = Path(__file__).resolve().parents[1]


class FakePanel(QWidget):
    """A panel following the protocol, recording calls."""

    def __init__(self, name: str) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel(name))
        self.name = name
        self.modes: list[bool] = []
        self.shut = False

    def title(self) -> str:
        return self.name

    def set_presentation_mode(self, on: bool) -> None:
        self.modes.append(on)

    def export_targets(self) -> list:
        return []

    def shutdown(self) -> None:
        self.shut = True


@pytest.fixture
def window(qtbot):
    """The main window showing the loss panel (which most tests here drive); the first tab was built first."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.current_key() == "forward"  # the first tab, chapter 3
    w.show_panel("loss")
    yield w
    if w.is_presentation_mode():
        w.set_presentation_mode(False)


def test_settings_go_to_tmp_path(tmp_settings) -> None:
    s = make_settings()
    assert Path(s.fileName()).is_relative_to(tmp_settings)
    assert s.organizationName() == "dlfs-studio"


def test_panels_in_chapter_order_switch_and_load_lazily(window: MainWindow, qtbot) -> None:
    assert window.panel_tabs.count() == 7
    assert [window.panel_tabs.tabText(i) for i in range(7)] == ["Forward pass", "Loss functions", "Gradient descent",
                                                                  "Backpropagation", "Training", "Chapter 6",
                                                                  "Convolution"]
    assert all(window.panel_tabs.tabToolTip(i) for i in range(7))
    assert window.current_key() == "loss"
    qtbot.waitUntil(lambda: bool(window.created_panels()))  # the shown panel is built after the first paint
    assert set(window.created_panels()) == {"loss"}  # the others are only built when shown
    for key in ("descent", "backprop", "training", "convolution", "forward", "loss"):
        window.show_panel(key)
        assert window.current_key() == key
        panel = window.current_panel()
        assert window.stack.currentWidget() is panel
        assert isinstance(panel.title(), str) and panel.title()
    assert set(window.created_panels()) == {"forward", "loss", "descent", "backprop", "training", "convolution"}
    # clicking a tab switches too
    rect = window.panel_tabs.tabRect(2)
    qtbot.mouseClick(window.panel_tabs, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "descent"
    # the keyboard actions
    window.panel_actions[4].trigger()
    assert window.current_key() == "training"


def test_presentation_mode_scales_font_and_reaches_every_panel(qtbot) -> None:
    fakes = {key: (lambda k=key: FakePanel(k)) for key, *_ in PANEL_SPECS}
    w = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.current_key() in w.created_panels())
    base = QApplication.font().pointSizeF()
    w.show_panel("descent")
    w.action_presentation.trigger()
    assert w.is_presentation_mode()
    assert QApplication.font().pointSizeF() == pytest.approx(base * style.PRESENTATION_SCALE)
    assert style.current_presentation()
    for key in ("forward", "descent"):
        assert w.created_panels()[key].modes[-1] is True
    w.show_panel("training")  # created after the toggle: gets the mode at once
    assert w.created_panels()["training"].modes == [True]
    w.action_presentation.trigger()
    assert not w.is_presentation_mode()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert all(p.modes[-1] is False for p in w.created_panels().values())
    keys = [s.toString() for s in w.action_presentation.shortcuts()]
    assert "F5" in keys and "Ctrl+P" in keys
    assert w.action_fullscreen.shortcut() == QKeySequence(Qt.Key.Key_F11)
    w.close()
    assert all(p.shut for p in w.created_panels().values())


def test_presentation_mode_with_the_real_loss_panel(window: MainWindow) -> None:
    window.show_panel("loss")
    panel = window.current_panel()
    size = panel.sse_label.font().pointSizeF()
    window.set_presentation_mode(True)
    assert panel.sse_label.font().pointSizeF() > size
    assert not panel.controls.isVisibleTo(panel)
    window.set_presentation_mode(False)
    assert panel.controls.isVisibleTo(panel)


def test_geometry_and_last_panel_persist(qtbot, tmp_settings) -> None:
    fakes = {key: (lambda k=key: FakePanel(k)) for key, *_ in PANEL_SPECS}
    w = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w)
    w.show()
    w.resize(700, 520)  # fits the offscreen test screen (800x600); restoreGeometry clamps to it
    w.show_panel("training")
    w.close()
    assert any(tmp_settings.rglob("*.ini"))
    w2 = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w2)
    assert w2.current_key() == "training"
    assert (w2.width(), w2.height()) == (700, 520)
    assert not w2.created_panels()  # nothing is built before the window is painted
    w2.show()
    qtbot.waitUntil(lambda: bool(w2.created_panels()))
    assert set(w2.created_panels()) == {"training"}
    assert w2.stack.currentWidget() is w2.created_panels()["training"]
    assert make_settings().value("window/panel") == "training"


def test_default_geometry_is_1280x720(qtbot) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert (w.width(), w.height()) == (1280, 720)


def test_export_png_svg_csv(window: MainWindow, tmp_path) -> None:
    for suffix in ("png", "svg"):
        out = window.export_image_to(tmp_path / f"bars.{suffix}")
        assert out.stat().st_size > 1000
    assert (tmp_path / "bars.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "bars.svg").read_bytes()[:400]
    csv = window.export_data_to(tmp_path / "data.csv")
    text = csv.read_text(encoding="utf-8")
    assert text.startswith("class,y,t,") and "0.005000000000000001" in text  # per class; the losses: "Loss values"
    # every named target of the loss panel exports
    for target in window.export_targets():
        if target.has_image:
            assert window.export_image_to(tmp_path / "x.png", target.name).stat().st_size > 500
        assert window.export_data_to(tmp_path / "x.csv", target.name).stat().st_size > 20
    with pytest.raises(LookupError):
        window.export_image_to(tmp_path / "y.png", "no such plot")
    with pytest.raises(ValueError):
        window.export_image_to(tmp_path / "y.bmp")


def test_export_dialogs_write_files(window: MainWindow, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][1], True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "curve"), "SVG vector image (*.svg)")))
    window.action_export_image.trigger()
    assert (tmp_path / "curve.svg").stat().st_size > 1000
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "table.csv"), "")))
    window.action_export_data.trigger()
    assert (tmp_path / "table.csv").stat().st_size > 50
    assert make_settings().value("export/dir") == str(tmp_path)


def test_panel_without_exports_says_so(qtbot, monkeypatch) -> None:
    w = MainWindow(panel_factories={"forward": lambda: FakePanel("forward")})  # the first tab, shown at start
    qtbot.addWidget(w)
    shown = []
    monkeypatch.setattr("dlfs_studio.app.main_window.QMessageBox.information", lambda *a: shown.append(a[2]))
    w.action_export_image.trigger()
    assert shown and "nothing to export" in shown[0]


def test_export_helpers(qtbot, tmp_path) -> None:
    import pyqtgraph as pg

    plot = pg.PlotWidget(title="t")
    qtbot.addWidget(plot)
    plot.plot([0.0, 1.0], [0.1, 0.09750000000000003], name="curve")
    plot.addItem(pg.BarGraphItem(x=[0, 1], height=[2.0, 3.0], width=0.5))
    table = plot_table(plot)
    assert table.header == ["plot", "item", "index", "x", "y"]
    assert len(table.rows) == 4
    text = write_csv(table, tmp_path / "p.csv").read_text()
    assert "0.09750000000000003" in text
    targets = normalise_targets([("a plot", plot), ("rows", lambda: [["h1", "h2"], [1, 2.5]]),
                                 ExportTarget("t", table=lambda: CsvTable(["x"], [[1]]))])
    assert [t.has_image for t in targets] == [True, False, False]
    assert targets[1].csv_table().header == ["h1", "h2"]
    with pytest.raises(TypeError):
        normalise_targets([("bad", 42)])
    layout = pg.GraphicsLayoutWidget()
    qtbot.addWidget(layout)
    layout.addPlot().plot([1, 2, 3])
    layout.addPlot().plot([3, 2, 1])
    assert len(plot_table(layout).rows) == 6


def test_broken_panel_shows_inline_error(qtbot) -> None:
    def boom():
        raise RuntimeError("broken on purpose")

    w = MainWindow(panel_factories={"descent": boom})
    qtbot.addWidget(w)
    w.show_panel("descent")
    panel = w.current_panel()
    assert isinstance(panel, PanelLoadError)
    assert "broken on purpose" in panel.findChild(QLabel).text()


def test_style_helpers(qtbot) -> None:
    import pyqtgraph as pg

    assert len(style.CLASS_COLORS) == 10
    assert set(style.OPTIMIZER_COLORS) == {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"}
    assert style.pen("#123456", 2, presentation=True).widthF() == pytest.approx(2 * style.PRESENTATION_SCALE)
    assert style.pen("#123456", 2).widthF() == 2
    assert style.font_size("tick", True) > style.font_size("tick", False)
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.setLabel("left", "loss")
    style.apply_plot_style(plot, presentation=True)
    big = plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF()
    style.apply_plot_style(plot.getPlotItem(), presentation=False)
    assert plot.getPlotItem().getAxis("left").style["tickFont"].pointSizeF() < big
    with pytest.raises(TypeError):
        style.apply_plot_style(object())
    label = style.error_label()
    style.set_error_label(label, "bad value")
    assert label.isVisibleTo(label) and label.text() == "bad value" and label.property("dlfsLevel") == "error"
    style.set_error_label(label, None)
    assert label.text() == "" and label.property("dlfsLevel") == ""
    assert set(style.theme()) == {"background", "foreground", "grid", "muted"}


def test_help_texts(window: MainWindow) -> None:
    text = window.shortcuts_text()
    for key in ("F5", "F11", "Ctrl+1", "Ctrl+E"):
        assert key in text


def test_translations_load_from_resources(qtbot, tmp_path) -> None:
    """A .qm for the locale in the translations folder is loaded and used by tr()."""
    ts = tmp_path / "dlfs_studio_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ja">\n'
        "<context><name>MainWindow</name><message><source>Loss functions</source>"
        "<translation>損失関数</translation></message></context>\n</TS>\n", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "dlfs_studio_ja.qm")], check=True,
                   capture_output=True, timeout=60)
    app = QApplication.instance()
    installed = app_main.install_translations(app, QLocale("ja_JP"), tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "Loss functions") == "損失関数"
    finally:
        for t in installed:
            app.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "Loss functions") == "Loss functions"
    # no file for the locale: nothing of ours is installed, and nothing breaks
    none = app_main.install_translations(app, QLocale("ko_KR"), tmp_path)
    for t in none:
        app.removeTranslator(t)
    assert all("dlfs_studio" not in t.filePath() for t in none)


def test_icon_exists_and_loads(qtbot) -> None:
    assert app_main.ICON_PATH.exists()
    icon = app_main.app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def test_python_dash_m_app_paints_and_exits(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "dlfs_studio.app", "--exit-after-paint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "FIRST_PAINT" in proc.stdout
    assert any(tmp_path.rglob("dlfs-studio.ini"))  # settings went to the redirected home, not the real one


def test_theme_refresh_restyles_plots(window: MainWindow, monkeypatch) -> None:
    import pyqtgraph as pg

    window.show_panel("loss")
    panel = window.current_panel()
    monkeypatch.setattr(style, "is_dark", lambda: True)
    window.refresh_theme()
    assert pg.getConfigOption("background") == "#1e1f22"
    assert panel.bars_plot.backgroundBrush().color().name() == "#1e1f22"
    monkeypatch.setattr(style, "is_dark", lambda: False)
    window.refresh_theme()
    assert pg.getConfigOption("background") == "#ffffff"
    assert panel.bars_plot.backgroundBrush().color().name() == "#ffffff"


def test_svg_goes_through_pyqtgraph_exporter(qtbot, tmp_path, monkeypatch) -> None:
    """Qt 6.12 writes 'Z' in SVG paths; the patched pyqtgraph exporter handles it without the fallback."""
    import pyqtgraph as pg

    from dlfs_studio.app import export

    def no_fallback(*_a):
        raise AssertionError("fell back to QSvgGenerator")

    monkeypatch.setattr(export, "_svg_via_qt", no_fallback)
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.plot([0, 1, 2], [2, 0, 1], symbol="o")
    plot.resize(400, 300)
    out = export.export_image(plot, tmp_path / "p.svg")
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text and "<path" in text


def test_missing_x11_libraries_are_named_not_aborted(monkeypatch):
    import ctypes.util

    from dlfs_studio.app import main as app_main

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert app_main.missing_x11_packages({"DISPLAY": ":0"}) == ["libxcb-cursor0"]
    assert app_main.missing_x11_packages({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) == []
    assert app_main.missing_x11_packages({}) == []
    assert app_main.missing_x11_packages({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) == []


def test_a_panel_first_opened_in_presentation_mode_returns_to_normal_fonts(qtbot) -> None:
    """The descent tab is built lazily; built during presentation mode, its texts must still shrink back."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    normal = QApplication.font().pointSizeF()
    w.set_presentation_mode(True)
    w.panel_tabs.setCurrentIndex(w.panel_keys().index("descent"))
    QApplication.processEvents()
    w.set_presentation_mode(False)
    QApplication.processEvents()
    view = w.current_panel()._views["descent"]
    assert view.picker.description.font().pointSizeF() == pytest.approx(normal)


class UnsavedPanel(FakePanel):
    """A panel holding unsaved work; ``maybe_save`` answers ``self.answer`` and records its question."""

    def __init__(self, name: str, answer: bool) -> None:
        super().__init__(name)
        self.answer = answer
        self.asked: list[str] = []

    def has_unsaved_work(self) -> bool:
        return True

    def maybe_save(self, consequence: str) -> bool:
        self.asked.append(consequence)
        return self.answer


def test_closing_asks_panels_with_unsaved_work_and_can_be_cancelled(qtbot) -> None:
    panel = UnsavedPanel("training", answer=False)
    w = MainWindow(panel_factories={"training": lambda: panel})
    qtbot.addWidget(w)
    w.show()
    w.show_panel("training")
    w.show_panel("loss")
    w.close()
    assert panel.asked and "Closing" in panel.asked[0]
    assert w.isVisible() and not panel.shut and w.current_key() == "training"  # shown while it asks
    panel.answer = True  # saved or discarded
    w.close()
    assert not w.isVisible() and panel.shut and len(panel.asked) == 2


def test_a_target_with_nothing_yet_says_so_instead_of_writing_a_file(qtbot, tmp_path, monkeypatch) -> None:
    from dlfs_studio.app.export import NothingToExport

    class EmptyPanel(FakePanel):
        def export_targets(self) -> list:
            return [ExportTarget("Curve", table=lambda: CsvTable(["x"], []), prepare=lambda: "No run yet.")]

    w = MainWindow(panel_factories={"forward": lambda: EmptyPanel("forward")})  # the first tab, shown at start
    qtbot.addWidget(w)
    with pytest.raises(NothingToExport, match="No run yet"):
        w.export_data_to(tmp_path / "c.csv", "Curve")
    told = []
    monkeypatch.setattr("dlfs_studio.app.main_window.QMessageBox.information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "c.csv"), "")))
    w.action_export_data.trigger()
    assert told == ["No run yet."] and not (tmp_path / "c.csv").exists()


@pytest.mark.parametrize("presentation", [False, True])
def test_every_chapter_tab_fits_at_1280x720(window_1280, qtbot, presentation: bool) -> None:
    window_1280.set_presentation_mode(presentation)
    tabs = window_1280.panel_tabs
    qtbot.waitUntil(lambda: tabs.tabRect(tabs.count() - 1).right() <= tabs.width())
    assert all(tabs.tabRect(i).width() >= tabs.fontMetrics().horizontalAdvance(tabs.tabText(i))
               for i in range(tabs.count()))
