"""dlfs-studio's headless engine (NumPy only): the book's functions, layers, networks, training and experiments."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version

try:
    __version__ = _distribution_version("dlfs-studio")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"
