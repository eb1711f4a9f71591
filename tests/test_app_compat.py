"""The PySide6 reference-leak guard (app/_compat.py) and the pinned PySide6 it protects against."""
from __future__ import annotations

import sys

import pytest

from dlfs_studio.app import _compat


def test_installed_pyside_does_not_leak_none():
    # pyproject keeps PySide6 below 6.12, whose void calls drop a reference to None on Python 3.11
    # until the interpreter aborts; if a leaking build is installed anyway the guard must engage.
    if _compat.none_leaks_per_call() and sys.version_info < (3, 12):
        assert _compat.protect_none() is True
    else:
        assert _compat.none_leaks_per_call() == 0


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+")
def test_many_void_calls_keep_none_alive():
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        probe.setObjectName("probe")
    dropped = before - sys.getrefcount(None)
    assert dropped < 100 or _compat._applied   # a leaking build drops 5000 here and is guarded
