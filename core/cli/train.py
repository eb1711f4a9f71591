"""``dlfs train``: train a network of chapters 4-6 on MNIST (or Fashion-MNIST) from the terminal.

Defaults are the book's ``ch04/train_neuralnet.py``: TwoLayerNet 784-50-10 with *sigmoid*
hidden units, SGD with lr 0.1, mini-batches of 100 drawn with replacement, 10000 iterations,
accuracies printed every 600 iterations (17 lines). ``--activation relu`` gives the network
of ``ch05/train_neuralnet.py``. One line per evaluation, then the final figures and the wall
time. Ctrl-C stops cleanly and prints the figures of the partly trained network.
"""
from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from ..data import DatasetError, load_dataset
from ..nets import INIT_ALIASES, MultiLayerNet, TwoLayerNet
from ..optimizers import OPTIMIZERS
from ..serialize import save_network
from ..training import TrainConfig, TrainingControl, train
from . import train_session
from .common import (
    CliError,
    check_output_file,
    existing_dir,
    non_negative_float,
    non_negative_int,
    positive_float,
    positive_int,
    unit_ratio,
)


def _init(text: str) -> float | str:
    if text.lower() in INIT_ALIASES:
        return text.lower()
    try:
        return positive_float(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"must be a positive number or one of {', '.join(INIT_ALIASES)}, got {text!r}") from None


def _threads(text: str) -> int | str:
    if text == "auto":
        return text
    try:
        return positive_int(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"--threads takes a positive whole number or 'auto', got {text!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "train", help="train a two-layer or multi-layer network and print the accuracies per epoch",
        description="Train on MNIST with the book's defaults (ch04/train_neuralnet.py: 784-50-10, sigmoid, "
                    "SGD lr 0.1, batch 100, 10000 iterations, evaluation every 600 iterations). "
                    "--activation relu is ch05/train_neuralnet.py. Ctrl-C stops and prints the partial result.")
    p.add_argument("--dataset", default="mnist", metavar="NAME",
                   help="mnist (default), fashion-mnist, or a folder holding the four IDX files")
    p.add_argument("--data-dir", metavar="DIR", type=existing_dir, help="folder to look in first for the dataset")
    p.add_argument("--net", choices=("two-layer", "multi-layer"), default="two-layer",
                   help="two-layer: TwoLayerNet of chapters 4/5 (default); multi-layer: MultiLayerNet of chapter 6")
    p.add_argument("--activation", choices=("sigmoid", "relu"),
                   help="hidden activation (default: sigmoid for two-layer as in chapter 4, relu for multi-layer)")
    p.add_argument("--hidden", type=positive_int, nargs="+", metavar="N",
                   help="hidden layer size(s) (default: 50 for two-layer, 100 100 100 100 for multi-layer)")
    p.add_argument("--init", type=_init, metavar="STD",
                   help="initial weight scale: a number, he (alias relu) or xavier (alias sigmoid) "
                        "(default: 0.01 for two-layer; he for relu / xavier for sigmoid for multi-layer)")
    p.add_argument("--batchnorm", action="store_true", help="multi-layer: batch normalization after each Affine")
    p.add_argument("--dropout", type=unit_ratio, default=0.0, metavar="RATIO",
                   help="multi-layer: dropout ratio after each hidden activation (default 0 = none)")
    p.add_argument("--weight-decay", type=non_negative_float, default=0.0, metavar="LAMBDA",
                   help="multi-layer: L2 weight decay strength (default 0)")
    p.add_argument("--optimizer", choices=tuple(OPTIMIZERS), default="sgd", help="update rule (default sgd)")
    p.add_argument("--lr", type=positive_float, default=0.1, help="learning rate (default 0.1)")
    p.add_argument("--batch-size", type=positive_int, default=100, help="mini-batch size (default 100)")
    length = p.add_mutually_exclusive_group()
    length.add_argument("--iters", type=positive_int, metavar="N", help="number of mini-batches (default 10000)")
    length.add_argument("--epochs", type=positive_int, metavar="N", help="number of epochs instead of --iters")
    p.add_argument("--mode", choices=("book", "epochs"), default="book",
                   help="book: batches drawn with replacement, evaluation every train_size/batch iterations "
                        "starting after the first (default); epochs: shuffled epochs, evaluation after each")
    p.add_argument("--seed", type=non_negative_int, default=0, help="seed of the weights and batches (default 0)")
    p.add_argument("--threads", type=_threads, default=1, metavar="N|auto",
                   help="BLAS threads for training (default 1: exact replay with the same seed, and no slowdown "
                        "when the cores are busy; 'auto' measures whether more threads pay off)")
    p.add_argument("--float64", action="store_true", help="compute in float64 instead of float32 (slower)")
    p.add_argument("--save", metavar="FILE.npz", help="save the trained network (dlfs-studio .npz model file)")
    train_session.add_arguments(p)
    p.set_defaults(func=run, train_parser=p)


def build_net(args: argparse.Namespace, rng: np.random.Generator):
    """The network the arguments describe (CliError for options that do not apply)."""
    dtype = np.float64 if args.float64 else np.float32
    if args.net == "two-layer":
        if args.batchnorm or args.dropout or args.weight_decay:
            raise CliError("--batchnorm, --dropout and --weight-decay need --net multi-layer")
        if args.hidden and len(args.hidden) != 1:
            raise CliError("a two-layer network has one hidden layer: give one --hidden size")
        init = 0.01 if args.init is None else args.init
        return TwoLayerNet(784, args.hidden[0] if args.hidden else 50, 10, activation=args.activation or "sigmoid",
                           weight_init_std=init, rng=rng, dtype=dtype)
    activation = args.activation or "relu"
    init = args.init if args.init is not None else ("he" if activation == "relu" else "xavier")
    return MultiLayerNet(784, args.hidden or [100, 100, 100, 100], 10, activation=activation,
                         weight_init_std=init, weight_decay_lambda=args.weight_decay,
                         use_batchnorm=args.batchnorm, dropout_ratio=args.dropout, rng=rng, dtype=dtype)


def _describe(net, args: argparse.Namespace, config: TrainConfig, n_train: int) -> str:
    sizes = "-".join(str(s) for s in net.sizes)
    extras = [f for f, on in (("batchnorm", getattr(net, "use_batchnorm", False)),
                              (f"dropout {args.dropout:g}", args.dropout),
                              (f"weight decay {args.weight_decay:g}", args.weight_decay)) if on]
    length = f"{config.iterations} iterations" if config.iterations else f"{config.epochs} epochs"
    return (f"{type(net).__name__} {sizes} {net.activation}{''.join(', ' + e for e in extras)}; "
            f"{config.optimizer} lr {config.lr:g}, batch {config.batch_size}, {length} "
            f"({config.iter_per_epoch(n_train)} per epoch, {config.mode} mode), seed {config.seed}")


def run(args: argparse.Namespace) -> int:
    if args.save:
        check_output_file(args.save, "--save")
    if train_session.uses_sessions(args):
        return train_session.run_with_session(args, args.train_parser)
    try:
        data = load_dataset(args.dataset, args.data_dir)
    except DatasetError as exc:
        raise CliError(str(exc)) from None  # several lines: where it looked and what to put there
    try:
        config = TrainConfig(batch_size=args.batch_size, lr=args.lr, optimizer=args.optimizer,
                             iterations=None if args.epochs else (args.iters or 10000), epochs=args.epochs,
                             mode=args.mode, seed=args.seed, blas_threads=args.threads)
        net = build_net(args, np.random.default_rng(args.seed))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(_describe(net, args, config, len(data.x_train)))
    print(f"data: {data.name} from {data.source} ({len(data.x_train):,} training, {len(data.x_test):,} test images)")
    control = TrainingControl()
    start = time.perf_counter()
    last_eval = None
    progress = None
    interrupted = False
    gen = train(net, data, config, control)
    try:
        for progress in gen:
            if progress.eval is not None:
                e = last_eval = progress.eval
                print(f"epoch {e.epoch:3d}  iter {e.iteration:6d}/{progress.total_iterations}  "
                      f"train acc {e.train_acc:.4f}  test acc {e.test_acc:.4f}  loss {e.train_loss:.4f}  "
                      f"{progress.samples_per_sec:,.0f} samples/s", flush=True)
    except KeyboardInterrupt:
        interrupted = True
        gen.close()
    wall = time.perf_counter() - start
    status = 0
    if interrupted:
        it = progress.iteration if progress else 0
        test_acc = net.accuracy(data.x_test, data.t_test)
        print(f"interrupted at iteration {it}: test acc {test_acc:.4f} (partly trained), wall time {wall:.1f} s")
        status = 130
    elif progress is not None and progress.state == "diverged":
        print(f"diverged: {progress.message}", file=sys.stderr)
        status = 1
    final_test_acc = last_eval.test_acc if last_eval else None
    label = "final"
    if not interrupted and progress is not None and status == 0 and (
            last_eval is None or last_eval.iteration != progress.iteration):
        # book mode evaluates every epoch from iteration 0, so the last evaluation predates the end
        final_test_acc = net.accuracy(data.x_test, data.t_test)
        print(f"final network (iteration {progress.iteration}): "
              f"train acc {net.accuracy(data.x_train, data.t_train):.4f}  test acc {final_test_acc:.4f}")
        label = "last evaluation"
    if not interrupted and progress is not None:
        if last_eval is not None:
            print(f"{label}: train acc {last_eval.train_acc:.4f}  test acc {last_eval.test_acc:.4f}  "
                  f"(evaluated at iteration {last_eval.iteration})  {progress.iteration} iterations  "
                  f"wall time {wall:.1f} s  (training {progress.iteration * config.batch_size / max(progress.samples_per_sec, 1e-9):.1f} s, "
                  f"{progress.samples_per_sec:,.0f} samples/s)")
        else:
            print(f"final: {progress.iteration} iterations, wall time {wall:.1f} s")
    if args.save and status != 1:
        extra = {"dataset": data.name, "iterations": progress.iteration if progress else 0,
                 "test_acc": final_test_acc,
                 "train_acc": last_eval.train_acc if last_eval else None}
        try:
            path = save_network(args.save, net, extra)
        except OSError as exc:
            raise CliError(f"cannot save the network to {args.save}: {exc.strerror or exc}") from None
        print(f"saved to {path}")
    return status
