"""``dlfs train`` on a tiny MNIST-format folder written by the test (no real data needed)."""
from __future__ import annotations

import re

import pytest

import dlfs_studio.core.cli.train as cli_train
from dlfs_studio.core.cli import main
from dlfs_studio.core.serialize import read_model


def test_book_defaults_print_one_line_per_evaluation(tiny, capsys):
    assert main(["train", "--dataset", str(tiny), "--iters", "31"]) == 0
    out = capsys.readouterr().out
    assert "TwoLayerNet 784-50-10 sigmoid; sgd lr 0.1, batch 100, 31 iterations (3 per epoch, book mode), seed 0" in out
    lines = [line for line in out.splitlines() if line.startswith("epoch")]
    assert len(lines) == 11  # iterations 1, 4, ..., 31
    assert re.match(r"epoch +0  iter +1/31  train acc 0\.\d{4}  test acc 0\.\d{4}  loss \d\.\d{4}  [\d,]+ samples/s",
                    lines[0])
    assert re.search(r"final: train acc \d\.\d{4}  test acc \d\.\d{4}  \(evaluated at iteration 31\)  "
                     r"31 iterations  wall time", out)


def test_relu_epochs_mode_learns_and_saves(tiny, tmp_path, capsys):
    model = tmp_path / "m.npz"
    code = main(["train", "--dataset", str(tiny), "--activation", "relu", "--epochs", "30", "--mode", "epochs",
                 "--batch-size", "20", "--seed", "1", "--save", str(model)])
    out = capsys.readouterr().out
    assert code == 0
    assert len([line for line in out.splitlines() if line.startswith("epoch")]) == 30
    test_acc = float(re.search(r"final: train acc [\d.]+  test acc ([\d.]+)", out).group(1))
    assert test_acc > 0.8
    loaded = read_model(model)
    assert loaded.net.config()["activation"] == "relu"
    assert loaded.extra["test_acc"] == pytest.approx(test_acc, abs=1e-4)
    assert f"saved to {model}" in out


def test_multi_layer_options(tiny, capsys):
    code = main(["train", "--dataset", str(tiny), "--net", "multi-layer", "--hidden", "30", "20", "--batchnorm",
                 "--dropout", "0.1", "--weight-decay", "0.01", "--init", "he", "--optimizer", "adam", "--lr", "0.01",
                 "--iters", "5", "--float64"])
    out = capsys.readouterr().out
    assert code == 0
    assert "MultiLayerNet 784-30-20-10 relu, batchnorm, dropout 0.1, weight decay 0.01; adam lr 0.01" in out


@pytest.mark.parametrize("argv,message", [
    (["--batchnorm"], "need --net multi-layer"),
    (["--hidden", "10", "10"], "one hidden layer"),
    (["--dataset", "nope"], "unknown dataset"),
    (["--dataset", "/no/such/folder"], "no such folder"),
])
def test_user_errors_are_one_line(tiny, capsys, argv, message):
    if "--dataset" not in argv:
        argv = argv + ["--dataset", str(tiny)]
    assert main(["train", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("dlfs train: error:")


@pytest.mark.parametrize("argv", [["--iters", "5", "--epochs", "2"], ["--lr", "-1"], ["--lr", "nan"],
                                  ["--batch-size", "0"], ["--init", "big"], ["--dropout", "1"],
                                  ["--optimizer", "lion"], ["--mode", "fast"]])
def test_bad_arguments_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["train", *argv])
    assert exc.value.code == 2


def test_divergence_exit_1(tiny, capsys):
    code = main(["train", "--dataset", str(tiny), "--net", "multi-layer", "--lr", "1000", "--iters", "200"])
    captured = capsys.readouterr()
    assert code == 1
    assert "diverged: the loss" in captured.err and "probably too high" in captured.err


def test_ctrl_c_prints_partial_result(tiny, capsys, monkeypatch):
    real_train = cli_train.train

    def interrupted(*args, **kwargs):
        for p in real_train(*args, **kwargs):
            yield p
            if p.iteration == 7:
                raise KeyboardInterrupt

    monkeypatch.setattr(cli_train, "train", interrupted)
    assert main(["train", "--dataset", str(tiny), "--iters", "100"]) == 130
    out = capsys.readouterr().out
    assert re.search(r"interrupted at iteration 7: test acc 0\.\d{4} \(partly trained\)", out)


def test_book_mode_reports_the_final_network_when_the_last_evaluation_is_earlier(tiny, capsys):
    # 3 mini-batches per epoch: evaluations at 1, 4, 7, 10; the run ends at 11
    assert main(["train", "--dataset", str(tiny), "--iters", "11"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"final network \(iteration 11\): train acc \d\.\d{4}  test acc \d\.\d{4}", out)
    assert re.search(r"last evaluation: train acc [\d.]+  test acc [\d.]+  \(evaluated at iteration 10\)", out)


def test_missing_dataset_error_says_where_it_looked_and_what_to_put_there(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["train", "--data-dir", str(empty)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dlfs train: error: The mnist dataset was not found")
    assert str(empty / "mnist") in err and "train-images-idx3-ubyte.gz" in err and "dlfs data --fetch mnist" in err


@pytest.mark.parametrize("argv,message", [
    (["--data-dir", "/no/such/folder"], "no such folder"),
])
def test_a_mistyped_data_dir_is_an_error_not_a_fallback(argv, message, capsys, monkeypatch, tiny):
    monkeypatch.setenv("DLFS_DATA", str(tiny.parent))
    with pytest.raises(SystemExit) as exc:
        main(["train", *argv])
    assert exc.value.code == 2 and message in capsys.readouterr().err


@pytest.mark.parametrize("where,message", [("missing/m.npz", "does not exist"), ("file.txt/m.npz", "does not exist"),
                                           (".", "that is a folder")])
def test_save_path_is_checked_before_training(tiny, tmp_path, capsys, where, message, monkeypatch):
    (tmp_path / "file.txt").write_text("x")
    trained = []
    monkeypatch.setattr(cli_train, "train", lambda *a, **k: trained.append(1) or iter(()))
    assert main(["train", "--dataset", str(tiny), "--iters", "5", "--save", str(tmp_path / where)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("dlfs train: error: --save") and not trained
    assert not (tmp_path / "missing").exists()
