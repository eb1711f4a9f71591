"""Saving and opening runs as session folders through ``core.session`` (configuration JSON, curves CSV,
checkpoints .npz; never pickled). Damaged or hostile files give core's one-line message in the banner."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlfs_studio.app.panels.training.configs import form_values
from dlfs_studio.app.panels.training.records import Event, RunRecord, next_color
from dlfs_studio.core.session import SessionError, load_session, save_session
from dlfs_studio.core.training import EpochResult, Progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def save(panel: Any, folder: str | Path, runs: list[RunRecord] | None = None) -> bool:
    """Save ``runs`` (default: every run trained in this view) into ``folder``; True when saved."""
    ctl = panel.controller
    runs = [r for r in (ctl.runs if runs is None else runs) if r.core_run is not None]
    skipped = [r for r in ctl.runs if r.core_run is None and r.trained] if runs is not None else []
    if not runs:
        panel._message(_tr("There is no run to save yet (loaded models are saved with Save model…)."), "warning")
        return False
    busy = [r for r in runs if r.status in ("running", "paused")]
    if busy:
        panel._message(_tr("Stop the run before saving the session."), "warning")
        return False
    try:
        out = save_session(folder, [r.core_run for r in runs])
    except (SessionError, OSError) as exc:
        panel._message(_tr("Could not save the runs: %1").replace("%1", str(exc)), "error")
        return False
    for r in runs:
        r.unsaved = False
    ctl.runsChanged.emit()
    text = _tr("Saved %1 run(s) to %2.").replace("%1", str(len(runs))).replace("%2", str(out))
    if skipped:
        text += " " + _tr("Loaded models are not part of a session (save them with Save model…).")
    panel._message(text, "ok")
    return True


def _record(ctl: Any, core: Any, by_core_id: dict[str, RunRecord]) -> RunRecord:
    """A view record of a core run read from disk: its form values, curves, evaluations and events."""
    values, preset = form_values(core.config)
    parent = by_core_id.get(core.parent_id or "")
    run = RunRecord(core.name or core.id, values, core.config.network_config(), core.config.train_config(),
                    preset=preset, dataset=ctl.dataset.name if ctl.dataset is not None else core.config.dataset,
                    color=next_color(ctl.runs), fork_iteration=int(core.fork_iteration or 0))
    run.parent = parent
    run.core_run = core
    losses = core.losses.values()
    run.iterations.extend(np.arange(1, len(losses) + 1, dtype=np.int64))
    run.losses.extend(losses)
    run.evals = [EpochResult(int(e.epoch), int(e.iteration), float(e.train_acc), float(e.test_acc),
                             float(e.train_loss)) for e in core.evaluations]
    run.events = [Event(e.iteration, e.kind, f"lr {e.lr:g}" if e.optimizer is None else str(e.optimizer))
                  for e in core.events]
    status = {"new": "idle"}.get(core.status, core.status)
    run.status = status if status in ("idle", "finished", "stopped", "diverged") else "stopped"
    total = core.config.iterations or len(losses)
    cp = core.checkpoint_at(core.iteration)
    run.progress = Progress(core.iteration, max(int(total), core.iteration), float(run.evals[-1].epoch)
                            if run.evals else 0.0, float(losses[-1]) if len(losses) else float("nan"),
                            cp.lr if cp is not None else core.config.lr, 0.0, 0.0, state=run.status,
                            message=core.message, optimizer=cp.optimizer if cp is not None else core.config.optimizer)
    run.unsaved = False
    return run


def open_session(panel: Any, folder: str | Path) -> list[RunRecord]:
    """Add the runs of the session in ``folder`` to the list (the runs already there stay)."""
    ctl = panel.controller
    try:
        cores = load_session(folder)
    except (SessionError, OSError) as exc:
        panel._message(_tr("Could not open the runs: %1").replace("%1", str(exc)), "error")
        return []
    if ctl.dataset is None:
        panel._message(_tr("Load a dataset first."), "warning")
        return []
    by_id: dict[str, RunRecord] = {r.core_run.id: r for r in ctl.runs if r.core_run is not None}
    added = []
    for core in cores:
        if core.id in by_id:
            continue  # already open
        run = _record(ctl, core, by_id)
        ctl.runs.append(run)
        by_id[core.id] = run
        added.append(run)
    other = {r.core_run.config.dataset for r in added} - {ctl.dataset_name, ctl.dataset.name}
    if added:
        ctl.select(added[-1])
    text = _tr("Opened %1 run(s) from %2.").replace("%1", str(len(added))).replace("%2", str(folder))
    if other:
        text += " " + _tr("They were trained on %1: load that dataset to inspect them.").replace(
            "%1", ", ".join(sorted(other)))
    panel._message(text, "ok" if added else "info")
    return added
