"""Small helpers shared by the benchmark scripts (no timing logic of its own).

The scripts run as ``python benchmarks/bench_x.py``; each puts the repository root and this
folder on ``sys.path`` before importing this module and :mod:`book_reference`.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from types import ModuleType


def optional_torch() -> ModuleType | None:
    """The ``torch`` module, or None when it cannot be imported (the PyTorch rows are then skipped)."""
    try:
        import torch
    except ImportError:
        return None
    return torch


def load_average() -> tuple[float, float, float] | None:
    """The 1, 5 and 15 minute load averages (the machine is shared), or None where the OS has none."""
    return os.getloadavg() if hasattr(os, "getloadavg") else None


def markdown_table(columns: Sequence[str], rows: Iterable[Sequence[str]], text_columns: int = 1) -> list[str]:
    """The lines of a Markdown table: the first ``text_columns`` columns left-aligned, the
    (numeric) rest right-aligned; every cell already formatted as a string."""
    align = ["---"] * text_columns + ["---:"] * (len(columns) - text_columns)
    return ["| " + " | ".join(columns) + " |", "|" + "|".join(align) + "|"] + \
        ["| " + " | ".join(row) + " |" for row in rows]
