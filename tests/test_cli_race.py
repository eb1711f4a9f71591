"""``dlfs race PRESET``: the chapter 6 races headless, one line per variant, one-line errors."""
from __future__ import annotations

import csv
import io
import re
import shutil

import pytest

from dlfs_studio.core.cli import main
from dlfs_studio.core.session import load_session


@pytest.fixture
def root(tiny, tmp_path):
    shutil.copytree(tiny, tmp_path / "mnist")
    return tmp_path


def test_optimizers_race_prints_one_line_per_variant(root, capsys):
    assert main(["race", "optimizers", "--iters", "20", "--data-dir", str(root)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "mean loss of the last 100 iterations" in line]
    assert [line.split(":")[0].strip() for line in lines] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert all(re.search(r"iterations \d\.\d{4}, test acc \d\.\d{4}$", line) for line in lines)
    assert "figure 6-9" in out


def test_seeds_give_mean_and_range_and_csv(root, capsys):
    assert main(["race", "init", "--iters", "10", "--seeds", "2", "--csv", "--data-dir", str(root)]) == 0
    cap = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(cap.out)))
    assert [r["variant"] for r in rows] == ["std=0.01", "Xavier", "He"]
    for r in rows:
        assert r["seeds"] == "2"
        assert float(r["loss_min"]) <= float(r["loss_mean"]) <= float(r["loss_max"])
    assert "scaled differently" in cap.err  # the note goes to stderr with --csv


def test_overfit_race_keeps_its_runs_in_a_session(root, tmp_path, capsys):
    folder = tmp_path / "s"
    assert main(["race", "overfit", "--epochs", "2", "--dropout-epochs", "3", "--data-dir", str(root),
                 "--session", str(folder)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"plain: train acc \d\.\d{4}, test acc \d\.\d{4}, gap -?\d\.\d{4}", out)
    runs = load_session(folder)
    assert [r.name for r in runs] == ["plain", "weight decay 0.1", "dropout 0.2"]
    assert all(r.status == "finished" for r in runs)


@pytest.mark.parametrize("argv, message", [
    (["race", "nope"], "invalid choice"),
    (["race", "init", "--seeds", "0"], "positive whole number"),
    (["race", "init", "--seeds", "1000"], "at most 100 seeds"),
    (["race", "search", "--trials", "300", "--seeds", "3"], "too many for one race"),
    (["race", "init", "--iters", "abc"], "--iters"),
    (["race", "batchnorm", "--scale", "-1"], "--scale"),
])
def test_bad_arguments_give_one_line(root, capsys, argv, message):
    try:
        code = main([*argv, "--data-dir", str(root)])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_too_few_images_for_the_preset_is_one_line(root, capsys):
    assert main(["race", "batchnorm", "--scale", "0.1", "--epochs", "1", "--data-dir", str(root)]) == 2
    err = capsys.readouterr().err
    assert "1,000 images" in err and len(err.strip().splitlines()) == 1
