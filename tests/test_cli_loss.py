"""``dlfs loss`` prints the seeds' numbers with full precision."""
from __future__ import annotations

import pytest

from dlfs_studio.core.cli import main

Y = ["0.1", "0.05", "0.6", "0.0", "0.05", "0.1", "0.0", "0.1", "0.0", "0.0"]


def test_loss_label_index(capsys):
    assert main(["loss", "--y", *Y, "--t", "2"]) == 0
    out = capsys.readouterr().out
    assert "sum_squared_error = 0.09750000000000003" in out
    assert "cross_entropy_error = 0.510825457099338" in out
    assert "not a probability vector" not in out


def test_loss_one_hot_and_unnormalised_y(capsys):
    y = ["0.1", "0.01", "0.2", "0.0", "0.0", "0.1", "0.02", "0.1", "0.1", "0.5"]
    assert main(["loss", "--y", *y, "--t", *["0", "0", "1", "0", "0", "0", "0", "0", "0", "0"]]) == 0
    out = capsys.readouterr().out
    assert "sum_squared_error = 0.46525000000000005" in out
    assert "cross_entropy_error = 1.6094374124342252" in out
    assert "not a probability vector" in out


@pytest.mark.parametrize("args", [
    ["--y", *Y, "--t", "12"],
    ["--y", *Y, "--t", "1", "2"],
    ["--y", *Y, "--t", "2.5"],
    ["--y", "-0.1", *Y[1:], "--t", "2"],
])
def test_loss_bad_arguments_one_line_error(args, capsys):
    assert main(["loss", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("dlfs loss: error:")


def test_loss_non_number_exits_nonzero(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["loss", "--y", "abc", "--t", "2"])
    assert exc.value.code != 0


def test_loss_overflow_is_explained_without_a_warning(capsys, recwarn):
    assert main(["loss", "--y", "1e308", "0.05", "0.6", "0", "0.05", "0.1", "0", "0.1", "0", "0", "--t", "2"]) == 0
    out = capsys.readouterr().out
    assert "sum_squared_error = inf" in out and "larger than the largest float64" in out
    assert "cross_entropy_error = 0.510825457099338" in out
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
