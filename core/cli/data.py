"""``dlfs data``: placeholder until its engine module lands (replaced in this same change)."""
from __future__ import annotations

import argparse

from .common import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("data", help="(not available yet)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise CliError("not available yet")
