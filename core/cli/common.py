"""Helpers shared by the subcommands: the user-error exception and argparse types with clear messages."""
from __future__ import annotations

import argparse
import math
import os
from pathlib import Path


class CliError(Exception):
    """A user mistake: printed as one line, exit status 2."""


#: Messages never echo more than this many characters of one line (an argument may be 100 kB).
MAX_LINE = 300


def clip(text: str, limit: int = MAX_LINE) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit - 40]}... ({len(text):,} characters)"


def clip_lines(message: str, limit: int = 1000) -> str:
    """Every line of ``message`` clipped to ``limit`` characters."""
    return "\n".join(clip(line, limit) for line in str(message).splitlines() or [""])


def quoted(text: str, limit: int = 60) -> str:
    """``repr(text)``, clipped: for echoing a user's argument in a message."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}... ({len(text):,} characters)"


def _fail(message: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(message)


def finite_float(text: str) -> float:
    """argparse type: a finite float (rejects nan and inf with a clear message)."""
    try:
        value = float(text)
    except ValueError:
        raise _fail(f"not a number: {quoted(text)}") from None
    if not math.isfinite(value):
        raise _fail(f"must be a finite number, got {quoted(text)}")
    return value


def positive_float(text: str) -> float:
    """argparse type: a finite float > 0."""
    value = finite_float(text)
    if value <= 0:
        raise _fail(f"must be positive, got {quoted(text)}")
    return value


def non_negative_float(text: str) -> float:
    """argparse type: a finite float >= 0."""
    value = finite_float(text)
    if value < 0:
        raise _fail(f"must be zero or more, got {quoted(text)}")
    return value


def unit_ratio(text: str) -> float:
    """argparse type: a float in [0, 1) (e.g. a dropout ratio)."""
    value = finite_float(text)
    if not 0 <= value < 1:
        raise _fail(f"must lie in [0, 1), got {quoted(text)}")
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _fail(f"not a whole number: {quoted(text)}") from None


def positive_int(text: str) -> int:
    """argparse type: a whole number > 0."""
    value = _whole(text)
    if value <= 0:
        raise _fail(f"must be a positive whole number, got {quoted(text)}")
    return value


def non_negative_int(text: str) -> int:
    """argparse type: a whole number >= 0."""
    value = _whole(text)
    if value < 0:
        raise _fail(f"must be zero or more, got {quoted(text)}")
    return value


def bounded_int(upper: int, what: str):
    """argparse type: a whole number in 1..``upper`` (``what`` names the unit in the message)."""
    def convert(text: str) -> int:
        value = positive_int(text)
        if value > upper:
            raise _fail(f"at most {upper:,} {what}, got {value:,}")
        return value
    convert.__name__ = "bounded_int"
    return convert


def path_problem(text: str) -> str | None:
    """Why ``text`` cannot be a file or folder name on this system, or None."""
    if not text:
        return "an empty name"
    if "\0" in text:
        return "a name with a NUL character"
    try:
        limit = os.pathconf(".", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = 255
    longest = max((len(part.encode("utf-8", "surrogateescape")) for part in Path(text).parts), default=0)
    if longest > limit:
        return f"a name longer than the {limit} bytes a file or folder name may have"
    return None


def existing_dir(text: str) -> str:
    """argparse type: a folder that exists (a mistyped --data-dir must not fall back to other places silently)."""
    problem = path_problem(text)
    if problem:
        raise _fail(f"not a folder: {quoted(text)} is {problem}")
    try:
        ok = Path(text).expanduser().is_dir()
    except (OSError, ValueError, RuntimeError):
        ok = False
    if not ok:
        raise _fail(f"no such folder: {quoted(text)}")
    return text


def check_output_file(path: str, option: str) -> None:
    """CliError unless ``path`` can be written: its folder exists and is writable and it is not a folder itself.
    Checked before long work starts, so a typo does not cost a whole training run."""
    problem = path_problem(path)
    if problem:
        raise CliError(f"{option} {quoted(path)}: {problem}; give a file name such as model.npz")
    try:
        p = Path(path).expanduser()
        folder = p.parent  # "." for a bare file name
        if p.is_dir():
            raise CliError(f"{option} {clip(path)}: that is a folder; give a file name such as "
                           f"{clip(str(p / 'model.npz'))}")
        if not folder.is_dir():
            raise CliError(f"{option} {clip(path)}: the folder {quoted(str(folder))} does not exist")
        if not os.access(folder, os.W_OK):
            raise CliError(f"{option} {clip(path)}: the folder {quoted(str(folder))} is not writable")
    except (OSError, RuntimeError) as exc:
        raise CliError(f"{option} {quoted(path)}: cannot be used ({exc.strerror if isinstance(exc, OSError) else exc})"
                       ) from None
