"""Saving and loading trained networks as ``.npz`` files (never pickle).

A model file is a NumPy ``.npz`` archive holding

* one array per parameter and per saved buffer, under the network's own keys
  ("W1", "b1", ..., "BatchNorm1.running_mean");
* ``__dlfs__``: a uint8 array with UTF-8 JSON ``{"format": "dlfs-network", "version": 1,
  "config": net.config(), "extra": {...}}``.

Loading checks everything it can from the headers before it reads or allocates anything: the
zip directory (entry names, number, declared sizes, the total capped at :data:`MAX_TOTAL_BYTES`),
every ``.npy`` header (float32/float64 only, shape, size consistent with the entry), the JSON
description (size, format, version, and the size of the network it asks for, capped at
:data:`MAX_PARAMETERS` values) and that the arrays are exactly the ones that network has, with
the right shapes. Only then is the network built and are the arrays read (never unpickled).
Every problem with a file raises :class:`ModelFileError` (a ValueError) with a sentence naming it.

Saving writes a temporary file next to the target, fsyncs it and renames it over the target;
temporary files left behind by a save that was killed are removed by the next save to the
same folder. Networks with non-finite parameters (inf/NaN after a divergence) are refused,
since loading refuses them.
"""
from __future__ import annotations

import itertools
import json
import math
import os
import re
import tempfile
import time
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from .network import Network, build_network

FORMAT = "dlfs-network"
VERSION = 1
META_KEY = "__dlfs__"

#: The most parameter and buffer values a model file may hold (and a description may ask for):
#: 50 million, i.e. 200 MB in float32 (the book's networks have 40 thousand to 0.5 million).
MAX_PARAMETERS = 50_000_000
#: The most bytes the arrays of a model file may inflate to (MAX_PARAMETERS float64 values).
MAX_TOTAL_BYTES = MAX_PARAMETERS * 8
#: The largest network description (JSON) read.
MAX_META_BYTES = 1 << 20
#: The most entries a model file may have (a MultiLayerNet of 100 layers with batch norm has 600).
MAX_ENTRIES = 1000
#: A temporary file of an interrupted save is removed after this many seconds even if its
#: process id is reused.
STALE_TMP_SECONDS = 3600.0

_ARRAY_DTYPES = (np.dtype("<f4"), np.dtype("<f8"), np.dtype(">f4"), np.dtype(">f8"))


class ModelFileError(ValueError):
    """A model file that cannot be read: missing, not an .npz, malformed or not matching its network."""


@dataclass(frozen=True)
class LoadedModel:
    """A network read from a file and the ``extra`` dict saved with it (e.g. training figures)."""

    net: Network
    extra: dict[str, Any]


def non_finite_parameters(net: Network) -> list[str]:
    """Names of the parameters and buffers of ``net`` holding inf or NaN ([] when all are finite)."""
    arrays = dict(net.params)
    arrays.update(net.buffers())
    return [k for k, a in arrays.items() if not np.all(np.isfinite(a))]


# ----------------------------------------------------------------------------- saving
def _tmp_prefix(path: Path) -> str:
    return f"{path.name}.{os.getpid()}."


_TMP_RE = re.compile(r"^(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")
#: Temporary files of saves by earlier versions (no process id in the name): removed once stale.
_OLD_TMP_RE = re.compile(r"^.+\.npz\.[a-z0-9_]{8}\.tmp$")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True


def remove_stale_temp_files(folder: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove ``<model>.<pid>.<random>.tmp`` files of saves that were killed: their process is
    gone, or they are older than :data:`STALE_TMP_SECONDS`. Returns the files removed."""
    folder = Path(folder)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _TMP_RE.match(entry.name)
        if not m and not _OLD_TMP_RE.match(entry.name):
            continue
        try:
            age = now - entry.stat().st_mtime
            if (m is not None and not _pid_alive(int(m["pid"]))) or age > STALE_TMP_SECONDS:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def save_network(path: str | os.PathLike, net: Network, extra: dict | None = None) -> Path:
    """Write ``net`` (parameters, buffers, config) and the JSON-able ``extra`` to ``path`` (.npz).

    The file is written to a temporary name first, flushed to disk and then renamed, so a crash
    never leaves a half-written model; temporary files of earlier saves that were killed are
    removed first. Returns the path. Raises ValueError if ``extra`` is not JSON-able or if the
    network holds inf/NaN (such a model could not be loaded again).
    """
    path = Path(path)
    bad = non_finite_parameters(net)
    if bad:
        raise ValueError(f"the network's parameters are not finite (inf or NaN in {', '.join(bad[:4])}"
                         f"{', ...' if len(bad) > 4 else ''}), probably after the training diverged; "
                         "nothing was saved")
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
    remove_stale_temp_files(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=_tmp_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]  # numpy's stub reads **kwds as allow_pickle
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------- loading
@dataclass(frozen=True)
class _Entry:
    key: str
    info: zipfile.ZipInfo
    shape: tuple[int, ...]
    dtype: np.dtype
    fortran: bool


def _read_npy_header(fp: IO[bytes]) -> tuple[tuple[int, ...], bool, np.dtype]:
    version = np.lib.format.read_magic(fp)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(fp, max_header_size=10_000)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(fp, max_header_size=10_000)
    raise ValueError(f"unsupported .npy version {version}")


def _scan(path: Path, zf: zipfile.ZipFile) -> tuple[dict[str, _Entry], zipfile.ZipInfo]:
    """Check the zip directory and every .npy header; nothing is decompressed beyond the headers."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ModelFileError(f"{path}: not a model file: {len(infos)} entries (a model has at most {MAX_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES + MAX_META_BYTES:
        raise ModelFileError(f"{path}: the file would inflate to {total / 1e6:,.0f} MB; a model file may hold "
                             f"at most {MAX_TOTAL_BYTES / 1e6:,.0f} MB of arrays")
    entries: dict[str, _Entry] = {}
    meta_info = None
    for info in infos:
        name = info.filename
        if not name.endswith(".npy") or info.is_dir():
            raise ModelFileError(f"{path}: not a model file: unexpected entry {name[:80]!r}")
        key = name[:-4]
        if key in entries or (key == META_KEY and meta_info is not None):
            raise ModelFileError(f"{path}: not a model file: the entry {key[:80]!r} appears twice")
        try:
            with zf.open(info) as fp:
                shape, fortran, dtype = _read_npy_header(fp)
        except (ValueError, OSError, EOFError, zipfile.BadZipFile, RuntimeError) as exc:
            raise ModelFileError(f"{path}: not a model file: entry {key[:80]!r} is not a NumPy array "
                                 f"({str(exc)[:200]})") from None
        count = math.prod(int(d) for d in shape)
        if key == META_KEY:
            if dtype != np.uint8 or len(shape) != 1 or count > MAX_META_BYTES:
                raise ModelFileError(f"{path}: the network description is not a text of at most "
                                     f"{MAX_META_BYTES // 1024} kB")
            meta_info = info
            continue
        if dtype.hasobject:
            raise ModelFileError(f"{path}: not a model file: array {key[:80]!r} holds Python objects, "
                                 "which are never loaded")
        if dtype not in _ARRAY_DTYPES:
            raise ModelFileError(f"{path}: array {key[:80]!r} is not a finite floating-point array "
                                 f"(its type is {dtype})")
        if count * dtype.itemsize > info.file_size:
            raise ModelFileError(f"{path}: array {key[:80]!r} claims {count:,} values ({shape}) but its entry "
                                 f"holds only {info.file_size:,} bytes")
        entries[key] = _Entry(key, info, tuple(int(d) for d in shape), dtype, bool(fortran))
    if sum(math.prod(e.shape) for e in entries.values()) > MAX_PARAMETERS:
        raise ModelFileError(f"{path}: the arrays hold more than {MAX_PARAMETERS:,} values")
    if meta_info is None:
        raise ModelFileError(f"{path}: not a dlfs model file (no {META_KEY} entry with the network description)")
    return entries, meta_info


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError
    return value


def config_parameter_count(config: Mapping[str, Any]) -> int | None:
    """How many parameter and buffer values the network of ``config`` has, computed from the
    config alone (before building anything); None for a type this does not know or a config
    whose sizes are not whole numbers (building it then fails with its own message)."""
    try:
        kind = config.get("type")
        if kind == "two_layer":
            i, h, o = (_as_int(config.get(k)) for k in ("input_size", "hidden_size", "output_size"))
            return i * h + h + h * o + o
        if kind == "multi_layer":
            hidden = config.get("hidden_size_list")
            hidden = [hidden] if isinstance(hidden, int) else list(hidden)  # type: ignore[arg-type]
            sizes = [_as_int(config.get("input_size")), *(_as_int(h) for h in hidden),
                     _as_int(config.get("output_size"))]
            n = sum(a * b + b for a, b in itertools.pairwise(sizes))
            if config.get("use_batchnorm"):
                n += 4 * sum(sizes[1:-1])
            return n
        if kind == "simple_conv":
            c, h, w = (_as_int(d) for d in config.get("input_dim", (1, 28, 28)))
            param = dict(config.get("conv_param") or {})
            fn, fs = _as_int(param.get("filter_num", 30)), _as_int(param.get("filter_size", 5))
            pad, stride = _as_int(param.get("pad", 0)), max(1, _as_int(param.get("stride", 1)))
            hid, out = _as_int(config.get("hidden_size", 100)), _as_int(config.get("output_size", 10))
            oh, ow = (h + 2 * pad - fs) // stride + 1, (w + 2 * pad - fs) // stride + 1
            pooled = fn * max(oh // 2, 0) * max(ow // 2, 0)
            return fn * c * fs * fs + fn + pooled * hid + hid + hid * out + out
    except (ValueError, TypeError, AttributeError):
        return None
    return None


def _read_meta(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[dict, dict]:
    try:
        with zf.open(info) as fp:
            raw = np.lib.format.read_array(fp, allow_pickle=False)
        meta = json.loads(raw.astype(np.uint8).tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise ModelFileError(f"{path}: the network description is not valid JSON ({str(exc)[:200]})") from None
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        raise ModelFileError(f"{path}: not a model file (.npz): {str(exc)[:200]}") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelFileError(f"{path}: the network description is not in the {FORMAT} format")
    if meta.get("version") != VERSION:
        raise ModelFileError(f"{path}: model format version {str(meta.get('version'))[:40]} is not supported "
                             f"(this program reads version {VERSION})")
    config, extra = meta.get("config"), meta.get("extra", {})
    if not isinstance(config, dict) or not isinstance(extra, dict):
        raise ModelFileError(f"{path}: the network description has no valid config")
    return config, extra


def read_model(path: str | os.PathLike) -> LoadedModel:
    """Read a model file written by :func:`save_network`: the network and its ``extra`` dict.

    Raises :class:`ModelFileError` naming the problem, before reading or allocating anything
    large, for anything that is not exactly such a file.
    """
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: no such model file")
    if not zipfile.is_zipfile(path):  # np.load would guess "pickle" and suggest allow_pickle, which is never wanted
        raise ModelFileError(f"{path}: not a model file: a dlfs-studio model is a NumPy .npz archive "
                             "(a zip file), and this file is not one")
    try:
        with zipfile.ZipFile(path) as zf:
            entries, meta_info = _scan(path, zf)
            config, extra = _read_meta(path, zf, meta_info)
            net = _build(path, config, entries)
            arrays = {}
            for key, e in entries.items():
                with zf.open(e.info) as fp:
                    arr = np.lib.format.read_array(fp, allow_pickle=False)
                if arr.shape != e.shape or not np.all(np.isfinite(arr)):
                    raise ModelFileError(f"{path}: array {key!r} is not a finite floating-point array")
                arrays[key] = arr
    except ModelFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError,
            NotImplementedError) as exc:
        raise ModelFileError(f"{path}: not a model file (.npz): {str(exc)[:200]}") from None
    try:
        net.load_state_arrays(arrays)
    except ValueError as exc:
        raise ModelFileError(f"{path}: {exc} (the arrays do not match the network description)") from None
    return LoadedModel(net, extra)


def _build(path: Path, config: dict, entries: dict[str, _Entry]) -> Network:
    """Build the network of ``config`` after checking its size, then check the file's arrays
    (names and shapes from their headers) against it."""
    count = config_parameter_count(config)
    if count is not None and count > MAX_PARAMETERS:
        raise ModelFileError(f"{path}: the network description asks for {count:,} parameters; "
                             f"a model file may hold at most {MAX_PARAMETERS:,}")
    try:
        net = build_network(config, rng=np.random.default_rng(0))
    except MemoryError:
        raise ModelFileError(f"{path}: the network description asks for a network too large "
                             "for this computer's memory") from None
    except Exception as exc:  # any malformed config value (types, nesting) is the file's fault
        raise ModelFileError(f"{path}: cannot rebuild the network: {str(exc)[:300]}") from None
    targets = dict(net.params)
    targets.update(net.buffers())
    unexpected = sorted(set(entries) - set(targets))
    if unexpected:
        names = [k[:40] for k in unexpected[:5]]
        raise ModelFileError(f"{path}: arrays {names} do not belong to a {str(config.get('type'))[:40]} network "
                             "with this configuration")
    for key, arr in targets.items():
        if key not in entries:
            raise ModelFileError(f"{path}: missing array {key!r} (the arrays do not match the network description)")
        if entries[key].shape != arr.shape:
            raise ModelFileError(f"{path}: array {key!r} has shape {entries[key].shape}, expected {arr.shape} "
                                 "(the arrays do not match the network description)")
    return net


def load_network(path: str | os.PathLike) -> Network:
    """Read a model file written by :func:`save_network` and return the network."""
    return read_model(path).net
