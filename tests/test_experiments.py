"""The chapter-6 experiments at tiny sizes on synthetic 784-pixel data (the book's sizes run by hand)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core import experiments as ex


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


@pytest.fixture(scope="module")
def data():
    """10 classes of 784-pixel 'images': a class-specific pattern plus noise, values in [0, 1]."""
    rng = np.random.default_rng(0)
    patterns = rng.random((10, 784)) < 0.2
    def make(n):
        t = rng.integers(0, 10, n)
        x = np.clip(patterns[t] * 0.8 + rng.random((n, 784)) * 0.3, 0, 1).astype(np.float32)
        return x, t
    (x1, t1), (x2, t2) = make(600), make(200)
    return Data(x1, t1, x2, t2)


class NoTestSet(Data):
    """Data whose test set must never be read."""

    def __getattribute__(self, name):
        if name in ("x_test", "t_test"):
            raise AssertionError("the hyperparameter search looked at the test set")
        return super().__getattribute__(name)


def test_compare_optimizers_same_batches_and_reproducible(data):
    kw = dict(iterations=40, batch_size=32, hidden_size_list=[20, 20], seed=1)
    a = ex.compare_optimizers(data, **kw)
    b = ex.compare_optimizers(data, **kw)
    assert list(a.losses) == ["SGD", "Momentum", "AdaGrad", "Adam"]
    for name in a.losses:
        assert a.losses[name].shape == (40,) and np.all(np.isfinite(a.losses[name]))
        np.testing.assert_array_equal(a.losses[name], b.losses[name])
        assert 0 <= a.test_acc[name] <= 1
    # the adaptive methods learn this easy task faster than plain SGD with lr 0.01
    assert a.losses["AdaGrad"][-10:].mean() < a.losses["SGD"][-10:].mean()
    assert a.smoothed("SGD").shape == (40,)


def test_compare_optimizers_reports_progress(data):
    steps = list(ex.iter_compare_optimizers(data, iterations=201, batch_size=16, hidden_size_list=[10]))
    assert [s.done for s in steps[:-1]] == [1, 101, 201, 201][:len(steps) - 1]
    assert steps[-1].result is not None and "iteration 100" in steps[1].message


def test_weight_init_small_std_does_not_learn(data):
    res = ex.compare_weight_init(data, iterations=150, batch_size=64, hidden_size_list=[50] * 4)
    assert list(res.losses) == ["std=0.01", "Xavier", "He"]
    assert abs(res.losses["std=0.01"][-20:].mean() - np.log(10)) < 0.02  # stuck at log 10
    assert res.losses["He"][-20:].mean() < 1.5
    assert res.test_acc["He"] > res.test_acc["std=0.01"]


def test_batchnorm_vs_none_structure(data):
    runs = ex.batchnorm_vs_none(data, weight_scales=[1.0, 0.01], train_size=200, epochs=4,
                                hidden_size_list=[20, 20])
    assert [r.weight_init_std for r in runs] == [1.0, 0.01]
    for r in runs:
        for c in (r.with_bn, r.without_bn):
            assert c.train_acc.shape == (4,) and c.test_acc.shape == (4,)
            assert list(c.iterations) == [1, 3, 5, 7]
    default_scales = np.logspace(0, -4, num=16)
    assert default_scales[0] == 1 and default_scales[-1] == pytest.approx(1e-4)


def test_overfitting_variants(data):
    res = ex.overfitting(data, train_size=100, epochs=30, dropout_epochs=12, hidden_size_list=[50, 50], lr=0.1)
    assert list(res) == ["plain", "weight decay 0.1", "dropout 0.2"]
    assert res["dropout 0.2"].train_acc.shape == (12,)
    plain = res["plain"]
    assert plain.train_acc.shape == (30,)
    assert plain.train_acc[-1] > 0.9          # memorises 100 samples
    assert plain.final_gap == pytest.approx(plain.train_acc[-1] - plain.test_acc[-1])


def test_hyperparameter_search_never_touches_test_set(data):
    safe = NoTestSet(data.x_train, data.t_train, None, None)
    trials = list(ex.hyperparameter_search(safe, trials=4, train_size=200, epochs=2, hidden_size_list=[10], seed=3))
    assert [t.index for t in trials] == [0, 1, 2, 3]
    for t in trials:
        assert 1e-6 <= t.lr <= 1e-2 and 1e-8 <= t.weight_decay <= 1e-4
        assert 0 <= t.val_acc <= 1 and t.curves.test_acc.shape == (2,)
    again = list(ex.hyperparameter_search(safe, trials=4, train_size=200, epochs=2, hidden_size_list=[10], seed=3))
    assert [(t.lr, t.val_acc) for t in trials] == [(t.lr, t.val_acc) for t in again]


def test_split_validation():
    x, t = np.arange(10)[:, None], np.arange(10)
    x_tr, t_tr, x_val, t_val = ex.split_validation(x, t, 0.2, np.random.default_rng(0))
    assert len(x_val) == 2 and len(x_tr) == 8
    assert sorted(np.r_[t_tr, t_val]) == list(range(10))
    np.testing.assert_array_equal(x_val[:, 0], t_val)
    with pytest.raises(ValueError):
        ex.split_validation(x, t, 1.0, np.random.default_rng(0))
    with pytest.raises(ValueError, match="too small"):
        ex.split_validation(x[:2], t[:2], 0.2, np.random.default_rng(0))


def test_run_requires_a_result():
    with pytest.raises(RuntimeError):
        ex.run(iter([ex.Step(1, 1, "no result")]))


def test_command_line_without_data(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DLFS_DATA", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import dlfs_studio.core.data as core_data  # imported by name: core.download no longer imports it
    monkeypatch.setattr(core_data, "SYSTEM_DIRS", ())
    (tmp_path / "none").mkdir()
    assert ex.main(["init", "--data-dir", str(tmp_path / "none")]) == 2
    assert "error:" in capsys.readouterr().err


def test_dlfs_experiment_subcommand(tmp_path, monkeypatch, capsys):
    from dlfs_studio.core.cli import main as dlfs_main

    monkeypatch.setenv("DLFS_DATA", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr("core.data.SYSTEM_DIRS", ())
    (tmp_path / "empty").mkdir()
    assert dlfs_main(["experiment", "init", "--data-dir", str(tmp_path / "empty")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("dlfs experiment: error: The mnist dataset was not found")
    assert err[-1].startswith("or download them with:")


def test_dlfs_experiment_runs_on_real_data(data_dir, capsys):
    from dlfs_studio.core.cli import main as dlfs_main

    assert dlfs_main(["experiment", "init", "--data-dir", str(data_dir), "--iters", "30"]) == 0
    out = capsys.readouterr().out
    assert "test acc" in out and "he" in out.lower() and "xavier" in out.lower()


@pytest.mark.parametrize("argv", [["init", "--iters", "-5"], ["init", "--iters", "0"], ["hyperparams", "--trials", "0"],
                                  ["batchnorm", "--epochs", "-1"], ["overfit", "--epochs", "0"],
                                  ["init", "--data-dir", "/no/such/folder"]])
def test_bad_numbers_are_one_line_errors(argv, capsys):
    from dlfs_studio.core.cli import main
    with pytest.raises(SystemExit) as exc:
        main(["experiment", *argv])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("dlfs experiment: error: argument")


def test_missing_data_error_has_every_line(tmp_path, monkeypatch, capsys):
    from dlfs_studio.core.cli import main
    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["experiment", "init", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "not found" in err and "train-images-idx3-ubyte.gz" in err
