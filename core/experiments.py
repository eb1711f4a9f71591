"""The chapter-6 experiments of the book, headless.

Each experiment exists twice: ``iter_<name>(...)`` is a generator of :class:`Step` items
(progress, with the result on the last one), for the GUI worker thread; ``<name>(...)`` runs it
to the end and returns the result. The defaults are the book's sizes; tests use tiny ones.

===========================  ==============================================  =======================
experiment                   book script                                     result
===========================  ==============================================  =======================
compare_optimizers           ch06/optimizer_compare_mnist.py                 :class:`LossCurves`
compare_weight_init          ch06/weight_init_compare.py                     :class:`LossCurves`
batchnorm_vs_none            ch06/batch_norm_test.py                         list of :class:`BatchNormRun`
overfitting                  ch06/overfit_weight_decay.py, overfit_dropout   dict of :class:`AccuracyCurves`
hyperparameter_search        ch06/hyperparameter_optimization.py             generator of :class:`Trial`
===========================  ==============================================  =======================

Run them from the terminal (MNIST from ``--data-dir`` or ``DLFS_DATA``)::

    python -m dlfs_studio.core.experiments optimizers [--iters 2000]
    python -m dlfs_studio.core.experiments init [--iters 2000]
    python -m dlfs_studio.core.experiments batchnorm [--epochs 20]
    python -m dlfs_studio.core.experiments overfit [--epochs 201]
    python -m dlfs_studio.core.experiments hyperparams [--trials 100] [--epochs 50]

All randomness comes from ``seed``; the hyperparameter search never looks at the test set
(it splits a validation set off the training set, as the book does).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .nets import MultiLayerNet
from .optimizers import make_optimizer
from .training import TrainConfig, blas_threads, train


@dataclass(frozen=True)
class Step:
    """Progress of a running experiment: ``done`` of ``total`` units, a message; ``result`` on the last."""

    done: int
    total: int
    message: str
    result: Any = None


def run(steps: Iterator[Step], on_progress: Callable[[Step], None] | None = None) -> Any:
    """Drive an ``iter_*`` generator to the end and return its result."""
    last = None
    for last in steps:
        if on_progress is not None:
            on_progress(last)
    if last is None or last.result is None:
        raise RuntimeError("the experiment ended without a result")
    return last.result


@dataclass
class _Data:
    x_train: NDArray
    t_train: NDArray
    x_test: NDArray
    t_test: NDArray


def _labels(t) -> NDArray[np.int64]:
    t = np.asarray(t)
    return (t.argmax(axis=1) if t.ndim == 2 else t).astype(np.int64)


# ============================================================================ loss curves: optimizers, init
@dataclass(frozen=True)
class LossCurves:
    """Mini-batch loss per iteration for each variant (same batches for all), and final accuracies."""

    losses: dict[str, NDArray[np.float64]]
    test_acc: dict[str, float]
    settings: dict[str, Any] = field(default_factory=dict)

    def smoothed(self, name: str, window: int = 11) -> NDArray[np.float64]:
        """The book's ``smooth_curve``-like moving average (for plots)."""
        x = self.losses[name]
        if len(x) < window:
            return x.copy()
        w = np.kaiser(window, 2)
        s = np.r_[x[window - 1:0:-1], x, x[-1:-window:-1]]
        return np.convolve(w / w.sum(), s, mode="valid")[window // 2:window // 2 + len(x)]


def _iter_loss_curves(data, variants: dict[str, tuple[dict, str, dict]], iterations: int, batch_size: int,
                      seed: int, what: str) -> Iterator[Step]:
    """Train one net per variant on the same mini-batches; variants: name -> (net kwargs, optimizer, opt kwargs)."""
    x_train, t_train = np.asarray(data.x_train), _labels(data.t_train)
    nets, opts = {}, {}
    for i, (name, (net_kw, opt_name, opt_kw)) in enumerate(variants.items()):
        nets[name] = MultiLayerNet(rng=np.random.default_rng([seed, i]), **net_kw)
        opts[name] = make_optimizer(opt_name, **opt_kw)
    losses = {name: np.empty(iterations) for name in variants}
    rng = np.random.default_rng(seed)
    with blas_threads(1):
        yield from _train_curves(nets, opts, losses, x_train, t_train, rng, iterations, batch_size, what)
    x_test, t_test = np.asarray(data.x_test), _labels(data.t_test)
    test_acc = {name: net.accuracy(x_test, t_test) for name, net in nets.items()}
    yield Step(iterations, iterations, f"{what} done",
               LossCurves(losses, test_acc, {"iterations": iterations, "batch_size": batch_size, "seed": seed}))


def _train_curves(nets, opts, losses, x_train, t_train, rng, iterations, batch_size, what) -> Iterator[Step]:
    for it in range(iterations):
        idx = rng.choice(x_train.shape[0], batch_size)
        xb, tb = x_train[idx], t_train[idx]
        for name, net in nets.items():
            loss, grads = net.loss_and_gradient(xb, tb)
            opts[name].update(net.params, grads)
            losses[name][it] = loss
        if it % 100 == 0 or it == iterations - 1:
            text = ", ".join(f"{n}: {losses[n][it]:.4f}" for n in nets)
            yield Step(it + 1, iterations, f"{what} iteration {it}: {text}")


#: The book's optimizer_compare_mnist.py: each optimizer with its default learning rate.
BOOK_OPTIMIZERS = {"SGD": ("sgd", {"lr": 0.01}), "Momentum": ("momentum", {"lr": 0.01, "momentum": 0.9}),
                   "AdaGrad": ("adagrad", {"lr": 0.01}), "Adam": ("adam", {"lr": 0.001})}


def iter_compare_optimizers(data, iterations: int = 2000, batch_size: int = 128,
                            hidden_size_list: Sequence[int] = (100, 100, 100, 100),
                            optimizers: dict[str, tuple[str, dict]] | None = None, seed: int = 0) -> Iterator[Step]:
    """SGD, Momentum, AdaGrad and Adam on MultiLayerNet 784-100x4-10 (ReLU, He init), same batches."""
    optimizers = optimizers or BOOK_OPTIMIZERS
    net_kw = dict(input_size=784, hidden_size_list=list(hidden_size_list), output_size=10)
    variants = {name: (net_kw, opt, kw) for name, (opt, kw) in optimizers.items()}
    yield from _iter_loss_curves(data, variants, iterations, batch_size, seed, "optimizers")


def compare_optimizers(data, **kwargs) -> LossCurves:
    """Run :func:`iter_compare_optimizers` and return its :class:`LossCurves`."""
    return run(iter_compare_optimizers(data, **kwargs))


#: The book's weight_init_compare.py: ReLU networks with three initial weight scales.
BOOK_INITS: dict[str, float | str] = {"std=0.01": 0.01, "Xavier": "xavier", "He": "he"}


def iter_compare_weight_init(data, iterations: int = 2000, batch_size: int = 128,
                             hidden_size_list: Sequence[int] = (100, 100, 100, 100),
                             inits: dict[str, float | str] | None = None, activation: str = "relu",
                             lr: float = 0.01, seed: int = 0) -> Iterator[Step]:
    """std 0.01 vs Xavier vs He on MultiLayerNet 784-100x4-10 with SGD lr 0.01, same batches."""
    inits = inits or BOOK_INITS
    variants = {name: (dict(input_size=784, hidden_size_list=list(hidden_size_list), output_size=10,
                            activation=activation, weight_init_std=w), "sgd", {"lr": lr})
                for name, w in inits.items()}
    yield from _iter_loss_curves(data, variants, iterations, batch_size, seed, "weight init")


def compare_weight_init(data, **kwargs) -> LossCurves:
    """Run :func:`iter_compare_weight_init` and return its :class:`LossCurves`."""
    return run(iter_compare_weight_init(data, **kwargs))


# ============================================================================ accuracy curves
@dataclass(frozen=True)
class AccuracyCurves:
    """Accuracies at each evaluation (the book's per-epoch lists) and the iterations they were taken at."""

    iterations: NDArray[np.int64]
    train_acc: NDArray[np.float64]
    test_acc: NDArray[np.float64]

    @property
    def final_gap(self) -> float:
        """Train minus test accuracy at the last evaluation (overfitting shows as a large gap)."""
        return float(self.train_acc[-1] - self.test_acc[-1])


def _fit(net, data: _Data, epochs: int, lr: float, batch_size: int, seed: int,
         optimizer: str = "sgd") -> Iterator[tuple[int, int, AccuracyCurves | None]]:
    """Book-mode training (the book's Trainer schedule); yields (evaluations done, total, curves at the end)."""
    config = TrainConfig(batch_size=batch_size, lr=lr, optimizer=optimizer, iterations=None, epochs=epochs,
                         mode="book", seed=seed, stop_on_divergence=False)
    its, tr, te = [], [], []
    with np.errstate(all="ignore"):  # hopeless hyperparameters may overflow; their accuracy says so
        for p in train(net, data, config):
            if p.eval is not None:
                its.append(p.eval.iteration)
                tr.append(p.eval.train_acc)
                te.append(p.eval.test_acc)
                yield len(its), epochs, None
    yield len(its), epochs, AccuracyCurves(np.array(its), np.array(tr), np.array(te))


def _final(curves: AccuracyCurves | None) -> AccuracyCurves:
    """The curves :func:`_fit` yields last (never None once it has finished)."""
    if curves is None:
        raise RuntimeError("the training ended without its final curves")
    return curves


@dataclass(frozen=True)
class BatchNormRun:
    """One weight scale of the batch-norm experiment: training accuracy per epoch with and without BN."""

    weight_init_std: float
    with_bn: AccuracyCurves
    without_bn: AccuracyCurves


def iter_batchnorm_vs_none(data, weight_scales: Sequence[float] | None = None, train_size: int = 1000,
                           epochs: int = 20, batch_size: int = 100, lr: float = 0.01,
                           hidden_size_list: Sequence[int] = (100, 100, 100, 100, 100),
                           seed: int = 0) -> Iterator[Step]:
    """The book's batch_norm_test.py: 1000 training images, 16 weight scales from 1 to 1e-4, SGD lr 0.01,
    20 epochs; MultiLayerNet 784-100x5-10 ReLU with and without batch normalization (same batches)."""
    scales = list(np.logspace(0, -4, num=16) if weight_scales is None else weight_scales)
    sub = _Data(np.asarray(data.x_train)[:train_size], _labels(data.t_train)[:train_size],
                np.asarray(data.x_test), _labels(data.t_test))
    runs = []
    for i, w in enumerate(scales):
        curves: dict[bool, AccuracyCurves | None] = {}
        for bn in (True, False):
            net = MultiLayerNet(784, list(hidden_size_list), 10, weight_init_std=float(w), use_batchnorm=bn,
                                rng=np.random.default_rng([seed, i]))
            for _, _, c in _fit(net, sub, epochs, lr, batch_size, seed):
                curves[bn] = c
        with_bn, without_bn = _final(curves[True]), _final(curves[False])
        runs.append(BatchNormRun(float(w), with_bn, without_bn))
        yield Step(i + 1, len(scales), f"weight scale {w:.2e}: train acc with BN {with_bn.train_acc[-1]:.3f}, "
                                       f"without {without_bn.train_acc[-1]:.3f}")
    yield Step(len(scales), len(scales), "batch norm done", runs)


def batchnorm_vs_none(data, **kwargs) -> list[BatchNormRun]:
    """Run :func:`iter_batchnorm_vs_none` and return the runs, one per weight scale."""
    return run(iter_batchnorm_vs_none(data, **kwargs))


def iter_overfitting(data, train_size: int = 300, epochs: int = 201, batch_size: int = 100, lr: float = 0.01,
                     hidden_size_list: Sequence[int] = (100, 100, 100, 100, 100, 100),
                     weight_decay_lambda: float = 0.1, dropout_ratio: float = 0.2,
                     dropout_epochs: int | None = 301, seed: int = 0) -> Iterator[Step]:
    """The book's overfit_weight_decay.py / overfit_dropout.py: 300 training images, MultiLayerNet
    784-100x6-10, SGD lr 0.01; plain and weight decay 0.1 for ``epochs`` (201), dropout 0.2 for
    ``dropout_epochs`` (the book's 301; None: ``epochs``)."""
    sub = _Data(np.asarray(data.x_train)[:train_size], _labels(data.t_train)[:train_size],
                np.asarray(data.x_test), _labels(data.t_test))
    variants: dict[str, tuple[dict[str, Any], int]] = {"plain": ({}, epochs),
                f"weight decay {weight_decay_lambda:g}": ({"weight_decay_lambda": weight_decay_lambda}, epochs),
                f"dropout {dropout_ratio:g}": ({"dropout_ratio": dropout_ratio}, dropout_epochs or epochs)}
    total = sum(e for _, e in variants.values())
    results = {}
    done_before = 0
    for i, (name, (kw, n_epochs)) in enumerate(variants.items()):
        net = MultiLayerNet(784, list(hidden_size_list), 10, rng=np.random.default_rng([seed, i]), **kw)
        for done, _, c in _fit(net, sub, n_epochs, lr, batch_size, seed):
            if c is not None:
                results[name] = c
            elif done % 50 == 1:
                yield Step(done_before + done, total, f"{name}: epoch {done - 1}")
        done_before += n_epochs
        c = results[name]
        yield Step(done_before, total, f"{name}: train acc {c.train_acc[-1]:.3f}, test acc {c.test_acc[-1]:.3f}")
    yield Step(total, total, "overfitting done", results)


def overfitting(data, **kwargs) -> dict[str, AccuracyCurves]:
    """Run :func:`iter_overfitting` and return the accuracy curves by variant."""
    return run(iter_overfitting(data, **kwargs))


# ============================================================================ hyperparameter search
@dataclass(frozen=True)
class Trial:
    """One random-search trial: its hyperparameters and final validation/training accuracy (plus curves)."""

    index: int
    lr: float
    weight_decay: float
    val_acc: float
    train_acc: float
    curves: AccuracyCurves


def split_validation(x: NDArray, t: NDArray, validation_rate: float, rng: np.random.Generator):
    """Shuffle and split off the first ``validation_rate`` share: (x_train, t_train, x_val, t_val)."""
    if not 0 < validation_rate < 1:
        raise ValueError(f"validation_rate must lie strictly between 0 and 1, got {validation_rate!r}")
    order = rng.permutation(len(x))
    x, t = x[order], t[order]
    n_val = int(len(x) * validation_rate)
    if n_val == 0 or n_val == len(x):
        raise ValueError("the training subset is too small to split off a validation set")
    return x[n_val:], t[n_val:], x[:n_val], t[:n_val]


def hyperparameter_search(data, trials: int = 100, train_size: int = 500, validation_rate: float = 0.2,
                          epochs: int = 50, batch_size: int = 100,
                          hidden_size_list: Sequence[int] = (100, 100, 100, 100, 100, 100),
                          lr_range: tuple[float, float] = (-6, -2), weight_decay_range: tuple[float, float] = (-8, -4),
                          seed: int = 0) -> Iterator[Trial]:
    """The book's hyperparameter_optimization.py, as a generator of :class:`Trial` results.

    Takes the first ``train_size`` training images, shuffles and splits ``validation_rate`` of them off
    as the validation set (the test set is never touched), then for each trial draws lr = 10**U(-6, -2)
    and weight decay = 10**U(-8, -4) and trains MultiLayerNet 784-100x6-10 with SGD for ``epochs``.
    """
    if trials <= 0:
        raise ValueError("trials must be positive")
    rng = np.random.default_rng(seed)
    x, t = np.asarray(data.x_train)[:train_size], _labels(data.t_train)[:train_size]
    x_tr, t_tr, x_val, t_val = split_validation(x, t, validation_rate, rng)
    sub = _Data(x_tr, t_tr, x_val, t_val)
    for i in range(trials):
        weight_decay = 10 ** rng.uniform(*weight_decay_range)
        lr = 10 ** rng.uniform(*lr_range)
        net = MultiLayerNet(784, list(hidden_size_list), 10, weight_decay_lambda=weight_decay,
                            rng=np.random.default_rng([seed, i]))
        curves = None
        for _, _, c in _fit(net, sub, epochs, lr, batch_size, seed + i):
            curves = c if c is not None else curves
        final = _final(curves)
        yield Trial(i, float(lr), float(weight_decay), float(final.test_acc[-1]), float(final.train_acc[-1]), final)


# ============================================================================ command line
def _load(data_dir: str | None):
    from .data import load_dataset
    return load_dataset("mnist", data_dir)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The experiment options, shared by ``dlfs experiment`` and ``python -m dlfs_studio.core.experiments``."""
    p.add_argument("name", choices=("optimizers", "init", "batchnorm", "overfit", "hyperparams"))
    from .cli.common import existing_dir, non_negative_int, positive_int
    p.add_argument("--data-dir", type=existing_dir, help="folder holding mnist/ (default: DLFS_DATA, the cache, ...)")
    p.add_argument("--iters", type=positive_int, default=2000, help="optimizers/init: iterations (book: 2000)")
    p.add_argument("--epochs", type=positive_int,
                   help="batchnorm (book 20), overfit (book 201), hyperparams (book 50)")
    p.add_argument("--dropout-epochs", type=positive_int, default=301,
                   help="overfit: epochs of the dropout run (book 301)")
    p.add_argument("--trials", type=positive_int, default=100, help="hyperparams: number of trials (book: 100)")
    p.add_argument("--seed", type=non_negative_int, default=0)


def run_from_args(args: argparse.Namespace) -> int:
    """Run the experiment named in ``args`` and print its figures; 2 when the data is missing."""
    from .data import DatasetError
    try:
        data = _load(args.data_dir)
    except DatasetError as exc:
        print(f"dlfs experiment: error: {exc}", file=sys.stderr)
        return 2
    show = lambda s: print(s.message, flush=True)  # noqa: E731
    if args.name in ("optimizers", "init"):
        fn = iter_compare_optimizers if args.name == "optimizers" else iter_compare_weight_init
        res = run(fn(data, iterations=args.iters, seed=args.seed), show)
        for name, losses in res.losses.items():
            print(f"{name:>10}: mean loss of the last 100 iterations {losses[-100:].mean():.4f}, "
                  f"test acc {res.test_acc[name]:.4f}")
    elif args.name == "batchnorm":
        runs = run(iter_batchnorm_vs_none(data, epochs=args.epochs or 20, seed=args.seed), show)
        print("weight scale | final train acc with BN | without BN")
        for r in runs:
            print(f"{r.weight_init_std:.2e} | {r.with_bn.train_acc[-1]:.3f} | {r.without_bn.train_acc[-1]:.3f}")
    elif args.name == "overfit":
        res = run(iter_overfitting(data, epochs=args.epochs or 201, dropout_epochs=args.dropout_epochs,
                                   seed=args.seed), show)
        for name, c in res.items():
            print(f"{name:>18}: train acc {c.train_acc[-1]:.3f}, test acc {c.test_acc[-1]:.3f}, gap {c.final_gap:.3f}")
    else:
        trials = []
        for trial in hyperparameter_search(data, trials=args.trials, epochs=args.epochs or 50, seed=args.seed):
            trials.append(trial)
            print(f"trial {trial.index:3d}: val acc {trial.val_acc:.3f} | lr {trial.lr:.2e}, "
                  f"weight decay {trial.weight_decay:.2e}", flush=True)
        print("=========== Hyper-Parameter Optimization Result ===========")
        for rank, trial in enumerate(sorted(trials, key=lambda x: -x.val_acc)[:20], 1):
            print(f"Best-{rank:<2d} (val acc: {trial.val_acc:.3f}) | lr: {trial.lr:.2e}, "
                  f"weight decay: {trial.weight_decay:.2e}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m dlfs_studio.core.experiments",
                                description="The book's chapter-6 experiments on MNIST (see the module docstring).")
    add_arguments(p)
    return run_from_args(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
