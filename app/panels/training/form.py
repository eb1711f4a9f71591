"""The settings column of the training view: data, network and training settings, checked as typed.

:class:`SettingsForm` only edits values: ``values()`` is a dict of what the learner typed or chose,
``set_values`` fills it, ``configs()`` turns it into core's network config and TrainConfig (FieldError
naming the field). It never starts anything; it emits ``changed`` and the controller decides.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.presets import (
    OPTIMIZERS,
    PRESET_BY_KEY,
    PRESETS,
    FieldError,
    Preset,
    network_config,
    optimizer_defaults,
    train_config,
)
from dlfs_studio.app.panels.training.views import MosaicView

DATASETS = (("mnist", "MNIST"), ("fashion-mnist", "Fashion-MNIST"))


class SettingsForm(QWidget):
    """Data, network and training settings. ``changed`` fires after every edit (already validated)."""

    changed = Signal()
    datasetActivated = Signal(str)  # "mnist", "fashion-mnist" or "folder"
    dataFolderClicked = Signal()
    lrEdited = Signal()
    optimizerActivated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self._fork = False
        self.form_ok = False
        lv = QVBoxLayout(self)
        lv.setContentsMargins(2, 2, 2, 2)
        self.dataset_group = self._build_dataset_group()
        self.network_group = self._build_network_group()
        self.training_group = self._build_training_group()
        lv.addWidget(self.dataset_group)
        lv.addWidget(self.network_group)
        lv.addWidget(self.training_group)
        lv.addStretch(1)
        self.form_error = style.error_label(None)
        self.form_error.setToolTip(self.tr("Why the settings cannot be used yet"))
        for combo in (self.dataset_combo, self.preset_combo, self.mode_combo, self.init_combo,
                      self.activation_combo, self.optimizer_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            combo.setMinimumWidth(90)
        for wdg in (self.dataset_status, self.samples_view, self.samples_labels):
            wdg.setSizePolicy(QSizePolicy.Policy.Ignored, wdg.sizePolicy().verticalPolicy())
        self.apply_preset(PRESETS[0])

    # ------------------------------------------------------------------ building
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
        self.dataset_combo.activated.connect(lambda i: self.datasetActivated.emit(self.dataset_combo.itemData(i)))
        row.addWidget(self.dataset_combo, 1)
        self.data_folder_button = QPushButton(self.tr("Data folder…"), box)
        self.data_folder_button.setToolTip(self.tr("The folder holding mnist/ and fashion-mnist/ "
                                                   "(remembered; the DLFS_DATA variable also sets it)"))
        self.data_folder_button.clicked.connect(self.dataFolderClicked)
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
        e.textChanged.connect(self.validate)
        return e

    def _spin(self, lo: int, hi: int, tip: str, parent: QWidget, special: str = "") -> QSpinBox:
        s = QSpinBox(parent)
        s.setRange(lo, hi)
        s.setToolTip(tip)
        s.setGroupSeparatorShown(True)
        if special:
            s.setSpecialValueText(special)
        s.valueChanged.connect(self.validate)
        return s

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # long labels (e.g. in Japanese) go above their field instead of squeezing it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _build_network_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"), self)
        form = self._form(box)
        self.preset_combo = QComboBox(box)
        for p in PRESETS:
            self.preset_combo.addItem(self.tr(p.title), p.key)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, self.tr(p.description),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(self.tr("A network of the book with its hyperparameters; change any of "
                                             "them below"))
        self.preset_combo.activated.connect(lambda i: self.apply_preset(PRESETS[i]))
        # the preset's name takes the whole width (the longest is "Ch. 6: MultiLayerNet (init, …)")
        form.addRow(QLabel(self.tr("Preset"), box))
        form.addRow(self.preset_combo)
        self.hidden_edit = self._line(self.tr("Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers"), box)
        form.addRow(self.tr("Hidden sizes"), self.hidden_edit)
        self.activation_combo = QComboBox(box)
        self.activation_combo.addItems(["sigmoid", "relu"])
        self.activation_combo.setToolTip(self.tr("Activation function of the hidden layers (chapter 3)"))
        self.activation_combo.currentIndexChanged.connect(self.validate)
        form.addRow(self.tr("Activation"), self.activation_combo)
        self.init_combo = QComboBox(box)
        self.init_combo.setEditable(True)
        self.init_combo.addItems(["0.01", "he", "xavier"])
        self.init_combo.setToolTip(self.tr("Initial weight scale: a standard deviation such as 0.01, or He "
                                           "(for ReLU) / Xavier (for sigmoid), section 6.2"))
        self.init_combo.currentTextChanged.connect(self.validate)
        form.addRow(self.tr("Weight init"), self.init_combo)
        self.batchnorm_check = QCheckBox(self.tr("Batch normalization"), box)
        self.batchnorm_check.setToolTip(self.tr("Insert BatchNorm before each activation (section 6.3; "
                                                "chapter 6 preset only)"))
        self.batchnorm_check.toggled.connect(self.validate)
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
        form = self._form(box)
        self.optimizer_combo = QComboBox(box)
        self.optimizer_combo.addItems(list(OPTIMIZERS))
        self.optimizer_combo.setToolTip(self.tr("Update rule (chapter 6); can be changed while training"))
        self.optimizer_combo.currentIndexChanged.connect(self.validate)
        self.optimizer_combo.activated.connect(lambda _i: self.optimizerActivated.emit())
        form.addRow(self.tr("Optimizer"), self.optimizer_combo)
        self.optimizer_params_edit = self._line(self.tr("The optimizer's own settings as name=value pairs, e.g. "
                                                        "momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 "
                                                        "(RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the "
                                                        "book's values shown in grey"), box)
        form.addRow(self.tr("Optimizer settings"), self.optimizer_params_edit)
        self.optimizer_combo.currentTextChanged.connect(self._on_optimizer_chosen)
        self.lr_edit = self._line(self.tr("Learning rate; press Enter to change it while training"), box)
        self.lr_edit.editingFinished.connect(self.lrEdited)
        form.addRow(self.tr("Learning rate"), self.lr_edit)
        self.batch_spin = self._spin(1, 60000, self.tr("Images per mini-batch"), box)
        form.addRow(self.tr("Batch size"), self.batch_spin)
        self.mode_combo = QComboBox(box)
        self.mode_combo.addItem(self.tr("book (random batches, iterations)"), "book")
        self.mode_combo.addItem(self.tr("epochs (shuffled passes)"), "epochs")
        self.mode_combo.setToolTip(self.tr("Book: mini-batches drawn at random with replacement for a number of "
                                           "iterations, as train_neuralnet.py; epochs: each epoch visits every "
                                           "training image once"))
        self.mode_combo.currentIndexChanged.connect(self.validate)
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

    # ------------------------------------------------------------------ values
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
        """Set some or all form fields (keys as in :meth:`values`; KeyError for an unknown one)."""
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
        self.validate()

    def preset(self) -> Preset:
        return PRESET_BY_KEY[self.preset_combo.currentData()]

    def apply_preset(self, preset: Preset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.key))
        self.set_values(preset.values)

    def configs(self) -> tuple[dict, Any]:
        """core's network config and TrainConfig for the form (FieldError / ValueError when invalid)."""
        values = self.values()
        return network_config(self.preset().network, values), train_config(values)

    def _on_optimizer_chosen(self, name: str) -> None:
        # settings of the previous optimizer would not fit the new one: show the new one's defaults
        self.optimizer_params_edit.clear()
        try:
            self.optimizer_params_edit.setPlaceholderText(optimizer_defaults(name) or self.tr("(none)"))
        except ValueError:
            self.optimizer_params_edit.setPlaceholderText("")

    # ------------------------------------------------------------------ checking and enabling
    def _widget_for(self, name: str) -> QWidget | None:
        return {"hidden": self.hidden_edit, "init": self.init_combo, "dropout": self.dropout_edit,
                "optimizer_params": self.optimizer_params_edit,
                "weight_decay": self.decay_edit, "lr": self.lr_edit, "batch_size": self.batch_spin,
                "optimizer": self.optimizer_combo}.get(name)

    def field_label(self, name: str) -> str:
        return {"hidden": self.tr("Hidden sizes"), "init": self.tr("Weight init"), "dropout": self.tr("Dropout"),
                "weight_decay": self.tr("Weight decay λ"), "lr": self.tr("Learning rate"),
                "batch_size": self.tr("Batch size"), "optimizer": self.tr("Optimizer"),
                "optimizer_params": self.tr("Optimizer settings")}.get(name, name)

    def validate(self, *_: Any) -> bool:
        """Check the form; show the first problem inline (red field + message). Emits ``changed``."""
        if not hasattr(self, "test_subset_spin"):
            return False
        for name in ("hidden", "init", "dropout", "weight_decay", "lr", "optimizer_params"):
            wdg = self._widget_for(name)
            if wdg is not None:
                wdg.setStyleSheet("")
        try:
            self.configs()
        except FieldError as exc:
            wdg = self._widget_for(exc.field)
            if wdg is not None:
                wdg.setStyleSheet(f"border: 1px solid {style.ERROR};")
            style.set_error_label(self.form_error, f"{self.field_label(exc.field)}: {exc}")
            self.form_ok = False
        except ValueError as exc:
            style.set_error_label(self.form_error, str(exc))
            self.form_ok = False
        else:
            style.set_error_label(self.form_error, None)
            self.form_ok = True
        self._update_enabled()
        self.changed.emit()
        return self.form_ok

    def sync_dataset(self, name: str) -> None:
        """Show ``name`` ("mnist", "fashion-mnist" or a folder) in the dataset chooser."""
        idx = self.dataset_combo.findData(name)
        self.dataset_combo.setCurrentIndex(idx if idx >= 0 else self.dataset_combo.count() - 1)

    def set_fork_mode(self, on: bool) -> None:
        """A fork continues its parent's network and data: only what may change mid-run stays editable."""
        self._fork = on
        self._update_enabled()

    def set_active(self, active: bool) -> None:
        """While a run trains only what can change live (optimizer, its settings, lr) stays editable."""
        self._active = active
        self._update_enabled()

    def _update_enabled(self) -> None:
        active = self._active
        fixed = active or self._fork  # settings that cannot change in the middle of a run
        network = self.preset().network
        book = self.mode_combo.currentData() == "book"
        for wdg in (self.hidden_edit, self.init_combo, self.preset_combo, self.batch_spin,
                    self.mode_combo, self.seed_spin, self.train_subset_spin, self.test_subset_spin,
                    self.batchnorm_check):
            wdg.setEnabled(not fixed)
        self.dataset_combo.setEnabled(not self._fork)
        self.data_folder_button.setEnabled(not self._fork)
        # only the length of the chosen mode can be edited (the other one is not used)
        self.iterations_spin.setEnabled(book and not active)
        self.epochs_spin.setEnabled(not book and not active)
        multi = network == "multi_layer"
        self.batchnorm_check.setEnabled(multi and not fixed)
        for wdg in (self.dropout_edit, self.decay_edit):
            wdg.setEnabled(multi and not active)
        self.activation_combo.setEnabled(network != "simple_conv" and not fixed)

    def set_presentation_mode(self, on: bool) -> None:
        self.samples_view.set_presentation_mode(on)
