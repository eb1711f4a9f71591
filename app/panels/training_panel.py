"""The live MNIST training panel (book chapters 4 to 7).

Left: dataset, network preset and every hyperparameter, run controls, save/load.
Right: a status strip (iteration, epoch, samples/s, elapsed, remaining, progress) and sub-tabs:
curves (loss per iteration with a moving average, accuracy per epoch with the book's reference),
weights and activations, errors (confusion matrix, misclassified digits), a drawing pad, and the
numerical-vs-backprop gradient check.

Threading: the panel never trains, evaluates or differentiates in the GUI thread, and never
touches the network being trained. Training, dataset loading, the gradient check and downloads
run in :mod:`app.worker` workers; the worker-side :class:`~app.panels.training.jobs.TrainingJob`
sends copies (loss chunks, parameter copies, weight mosaics, confusion matrices) at most ~30
times per second. The drawing pad and saving use a separate *view network* that receives those
parameter copies.
"""
from __future__ import annotations

import dataclasses
import os
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable, ExportTarget
from dlfs_studio.app.panels.training.dataset_dialog import DatasetDialog
from dlfs_studio.app.panels.training.drawing_pad import DrawingPad
from dlfs_studio.app.panels.training.jobs import (
    GALLERY_VPAD,
    EvaluationView,
    TrainingJob,
    TrainingSnapshot,
    weight_mosaic,
)
from dlfs_studio.app.panels.training.presets import (
    OPTIMIZERS,
    PRESET_BY_KEY,
    PRESETS,
    FieldError,
    Preset,
    network_config,
    optimizer_defaults,
    parse_float,
    parse_optimizer_params,
    train_config,
)
from dlfs_studio.app.panels.training.views import (
    ActivationView,
    ConfusionView,
    MosaicView,
    ProbabilityBars,
    tile_mosaic,
)
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.data import DatasetError, DatasetNotFoundError, load_dataset
from dlfs_studio.core.gradcheck import GradCheckProgress, GradCheckResult, gradient_check
from dlfs_studio.core.network import Network, build_network
from dlfs_studio.core.preprocess import mnist_like
from dlfs_studio.core.serialize import ModelFileError, non_finite_parameters, read_model, save_network
from dlfs_studio.core.training import TrainingControl

#: Seconds the panel waits for a worker to stop (closing, switching dataset, reset).
STOP_TIMEOUT_MS = 1000
#: Minimum seconds between two redraws of the loss curve while training (the status line and progress bar
#: follow every update, up to ~30 per second); drawing the curves is the GUI thread's main cost.
CURVE_REDRAW_S = 0.1
#: Minimum seconds between two (non-urgent) updates from the training worker: at most ~30 per second.
UPDATE_INTERVAL_S = 1.0 / 30.0
#: Most points drawn for the moving average of the loss.
MA_POINTS = 300
#: Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py).
YIELD_GIL = False

DATASETS = (("mnist", "MNIST"), ("fashion-mnist", "Fashion-MNIST"))
#: Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit).
PRESENTATION_GALLERY = (8, 4)

_RUNNING_STATES = ("running", "paused")


def _fmt_time(seconds: float) -> str:
    if not np.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class _Growing:
    """A growing float array (amortised appends) for the loss history."""

    def __init__(self, dtype: Any = np.float64) -> None:
        self.data = np.empty(1024, dtype=dtype)
        self.n = 0

    def extend(self, values: np.ndarray) -> None:
        need = self.n + len(values)
        if need > len(self.data):
            new = np.empty(max(need, 2 * len(self.data)), dtype=self.data.dtype)
            new[:self.n] = self.data[:self.n]
            self.data = new
        self.data[self.n:need] = values
        self.n = need

    def view(self) -> np.ndarray:
        return self.data[:self.n]

    def clear(self) -> None:
        self.n = 0


class TrainingPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown().

    ``data_dir``: folder holding ``mnist/`` and ``fashion-mnist/`` (default: DLFS_DATA, then the
    "training/data_dir" setting, then core's search locations). ``autoload``: load MNIST at once.
    """

    #: Emitted with the new state: "empty", "loading", "idle", "running", "paused", "finished", "stopped",
    #: "diverged".
    stateChanged = Signal(str)
    datasetLoaded = Signal(object)
    datasetFailed = Signal(str)
    updated = Signal()
    predictionChanged = Signal(object)
    gradcheckFinished = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, data_dir: str | Path | None = None,
                 settings: QSettings | None = None, autoload: bool = True) -> None:
        super().__init__(parent)
        style.init_pyqtgraph()
        if settings is None:
            from dlfs_studio.app.main_window import make_settings
            settings = make_settings()
        self._settings = settings
        env = os.environ.get("DLFS_DATA", "")
        saved = str(self._settings.value("training/data_dir", "") or "")
        self.data_dir: str | None = str(data_dir) if data_dir else (env or saved or None)
        self.dataset = None
        self._dataset_name = "mnist"
        self._state = "empty"
        self._presentation = False
        self._runner: WorkerRunner | None = None
        self._worker: GeneratorWorker | None = None
        self._data_runner: WorkerRunner | None = None
        self._data_worker: GeneratorWorker | None = None
        self._data_target = ""
        self._grad_runner: WorkerRunner | None = None
        self._grad_worker: GeneratorWorker | None = None
        self._dialog: DatasetDialog | None = None
        self._job: TrainingJob | None = None
        self._run_config: dict | None = None
        self._view_net: Network | None = None
        self._view_config: dict | None = None
        self._loaded_net: Network | None = None
        self._latest_state: dict | None = None
        self._state_version = 0
        self._view_version = -1
        self._last_progress = None
        self._losses_x = _Growing(np.int64)
        self._losses_y = _Growing()
        self._evals: list = []
        self._last_curve_draw = 0.0
        self.last_error = ""
        self.last_message = ""
        self.updates_received = 0
        self._pending_views: dict[str, Any] = {}
        #: The latest evaluation and activation statistics received (also when their tab was never shown).
        self._evaluation: EvaluationView | None = None
        self._activations: list | None = None
        #: The current network has been trained (or loaded), and has changed since it was last saved.
        self._trained = False
        self._unsaved = False
        #: Said after "Loaded …" when loading the dataset stopped a run or cleared its results.
        self._switch_note = ""
        #: The status line while a loaded model waits to be trained further.
        self._loaded_note = ""
        self._ma_label = ""
        self._user_zoomed = False
        self._build_ui()
        self._apply_preset(PRESETS[0])
        self._set_state("empty")
        if autoload:
            self.load_dataset("mnist")

    # ================================================================== UI construction
    def _build_ui(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        root.addWidget(splitter)

        # ---------------------------------------------------------------- left: controls
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(2, 2, 2, 2)
        self.dataset_group = self._build_dataset_group()
        self.network_group = self._build_network_group()
        self.training_group = self._build_training_group()
        lv.addWidget(self.dataset_group)
        lv.addWidget(self.network_group)
        lv.addWidget(self.training_group)
        lv.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        self.controls_scroll = scroll

        controls = QWidget()
        cv = QVBoxLayout(controls)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(scroll, 1)
        # below the scrolled settings, next to Start, so the reason Start is disabled is always in view
        self.form_error = style.error_label(controls)
        self.form_error.setToolTip(self.tr("Why the settings cannot be used yet"))
        cv.addWidget(self.form_error)
        cv.addWidget(self._build_run_buttons())
        cv.addStretch(0)  # takes the room of the hidden settings in presentation mode
        splitter.addWidget(controls)

        # ---------------------------------------------------------------- right: status + tabs
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(2, 2, 2, 2)
        status_row = QHBoxLayout()
        self.status_label = QLabel(self.tr("Load a dataset to begin."), right)
        self.status_label.setToolTip(self.tr("Iteration, epoch, training speed, elapsed and remaining time"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # changing text must not re-layout the panel on every update
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        status_row.addWidget(self.status_label, 1)
        self.progress_bar = QProgressBar(right)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setToolTip(self.tr("Share of the run's mini-batches done"))
        status_row.addWidget(self.progress_bar)
        rv.addLayout(status_row)
        self.message_label = style.error_label(right)
        self.message_label.setToolTip(self.tr("What happened last (errors, divergence, results)"))
        rv.addWidget(self.message_label)

        self.tabs = QTabWidget(right)
        self.tabs.setToolTip(self.tr("Views of the training run"))
        self.tabs.addTab(self._build_curves_tab(), self.tr("Curves"))
        self.tabs.addTab(self._build_weights_tab(), self.tr("Weights && activations"))
        self.tabs.addTab(self._build_errors_tab(), self.tr("Errors"))
        self.tabs.addTab(self._build_draw_tab(), self.tr("Draw a digit"))
        self.tabs.addTab(self._build_gradcheck_tab(), self.tr("Gradient check"))
        for i, tip in enumerate((
                self.tr("Loss per mini-batch and accuracy per epoch"),
                self.tr("First-layer weights as images and the distribution of hidden activations"),
                self.tr("Confusion matrix and the most confident mistakes on the test set"),
                self.tr("Draw a digit and see what the current network thinks it is"),
                self.tr("Compare backprop with the numerical gradient (book section 5.7.3)"))):
            self.tabs.setTabToolTip(i, tip)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        rv.addWidget(self.tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        self.splitter = splitter
        for combo in (self.dataset_combo, self.preset_combo, self.mode_combo, self.init_combo,
                      self.activation_combo, self.optimizer_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            # long preset names must not widen the settings column: the combo takes the width it gets
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(90)
        for wdg in (self.dataset_status, self.samples_view, self.samples_labels):
            wdg.setSizePolicy(QSizePolicy.Policy.Ignored, wdg.sizePolicy().verticalPolicy())

    def _build_dataset_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"), self)
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.dataset_combo = QComboBox(box)
        for key, label in DATASETS:
            self.dataset_combo.addItem(label, key)
        self.dataset_combo.addItem(self.tr("Folder of IDX files…"), "folder")
        self.dataset_combo.setToolTip(self.tr("The dataset to train on: MNIST digits, Fashion-MNIST clothes, "
                                              "or any folder holding the four IDX files"))
        self.dataset_combo.activated.connect(self._on_dataset_chosen)
        row.addWidget(self.dataset_combo, 1)
        self.data_folder_button = QPushButton(self.tr("Data folder…"), box)
        self.data_folder_button.setToolTip(self.tr("The folder holding mnist/ and fashion-mnist/ "
                                                   "(remembered; the DLFS_DATA variable also sets it)"))
        self.data_folder_button.clicked.connect(self._choose_data_folder)
        row.addWidget(self.data_folder_button)
        v.addLayout(row)
        self.dataset_status = QLabel(self.tr("No dataset loaded"), box)
        self.dataset_status.setWordWrap(True)
        self.dataset_status.setToolTip(self.tr("Which dataset is loaded and where it came from"))
        v.addWidget(self.dataset_status)
        self.samples_view = MosaicView("", "gray", parent=box)
        self.samples_view.setFixedHeight(44)
        self.samples_view.setToolTip(self.tr("The first training images with their labels"))
        v.addWidget(self.samples_view)
        self.samples_labels = QLabel("", box)
        self.samples_labels.setWordWrap(True)
        self.samples_labels.setToolTip(self.samples_view.toolTip())
        v.addWidget(self.samples_labels)
        return box

    def _line(self, tip: str, parent: QWidget) -> QLineEdit:
        e = QLineEdit(parent)
        e.setToolTip(tip)
        e.textChanged.connect(self._validate)
        return e

    def _spin(self, lo: int, hi: int, tip: str, parent: QWidget, special: str = "") -> QSpinBox:
        s = QSpinBox(parent)
        s.setRange(lo, hi)
        s.setToolTip(tip)
        s.setGroupSeparatorShown(True)
        if special:
            s.setSpecialValueText(special)
        s.valueChanged.connect(self._validate)
        return s

    def _build_network_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preset_combo = QComboBox(box)
        for p in PRESETS:
            self.preset_combo.addItem(self.tr(p.title), p.key)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, self.tr(p.description),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(self.tr("A network of the book with its hyperparameters; change any of "
                                             "them below"))
        self.preset_combo.activated.connect(lambda i: self._apply_preset(PRESETS[i]))
        form.addRow(self.tr("Preset"), self.preset_combo)
        self.hidden_edit = self._line(self.tr("Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers"), box)
        form.addRow(self.tr("Hidden sizes"), self.hidden_edit)
        self.activation_combo = QComboBox(box)
        self.activation_combo.addItems(["sigmoid", "relu"])
        self.activation_combo.setToolTip(self.tr("Activation function of the hidden layers (chapter 3)"))
        self.activation_combo.currentIndexChanged.connect(self._validate)
        form.addRow(self.tr("Activation"), self.activation_combo)
        self.init_combo = QComboBox(box)
        self.init_combo.setEditable(True)
        self.init_combo.addItems(["0.01", "he", "xavier"])
        self.init_combo.setToolTip(self.tr("Initial weight scale: a standard deviation such as 0.01, or He "
                                           "(for ReLU) / Xavier (for sigmoid), section 6.2"))
        self.init_combo.currentTextChanged.connect(self._validate)
        form.addRow(self.tr("Weight init"), self.init_combo)
        self.batchnorm_check = QCheckBox(self.tr("Batch normalization"), box)
        self.batchnorm_check.setToolTip(self.tr("Insert BatchNorm before each activation (section 6.3; "
                                                "chapter 6 preset only)"))
        self.batchnorm_check.toggled.connect(self._validate)
        form.addRow("", self.batchnorm_check)
        self.dropout_edit = self._line(self.tr("Share of hidden units dropped in training, 0 to 0.99 "
                                               "(section 6.4.3; chapter 6 preset only)"), box)
        form.addRow(self.tr("Dropout"), self.dropout_edit)
        self.decay_edit = self._line(self.tr("Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; "
                                             "chapter 6 preset only)"), box)
        form.addRow(self.tr("Weight decay λ"), self.decay_edit)
        return box

    def _build_training_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training"), self)
        form = QFormLayout(box)
        self.optimizer_combo = QComboBox(box)
        self.optimizer_combo.addItems(list(OPTIMIZERS))
        self.optimizer_combo.setToolTip(self.tr("Update rule (chapter 6); can be changed while training"))
        self.optimizer_combo.currentIndexChanged.connect(self._validate)
        self.optimizer_combo.activated.connect(self._on_optimizer_changed_live)
        form.addRow(self.tr("Optimizer"), self.optimizer_combo)
        self.optimizer_params_edit = self._line(self.tr("The optimizer's own settings as name=value pairs, e.g. "
                                                        "momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 "
                                                        "(RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the "
                                                        "book's values shown in grey"), box)
        form.addRow(self.tr("Optimizer settings"), self.optimizer_params_edit)
        self.optimizer_combo.currentTextChanged.connect(self._on_optimizer_chosen)
        self.lr_edit = self._line(self.tr("Learning rate; press Enter to change it while training"), box)
        self.lr_edit.editingFinished.connect(self._on_lr_changed_live)
        form.addRow(self.tr("Learning rate"), self.lr_edit)
        self.batch_spin = self._spin(1, 60000, self.tr("Images per mini-batch"), box)
        form.addRow(self.tr("Batch size"), self.batch_spin)
        self.mode_combo = QComboBox(box)
        self.mode_combo.addItem(self.tr("book (random batches, iterations)"), "book")
        self.mode_combo.addItem(self.tr("epochs (shuffled passes)"), "epochs")
        self.mode_combo.setToolTip(self.tr("Book: mini-batches drawn at random with replacement for a number of "
                                           "iterations, as train_neuralnet.py; epochs: each epoch visits every "
                                           "training image once"))
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        form.addRow(self.tr("Mode"), self.mode_combo)
        self.iterations_spin = self._spin(1, 10_000_000, self.tr("Number of mini-batches (book mode)"), box)
        form.addRow(self.tr("Iterations"), self.iterations_spin)
        self.epochs_spin = self._spin(1, 1000, self.tr("Number of passes over the training set (epochs mode)"), box)
        form.addRow(self.tr("Epochs"), self.epochs_spin)
        self.seed_spin = self._spin(0, 2**31 - 1, self.tr("Random seed of the initial weights and the mini-batches: "
                                                          "the same seed replays the same run exactly"), box)
        form.addRow(self.tr("Seed"), self.seed_spin)
        self.train_subset_spin = self._spin(0, 60000, self.tr("Train on the first N images only (0 = all); "
                                                              "useful for the slow convolutional network"),
                                            box, special=self.tr("all"))
        form.addRow(self.tr("Training images"), self.train_subset_spin)
        self.test_subset_spin = self._spin(0, 10000, self.tr("Evaluate on the first N test images only (0 = all)"),
                                           box, special=self.tr("all"))
        form.addRow(self.tr("Test images"), self.test_subset_spin)
        return box

    def _button(self, text: str, tip: str, slot, parent: QWidget) -> QPushButton:
        b = QPushButton(text, parent)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _build_run_buttons(self) -> QWidget:
        w = QWidget(self)
        g = QGridLayout(w)
        g.setContentsMargins(2, 2, 2, 2)
        self.start_button = self._button(self.tr("Start"), self.tr("Train a freshly initialised network with these "
                                                                   "settings (a loaded model is trained further)"),
                                         self.start, w)
        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause or resume training"), self._toggle_pause, w)
        self.step_button = self._button(self.tr("Step"), self.tr("Train exactly one mini-batch, then pause"),
                                        self.step, w)
        self.stop_button = self._button(self.tr("Stop"), self.tr("End the run; the network keeps what it learned"),
                                        self.stop, w)
        self.reset_button = self._button(self.tr("Reset"), self.tr("Stop, clear the curves and re-initialise the "
                                                                   "weights from the seed"), self.reset, w)
        self._save_tip = self.tr("Save the trained network as .npz (once it has been trained or "
                                 "loaded: an untrained network is just its seed)")
        self.save_button = self._button(self.tr("Save model…"), self._save_tip, self._save_dialog, w)
        self.load_button = self._button(self.tr("Load model…"), self.tr("Load a network saved as .npz"),
                                        self._load_dialog, w)
        font = QFont()
        font.setBold(True)
        self.start_button.setFont(font)
        g.addWidget(self.start_button, 0, 0)
        g.addWidget(self.pause_button, 0, 1)
        g.addWidget(self.step_button, 0, 2)
        g.addWidget(self.stop_button, 1, 0)
        g.addWidget(self.reset_button, 1, 1)
        self.file_buttons = QWidget(w)
        fb = QHBoxLayout(self.file_buttons)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.save_button)
        fb.addWidget(self.load_button)
        g.addWidget(self.file_buttons, 2, 0, 1, 3)
        return w

    def _build_curves_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        opts = QHBoxLayout()
        self.logy_check = QCheckBox(self.tr("Logarithmic loss axis"), w)
        self.logy_check.setToolTip(self.tr("Show the loss on a log scale: late, slow progress becomes visible"))
        self.logy_check.toggled.connect(self._on_logy)
        opts.addWidget(self.logy_check)
        opts.addWidget(QLabel(self.tr("Moving average over"), w))
        self.ma_spin = QSpinBox(w)
        self.ma_spin.setRange(2, 5000)
        self.ma_spin.setValue(100)
        self.ma_spin.setSuffix(self.tr(" iterations"))
        self.ma_spin.setToolTip(self.tr("Window of the moving average drawn over the raw mini-batch losses"))
        self.ma_spin.valueChanged.connect(lambda _v: self._redraw_curves(force=True))
        opts.addWidget(self.ma_spin)
        self.autorange_button = self._button(self.tr("Fit view"), self.tr("Zoom out to show all the data (drag "
                                                                          "or scroll on a plot to zoom)"),
                                             self._autorange, w)
        opts.addWidget(self.autorange_button)
        opts.addStretch(1)
        self.curve_options = QWidget(w)
        self.curve_options.setLayout(opts)
        v.addWidget(self.curve_options)
        split = QSplitter(Qt.Orientation.Vertical, w)
        self.loss_plot = pg.PlotWidget(split)
        self.loss_plot.setTitle(self.tr("Training loss per mini-batch"))
        self.loss_plot.setLabel("left", self.tr("cross-entropy loss"))
        self.loss_plot.setLabel("bottom", self.tr("iteration"))
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 10))
        raw = pg.mkColor(style.ACCENT)
        raw.setAlpha(70)
        self.loss_raw = self.loss_plot.plot([], [], pen=style.pen(raw, 1), name=self.tr("mini-batch loss (raw)"),
                                            antialias=False, skipFiniteCheck=True)
        self.loss_raw.setDownsampling(auto=True, method="peak")
        self.loss_raw.setClipToView(True)
        self.loss_ma = self.loss_plot.plot([], [], pen=style.pen(style.ACCENT_2, 2.5),
                                           name=self.tr("moving average"), skipFiniteCheck=True)
        self.loss_ma.setDownsampling(auto=True, method="mean")
        self.loss_ma.setClipToView(True)
        self.loss_plot.getViewBox().sigRangeChangedManually.connect(self._on_user_zoom)
        style.apply_plot_style(self.loss_plot)
        self.acc_plot = pg.PlotWidget(split)
        self.acc_plot.setTitle(self.tr("Accuracy after each epoch"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setLabel("bottom", self.tr("epoch"))
        self.acc_plot.getAxis("left").enableAutoSIPrefix(False)
        self.acc_legend = self.acc_plot.addLegend(offset=(-10, -10))
        self.acc_train = self.acc_plot.plot([], [], pen=style.pen(style.ACCENT, 2), symbol="o", symbolSize=7,
                                            symbolBrush=style.ACCENT, name=self.tr("train accuracy"))
        self.acc_test = self.acc_plot.plot([], [], pen=style.pen(style.ACCENT_2, 2, style=Qt.PenStyle.DashLine),
                                           symbol="s", symbolSize=7, symbolBrush=style.ACCENT_2,
                                           name=self.tr("test accuracy"))
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)
        self.acc_plot.getViewBox().enableAutoRange(axis="y", enable=False)
        self.reference_line = pg.InfiniteLine(pos=0.946, angle=0, movable=False,
                                              pen=style.pen(style.OK, 1.5, style=Qt.PenStyle.DashLine))
        self.reference_line.setVisible(False)
        self.acc_plot.addItem(self.reference_line)
        # the reference is named in the legend (a label on the line would cross the accuracy curve)
        self.reference_key = pg.PlotDataItem([], [], pen=style.pen(style.OK, 1.5, style=Qt.PenStyle.DashLine))
        self._reference_label = ""
        style.apply_plot_style(self.acc_plot)
        for plot in (self.loss_plot, self.acc_plot):
            # axes (with their grid) and legends are cached as pixmaps: a new curve point then repaints
            # the curve, not the tick labels (replaying the axes was most of the GUI thread's time)
            for name in ("left", "bottom"):
                plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            legend = plot.getPlotItem().legend
            if legend is not None:
                legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        split.addWidget(self.loss_plot)
        split.addWidget(self.acc_plot)
        split.setSizes([400, 260])
        self.curves_split = split
        v.addWidget(split, 1)
        return w

    def _build_weights_tab(self) -> QWidget:
        w = QWidget(self)
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        col = QVBoxLayout()
        self.weights_title = QLabel(self.tr("First-layer weights, one 28×28 image per hidden unit "
                                            "(red +, blue −)"), w)
        self.weights_title.setWordWrap(True)
        self.weights_title.setToolTip(self.tr("Each tile shows the weights from the 784 pixels to one hidden unit: "
                                              "the pattern that unit responds to"))
        col.addWidget(self.weights_title)
        self.weights_view = MosaicView("", "diverging", parent=w)
        self.weights_view.setToolTip(self.weights_title.toolTip())
        col.addWidget(self.weights_view, 1)
        h.addLayout(col, 3)
        self.weights_layout = h
        self.activation_view = ActivationView(w)
        self.activation_view.setToolTip(self.tr("How the hidden activations are spread over a sample of test "
                                                "images; dead ReLUs and saturated sigmoids stop learning "
                                                "(section 6.2)"))
        h.addWidget(self.activation_view, 2)
        return w

    def _build_errors_tab(self) -> QWidget:
        w = QWidget(self)
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        self.confusion_view = ConfusionView(w)
        self.confusion_view.setToolTip(self.tr("Rows: true label; columns: predicted label; the diagonal holds "
                                               "the correct answers (updated after each epoch)"))
        h.addWidget(self.confusion_view, 1)
        col = QVBoxLayout()
        self.gallery_title = QLabel(self._gallery_title_default(), w)
        self.gallery_title.setWordWrap(True)
        self.gallery_title.setToolTip(self.tr("Test images the network got wrong, most confident first"))
        col.addWidget(self.gallery_title)
        self.gallery_view = MosaicView("", "gray", captions=24, parent=w)
        self.gallery_view.setToolTip(self.gallery_title.toolTip())
        col.addWidget(self.gallery_view, 1)
        h.addLayout(col, 1)
        return w

    def _build_draw_tab(self) -> QWidget:
        w = QWidget(self)
        h = QHBoxLayout(w)
        col = QVBoxLayout()
        self.pad = DrawingPad(w)
        self.pad.setToolTip(self.tr("Draw a digit with the left mouse button; right click clears"))
        self.pad.changed.connect(self._predict_drawing)
        col.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.clear_pad_button = self._button(self.tr("Clear"), self.tr("Erase the drawing"), self.pad.clear, w)
        row.addWidget(self.clear_pad_button)
        self.prediction_label = QLabel(self.tr("Draw a digit"), w)
        self.prediction_label.setFont(style.heading_font())
        self.prediction_label.setToolTip(self.tr("The class with the highest probability"))
        row.addWidget(self.prediction_label, 1)
        col.addLayout(row)
        h.addLayout(col, 2)
        right = QVBoxLayout()
        self.preview_view = MosaicView(self.tr("as the network sees it (28×28)"), "gray", parent=w)
        self.preview_view.setToolTip(self.tr("Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, "
                                             "centred by its centre of mass in 28×28"))
        self.preview_view.setMaximumHeight(220)
        right.addWidget(self.preview_view, 1)
        self.prob_bars = ProbabilityBars(w)
        self.prob_bars.setToolTip(self.tr("Softmax probabilities of the current network for your drawing"))
        right.addWidget(self.prob_bars, 2)
        h.addLayout(right, 3)
        return w

    def _build_gradcheck_tab(self) -> QWidget:
        w = QWidget(self)
        v = QVBoxLayout(w)
        intro = QLabel(self.tr("Backprop computes all the gradients in one backward pass; the numerical gradient "
                               "needs two loss evaluations per parameter. Both are computed on the same "
                               "mini-batch (in float64) and compared."), w)
        intro.setWordWrap(True)
        v.addWidget(intro)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Images"), w))
        self.gc_batch_spin = QSpinBox(w)
        self.gc_batch_spin.setRange(1, 1000)
        self.gc_batch_spin.setValue(10)
        self.gc_batch_spin.setToolTip(self.tr("Training images in the mini-batch both gradients are computed on"))
        form.addWidget(self.gc_batch_spin)
        form.addWidget(QLabel(self.tr("Entries per parameter"), w))
        self.gc_sample_spin = QSpinBox(w)
        self.gc_sample_spin.setRange(1, 1_000_000)
        self.gc_sample_spin.setValue(30)
        self.gc_sample_spin.setGroupSeparatorShown(True)
        self.gc_sample_spin.setToolTip(self.tr("How many randomly chosen entries of each parameter array get a "
                                               "numerical gradient; enlarge it to check more"))
        form.addWidget(self.gc_sample_spin)
        self.gc_all_check = QCheckBox(self.tr("All parameters (slow)"), w)
        self.gc_all_check.setToolTip(self.tr("The full numerical gradient: about a minute for 784-50-10"))
        self.gc_all_check.toggled.connect(lambda on: self.gc_sample_spin.setEnabled(not on))
        form.addWidget(self.gc_all_check)
        self.gc_run_button = self._button(self.tr("Compare"), self.tr("Compute both gradients of the current "
                                                                      "network and compare them"),
                                          self.run_gradient_check, w)
        form.addWidget(self.gc_run_button)
        self.gc_cancel_button = self._button(self.tr("Cancel"), self.tr("Stop the numerical gradient"),
                                             self.cancel_gradient_check, w)
        self.gc_cancel_button.setEnabled(False)
        form.addWidget(self.gc_cancel_button)
        form.addStretch(1)
        v.addLayout(form)
        self.gc_progress = QProgressBar(w)
        self.gc_progress.setRange(0, 1000)
        self.gc_progress.setToolTip(self.tr("Numerical gradient entries done"))
        v.addWidget(self.gc_progress)
        self.gc_summary = QLabel("", w)
        self.gc_summary.setWordWrap(True)
        self.gc_summary.setFont(style.heading_font(role="body", bold=False))
        self.gc_summary.setToolTip(self.tr("Measured times of both methods"))
        v.addWidget(self.gc_summary)
        self.gc_table = QTableWidget(0, 5, w)
        self.gc_table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("shape"), self.tr("entries checked"),
                                                 self.tr("max |num − backprop|"), self.tr("mean |num − backprop|")])
        # columns as wide as their titles (equal stretched columns cut them in presentation mode)
        self.gc_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gc_table.horizontalHeader().setStretchLastSection(True)
        self.gc_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gc_table.setToolTip(self.tr("Differences of the order 1e-8 or less mean backprop is right"))
        v.addWidget(self.gc_table, 1)
        return w

    # ================================================================== form values
    def values(self) -> dict[str, Any]:
        """The form as a dict (strings as typed, numbers, booleans)."""
        return {
            "hidden": self.hidden_edit.text(), "activation": self.activation_combo.currentText(),
            "init": self.init_combo.currentText(), "batchnorm": self.batchnorm_check.isChecked(),
            "dropout": self.dropout_edit.text(), "weight_decay": self.decay_edit.text(),
            "optimizer": self.optimizer_combo.currentText(), "optimizer_params": self.optimizer_params_edit.text(),
            "lr": self.lr_edit.text(),
            "batch_size": self.batch_spin.value(), "mode": self.mode_combo.currentData(),
            "iterations": self.iterations_spin.value(), "epochs": self.epochs_spin.value(),
            "seed": self.seed_spin.value(), "train_subset": self.train_subset_spin.value(),
            "test_subset": self.test_subset_spin.value(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Set some or all form fields (keys as in :meth:`values`)."""
        setters = {
            "hidden": lambda v: self.hidden_edit.setText(str(v)),
            "activation": lambda v: self.activation_combo.setCurrentText(str(v)),
            "init": lambda v: self.init_combo.setCurrentText(str(v)),
            "batchnorm": lambda v: self.batchnorm_check.setChecked(bool(v)),
            "dropout": lambda v: self.dropout_edit.setText(str(v)),
            "weight_decay": lambda v: self.decay_edit.setText(str(v)),
            "optimizer": lambda v: self.optimizer_combo.setCurrentText(str(v)),
            "optimizer_params": lambda v: self.optimizer_params_edit.setText(str(v)),
            "lr": lambda v: self.lr_edit.setText(str(v)),
            "batch_size": lambda v: self.batch_spin.setValue(int(v)),
            "mode": lambda v: self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(v))),
            "iterations": lambda v: self.iterations_spin.setValue(int(v)),
            "epochs": lambda v: self.epochs_spin.setValue(int(v)),
            "seed": lambda v: self.seed_spin.setValue(int(v)),
            "train_subset": lambda v: self.train_subset_spin.setValue(int(v)),
            "test_subset": lambda v: self.test_subset_spin.setValue(int(v)),
        }
        for k in values:
            if k not in setters:
                raise KeyError(f"unknown training setting {k!r}")
        order = sorted(values, key=lambda k: k == "optimizer_params")  # choosing an optimizer clears its settings
        for k in order:
            setters[k](values[k])
        self._on_mode_changed()
        self._validate()

    def preset(self) -> Preset:
        return PRESET_BY_KEY[self.preset_combo.currentData()]

    def _apply_preset(self, preset: Preset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.key))
        self.set_values(preset.values)

    def _on_mode_changed(self, *_: Any) -> None:
        book = self.mode_combo.currentData() == "book"
        self.iterations_spin.setEnabled(book)
        self.epochs_spin.setEnabled(not book)
        self._validate()

    def _widget_for(self, name: str) -> QWidget | None:
        return {"hidden": self.hidden_edit, "init": self.init_combo, "dropout": self.dropout_edit,
                "optimizer_params": self.optimizer_params_edit,
                "weight_decay": self.decay_edit, "lr": self.lr_edit, "batch_size": self.batch_spin,
                "optimizer": self.optimizer_combo}.get(name)

    def _field_label(self, name: str) -> str:
        return {"hidden": self.tr("Hidden sizes"), "init": self.tr("Weight init"), "dropout": self.tr("Dropout"),
                "weight_decay": self.tr("Weight decay λ"), "lr": self.tr("Learning rate"),
                "batch_size": self.tr("Batch size"), "optimizer": self.tr("Optimizer"),
                "optimizer_params": self.tr("Optimizer settings")}.get(name, name)

    def _validate(self, *_: Any) -> bool:
        """Check the form; show the first problem inline (red field + message) and refuse to start."""
        if not hasattr(self, "test_subset_spin"):
            return False
        multi = self.preset().network == "multi_layer"
        for wdg in (self.batchnorm_check, self.dropout_edit, self.decay_edit):
            wdg.setEnabled(multi)
        for name in ("hidden", "init", "dropout", "weight_decay", "lr", "optimizer_params"):
            wdg = self._widget_for(name)
            if wdg is not None:
                wdg.setStyleSheet("")
        try:
            self._configs()
        except FieldError as exc:
            wdg = self._widget_for(exc.field)
            if wdg is not None:
                wdg.setStyleSheet(f"border: 1px solid {style.ERROR};")
            style.set_error_label(self.form_error, f"{self._field_label(exc.field)}: {exc}")
            self._form_ok = False
        except ValueError as exc:
            style.set_error_label(self.form_error, str(exc))
            self._form_ok = False
        else:
            style.set_error_label(self.form_error, None)
            self._form_ok = True
        self._update_buttons()
        return self._form_ok

    def _configs(self) -> tuple[dict, Any]:
        values = self.values()
        net_cfg = network_config(self.preset().network, values)
        tc = train_config(values)
        return net_cfg, tc

    # ================================================================== state and buttons
    @property
    def state(self) -> str:
        return self._state

    def _set_state(self, state: str) -> None:
        changed = state != self._state
        self._state = state
        self._update_buttons()
        if changed:
            self.stateChanged.emit(state)

    def _update_buttons(self) -> None:
        if not hasattr(self, "start_button"):
            return
        s = self._state
        active = s in _RUNNING_STATES
        has_data = self.dataset is not None
        ok = getattr(self, "_form_ok", False)
        self.start_button.setEnabled(has_data and ok and not active)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("Resume") if s == "paused" else self.tr("Pause"))
        self.step_button.setEnabled(has_data and ok and (s == "paused" or not active))
        self.stop_button.setEnabled(active)
        self.reset_button.setEnabled(s not in ("empty", "loading"))
        self.load_button.setEnabled(not active)
        # issue 10: a diverged run may hold inf/NaN, which a model file cannot (Load would refuse it)
        nonfinite = s == "diverged" and self._parameters_not_finite()
        self.save_button.setEnabled(self._trained and not nonfinite)
        self.save_button.setToolTip(self._nonfinite_text() if nonfinite else self._save_tip)
        for wdg in (self.hidden_edit, self.activation_combo, self.init_combo, self.preset_combo, self.batch_spin,
                    self.mode_combo, self.iterations_spin, self.epochs_spin, self.seed_spin,
                    self.train_subset_spin, self.test_subset_spin):
            wdg.setEnabled(not active)
        multi = self.preset().network == "multi_layer"
        for wdg in (self.batchnorm_check, self.dropout_edit, self.decay_edit):
            wdg.setEnabled(multi and not active)
        self.activation_combo.setEnabled(self.preset().network != "simple_conv" and not active)

    def _message(self, text: str, level: str = "info") -> None:
        if level == "error":
            self.last_error = text
        self.last_message = text
        self._last_level = level
        style.set_error_label(self.message_label, text, level)
        if self._presentation and text:
            # the label is styled by a style sheet, which ignores setFont: give the size there
            sheet = self.message_label.styleSheet()
            self.message_label.setStyleSheet(sheet.replace("padding:", f"font-size: {style.font_size('body', True):.0f}pt;"
                                                                        " padding:", 1))

    # ================================================================== dataset
    def _choose_data_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder holding mnist/ and fashion-mnist/"),
                                                  self.data_dir or str(Path.home()))
        if folder:
            self.data_dir = folder
            self._settings.setValue("training/data_dir", folder)
            if self.maybe_save(self.tr("Loading %1 clears the results of this network.")
                               .replace("%1", self._dataset_title(self._dataset_name))):
                self.load_dataset(self._dataset_name)

    def _on_dataset_chosen(self, index: int) -> None:
        key = self.dataset_combo.itemData(index)
        if key != "folder" and key == self._dataset_name and self._state != "empty":
            return  # already loaded (or loading): keep the results
        if key == "folder":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder holding the four IDX files"))
            if not folder:
                self._sync_dataset_combo()
                return
            target = folder
        else:
            target = key
        if not self.maybe_save(self.tr("Loading %1 clears the results of this network.")
                               .replace("%1", self._dataset_title(target))):
            self._sync_dataset_combo()
            return
        self.load_dataset(target)

    def _dataset_title(self, name: str | Path | None = None) -> str:
        """How the dataset ``name`` (default: the loaded one) is called in messages: "MNIST", "Fashion-MNIST",
        or the folder's name."""
        if name is None:
            if self.dataset is None:
                return ""
            name = self.dataset.name
        name = str(name)
        return dict(DATASETS).get(name) or Path(name).name or name

    def _sync_dataset_combo(self) -> None:
        idx = self.dataset_combo.findData(self._dataset_name)
        self.dataset_combo.setCurrentIndex(idx if idx >= 0 else self.dataset_combo.count() - 1)

    def load_dataset(self, name_or_folder: str | Path) -> None:
        """Load "mnist", "fashion-mnist" or a folder of IDX files in a worker.

        A running training is stopped first, and the results of the previous data (curves, status, confusion
        matrix, mistakes, activations, the trained weights) are cleared; the banner says so. A loaded model
        that was not trained yet is kept. Asks nothing: the GUI's dataset chooser asks first (:meth:`maybe_save`).
        """
        old = self._dataset_title()
        p = self._last_progress
        note = ""
        if self._state in _RUNNING_STATES:
            note = self.tr("The run on %1 was stopped at iteration %2; its results were cleared.") \
                .replace("%1", old).replace("%2", f"{p.iteration if p is not None else 0:,}")
        elif self._has_results():
            note = self.tr("The results of the run on %1 were cleared.").replace("%1", old)
        self._stop_training()
        if self._data_runner is not None:
            self._data_runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self._clear_results(keep_loaded=True)
        self._switch_note = note
        target = str(name_or_folder)
        data_dir = self.data_dir
        self._dataset_name = target
        self._sync_dataset_combo()
        worker = GeneratorWorker(lambda: iter([load_dataset(target, data_dir, normalize=True, flatten=True)]))
        worker.updated.connect(self._on_dataset_update)
        worker.raised.connect(self._on_dataset_error)
        self._data_worker = worker
        self._data_target = target
        self._data_runner = WorkerRunner(worker, self)
        self.dataset = None
        loading = self.tr("Loading %1…").replace("%1", self._dataset_title(target))
        self.dataset_status.setText(loading)
        self.status_label.setText(loading)
        if note:
            self._message(loading + " " + note, "info")
        self._set_state("loading")
        self._data_runner.start()

    def _current(self, worker: GeneratorWorker | None) -> bool:
        """True if the signal being handled comes from ``worker`` (signals queued by a worker that was
        replaced, e.g. by Reset then Start, are ignored)."""
        return worker is not None and self.sender() is worker

    def _on_dataset_update(self, update: Update) -> None:
        if not self._current(self._data_worker):
            return
        ds = update.items[-1]
        self.dataset = ds
        self._dataset_name = ds.name if ds.name in dict(DATASETS) else str(ds.source)
        self._sync_dataset_combo()
        self.dataset_status.setText(self.tr("%1: %2 training and %3 test images from %4")
                                    .replace("%1", ds.name).replace("%2", f"{len(ds.x_train):,}")
                                    .replace("%3", f"{len(ds.x_test):,}").replace("%4", str(ds.source)))
        n = min(10, len(ds.x_train))
        if n:
            imgs = ds.x_train[:n].reshape(n, 28, 28)
            self.samples_view.set_mosaic(tile_mosaic(imgs, columns=n, normalize="none"))
            names = [ds.class_names[int(t)] for t in ds.t_train[:n]]
            self.samples_labels.setText(self.tr("Labels: %1").replace("%1", ", ".join(names)))
        self.confusion_view.set_class_names(ds.class_names)
        self.prob_bars.set_class_names(ds.class_names)
        title = self._dataset_title()
        text = self.tr("Loaded %1.").replace("%1", title)
        if self._switch_note:
            text += " " + self._switch_note
            self._switch_note = ""
        self._message(text, "ok")
        self._set_state("idle")
        self._show_ready_status()
        self._refresh_untrained_views()
        self.datasetLoaded.emit(ds)

    def _show_ready_status(self) -> None:
        """The status line when no run has started yet: the dataset loaded (and a loaded model, if any)."""
        ds = self.dataset
        if ds is None:
            self.status_label.setText(self.tr("Load a dataset to begin."))
        elif self._loaded_net is not None and self._loaded_note:
            self.status_label.setText(self._loaded_note)
        else:
            self.status_label.setText(self.tr("%1 loaded (%2 training and %3 test images): press Start to train.")
                                      .replace("%1", self._dataset_title()).replace("%2", f"{len(ds.x_train):,}")
                                      .replace("%3", f"{len(ds.x_test):,}"))
        self.progress_bar.setValue(0)

    def _on_dataset_error(self, exc: object) -> None:
        if not self._current(self._data_worker):
            return
        target = self._data_target
        self.dataset = None
        self._switch_note = ""
        self._set_state("empty")
        text = str(exc)
        self.dataset_status.setText(self.tr("No dataset loaded"))
        self.status_label.setText(self.tr("Load a dataset to begin."))
        if isinstance(exc, DatasetNotFoundError) and target in dict(DATASETS):
            self._message(text, "warning")
            self._show_dataset_dialog(target, text)
        elif isinstance(exc, DatasetError):
            self._message(self.tr("The dataset could not be loaded: %1").replace("%1", text), "error")
        else:
            self._message(self.tr("The dataset could not be loaded: %1: %2")
                          .replace("%1", type(exc).__name__).replace("%2", text), "error")
        self.datasetFailed.emit(text)

    def _show_dataset_dialog(self, name: str, message: str) -> None:
        if self._dialog is not None:
            self._dialog.shutdown()
            self._dialog.deleteLater()
        self._dialog = DatasetDialog(name, message, self.data_dir, self)
        self._dialog.folderChosen.connect(self._on_folder_chosen)
        self._dialog.open()

    def _on_folder_chosen(self, folder: Path) -> None:
        self.load_dataset(folder)

    def _data_for_run(self) -> Any:
        ds = self.dataset
        v = self.values()
        ntr, nte = int(v["train_subset"]), int(v["test_subset"])
        if ntr or nte:
            ds = dataclasses.replace(ds, x_train=ds.x_train[:ntr or None], t_train=ds.t_train[:ntr or None],
                                     x_test=ds.x_test[:nte or None], t_test=ds.t_test[:nte or None])
        return ds

    # ================================================================== training
    def start(self, *, step_only: bool = False) -> bool:
        """Start a run with the form's settings (False with an inline message if it cannot start)."""
        if self._state in _RUNNING_STATES:
            return False
        if self.dataset is None:
            self._message(self.tr("Load a dataset first."), "warning")
            return False
        if not self._validate():
            return False
        net_cfg, tc = self._configs()
        try:
            continuing = self._loaded_net is not None and _arch(self._loaded_net.config()) == _arch(net_cfg)
            if continuing:
                net = self._loaded_net
                note = self.tr("Training the loaded model further.")
            else:
                net = build_network(net_cfg, rng=np.random.default_rng(tc.seed))
                note = ""
            data = self._data_for_run()
            job = TrainingJob(net, data, tc, TrainingControl(), class_names=tuple(self.dataset.class_names))
        except ValueError as exc:
            self._message(str(exc), "error")
            return False
        self._loaded_net = None
        self._loaded_note = ""
        self._clear_results(keep_loaded=False)
        self._trained = continuing  # a fresh network counts as trained once its first mini-batch is done
        self._update_buttons()
        self._view_net = None
        self._view_config = dict(net.config())
        self._latest_state = net.state_arrays()
        self._state_version += 1
        self._run_config = {"network": net_cfg, "values": self.values(), "preset": self.preset().key}
        self._update_reference()
        # fixed axes for the whole run: an axis whose range changes is re-laid out and redrawn, which
        # was the longest stall of the GUI thread (at each evaluation)
        n_train = len(data.x_train)
        total = tc.total_iterations(n_train)
        self.acc_plot.setXRange(0, max(total / tc.iter_per_epoch(n_train), 1.0), padding=0.02)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)
        self.loss_plot.setXRange(0, total, padding=0.01)
        job.visible = self._visible_views()
        if step_only:
            job.control.step(1)
        worker = GeneratorWorker(job.iterate, control=job.control, is_urgent=job.is_urgent, snapshot=job.snapshot,
                                 yield_gil=YIELD_GIL, interval=UPDATE_INTERVAL_S)
        worker.updated.connect(self._on_training_update)
        worker.failed.connect(self._on_training_failed)
        worker.done.connect(self._on_training_done)
        self._job = job
        self._worker = worker
        self._runner = WorkerRunner(worker, self)
        self._message(note or self.tr("Training…"), "info")
        self._set_state("paused" if step_only else "running")
        self._runner.start()
        return True

    def pause(self) -> None:
        if self._worker is not None and self._state == "running":
            self._worker.pause()

    def resume(self) -> None:
        if self._worker is not None and self._state == "paused":
            self._worker.resume()
            self._set_state("running")

    def _toggle_pause(self) -> None:
        if self._state == "paused":
            self.resume()
        else:
            self.pause()

    def step(self) -> None:
        """One mini-batch: starts a paused run when idle; a running run pauses after one more.

        Steps are counted by core's control, so clicks that arrive while a stepped mini-batch is
        still being reported as "running" are not lost.
        """
        if self._worker is not None and self._state in _RUNNING_STATES:
            self._worker.step(1)
        elif self._state not in _RUNNING_STATES:
            self.start(step_only=True)

    def stop(self) -> None:
        """End the run (the network keeps its parameters).

        Asks core's control to stop, so the run ends with its "stopped" snapshot: the final network's
        evaluation and views come with it, and the banner and status line say where it stopped.
        """
        if self._worker is not None and self._job is not None and self._state in _RUNNING_STATES:
            self._job.control.stop()

    def set_lr(self, lr: float) -> None:
        """Change the learning rate (also of a running training)."""
        self.lr_edit.setText(f"{lr:g}")
        self._on_lr_changed_live()

    def _on_optimizer_chosen(self, name: str) -> None:
        # settings of the previous optimizer would not fit the new one: show the new one's defaults
        self.optimizer_params_edit.clear()
        try:
            self.optimizer_params_edit.setPlaceholderText(optimizer_defaults(name) or self.tr("(none)"))
        except ValueError:
            self.optimizer_params_edit.setPlaceholderText("")

    def set_optimizer(self, name: str) -> None:
        """Switch the optimizer (also of a running training: fresh optimizer state, current learning rate)."""
        self.optimizer_combo.setCurrentText(name)
        self._on_optimizer_changed_live()

    def _on_lr_changed_live(self) -> None:
        if self._worker is None or self._state not in _RUNNING_STATES:
            return
        try:
            lr = parse_float(self.lr_edit.text(), "lr", positive=True)
        except FieldError:
            return  # the inline message already says why
        self._worker.set_lr(lr)
        it = self._last_progress.iteration if self._last_progress is not None else 0
        self._message(self.tr("Learning rate set to %1 from iteration %2.").replace("%1", f"{lr:g}")
                      .replace("%2", f"{it:,}"), "info")

    def _on_optimizer_changed_live(self, *_: Any) -> None:
        if self._worker is None or self._state not in _RUNNING_STATES:
            return
        try:
            lr = parse_float(self.lr_edit.text(), "lr", positive=True)
            params = parse_optimizer_params(self.optimizer_params_edit.text())
            self._worker.set_optimizer(self.optimizer_combo.currentText(), lr=lr, **params)
        except ValueError as exc:
            self._message(str(exc), "error")
            return
        self._message(self.tr("Switched to %1 (fresh optimizer state).").replace("%1",
                                                                                 self.optimizer_combo.currentText()),
                      "info")

    def reset(self) -> None:
        """Stop, clear the views and re-initialise the weights from the seed."""
        self._stop_training()
        self._clear_results(keep_loaded=False)
        self.status_label.setText(self.tr("Reset: weights re-initialised from seed %1.")
                                  .replace("%1", str(self.seed_spin.value())))
        style.set_error_label(self.message_label, None)
        self.last_message = ""
        self._set_state("idle" if self.dataset is not None else "empty")

    def _stop_training(self) -> bool:
        """Stop a running worker and wait (at most a second). True when nothing is left running."""
        runner = self._runner
        if runner is None:
            return True
        ended = runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self._runner = None
        self._worker = None
        self._job = None
        if self._state in _RUNNING_STATES:
            self._set_state("stopped")
        return ended

    def _has_results(self) -> bool:
        """True while some view shows results of a run (curves, evaluation, activations)."""
        return self._losses_x.n > 0 or bool(self._evals) or self._evaluation is not None \
            or self._activations is not None

    def _clear_results(self, *, keep_loaded: bool) -> None:
        """Forget the run's results and clear every view that shows them: curves, status line and progress,
        confusion matrix, mistakes, activation histograms, and the trained weights (the network goes back to
        its seed's initial weights, unless ``keep_loaded`` and a loaded model waits to be trained further)."""
        self._clear_history()
        self._evaluation = None
        self._activations = None
        self._run_config = None
        self._update_reference()
        self.confusion_view.clear()
        self.gallery_view.clear()
        self.gallery_title.setText(self._gallery_title_default())
        self.activation_view.clear()
        self.progress_bar.setValue(0)
        # empty axes as at startup, not the previous run's range
        self.loss_plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
        self.acc_plot.setXRange(0, 1, padding=0.02)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)
        if not (keep_loaded and self._loaded_net is not None):
            self._loaded_net = None
            self._loaded_note = ""
            self._view_net = None
            self._latest_state = None
            self._view_config = None
            self._state_version += 1
            self._trained = False
        self._unsaved = False
        self._update_buttons()
        self._refresh_untrained_views()

    def _gallery_title_default(self) -> str:
        return self.tr("Most confident mistakes on the test set (true→predicted, confidence)")

    def _clear_history(self) -> None:
        self._pending_views.clear()
        self._user_zoomed = False
        self._losses_x.clear()
        self._losses_y.clear()
        self._evals = []
        self._last_progress = None
        self.loss_raw.setData([], [])
        self.loss_ma.setData([], [])
        self.acc_train.setData([], [])
        self.acc_test.setData([], [])

    # ------------------------------------------------------------------ updates from the worker
    def _on_training_update(self, update: Update) -> None:
        worker = self._worker
        if not self._current(worker):
            return
        snap: TrainingSnapshot = update.extra
        self.updates_received += 1
        if snap is None:
            if worker is not None:
                worker.acknowledge()
            return
        if len(snap.losses):
            self._losses_x.extend(snap.iterations)
            self._losses_y.extend(snap.losses)
            self._unsaved = True
            if not self._trained:
                self._trained = True
                self._update_buttons()
        if snap.evals:
            self._evals.extend(snap.evals)
            self._draw_accuracy()
        if snap.state is not None:
            self._latest_state = snap.state
            self._state_version += 1
        if snap.weights is not None:
            self._pending_views["weights"] = snap.weights
        if snap.evaluation is not None:
            self._evaluation = snap.evaluation
            self._pending_views["evaluation"] = snap.evaluation
        if snap.activations is not None:
            self._activations = snap.activations
            self._pending_views["activations"] = snap.activations
        self._apply_pending_views()
        p = snap.last
        self._last_progress = p
        self._show_status(p)
        self._redraw_curves(force=update.urgent)
        for st in snap.states:
            self._on_run_state(st, p)
        if p.state == "running" and self._state == "paused":
            # a "paused" snapshot queued before a resume (or the mini-batch of a step): follow the run
            self._set_state("running")
            self._message(self.tr("Training…"), "info")
        if self.tabs.currentIndex() == 3 and snap.state is not None and not self.pad.is_empty():
            self._predict_drawing()
        if worker is not None:
            worker.acknowledge()
        self.updated.emit()

    def _apply_pending_views(self) -> None:
        """Draw the latest weights / activations / evaluation, but only on the visible tab (the others
        are drawn when their tab is opened), so hidden views cost nothing while training."""
        tab = self.tabs.currentIndex()
        pending = self._pending_views
        if tab == 1:
            w = pending.pop("weights", None)
            if w is not None:
                self._show_weights(w)
            a = pending.pop("activations", None)
            if a is not None:
                self.activation_view.set_stats(a)
        if tab == 2:
            e = pending.pop("evaluation", None)
            if e is not None:
                self._show_evaluation(e)

    def _on_run_state(self, st: str, p: Any) -> None:
        if st == "paused":
            self._set_state("paused")
            self._message(self.tr("Paused at iteration %1.").replace("%1", f"{p.iteration:,}"), "info")
        elif st == "finished":
            text = self._finish_text(p)
            ref = self._reference()
            if ref is not None:
                text += " " + self.tr("The book reports about %1.").replace("%1", f"{ref[0]:.3f}")
            self._message(text, "ok")
            self._set_state("finished")
        elif st == "stopped":
            self._message(self.tr("Stopped at iteration %1; the network keeps what it learned.")
                          .replace("%1", f"{p.iteration:,}"), "info")
            self._set_state("stopped")
            self._fit_x_to_run()
        elif st == "diverged":
            self._set_state("diverged")
            if p.message and "is probably too high" not in p.message:  # core blamed the weights or the decay
                text = self.tr("Training stopped: %1.").replace("%1", p.message)
            else:
                text = self.tr("Training stopped: %1. Try a smaller learning rate (e.g. a tenth) and start "
                               "again.").replace("%1", p.message or self.tr("the loss diverged"))
            if self._parameters_not_finite():
                text += " " + self._nonfinite_text()
            self._message(text, "error")
            self._fit_x_to_run()

    def _parameters_not_finite(self) -> bool:
        net = self.view_network()
        return net is not None and bool(non_finite_parameters(net))

    def _nonfinite_text(self) -> str:
        return self.tr("The parameters are not finite numbers (inf or NaN), so they cannot be saved: "
                       "a model file must hold finite numbers.")

    def _finish_text(self, p: Any) -> str:
        """"Finished N iterations in T: test accuracy A." with A the final network's accuracy (the evaluation
        the worker computes when the run ends), and the last evaluation during the run when it was earlier."""
        last = self._evals[-1] if self._evals else None
        ev = self._evaluation
        final = ev.accuracy if ev is not None and ev.iteration == p.iteration else None
        n, took = int(p.iteration), _fmt_time(p.elapsed)
        if last is None or last.iteration == p.iteration:
            acc = final if final is not None else (last.test_acc if last is not None else float("nan"))
            return self._tr_n("Finished %n iteration(s) in %1: test accuracy %2.", n) \
                .replace("%1", took).replace("%2", f"{acc:.4f}")
        if final is not None:
            return self._tr_n("Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the "
                              "run, at iteration %3, gave %4).", n) \
                .replace("%1", took).replace("%2", f"{final:.4f}").replace("%3", f"{last.iteration:,}") \
                .replace("%4", f"{last.test_acc:.4f}")
        return self._tr_n("Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).", n) \
            .replace("%1", took).replace("%2", f"{last.test_acc:.4f}").replace("%3", f"{last.iteration:,}")

    def _tr_n(self, source: str, n: int) -> str:
        """``self.tr(source, "", n)``: Qt's plural form for ``%n``, the number printed as 1,200.

        Without a translation Qt returns the English source as it is: its "(s)" is resolved here (1 iteration,
        2 iterations).
        """
        text = self.tr(source, "", n)
        if "(s)" in text:
            text = text.replace("(s)", "" if n == 1 else "s")
        return re.sub(rf"(?<![\d%]){n}(?!\d)", f"{n:,}", text, count=1)

    def _on_training_failed(self, text: str) -> None:
        if not self._current(self._worker):
            return
        self._message(self.tr("Training failed: %1").replace("%1", text), "error")

    def _on_training_done(self, _last: object) -> None:
        if not self._current(self._worker):
            return
        runner = self._runner
        if runner is not None:
            runner.wait(STOP_TIMEOUT_MS)
        self._runner = None
        self._worker = None
        self._job = None
        if self._state in _RUNNING_STATES:
            # the run ended without its final state (the worker was stopped, or failed): say where it ended
            p = self._last_progress
            if p is not None:
                self._show_status(p, ended=True)
            if not (self.last_error and self.last_message == self.last_error):  # "Training failed: …" stays
                self._message(self.tr("Stopped at iteration %1; the network keeps what it learned.")
                              .replace("%1", f"{p.iteration if p is not None else 0:,}"), "info")
            self._set_state("stopped")
            self._fit_x_to_run()
        self._redraw_curves(force=True)
        if not self.pad.is_empty():
            self._predict_drawing()

    def _show_status(self, p: Any, ended: bool = False) -> None:
        """The status line: iteration, epoch, speed, elapsed and remaining time (none once the run ended)."""
        rate = p.iteration / p.elapsed if p.elapsed > 0 else 0.0
        ended = ended or p.state in ("stopped", "diverged")
        remaining = (p.total_iterations - p.iteration) / rate if rate > 0 and not ended else float("nan")
        if self._presentation:
            self.status_label.setText(
                self.tr("Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left")
                .replace("%1", f"{p.iteration:,}").replace("%2", f"{p.total_iterations:,}")
                .replace("%3", f"{p.epoch:.1f}").replace("%4", f"{p.samples_per_sec:,.0f}")
                .replace("%5", _fmt_time(remaining)))
            self.progress_bar.setValue(int(1000 * p.iteration / max(p.total_iterations, 1)))
            return
        self.status_label.setText(
            self.tr("Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7")
            .replace("%1", f"{p.iteration:,}").replace("%2", f"{p.total_iterations:,}")
            .replace("%3", f"{p.epoch:.2f}").replace("%4", f"{p.samples_per_sec:,.0f}")
            .replace("%5", _fmt_time(p.elapsed)).replace("%6", _fmt_time(remaining)).replace("%7", f"{p.lr:g}"))
        self.progress_bar.setValue(int(1000 * p.iteration / max(p.total_iterations, 1)))

    def _redraw_curves(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self._last_curve_draw < CURVE_REDRAW_S:
            return
        self._last_curve_draw = now
        x = self._losses_x.view()
        y = self._losses_y.view()
        self.loss_raw.setData(x, y)
        w = self.ma_spin.value()
        if len(y) >= 2:
            w_eff = max(1, min(w, len(y) // 4))  # a short run still gets a curve, not a single point
            c = np.cumsum(np.insert(y, 0, 0.0))
            ma = (c[w_eff:] - c[:-w_eff]) / w_eff
            xs = x[w_eff - 1:]
            # a smooth curve needs few points, and a thick antialiased line costs per point (it was
            # ~11 ms of every frame with 10,000 points, ~1.5 ms with 300); the last point is always kept
            step = max(1, len(ma) // MA_POINTS)
            if step > 1:
                idx = np.append(np.arange(0, len(ma) - 1, step), len(ma) - 1)
                xs, ma = xs[idx], ma[idx]
            self.loss_ma.setData(xs, ma)
        else:
            self.loss_ma.setData([], [])
        label = self.tr("moving average (window %1)").replace("%1", str(max(1, min(w, len(y) // 4))))
        if label != self._ma_label and self.loss_legend is not None:
            self._ma_label = label
            self.loss_legend.removeItem(self.loss_ma)
            self.loss_legend.addItem(self.loss_ma, label)
        self._sticky_range(y)

    def _sticky_range(self, y: np.ndarray) -> None:
        """Keep the loss axes still while training (redrawing axes is the costliest part of a frame):
        x spans the whole run; y only changes when the data leave the range or use less than half of it.
        A zoom by the learner is respected until "Fit view"."""
        if self._user_zoomed or not len(y):
            return
        vb = self.loss_plot.getViewBox()
        finite = y[np.isfinite(y)]
        if not len(finite):
            return
        p = self._last_progress
        total = p.total_iterations if p is not None else len(y)
        if p is not None and self._state in ("stopped", "diverged"):
            total = max(int(p.iteration), 1)  # the run ended early: show what was trained, not the plan
        lo, hi = float(finite.min()), float(finite.max())
        if self.logy_check.isChecked():
            lo, hi = np.log10(max(lo, 1e-12)), np.log10(max(hi, 1e-12))
        (x0, x1), (y0, y1) = vb.viewRange()
        if abs(x1 - total) > 1e-9 * max(total, 1) or x0 > 0:
            vb.setXRange(0, total, padding=0.01)
        span = max(hi - lo, 0.05 * max(abs(hi), abs(lo)), 1e-3)  # a single point still gets a readable axis
        if lo < y0 or hi > y1 or span < 0.5 * (y1 - y0):
            vb.setYRange(lo - 0.05 * span, hi + 0.05 * span, padding=0)

    def _fit_x_to_run(self) -> None:
        """After an early end (Stop, divergence): the curves' x axes span what was trained."""
        p = self._last_progress
        if p is None or self._user_zoomed:
            return
        epochs = max((e.epoch for e in self._evals), default=0)
        self.acc_plot.setXRange(0, max(float(p.epoch), float(epochs), 1e-3), padding=0.02)
        self._redraw_curves(force=True)

    def _draw_accuracy(self) -> None:
        ep = np.array([e.epoch for e in self._evals], dtype=float)
        self.acc_train.setData(ep, np.array([e.train_acc for e in self._evals]))
        self.acc_test.setData(ep, np.array([e.test_acc for e in self._evals]))

    def _reference(self) -> tuple[float, str] | None:
        cfg = self._run_config
        if cfg is None:
            return None
        preset = PRESET_BY_KEY[cfg["preset"]]
        if preset.reference is None:
            return None
        v = dict(cfg["values"])
        ref = dict(preset.values)
        v.pop("seed", None)
        ref.pop("seed", None)
        if v != ref or self.dataset is None or self.dataset.name != "mnist":
            return None
        return preset.reference, preset.reference_label

    def _update_reference(self) -> None:
        ref = self._reference()
        self.reference_line.setVisible(ref is not None)
        label = self.tr(ref[1]) if ref is not None else ""
        if label != self._reference_label and self.acc_legend is not None:
            if self._reference_label:
                self.acc_legend.removeItem(self.reference_key)
            if label:
                self.acc_legend.addItem(self.reference_key, label)
            self._reference_label = label
        if ref is not None:
            self.reference_line.setValue(ref[0])

    def _show_evaluation(self, ev: EvaluationView) -> None:
        if ev.class_names:
            self.confusion_view.set_class_names(ev.class_names)
        self.confusion_view.set_matrix(ev.confusion)
        self._show_gallery(ev)
        self.gallery_title.setText(self.tr("Most confident mistakes on the test set at iteration %1 (epoch %2): "
                                           "true→predicted, confidence; test accuracy %3")
                                   .replace("%1", f"{ev.iteration:,}").replace("%2", str(ev.epoch))
                                   .replace("%3", f"{ev.accuracy:.4f}"))

    def _show_gallery(self, ev: EvaluationView) -> None:
        """The most confident mistakes with their captions; in presentation mode fewer, bigger tiles (so their
        captions can be read from the back of the room without running into each other)."""
        if ev.gallery is None:
            self.gallery_view.clear()
            return
        mosaic, captions, columns = ev.gallery, list(ev.captions), ev.columns
        tile = (28, 28)
        if ev.images is not None:
            tile = (int(ev.images.shape[1]), int(ev.images.shape[2]))
            if self._presentation:
                count, columns = PRESENTATION_GALLERY
                mosaic = tile_mosaic(ev.images[:count], columns=columns, pad=2, normalize="none", fill=np.nan,
                                     vpad=GALLERY_VPAD)
                captions = captions[:count]
        self.gallery_view.set_mosaic(mosaic)
        self.gallery_view.set_captions(captions, tile, columns, pad=2, colors=[style.ERROR] * len(captions),
                                       vpad=GALLERY_VPAD)

    # ================================================================== the view network (GUI thread)
    def _current_net_config(self) -> dict | None:
        if self._view_config is not None:
            return self._view_config
        try:
            return network_config(self.preset().network, self.values())
        except ValueError:
            return None

    def view_network(self) -> Network | None:
        """A network with the latest parameters the worker sent (or freshly initialised); GUI thread only."""
        cfg = self._current_net_config()
        if cfg is None:
            return None
        if self._view_net is None or _arch(self._view_net.config()) != _arch(cfg):
            try:
                self._view_net = build_network(cfg, rng=np.random.default_rng(self.seed_spin.value()))
            except ValueError:
                return None
            self._view_version = -1
            if self._latest_state is None:
                self._view_version = self._state_version
        if self._latest_state is not None and self._view_version != self._state_version:
            try:
                self._view_net.load_state_arrays(self._latest_state)
            except ValueError:
                pass
            self._view_version = self._state_version
        return self._view_net

    def _refresh_untrained_views(self) -> None:
        net = self.view_network()
        if net is not None:
            m = weight_mosaic(net)
            if m is not None:
                self._show_weights(m)
        if not self.pad.is_empty():
            self._predict_drawing()

    def _visible_views(self) -> frozenset[str]:
        return frozenset({1: {"weights"}, 2: {"errors"}}.get(self.tabs.currentIndex(), set()))

    def _show_weights(self, m: Any) -> None:
        self.weights_view.set_mosaic(m.mosaic)
        if m.kind == "units":
            self.weights_title.setText(self.tr("First-layer weights, one 28×28 image per hidden unit "
                                               "(red +, blue −; %1 units)").replace("%1", str(m.count)))
        else:
            self.weights_title.setText(self.tr("Convolution filters of the first layer, %1 of %2×%3 "
                                               "(red +, blue −)").replace("%1", str(m.count))
                                       .replace("%2", str(m.tile[0])).replace("%3", str(m.tile[1])))

    def _on_tab_changed(self, index: int) -> None:
        job = self._job
        if job is not None:
            job.visible = self._visible_views()
            if index == 2 and self._state == "running":
                job.request_evaluation()
        self._apply_pending_views()
        if index == 3 and not self.pad.is_empty():
            self._predict_drawing()

    def _predict_drawing(self) -> None:
        """Preprocess the drawing like MNIST (core.preprocess) and show the view network's probabilities."""
        img = mnist_like(self.pad.image())
        self.preview_view.set_mosaic(img)
        if not img.any():
            self.prob_bars.set_probabilities(None)
            self.prediction_label.setText(self.tr("Draw a digit"))
            self.predictionChanged.emit(None)
            return
        net = self.view_network()
        if net is None:
            self.prediction_label.setText(self.tr("Fix the network settings first"))
            return
        p = net.probabilities(img.reshape(1, -1))[0].astype(np.float64)
        self.prob_bars.set_probabilities(p)
        k = int(np.argmax(p))
        names = self.dataset.class_names if self.dataset is not None else tuple(str(i) for i in range(10))
        trained = self._latest_state is not None or self._loaded_net is not None
        self.prediction_label.setText(self.tr("It looks like %1 (%2%)").replace("%1", names[k])
                                      .replace("%2", f"{100 * p[k]:.0f}")
                                      + ("" if trained else self.tr(" — untrained network")))
        self.predictionChanged.emit(p)

    # ================================================================== save / load
    def _save_dialog(self) -> bool:
        """Ask where, then save; True once the model is saved."""
        if not self._trained:
            return False
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save model"), str(Path.home() / "model.npz"),
                                              self.tr("NumPy model (*.npz)"))
        return bool(path) and self.save_model(path) is not None

    def _load_dialog(self) -> None:
        if not self.maybe_save(self.tr("Loading a model replaces it.")):
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load model"), str(Path.home()),
                                              self.tr("NumPy model (*.npz)"))
        if path:
            self.load_model(path)

    def save_model(self, path: str | Path) -> Path | None:
        """Save the latest parameters (as sent by the worker) with core.serialize; None on error.

        Only a trained (or loaded) network is saved: an untrained one is nothing but its seed.
        """
        if not self._trained:
            self._message(self.tr("Nothing to save yet: train the network (or load a model) first."), "warning")
            return None
        net = self.view_network()
        if net is None:
            self._message(self.tr("There is no valid network to save."), "error")
            return None
        p = self._last_progress
        ev = self._evaluation
        if ev is not None and p is not None and ev.iteration == p.iteration:
            acc: float | None = float(ev.accuracy)
        else:
            acc = float(self._evals[-1].test_acc) if self._evals else None
        extra = {"dataset": self.dataset.name if self.dataset is not None else "",
                 "iterations": int(p.iteration) if p is not None else 0, "test_acc": acc}
        try:
            out = save_network(path, net, extra=extra)
        except (OSError, ValueError) as exc:
            self._message(self.tr("Could not save the model: %1").replace("%1", str(exc)), "error")
            return None
        self._unsaved = False
        self._message(self.tr("Saved the model to %1.").replace("%1", str(out)), "ok")
        return out

    def has_unsaved_work(self) -> bool:
        """True while a run is going, or when the trained network changed since it was last saved (or loaded)."""
        return self._state in _RUNNING_STATES or (self._trained and self._unsaved)

    def unsaved_work_text(self) -> str:
        """One sentence naming the work :meth:`has_unsaved_work` is about."""
        p = self._last_progress
        it = int(p.iteration) if p is not None else 0
        if self._state in _RUNNING_STATES:
            total = int(p.total_iterations) if p is not None else 0
            return self.tr("A training run on %1 is going on (iteration %2 of %3); its network is not saved.") \
                .replace("%1", self._dataset_title()).replace("%2", f"{it:,}").replace("%3", f"{total:,}")
        return self._tr_n("The network trained for %n iteration(s) on %1 is not saved.", it) \
            .replace("%1", self._dataset_title())

    def maybe_save(self, consequence: str) -> bool:
        """Before unsaved trained work would be lost, ask: Save… / Discard / Cancel (a standard QMessageBox).

        ``consequence`` says what is about to happen (e.g. "Closing dlfs-studio discards it."). True when the
        caller may go on: nothing to lose, discarded, or saved; False when the learner cancelled (also when
        the save dialog was cancelled or saving failed).
        """
        if not self.has_unsaved_work():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved network"),
            self.unsaved_work_text() + "\n\n" + consequence + " " + self.tr("Save the network first?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Discard:
            return True
        if answer == buttons.Save:
            return self._save_dialog()
        return False

    def load_model(self, path: str | Path) -> Network | None:
        """Load a model (core.serialize); it becomes the current network and is trained further by Start."""
        try:
            loaded = read_model(path)
        except (ModelFileError, OSError, ValueError) as exc:
            self._message(self.tr("Could not load the model: %1").replace("%1", str(exc)), "error")
            return None
        self._stop_training()
        self._clear_results(keep_loaded=False)
        net = loaded.net
        cfg = net.config()
        key = {"two_layer": None, "multi_layer": "ch6", "simple_conv": "cnn"}.get(cfg.get("type"))
        if cfg.get("type") == "two_layer":
            key = "ch5" if cfg.get("activation") == "relu" else "ch4"
        if key is not None:
            self._apply_preset(PRESET_BY_KEY[key])
            vals: dict[str, Any] = {}
            if "hidden_size" in cfg:
                vals["hidden"] = str(cfg["hidden_size"])
            if "hidden_size_list" in cfg:
                vals["hidden"] = ", ".join(str(h) for h in cfg["hidden_size_list"])
            if "activation" in cfg:
                vals["activation"] = cfg["activation"]
            if "weight_init_std" in cfg:
                vals["init"] = str(cfg["weight_init_std"])
            for src, dst in (("use_batchnorm", "batchnorm"), ("dropout_ratio", "dropout"),
                             ("weight_decay_lambda", "weight_decay")):
                if src in cfg:
                    vals[dst] = cfg[src] if dst == "batchnorm" else f"{cfg[src]:g}"
            self.set_values(vals)
        self._clear_history()
        self._loaded_net = net
        self._view_config = dict(cfg)
        self._view_net = None
        self._latest_state = net.state_arrays()
        self._state_version += 1
        self._trained = True
        self._unsaved = False
        self._loaded_note = self._loaded_model_text(Path(path).name, loaded.extra)
        self.status_label.setText(self._loaded_note)
        self.progress_bar.setValue(0)
        self._refresh_untrained_views()
        self._message(self.tr("Loaded %1; Start trains it further.").replace("%1", str(path)), "ok")
        if self._state not in ("empty", "loading"):
            self._set_state("idle")
        self._update_buttons()
        return net

    def _loaded_model_text(self, name: str, extra: dict) -> str:
        """The status line for a loaded model: what the file says about its training."""
        it, ds, acc = extra.get("iterations"), extra.get("dataset"), extra.get("test_acc")
        if isinstance(it, int) and it > 0 and isinstance(ds, str) and ds and isinstance(acc, (int, float)):
            return self._tr_n("Model %1: trained for %n iteration(s) on %2, test accuracy %3.", it) \
                .replace("%1", name).replace("%2", self._dataset_title(ds)).replace("%3", f"{acc:.4f}")
        return self.tr("Model %1 loaded.").replace("%1", name)

    # ================================================================== gradient check
    def run_gradient_check(self) -> bool:
        """Backprop vs numerical gradient of the current network on a mini-batch, in a worker."""
        if self._grad_runner is not None:
            return False
        if self.dataset is None:
            self._message(self.tr("Load a dataset first."), "warning")
            return False
        view = self.view_network()
        if view is None:
            return False
        net = build_network(view.config(), rng=np.random.default_rng(0))
        net.load_state_arrays(view.state_arrays())
        n = self.gc_batch_spin.value()
        x = self.dataset.x_train[:n].copy()
        t = self.dataset.t_train[:n].copy()
        sample = None if self.gc_all_check.isChecked() else self.gc_sample_spin.value()
        seed = self.seed_spin.value()
        worker = GeneratorWorker(lambda: gradient_check(net, x, t, sample=sample, rng=np.random.default_rng(seed)),
                                 is_urgent=lambda item: isinstance(item, GradCheckResult), interval=0.1)
        worker.updated.connect(self._on_gradcheck_update)
        worker.failed.connect(self._on_gradcheck_failed)
        worker.done.connect(self._on_gradcheck_done)
        self._grad_worker = worker
        self._grad_runner = WorkerRunner(worker, self)
        self.gc_run_button.setEnabled(False)
        self.gc_cancel_button.setEnabled(True)
        self.gc_progress.setValue(0)
        self.gc_table.setRowCount(0)
        self.gc_summary.setText(self.tr("Computing…"))
        self._grad_runner.start()
        return True

    def cancel_gradient_check(self) -> None:
        if self._grad_runner is not None:
            self._grad_runner.stop(STOP_TIMEOUT_MS)
            self.gc_summary.setText(self.tr("Cancelled."))

    def _on_gradcheck_failed(self, text: str) -> None:
        if self._current(self._grad_worker):
            self.gc_summary.setText(self.tr("Failed: %1").replace("%1", text))

    def _on_gradcheck_update(self, update: Update) -> None:
        if not self._current(self._grad_worker):
            return
        if self._grad_worker is not None:
            self._grad_worker.acknowledge()
        for item in update.items:
            if isinstance(item, GradCheckProgress):
                self.gc_progress.setValue(int(1000 * item.done / max(item.total, 1)))
                self.gc_summary.setText(self.tr("Numerical gradient: %1 of %2 entries (%3), %4 s…")
                                        .replace("%1", f"{item.done:,}").replace("%2", f"{item.total:,}")
                                        .replace("%3", item.key).replace("%4", f"{item.elapsed:.1f}"))
            elif isinstance(item, GradCheckResult):
                self._show_gradcheck(item)

    def _show_gradcheck(self, r: GradCheckResult) -> None:
        self.gc_progress.setValue(1000)
        self.gc_table.setRowCount(len(r.params))
        for row, pc in enumerate(r.params):
            cells = [pc.key, "×".join(str(s) for s in pc.shape), f"{pc.checked:,} / {int(np.prod(pc.shape)):,}",
                     f"{pc.max_abs_diff:.2e}", f"{pc.mean_abs_diff:.2e}"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("largest backprop gradient entry checked: %1").replace(
                    "%1", f"{pc.max_abs_grad:.3e}"))
                self.gc_table.setItem(row, col, item)
        agree = r.max_abs_diff < 1e-6
        self.gc_summary.setText(
            self.tr("Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take "
                    "about %5 s, %6× slower). %7")
            .replace("%1", f"{1000 * r.backprop_seconds:.2f}").replace("%2", f"{r.total_values:,}")
            .replace("%3", f"{r.numerical_seconds:.2f}").replace("%4", f"{r.checked:,}")
            .replace("%5", f"{r.estimated_full_seconds:.1f}")
            .replace("%6", f"{r.estimated_full_seconds / max(r.backprop_seconds, 1e-9):,.0f}")
            .replace("%7", self.tr("They agree (max difference %1).").replace("%1", f"{r.max_abs_diff:.1e}")
                     if agree else self.tr("They differ by up to %1!").replace("%1", f"{r.max_abs_diff:.1e}")))
        self.gradcheckFinished.emit(r)

    def _on_gradcheck_done(self, _last: object) -> None:
        if not self._current(self._grad_worker):
            return
        if self._grad_runner is not None:
            self._grad_runner.wait(STOP_TIMEOUT_MS)
        self._grad_runner = None
        self._grad_worker = None
        self.gc_run_button.setEnabled(True)
        self.gc_cancel_button.setEnabled(False)

    # ================================================================== curves options
    def _on_logy(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self._autorange()

    def _autorange(self) -> None:
        self._user_zoomed = False
        self.loss_plot.enableAutoRange()
        self.acc_plot.enableAutoRange(axis="x")
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)
        self._redraw_curves(force=True)

    def _on_user_zoom(self, *_: Any) -> None:
        self._user_zoomed = True

    # ================================================================== panel protocol
    def title(self) -> str:
        return self.tr("MNIST training")

    def set_presentation_mode(self, on: bool) -> None:
        """Bigger curves and fonts; hides the secondary controls (data, hyperparameters, file buttons)."""
        self._presentation = on
        for wdg in (self.dataset_group, self.network_group, self.training_group, self.file_buttons,
                    self.curve_options):
            wdg.setVisible(not on)
        self.controls_scroll.setVisible(not on)
        self.splitter.setSizes([250, 1030] if on else [330, 950])
        bf = QFont()
        bf.setPointSizeF(style.font_size("body", on))
        for b in (self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            bf.setBold(b is self.start_button)
            b.setFont(bf)
        for plot in (self.loss_plot, self.acc_plot):
            style.apply_plot_style(plot, on)
        raw = pg.mkColor(style.ACCENT)
        raw.setAlpha(70)
        self.loss_raw.setPen(style.pen(raw, 1, on))
        self.loss_ma.setPen(style.pen(style.ACCENT_2, 2.5, on))
        self.acc_train.setPen(style.pen(style.ACCENT, 2, on))
        self.acc_test.setPen(style.pen(style.ACCENT_2, 2, on, style=Qt.PenStyle.DashLine))
        for item in (self.acc_train, self.acc_test):
            item.setSymbolSize(style.symbol_size(7, on))
        # the accuracy legend in one row at the bottom, under the curve (three big rows covered it)
        if self.acc_legend is not None:
            self.acc_legend.setColumnCount(3 if on else 1)
        self.curves_split.setSizes([330, 330] if on else [400, 260])
        for view in (self.confusion_view, self.prob_bars, self.activation_view, self.gallery_view,
                     self.samples_view, self.weights_view, self.preview_view):
            view.set_presentation_mode(on)
        # weights and histograms share the tab evenly, so the histogram's title and legend fit
        self.weights_layout.setStretch(0, 1 if on else 3)
        self.weights_layout.setStretch(1, 1 if on else 2)
        if self._evaluation is not None and "evaluation" not in self._pending_views \
                and self.confusion_view.matrix is not None:
            self._show_gallery(self._evaluation)  # re-tiled: fewer, bigger mistakes in presentation mode
        self.prediction_label.setFont(style.heading_font(on))
        self.gc_summary.setFont(style.heading_font(on, role="body", bold=False))
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        self.status_label.setFont(f)
        self.message_label.setFont(f)
        self.tabs.tabBar().setFont(f)
        if self.message_label.isVisibleTo(self) and self.last_message:
            self._message(self.last_message, getattr(self, "_last_level", "info"))
        if self._last_progress is not None:
            self._show_status(self._last_progress)

    def export_targets(self) -> list:
        """The plots and their data. Each target's ``prepare`` draws what a never-opened tab has not drawn yet
        and says when there is nothing to export (no run yet)."""
        return [
            ExportTarget(self.tr("Loss curve"), plot=self.loss_plot, table=self._loss_table,
                         prepare=self._prepare_loss_export),
            ExportTarget(self.tr("Accuracy per epoch"), plot=self.acc_plot, table=self._accuracy_table,
                         prepare=self._prepare_accuracy_export),
            ExportTarget(self.tr("Confusion matrix"), plot=self.confusion_view.plot, table=self._confusion_table,
                         prepare=self._prepare_confusion_export),
            ExportTarget(self.tr("Activation histograms"), plot=self.activation_view.plot,
                         table=self._activation_table, prepare=self._prepare_activation_export),
        ]

    def _prepare_loss_export(self) -> str | None:
        if not self._losses_x.n:
            return self.tr("There is no loss curve yet: start a training run first.")
        self._redraw_curves(force=True)  # while training, the curve is redrawn at most 10 times a second
        return None

    def _prepare_accuracy_export(self) -> str | None:
        if not self._evals:
            return self.tr("There is no accuracy yet: the first evaluation comes after the first mini-batch "
                           "(book mode) or the first epoch.")
        self._draw_accuracy()
        return None

    def _prepare_confusion_export(self) -> str | None:
        ev = self._evaluation
        if ev is None:
            return self.tr("There is no confusion matrix yet: it is computed when a run ends (and after each "
                           "epoch while the Errors tab is open).")
        if self._pending_views.pop("evaluation", None) is not None or self.confusion_view.matrix is None:
            self._show_evaluation(ev)
        return None

    def _prepare_activation_export(self) -> str | None:
        acts = self._activations
        if not acts:
            return self.tr("There are no activation histograms yet: they are computed while training and when a "
                           "run ends.")
        if self._pending_views.pop("activations", None) is not None or not self.activation_view.stats:
            self.activation_view.set_stats(acts)
        return None

    def _loss_table(self) -> CsvTable:
        x, y = self._losses_x.view(), self._losses_y.view()
        return CsvTable(["iteration", "loss"], [[int(a), float(b)] for a, b in zip(x, y)])

    def _accuracy_table(self) -> CsvTable:
        return CsvTable(["epoch", "iteration", "train_acc", "test_acc", "train_loss"],
                        [[e.epoch, e.iteration, e.train_acc, e.test_acc, e.train_loss] for e in self._evals])

    def _confusion_table(self) -> CsvTable:
        """Counts of the latest evaluation (also if the Errors tab never showed it), rows = true class."""
        ev = self._evaluation
        if ev is None:
            return CsvTable(["true \\ predicted"], [])
        m = ev.confusion
        names = list(ev.class_names) if len(ev.class_names) == m.shape[0] else [str(k) for k in range(m.shape[0])]
        return CsvTable(["true \\ predicted"] + names, [[names[i]] + [int(v) for v in m[i]] for i in range(len(m))])

    def _activation_table(self) -> CsvTable:
        """Each hidden layer's histogram of the latest activation statistics: one row per bin."""
        rows = []
        for s in self._activations or []:
            counts = np.asarray(s.counts)
            total = float(counts.sum()) or 1.0
            for k, c in enumerate(counts):
                rows.append([s.name, k, float(s.edges[k]), float(s.edges[k + 1]), int(c), float(c) / total])
        return CsvTable(["layer", "bin", "from", "to", "count", "share"], rows)

    def shutdown(self) -> None:
        """Stop every worker of the panel (each within a second) and close the dataset dialog."""
        self._stop_training()
        for runner in (self._data_runner, self._grad_runner):
            if runner is not None:
                runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self._data_runner = None
        self._grad_runner = None
        self._grad_worker = None
        if self._dialog is not None:
            self._dialog.shutdown()
            self._dialog.close()
            self._dialog = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def _arch(cfg: dict) -> dict:
    """A network config without the parts that do not change the parameter shapes' meaning."""
    return {k: v for k, v in cfg.items() if k not in ("weight_init_std", "dtype")}
