"""Saving and loading trained networks as ``.npz`` files (never pickle).

A model file is a NumPy ``.npz`` archive holding

* one array per parameter and per saved buffer, under the network's own keys
  ("W1", "b1", ..., "BatchNorm1.running_mean");
* ``__dlfs__``: a uint8 array with UTF-8 JSON ``{"format": "dlfs-network", "version": 1,
  "config": net.config(), "extra": {...}}``.

Loading rebuilds the network with :func:`core.network.build_network` and copies the arrays in,
with ``np.load(..., allow_pickle=False)``. Every problem with a file raises
:class:`ModelFileError` (a ValueError) with a sentence naming it.
"""
from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .network import Network, build_network

FORMAT = "dlfs-network"
VERSION = 1
META_KEY = "__dlfs__"


class ModelFileError(ValueError):
    """A model file that cannot be read: missing, not an .npz, malformed or not matching its network."""


@dataclass(frozen=True)
class LoadedModel:
    """A network read from a file and the ``extra`` dict saved with it (e.g. training figures)."""

    net: Network
    extra: dict[str, Any]


def save_network(path: str | os.PathLike, net: Network, extra: dict | None = None) -> Path:
    """Write ``net`` (parameters, buffers, config) and the JSON-able ``extra`` to ``path`` (.npz).

    The file is written to a temporary name first and then renamed, so a crash never leaves a
    half-written model. Returns the path. Raises ValueError if ``extra`` is not JSON-able.
    """
    path = Path(path)
    meta = {"format": FORMAT, "version": VERSION, "config": net.config(), "extra": dict(extra or {})}
    try:
        text = json.dumps(meta, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the model description is not JSON-able: {exc}") from None
    arrays = net.state_arrays()
    if META_KEY in arrays:
        raise ValueError(f"a network array may not be named {META_KEY!r}")
    arrays[META_KEY] = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_model(path: str | os.PathLike) -> LoadedModel:
    """Read a model file written by :func:`save_network`: the network and its ``extra`` dict."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: no such model file")
    if not zipfile.is_zipfile(path):  # np.load would guess "pickle" and suggest allow_pickle, which is never wanted
        raise ModelFileError(f"{path}: not a model file: a dlfs-studio model is a NumPy .npz archive "
                             "(a zip file), and this file is not one")
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ModelFileError(f"{path}: not a model file (.npz): {exc}") from None
    if META_KEY not in arrays:
        raise ModelFileError(f"{path}: not a dlfs model file (no {META_KEY} entry with the network description)")
    raw = arrays.pop(META_KEY)
    try:
        meta = json.loads(raw.astype(np.uint8).tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        raise ModelFileError(f"{path}: the network description is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelFileError(f"{path}: the network description is not in the {FORMAT} format")
    if meta.get("version") != VERSION:
        raise ModelFileError(f"{path}: model format version {meta.get('version')!r} is not supported "
                             f"(this program reads version {VERSION})")
    config, extra = meta.get("config"), meta.get("extra", {})
    if not isinstance(config, dict) or not isinstance(extra, dict):
        raise ModelFileError(f"{path}: the network description has no valid config")
    try:
        net = build_network(config, rng=np.random.default_rng(0))
    except (ValueError, TypeError) as exc:
        raise ModelFileError(f"{path}: cannot rebuild the network: {exc}") from None
    expected = set(net.params) | set(net.buffers())
    unexpected = sorted(set(arrays) - expected)
    if unexpected:
        raise ModelFileError(f"{path}: arrays {unexpected} do not belong to a {config.get('type')} network "
                             "with this configuration")
    for key, arr in arrays.items():
        if not np.issubdtype(arr.dtype, np.floating) or not np.all(np.isfinite(arr)):
            raise ModelFileError(f"{path}: array {key!r} is not a finite floating-point array")
    try:
        net.load_state_arrays(arrays)
    except ValueError as exc:
        raise ModelFileError(f"{path}: {exc} (the arrays do not match the network description)") from None
    return LoadedModel(net, extra)


def load_network(path: str | os.PathLike) -> Network:
    """Read a model file written by :func:`save_network` and return the network."""
    return read_model(path).net
