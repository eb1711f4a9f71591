"""Helpers shared by the subcommands: the user-error exception and argparse types with clear messages."""
from __future__ import annotations

import argparse
import math
import os
from pathlib import Path


class CliError(Exception):
    """A user mistake: printed as one line, exit status 2."""


def _fail(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


def finite_float(text: str) -> float:
    """argparse type: a finite float (rejects nan and inf with a clear message)."""
    try:
        value = float(text)
    except ValueError:
        raise _fail(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise _fail(f"must be a finite number, got {text!r}")
    return value


def positive_float(text: str) -> float:
    """argparse type: a finite float > 0."""
    value = finite_float(text)
    if value <= 0:
        raise _fail(f"must be positive, got {text!r}")
    return value


def non_negative_float(text: str) -> float:
    """argparse type: a finite float >= 0."""
    value = finite_float(text)
    if value < 0:
        raise _fail(f"must be zero or more, got {text!r}")
    return value


def unit_ratio(text: str) -> float:
    """argparse type: a float in [0, 1) (e.g. a dropout ratio)."""
    value = finite_float(text)
    if not 0 <= value < 1:
        raise _fail(f"must lie in [0, 1), got {text!r}")
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _fail(f"not a whole number: {text!r}") from None


def positive_int(text: str) -> int:
    """argparse type: a whole number > 0."""
    value = _whole(text)
    if value <= 0:
        raise _fail(f"must be a positive whole number, got {text!r}")
    return value


def non_negative_int(text: str) -> int:
    """argparse type: a whole number >= 0."""
    value = _whole(text)
    if value < 0:
        raise _fail(f"must be zero or more, got {text!r}")
    return value


def existing_dir(text: str) -> str:
    """argparse type: a folder that exists (a mistyped --data-dir must not fall back to other places silently)."""
    if not Path(text).expanduser().is_dir():
        raise _fail(f"no such folder: {text!r}")
    return text


def check_output_file(path: str, option: str) -> None:
    """CliError unless ``path`` can be written: its folder exists and is writable and it is not a folder itself.
    Checked before long work starts, so a typo does not cost a whole training run."""
    p = Path(path).expanduser()
    folder = p.parent  # "." for a bare file name
    if p.is_dir():
        raise CliError(f"{option} {path}: that is a folder; give a file name such as {p / 'model.npz'}")
    if not folder.is_dir():
        raise CliError(f"{option} {path}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise CliError(f"{option} {path}: the folder {str(folder)!r} is not writable")
