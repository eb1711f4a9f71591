"""Shared test configuration.

GUI tests run offscreen. Tests that need the real datasets use the ``data_dir``
fixture, which reads the folder from the DLFS_DATA environment variable and skips
when it is not set (CI sets it to ../shared/data). Tests never download.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder holding ``mnist/`` and ``fashion-mnist/`` (from DLFS_DATA), or skip."""
    value = os.environ.get("DLFS_DATA", "")
    if not value:
        if os.environ.get("CI"):
            pytest.fail("CI is set but DLFS_DATA is not: the real-dataset tests must run in CI")
        pytest.skip("DLFS_DATA is not set: the real-dataset tests need it")
    path = Path(value)
    if not (path / "mnist").is_dir():
        pytest.fail(f"DLFS_DATA={value} has no mnist/ folder")
    return path
