"""A run's network as a model file (``.npz``, never pickled, see :mod:`dlfs_studio.core.serialize`): saved with
what the training view knows of it (dataset, iterations, test accuracy), and a loaded file turned into a run
of its own (status "loaded") that can be inspected and trained further.
"""
from __future__ import annotations

from pathlib import Path

from dlfs_studio.app.panels.training.records import RunRecord
from dlfs_studio.core.network import Network
from dlfs_studio.core.serialize import LoadedModel, save_network


def save_run_network(path: str | Path, run: RunRecord, net: Network, iteration: int | None) -> Path:
    """Save ``net``, ``run``'s network at ``iteration`` (None: its latest state), with the run's dataset, the
    iterations it trained and its test accuracy there (the last evaluation at or before ``iteration``).
    OSError / ValueError on failure."""
    it = run.iteration if iteration is None else int(iteration)
    acc = run.final_test_accuracy() if iteration is None else next(
        (float(e.test_acc) for e in reversed(run.evals) if e.iteration <= it), None)
    return save_network(path, net, extra={"dataset": run.dataset, "iterations": it, "test_acc": acc})


def fill_loaded_run(run: RunRecord, path: str | Path, loaded: LoadedModel) -> None:
    """Make ``run`` (a new record of the loaded network's configuration) the model file at ``path``: its
    iterations, dataset and accuracy as saved (when they are valid), and its parameters as the one checkpoint."""
    extra = loaded.extra
    it = extra.get("iterations") if isinstance(extra.get("iterations"), int) else 0
    run.status = "loaded"
    run.loaded_from = str(path)
    run.fork_iteration = max(int(it or 0), 0)
    ds = extra.get("dataset")
    if isinstance(ds, str) and ds:
        run.dataset = ds
    acc = extra.get("test_acc")
    run.loaded_accuracy = float(acc) if isinstance(acc, (int, float)) else None
    run.add_checkpoint(run.fork_iteration, loaded.net.state_arrays(), pinned=True)
