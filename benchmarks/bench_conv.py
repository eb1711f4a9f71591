"""Training throughput and evaluation cost of SimpleConvNet: ours vs the book's code vs PyTorch.

Architecture (all implementations): conv 30 filters 5x5 (stride 1, pad 0) - ReLU - max-pool 2x2
stride 2 - Affine 4320x100 - ReLU - Affine 100x10 - softmax cross-entropy, mini-batch 100.

* ``ours``: ``core.conv.SimpleConvNet`` (float32) with ``net.loss_and_gradient`` and ``core.optimizers.SGD``.
* ``book``: the book's implementation, ``book_reference.py``, written as the book writes it (common/util.py
  im2col/col2im with the double loop over filter offsets, common/layers.py Convolution, Pooling,
  Relu, Affine, SoftmaxWithLoss, ch07/simple_convnet.py gradient, float64 weights from randn,
  float32 images as the book's load_mnist gives them, one-hot labels, ``params[key] -= lr * grad``).
* ``torch``: PyTorch CPU, ``nn.Sequential`` + autograd + ``optim.SGD``, ``torch.set_num_threads(2)``
  (skipped when torch cannot be imported).

All three start from the same weights; the first mini-batch loss of each is printed as a check.
Training throughput = samples per second of forward + backward + SGD update (mini-batch
sampling and evaluation excluded). Evaluation = predicting all 10,000 test images (ours and
torch in batches of 1000, the book's ``accuracy`` in batches of 100 as it does).
The implementations are run in interleaved rounds (ours, book, torch, ours, ...) and medians
are reported, since the machine is shared and timings are noisy.

    DLFS_DATA=/work/shared/data python benchmarks/bench_conv.py [--rounds 15] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # the repository (core) and this folder (shared helpers)

from _common import load_average, markdown_table, optional_torch  # noqa: E402
from book_reference import BookSimpleConvNet  # noqa: E402

from dlfs_studio.core.conv import SimpleConvNet  # noqa: E402
from dlfs_studio.core.optimizers import SGD  # noqa: E402

LR = 0.1


def numpy_blas_threads():
    """(get, set) functions for the thread count of NumPy's own BLAS (through threadpoolctl), or None."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    libs = [c for c in ThreadpoolController().select(user_api="blas").lib_controllers if "numpy" in c.filepath]
    if not libs:
        return None

    def set_threads(n: int) -> None:
        for lib in libs:
            lib.set_num_threads(int(n))

    return (lambda: max(lib.num_threads for lib in libs)), set_threads


# ============================================================================= the three contenders
class Contender:
    """One implementation: ``first_loss`` (sanity check), ``train_steps`` and ``evaluate``.

    ``threads``: BLAS (NumPy) or intra-op (torch) threads it runs with; ``activate()`` sets them.
    """

    base_name = ""
    threads = 2
    blas = None  # (get, set) of NumPy's OpenBLAS threads

    @property
    def name(self) -> str:
        return f"{self.base_name}, {self.threads} thread{'s' if self.threads > 1 else ''}"

    def activate(self) -> None:
        if self.blas is not None:
            self.blas[1](self.threads)

    def first_loss(self, x, t) -> float:
        raise NotImplementedError

    def train_steps(self, batches) -> float:
        """Run one SGD step per (x, t) batch; return the seconds spent (forward+backward+update)."""
        raise NotImplementedError

    def evaluate(self, x, t) -> tuple[float, float]:
        """(seconds, accuracy) for predicting all of x."""
        raise NotImplementedError


class Ours(Contender):
    base_name = "ours (core.conv, float32)"

    def __init__(self, params, threads=2):
        self.threads = threads
        self.net = SimpleConvNet(rng=np.random.default_rng(0))
        self.net.load_state_arrays(params)
        self.opt = SGD(LR)

    def first_loss(self, x, t):
        return self.net.loss(x, t, train=True)

    def train_steps(self, batches):
        net, opt = self.net, self.opt
        t0 = time.perf_counter()
        for x, t in batches:
            _, grads = net.loss_and_gradient(x, t)
            opt.update(net.params, grads)
        return time.perf_counter() - t0

    def evaluate(self, x, t):
        t0 = time.perf_counter()
        correct = self.net.count_correct(x, t, 1000)
        return time.perf_counter() - t0, correct / len(t)


class Book(Contender):
    base_name = "book (im2col loops, float64)"

    def __init__(self, params, threads=2):
        self.threads = threads
        self.net = BookSimpleConvNet(params)

    @staticmethod
    def _one_hot(t):
        out = np.zeros((t.size, 10))
        out[np.arange(t.size), t] = 1
        return out

    def first_loss(self, x, t):
        return float(self.net.loss(x, self._one_hot(t)))

    def train_steps(self, batches):
        batches = [(x, self._one_hot(t)) for x, t in batches]  # the book loads one-hot labels up front
        net = self.net
        t0 = time.perf_counter()
        for x, t in batches:
            grads = net.gradient(x, t)
            for key in ('W1', 'b1', 'W2', 'b2', 'W3', 'b3'):
                net.params[key] -= LR * grads[key]
        return time.perf_counter() - t0

    def evaluate(self, x, t):
        t0 = time.perf_counter()
        acc = self.net.accuracy(x, t, batch_size=100)
        return time.perf_counter() - t0, float(acc)


class Torch(Contender):
    base_name = "PyTorch CPU (nn + autograd + optim.SGD)"

    def __init__(self, params, torch, threads=2):
        self.threads = threads
        self.torch = torch
        nn = torch.nn
        self.model = nn.Sequential(nn.Conv2d(1, 30, 5), nn.ReLU(), nn.MaxPool2d(2, 2), nn.Flatten(),
                                   nn.Linear(4320, 100), nn.ReLU(), nn.Linear(100, 10))
        with torch.no_grad():
            self.model[0].weight.copy_(torch.from_numpy(params["W1"]))
            self.model[0].bias.copy_(torch.from_numpy(params["b1"]))
            self.model[4].weight.copy_(torch.from_numpy(params["W2"].T.copy()))
            self.model[4].bias.copy_(torch.from_numpy(params["b2"]))
            self.model[6].weight.copy_(torch.from_numpy(params["W3"].T.copy()))
            self.model[6].bias.copy_(torch.from_numpy(params["b3"]))
        self.loss_fn = nn.CrossEntropyLoss()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=LR)

    def first_loss(self, x, t):
        with self.torch.no_grad():
            return float(self.loss_fn(self.model(self.torch.from_numpy(x)), self.torch.from_numpy(t)))

    def train_steps(self, batches):
        torch = self.torch
        batches = [(torch.from_numpy(x), torch.from_numpy(t)) for x, t in batches]
        model, opt, loss_fn = self.model, self.opt, self.loss_fn
        t0 = time.perf_counter()
        for x, t in batches:
            opt.zero_grad()
            loss = loss_fn(model(x), t)
            loss.backward()
            opt.step()
        return time.perf_counter() - t0

    def evaluate(self, x, t):
        torch = self.torch
        t0 = time.perf_counter()
        correct = 0
        with torch.no_grad():
            for i in range(0, len(x), 1000):
                scores = self.model(torch.from_numpy(x[i:i + 1000]))
                correct += int((scores.argmax(dim=1) == torch.from_numpy(t[i:i + 1000])).sum())
        return time.perf_counter() - t0, correct / len(t)

    def activate(self) -> None:
        self.torch.set_num_threads(self.threads)


# ============================================================================= driver
def load_data(data_dir: str | None):
    """(x_train, t_train, x_test, t_test, description): real MNIST when found, else synthetic."""
    folder = data_dir or os.environ.get("DLFS_DATA")
    if folder:
        from dlfs_studio.core.data import load_dataset
        try:
            ds = load_dataset("mnist", folder, flatten=False)
            return ds.x_train, ds.t_train, ds.x_test, ds.t_test, f"MNIST from {ds.source}"
        except (OSError, ValueError) as exc:
            print(f"# could not load MNIST ({exc}); using synthetic data", file=sys.stderr)
    rng = np.random.default_rng(0)
    x_train = rng.random((6000, 1, 28, 28), dtype=np.float32)
    x_test = rng.random((10000, 1, 28, 28), dtype=np.float32)
    return (x_train, rng.integers(0, 10, 6000), x_test, rng.integers(0, 10, 10000),
            "synthetic uniform images (set DLFS_DATA or --data-dir for MNIST)")


def run(args) -> dict:
    x_train, t_train, x_test, t_test, data_desc = load_data(args.data_dir)
    t_train, t_test = t_train.astype(np.int64), t_test.astype(np.int64)
    init = SimpleConvNet(rng=np.random.default_rng(args.seed)).state_arrays()
    blas = numpy_blas_threads()
    Contender.blas = blas
    if blas is None:
        print("# cannot set NumPy's BLAS threads: the 1-thread rows are skipped", file=sys.stderr)
    single = args.single_thread and blas is not None
    contenders: list[Contender] = [Ours(init, args.threads)]
    if single:
        contenders.append(Ours(init, 1))
    if not args.no_book:
        contenders.append(Book(init, args.threads))
    torch_version = None
    if not args.no_torch:
        torch = optional_torch()
        if torch is None:
            print("# torch is not importable: skipping the PyTorch rows", file=sys.stderr)
        else:
            torch_version = torch.__version__
            contenders.append(Torch(init, torch, args.threads))
            if args.single_thread:
                contenders.append(Torch(init, torch, 1))

    rng = np.random.default_rng(args.seed)

    def draw(k):
        out = []
        for _ in range(k):
            idx = rng.choice(len(x_train), args.batch_size)
            out.append((np.ascontiguousarray(x_train[idx]), t_train[idx]))
        return out

    check_x, check_t = draw(1)[0]
    first_losses = {}
    for c in contenders:
        c.activate()
        first_losses[c.name] = c.first_loss(check_x, check_t)
    for c in contenders:  # warm-up (allocations, BLAS threads, torch kernels)
        c.activate()
        c.train_steps(draw(3))

    speeds: dict[str, list[float]] = {c.name: [] for c in contenders}
    for r in range(args.rounds):
        batches = draw(args.steps)
        order = contenders if r % 2 == 0 else contenders[::-1]
        for c in order:
            c.activate()
            steps = batches if not isinstance(c, Book) else batches[:max(args.steps // 4, 2)]
            seconds = c.train_steps(steps)
            speeds[c.name].append(len(steps) * args.batch_size / seconds)

    eval_times: dict[str, list[float]] = {c.name: [] for c in contenders}
    accuracies: dict[str, float] = {}
    for _ in range(args.eval_rounds):
        for c in contenders:
            c.activate()
            seconds, acc = c.evaluate(x_test, t_test)
            eval_times[c.name].append(seconds)
            accuracies[c.name] = acc

    rows = []
    book = [c for c in contenders if isinstance(c, Book)]
    torch_main = [c for c in contenders if isinstance(c, Torch) and c.threads == args.threads]
    book_speed = statistics.median(speeds[book[0].name]) if book else None
    torch_speed = statistics.median(speeds[torch_main[0].name]) if torch_main else None
    for c in contenders:
        med = statistics.median(speeds[c.name])
        rows.append({
            "implementation": c.name,
            "train_samples_per_s": med,
            "train_min": min(speeds[c.name]), "train_max": max(speeds[c.name]),
            "ms_per_step": 1000 * args.batch_size / med,
            "vs_book": med / book_speed if book_speed else None,
            "vs_torch": med / torch_speed if torch_speed else None,
            "eval_10k_s": statistics.median(eval_times[c.name]),
            "test_accuracy_after_bench": accuracies[c.name],
            "first_batch_loss": first_losses[c.name],
        })
    return {
        "data": data_desc, "batch_size": args.batch_size, "rounds": args.rounds, "steps_per_round": args.steps,
        "numpy": np.__version__, "torch": torch_version, "threads": args.threads,
        "cpu_count": os.cpu_count(), "machine": platform.machine(),
        "load_average": load_average(),
        "rows": rows,
    }


def markdown(result: dict) -> str:
    lines = [f"SimpleConvNet, batch {result['batch_size']}, {result['data']}; medians of {result['rounds']} "
             f"interleaved rounds (book: a quarter of the steps per round); numpy {result['numpy']}, "
             f"torch {result['torch']}, {result['cpu_count']} CPUs, "
             f"load average {', '.join(f'{v:.1f}' for v in result['load_average'] or ())}",
             ""]
    rows = []
    for r in result["rows"]:
        vs_book = f"{r['vs_book']:.1f}x" if r["vs_book"] else "-"
        vs_torch = f"{r['vs_torch']:.2f}x" if r["vs_torch"] else "-"
        rows.append([r["implementation"], f"{r['train_samples_per_s']:,.0f}",
                     f"{r['train_min']:,.0f}-{r['train_max']:,.0f}", f"{r['ms_per_step']:.1f}", vs_book, vs_torch,
                     f"{r['eval_10k_s']:.2f}", f"{r['first_batch_loss']:.6f}"])
    lines += markdown_table(["implementation", "train samples/s (median)", "range", "ms/step", "vs book", "vs PyTorch",
                             "eval 10,000 test images (s)", "first-batch loss"], rows)
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data-dir", help="folder holding mnist/ (default: $DLFS_DATA; synthetic data when absent)")
    p.add_argument("--rounds", type=int, default=15, help="interleaved measurement rounds (default 15)")
    p.add_argument("--steps", type=int, default=20, help="SGD steps per round for ours and torch (default 20)")
    p.add_argument("--eval-rounds", type=int, default=3, help="repetitions of the 10,000-image evaluation")
    p.add_argument("--batch-size", type=int, default=100)
    p.add_argument("--threads", type=int, default=2,
                   help="threads for NumPy's BLAS and torch.set_num_threads (default 2)")
    p.add_argument("--single-thread", action="store_true",
                   help="also measure ours and torch with 1 thread (shows the cost of oversubscription "
                        "on a busy machine)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-torch", action="store_true", help="skip PyTorch")
    p.add_argument("--no-book", action="store_true", help="skip the book's implementation")
    p.add_argument("--json", action="store_true", help="print the result as JSON instead of Markdown")
    args = p.parse_args(argv)
    result = run(args)
    print(json.dumps(result, indent=2) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
