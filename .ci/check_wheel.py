"""Check a built wheel: one top-level import name, every source module inside it, only run-time resources.

    python .ci/check_wheel.py dist/dlfs_studio-*.whl
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
RESOURCE_SUFFIXES = {".qm", ".svg", ".png", ".json"}


def main(wheel: str) -> int:
    names = [PurePosixPath(n) for n in zipfile.ZipFile(wheel).namelist()]
    problems: list[str] = []
    top = sorted({n.parts[0] for n in names if not n.parts[0].endswith((".dist-info", ".data"))})
    if top != ["dlfs_studio"]:
        problems.append(f"top-level names {top}, expected ['dlfs_studio']")
    for n in names:
        if n.parts[:2] == ("dlfs_studio", "resources") and n.suffix not in RESOURCE_SUFFIXES:
            problems.append(f"not a run-time resource: {n}")
        if n.parts[0] == "dlfs_studio" and n.parts[1] not in ("core", "app", "resources"):
            problems.append(f"unexpected file: {n}")
    shipped = {n for n in names if n.suffix == ".py"}
    for folder in ("core", "app"):
        for source in (ROOT / folder).rglob("*.py"):
            rel = PurePosixPath("dlfs_studio", folder, *source.relative_to(ROOT / folder).parts)
            if rel not in shipped:
                problems.append(f"missing from the wheel: {rel}")
    for required in ("dlfs_studio/core/py.typed", "dlfs_studio/app/py.typed",
                     "dlfs_studio/resources/presets/loss_presets.json", "dlfs_studio/resources/icons/dlfs-studio.svg"):
        if PurePosixPath(required) not in names:
            problems.append(f"missing from the wheel: {required}")
    qm = [n for n in names if n.suffix == ".qm"]
    if len(qm) < 3:
        problems.append(f"only {len(qm)} .qm translations in the wheel")
    entry_points = [n for n in names if n.name == "entry_points.txt"]
    if not entry_points:
        problems.append("no entry_points.txt")
    else:
        text = zipfile.ZipFile(wheel).read(str(entry_points[0])).decode()
        for line in ("dlfs = dlfs_studio.core.cli:main", "dlfs-studio = dlfs_studio.app.main:main"):
            if line not in text:
                problems.append(f"entry point missing: {line}")
    for p in problems:
        print(f"check_wheel: {p}", file=sys.stderr)
    print(f"check_wheel: {Path(wheel).name}: {len(names)} files, top-level {top}, "
          f"{len(qm)} translations: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_wheel.py WHEEL")
    sys.exit(main(sys.argv[1]))
