"""What the inspecting views show of a run: the network at one of its checkpoints, with its weight mosaic,
activation histograms and evaluation, built in the GUI thread and cached (:class:`CheckpointViews`), and the
network published for the other panels (:func:`publish`).

No signal and no widget: the controller decides what is inspected and tells the views; this module only
computes (and remembers) what they draw.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlfs_studio.app.model_hub import CurrentModel, model_hub
from dlfs_studio.app.panels.training.dataset_loader import cut_dataset
from dlfs_studio.app.panels.training.jobs import EvaluationView, evaluation_view, weight_mosaic
from dlfs_studio.app.panels.training.records import RunRecord
from dlfs_studio.app.panels.training.texts import state_finite
from dlfs_studio.core.network import Network, activation_stats, build_network

#: Test images of the activation histograms of a checkpoint.
ACTIVATION_SAMPLES = 300

RUNNING = ("running", "paused")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


@dataclasses.dataclass(frozen=True)
class Inspection:
    """What the inspecting views show: the network of ``run`` (None: a fresh, untrained network) after
    ``iteration`` mini-batches, with its views (each None when not computed)."""

    run: RunRecord | None
    iteration: int
    net: Network | None
    weights: Any = None
    activations: Any = None
    evaluation: EvaluationView | None = None
    latest: bool = True


def network(cfg: dict, state: dict, seed: int = 0) -> Network:
    """A network of ``cfg`` holding ``state`` (its parameters and BatchNorm buffers)."""
    net = build_network(cfg, rng=np.random.default_rng(int(seed)))
    net.load_state_arrays(state)
    return net


class CheckpointViews:
    """The views of runs' checkpoints (cached by run and iteration) and of the fresh network a new run would
    start from (shown while no run is selected)."""

    def __init__(self) -> None:
        self.cache: dict[tuple[int, int], Inspection] = {}
        self.fresh: tuple[dict, int, Network] | None = None

    def clear(self) -> None:
        self.cache.clear()

    def forget(self, run: RunRecord) -> None:
        """Drop the cached views of a deleted run."""
        for key in [k for k in self.cache if k[0] == run.id]:
            del self.cache[key]

    # ------------------------------------------------------------------ the fresh network
    def set_fresh(self, net_cfg: dict | None, seed: int) -> bool:
        """The network a new run would start from (None: invalid settings). False when nothing changed."""
        if net_cfg is None:
            self.fresh = None
        elif self.fresh is None or self.fresh[0] != net_cfg or self.fresh[1] != seed:
            try:
                self.fresh = (dict(net_cfg), seed, build_network(net_cfg, rng=np.random.default_rng(seed)))
            except ValueError:
                self.fresh = None
        else:
            return False
        return True

    def fresh_network(self) -> Network | None:
        return self.fresh[2] if self.fresh is not None else None

    def fresh_inspection(self) -> Inspection:
        net = self.fresh_network()
        return Inspection(None, 0, net, weight_mosaic(net) if net is not None else None)

    # ------------------------------------------------------------------ runs
    def network_at(self, run: RunRecord, iteration: int | None) -> Network | None:
        """``run``'s network at its checkpoint at or before ``iteration`` (None: its latest), None without one."""
        cp = run.checkpoint_at(run.iteration if iteration is None else iteration)
        if cp is None:
            return None
        return network(run.net_config, cp.state, run.values.get("seed", 0))

    def latest(self, run: RunRecord, dataset: Any, data: Callable[[], Any], visible: frozenset[str]) -> Inspection:
        """The run's latest views: while it trains, as the worker sent them (no extra work in the GUI thread);
        once it ended, its last checkpoint's."""
        state = run.latest_state()
        if run.status not in RUNNING and state is not None:
            return self.at(run, None, dataset, data, visible)
        net = network(run.net_config, state, run.values.get("seed", 0)) if state is not None else None
        return Inspection(run, run.iteration, net, run.weights, run.activations, run.evaluation, True)

    def at(self, run: RunRecord, iteration: int | None, dataset: Any, data: Callable[[], Any], visible: frozenset[str],
           full: bool = False) -> Inspection:
        """The views of ``run``'s checkpoint at or before ``iteration`` (None: its latest), computed in the GUI
        thread and cached. Only what a visible tab shows is computed (the weights always; the histograms for
        the weights tab, the evaluation on the test set for the errors tab; ``full``: all), so dragging the
        timeline stays quick; the rest follows when its tab is opened. What the worker already sent for the
        run's last iteration is reused. ``dataset``: the loaded one; ``data()``: it cut to the run's test subset
        (called only when something must be computed)."""
        cp = run.checkpoint_at(run.iteration if iteration is None else iteration)
        if cp is None:
            return Inspection(run, 0, None, latest=iteration is None)
        key = (run.id, cp.iteration)
        cps = run.checkpoints
        latest = bool(cps) and cp.iteration == cps[-1].iteration
        need_acts = full or "weights" in visible
        need_ev = full or "errors" in visible
        cached = self.cache.get(key)
        if cached is not None and cached.net is not None:
            if (cached.activations is not None or not need_acts) and (cached.evaluation is not None or not need_ev):
                return dataclasses.replace(cached, latest=latest)
            net, weights, acts, ev = cached.net, cached.weights, cached.activations, cached.evaluation
        else:
            net = network(run.net_config, cp.state, run.values.get("seed", 0))
            weights = cp.weights if cp.weights is not None else weight_mosaic(net)
            acts = run.activations if latest and run.status not in RUNNING else None
            ev = run.evaluation if run.evaluation is not None and run.evaluation.iteration == cp.iteration else None
        ds = dataset
        if ds is not None and run.dataset == ds.name and ((need_acts and acts is None) or (need_ev and ev is None)):
            cut = data()
            if len(cut.x_test):
                if need_acts and acts is None:
                    acts = activation_stats(net, cut.x_test[:ACTIVATION_SAMPLES])
                if need_ev and ev is None:
                    epoch = max((e.epoch for e in run.evals if e.iteration <= cp.iteration), default=0)
                    ev = evaluation_view(net, cut.x_test, cut.t_test, int(epoch), tuple(ds.class_names),
                                         cp.iteration)
        view = Inspection(run, cp.iteration, net, weights, acts, ev, latest)
        if run.status not in RUNNING or not latest:
            self.cache[key] = view
        return view



def publish_network(view: Inspection, class_names: tuple[str, ...]) -> None:
    """Publish the inspected trained network (a copy: training never mutates it) for the other panels through
    :mod:`app.model_hub`; an untrained or missing one clears what was published."""
    hub = model_hub()
    if view.run is None or view.net is None or not view.run.trained:
        if hub.current() is not None:
            hub.set_current(None)
        return
    net = build_network(view.net.config(), rng=np.random.default_rng(0))
    net.load_state_arrays(view.net.state_arrays())
    hub.set_current(CurrentModel(net=net, dataset=view.run.dataset,
                                 description=_tr("%1, iteration %2").replace("%1", view.run.name)
                                 .replace("%2", f"{view.iteration:,}"), class_names=class_names))


class InspectingMixin:
    """The controller's inspecting side: which run and iteration the views show (``current``,
    ``inspect_iteration``), told through its ``inspected`` signal and published for the other panels.
    Mixed into :class:`~.controller.TrainingController`, which owns the attributes declared here."""

    current: RunRecord | None
    inspect_iteration: int | None
    dataset: Any
    visible_views: frozenset[str]
    views: CheckpointViews
    publish: bool
    inspected: Any  # Signal(object): an Inspection

    def data_for(self, values: dict[str, Any], cut_train: bool = True) -> Any:
        """The loaded dataset cut to the run's test subset (and training subset, unless core's run cuts it)."""
        return cut_dataset(self.dataset, values, cut_train)

    def inspect(self, run: RunRecord | None, iteration: int | None) -> Inspection:
        """Show ``run`` at its checkpoint at or before ``iteration`` (None: its latest state) and publish it."""
        self.current = run
        self.inspect_iteration = iteration
        return self.reinspect()

    def reinspect(self, full: bool = False) -> Inspection:
        """Show the inspected run and iteration again (``full``: with every view computed, e.g. to export)."""
        run, it = self.current, self.inspect_iteration
        if run is None:
            view = self.views.fresh_inspection()
        elif it is None and run.status in RUNNING:
            view = self._inspect_latest(run, publish=False, emit=False)
        else:
            view = self.views.at(run, it, self.dataset, lambda: self.data_for(run.values), self.visible_views, full)
        self.inspected.emit(view)
        self._publish(view)
        return view

    def _inspect_latest(self, run: RunRecord, publish: bool, emit: bool = True) -> Inspection:
        """The run's latest views (while it trains, as the worker sent them: no extra work in the GUI thread)."""
        view = self.views.latest(run, self.dataset, lambda: self.data_for(run.values), self.visible_views)
        if emit:
            self.inspected.emit(view)
        if publish:
            self._publish(view)
        return view

    def set_fresh_network(self, net_cfg: dict | None, seed: int) -> None:
        """The network a new run would start from (shown while no run is selected); None: invalid settings."""
        if self.views.set_fresh(net_cfg, seed) and self.current is None:
            self.reinspect()

    def view_network(self) -> Network | None:
        """The network the views show (a checkpoint, a run's latest state, or a fresh one)."""
        if self.current is None:
            return self.views.fresh_network()
        return self.views.network_at(self.current, self.inspect_iteration)

    def _publish(self, view: Inspection) -> None:
        """Publish the inspected trained network for the other panels (unless ``publish`` is off)."""
        if self.publish:
            publish_network(view, tuple(self.dataset.class_names) if self.dataset is not None else ())

    def parameters_finite(self, run: RunRecord | None = None) -> bool:
        """True when the network shown (or ``run``'s latest) holds finite numbers only (a run that diverged at
        once may have none: core never checkpoints inf/NaN)."""
        if run is not None:
            return state_finite(run.latest_state())
        net = self.view_network()
        if net is None:
            return self.current is None or not self.current.trained
        return state_finite(net.state_arrays())
