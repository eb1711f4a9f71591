"""What keeping a run costs: checkpoint size and time, train_run against the bare loop, network_at, sessions.

    DLFS_DATA=../shared/data .venv/bin/python benchmarks/bench_runs.py [--iters 600] [--reps 5]

For each network (the book's TwoLayerNet with SGD and with Adam, MultiLayerNet 4x100 ReLU + BatchNorm
with Adam), side by side in one process, in alternating repetitions (medians):

* bytes per checkpoint;
* time per checkpoint, relative to a training step: ``train_run`` with a checkpoint after every
  mini-batch against ``train_run`` with none between evaluations, the difference per iteration;
* ``train_run`` (checkpoints every 100 iterations, the default) against the bare ``core.training.train``
  loop on the same configuration: the share of the bare loop's speed it keeps;
* ``network_at`` (median of 50 calls), and saving / loading a session of the book run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from _common import load_average  # noqa: E402

from dlfs_studio.core.data import load_dataset  # noqa: E402
from dlfs_studio.core.runs import Run, RunConfig, network_at, train_run  # noqa: E402
from dlfs_studio.core.session import load_session, save_session  # noqa: E402
from dlfs_studio.core.training import train  # noqa: E402

CONFIGS = {
    "TwoLayerNet 784-50-10, SGD": RunConfig(),
    "TwoLayerNet 784-50-10, Adam": RunConfig(optimizer="adam", lr=0.001),
    "MultiLayerNet 4x100 ReLU+BN, Adam": RunConfig(net="multi_layer", hidden_sizes=(100, 100, 100, 100),
                                                   activation="relu", init="he", batchnorm=True,
                                                   optimizer="adam", lr=0.001),
}


def timed_run(config: RunConfig, data, every: int) -> tuple[float, Run]:
    run = Run(config, checkpoint_every=every, max_checkpoint_bytes=2**40)
    t0 = time.perf_counter()
    for _ in train_run(run, data):
        pass
    return time.perf_counter() - t0, run


def timed_bare(config: RunConfig, data) -> float:
    net = config.build_network()
    t0 = time.perf_counter()
    for _ in train(net, data, config.train_config()):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iters", type=int, default=600)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    data = load_dataset("mnist")
    print(f"load average before: {load_average()}; {args.iters} iterations, {args.reps} alternating repetitions")
    # evaluations cost the same in all variants; a 600-image training-accuracy subset keeps them small
    for name, base in CONFIGS.items():
        config = base.changed(iterations=args.iters, eval_train_limit=1000)
        every_t, none_t, bare_t, default_t = [], [], [], []
        for _ in range(args.reps):
            t, r_every = timed_run(config, data, 1)
            every_t.append(t)
            none_t.append(timed_run(config, data, 10**9)[0])
            bare_t.append(timed_bare(config, data))
            default_t.append(timed_run(config, data, 100)[0])
        cp = r_every.checkpoints[args.iters // 2]
        n_extra = r_every.checkpoint_count
        per_cp = (statistics.median(every_t) - statistics.median(none_t)) / max(n_extra, 1)
        inside = r_every.checkpoint_seconds / max(n_extra, 1)
        step = statistics.median(none_t) / args.iters
        print(f"\n{name}")
        print(f"  checkpoint: {cp.nbytes:,} bytes; {inside * 1e6:.0f} us measured inside (copies, finite check, "
              f"publication) = {inside / step:.2f} training steps; {per_cp * 1e6:.0f} us = {per_cp / step:.2f} "
              f"steps from the difference of the run times (a step with its share of evaluations: "
              f"{step * 1e6:.0f} us)")
        print(f"  train_run (checkpoint every 100) at {statistics.median(bare_t) / statistics.median(default_t):.1%}"
              f" of the bare loop's speed (medians {statistics.median(default_t):.3f} s vs "
              f"{statistics.median(bare_t):.3f} s)")
        times = []
        for _ in range(50):
            t0 = time.perf_counter()
            network_at(r_every, args.iters // 3)
            times.append(time.perf_counter() - t0)
        print(f"  network_at: median {statistics.median(times) * 1e3:.2f} ms, max {max(times) * 1e3:.2f} ms")
    book = Run(RunConfig())
    t0 = time.perf_counter()
    for _ in train_run(book, data):
        pass
    train_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        save_session(tmp, [book])
        save_s = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in Path(tmp).rglob("*") if f.is_file())
        t0 = time.perf_counter()
        load_session(tmp)
        load_s = time.perf_counter() - t0
    print(f"\nbook run (10,000 iterations, {train_s:.1f} s): {len(book.checkpoints)} checkpoints, "
          f"{book.checkpoint_bytes() / 2**20:.1f} MB in memory; session {size / 2**20:.1f} MB on disk, "
          f"saved in {save_s:.2f} s, loaded in {load_s:.2f} s")
    print(f"load average after: {load_average()}; pid {os.getpid()}")


if __name__ == "__main__":
    main()
