"""The gradient-check tab: backprop against the numerical gradient (book section 5.7.3), in a worker.

The learner chooses the step h of the central difference. Networks with ReLU or max pooling have kinks
(points where the loss is not differentiable): when x ± h falls on both sides of one, the numerical
gradient is wrong for that entry, not backprop. The verdict says so instead of blaming backprop.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.gradcheck import GradCheckProgress, GradCheckResult, gradient_check
from dlfs_studio.core.network import Network, build_network

STOP_TIMEOUT_MS = 1000
#: Steps h offered for the central difference; the book uses 1e-4.
H_CHOICES = (1e-4, 1e-5, 1e-6, 1e-7)
#: Largest difference called agreement.
AGREE = 1e-6


def has_kinks(config: dict) -> bool:
    """True when the network has ReLU activations or max pooling (points where the loss has no derivative)."""
    return config.get("type") == "simple_conv" or config.get("activation") == "relu"


class GradCheckTab(QWidget):
    """Runs ``core.gradcheck.gradient_check`` on a copy of the shown network; ``finished(GradCheckResult)``."""

    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: WorkerRunner | None = None
        self._worker: GeneratorWorker | None = None
        self._config: dict = {}
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("Backprop computes all the gradients in one backward pass; the numerical gradient "
                               "needs two loss evaluations per parameter. Both are computed on the same "
                               "mini-batch (in float64) and compared."), self)
        intro.setWordWrap(True)
        v.addWidget(intro)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Images"), self))
        self.gc_batch_spin = QSpinBox(self)
        self.gc_batch_spin.setRange(1, 1000)
        self.gc_batch_spin.setValue(10)
        self.gc_batch_spin.setToolTip(self.tr("Training images in the mini-batch both gradients are computed on"))
        form.addWidget(self.gc_batch_spin)
        form.addWidget(QLabel(self.tr("Entries per parameter"), self))
        self.gc_sample_spin = QSpinBox(self)
        self.gc_sample_spin.setRange(1, 1_000_000)
        self.gc_sample_spin.setValue(30)
        self.gc_sample_spin.setGroupSeparatorShown(True)
        self.gc_sample_spin.setToolTip(self.tr("How many randomly chosen entries of each parameter array get a "
                                               "numerical gradient; enlarge it to check more"))
        form.addWidget(self.gc_sample_spin)
        form.addWidget(QLabel(self.tr("h"), self))
        self.gc_h_combo = QComboBox(self)
        for h in H_CHOICES:
            self.gc_h_combo.addItem(f"{h:g}", h)
        self.gc_h_combo.setToolTip(self.tr("Step of the central difference (f(x+h) − f(x−h)) / 2h; the book uses "
                                           "1e-4. A smaller h steps over fewer ReLU and max-pool kinks"))
        form.addWidget(self.gc_h_combo)
        self.gc_all_check = QCheckBox(self.tr("All parameters (slow)"), self)
        self.gc_all_check.setToolTip(self.tr("The full numerical gradient: about a minute for 784-50-10"))
        self.gc_all_check.toggled.connect(lambda on: self.gc_sample_spin.setEnabled(not on))
        form.addWidget(self.gc_all_check)
        self.gc_run_button = QPushButton(self.tr("Compare"), self)
        self.gc_run_button.setToolTip(self.tr("Compute both gradients of the current network and compare them"))
        self.gc_run_button.clicked.connect(self.requested)
        form.addWidget(self.gc_run_button)
        self.gc_cancel_button = QPushButton(self.tr("Cancel"), self)
        self.gc_cancel_button.setToolTip(self.tr("Stop the numerical gradient"))
        self.gc_cancel_button.clicked.connect(self.cancel)
        self.gc_cancel_button.setEnabled(False)
        form.addWidget(self.gc_cancel_button)
        form.addStretch(1)
        v.addLayout(form)
        self.gc_progress = QProgressBar(self)
        self.gc_progress.setRange(0, 1000)
        self.gc_progress.setToolTip(self.tr("Numerical gradient entries done"))
        v.addWidget(self.gc_progress)
        self.gc_summary = QLabel("", self)
        self.gc_summary.setWordWrap(True)
        self.gc_summary.setFont(style.heading_font(role="body", bold=False))
        self.gc_summary.setToolTip(self.tr("Measured times of both methods"))
        v.addWidget(self.gc_summary)
        self.gc_table = QTableWidget(0, 5, self)
        self.gc_table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("shape"), self.tr("entries checked"),
                                                 self.tr("max |num − backprop|"), self.tr("mean |num − backprop|")])
        self.gc_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gc_table.horizontalHeader().setStretchLastSection(True)
        self.gc_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gc_table.setToolTip(self.tr("Differences of the order 1e-8 or less mean backprop is right"))
        v.addWidget(self.gc_table, 1)
        #: Set by the panel: () -> (network, x, t, seed) or None with a reason shown.
        self.source: Any = None

    # ------------------------------------------------------------------ running
    def requested(self) -> bool:
        if self.source is None:
            return False
        got = self.source()
        if got is None:
            return False
        net, x, t, seed = got
        return self.run(net, x, t, seed)

    def run(self, view: Network, x: np.ndarray, t: np.ndarray, seed: int) -> bool:
        """Compare both gradients of a copy of ``view`` on (x, t) in a worker; False when one is running."""
        if self.runner is not None:
            return False
        net = build_network(view.config(), rng=np.random.default_rng(0))
        net.load_state_arrays(view.state_arrays())
        self._config = dict(view.config())
        sample = None if self.gc_all_check.isChecked() else self.gc_sample_spin.value()
        h = float(self.gc_h_combo.currentData())
        x, t = x.copy(), t.copy()
        worker = GeneratorWorker(lambda: gradient_check(net, x, t, sample=sample, rng=np.random.default_rng(seed),
                                                        h=h),
                                 is_urgent=lambda item: isinstance(item, GradCheckResult), interval=0.1)
        worker.updated.connect(self._on_update)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        self._worker = worker
        self.runner = WorkerRunner(worker, self)
        self.gc_run_button.setEnabled(False)
        self.gc_cancel_button.setEnabled(True)
        self.gc_progress.setValue(0)
        self.gc_table.setRowCount(0)
        self.gc_summary.setText(self.tr("Computing…"))
        self.runner.start()
        return True

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.stop(STOP_TIMEOUT_MS)
            self.gc_summary.setText(self.tr("Cancelled."))

    def clear(self) -> None:
        """Forget the last comparison (it was about another network)."""
        self.cancel()
        self.gc_table.setRowCount(0)
        self.gc_progress.setValue(0)
        self.gc_summary.setText("")

    def _mine(self) -> bool:
        return self._worker is not None and self.sender() is self._worker

    def _on_failed(self, text: str) -> None:
        if self._mine():
            self.gc_summary.setText(self.tr("Failed: %1").replace("%1", text))

    def _on_update(self, update: Update) -> None:
        if not self._mine():
            return
        if self._worker is not None:
            self._worker.acknowledge()
        for item in update.items:
            if isinstance(item, GradCheckProgress):
                self.gc_progress.setValue(int(1000 * item.done / max(item.total, 1)))
                self.gc_summary.setText(self.tr("Numerical gradient: %1 of %2 entries (%3), %4 s…")
                                        .replace("%1", f"{item.done:,}").replace("%2", f"{item.total:,}")
                                        .replace("%3", item.key).replace("%4", f"{item.elapsed:.1f}"))
            elif isinstance(item, GradCheckResult):
                self.show_result(item)

    def verdict(self, r: GradCheckResult) -> str:
        diff = f"{r.max_abs_diff:.1e}"
        if r.max_abs_diff < AGREE:
            return self.tr("They agree (max difference %1).").replace("%1", diff)
        if has_kinks(self._config):
            return self.tr("A few entries differ by up to %1. This network has ReLU or max-pooling kinks, where the "
                           "loss has no derivative: when x − h and x + h fall on both sides of one, the numerical "
                           "gradient is off, not backprop. Try a smaller h (e.g. 1e-6) and compare again.") \
                .replace("%1", diff)
        return self.tr("They differ by up to %1: more than rounding explains. Check the backward pass of the "
                       "layers.").replace("%1", diff)

    def show_result(self, r: GradCheckResult) -> None:
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
        self.gc_summary.setText(
            self.tr("Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take "
                    "about %5 s, %6× slower). %7")
            .replace("%1", f"{1000 * r.backprop_seconds:.2f}").replace("%2", f"{r.total_values:,}")
            .replace("%3", f"{r.numerical_seconds:.2f}").replace("%4", f"{r.checked:,}")
            .replace("%5", f"{r.estimated_full_seconds:.1f}")
            .replace("%6", f"{r.estimated_full_seconds / max(r.backprop_seconds, 1e-9):,.0f}")
            .replace("%7", self.verdict(r)))
        self.finished.emit(r)

    def _on_done(self, _last: object) -> None:
        if not self._mine():
            return
        if self.runner is not None:
            self.runner.wait(STOP_TIMEOUT_MS)
        self.runner = None
        self._worker = None
        self.gc_run_button.setEnabled(True)
        self.gc_cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        if self.runner is not None:
            self.runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self.runner = None
        self._worker = None

    def set_presentation_mode(self, on: bool) -> None:
        self.gc_summary.setFont(style.heading_font(on, role="body", bold=False))
