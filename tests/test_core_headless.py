"""``core`` is the headless engine: importing all of it loads no Qt, no pyqtgraph and nothing from app/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, pkgutil, sys
import dlfs_studio.core as core
for m in pkgutil.walk_packages(core.__path__, "dlfs_studio.core."):
    if not m.name.endswith("__main__"):
        importlib.import_module(m.name)
from dlfs_studio.core.cli import main
assert main(["loss", "--y", "0.1", "0.05", "0.6", "0", "0.05", "0.1", "0", "0.1", "0", "0", "--t", "2"]) == 0
print(sorted({".".join(k.split(".")[:2]) if k.startswith("dlfs_studio.") else k.split(".")[0] for k in sys.modules}
             & {"PySide6", "pyqtgraph", "dlfs_studio.app", "shiboken6", "torch"}))
"""


def test_core_imports_without_qt_or_app():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "0.09750000000000003" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"
