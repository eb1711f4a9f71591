"""Races under identical conditions: several runs that differ in one setting only (chapter 6).

A race trains several :class:`core.runs.Run` objects together, round-robin, in one generator: each
racer does one mini-batch in turn, so the curves grow side by side (the app's worker iterates the
generator and draws every racer on shared axes). What makes the comparison fair:

* the same initial weights: every racer of a seed builds its network from the same ``init_seed``,
  so racers whose networks have the same shapes and init scheme start from identical weights
  (BatchNorm's gamma/beta, dropout and weight decay do not change the draws). When the varied setting
  changes the shapes (hidden sizes) or the scale (init std 0.01 / Xavier / He), they cannot: they
  then share the same random draws, scaled or shaped differently, and :attr:`Race.shared` says so;
* the same mini-batches in the same order: every racer of a seed uses the same ``data_seed``, batch
  size and training set (a race over batch sizes cannot share batches and says so).

Seeds: a race over ``seeds`` = N repeats every variant with ``init_seed = data_seed = seed + k``
(k = 0..N-1); :func:`seed_bands` gives each variant's mean with its min-max band.

::

    race = Race(preset("optimizers"), seeds=3)
    for p in iter_race(race, data):            # RaceProgress: racer index, its RunProgress
        ...
    figures(race)                              # per variant: final loss, train/test acc (mean, min, max)
    save_session(folder, race.runs())          # each racer is an ordinary Run

Presets (the book's chapter 6 scripts, the book's settings): see :data:`PRESETS` and :func:`preset`.
The search preset (figure 6-24) trains on a validation split of the first 500 training images and
measures the validation accuracy: the racers' "test" set is that validation set, never the test set.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .experiments import BOOK_INITS, BOOK_OPTIMIZERS, split_validation
from .runconfig import RunConfig, describe
from .runs import Run, RunProgress, network_at, run_data, train_run
from .training import TrainingControl, blas_threads

__all__ = ["CUSTOM_SETTINGS", "PRESETS", "Band", "Figure", "Race", "RacePlan", "RaceProgress", "SharedStart",
           "Variant", "custom_plan", "figures", "iter_race", "parse_values", "preset", "run_race", "seed_bands",
           "shared_start"]

#: Settings a custom race may vary.
CUSTOM_SETTINGS = ("optimizer", "lr", "init", "batchnorm", "weight_decay", "dropout", "batch_size", "hidden_sizes")
MAX_RACERS = 400
#: The checkpoints of all racers together stay under this (each run gets its share, at least 2 MiB):
#: the 100-trial search keeps about 5 checkpoints a trial, the race of four about 60 each.
RACE_CHECKPOINT_BYTES = 256 * 2**20
MIN_RUN_CHECKPOINT_BYTES = 2 * 2**20


# ---------------------------------------------------------------------------- plans
@dataclass(frozen=True)
class Variant:
    """One competitor: a label (legend), its configuration (seed 0 of the race) and an optional group
    (the weight scale of the 6-19 grid: the racers of one group are drawn in one small plot)."""

    label: str
    config: RunConfig
    group: str = ""


@dataclass(frozen=True)
class RacePlan:
    """What a race compares: ``setting`` (the varied setting's name), the variants, a title, the book's
    figure, a note of what to watch for, ``metric`` "loss" (loss curves) or "accuracy" (per evaluation),
    ``search``: the 6-24 random search (validation split of ``search_size`` images, ``validation_rate``)."""

    key: str
    title: str
    figure: str
    note: str
    setting: str
    variants: tuple[Variant, ...]
    metric: str = "loss"
    search: bool = False
    search_size: int = 500
    validation_rate: float = 0.2
    data_seed: int = 0


def _mlp(**kw: Any) -> RunConfig:
    base: dict[str, Any] = dict(net="multi_layer", hidden_sizes=(100, 100, 100, 100), activation="relu",
                                init="he", optimizer="sgd", lr=0.01, batch_size=128, iterations=2000,
                                eval_train_limit=10000)
    base.update(kw)
    return RunConfig(**base)


def _optimizers(iterations: int = 2000, **_: Any) -> RacePlan:
    variants = []
    for label, (opt, kw) in BOOK_OPTIMIZERS.items():
        kw = dict(kw)
        lr = kw.pop("lr")
        variants.append(Variant(label, _mlp(optimizer=opt, lr=lr, optimizer_params=kw, iterations=iterations)))
    return RacePlan("optimizers", "SGD, Momentum, AdaGrad, Adam", "6-9",
                    "784-100x4-10 ReLU net (He init), batch 128, each optimizer with the book's learning rate. "
                    "Watch SGD's loss fall slowest; AdaGrad and Adam drop fastest at first.", "optimizer",
                    tuple(variants))


def _init(iterations: int = 2000, **_: Any) -> RacePlan:
    variants = tuple(Variant(label, _mlp(init=w, iterations=iterations)) for label, w in BOOK_INITS.items())
    return RacePlan("init", "Weight init: std 0.01, Xavier, He", "6-14",
                    "784-100x4-10 ReLU net, SGD lr 0.01, batch 128. With std 0.01 the signals vanish and the loss "
                    "stays at 2.3; He learns fastest. The three inits share their random draws, scaled differently.",
                    "init", variants)


BN_SCALES = tuple(float(w) for w in np.logspace(0, -4, num=16))


def _bn_pair(w: float, epochs: int) -> tuple[Variant, Variant]:
    kw: dict[str, Any] = dict(net="multi_layer", hidden_sizes=(100,) * 5, activation="relu", init=w,
                              optimizer="sgd", lr=0.01, batch_size=100, epochs=epochs, iterations=None, train_size=1000)
    g = f"{w:.3g}"
    return (Variant(f"BatchNorm (w {g})", RunConfig(batchnorm=True, **kw), g),
            Variant(f"no BatchNorm (w {g})", RunConfig(batchnorm=False, **kw), g))


def _batchnorm(epochs: int = 20, scale: float | None = None, **_: Any) -> RacePlan:
    scales = BN_SCALES if scale is None else (float(scale),)
    variants = tuple(v for w in scales for v in _bn_pair(w, epochs))
    grid = scale is None
    return RacePlan("batchnorm", "BatchNorm against none" + (" over 16 weight scales" if grid else ""),
                    "6-19" if grid else "6-18",
                    "784-100x5-10 ReLU net on 1000 images, SGD lr 0.01, 20 epochs, training accuracy. With "
                    "BatchNorm the net learns at almost every weight scale and faster; without, it fails when the "
                    "scale is too large or too small.", "batchnorm", variants, metric="accuracy")


def _overfit(epochs: int = 201, dropout_epochs: int = 301, **_: Any) -> RacePlan:
    kw: dict[str, Any] = dict(net="multi_layer", hidden_sizes=(100,) * 6, activation="relu", init="he",
                              optimizer="sgd", lr=0.01, batch_size=100, iterations=None, train_size=300)
    variants = (Variant("plain", RunConfig(epochs=epochs, **kw)),
                Variant("weight decay 0.1", RunConfig(epochs=epochs, weight_decay=0.1, **kw)),
                Variant("dropout 0.2", RunConfig(epochs=dropout_epochs, dropout=0.2, **kw)))
    return RacePlan("overfit", "Overfitting on 300 images", "6-20, 6-21, 6-23",
                    "784-100x6-10 ReLU net on 300 training images, SGD lr 0.01. Plain: training accuracy reaches "
                    "100% while test accuracy stalls (a wide gap); weight decay 0.1 and dropout 0.2 narrow the gap. "
                    "The book runs dropout for 301 epochs, the others for 201.", "regularisation", variants,
                    metric="accuracy")


def _search(trials: int = 100, epochs: int = 50, seed: int = 0, **_: Any) -> RacePlan:
    rng = np.random.default_rng(seed)
    rng.permutation(500)  # the validation split draws first (as core.experiments.hyperparameter_search)
    kw: dict[str, Any] = dict(net="multi_layer", hidden_sizes=(100,) * 6, activation="relu", init="he", optimizer="sgd",
              batch_size=100, iterations=None, epochs=epochs)
    variants = []
    for i in range(trials):
        wd = float(10 ** rng.uniform(-8, -4))
        lr = float(10 ** rng.uniform(-6, -2))
        variants.append(Variant(f"trial {i}", RunConfig(lr=lr, weight_decay=wd, **kw)))
    return RacePlan("search", "Random search over lr and weight decay", "6-24",
                    "784-100x6-10 ReLU net, 400 training and 100 validation images (the first 500, shuffled), "
                    "SGD for 50 epochs; lr = 10^U(-6,-2), weight decay = 10^U(-8,-4). The good trials cluster at "
                    "lr 1e-3 to 1e-2; the test set is never touched.", "lr, weight decay", tuple(variants),
                    metric="accuracy", search=True, data_seed=seed)


#: Preset name -> builder(**options) (options: iterations, epochs, scale, trials, dropout_epochs, seed).
PRESETS: dict[str, Callable[..., RacePlan]] = {"optimizers": _optimizers, "init": _init, "batchnorm": _batchnorm,
                                               "overfit": _overfit, "search": _search}


def preset(name: str, **options: Any) -> RacePlan:
    """The book's race ``name`` (see :data:`PRESETS`); options change its length (ValueError if unknown)."""
    key = {"hyperparams": "search"}.get(name, name)
    if key not in PRESETS:
        raise ValueError(f"unknown race {name!r}; choose one of: {', '.join(PRESETS)}")
    return PRESETS[key](**{k: v for k, v in options.items() if v is not None})


def parse_values(setting: str, text: str) -> list[Any]:
    """The values of a custom race typed as text: comma-separated (hidden sizes: "100-100, 50")."""
    if setting not in CUSTOM_SETTINGS:
        raise ValueError(f"a race can vary one of: {', '.join(CUSTOM_SETTINGS)}; got {setting!r}")
    parts = [p.strip() for p in str(text).split(",") if p.strip()]
    if not 2 <= len(parts) <= 12:
        raise ValueError("give 2 to 12 values, separated by commas")
    out: list[Any] = []
    for p in parts:
        try:
            if setting in ("optimizer",):
                out.append(p.lower())
            elif setting == "init":
                out.append(p.lower() if p.lower() in ("he", "xavier") else float(p))
            elif setting == "batchnorm":
                if p.lower() not in ("on", "off", "true", "false", "yes", "no"):
                    raise ValueError
                out.append(p.lower() in ("on", "true", "yes"))
            elif setting == "batch_size":
                out.append(int(p))
            elif setting == "hidden_sizes":
                out.append(tuple(int(h) for h in p.replace("x", "-").split("-") if h.strip()))
            else:
                out.append(float(p))
        except ValueError:
            raise ValueError(f"{setting.replace('_', ' ')}: cannot read {p[:40]!r}") from None
    return out


def custom_plan(base: RunConfig, setting: str, values: Sequence[Any]) -> RacePlan:
    """A race of ``base`` with ``setting`` (one of :data:`CUSTOM_SETTINGS`) set to each of ``values``
    (ValueError with a sentence for an unknown setting, fewer than two values or an invalid one)."""
    if setting not in CUSTOM_SETTINGS:
        raise ValueError(f"a race can vary one of: {', '.join(CUSTOM_SETTINGS)}; got {setting!r}")
    if not 2 <= len(values) <= 12:
        raise ValueError("a race needs 2 to 12 values")
    variants = []
    for v in values:
        try:
            cfg = base.changed(**{setting: v})
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{setting.replace('_', ' ')} {v!r}: {exc}") from None
        variants.append(Variant(describe(cfg, [setting]), cfg))
    if len({v.label for v in variants}) < len(variants):
        raise ValueError("the values repeat; give different ones")
    metric = "accuracy" if base.mode == "epochs" or base.epochs is not None else "loss"
    return RacePlan("custom", f"{setting.replace('_', ' ')}: " + ", ".join(v.label.split(" ", 1)[-1]
                    for v in variants), "", "", setting, tuple(variants), metric=metric)


# ---------------------------------------------------------------------------- the race
@dataclass(frozen=True)
class SharedStart:
    """Whether the racers of a seed start from the same weights and see the same batches, and why not
    (for a plan with groups, such as the 6-19 grid, within each group)."""

    weights: bool
    batches: bool
    notes: tuple[str, ...] = ()


def _weights(config: RunConfig) -> dict[str, NDArray]:
    net = config.build_network()
    return {k: v for k, v in net.params.items() if re.fullmatch(r"[Wb]\d+", k)}


def shared_start(configs: Sequence[RunConfig]) -> SharedStart:
    """Check, by building the networks, whether ``configs`` start from identical W and b arrays, and,
    from the settings that draw the batches, whether they see the same mini-batches in the same order."""
    notes = []
    first = _weights(configs[0])
    weights = True
    for c in configs[1:]:
        w = _weights(c)
        if w.keys() != first.keys() or any(w[k].shape != first[k].shape for k in w):
            weights = False
            notes.append("the networks have different shapes, so they cannot share initial weights")
            break
        if any(not np.array_equal(w[k], first[k]) for k in w):
            weights = False
            notes.append("the init schemes differ: the racers share the same random draws, scaled differently")
            break
    keys = ("batch_size", "mode", "train_size", "data_seed", "dataset")
    differing = [k for k in keys if len({getattr(c, k) for c in configs}) > 1]
    if differing:
        notes.append(f"{', '.join(k.replace('_', ' ') for k in differing)} differ, so the mini-batches differ too")
    return SharedStart(weights, not differing, tuple(notes))


@dataclass
class Racer:
    """One run of the race: variant ``variant`` (index into the plan) with seed number ``seed``."""

    variant: int
    seed: int
    run: Run


class Race:
    """A plan run over ``seeds`` seeds (``first_seed``, ...): ``racers`` ordered seed by seed."""

    def __init__(self, plan: RacePlan, seeds: int = 1, first_seed: int = 0, *, checkpoint_every: int = 100,
                 checkpoint_bytes: int = RACE_CHECKPOINT_BYTES) -> None:
        if isinstance(seeds, bool) or not isinstance(seeds, int) or not 1 <= seeds <= 100:
            raise ValueError(f"seeds must be a whole number from 1 to 100, got {seeds!r}")
        if len(plan.variants) * seeds > MAX_RACERS:
            raise ValueError(f"{len(plan.variants) * seeds} runs is too many for one race (at most {MAX_RACERS})")
        self.plan = plan
        self.seeds = seeds
        self.first_seed = first_seed
        self.racers: list[Racer] = []
        per_run = max(MIN_RUN_CHECKPOINT_BYTES, checkpoint_bytes // (len(plan.variants) * seeds))
        for s in range(seeds):
            for i, v in enumerate(plan.variants):
                cfg = v.config.changed(init_seed=first_seed + s, data_seed=first_seed + s)
                name = v.label if seeds == 1 else f"{v.label} (seed {first_seed + s})"
                self.racers.append(Racer(i, s, Run(cfg, name, checkpoint_every=checkpoint_every,
                                                   max_checkpoint_bytes=per_run)))
        groups: dict[str, list[RunConfig]] = {}
        for v in plan.variants:
            groups.setdefault(v.group, []).append(v.config)
        if len(groups) > 1:  # the 6-19 grid: each weight scale's pair is one comparison
            per = [shared_start(c) for c in groups.values()]
            notes = tuple(dict.fromkeys(n for p in per for n in p.notes))
            self.shared = SharedStart(all(p.weights for p in per), all(p.batches for p in per), notes)
        else:
            self.shared = shared_start([v.config for v in plan.variants])
        #: racer index -> (iteration, train acc, test acc) of its final network, measured when it finishes
        #: (book mode's last evaluation comes before the end; the loss races' figures want the end)
        self.final: dict[int, tuple[int, float, float]] = {}

    def runs(self) -> list[Run]:
        """The racers' runs (ordinary runs: save them with ``core.session.save_session``)."""
        return [r.run for r in self.racers]

    def data(self, data: Any) -> Any:
        """The data the racers train on: ``data`` itself, or the search's (train, validation) split."""
        if not self.plan.search:
            return data
        x = np.asarray(data.x_train)[:self.plan.search_size]
        t = np.asarray(data.t_train)[:self.plan.search_size]
        t = t.argmax(axis=1) if t.ndim == 2 else t
        x_tr, t_tr, x_val, t_val = split_validation(x, t, self.plan.validation_rate,
                                                    np.random.default_rng(self.plan.data_seed))
        return _Split(x_tr, t_tr, x_val, t_val)


@dataclass(frozen=True)
class _Split:
    x_train: NDArray
    t_train: NDArray
    x_test: NDArray  # the validation set (the racers' "test" accuracy is the validation accuracy)
    t_test: NDArray


@dataclass(frozen=True, slots=True)
class RaceProgress:
    """A frozen snapshot: racer ``racer`` (index into ``Race.racers``) yielded ``progress``; ``state``
    is the race's ("running", "paused", "finished", "stopped"); ``finished`` racers done so far."""

    racer: int
    progress: RunProgress | None
    state: str = "running"
    finished: int = 0
    total: int = 0


def iter_race(race: Race, data: Any, control: TrainingControl | None = None, *,
              measure_final: bool = True) -> Generator[RaceProgress, None, None]:
    """Train all racers round-robin (one mini-batch each in turn), yielding a :class:`RaceProgress` for
    every item a racer's :func:`core.runs.train_run` yields. ``control`` acts on the whole race: pause,
    resume, ``step(n)`` (n rounds), stop. Closing the generator stops every racer (each keeps a checkpoint
    where it stood, as ``train_run`` does). ``measure_final``: when a racer finishes after its last
    evaluation (book mode), measure its final network's accuracies once (:attr:`Race.final`); without it
    a race does exactly the work of its runs trained one after the other."""
    control = control or TrainingControl()
    rdata = race.data(data)
    n = len(race.racers)
    gens: dict[int, Iterator[RunProgress]] = {}
    done = 0
    with blas_threads(1):
        try:
            for i, r in enumerate(race.racers):
                if r.run.status not in ("finished", "diverged"):
                    gens[i] = train_run(r.run, rdata)
                else:
                    done += 1
            while gens:
                turn = control._turn(block=False)
                if turn == "pause":
                    yield RaceProgress(-1, None, "paused", done, n)
                    turn = control._turn(block=True)
                if turn == "stop":
                    break
                for i in list(gens):
                    for p in gens[i]:
                        end = p.state in ("finished", "stopped", "diverged")
                        done += end
                        if p.state == "finished" and measure_final:
                            race.final[i] = _final_accuracy(race.racers[i].run, rdata)
                        yield RaceProgress(i, p, "running", done, n)
                        if end:
                            del gens[i]
                            break
                        if p.eval is None and p.state == "running":
                            break
                    else:
                        gens.pop(i, None)
        finally:
            for g in gens.values():
                close = getattr(g, "close", None)
                if close is not None:
                    close()
    stopped = any(r.run.status == "stopped" for r in race.racers)
    yield RaceProgress(-1, None, "stopped" if stopped else "finished", done, n)


def _final_accuracy(run: Run, data: Any) -> tuple[int, float, float]:
    last = run.last_evaluation
    if last is not None and last.iteration == run.iteration:
        return (last.iteration, last.train_acc, last.test_acc)
    net = network_at(run, run.iteration)
    limit = run.config.eval_train_limit
    data = run_data(data, run.config)  # the run's own training images (train_size)
    x, t = np.asarray(data.x_train), np.asarray(data.t_train)
    if limit is not None:
        x, t = x[:limit], t[:limit]
    t = t.argmax(axis=1) if t.ndim == 2 else t
    tt = np.asarray(data.t_test)
    tt = tt.argmax(axis=1) if tt.ndim == 2 else tt
    with np.errstate(all="ignore"):
        return (run.iteration, net.count_correct(x, t) / len(x), net.count_correct(np.asarray(data.x_test), tt)
                / len(tt))


def run_race(race: Race, data: Any, on_progress: Callable[[RaceProgress], None] | None = None) -> Race:
    """Drive :func:`iter_race` to the end; the race (its runs filled in)."""
    for p in iter_race(race, data):
        if on_progress is not None:
            on_progress(p)
    return race


# ---------------------------------------------------------------------------- figures and bands
@dataclass(frozen=True)
class Band:
    """A variant over seeds: ``x`` (iterations), ``mean``, ``lo`` (min), ``hi`` (max), shapes (n,)."""

    x: NDArray[np.float64]
    mean: NDArray[np.float64]
    lo: NDArray[np.float64]
    hi: NDArray[np.float64]


def _band(x: NDArray, rows: list[NDArray]) -> Band:
    m = min(len(r) for r in rows) if rows else 0
    a = np.array([r[:m] for r in rows], dtype=np.float64).reshape(len(rows), m)
    return Band(np.asarray(x[:m], dtype=np.float64), a.mean(axis=0), a.min(axis=0), a.max(axis=0))


def seed_bands(race: Race, what: str = "loss") -> list[Band]:
    """Per variant (plan order) the mean with min-max band over the seeds of ``what``: "loss" (per
    iteration, cut to the shortest racer), "train_acc" or "test_acc" (per evaluation)."""
    out = []
    for i in range(len(race.plan.variants)):
        runs = [r.run for r in race.racers if r.variant == i]
        if what == "loss":
            rows = [r.losses.values() for r in runs]
            m = min(len(r) for r in rows)
            out.append(_band(np.arange(1, m + 1), rows))
        else:
            evs = [r.evaluations for r in runs]
            m = min(len(e) for e in evs)
            x = np.array([e.iteration for e in evs[0][:m]], dtype=np.float64)
            out.append(_band(x, [np.array([getattr(e, what) for e in ev[:m]]) for ev in evs]))
    return out


@dataclass(frozen=True)
class Figure:
    """A variant's final figures over its seeds as (mean, min, max): the mean loss of the last 100
    mini-batches, the training and test (validation, for the search) accuracy of the final network
    (of the last evaluation for a racer that did not finish)."""

    label: str
    seeds: int
    loss: tuple[float, float, float]
    train_acc: tuple[float, float, float]
    test_acc: tuple[float, float, float]
    variant: Variant = field(repr=False, compare=False, default=None)  # type: ignore[assignment]


def _stats(values: list[float]) -> tuple[float, float, float]:
    a = np.array(values, dtype=np.float64)
    if not a.size or np.isnan(a).all():
        return (math.nan, math.nan, math.nan)
    return (float(np.nanmean(a)), float(np.nanmin(a)), float(np.nanmax(a)))


def figures(race: Race) -> list[Figure]:
    """The final figures of every variant (plan order)."""
    out = []
    for i, v in enumerate(race.plan.variants):
        idx = [k for k, r in enumerate(race.racers) if r.variant == i]
        runs = [race.racers[k].run for k in idx]
        loss = [float(r.losses.values()[-100:].mean()) if r.iteration else math.nan for r in runs]
        tr, te = [], []
        for k, r in zip(idx, runs, strict=True):
            final = race.final.get(k)
            if final is not None and final[0] == r.iteration:
                tr.append(final[1])
                te.append(final[2])
            else:
                e = r.last_evaluation
                tr.append(e.train_acc if e is not None else math.nan)
                te.append(e.test_acc if e is not None else math.nan)
        out.append(Figure(v.label, len(runs), _stats(loss), _stats(tr), _stats(te), v))
    return out
