"""Every hostile input of the ``dlfs`` subcommands answered with one clear line, a non-zero exit status
and no traceback (issue 10), on a tiny MNIST-format folder written by the test."""
from __future__ import annotations

import importlib
import os

import numpy as np
import pytest

import dlfs_studio.core.cli.train as cli_train
from dlfs_studio.core.cli import main
from dlfs_studio.core.serialize import read_model


def _idx(path, array, magic):
    header = magic.to_bytes(4, "big") + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def _write(folder, n_train, n_test):
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for stem, n in (("train", n_train), ("t10k", n_test)):
        _idx(folder / f"{stem}-images-idx3-ubyte", rng.integers(0, 256, (n, 28, 28)), 0x803)
        _idx(folder / f"{stem}-labels-idx1-ubyte", rng.integers(0, 10, n), 0x801)
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("tiny") / "mnist", 200, 50)


def outcome(argv, capsys):
    """(exit status, stderr) of ``dlfs argv``, whether main returns or argparse exits."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err


def assert_one_line(code, err, *words):
    assert code not in (0, None), err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and len(err) < 1000
    for w in words:
        assert w in err, err


LONG = "x" * 300
HUGE = "y" * 100_000


@pytest.mark.parametrize("option", ["--save", "--dataset", "--data-dir"])
@pytest.mark.parametrize("value", [LONG, HUGE, "a\0b"])
def test_unusable_file_names(tiny, capsys, option, value):
    argv = ["train", "--dataset", str(tiny), "--iters", "2", option, value]
    code, err = outcome(argv, capsys)
    assert_one_line(code, err)
    assert value[:200] not in err  # never echoed whole


@pytest.mark.parametrize("args,words", [
    (["--batch-size", "1000000000"], ["--batch-size", "larger than the 200 training images"]),
    (["--hidden", "100000000"], ["parameters; at most 50,000,000"]),
    (["--net", "multi-layer", "--hidden", "100000000"], ["parameters; at most 50,000,000"]),
    (["--threads", "1000000000"], ["--threads", "at most"]),
    (["--iters", "1000000000"], ["--iters", "at most 10,000,000"]),
    (["--save", ""], ["--save", "empty name"]),
    (["--init", "1e308"], ["--init", "overflow"]),
    (["--lr", HUGE], ["--lr", "100,000 characters"]),
    (["--optimizer", HUGE], ["--optimizer"]),
])
def test_absurd_training_arguments(tiny, capsys, args, words):
    code, err = outcome(["train", "--dataset", str(tiny), "--iters", "2", *args], capsys)
    assert_one_line(code, err, *words)


def test_empty_dataset_is_refused(tmp_path, capsys):
    folder = _write(tmp_path / "empty", 0, 10)
    code, err = outcome(["train", "--dataset", str(folder), "--iters", "2"], capsys)
    assert_one_line(code, err, "holds no images")
    folder = _write(tmp_path / "notest", 20, 0)
    code, err = outcome(["train", "--dataset", str(folder), "--iters", "2", "--batch-size", "10"], capsys)
    assert_one_line(code, err, "holds no images")


def test_ctrl_c_during_start_up(monkeypatch, capsys):
    real = importlib.import_module

    def interrupted(name, *a, **kw):
        if name.endswith(".cli.train"):
            raise KeyboardInterrupt
        return real(name, *a, **kw)
    monkeypatch.setattr(importlib, "import_module", interrupted)
    assert main(["train"]) == 130
    assert capsys.readouterr().err.strip() == "dlfs: interrupted"


def test_ctrl_c_saves_the_accuracy_that_was_printed(tiny, tmp_path, capsys, monkeypatch):
    # issue 10: the file recorded the accuracy of an earlier evaluation, not the one printed
    real_train = cli_train.train

    def interrupted_after(net, data, config, control):
        for i, p in enumerate(real_train(net, data, config, control)):
            yield p
            if i == 25:
                raise KeyboardInterrupt
    monkeypatch.setattr(cli_train, "train", interrupted_after)
    model = tmp_path / "m.npz"
    code = main(["train", "--dataset", str(tiny), "--iters", "200", "--batch-size", "10", "--lr", "0.5",
                 "--save", str(model)])
    out = capsys.readouterr().out
    assert code == 130
    printed = float(out.split("interrupted at iteration")[1].split("test acc ")[1].split()[0])
    extra = read_model(model).extra
    assert extra["test_acc"] == pytest.approx(printed, abs=5e-5)
    assert extra["train_acc"] is None  # not measured for this network


def test_divergence_with_save_keeps_the_restored_parameters(tiny, tmp_path, capsys):
    # issue 10: after divergence --save silently wrote nothing
    model = tmp_path / "m.npz"
    code = main(["train", "--dataset", str(tiny), "--iters", "50", "--batch-size", "10", "--lr", "1e30",
                 "--save", str(model)])
    captured = capsys.readouterr()
    assert code == 1
    assert "diverged" in captured.err and "RuntimeWarning" not in captured.err
    assert model.is_file() and "restored after the divergence" in captured.out
    net = read_model(model).net
    assert all(np.isfinite(p).all() for p in net.params.values())
    assert "diverged" in read_model(model).extra


def test_divergence_blamed_on_the_initial_weights_not_the_learning_rate(tiny, capsys):
    code = main(["train", "--dataset", str(tiny), "--iters", "20", "--batch-size", "10", "--init", "1e30"])
    err = capsys.readouterr().err
    assert code == 1 and "initial weights are too large" in err and "RuntimeWarning" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv,words", [
    (["descend", "--steps", "1000000000"], ["--steps", "at most 1,000,000"]),
    (["descend", "--optimizer", HUGE], ["--optimizer", "100,000 characters"]),
    (["descend", "--surface", HUGE], ["--surface"]),
    (["loss", "--y", "0.5", "--t", "1"], ["--y needs at least two values"]),
    (["loss", "--y", HUGE, "--t", "1"], ["--y"]),
    (["data", "--timeout", "inf"], ["--timeout", "finite"]),
    (["data", "--data-dir", LONG], ["--data-dir"]),
    (["experiment", "optimizers", "--iters", "1000000000"], ["--iters", "at most 1,000,000"]),
    (["experiment", "hyperparams", "--trials", "1000000000"], ["--trials", "at most 10,000"]),
    (["experiment", "batchnorm", "--data-dir", LONG], ["--data-dir"]),
])
def test_other_subcommands(argv, words, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("DLFS_DATA", str(tmp_path))
    code, err = outcome(argv, capsys)
    assert_one_line(code, err, *words)


def test_threads_up_to_the_cores_are_accepted():
    assert cli_train._threads(str(cli_train._cores())) == cli_train._cores()
    assert os.cpu_count()
