"""Mini-batch training as a generator, driven the same way by ``dlfs train`` and the GUI.

::

    control = TrainingControl()                     # optional; thread-safe
    for p in train(net, data, TrainConfig(iterations=10000), control):
        if p.eval is not None:
            print(p.eval.epoch, p.eval.train_acc, p.eval.test_acc)
    # p.state is "finished", "stopped" or "diverged" on the last item

``train`` yields a :class:`Progress` after every mini-batch (scalars only, cheap), one more
right after each evaluation (with ``eval`` set), one "paused" snapshot when it pauses, and a
last one whose ``state`` is "finished", "stopped" or "diverged". The loss it reports comes from
the training forward pass itself (no extra pass). Same seed, same data -> identical losses.

Modes (``TrainConfig.mode``):

* "book": as the book's ``train_neuralnet.py``: each mini-batch is drawn with replacement
  (the numbers of ``rng.choice(train_size, batch_size)``) and the accuracies are evaluated every
  ``iter_per_epoch = max(train_size // batch_size, 1)`` iterations, starting after the first
  mini-batch (10000 iterations of 100 on MNIST -> 17 evaluations).
* "epochs": each epoch visits a fresh permutation of the training set once; evaluation at the
  end of each epoch (and at the end of a run that stops mid-epoch).
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .blas import ThreadTuner, _Blas, blas_threads
from .control import TrainingControl
from .evaluation import Evaluation, _labels
from .evaluation import evaluate as evaluate  # re-exported: callers import it from here
from .optimizers import Optimizer, make_optimizer

MODES = ("book", "epochs")
STATES = ("running", "paused", "finished", "stopped", "diverged")

#: A loss above this (or NaN/inf) counts as divergence. The cross-entropy of a uniform guess over
#: K classes is log K (2.3 for 10), so this only triggers on a genuine blow-up.
EXPLODE_LOSS = 1e4

#: Parameters are copied (for restoring after divergence) at each evaluation and this often,
#: as long as they are finite.
SNAPSHOT_EVERY = 100

#: The most memory a mini-batch (its images, in the network's dtype and as bytes) may take.
MAX_BATCH_BYTES = 1 << 30


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of a training run (validated on creation; ValueError with a sentence).

    ``blas_threads``: OpenBLAS threads while the generator runs (see :func:`blas_threads`). The
    default 1 keeps runs bit-for-bit reproducible (a different thread count changes the rounding of
    the matrix products, and a batch-norm network's losses drift apart by 1e-2 within 300 steps), is
    as fast as 2 threads for these small matrices on a quiet machine and 10-30x faster than threads
    on a busy one. "auto" lets a :class:`ThreadTuner` switch between 1 and the process's default
    count from the measured step times (faster on a quiet many-core machine, not reproducible);
    None leaves the process setting alone.
    ``eval_every``: evaluate every N iterations instead of once per epoch (book mode: after iterations 1,
    1 + N, 1 + 2N, ...; epochs mode: after N, 2N, ... and at the end).
    ``keep_test_predictions``: each :class:`EpochResult` also carries the test set's predicted labels
    and their softmax confidences (from the same pass that measures the test accuracy), so a
    confusion matrix needs no second pass over the test set.
    """

    batch_size: int = 100
    lr: float = 0.1
    optimizer: str = "sgd"
    optimizer_params: Mapping[str, float] = field(default_factory=dict)
    iterations: int | None = 10000
    epochs: int | None = None
    mode: str = "book"
    seed: int | None = 0
    eval_train_limit: int | None = None
    stop_on_divergence: bool = True
    eval_batch_size: int = 1000
    blas_threads: int | str | None = 1
    keep_test_predictions: bool = False
    eval_every: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.batch_size, bool) or not isinstance(self.batch_size, (int, np.integer)) \
                or self.batch_size <= 0:
            raise ValueError(f"batch_size must be a positive whole number, got {self.batch_size!r}")
        if not isinstance(self.lr, (int, float)) or not math.isfinite(self.lr) or self.lr <= 0:
            raise ValueError(f"the learning rate must be a positive number, got {self.lr!r}")
        if (self.iterations is None) == (self.epochs is None):
            raise ValueError("give exactly one of iterations and epochs")
        for name in ("iterations", "epochs"):
            v = getattr(self, name)
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v <= 0):
                raise ValueError(f"{name} must be a positive whole number, got {v!r}")
        if self.mode not in MODES:
            raise ValueError(f"mode must be 'book' or 'epochs', got {self.mode!r}")
        if self.eval_train_limit is not None and self.eval_train_limit <= 0:
            raise ValueError("eval_train_limit must be positive (or None for the whole training set)")
        if self.eval_every is not None and (isinstance(self.eval_every, bool) or not isinstance(
                self.eval_every, (int, np.integer)) or self.eval_every <= 0):
            raise ValueError(f"eval_every must be a positive whole number (or None: once per epoch), "
                             f"got {self.eval_every!r}")
        if self.blas_threads not in (None, "auto") and (isinstance(self.blas_threads, bool) or not isinstance(
                self.blas_threads, int) or self.blas_threads <= 0):
            raise ValueError(f"blas_threads must be 'auto', a positive whole number or None, got {self.blas_threads!r}")
        if "lr" in self.optimizer_params:
            raise ValueError("give the learning rate as lr, not inside optimizer_params")
        make_optimizer(self.optimizer, lr=self.lr, **self.optimizer_params)  # validates name and values
        object.__setattr__(self, "optimizer_params", MappingProxyType(dict(self.optimizer_params)))

    def iter_per_epoch(self, train_size: int) -> int:
        """Mini-batches per epoch: max(train_size // batch_size, 1) in book mode, ceil in epochs mode."""
        if self.mode == "book":
            return max(train_size // self.batch_size, 1)
        return max(math.ceil(train_size / self.batch_size), 1)

    def total_iterations(self, train_size: int) -> int:
        """Number of mini-batches the run will take on a training set of ``train_size``."""
        if self.iterations is not None:
            return int(self.iterations)
        if self.epochs is None:
            raise ValueError("a run needs either iterations or epochs")
        return int(self.epochs) * self.iter_per_epoch(train_size)


@dataclass(frozen=True, slots=True)
class EpochResult:
    """One evaluation: accuracies on the (possibly limited) training set and the test set.

    ``epoch``: 0 for the book's first evaluation (after the first mini-batch), or the number of
    completed epochs in "epochs" mode. ``train_loss``: mean mini-batch loss since the last evaluation.
    ``test_predictions`` (N_test,) and ``test_confidences`` (N_test,): read-only arrays, set only
    with ``TrainConfig.keep_test_predictions`` (None otherwise); see :meth:`test_evaluation`.
    """

    epoch: int
    iteration: int
    train_acc: float
    test_acc: float
    train_loss: float
    test_predictions: NDArray[np.int64] | None = field(default=None, compare=False, repr=False)
    test_confidences: NDArray[np.float64] | None = field(default=None, compare=False, repr=False)

    def test_evaluation(self, t_test: ArrayLike, num_classes: int) -> Evaluation | None:
        """The test-set :class:`Evaluation` (confusion matrix, mistakes) from the kept predictions, or None."""
        if self.test_predictions is None or self.test_confidences is None:
            return None
        return Evaluation.from_predictions(self.test_predictions, self.test_confidences, _labels(np.asarray(t_test)),
                                           num_classes)


@dataclass(frozen=True, slots=True)
class Progress:
    """A snapshot after a mini-batch (or an evaluation, a pause, the end).

    ``iteration``: completed mini-batches; ``epoch``: iteration / iter_per_epoch; ``loss``: this
    mini-batch's loss from the training forward pass; ``samples_per_sec``: training throughput
    (pauses and evaluations excluded); ``elapsed``: seconds, pauses excluded; ``eval``: set on the
    snapshot right after an evaluation; ``state``: running/paused/finished/stopped/diverged;
    ``message``: e.g. why training diverged; ``optimizer``: the optimizer in use, e.g. "sgd".
    """

    iteration: int
    total_iterations: int
    epoch: float
    loss: float
    lr: float
    samples_per_sec: float
    elapsed: float
    eval: EpochResult | None = None
    state: str = "running"
    message: str = ""
    optimizer: str = ""


@dataclass(frozen=True)
class Resume:
    """Where a resumed :func:`train` picks up (``core.runs`` builds these from its checkpoints).

    ``iteration``: mini-batches already done; ``optimizer``: the optimizer to continue with (its state
    restored); ``order``: in "epochs" mode, the permutation of the epoch under way (needed unless
    ``iteration`` starts an epoch); ``losses_since_eval``: the losses since the last evaluation (their
    mean is the next evaluation's ``train_loss``). The network's arrays and the batch generator's state
    are restored by the caller before calling :func:`train`.
    """

    iteration: int
    optimizer: Optimizer
    order: NDArray | None = None
    losses_since_eval: tuple[float, ...] = ()


#: ``hook(iteration, optimizer, order)``: called by :func:`train` at the top of every loop turn (after
#: the previous mini-batch and its evaluation, before the next one is drawn) and once more at the end,
#: just before the "finished" snapshot.
LoopHook = Callable[[int, Optimizer, "NDArray | None"], None]


class Diverged(Exception):
    """Internal signal: the loss became NaN/inf or exploded."""


def _all_finite(net) -> bool:
    """Whether every parameter and buffer of ``net`` is finite (no inf, no NaN)."""
    arrays = list(net.params.values()) + list(net.buffers().values())
    return all(bool(np.isfinite(a).all()) for a in arrays)


def _divergence_cause(net, optimizer, iteration: int, first_step: int) -> str:
    """The likeliest culprit of a divergence at ``iteration``, as a clause of a sentence."""
    decay = float(getattr(net, "weight_decay_lambda", 0.0) or 0.0)
    if decay > 0:
        with np.errstate(all="ignore"):
            penalty = 0.5 * decay * sum(float(np.sum(np.square(net.params[k], dtype=np.float64)))
                                        for k in getattr(net, "decay_keys", ()) if k in net.params)
        if not penalty < EXPLODE_LOSS:
            return (f"the weight decay term 0.5 * {decay:g} * sum(W**2) alone is {penalty:.3g}, so the weight "
                    "decay is too strong, not the learning rate")
    if iteration <= first_step:
        return ("already on the first mini-batch, before any update: the initial weights are too large "
                f"(scale {getattr(net, 'weight_init_std', '?')}), not the learning rate")
    lr = float(optimizer.lr)
    # the decay alone moves each weight by W <- (1 - lr*decay) W (plus momentum), which swings ever
    # wider once lr*decay exceeds 2 (2 * (1 + momentum) with momentum)
    limit = 2.0 * (1.0 + getattr(optimizer, "momentum", 0.0)) if optimizer.name != "sgd" else 2.0
    if decay > 0 and optimizer.name in ("sgd", "momentum", "nesterov") and lr * decay > limit:
        return (f"the weight decay {decay:g} times the learning rate {lr:g} is {lr * decay:.3g}, above {limit:g}, "
                "so the decay term alone makes the weights swing ever wider; lower the weight decay "
                "(or the learning rate)")
    return f"the learning rate {lr:g} is probably too high"


def uint8_codes(x: NDArray, chunk: int = 1024) -> NDArray[np.uint8] | None:
    """The uint8 values k with ``x == k / 255`` bit for bit in x's float dtype, or None if x is not like that.

    Images normalized the book's way (``astype(float32) / 255``, as :mod:`core.data` loads them)
    are. Gathering a mini-batch of uint8 rows moves 4x less memory than gathering float32 rows
    (the rows are random, so the gather is memory bound), and ``np.divide(codes, 255)`` into the
    batch buffer gives back the very same float values. Every value is checked (in chunks, about
    0.05 s for MNIST's training set); any other data (standardized, augmented, float16, ...) gives None.
    """
    if x.dtype not in (np.float32, np.float64) or x.ndim < 2 or x.size == 0:
        return None
    scale = x.dtype.type(255)
    bits = np.int32 if x.dtype == np.float32 else np.int64
    codes = np.empty(x.shape, dtype=np.uint8)
    tmp = np.empty((min(chunk, x.shape[0]),) + x.shape[1:], dtype=x.dtype)
    with np.errstate(all="ignore"):
        for i in range(0, x.shape[0], chunk):
            xs, c = x[i:i + chunk], codes[i:i + chunk]
            t = tmp[:len(xs)]
            np.multiply(xs, scale, out=t)
            np.rint(t, out=t)
            np.copyto(c, t, casting="unsafe")  # NaN or out of range give some code that fails the check below
            np.divide(c, scale, out=t)
            # compare the bits, so that -0.0 (which equals 0.0) does not pass for 0/255
            if not np.array_equal(t.view(bits), xs.view(bits)):
                return None
    return codes


def train(net, data, config: TrainConfig, control: TrainingControl | None = None,
          rng: np.random.Generator | None = None, *, resume: Resume | None = None,
          hook: LoopHook | None = None) -> Generator[Progress, None, None]:
    """Train ``net`` (a :class:`core.network.Network`) on ``data`` (x_train, t_train, x_test, t_test).

    ``rng`` draws the mini-batches; by default ``np.random.default_rng(config.seed)``. Labels may
    be indices or one-hot (converted once to indices). See the module docstring for the modes.
    When the loss becomes NaN/inf (or above 1e4), the parameters are restored to the last good
    copy (taken at each evaluation and every 100 mini-batches) and a final "diverged" Progress
    explains what happened (with ``stop_on_divergence=False`` training just goes on).
    Bad data (shapes, labels) raise ValueError on the first ``next()``.
    ``resume`` continues a run from a checkpoint and ``hook`` sees the loop's state between
    mini-batches (both used by :mod:`core.runs`; see :class:`Resume` and :data:`LoopHook`).
    """
    auto = config.blas_threads == "auto"
    api = _Blas.api() if auto else None
    many = 1
    if api is not None:
        with _Blas._lock:  # the process's own count, even while another training holds it at 1
            many = _Blas._saved if _Blas._users and _Blas._saved else api[1]()
    fixed = config.blas_threads if isinstance(config.blas_threads, int) else None
    with blas_threads(1 if auto else fixed):
        tuner = ThreadTuner(api[0], many) if api is not None and many > 1 else None
        yield from _train(net, data, config, control, rng, tuner, resume, hook)


def _train(net, data, config: TrainConfig, control: TrainingControl | None,
           rng: np.random.Generator | None, tuner: ThreadTuner | None = None,
           resume: Resume | None = None, hook: LoopHook | None = None) -> Iterator[Progress]:
    """The body of :func:`train`."""
    control = control or TrainingControl()
    rng = rng if rng is not None else np.random.default_rng(config.seed)
    x_train, x_test = np.asarray(data.x_train), np.asarray(data.x_test)
    t_train, t_test = _labels(data.t_train), _labels(data.t_test)
    n_train = x_train.shape[0]
    if n_train == 0:
        raise ValueError("the training set is empty: there are no images to learn from")
    if x_test.shape[0] == 0:
        raise ValueError("the test set is empty: there are no images to measure the accuracy on")
    if t_train.shape != (n_train,) or t_test.shape != (x_test.shape[0],):
        raise ValueError("the data have a different number of images and labels")
    per_sample = int(np.prod(net.input_shape))
    if int(np.prod(x_train.shape[1:])) != per_sample:
        raise ValueError(f"the network expects {per_sample} values per sample ({net.input_shape}) "
                         f"but the images have shape {x_train.shape[1:]}")
    n_outputs = net.output_size
    if t_train.size and (t_train.min() < 0 or t_train.max() >= n_outputs):
        raise ValueError(f"the labels go up to {int(t_train.max())} but the network has {n_outputs} outputs")

    batch = min(config.batch_size, n_train) if config.mode == "epochs" else config.batch_size
    batch_bytes = batch * per_sample * (np.dtype(net.dtype).itemsize + 1)
    if batch_bytes > MAX_BATCH_BYTES:
        raise ValueError(f"a mini-batch of {batch:,} images would take {batch_bytes / 1e9:,.1f} GB; "
                         f"use at most {MAX_BATCH_BYTES // (per_sample * (np.dtype(net.dtype).itemsize + 1)):,}")
    iter_per_epoch = config.iter_per_epoch(n_train)
    total = config.total_iterations(n_train)
    eval_period = config.eval_every or iter_per_epoch
    x_eval_train = x_train if config.eval_train_limit is None else x_train[:config.eval_train_limit]
    t_eval_train = t_train[:x_eval_train.shape[0]]

    # Preallocated mini-batch buffers; batches are gathered into them with np.take (no new arrays).
    same_dtype = x_train.dtype == net.dtype
    x_buf = np.empty((batch,) + x_train.shape[1:], dtype=net.dtype)
    x_view = x_buf.reshape((batch,) + tuple(net.input_shape))
    t_buf = np.empty(batch, dtype=np.int64)
    # book-normalized images: gather uint8 rows and divide by 255 into x_buf (same values, 4x less memory traffic)
    codes = uint8_codes(x_train) if same_dtype else None
    u_buf = np.empty(x_buf.shape, dtype=np.uint8)  # used only with codes
    scale = net.dtype.type(255)

    lr = float(config.lr)
    optimizer = make_optimizer(config.optimizer, lr=lr, **config.optimizer_params)
    params = net.params

    good_state = net.state_arrays()
    good_iteration = 0
    good_finite = _all_finite(net)
    order: NDArray | None = None
    losses_since_eval: list[float] = []
    train_time = 0.0
    eval_time = 0.0
    it = 0
    last_eval: EpochResult | None = None
    first_it = 0
    if resume is not None:
        if config.mode == "epochs" and resume.iteration % iter_per_epoch and resume.order is None:
            raise ValueError("resuming in the middle of an epoch needs that epoch's order")
        it, optimizer, order = int(resume.iteration), resume.optimizer, resume.order
        losses_since_eval.extend(resume.losses_since_eval)
        good_iteration = first_it = it

    def progress(loss: float, state: str = "running", ev: EpochResult | None = None, message: str = "") -> Progress:
        if state == "finished" and hook is not None:
            hook(it, optimizer, order)
        sps = (it - first_it) * batch / train_time if train_time > 0 else 0.0
        return Progress(it, total, it / iter_per_epoch, loss, optimizer.lr, sps, train_time + eval_time,
                        ev, state, message, optimizer.name)

    def evaluate_epoch(epoch: int) -> EpochResult:
        nonlocal eval_time
        t0 = time.perf_counter()
        bs = config.eval_batch_size
        train_acc = net.count_correct(x_eval_train, t_eval_train, bs) / x_eval_train.shape[0]
        pred = conf = None
        if not x_test.shape[0]:
            test_acc = float("nan")
        elif config.keep_test_predictions:
            pred, conf = net.predict_labels(x_test, bs)
            pred.setflags(write=False)
            conf.setflags(write=False)
            test_acc = int(np.count_nonzero(pred == t_test)) / x_test.shape[0]
        else:
            test_acc = net.count_correct(x_test, t_test, bs) / x_test.shape[0]
        mean_loss = float(np.mean(losses_since_eval)) if losses_since_eval else float("nan")
        losses_since_eval.clear()
        eval_time += time.perf_counter() - t0
        return EpochResult(epoch, it, train_acc, test_acc, mean_loss, pred, conf)

    loss = float("nan")
    first_step = it + 1
    while it < total:
        if hook is not None:
            hook(it, optimizer, order)
        turn = control._turn(block=False)
        if turn == "pause":
            yield progress(loss, "paused")
            turn = control._turn(block=True)
        if turn == "stop":
            yield progress(loss, "stopped", message=f"stopped at iteration {it}")
            return
        new_lr, new_opt = control._take_changes()
        if new_opt is not None:
            name, hp = new_opt
            optimizer = make_optimizer(name, **({"lr": optimizer.lr} | hp))
        if new_lr is not None:
            optimizer.lr = new_lr

        t0 = time.perf_counter()
        if config.mode == "book":
            # the very numbers of rng.choice(n_train, batch), faster
            idx = rng.integers(0, n_train, batch, dtype=np.int64)
        else:
            pos = it % iter_per_epoch
            if pos == 0:
                order = rng.permutation(n_train)
            idx = order[pos * batch:(pos + 1) * batch]  # type: ignore[index]
        if len(idx) == batch:
            xb, tb = x_view, t_buf
            if codes is not None:
                np.take(codes, idx, axis=0, out=u_buf, mode="clip")
                np.divide(u_buf, scale, out=x_buf)
            elif same_dtype:
                np.take(x_train, idx, axis=0, out=x_buf, mode="clip")
            else:
                x_buf[...] = x_train[idx]
            np.take(t_train, idx, out=t_buf, mode="clip")
        else:  # the last, smaller mini-batch of an epoch
            xb = x_train[idx].astype(net.dtype, copy=False).reshape((len(idx),) + tuple(net.input_shape))
            tb = t_train[idx]
        with np.errstate(all="ignore"):  # a blow-up is reported once, as divergence, not as warnings
            loss, grads = net.loss_and_gradient(xb, tb)
            finite = math.isfinite(loss) and loss < EXPLODE_LOSS
            if finite or not config.stop_on_divergence:
                optimizer.update(params, grads)
        it += 1
        dt = time.perf_counter() - t0
        train_time += dt
        if tuner is not None:
            tuner.step_done(dt)

        if not finite and config.stop_on_divergence:
            net.load_state_arrays(good_state)
            what = "became NaN" if math.isnan(loss) else ("became infinite" if math.isinf(loss)
                                                          else f"exploded to {loss:.3g}")
            cause = _divergence_cause(net, optimizer, it, first_step)
            if good_finite:
                restored = f"parameters restored to iteration {good_iteration}"
            else:
                restored = "there are no finite parameters to restore"
            sep = ", " if cause.startswith("already") else "; "
            yield progress(loss, "diverged", message=f"the loss {what} at iteration {it}{sep}{cause}; {restored}")
            return
        losses_since_eval.append(loss)
        yield progress(loss)

        if config.mode == "book":
            due = (it - 1) % eval_period == 0
            epoch_no = (it - 1) // iter_per_epoch
        else:
            due = it % eval_period == 0 or it == total
            epoch_no = math.ceil(it / iter_per_epoch)
        if due:
            with np.errstate(all="ignore"):
                last_eval = evaluate_epoch(epoch_no)
            if _all_finite(net):  # only finite copies are kept: restoring must never bring back inf/NaN
                good_state, good_iteration, good_finite = net.state_arrays(), it, True
            yield progress(loss, ev=last_eval)
        elif it % SNAPSHOT_EVERY == 0 and _all_finite(net):
            for k, v in good_state.items():
                src = params.get(k)
                np.copyto(v, src if src is not None else net.buffers()[k])
            good_iteration, good_finite = it, True
    yield progress(loss, "finished", message=f"finished {it} iterations")
