"""The training view's layout: the settings column and the run buttons on the left; on the right the status
strip, the tabs of views, the timeline and the runs list; and how presentation mode rearranges them.

:class:`TrainingLayout` builds and places the parts (each a view of its own module) and knows nothing of
the controller; :class:`~.panel.TrainingPanel` adds the wiring and the behaviour.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.buttons import RunButtons
from dlfs_studio.app.panels.training.curves import CurvesView
from dlfs_studio.app.panels.training.form import SettingsForm
from dlfs_studio.app.panels.training.gradcheck import GradCheckTab
from dlfs_studio.app.panels.training.inspect import DrawTab, ErrorsTab, WeightsTab
from dlfs_studio.app.panels.training.runs_view import RunsList, Timeline
from dlfs_studio.app.panels.training.status import StatusStrip

#: Widgets of the parts, reachable on the panel by the same names (tests, benchmarks, the main window).
_ALIASES = {
    "form": ("dataset_group", "network_group", "training_group", "dataset_combo", "dataset_status", "samples_view",
             "samples_labels", "preset_combo", "hidden_edit", "activation_combo", "init_combo", "batchnorm_check",
             "dropout_edit", "decay_edit", "optimizer_combo", "optimizer_params_edit", "lr_edit", "batch_spin",
             "mode_combo", "iterations_spin", "epochs_spin", "seed_spin", "train_subset_spin", "test_subset_spin",
             "form_error", "data_folder_button"),
    "buttons": ("start_button", "pause_button", "step_button", "stop_button", "reset_button", "save_button",
                "load_button", "file_buttons"),
    "status": ("status_label", "progress_bar", "message_label"),
    "curves": ("loss_plot", "acc_plot", "acc_legend", "loss_legend", "loss_raw", "logy_check", "ma_spin"),
    "weights_tab": ("weights_view", "weights_title", "activation_view"),
    "errors_tab": ("confusion_view", "gallery_view", "gallery_title"),
    "draw_tab": ("pad", "prediction_label", "preview_view", "prob_bars"),
    "gradcheck": ("gc_batch_spin", "gc_sample_spin", "gc_all_check", "gc_run_button", "gc_cancel_button",
                  "gc_progress", "gc_summary", "gc_table", "gc_h_combo"),
}

#: Width of the runs list beside the views in presentation mode (the run's name and its test accuracy).
PRESENTATION_RUNS_WIDTH = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


class TrainingLayout(QWidget):
    """The parts of the training view, placed (see the module docstring); their widgets are attributes, also
    under the names of :data:`_ALIASES`. The subclass calls :meth:`_build_ui` once."""

    def _build_ui(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        root.addWidget(self.splitter)
        self.form = SettingsForm()
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidget(self.form)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 24)
        self.left = QWidget()
        lv = QVBoxLayout(self.left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.controls_scroll, 1)
        lv.addWidget(self.form.form_error)
        self.buttons = RunButtons(self.left)
        lv.addWidget(self.buttons)
        self.splitter.addWidget(self.left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(2, 2, 2, 2)
        self.status = StatusStrip(right)
        rv.addWidget(self.status)
        self.tabs = QTabWidget(right)
        self.tabs.setToolTip(_tr("Views of the training runs"))
        self.curves = CurvesView(self.tabs)
        self.weights_tab = WeightsTab(self.tabs)
        self.errors_tab = ErrorsTab(self.tabs)
        self.draw_tab = DrawTab(self.tabs)
        self.gradcheck = GradCheckTab(self.tabs)
        for view, title, tip in (
                (self.curves, _tr("Curves"), _tr("Loss per mini-batch and accuracy per epoch of every "
                                                         "visible run")),
                (self.weights_tab, _tr("Weights && activations"),
                 _tr("First-layer weights as images and the distribution of hidden activations")),
                (self.errors_tab, _tr("Errors"), _tr("Confusion matrix and the most confident mistakes on "
                                                             "the test set")),
                (self.draw_tab, _tr("Draw"), _tr("Draw and see what the network shown thinks it is")),
                (self.gradcheck, _tr("Gradient check"),
                 _tr("Compare backprop with the numerical gradient (book section 5.7.3)"))):
            self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
        self.timeline = Timeline(right)
        self.runs_list = RunsList(right)
        bottom = QWidget(right)
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(self.timeline)
        bv.addWidget(self.runs_list, 1)
        # in presentation mode the runs list stands beside the views (the tabs keep their height)
        self.views_split = QSplitter(Qt.Orientation.Horizontal, right)
        self.views_split.addWidget(self.tabs)
        self.right_split = QSplitter(Qt.Orientation.Vertical, right)
        self.right_split.addWidget(self.views_split)
        self.right_split.addWidget(bottom)
        self.right_split.setStretchFactor(0, 1)
        self.right_split.setStretchFactor(1, 0)
        self.right_split.setCollapsible(1, False)
        self._bottom = bottom
        self.right_split.setSizes([540, bottom.minimumSizeHint().height()])
        rv.addWidget(self.right_split, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # wide enough for the longest preset title and the form's labels: nothing in the column is cut
        fm = self.form.preset_combo.fontMetrics()
        widest = max(fm.horizontalAdvance(self.form.preset_combo.itemText(i))
                     for i in range(self.form.preset_combo.count()))
        self._left_width = min(max(self.controls_scroll.minimumWidth(), widest + 90, 340), 440)
        self.controls_scroll.setMinimumWidth(self._left_width)
        self.splitter.setSizes([self._left_width, 1280 - self._left_width])
        for part, names in _ALIASES.items():
            for name in names:
                setattr(self, name, getattr(getattr(self, part), name))

    def _set_presentation_layout(self, on: bool) -> None:
        """Presentation mode: the settings column goes, the run buttons move above the tabs and the runs list
        beside them (the curves keep their height); back in normal mode all return."""
        self.left.setVisible(not on)
        self.buttons.set_compact(on)
        if on:
            self.status.row.insertWidget(0, self.buttons)
        else:
            layout = self.left.layout()
            if layout is not None:
                layout.addWidget(self.buttons)
        self.buttons.setVisible(True)
        self.runs_list.set_presentation_mode(on)
        if on:
            self.views_split.addWidget(self.runs_list)
            self.views_split.setSizes([1280 - PRESENTATION_RUNS_WIDTH, PRESENTATION_RUNS_WIDTH])
        else:
            layout = self._bottom.layout()
            if layout is not None:
                layout.addWidget(self.runs_list)
        self.right_split.setSizes([650, self._bottom.minimumSizeHint().height()])
        self.splitter.setSizes([0, 1280] if on else [self._left_width, 1280 - self._left_width])
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        self.tabs.tabBar().setFont(f)
