"""The training view's sentences about runs: how a run finished or why it diverged, whether the book's figure
applies, times and plurals. Pure functions of a :class:`~.records.RunRecord` (no widget, no controller), in the
context "TrainingPanel" of the translations.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlfs_studio.app.panels.training import presets
from dlfs_studio.app.panels.training.records import RunRecord

DATASET_TITLES = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TrainingPanel", text, None, n)


def dataset_title(name: str | Path) -> str:
    """How a dataset is called: "MNIST", "Fashion-MNIST", or a folder's name."""
    name = str(name)
    return DATASET_TITLES.get(name) or Path(name).name or name


def fmt_time(seconds: float) -> str:
    """Seconds as "m:ss" or "h:mm:ss" ("–" when unknown)."""
    if not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = round(seconds)
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def tr_n(source: str, n: int) -> str:
    """``tr(source, n)``: Qt's plural form for ``%n``, the number printed as 1,200 ("(s)" resolved without a
    translation)."""
    text = _tr(source, n)
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return re.sub(rf"(?<![\d%]){n}(?!\d)", f"{n:,}", text, count=1)


def switch_note(title: str, stopped_at: int | None, had_results: bool) -> str:
    """What switching the dataset away from ``title`` cost: the run stopped at iteration ``stopped_at``
    (None: none was training) or the results cleared ("" when nothing was lost)."""
    if stopped_at is not None:
        return _tr("The run on %1 was stopped at iteration %2; its results were cleared.") \
            .replace("%1", title).replace("%2", f"{stopped_at:,}")
    if had_results:
        return _tr("The results of the run on %1 were cleared.").replace("%1", title)
    return ""


def state_finite(state: dict[str, Any] | None) -> bool:
    """True when every array of a network state holds finite numbers only (False for no state)."""
    if not state:
        return False
    return all(bool(np.all(np.isfinite(v))) for v in state.values())


def nonfinite_text() -> str:
    return _tr("The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must "
               "hold finite numbers.")


def divergence_text(run: RunRecord, p: Any) -> str:
    """Why the run diverged, blaming what most likely caused it: weight decay when its term 0.5·λ·ΣW² made
    most of the first loss or lr·λ > 1 (each step then flips and grows the weights); the initial weights
    when the first loss was already far above ln(classes) (the loss of a fresh, small-weight network);
    otherwise the learning rate. ``p``: the run's last Progress."""
    what = p.message or _tr("the loss diverged")
    losses = run.losses.view()
    first = float(losses[0]) if len(losses) else float("inf")
    lr = float(p.lr)
    decay = float(run.net_config.get("weight_decay_lambda", 0.0) or 0.0)
    init = run.net_config.get("weight_init_std")
    start = run.checkpoint_at(0)
    sq = sum(float(np.sum(np.square(v, dtype=np.float64))) for k, v in start.state.items()
             if k.startswith("W")) if start is not None else 0.0
    decay_term = 0.5 * decay * sq
    classes = int(run.net_config.get("output_size", 10) or 10)
    if decay > 0 and (lr * decay > 1.0 or (math.isfinite(first) and decay_term > 0.5 * first)
                      or (not math.isfinite(first) and decay_term > 10 * math.log(classes))):
        cause = _tr("Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 "
                    "(above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).") \
            .replace("%1", f"{decay:g}").replace("%2", f"{decay_term:.3g}").replace("%3", f"{lr * decay:g}")
    elif not math.isfinite(first) or first > 10 * math.log(classes):
        cause = _tr("The loss was far too large from the first mini-batch (%1, where a fresh network starts "
                    "near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.") \
            .replace("%1", f"{first:.3g}").replace("%2", f"{math.log(classes):.1f}").replace("%3", str(init))
    else:
        cause = _tr("Try a smaller learning rate (e.g. a tenth of %1) and start again.").replace("%1", f"{lr:g}")
    what = what.split("; the learning rate")[0]  # core's guess is replaced by the diagnosis below
    text = _tr("Training stopped: %1.").replace("%1", what) + " " + cause
    if not state_finite(run.latest_state()):
        text += " " + nonfinite_text()
    return text


def reference_mismatch(run: RunRecord) -> list[str] | None:
    """None when the run's preset has no book reference; else the settings that differ from the book's
    (empty when the run uses the book's settings)."""
    preset = presets.PRESET_BY_KEY.get(run.preset)
    if preset is None or preset.reference is None:
        return None
    differ = [k for k, v in preset.values.items() if k != "seed" and str(run.values.get(k)) != str(v)]
    if run.dataset != "mnist":
        differ.append("dataset")
    return differ


def finish_text(run: RunRecord) -> str:
    """"Finished N iterations in T: test accuracy A." (A of the final network), with the last evaluation
    during the run when it was earlier, and the book's figure for its own settings."""
    p = run.progress
    last = run.evals[-1] if run.evals else None
    ev = run.evaluation
    final = ev.accuracy if ev is not None and ev.iteration == p.iteration else None
    n, took = int(p.iteration), fmt_time(p.elapsed)
    if last is None or last.iteration == p.iteration:
        acc = final if final is not None else (last.test_acc if last is not None else float("nan"))
        text = tr_n("Finished %n iteration(s) in %1: test accuracy %2.", n) \
            .replace("%1", took).replace("%2", f"{acc:.4f}")
    elif final is not None:
        text = tr_n("Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the run, at "
                    "iteration %3, gave %4).", n) \
            .replace("%1", took).replace("%2", f"{final:.4f}").replace("%3", f"{last.iteration:,}") \
            .replace("%4", f"{last.test_acc:.4f}")
    else:
        text = tr_n("Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).", n) \
            .replace("%1", took).replace("%2", f"{last.test_acc:.4f}").replace("%3", f"{last.iteration:,}")
    ref = presets.PRESET_BY_KEY[run.preset].reference if run.preset in presets.PRESET_BY_KEY else None
    if ref is not None and reference_mismatch(run) == []:
        text += " " + _tr("The book reports about %1.").replace("%1", f"{ref:.3f}")
    return text
