"""Training throughput and evaluation cost of the fully connected networks, side by side.

    .venv/bin/python benchmarks/bench_mlp.py [--data-dir /work/shared/data] [--reps 7] [--iters 300] [--json]

Compares, on the same data, same architecture, same batch size (100), in one run with
interleaved repetitions (medians reported):

* ``dlfs``: this project's ``core.nets`` network trained through ``core.training.train`` (the
  generator the CLI and the GUI use: batch draw, forward, backward, optimizer update, the per-batch
  Progress; evaluation excluded via its ``samples_per_sec``), with its default ``blas_threads=1``
  (evaluation timed on 1 thread too); ``dlfs (OpenBLAS default threads)`` is the same with OpenBLAS
  left at its default thread count;
* ``book``: the book's float64 one-hot implementation (``book_reference.BookNet``, written the
  way the book writes ``common/layers.py``, ``two_layer_net.py``), trained by the loop of
  ``train_neuralnet.py`` including its second forward pass for the logged loss
  (``network.loss(x_batch, t_batch)``); with OpenBLAS's default threads and, for comparison, on 1 thread;
* ``floor``: not a network, only the batch gather and the matrix products of a training step
  (float32), on 1 thread and on OpenBLAS's default threads: the ceiling for any implementation built
  on BLAS, printed after the table as the largest possible speed-up over the book;
* ``torch-manual``: PyTorch CPU float32 with hand-written matmuls (no autograd);
* ``torch-nn``: PyTorch ``nn`` modules + autograd + ``optim.SGD``;
  both with ``torch.set_num_threads(2)`` and, for comparison, 1 thread.

Networks: TwoLayerNet 784-50-10 ReLU (SGD lr 0.1) and MultiLayerNet 784-100x4-10 ReLU + BatchNorm
(He init, SGD lr 0.01). Evaluation = accuracy on all 60,000 training + 10,000 test images.
Uses real MNIST (``--data-dir`` or ``DLFS_DATA``) or random data of the same shape. PyTorch is
optional (skipped if not installed) and limited to 2 threads. Timings on a shared machine are
noisy; run it twice and look at the ratios.
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
from book_reference import BookNet  # noqa: E402

from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet  # noqa: E402
from dlfs_studio.core.training import TrainConfig, blas_threads, train  # noqa: E402

BATCH = 100


def run_book(data, sizes, bn, lr, init, iters, seed, threads=None):
    with blas_threads(threads):
        return _run_book(data, sizes, bn, lr, init, iters, seed)


def _run_book(data, sizes, bn, lr, init, iters, seed):
    rng = np.random.default_rng(seed)
    net = BookNet(sizes, bn, init, rng)
    x_train, t_train = data["x_train"], data["t_train_onehot"]
    train_size = x_train.shape[0]
    start = time.perf_counter()
    for _ in range(iters):
        batch_mask = rng.choice(train_size, BATCH)
        x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]
        grad = net.gradient(x_batch, t_batch)
        for key in net.params:
            net.params[key] -= lr * grad[key]
        net.loss(x_batch, t_batch)  # train_loss_list.append(loss), as the book's loop does
    train_time = time.perf_counter() - start
    start = time.perf_counter()
    net.accuracy(data["x_train"], data["t_train_onehot"])
    net.accuracy(data["x_test"], data["t_test_onehot"])
    return iters * BATCH / train_time, time.perf_counter() - start


# ============================================================================ this project
def run_dlfs(data, sizes, bn, lr, init, iters, seed, blas=1):
    rng = np.random.default_rng(seed)
    if len(sizes) == 3:
        net = TwoLayerNet(*sizes, activation="relu", weight_init_std=init, rng=rng)
    else:
        net = MultiLayerNet(sizes[0], sizes[1:-1], sizes[-1], activation="relu", weight_init_std=init,
                            use_batchnorm=bn, rng=rng)
    ds = argparse.Namespace(x_train=data["x_train"], t_train=data["t_train"],
                            x_test=data["x_test"][:1], t_test=data["t_test"][:1])
    # one epoch is 600 iterations: with fewer, only the evaluation after the first batch runs,
    # and samples_per_sec excludes it anyway
    last = None
    for snapshot in train(net, ds, TrainConfig(batch_size=BATCH, lr=lr, iterations=iters, seed=seed,
                                               eval_train_limit=1, blas_threads=blas)):
        last = snapshot
    with blas_threads(blas):
        start = time.perf_counter()
        net.accuracy(data["x_train"], data["t_train"])
        net.accuracy(data["x_test"], data["t_test"])
        return last.samples_per_sec, time.perf_counter() - start


def run_floor(data, sizes, bn, lr, init, iters, seed, threads=1):
    """Not a network: drawing and gathering the float32 batch, then only the matrix products a training
    step needs: forward x @ W for every layer, backward x.T @ dA for every layer and dA @ W.T above the
    first (no bias, activation, softmax, update). No implementation that leaves the products to BLAS can
    train faster at this batch size: its samples/s is the ceiling, and its ratio to the book's at the
    same thread count is the largest speed-up such an implementation can show."""
    rng = np.random.default_rng(seed)
    x_train = data["x_train"]
    layers = [(rng.standard_normal((sizes[i], sizes[i + 1])).astype(np.float32),
               np.empty((BATCH, sizes[i + 1]), np.float32), np.empty((sizes[i], sizes[i + 1]), np.float32),
               np.empty((BATCH, sizes[i]), np.float32)) for i in range(len(sizes) - 1)]
    x = np.empty((BATCH, sizes[0]), np.float32)
    with blas_threads(threads):
        start = time.perf_counter()
        for _ in range(iters):
            np.take(x_train, rng.integers(0, x_train.shape[0], BATCH), axis=0, out=x)
            inp = x
            for W, out, _, _ in layers:
                np.matmul(inp, W, out=out)
                inp = out
            for i in range(len(layers) - 1, -1, -1):
                W, out, dW, dx = layers[i]
                below = x if i == 0 else layers[i - 1][1]
                np.matmul(below.T, out, out=dW)
                if i > 0:
                    np.matmul(out, W.T, out=dx)
        return iters * BATCH / (time.perf_counter() - start), float("nan")


# ============================================================================ PyTorch
def run_torch_manual(torch, data, sizes, bn, lr, init, iters, seed):
    """Hand-written forward/backward with torch matmuls (no autograd), float32."""
    g = torch.Generator().manual_seed(seed)
    n = len(sizes) - 1
    W, b, gamma, beta, rmean, rvar = [], [], [], [], [], []
    for i in range(n):
        scale = init if isinstance(init, float) else (2.0 / sizes[i]) ** 0.5
        W.append(torch.randn(sizes[i], sizes[i + 1], generator=g) * scale)
        b.append(torch.zeros(sizes[i + 1]))
        if bn and i < n - 1:
            gamma.append(torch.ones(sizes[i + 1]))
            beta.append(torch.zeros(sizes[i + 1]))
            rmean.append(torch.zeros(sizes[i + 1]))
            rvar.append(torch.zeros(sizes[i + 1]))
    x_train, t_train = torch.from_numpy(data["x_train"]), torch.from_numpy(data["t_train"])
    rows = torch.arange(BATCH)

    def forward(x, training):
        cache = []
        for i in range(n):
            a = torch.addmm(b[i], x, W[i])
            if i == n - 1:
                return a, cache
            xn = std = None
            if bn:
                if training:
                    mu = a.mean(0)
                    xc = a - mu
                    var = (xc * xc).mean(0)
                    std = torch.sqrt(var + 10e-7)
                    xn = xc / std
                    rmean[i].mul_(0.9).add_(mu, alpha=0.1)
                    rvar[i].mul_(0.9).add_(var, alpha=0.1)
                else:
                    xn = (a - rmean[i]) / torch.sqrt(rvar[i] + 10e-7)
                a = xn * gamma[i] + beta[i]
            h = a.clamp_min(0)
            cache.append((x, a, xn, std, h))
            x = h
        raise AssertionError

    start = time.perf_counter()
    with torch.no_grad():
        for _ in range(iters):
            idx = torch.randint(x_train.shape[0], (BATCH,), generator=g)
            xb, tb = x_train[idx], t_train[idx]
            scores, cache = forward(xb, True)
            logp = torch.log_softmax(scores, 1)
            loss = -logp[rows, tb].mean()
            d = logp.exp()
            d[rows, tb] -= 1
            d /= BATCH
            h_last = cache[-1][4]
            gW = [None] * n
            gb = [None] * n
            gW[n - 1], gb[n - 1] = h_last.T @ d, d.sum(0)
            dh = d @ W[n - 1].T
            for i in range(n - 2, -1, -1):
                x_in, a, xn, std, _ = cache[i]
                da = dh * (a > 0)
                if bn:
                    dgamma, dbeta = (xn * da).sum(0), da.sum(0)
                    da = (gamma[i] / std) * (da - dbeta / BATCH - xn * (dgamma / BATCH))
                    gamma[i].sub_(dgamma, alpha=lr)
                    beta[i].sub_(dbeta, alpha=lr)
                gW[i], gb[i] = x_in.T @ da, da.sum(0)
                if i > 0:
                    dh = da @ W[i].T
            for i in range(n):
                W[i].sub_(gW[i], alpha=lr)
                b[i].sub_(gb[i], alpha=lr)
            loss.item()
        train_time = time.perf_counter() - start
        start = time.perf_counter()
        for x, t in ((data["x_train"], data["t_train"]), (data["x_test"], data["t_test"])):
            xt, tt = torch.from_numpy(x), torch.from_numpy(t)
            (forward(xt, False)[0].argmax(1) == tt).float().mean().item()
    return iters * BATCH / train_time, time.perf_counter() - start


def run_torch_nn(torch, data, sizes, bn, lr, init, iters, seed):
    """nn.Sequential + CrossEntropyLoss + autograd + optim.SGD, float32."""
    nn = torch.nn
    torch.manual_seed(seed)
    g = torch.Generator().manual_seed(seed)
    mods = []
    for i in range(len(sizes) - 1):
        lin = nn.Linear(sizes[i], sizes[i + 1])
        with torch.no_grad():
            scale = init if isinstance(init, float) else (2.0 / sizes[i]) ** 0.5
            lin.weight.copy_(torch.randn(sizes[i + 1], sizes[i], generator=g) * scale)
            lin.bias.zero_()
        mods.append(lin)
        if i < len(sizes) - 2:
            if bn:
                mods.append(nn.BatchNorm1d(sizes[i + 1], eps=10e-7, momentum=0.1))
            mods.append(nn.ReLU())
    model = nn.Sequential(*mods)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    x_train, t_train = torch.from_numpy(data["x_train"]), torch.from_numpy(data["t_train"])
    model.train()
    start = time.perf_counter()
    for _ in range(iters):
        idx = torch.randint(x_train.shape[0], (BATCH,), generator=g)
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x_train[idx]), t_train[idx])
        loss.backward()
        opt.step()
        loss.item()
    train_time = time.perf_counter() - start
    model.eval()
    start = time.perf_counter()
    with torch.no_grad():
        for x, t in ((data["x_train"], data["t_train"]), (data["x_test"], data["t_test"])):
            (model(torch.from_numpy(x)).argmax(1) == torch.from_numpy(t)).float().mean().item()
    return iters * BATCH / train_time, time.perf_counter() - start


# ============================================================================ driver
def load_data(data_dir: str | None) -> tuple[dict, str]:
    try:
        from dlfs_studio.core.data import load_dataset
        ds = load_dataset("mnist", data_dir)
        x_train, t_train, x_test, t_test = ds.x_train, ds.t_train, ds.x_test, ds.t_test
        source = f"MNIST from {ds.source}"
    except Exception as exc:
        rng = np.random.default_rng(0)
        x_train = rng.random((60000, 784), dtype=np.float32)
        x_test = rng.random((10000, 784), dtype=np.float32)
        t_train, t_test = rng.integers(0, 10, 60000), rng.integers(0, 10, 10000)
        source = f"synthetic random data of MNIST's shape ({exc.__class__.__name__}: real MNIST not found)"
    eye = np.eye(10)
    return {"x_train": x_train, "t_train": t_train.astype(np.int64), "x_test": x_test,
            "t_test": t_test.astype(np.int64), "t_train_onehot": eye[t_train], "t_test_onehot": eye[t_test]}, source


NETWORKS = {
    "TwoLayerNet 784-50-10 ReLU": dict(sizes=[784, 50, 10], bn=False, lr=0.1, init=0.01),
    "MultiLayerNet 784-100x4-10 ReLU+BN": dict(sizes=[784, 100, 100, 100, 100, 10], bn=True, lr=0.01, init="he"),
}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", default=os.environ.get("DLFS_DATA"), help="folder holding mnist/ (default $DLFS_DATA)")
    p.add_argument("--reps", type=int, default=7, help="interleaved repetitions (median reported)")
    p.add_argument("--iters", type=int, default=300, help="mini-batches per repetition")
    p.add_argument("--eval-reps", type=int, default=3, help="repetitions of the full evaluation")
    p.add_argument("--net", choices=("two", "multi", "both"), default="both")
    p.add_argument("--torch-threads", type=int, nargs="+", default=[2, 1],
                   help="PyTorch thread counts to measure (default 2 and 1)")
    p.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    args = p.parse_args(argv)

    data, source = load_data(args.data_dir)
    runners = {"dlfs": lambda *a: run_dlfs(*a),
               "dlfs (OpenBLAS default threads)": lambda *a: run_dlfs(*a, blas=None),
               "book": lambda *a: run_book(*a),
               "book (1 BLAS thread)": lambda *a: run_book(*a, threads=1),
               "floor: matrix products only, 1 thread": lambda *a: run_floor(*a, threads=1),
               "floor: matrix products only, OpenBLAS default threads": lambda *a: run_floor(*a, threads=None)}
    torch = optional_torch()
    if torch is not None:
        def with_threads(fn, n):
            def runner(*a):
                torch.set_num_threads(n)
                return fn(torch, *a)
            return runner

        for n in args.torch_threads:
            runners[f"torch-manual {n} thr"] = with_threads(run_torch_manual, n)
            runners[f"torch-nn {n} thr"] = with_threads(run_torch_nn, n)
    torch_version = torch.__version__ if torch is not None else None
    nets = {k: v for k, v in NETWORKS.items()
            if args.net == "both" or (args.net == "two") == k.startswith("TwoLayer")}

    results = {}
    for net_name, spec in nets.items():
        sps = {r: [] for r in runners}
        ev = {r: [] for r in runners}
        for rep in range(max(args.reps, args.eval_reps)):
            for r, fn in runners.items():
                s, e = fn(data, spec["sizes"], spec["bn"], spec["lr"], spec["init"],
                          args.iters if rep < args.reps else 2, rep)
                if rep < args.reps:
                    sps[r].append(s)
                if rep < args.eval_reps:
                    ev[r].append(e)
        results[net_name] = {r: {"samples_per_sec": statistics.median(sps[r]), "eval_seconds": statistics.median(ev[r]),
                                 "samples_per_sec_all": sps[r], "eval_seconds_all": ev[r]} for r in runners}

    meta = {"data": source, "batch": BATCH, "iters_per_rep": args.iters, "reps": args.reps,
            "numpy": np.__version__, "torch": torch_version, "python": platform.python_version(),
            "cpu_count": os.cpu_count(), "load_average": load_average()}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, indent=2))
        return 0
    load_text = f"{meta['load_average'][0]:.2f}" if meta["load_average"] else "unknown"
    print(f"Data: {source}; batch {BATCH}; {args.reps} interleaved repetitions of {args.iters} mini-batches; "
          f"NumPy {np.__version__}, PyTorch {torch_version or 'not installed'}; "
          f"load average at the end {load_text} on {meta['cpu_count']} cores.\n")
    rows = []
    for net_name, res in results.items():
        ours = res["dlfs"]["samples_per_sec"]
        for r, v in res.items():
            ratio = ours / v["samples_per_sec"]
            eval_seconds = v["eval_seconds"]
            eval_text = f"{eval_seconds:.3f}" if eval_seconds == eval_seconds else "—"  # NaN: not measured
            rows.append([net_name, r, f"{v['samples_per_sec']:,.0f}", f"{ratio:.2f}x", eval_text])
    print("\n".join(markdown_table(["network", "implementation", "training samples/s (median)", "dlfs speed-up",
                                    "full evaluation 70k (s)"], rows, text_columns=2)))
    print("\nspeed-up = dlfs samples/s divided by that implementation's samples/s (>1: dlfs is faster).")
    print("floor = the batch gather and the layers' matrix products alone (x @ W, x.T @ dA, dA @ W.T; float32), "
          "nothing else: the ceiling on samples/s for any BLAS-based implementation. floor / book at the same "
          "thread count is the largest speed-up over the book such an implementation can reach.")
    for net_name, res in results.items():
        for label, floor_key, book_key in (
                ("1 thread", "floor: matrix products only, 1 thread", "book (1 BLAS thread)"),
                ("default threads", "floor: matrix products only, OpenBLAS default threads", "book")):
            ceiling = res[floor_key]["samples_per_sec"] / res[book_key]["samples_per_sec"]
            print(f"{net_name}, {label}: at most {ceiling:.2f}x the book (matrix products alone)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
