"""The "Chapter 6" panel: races under identical conditions (core.races), drawn live.

Left: the book's presets (one click; their notes below), a custom race (the setting to vary and its
values), seeds, play/pause, step, stop, save. Right: the curves of all racers on shared axes, the
6-19 grid, the 6-24 scatter and the init race's activation histograms, each in its own tab.
Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), lecturer_key(action),
has_unsaved_work(), maybe_save(consequence).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable, ExportTarget
from dlfs_studio.core.races import CUSTOM_SETTINGS, RacePlan, custom_plan, parse_values, preset
from dlfs_studio.core.runconfig import RunConfig

from .controller import RaceController
from .views import CurvesView, GridView, HistView, ScatterView, StatusView


def _tr(text: str) -> str:
    return QCoreApplication.translate("RacesPanel", text)


#: preset key -> (button text, options for core.races.preset)
PRESET_BUTTONS: tuple[tuple[str, dict[str, float]], ...] = (
    ("optimizers", {}),
    ("init", {}),
    ("batchnorm_one", {"scale": 0.05}),
    ("batchnorm", {}),
    ("overfit", {}),
    ("search", {}),
)

#: What a custom race starts from: the book's 5-layer ReLU net, SGD lr 0.01, batch 100, 1000 iterations.
CUSTOM_BASE = RunConfig(net="multi_layer", hidden_sizes=(100, 100, 100, 100), activation="relu", init="he",
                        optimizer="sgd", lr=0.01, batch_size=100, iterations=1000, eval_train_limit=10000)
CUSTOM_DEFAULTS = {"optimizer": "sgd, momentum, adagrad, adam", "lr": "0.1, 0.01, 0.001",
                   "init": "0.01, xavier, he", "batchnorm": "off, on", "weight_decay": "0, 0.01, 0.1",
                   "dropout": "0, 0.2, 0.5", "batch_size": "32, 100, 300", "hidden_sizes": "100-100-100-100, 50-50"}


class RacesPanel(QWidget):
    """Chapter 6's comparisons as races (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None, loader: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.curves, self.grid, self.scatter = CurvesView(self), GridView(self), ScatterView(self)
        self.hists, self.status = HistView(self), StatusView(self)
        views = {"curves": self.curves, "grid": self.grid, "scatter": self.scatter, "hists": self.hists,
                 "status": self.status}
        self.controller = RaceController(views, **({"loader": loader} if loader is not None else {}), parent=self)
        self.controller.state_changed.connect(self._on_state)
        self.saved_to: Path | None = None

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._build_controls(split))
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(right)
        self.title_label.setFont(style.heading_font(False))
        self.title_label.setWordWrap(True)  # a long title never widens the panel past the screen
        rl.addWidget(self.title_label)
        rl.addWidget(self.status)
        self.tabs = QTabWidget(right)
        self.tabs.addTab(self.curves, self.tr("Curves"))
        self.tabs.addTab(self.grid, self.tr("Figure 6-19 grid"))
        self.tabs.addTab(self.scatter, self.tr("Search scatter"))
        self.tabs.addTab(self.hists, self.tr("Activations"))
        rl.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.status.show(self.tr("Pick one of the book's races, or build your own, and press its button."))
        self._on_state("idle")

    # ------------------------------------------------------------------ building
    def _build_controls(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QWidget(scroll)
        col = QVBoxLayout(box)
        presets = QGroupBox(self.tr("The book's races"), box)
        pl = QVBoxLayout(presets)
        texts = {"optimizers": self.tr("Optimizers (figure 6-9)"), "init": self.tr("Weight init (figure 6-14)"),
                 "batchnorm_one": self.tr("BatchNorm at one scale (figure 6-18)"),
                 "batchnorm": self.tr("BatchNorm, 16 scales (figure 6-19)"),
                 "overfit": self.tr("Overfitting on 300 images (6-20 to 6-23)"),
                 "search": self.tr("Random search (figure 6-24)")}
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, options in PRESET_BUTTONS:
            b = QPushButton(texts[key], presets)
            b.setToolTip(self.note(key))
            b.clicked.connect(lambda _=False, k=key, o=options: self.start_preset(k, **o))
            pl.addWidget(b)
            self.preset_buttons[key] = b
        scale_row = QHBoxLayout()
        scale_row.addWidget(QLabel(self.tr("Weight scale for 6-18:"), presets))
        self.scale_box = QComboBox(presets)
        for w in ("1", "0.3", "0.1", "0.05", "0.01", "0.001"):
            self.scale_box.addItem(w)
        self.scale_box.setCurrentText("0.05")
        scale_row.addWidget(self.scale_box)
        pl.addLayout(scale_row)
        self.note_label = QLabel(presets)
        self.note_label.setWordWrap(True)
        pl.addWidget(self.note_label)
        col.addWidget(presets)

        custom = QGroupBox(self.tr("Your own race"), box)
        form = QFormLayout(custom)
        self.setting_box = QComboBox(custom)
        names = {"optimizer": self.tr("optimizer"), "lr": self.tr("learning rate"), "init": self.tr("weight init"),
                 "batchnorm": self.tr("BatchNorm"), "weight_decay": self.tr("weight decay"),
                 "dropout": self.tr("dropout"), "batch_size": self.tr("batch size"),
                 "hidden_sizes": self.tr("hidden sizes")}
        for s in CUSTOM_SETTINGS:
            self.setting_box.addItem(names[s], s)
        self.values_edit = QLineEdit(custom)
        self.values_edit.setText(CUSTOM_DEFAULTS["optimizer"])
        self.setting_box.currentIndexChanged.connect(
            lambda _: self.values_edit.setText(CUSTOM_DEFAULTS[self.setting_box.currentData()]))
        self.iter_spin = QSpinBox(custom)
        self.iter_spin.setRange(10, 100_000)
        self.iter_spin.setValue(1000)
        self.iter_spin.setSingleStep(100)
        self.custom_button = QPushButton(self.tr("Start this race"), custom)
        self.custom_button.clicked.connect(self.start_custom)
        form.addRow(self.tr("Vary"), self.setting_box)
        form.addRow(self.tr("Values"), self.values_edit)
        form.addRow(self.tr("Iterations"), self.iter_spin)
        form.addRow(self.custom_button)
        col.addWidget(custom)

        run = QGroupBox(self.tr("Run"), box)
        rl = QFormLayout(run)
        self.seeds_spin = QSpinBox(run)
        self.seeds_spin.setRange(1, 20)
        self.seeds_spin.setToolTip(self.tr("Repeat the race over several seeds: each variant is drawn as its mean "
                                           "with a min-max band"))
        rl.addRow(self.tr("Seeds"), self.seeds_spin)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Pause"), run)
        self.play_button.clicked.connect(self.controller.play_pause)
        self.step_button = QPushButton(self.tr("Step"), run)
        self.step_button.clicked.connect(self.controller.step)
        self.stop_button = QPushButton(self.tr("Stop"), run)
        self.stop_button.clicked.connect(self.controller.stop)
        for b in (self.play_button, self.step_button, self.stop_button):
            row.addWidget(b)
        rl.addRow(row)
        self.save_button = QPushButton(self.tr("Save as session…"), run)
        self.save_button.setToolTip(self.tr("Keep every racer as a run in a session folder (the training view "
                                            "and dlfs replay open it)"))
        self.save_button.clicked.connect(self._save_dialog)
        rl.addRow(self.save_button)
        self.error_label = style.error_label(run)
        rl.addRow(self.error_label)
        col.addWidget(run)
        col.addStretch(1)
        scroll.setWidget(box)
        scroll.setMinimumWidth(300)
        self.controls = box
        self.controls_scroll = scroll
        return scroll

    # ------------------------------------------------------------------ texts
    def note(self, key: str) -> str:
        """The translated note of a preset: what to watch for."""
        notes = {
            "optimizers": self.tr("784-100x4-10 ReLU net (He init), batch 128, 2000 iterations, each optimizer with "
                                  "the book's learning rate. Watch SGD's loss fall slowest; AdaGrad and Adam drop "
                                  "fastest at first."),
            "init": self.tr("784-100x4-10 ReLU net, SGD lr 0.01, batch 128. With std 0.01 the signals vanish and "
                            "the loss stays at 2.3; He learns fastest. See the activations tab."),
            "batchnorm_one": self.tr("784-100x5-10 ReLU net on 1000 images, SGD lr 0.01, 20 epochs: training "
                                     "accuracy with and without BatchNorm at one weight scale."),
            "batchnorm": self.tr("The same at 16 weight scales from 1 to 0.0001. With BatchNorm the net learns at "
                                 "almost every scale; without, it fails when the scale is too large or too small."),
            "overfit": self.tr("784-100x6-10 ReLU net on 300 images. Plain: training accuracy reaches 100% while "
                               "test accuracy stalls; weight decay 0.1 and dropout 0.2 narrow the gap (dropout runs "
                               "301 epochs, as in the book)."),
            "search": self.tr("100 trials of lr = 10^U(-6,-2) and weight decay = 10^U(-8,-4), 50 epochs on 400 "
                              "images, validation accuracy on 100 others. Good trials cluster at lr 1e-3 to 1e-2; "
                              "the test set is never touched."),
        }
        return notes.get(key, "")

    def plan_title(self, plan: RacePlan) -> str:
        """The race's title in the interface language, with the book's figure."""
        titles = {"optimizers": self.tr("SGD, Momentum, AdaGrad, Adam"),
                  "init": self.tr("Weight init: std 0.01, Xavier, He"),
                  "batchnorm": self.tr("BatchNorm against none") if len(plan.variants) == 2
                  else self.tr("BatchNorm against none over 16 weight scales"),
                  "overfit": self.tr("Overfitting on 300 images"),
                  "search": self.tr("Random search over learning rate and weight decay")}
        if plan.key in titles:
            return self.tr("{0} (figure {1})").format(titles[plan.key], plan.figure)
        index = self.setting_box.findData(plan.setting)
        name = self.setting_box.itemText(index) if index >= 0 else plan.setting
        return self.tr("Your race: {0}").format(name)

    # ------------------------------------------------------------------ starting
    def _confirm_discard(self) -> bool:
        return self.maybe_save(self.tr("Starting a new race discards it."))

    def start_preset(self, key: str, **options: Any) -> bool:
        if key == "batchnorm_one":
            options = {"scale": float(self.scale_box.currentText()), **options}
        plan = preset("batchnorm" if key == "batchnorm_one" else key, **options)
        self.note_label.setText(self.note(key))
        return self._start(plan)

    def start_custom(self) -> bool:
        setting = self.setting_box.currentData()
        try:
            values = parse_values(setting, self.values_edit.text())
            plan = custom_plan(CUSTOM_BASE.changed(iterations=self.iter_spin.value()), setting, values)
        except ValueError as exc:
            style.set_error_label(self.error_label, str(exc))
            return False
        self.note_label.setText("")
        return self._start(plan)

    def _start(self, plan: RacePlan) -> bool:
        if not self._confirm_discard():
            return False
        style.set_error_label(self.error_label, None)
        try:
            self.controller.start(plan, seeds=self.seeds_spin.value())
        except ValueError as exc:
            style.set_error_label(self.error_label, str(exc))
            return False
        self.saved_to = None
        self.title_label.setText(self.plan_title(plan))
        tab = {"search": 2}.get(plan.key, 1 if plan.key == "batchnorm" and len(plan.variants) > 2 else 0)
        self.tabs.setCurrentIndex(tab)
        return True

    def _on_state(self, state: str) -> None:
        active = state in ("running", "paused")
        self.play_button.setEnabled(active)
        self.step_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.play_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.save_button.setEnabled(self.controller.race is not None and not active)

    # ------------------------------------------------------------------ saving
    def save_session(self, folder: str | Path) -> bool:
        from dlfs_studio.core.session import SessionError, save_session
        race = self.controller.race
        if race is None:
            return False
        try:
            self.saved_to = save_session(folder, race.runs())
        except (SessionError, OSError, ValueError) as exc:
            style.set_error_label(self.error_label, self.tr("Could not save the session: %1").replace("%1", str(exc)))
            return False
        self.controller.saved = True
        style.set_error_label(self.error_label, self.tr("Saved to %1").replace("%1", str(self.saved_to)), "ok")
        return True

    def _save_dialog(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the race as a session folder"))
        return bool(folder) and self.save_session(folder)

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Chapter 6 races")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for v in (self.curves, self.grid, self.scatter, self.hists):
            v.set_presentation(self.presentation)
        self.title_label.setFont(style.heading_font(self.presentation))
        f = self.font()
        f.setPointSizeF(style.font_size("body", self.presentation))
        self.status.setFont(f)
        small = self.font()  # the controls grow less, so the column still fits at 1280x720
        small.setPointSizeF(style.font_size("body") * (1.2 if self.presentation else 1.0))
        self.controls.setFont(small)
        self.note_label.setFont(small)
        # the column widens to its content (never cut off), then the plots take the rest
        self.controls.adjustSize()
        need = self.controls.sizeHint().width() + self.controls_scroll.verticalScrollBar().sizeHint().width() + 4
        self.controls_scroll.setMinimumWidth(max(300, need))

    def lecturer_key(self, action: str) -> bool:
        if action == "play_pause":
            return self.controller.play_pause()
        if action == "step_forward":
            return self.controller.step()
        return False

    def export_targets(self) -> list:
        return [ExportTarget(self.tr("Race curves"), plot=self.curves.plot),
                ExportTarget(self.tr("Race final figures"), table=self._final_table),
                ExportTarget(self.tr("Figure 6-19 grid"), plot=self.grid.widget),
                ExportTarget(self.tr("Search scatter"), plot=self.scatter.plot)]

    def _final_table(self) -> CsvTable:
        return CsvTable(["variant", "seeds", "loss_mean", "loss_min", "loss_max", "train_acc_mean", "train_acc_min",
                         "train_acc_max", "test_acc_mean", "test_acc_min", "test_acc_max"],
                        self.controller.final_rows())

    def has_unsaved_work(self) -> bool:
        return self.controller.has_unsaved_work()

    def maybe_save(self, consequence: str) -> bool:
        if not self.has_unsaved_work():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved race"),
            self.tr("The race's runs are not saved.") + "\n\n" + consequence + " " + self.tr("Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Discard:
            return True
        if answer == buttons.Save:
            return self._save_dialog()
        return False

    def shutdown(self) -> None:
        self.controller.stop(3000)
