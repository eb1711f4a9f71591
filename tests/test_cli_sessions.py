"""``dlfs train --session``, ``dlfs train --fork`` and ``dlfs replay`` on a tiny MNIST-format folder."""
from __future__ import annotations

import json

import numpy as np
import pytest

from dlfs_studio.core.cli import main
from dlfs_studio.core.data import load_dataset
from dlfs_studio.core.runs import Run, first_difference, train_run
from dlfs_studio.core.session import load_session


def train(dataset, folder, *extra):
    return main(["train", "--dataset", str(dataset), "--iters", "40", "--batch-size", "20", "--session", str(folder),
                 *extra])


@pytest.fixture
def session(tiny, tmp_path, capsys):
    folder = tmp_path / "s"
    assert train(tiny, folder, "--optimizer", "momentum", "--lr", "0.05", "--net", "multi-layer", "--hidden", "30",
                 "30", "--batchnorm", "--dropout", "0.1") == 0
    capsys.readouterr()
    return folder


def test_train_session_keeps_the_run_and_replay_confirms_it(tiny, session, capsys):
    (run,) = load_session(session)
    assert run.status == "finished" and run.iteration == 40 and run.config.optimizer == "momentum"
    assert run.config.batchnorm and run.config.hidden_sizes == (30, 30) and run.config.dataset == str(tiny)
    fresh = Run(run.config)
    list(train_run(fresh, load_dataset(str(tiny))))
    assert first_difference(fresh.losses.values(), run.losses.values()) is None
    assert main(["replay", str(session)]) == 0
    out = capsys.readouterr().out
    assert "identical: 40 losses and 3 evaluations" in out and "all runs replayed bit for bit" in out


def test_replay_reports_where_the_losses_first_differ(session, capsys):
    folder = next(p for p in session.iterdir() if p.name.startswith("run-"))
    lines = (folder / "losses.csv").read_text().splitlines(keepends=True)
    i, loss = lines[17].strip().split(",")
    lines[17] = f"{i},{float(loss) + 1e-12!r}\n"
    (folder / "losses.csv").write_text("".join(lines))
    assert main(["replay", str(session)]) == 1
    out = capsys.readouterr().out
    assert f"the losses first differ at iteration 17: saved {float(loss) + 1e-12!r}, replayed {float(loss)!r}" in out


def test_fork_continues_from_the_checkpoint_with_only_the_given_changes(tiny, session, tmp_path, capsys):
    forked = tmp_path / "f"
    assert main(["train", "--fork", str(session), "--at", "27", "--lr", "0.1", "--session", str(forked)]) == 0
    out = capsys.readouterr().out
    (parent,) = load_session(session)
    (child,) = load_session(forked)
    k = child.fork_iteration
    assert k == max(i for i in parent.checkpoint_iterations() if i <= 27)
    assert f"at iteration {k} (the checkpoint at or before 27): lr 0.1" in out
    assert np.array_equal(child.losses.values()[:k], parent.losses.values()[:k])
    assert child.losses.values()[k + 1] != parent.losses.values()[k + 1]
    assert child.config.lr == 0.1  # given, although it is the option's default
    assert child.config.optimizer == "momentum" and child.config.batch_size == 20  # kept from the parent
    assert child.parent_id == parent.id and child.iteration == 40
    assert main(["replay", str(forked), "--data-dir", str(tiny)]) == 0


def test_fork_into_the_same_session_adds_a_run(tiny, session, capsys):
    assert main(["train", "--fork", str(session), "--at", "20", "--weight-decay", "0.01", "--iters", "50",
                 "--session", str(session), "--name", "decay"]) == 0
    runs = load_session(session)
    assert [r.name for r in runs] == ["run 1", "decay"] and runs[1].iteration == 50
    assert train(tiny, session) == 0
    assert len(load_session(session)) == 3
    capsys.readouterr()
    assert main(["train", "--fork", str(session), "--at", "20", "--session", str(session)]) == 2
    assert "holds 3 runs" in capsys.readouterr().err
    assert main(["replay", str(session), "--run", "decay"]) == 0


@pytest.mark.parametrize("argv, message", [
    (["--fork", "{s}", "--at", "20", "--hidden", "10", "--session", "{t}/x"], "fork at iteration 0"),
    (["--fork", "{s}", "--session", "{t}/x"], "--fork needs --at"),
    (["--fork", "{s}", "--at", "20"], "needs --session"),
    (["--fork", "{t}/nowhere", "--at", "20", "--session", "{t}/x"], "no such session folder"),
    (["--fork", "{s}", "--at", "20", "--run", "zzz", "--session", "{t}/x"], "no such run"),
    (["--session", "{t}/file"], "that is a file"),
    (["--session", "{t}/no/such/parent"], "does not exist"),
    (["--session", "{t}/x", "--threads", "2"], "one BLAS thread"),
    (["--init-seed", "3"], "go with --session"),
    (["--session", ""], "give a folder name"),
    (["--session", "{t}/" + "x" * 300], "--session {t}/xxxx"),
    (["--fork", "{t}/" + "x" * 300, "--at", "3", "--session", "{t}/x"], "--fork: {t}/xxx"),
])
def test_bad_session_arguments_give_one_line(tiny, session, tmp_path, capsys, argv, message):
    (tmp_path / "file").write_text("x")
    argv = [a.format(s=session, t=tmp_path) for a in argv]
    assert main(["train", "--dataset", str(tiny), "--iters", "10", *argv]) == 2
    err = capsys.readouterr().err
    assert message.format(t=tmp_path) in err and len(err.strip().splitlines()) == 1 and len(err) < 400


@pytest.mark.parametrize("folder", ["", "x" * 300, "nowhere"])
def test_replay_of_a_missing_folder_gives_one_line(tmp_path, capsys, folder):
    assert main(["replay", str(tmp_path / folder) if folder else ""]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and len(err) < 400


def test_damaged_sessions_are_refused_by_every_command(tiny, session, tmp_path, capsys):
    (session / "session.json").write_text("{")
    assert main(["replay", str(session)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["train", "--fork", str(session), "--at", "3", "--session", str(tmp_path / "y")]) == 2
    assert train(tiny, session) == 2  # never overwrites a session it cannot read
    assert "not valid JSON" in capsys.readouterr().err


def test_separate_seeds(tiny, tmp_path, capsys):
    assert train(tiny, tmp_path / "a", "--init-seed", "4", "--data-seed", "9") == 0
    (run,) = load_session(tmp_path / "a")
    assert (run.config.init_seed, run.config.data_seed) == (4, 9)
    assert json.loads((tmp_path / "a" / "session.json").read_text())["format"] == "dlfs-session"


def test_ctrl_c_stops_cleanly_and_keeps_the_partial_run(tiny, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-m", "dlfs_studio.core", "train", "--dataset", str(tiny), "--iters",
                             "1000000", "--batch-size", "20", "--session", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("epoch   2"):
                break
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "stopping after this mini-batch" in err and "Traceback" not in err
    (run,) = load_session(folder)
    assert run.status == "stopped" and run.iteration >= 31 and run.iteration in run.checkpoints
    assert main(["replay", str(folder)]) == 0


def test_save_with_a_session_keeps_the_checkpointed_network(tiny, tmp_path, capsys):
    from dlfs_studio.core.serialize import read_model

    model = tmp_path / "m.npz"
    assert train(tiny, tmp_path / "s", "--save", str(model)) == 0
    out = capsys.readouterr().out
    (run,) = load_session(tmp_path / "s")
    loaded = read_model(model)
    assert loaded.extra["iterations"] == 40 and f"saved to {model} (the network at iteration 40" in out
    assert np.array_equal(loaded.net.params["W1"], run.checkpoints[40].params["W1"])
    data = load_dataset(str(tiny))
    assert loaded.extra["test_acc"] == loaded.net.accuracy(data.x_test, data.t_test)
