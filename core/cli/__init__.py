"""The headless command line ``dlfs`` (also ``python -m dlfs_studio.core``).

Each subcommand lives in its own module with ``register(subparsers)`` and ``run(args) -> int``.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .. import __version__
from .common import CliError, clip, clip_lines

SUBCOMMANDS = ("train", "replay", "data", "loss", "descend", "backprop", "experiment", "race")


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error that never echoes a huge argument back whole."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {clip(' '.join(message.split()))} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="dlfs",
        description="dlfs-studio's headless engine: the book 'Deep Learning from Scratch', chapters 3-7.")
    parser.add_argument("--version", action="version", version=f"dlfs {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:  # Ctrl+C while NumPy is still being imported
        print("dlfs: interrupted", file=sys.stderr)
        return 130
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"dlfs {args.command}: error: {clip_lines(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dlfs: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print(f"dlfs {args.command}: error: not enough memory for this; ask for something smaller",
              file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (``dlfs descend | head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:  # the file system said no (a name too long, a full disk, ...): say what, no traceback
        where = f": {clip(str(exc.filename), 120)}" if exc.filename else ""
        print(f"dlfs {args.command}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
