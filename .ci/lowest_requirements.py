"""Print the lowest versions pyproject.toml allows, one pin per line, for the lowest-versions CI run.

Every dependency (and the test extra) must carry a lower bound ``>=X``; it becomes ``name==X``. Markers are kept,
so a bound that only applies to some Pythons applies there only.
"""
from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
requirements = [*project["dependencies"], *project["optional-dependencies"]["test"]]
pins = []
for req in requirements:
    spec, _, marker = req.partition(";")
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", spec)
    if not m:
        sys.exit(f"cannot read the requirement {req!r}")
    name, bounds = m.group(1), m.group(2)
    low = re.search(r">=\s*([0-9][^,\s]*)", bounds)
    if not low:
        sys.exit(f"{name}: no lower bound (>=) in pyproject.toml")
    pins.append(f"{name}=={low.group(1)}" + (f" ;{marker}" if marker else ""))
print("\n".join(dict.fromkeys(pins)))
