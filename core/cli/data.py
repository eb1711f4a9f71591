"""``dlfs data``: where MNIST and Fashion-MNIST are found, download them, verify them."""
from __future__ import annotations

import argparse
import sys
import time

from ..data import DATASET_NAMES, DatasetError, dataset_files, download_target, find_dataset, search_locations
from ..download import DEFAULT_DEADLINE, MD5, DownloadProgress, download_dataset, payload_md5
from ..mnist_format import PAYLOAD_SIZES
from .common import CliError, path_problem, positive_float, quoted


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "data", help="find, download (--fetch) or verify (--verify) MNIST and Fashion-MNIST",
        description="Without options: show where each dataset is found (or that it is missing) and "
                    "the folders searched, in order. --fetch downloads a missing dataset into the "
                    "user cache folder (or --data-dir); --verify checks the MD5 of the found files.")
    p.add_argument("--fetch", choices=(*DATASET_NAMES, "all"), metavar="NAME",
                   help=f"download a missing dataset: {', '.join(DATASET_NAMES)} or all")
    p.add_argument("--data-dir", metavar="DIR", type=_folder_name,
                   help="an explicit folder: searched first, and where --fetch puts the files "
                        "(in DIR/<name> unless DIR is already called <name>)")
    p.add_argument("--verify", action="store_true",
                   help="check the MD5 of the decompressed content of every found file")
    p.add_argument("--mirror", action="append", metavar="URL",
                   help="download from this base URL instead of the public mirrors (repeatable)")
    p.add_argument("--timeout", type=positive_float, default=30.0, metavar="SECONDS",
                   help="network timeout for connecting and for each read (default 30)")
    p.add_argument("--deadline", type=positive_float, default=DEFAULT_DEADLINE, metavar="SECONDS",
                   help=f"give up on the whole download after this long (default {DEFAULT_DEADLINE:g})")
    p.set_defaults(func=run)


def _folder_name(text: str) -> str:
    """--data-dir may name a folder that does not exist yet (--fetch creates it), but must be a usable name."""
    problem = path_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(f"not a folder: {quoted(text)} is {problem}")
    return text


def _size(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


class _ProgressLine:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.last = 0.0
        self.width = 0

    def __call__(self, p: DownloadProgress) -> None:
        now = time.monotonic()
        finished = p.bytes_total is not None and p.bytes_done >= p.bytes_total
        if now - self.last < 0.1 and not finished:
            return
        self.last = now
        size = f"{_size(p.bytes_done)} / {_size(p.bytes_total)}" if p.bytes_total else _size(p.bytes_done)
        text = f"{self.name} {p.file}: {size}  {_size(p.bytes_per_sec)}/s  from {p.mirror}"
        print("\r" + text.ljust(self.width), end="", file=sys.stderr, flush=True)
        self.width = len(text)

    def end(self) -> None:
        if self.width:
            print(file=sys.stderr, flush=True)
            self.width = 0


def _one_line(exc: Exception) -> str:
    """A multi-line message on one line: indented lines become a comma-separated list."""
    parts: list[str] = []
    for line in str(exc).splitlines():
        if not line.strip():
            continue
        if line.startswith("  ") and parts:
            parts[-1] += (" " if parts[-1].endswith(":") else ", ") + line.strip()
        else:
            parts.append(line.strip())
    return "; ".join(parts)


def _fetch(name: str, args: argparse.Namespace) -> None:
    if args.data_dir is not None:
        target = download_target(name, args.data_dir)
        if dataset_files(target) is not None:
            print(f"{name}: already present in {target}")
            return
    else:
        found = find_dataset(name)
        if found is not None:
            print(f"{name}: already present in {found}")
            return
        target = download_target(name)
    line = _ProgressLine(name)
    try:
        folder = download_dataset(name, target, mirrors=args.mirror, progress=line, timeout=args.timeout,
                                  deadline=args.deadline)
    except (DatasetError, ValueError) as exc:
        line.end()
        raise CliError(_one_line(exc)) from None
    line.end()
    print(f"{name}: downloaded into {folder}")


def _verify(name: str, folder) -> bool:
    files = dataset_files(folder)
    ok = True
    for stem, path in (files or {}).items():
        try:
            digest = payload_md5(path, limit=PAYLOAD_SIZES[stem])
        except DatasetError as exc:
            print(f"  {path}: DAMAGED ({_one_line(exc).split(': ', 1)[-1]})")
            ok = False
            continue
        if digest == MD5[name][stem]:
            print(f"  {path}: OK")
        else:
            print(f"  {path}: MD5 MISMATCH ({digest}, expected {MD5[name][stem]})")
            ok = False
    return ok


def run(args: argparse.Namespace) -> int:
    if args.fetch:
        for name in DATASET_NAMES if args.fetch == "all" else (args.fetch,):
            _fetch(name, args)
        if not args.verify:
            return 0
    all_ok = True
    for name in DATASET_NAMES:
        found = find_dataset(name, args.data_dir)
        print(f"{name}: {found if found is not None else 'missing'}")
        if args.verify:
            if found is not None:
                all_ok = _verify(name, found) and all_ok
            continue
        print("  searched, in order:")
        for folder in search_locations(name, args.data_dir):
            print(f"  {'*' if folder == found else ' '} {folder}")
        if found is None:
            print(f"  get it with: dlfs data --fetch {name}"
                  + (f" --data-dir {args.data_dir}" if args.data_dir else ""))
    if not all_ok:
        print("some files do not match: delete them and run dlfs data --fetch again", file=sys.stderr)
        return 1
    return 0
