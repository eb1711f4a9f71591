"""Test-set evaluation of a network: accuracy, confusion matrix, predictions and their confidences."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray


def _labels(t: NDArray) -> NDArray[np.int64]:
    t = np.asarray(t)
    if t.ndim == 2:
        t = t.argmax(axis=1)
    return t.astype(np.int64, copy=False)


@dataclass(frozen=True)
class Evaluation:
    """Test-set evaluation: accuracy, confusion matrix (K, K) with rows = true label and
    columns = predicted label, predictions (N,), their softmax confidences (N,), the labels (N,)."""

    accuracy: float
    confusion: NDArray[np.int64]
    predictions: NDArray[np.int64]
    confidences: NDArray[np.float64]
    labels: NDArray[np.int64]

    @classmethod
    def from_predictions(cls, predictions: NDArray, confidences: NDArray, labels: NDArray,
                         num_classes: int) -> Evaluation:
        """Tabulate predicted labels (N,) and their confidences (N,) against the true labels (N,)."""
        pred = np.asarray(predictions, dtype=np.int64)
        labels = np.asarray(labels, dtype=np.int64)
        if pred.shape != labels.shape or np.shape(confidences) != labels.shape:
            raise ValueError(f"got {pred.shape[0] if pred.ndim else 0} predictions for {labels.shape[0]} labels")
        k = int(num_classes)
        confusion = np.bincount(labels * k + pred, minlength=k * k).reshape(k, k)
        return cls(float(np.mean(pred == labels)), confusion, pred, np.asarray(confidences, dtype=np.float64),
                   labels)

    def misclassified(self, limit: int | None = None, most_confident_first: bool = True) -> list[dict[str, Any]]:
        """The wrong predictions as dicts (index, true, predicted, confidence), most confident first."""
        wrong = np.flatnonzero(self.predictions != self.labels)
        order = np.argsort(-self.confidences[wrong] if most_confident_first else self.confidences[wrong],
                           kind="stable")
        wrong = wrong[order][:limit]
        return [{"index": int(i), "true": int(self.labels[i]), "predicted": int(self.predictions[i]),
                 "confidence": float(self.confidences[i])} for i in wrong]


def evaluate(net, x: NDArray, t: NDArray, batch_size: int = 1000) -> Evaluation:
    """Predict every sample of ``x`` (inference mode, in batches) and tabulate the results."""
    labels = _labels(t)
    x = np.asarray(x)
    if labels.shape != (x.shape[0],):
        raise ValueError(f"got {x.shape[0]} samples but {labels.shape[0] if labels.ndim else 0} labels")
    if x.shape[0] == 0:
        raise ValueError("cannot evaluate on an empty set")
    pred, conf = net.predict_labels(x, batch_size)
    return Evaluation.from_predictions(pred, conf, labels, net.output_size)
