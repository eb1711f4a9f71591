"""The loss panel's model: presets, the state of one output y, and every value computed from it by core.

No Qt here: the functions take arrays and return plain dicts (the "results" the views draw), so they are
tested without a window. Every loss, contribution, curve point and gradient comes from
:mod:`dlfs_studio.core.functions`; this module only arranges the calls.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from dlfs_studio.app.paths import LOSS_PRESETS_PATH as PRESETS_PATH
from dlfs_studio.core import functions as F
from dlfs_studio.core.nets import SimpleNet

NUM_CLASSES = 10
DEFAULT_LOGITS = [0.3, -0.4, 2.1, -1.2, -0.4, 0.3, -1.2, 0.3, -1.2, -1.2]
#: Points of the loss-against-y_t curves (0 to 1).
P_GRID = np.linspace(0.0, 1.0, 401)
#: y_k above this squares to more than the largest float: the squared error overflows to inf.
SQUARE_OVERFLOW = math.sqrt(np.finfo(np.float64).max)
#: The logit given to a class with y_k = 0 when switching to logits (log 0 = −inf cannot be typed):
#: the log of the smallest positive float, so softmax gives that class (almost) 0 again.
LOG_ZERO = math.log(np.nextafter(0.0, 1.0))
#: Significant digits of the computed cells of the batch table (the cell keeps the full value).
BATCH_RESULT_DIGITS = 6


def load_presets(path: Path = PRESETS_PATH) -> list[dict[str, Any]]:
    """The presets table: a list of dicts with id, name, source, y, y2 (or None), label, printed, note.

    A preset of kind "simplenet" gives W (2x3) and x (2,) instead of y: its y is softmax(x·W) padded with zeros
    to ten classes (see :func:`simplenet_values`).
    """
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    presets = data["presets"]
    for p in presets:
        if p.get("kind") == "simplenet":
            W = np.asarray(p["W"], dtype=np.float64)
            if W.shape != (2, 3) or len(p["x"]) != 2 or not 0 <= int(p["label"]) < 3:
                raise ValueError(f"preset {p['id']!r}: simpleNet needs a 2x3 W, two x values and a label 0-2")
            p["y"] = [float(v) for v in simplenet_values(p)["y10"]]
            p.setdefault("y2", None)
        if len(p["y"]) != NUM_CLASSES or (p.get("y2") is not None and len(p["y2"]) != NUM_CLASSES):
            raise ValueError(f"preset {p['id']!r} must have {NUM_CLASSES} values in y and y2")
    return presets


def simplenet_values(preset: dict[str, Any]) -> dict[str, Any]:
    """The simpleNet of section 4.4.2 for a preset's W (2, 3), x (2,) and label: p = x·W (3,), y = softmax(p),
    the loss, dW (2, 3) by the book's numerical_gradient and analytically, and y padded to ten classes."""
    net = SimpleNet(preset["W"])
    x = np.asarray(preset["x"], dtype=np.float64)
    label = int(preset["label"])
    p = net.predict(x)
    y = F.softmax(p)
    y10 = np.zeros(NUM_CLASSES)
    y10[:3] = y
    return {"W": net.W.copy(), "x": x, "label": label, "p": p, "y": y, "y10": y10, "loss": net.loss(x, label),
            "dW": net.numerical_gradient(x, label), "dW_analytic": net.gradient(x, label)}


def renormalise(y: np.ndarray, index: int, value: float) -> np.ndarray:
    """Set ``y[index] = value`` (clamped to [0, 1]) and scale the other entries so the result sums to 1.

    If the other entries are all zero, the remaining mass 1 - value is shared equally among them.
    Returns a new (10,) array; ``y`` is not modified.
    """
    value = float(min(max(value, 0.0), 1.0))
    out = np.array(y, dtype=np.float64)
    others = np.arange(out.size) != index
    with np.errstate(over="ignore", invalid="ignore"):
        rest = float(np.sum(out[others]))
        if rest > 0 and math.isfinite(rest):
            out[others] = out[others] * ((1.0 - value) / rest)
        else:
            out[others] = (1.0 - value) / (out.size - 1)
    out[index] = value
    return out


def logits_from_y(y: np.ndarray) -> np.ndarray:
    """Logits a with softmax(a) = y / sum(y): a = log y, a class with y_k = 0 getting :data:`LOG_ZERO`. Shape (10,)."""
    with np.errstate(divide="ignore"):
        a = np.log(np.asarray(y, dtype=np.float64))
    return np.where(np.isfinite(a), a, LOG_ZERO)


def softmax_or_none(logits: np.ndarray, temperature: float) -> np.ndarray | None:
    """softmax(a / T) by core, or None when a / T overflows (a value beyond the largest float)."""
    with np.errstate(over="ignore"):
        scaled = np.asarray(logits, dtype=np.float64) / float(temperature)
    if not np.all(np.isfinite(scaled)):
        return None
    y = F.softmax(logits, temperature=float(temperature))
    return y if np.all(np.isfinite(y)) else None


def compute(y: np.ndarray, label: int, y2: np.ndarray | None = None,
            logits: np.ndarray | None = None, temperature: float = 1.0) -> dict[str, Any]:
    """Every value the panel shows for output y (10,) and label t, all from core.

    ``y2`` (10,) adds the second output's losses and curve; ``logits`` (when y came from softmax(a / T)) gives
    the softmax + cross-entropy gradient with respect to a / T, else a = log y is used (None when y is all 0).
    Keys: y, t, label, sse, ce, ce_nodelta, sse_contrib, ce_contrib, grad_sse, grad_ce, grad_softmax_ce,
    grad_basis ("logits", "scaled_logits", "log_y", "log_y_unnormalised", "none"), curve_ce, curve_sse,
    sse_overflow; with y2: y2, sse2, ce2, curve_sse2.
    """
    y = np.asarray(y, dtype=np.float64)
    k = int(label)
    t = F.one_hot(k, NUM_CLASSES, dtype=np.int64)
    r: dict[str, Any] = {"y": y.copy(), "t": t.copy(), "label": k}
    with np.errstate(over="ignore", invalid="ignore"):
        r["sse"] = F.sum_squared_error(y, t)
        r["ce"] = F.cross_entropy_error(y, t)
        # label-index form: the one-hot form would multiply 0 * log(0) = nan for every other zero class
        r["ce_nodelta"] = F.cross_entropy_error(y, k, delta=0)
        r["sse_contrib"] = F.sum_squared_error_per_row(y.reshape(-1, 1), t.reshape(-1, 1))
        r["ce_contrib"] = F.cross_entropy_per_row(y.reshape(-1, 1), t.reshape(-1, 1)) + 0.0
        r["grad_sse"] = F.sum_squared_error_grad(y, t)
        r["grad_ce"] = F.cross_entropy_error_grad(y, t)
        if logits is not None:
            r["grad_basis"] = "logits" if temperature == 1.0 else "scaled_logits"
            r["grad_softmax_ce"] = F.softmax_cross_entropy_grad(np.asarray(logits) / temperature, t)
        else:
            total = float(np.sum(y))
            if not total > 0 or not math.isfinite(total):
                r["grad_basis"], r["grad_softmax_ce"] = "none", None
            else:
                r["grad_basis"] = "log_y" if abs(total - 1.0) <= 1e-9 else "log_y_unnormalised"
                with np.errstate(divide="ignore"):
                    r["grad_softmax_ce"] = F.softmax_cross_entropy_grad(np.log(y), t)
        # loss against y_t, the other classes held fixed: a batch of outputs, one per grid point
        grid = np.repeat(y.reshape(1, -1), P_GRID.size, axis=0)
        grid[:, k] = P_GRID
        r["curve_ce"] = F.cross_entropy_per_row(grid, np.full(P_GRID.size, k))
        r["curve_sse"] = F.sum_squared_error_per_row(grid, np.full(P_GRID.size, k))
        if y2 is not None:
            y2 = np.asarray(y2, dtype=np.float64)
            r["y2"] = y2.copy()
            r["sse2"] = F.sum_squared_error(y2, t)
            r["ce2"] = F.cross_entropy_error(y2, t)
            grid2 = np.repeat(y2.reshape(1, -1), P_GRID.size, axis=0)
            grid2[:, k] = P_GRID
            r["curve_sse2"] = F.sum_squared_error_per_row(grid2, np.full(P_GRID.size, k))
    r["sse_overflow"] = bool(np.max(np.abs(y)) > SQUARE_OVERFLOW or
                             (y2 is not None and np.max(np.abs(y2)) > SQUARE_OVERFLOW))
    return r


def compute_batch(Y: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    """The batch values of Y (N, 10) and labels (N,), all from core: ce_labels, ce_onehot (batch means),
    per_row, per_row_onehot (N,), sse (half sum over the batch), sse_rows (N,)."""
    T = F.one_hot(labels, NUM_CLASSES, dtype=np.int64)
    b: dict[str, Any] = {"Y": Y, "labels": labels}
    with np.errstate(over="ignore", invalid="ignore"):
        b["ce_labels"] = F.cross_entropy_error(Y, labels)
        b["ce_onehot"] = F.cross_entropy_error(Y, T)
        b["per_row"] = F.cross_entropy_per_row(Y, labels)
        b["per_row_onehot"] = F.cross_entropy_per_row(Y, T)
        b["sse"] = F.sum_squared_error(Y, T)
        b["sse_rows"] = F.sum_squared_error_per_row(Y, labels)
    return b


# ----------------------------------------------------------------------------- short number texts
def short(value: float) -> str:
    """A bar label: two decimals without trailing zeros (0.6, 0.05, 0.01); huge values in e-notation."""
    if not math.isfinite(value) or abs(value) >= 1e6:
        return f"{value:.3g}"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def contribution_text(value: float) -> str:
    """A per-class contribution label, two significant digits (0.005, 0.0013, 0.51); 6.3e-4 below 0.001."""
    if value == 0:
        return "0"
    if math.isfinite(value) and abs(value) < 1e-3:
        mantissa, exponent = f"{value:.1e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    return f"{value:.2g}"


def short_y(text: str) -> str:
    """A y cell of the batch table as shown: two decimals like the bar labels ("0.09" for 0.0914…), tiny
    non-zero values with one significant digit ("0.001"); text that is not a number is shown unchanged."""
    try:
        value = float(text)
    except ValueError:
        return text
    if value != 0 and abs(value) < 0.005:
        return f"{value:.1g}"
    return short(value) if math.isfinite(value) else text


def short_result(text: str) -> str:
    """A computed cell of the batch table as shown: six significant digits, "…" when digits were dropped."""
    try:
        value = float(text)
    except ValueError:
        return text
    shown = f"{value:.{BATCH_RESULT_DIGITS}g}"
    return shown if not math.isfinite(value) or float(shown) == value else shown + "…"


def shows_rounded(text: str, shown: str) -> bool:
    """True if ``shown`` (a short form of the number ``text``) is not the same number."""
    try:
        return float(shown.rstrip("…")) != float(text)
    except ValueError:
        return False
