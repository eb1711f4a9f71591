"""What the training worker computes for the views, in the worker thread, with core functions only.

:class:`TrainingJob` wraps ``core.training.train``. The worker calls :meth:`TrainingJob.snapshot`
just before each (coalesced) update, while the generator is suspended, so reading the network
there is safe. It returns a :class:`TrainingSnapshot` of *copies*: the loss chunk since the last
update, the evaluations, and at lower rates a copy of the parameters (for the drawing pad and
saving), the first-layer weight mosaic, activation statistics; after each evaluation the confusion
matrix and the misclassified gallery (``core.training.evaluate``). The GUI thread never touches
the network being trained.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlfs_studio.core.network import LayerStats, Network, activation_stats
from dlfs_studio.core.training import EpochResult, Evaluation, Progress, TrainConfig, TrainingControl, evaluate, train

from .views import tile_mosaic

#: Most hidden units / filters shown in the weight grid.
MAX_TILES = 100
#: Misclassified test images shown after each evaluation.
GALLERY = 24
GALLERY_COLUMNS = 6
#: Rows of background pixels under each gallery tile, where its caption goes.
GALLERY_VPAD = 12


@dataclass(frozen=True)
class WeightMosaic:
    """First-layer weights (or CNN filters) tiled into one image (rows = y), each tile symmetric-scaled."""

    mosaic: NDArray[np.float32]
    tile: tuple[int, int]
    columns: int
    count: int
    kind: str  # "units" or "filters"


@dataclass(frozen=True)
class EvaluationView:
    """The test-set evaluation after an epoch: accuracy, confusion counts, misclassified gallery.

    ``gallery`` is the mistakes tiled ``columns`` wide; ``images`` the same (n, side, side) images one by
    one (a view re-tiles them, e.g. fewer and bigger in presentation mode); ``class_names`` the names
    of the dataset the network was evaluated on.
    """

    epoch: int
    accuracy: float
    confusion: NDArray[np.int64]
    gallery: NDArray[np.float32] | None
    captions: tuple[str, ...]
    wrong: tuple[dict, ...]
    columns: int = GALLERY_COLUMNS
    iteration: int = 0
    images: NDArray[np.float32] | None = None
    class_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrainingSnapshot:
    """One update for the GUI (everything here is a copy owned by the receiver)."""

    iterations: NDArray[np.int64]
    losses: NDArray[np.float64]
    last: Progress
    evals: tuple[EpochResult, ...]
    states: tuple[str, ...]
    state: dict[str, NDArray] | None = None
    weights: WeightMosaic | None = None
    evaluation: EvaluationView | None = None
    activations: list[LayerStats] | None = None
    timings: dict[str, float] = field(default_factory=dict)


def weight_mosaic(net: Network) -> WeightMosaic | None:
    """The first layer's weights as images: W1 (784, H) -> H tiles of 28x28; conv W1 (FN, C, FH, FW) -> FN tiles."""
    w = net.params.get("W1")
    if w is None:
        return None
    if w.ndim == 4:
        images = w[:MAX_TILES, 0]
        kind = "filters"
    elif w.ndim == 2:
        side = round(np.sqrt(w.shape[0]))
        if side * side != w.shape[0]:
            return None
        images = w.T[:MAX_TILES].reshape(-1, side, side)
        kind = "units"
    else:
        return None
    n = images.shape[0]
    columns = max(1, int(np.ceil(np.sqrt(n * 1.6))))
    mosaic = tile_mosaic(images, columns=columns, pad=1, normalize="symmetric")
    return WeightMosaic(mosaic, images.shape[1:], columns, n, kind)


def evaluation_view(net: Network, x_test: NDArray, t_test: NDArray, epoch: int,
                    class_names: tuple[str, ...], iteration: int = 0,
                    ev: Evaluation | None = None) -> EvaluationView:
    """Confusion matrix and the most confident mistakes on the test set: from ``ev`` when given
    (e.g. the predictions the training evaluation kept), else from a pass (core.training.evaluate)."""
    if ev is None:
        ev = evaluate(net, x_test, t_test)
    wrong = ev.misclassified(limit=GALLERY)
    gallery = images = None
    captions: list[str] = []
    side = round(np.sqrt(int(np.prod(x_test.shape[1:]))))
    if wrong and side * side == int(np.prod(x_test.shape[1:])):
        images = np.stack([np.asarray(x_test[w["index"]], dtype=np.float32).reshape(side, side) for w in wrong])
        gallery = tile_mosaic(images, columns=GALLERY_COLUMNS, pad=2, normalize="none", fill=np.nan,
                              vpad=GALLERY_VPAD)
        for w in wrong:
            captions.append(f"{short(class_names, w['true'])}→{short(class_names, w['predicted'])} "
                            f"{100 * w['confidence']:.0f}%")
    return EvaluationView(epoch, ev.accuracy, ev.confusion.copy(), gallery, tuple(captions), tuple(wrong),
                          iteration=iteration, images=images, class_names=tuple(class_names))


def short(names: tuple[str, ...], k: int) -> str:
    name = names[k] if 0 <= k < len(names) else str(k)
    return name if len(name) <= 5 else name[:4] + "."


class TrainingJob:
    """One training run for a GeneratorWorker: ``iterate`` (the core generator), ``is_urgent``, ``snapshot``.

    ``state_every``, ``weights_every``, ``activations_every``: minimum seconds between copies of the
    parameters, weight mosaics and activation statistics (they are always included on urgent updates,
    except activations, which follow their own clock).
    """

    def __init__(self, net: Network, data: Any, config: TrainConfig, control: TrainingControl, *,
                 class_names: tuple[str, ...] = tuple(map(str, range(10))),
                 state_every: float = 0.25, weights_every: float = 0.2, activations_every: float = 1.0,
                 activation_samples: int = 300, with_views: bool = True, offset: int = 0,
                 run: Any = None) -> None:
        self.net = net
        #: A ``core.runs.Run`` trained with ``core.runs.train_run`` (its own network; the views read its
        #: checkpoints), or None: ``net`` is trained with ``core.training.train``.
        self.run = run
        self._net_at: tuple[int, Network] | None = None
        #: Iterations done before this job's first (a fork continuing its parent): added to every iteration.
        self.offset = int(offset)
        self._epoch_offset = offset / config.iter_per_epoch(len(data.x_train)) if offset else 0.0
        self.data = data
        self.config = config
        self.control = control
        self.class_names = class_names
        self.state_every = state_every
        self.weights_every = weights_every
        self.activations_every = activations_every
        self.with_views = with_views
        self._x_act = np.asarray(data.x_test[:activation_samples])
        self._clock: dict[str, float] = {}
        self._last_state = "running"
        #: Views the GUI currently shows ("weights", "errors"); set from the GUI thread (a plain attribute
        #: swap, atomic in Python). Hidden views are not computed while running; the evaluation is also
        #: computed at every pause and at the end, and once more on request (a tab being opened).
        self.visible: frozenset[str] = frozenset({"weights", "errors"})
        self._evaluation_requested = False
        self._evaluated_at = -1

    def iterate(self) -> Iterator[Progress]:
        if self.run is not None:
            from dlfs_studio.core.runs import train_run
            return train_run(self.run, self.data, self.control)
        config = self.config
        if self.with_views and not config.keep_test_predictions:
            # the confusion matrix reuses the predictions of the test-accuracy pass: no second pass
            config = replace(config, keep_test_predictions=True)
        return train(self.net, self.data, config, self.control)

    def is_urgent(self, p: Progress) -> bool:
        """Evaluations and state changes are always delivered at once."""
        changed = p.state != self._last_state
        self._last_state = p.state
        return p.eval is not None or changed or p.state != "running"

    def request_evaluation(self) -> None:
        """Ask for the confusion matrix and mistakes of the current network with the next update."""
        self._evaluation_requested = True

    def _due(self, name: str, every: float, now: float) -> bool:
        if now - self._clock.get(name, -1e9) >= every:
            self._clock[name] = now
            return True
        return False

    def network(self) -> Network:
        """The network as trained so far: ``net``, or the run's latest checkpoint (rebuilt once per checkpoint)."""
        if self.run is None:
            return self.net
        from dlfs_studio.core.runs import network_at
        it = self.run.iteration
        cp = self.run.checkpoint_at(it)
        k = cp.iteration if cp is not None else -1
        if self._net_at is None or self._net_at[0] != k:
            self._net_at = (k, network_at(self.run, it) if cp is not None else self.net)
        return self._net_at[1]

    def _shift(self, items: list[Progress]) -> list[Progress]:
        """Progress (and evaluations) counted from the start of the whole run, not of this job."""
        k, e0 = self.offset, self._epoch_offset
        out = []
        for p in items:
            ev = p.eval
            if ev is not None:
                ev = replace(ev, iteration=ev.iteration + k, epoch=round(ev.epoch + e0))
            out.append(replace(p, iteration=p.iteration + k, total_iterations=p.total_iterations + k,
                               epoch=p.epoch + e0, eval=ev))
        return out

    def snapshot(self, items: list[Progress], urgent: bool) -> TrainingSnapshot:
        """Runs in the worker thread with the generator suspended: copies for the views."""
        t0 = time.perf_counter()
        if self.offset:
            items = self._shift(items)
        running = [p for p in items if p.eval is None and p.state == "running"]
        iterations = np.fromiter((p.iteration for p in running), dtype=np.int64, count=len(running))
        losses = np.fromiter((p.loss for p in running), dtype=np.float64, count=len(running))
        evals_kept = [p.eval for p in items if p.eval is not None]
        # the GUI keeps every EpochResult: it gets them without the (N_test,) prediction arrays
        evals = tuple(replace(e, test_predictions=None, test_confidences=None)
                      if e.test_predictions is not None else e for e in evals_kept)
        states = tuple(p.state for p in items if p.state != "running")
        timings: dict[str, float] = {}
        for i in range(1, len(items)):
            if items[i].eval is not None:  # how long the evaluation took (elapsed counts evaluations)
                timings["eval_seconds"] = max(items[i].elapsed - items[i - 1].elapsed, 0.0)
        last = items[-1]
        now = time.perf_counter()
        state = weights = evaluation = acts = None
        if self.with_views:
            visible = self.visible
            ended = last.state != "running"
            if urgent or self._due("state", self.state_every, now):
                state = self.net.state_arrays() if self.run is None else None
            if ("weights" in visible and (urgent or self._due("weights", self.weights_every, now))) or ended:
                weights = weight_mosaic(self.network())
            wanted = (evals and "errors" in visible) or self._evaluation_requested or ended
            if wanted and self.data.x_test.shape[0] and self._evaluated_at != last.iteration:
                self._evaluation_requested = False
                self._evaluated_at = last.iteration
                t1 = time.perf_counter()
                epoch = evals[-1].epoch if evals else int(last.epoch)
                kept = None
                if evals_kept and evals_kept[-1].iteration == last.iteration:  # the network is unchanged since
                    kept = evals_kept[-1].test_evaluation(self.data.t_test, self.net.output_size)
                if self.run is not None and self.run.checkpoint_at(last.iteration) is not None \
                        and self.run.checkpoint_at(last.iteration).iteration != last.iteration:
                    kept = None  # the run's latest checkpoint is older: evaluate the network it holds
                evaluation = evaluation_view(self.network(), self.data.x_test, self.data.t_test, epoch,
                                             self.class_names, last.iteration, ev=kept)
                timings["evaluation"] = time.perf_counter() - t1
            if self._x_act.shape[0] and (("weights" in visible and self._due("acts", self.activations_every, now))
                                         or ended):
                t1 = time.perf_counter()
                acts = activation_stats(self.network(), self._x_act)
                timings["activations"] = time.perf_counter() - t1
        timings["snapshot"] = time.perf_counter() - t0
        return TrainingSnapshot(iterations, losses, last, evals, states, state, weights, evaluation, acts, timings)
