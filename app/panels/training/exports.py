"""The training view's export targets: the plots and the data behind them (PNG, SVG, CSV)."""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlfs_studio.app.export import CsvTable, ExportTarget


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def export_targets(panel: Any) -> list[ExportTarget]:
    """Loss curve, accuracy, confusion matrix and activation histograms of the inspected run. Each target's
    ``prepare`` draws what a never-opened tab has not drawn yet and says when there is nothing to export."""
    ctl = panel.controller

    def run() -> Any:
        return ctl.current

    def prep_loss() -> str | None:
        r = run()
        if r is None or not r.iterations.n:
            return _tr("There is no loss curve yet: start a training run first.")
        panel.curves.redraw(force=True)
        return None

    def prep_acc() -> str | None:
        r = run()
        if r is None or not r.evals:
            return _tr("There is no accuracy yet: the first evaluation comes after the first mini-batch "
                       "(book mode) or the first epoch.")
        panel.curves.redraw(force=True)
        return None

    def prep_confusion() -> str | None:
        if ctl.current is not None and ctl.state not in ("running", "paused"):
            ctl.reinspect(full=True)
        view = panel.last_inspection
        if view is None or view.evaluation is None:
            return _tr("There is no confusion matrix yet: it is computed when a run ends (and after each "
                       "epoch while the Errors tab is open).")
        panel.errors_tab.show_evaluation(view.evaluation)
        return None

    def prep_acts() -> str | None:
        if ctl.current is not None and ctl.state not in ("running", "paused"):
            ctl.reinspect(full=True)
        view = panel.last_inspection
        if view is None or not view.activations:
            return _tr("There are no activation histograms yet: they are computed while training and when a "
                       "run ends.")
        panel.weights_tab.show_activations(view.activations)
        return None

    def loss_table() -> CsvTable:
        r = run()
        if r is None:
            return CsvTable(["iteration", "loss"], [])
        return CsvTable(["iteration", "loss"],
                        [[int(a), float(b)] for a, b in zip(r.iterations.view(), r.losses.view(), strict=True)])

    def acc_table() -> CsvTable:
        r = run()
        rows = [] if r is None else [[e.epoch, e.iteration, e.train_acc, e.test_acc, e.train_loss] for e in r.evals]
        return CsvTable(["epoch", "iteration", "train_acc", "test_acc", "train_loss"], rows)

    def confusion_table() -> CsvTable:
        view = panel.last_inspection
        ev = view.evaluation if view is not None else None
        if ev is None:
            return CsvTable(["true \\ predicted"], [])
        m = ev.confusion
        names = list(ev.class_names) if len(ev.class_names) == m.shape[0] else [str(k) for k in range(m.shape[0])]
        return CsvTable(["true \\ predicted", *names], [[names[i]] + [int(v) for v in m[i]] for i in range(len(m))])

    def activation_table() -> CsvTable:
        view = panel.last_inspection
        rows = []
        for s in (view.activations if view is not None else None) or []:
            counts = np.asarray(s.counts)
            total = float(counts.sum()) or 1.0
            for k, c in enumerate(counts):
                rows.append([s.name, k, float(s.edges[k]), float(s.edges[k + 1]), int(c), float(c) / total])
        return CsvTable(["layer", "bin", "from", "to", "count", "share"], rows)

    return [
        ExportTarget(_tr("Loss curve"), plot=panel.curves.loss_plot, table=loss_table, prepare=prep_loss),
        ExportTarget(_tr("Accuracy per epoch"), plot=panel.curves.acc_plot, table=acc_table, prepare=prep_acc),
        ExportTarget(_tr("Confusion matrix"), plot=panel.errors_tab.confusion_view.plot, table=confusion_table,
                     prepare=prep_confusion),
        ExportTarget(_tr("Activation histograms"), plot=panel.weights_tab.activation_view.plot,
                     table=activation_table, prepare=prep_acts),
    ]
