"""Gradient descent panel: book figures 4-9 / 4-10, chapter 6's optimizer comparison and
section 4.3's numerical differentiation, as three sub-tabs.

All the mathematics comes from ``core`` (``core.descent``, ``core.optimizers``, ``core.surfaces``,
``core.expr``, ``core.gradient``); the tabs only drive and draw it. The "Optimizer race" and
"Numerical differentiation" tabs are built the first time they are shown (or asked for).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.descent import remembered
from dlfs_studio.app.panels.descent.descent_view import DescentView
from dlfs_studio.app.panels.descent.numdiff_view import NumDiffView
from dlfs_studio.app.panels.descent.race_view import RaceView

#: The keys of :meth:`DescentPanel.lecturer_key` (the main window's lecturer keys).
LECTURER_ACTIONS = ("play_pause", "step_forward", "step_back", "reset")

#: What a sub-tab holds.
TabView = DescentView | RaceView | NumDiffView


class DescentPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), lecturer_key(action).

    The surface, optimizer, learning rate, start point, speeds and sub-tab are remembered (QSettings)."""

    KEYS = ("descent", "race", "numdiff")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from dlfs_studio.app.main_window import make_settings

        self.settings = make_settings()
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._classes: dict[str, Callable[[QWidget], TabView]] = {
            "descent": DescentView, "race": RaceView, "numdiff": NumDiffView}
        self._views: dict[str, TabView] = {}
        self._holders: dict[str, tuple[QWidget, QVBoxLayout]] = {}
        titles = {"descent": self.tr("Descent"), "race": self.tr("Optimizer race"),
                  "numdiff": self.tr("Numerical differentiation")}
        tips = {"descent": self.tr("One optimizer walking down a surface, step by step (figures 4-9, 4-10)."),
                "race": self.tr("SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6)."),
                "numdiff": self.tr("Forward and central differences and why the book picks h = 1e-4 (section 4.3).")}
        for i, key in enumerate(self.KEYS):
            holder = QWidget(self.tabs)
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = (holder, hl)
            self.tabs.addTab(holder, titles[key])
            self.tabs.setTabToolTip(i, tips[key])
        self._view("descent")
        layout.addWidget(self.tabs)
        tab = self.settings.value(f"{remembered.GROUP}/tab")
        if tab in self.KEYS:
            self.show_tab(str(tab))
            self._view(str(tab))
        self.tabs.currentChanged.connect(self._on_tab)

    def _on_tab(self, index: int) -> None:
        self._view(self.KEYS[index])
        remembered.save(self.settings, "tab", self.KEYS[index])

    def _view(self, key: str) -> TabView:
        """The tab's view, built on first use."""
        view = self._views.get(key)
        if view is None:
            holder, holder_layout = self._holders[key]
            view = self._classes[key](holder)
            holder_layout.addWidget(view)
            self._views[key] = view
            if self.presentation:
                view.set_presentation(True)
            self._remember(key, view)
        return view

    def _remember(self, key: str, view: TabView) -> None:
        """Restore the tab's remembered choices and keep them up to date."""
        if isinstance(view, DescentView):
            remembered.restore_descent(self.settings, view)

            def save(*_: object) -> None:
                remembered.save_descent(self.settings, view)

            for signal in (view.picker.surfaceChanged, view.optimizer_combo.currentIndexChanged,
                           view.lr_field.valueChanged, view.startChanged, view.playback.speed_field.valueChanged):
                signal.connect(save)
        elif isinstance(view, RaceView):
            remembered.restore_race(self.settings, view)
            view.playback.speed_field.valueChanged.connect(lambda *_: remembered.save_race(self.settings, view))

    def lecturer_key(self, action: str) -> bool:
        """Space, Right, Left and Home from the main window: play/pause, step forward/back, reset in the
        shown tab if it animates (Descent, Optimizer race); False when nothing handled the key."""
        view = self._views.get(self.KEYS[self.tabs.currentIndex()])
        playback = getattr(view, "playback", None)
        if playback is None or action not in LECTURER_ACTIONS:
            return False
        {"play_pause": playback.toggle, "step_forward": playback.step_once,
         "step_back": playback.back_once, "reset": playback.reset_run}[action]()
        return True

    @property
    def descent(self) -> DescentView:
        view = self._view("descent")
        assert isinstance(view, DescentView)  # _classes builds each key's own class
        return view

    @property
    def race(self) -> RaceView:
        view = self._view("race")
        assert isinstance(view, RaceView)
        return view

    @property
    def numdiff(self) -> NumDiffView:
        view = self._view("numdiff")
        assert isinstance(view, NumDiffView)
        return view

    def show_tab(self, key: str) -> None:
        """Switch to the sub-tab ``key`` ("descent", "race" or "numdiff")."""
        self.tabs.setCurrentIndex(self.KEYS.index(key))

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Gradient descent")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for view in self._views.values():
            view.set_presentation(self.presentation)

    def export_targets(self) -> list:
        """The plots and tables of the tabs built so far, the shown tab's first.

        Called at export time, so the race view first lays out its hidden plot page (a 2x2 figure never
        shown would otherwise export as a flattened, never-sized widget)."""
        groups = {
            "descent": lambda v: [
                ExportTarget(self.tr("Descent map"), plot=v.map_plot),
                ExportTarget(self.tr("f(x) over iterations"), plot=v.value_plot),
                ExportTarget(self.tr("Step ledger"), table=v.ledger_csv)],
            "race": lambda v: [
                ExportTarget(self.tr("Optimizer race"), plot=v.race_plot, table=v.race_csv),
                ExportTarget(self.tr("Figure 6-8 (2×2)"), plot=v.grid_widget)],
            "numdiff": lambda v: [
                ExportTarget(self.tr("Numerical differentiation: f and tangents"), plot=v.function_plot),
                ExportTarget(self.tr("Numerical differentiation: error against h"), plot=v.error_plot)],
        }
        if "race" in self._views:
            self.race.prepare_export()
        current = self.KEYS[self.tabs.currentIndex()]
        order = [current] + [k for k in self.KEYS if k != current]
        return [t for key in order if key in self._views for t in groups[key](self._views[key])]

    def shutdown(self) -> None:
        for view in self._views.values():
            view.shutdown()
        if "descent" in self._views:
            remembered.save_descent(self.settings, self.descent)
        if "race" in self._views:
            remembered.save_race(self.settings, self.race)
        self.settings.sync()
