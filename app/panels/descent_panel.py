"""Gradient descent panel: book figures 4-9 / 4-10, chapter 6's optimizer comparison and
section 4.3's numerical differentiation, as three sub-tabs.

All the mathematics comes from ``core`` (``core.descent``, ``core.optimizers``, ``core.surfaces``,
``core.expr``, ``core.gradient``); the tabs only drive and draw it. The "Optimizer race" and
"Numerical differentiation" tabs are built the first time they are shown (or asked for).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.descent import remembered
from dlfs_studio.app.panels.descent.descent_view import DescentView
from dlfs_studio.app.panels.descent.numdiff_view import NumDiffView
from dlfs_studio.app.panels.descent.race_view import RaceView
from dlfs_studio.app.panels.lazy_tabs import LECTURER_ACTIONS, LazyTabsPanel

__all__ = ["LECTURER_ACTIONS", "DescentPanel", "TabView"]

#: What a sub-tab holds.
TabView = DescentView | RaceView | NumDiffView


class DescentPanel(LazyTabsPanel):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), lecturer_key(action).

    The surface, optimizer, learning rate, start point, speeds and sub-tab are remembered (QSettings)."""

    KEYS = ("descent", "race", "numdiff")
    settings: QSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        from dlfs_studio.app.main_window import make_settings

        super().__init__(parent, settings=make_settings(), tab_setting=f"{remembered.GROUP}/tab")

    def _tab_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "descent": (self.tr("Descent"),
                        self.tr("One optimizer walking down a surface, step by step (figures 4-9, 4-10).")),
            "race": (self.tr("Optimizer race"),
                     self.tr("SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).")),
            "numdiff": (self.tr("Numerical differentiation"),
                        self.tr("Forward and central differences and why the book picks h = 1e-4 (section 4.3).")),
        }

    def _page_classes(self) -> dict[str, Callable[[QWidget], QWidget]]:
        return {"descent": DescentView, "race": RaceView, "numdiff": NumDiffView}

    def _page_built(self, key: str, view: QWidget) -> None:
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

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Gradient descent")

    def export_targets(self) -> list[ExportTarget]:
        """The plots and tables of the tabs built so far, the shown tab's first.

        Called at export time, so the race view first lays out its hidden plot page (a 2x2 figure never
        shown would otherwise export as a flattened, never-sized widget)."""
        if "race" in self._views:
            self.race.prepare_export()
        return super().export_targets()

    def _export_groups(self) -> dict[str, Callable[..., list[ExportTarget]]]:
        return {
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

    def shutdown(self) -> None:
        super().shutdown()
        if "descent" in self._views:
            remembered.save_descent(self.settings, self.descent)
        if "race" in self._views:
            remembered.save_race(self.settings, self.race)
        self.settings.sync()
