"""Per-user folders for dlfs-studio, by the conventions of each operating system (no third-party package).

=========  ==========================================  =========================================
folder     Linux and other Unix (XDG)                   macOS / Windows
=========  ==========================================  =========================================
cache      ``$XDG_CACHE_HOME/dlfs-studio``              ``~/Library/Caches/dlfs-studio`` /
           (``~/.cache/dlfs-studio``)                   ``%LOCALAPPDATA%\\dlfs-studio\\Cache``
logs       ``$XDG_STATE_HOME/dlfs-studio/log``          ``~/Library/Logs/dlfs-studio`` /
           (``~/.local/state/dlfs-studio/log``)         ``%LOCALAPPDATA%\\dlfs-studio\\Logs``
data       ``$XDG_DATA_HOME`` (``~/.local/share``)      ``~/Library/Application Support`` /
                                                        ``%APPDATA%``
=========  ==========================================  =========================================

These are the locations platformdirs and Qt's QStandardPaths use. Nothing here creates a folder.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP = "dlfs-studio"


def _platform(platform: str | None) -> str:
    p = platform or sys.platform
    return "windows" if p.startswith("win") else "macos" if p == "darwin" else "unix"


def _env_dir(env: Mapping[str, str], key: str, default: Path) -> Path:
    value = env.get(key, "")
    # XDG: a relative path is invalid and must be ignored
    return Path(value) if value and os.path.isabs(value) else default


def _windows_local(env: Mapping[str, str], home: Path) -> Path:
    return _env_dir(env, "LOCALAPPDATA", home / "AppData" / "Local")


def user_cache_dir(name: str | None = None, *, platform: str | None = None,
                   environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """The folder for downloads and other re-creatable files (``<name>`` subfolder if given)."""
    env = os.environ if environ is None else environ
    home = home or Path.home()
    kind = _platform(platform)
    if kind == "windows":
        root = _windows_local(env, home) / APP / "Cache"
    elif kind == "macos":
        root = home / "Library" / "Caches" / APP
    else:
        root = _env_dir(env, "XDG_CACHE_HOME", home / ".cache") / APP
    return root / name if name else root


def user_log_dir(*, platform: str | None = None, environ: Mapping[str, str] | None = None,
                 home: Path | None = None) -> Path:
    """The folder for the app's log files."""
    env = os.environ if environ is None else environ
    home = home or Path.home()
    kind = _platform(platform)
    if kind == "windows":
        return _windows_local(env, home) / APP / "Logs"
    if kind == "macos":
        return home / "Library" / "Logs" / APP
    return _env_dir(env, "XDG_STATE_HOME", home / ".local" / "state") / APP / "log"


def user_data_root(*, platform: str | None = None, environ: Mapping[str, str] | None = None,
                   home: Path | None = None) -> Path:
    """The user's data root (``~/.local/share`` on Linux), under which desktop entries and icons live."""
    env = os.environ if environ is None else environ
    home = home or Path.home()
    kind = _platform(platform)
    if kind == "windows":
        return _env_dir(env, "APPDATA", home / "AppData" / "Roaming")
    if kind == "macos":
        return home / "Library" / "Application Support"
    return _env_dir(env, "XDG_DATA_HOME", home / ".local" / "share")
