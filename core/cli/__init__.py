"""The headless command line ``dlfs`` (also ``python -m dlfs_studio.core``).

Each subcommand lives in its own module with ``register(subparsers)`` and ``run(args) -> int``.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .common import CliError

SUBCOMMANDS = ("train", "replay", "data", "loss", "descend", "experiment")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dlfs",
        description="dlfs-studio's headless engine: the book 'Deep Learning from Scratch', chapters 3-7.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    args.argv = argv  # the words as given (``dlfs train --fork`` tells the options written from defaults)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"dlfs {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dlfs: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (``dlfs descend | head``): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
