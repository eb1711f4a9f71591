"""Reading a session's files with every check (core.session builds on it): sizes capped, symbolic links
refused, JSON and CSV validated line by line, ``.npz`` members checked from their headers (name, dtype,
shape, size) before their data are read. Every problem is a :class:`SessionError` with one line.
"""
from __future__ import annotations

import json
import math
import os
import stat
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from .optimizers import OPTIMIZERS
from .runconfig import RunConfig
from .runstate import Checkpoint, EvalPoint, Run

#: Caps: the whole session (all files read), one JSON file.
MAX_SESSION_BYTES = 4 * 2**30
MAX_JSON_BYTES = 64 * 2**20


class SessionError(ValueError):
    """A session folder or file that cannot be written or read (one-line message naming the file)."""


def show(path: Path | str) -> str:
    """A path for a message: whole when short, else its start and end (a message stays one short line)."""
    text = " ".join(str(path).split())
    return text if len(text) <= 160 else f"{text[:80]}…{text[-60:]}"


def layout(config: RunConfig, state_names: Iterable[str]) -> list[tuple[str, str, tuple[int, ...]]]:
    """The (part, key, shape) of each array in a checkpoint's flat member: parameters, buffers, then
    optimizer state buffers in the order given."""
    pshapes, bshapes = expected_shapes(config)
    return ([("p", k, s) for k, s in pshapes.items()] + [("b", k, s) for k, s in bshapes.items()]
            + [("o", n, pshapes[n.partition("/")[2]]) for n in state_names])


class Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, path: Path, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise SessionError(f"{show(path)}: the session is larger than the {MAX_SESSION_BYTES // 2**20:,} MB limit")


def open_regular(path: Path, budget: Budget, limit: int | None = None) -> IO[bytes]:
    """Open a regular file inside the session (no symbolic links), after checking its size."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise SessionError(f"{show(path)}: missing file") from None
    except OSError as exc:
        raise SessionError(f"{show(path)}: cannot read: {exc.strerror or exc}") from None
    if stat.S_ISLNK(st.st_mode):
        raise SessionError(f"{show(path)}: is a symbolic link; a session holds only its own files")
    if not stat.S_ISREG(st.st_mode):
        raise SessionError(f"{show(path)}: is not a regular file")
    if limit is not None and st.st_size > limit:
        raise SessionError(f"{show(path)}: {st.st_size:,} bytes is larger than the {limit:,}-byte limit")
    budget.take(path, st.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise SessionError(f"{show(path)}: cannot read: {exc.strerror or exc}") from None
    return os.fdopen(fd, "rb")


def read_json(path: Path, budget: Budget) -> Any:
    with open_regular(path, budget, MAX_JSON_BYTES) as f:
        raw = f.read()
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SessionError(f"{show(path)}: not valid JSON ({str(exc).splitlines()[0][:200]})") from None


def need(cond: bool, path: Path, what: str) -> None:
    if not cond:
        raise SessionError(f"{show(path)}: {what}")


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def read_rng_state(v: Any, path: Path, what: str) -> dict | None:
    if v is None:
        return None
    ok = isinstance(v, dict) and set(v) == {"bit_generator", "state", "has_uint32", "uinteger"} \
        and v["bit_generator"] == "PCG64" and isinstance(v["state"], dict) and set(v["state"]) == {"state", "inc"} \
        and all(is_int(x) and 0 <= x < 2**128 for x in v["state"].values()) \
        and v["has_uint32"] in (0, 1) and is_int(v["uinteger"]) and 0 <= v["uinteger"] < 2**32
    need(ok, path, f"{what} is not a valid PCG64 generator state")
    return v


def read_config(d: Any, path: Path) -> RunConfig:
    try:
        return RunConfig.from_dict(d)
    except ValueError as exc:
        raise SessionError(f"{show(path)}: bad configuration: {exc}") from None


def read_losses(path: Path, n: int, budget: Budget) -> NDArray[np.float64]:
    with open_regular(path, budget) as f:
        header = f.readline()
        need(header.strip() == b"iteration,loss", path, "the first line must be 'iteration,loss'")
        size = os.fstat(f.fileno()).st_size
        need(n <= size // 4, path, f"has room for at most {size // 4:,} losses but run.json announces {n:,} "
                                    "(truncated?)")
        out = np.empty(n, dtype=np.float64)
        i = 0
        for line in f:
            parts = line.split(b",")
            need(i < n, path, f"more than the {n:,} losses run.json announces")
            ok = len(parts) == 2
            try:
                ok = ok and int(parts[0]) == i + 1
                if ok:
                    out[i] = float(parts[1])
            except ValueError:
                ok = False
            need(ok, path, f"line {i + 2} is not 'iteration,loss' for iteration {i + 1}")
            i += 1
    need(i == n, path, f"has {i:,} losses but run.json announces {n:,} (truncated?)")
    return out


def read_evals(path: Path, n: int, iterations: int, budget: Budget) -> tuple[EvalPoint, ...]:
    out: list[EvalPoint] = []
    with open_regular(path, budget, MAX_JSON_BYTES) as f:
        need(f.readline().strip() == b"iteration,epoch,train_acc,test_acc,train_loss", path,
              "the first line must be 'iteration,epoch,train_acc,test_acc,train_loss'")
        for lineno, line in enumerate(f, start=2):
            parts = line.split(b",")
            try:
                if len(parts) != 5:
                    raise ValueError("not five fields")
                it, ep = int(parts[0]), int(parts[1])
                tr, te, tl = (float(x) for x in parts[2:])
            except ValueError:
                raise SessionError(f"{show(path)}: line {lineno} is not "
                                   "iteration,epoch,train_acc,test_acc,train_loss") from None
            last = out[-1].iteration if out else 0
            need(last <= it <= iterations and ep >= 0, path, f"line {lineno}: iteration {it} is out of order")
            out.append(EvalPoint(it, tr, te, ep, tl))
    need(len(out) == n, path, f"has {len(out)} evaluations but run.json announces {n}")
    return tuple(out)


def expected_shapes(config: RunConfig) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Parameter and buffer shapes of the configuration's network, without building it."""
    k = config.num_classes
    params: dict[str, tuple[int, ...]] = {}
    buffers: dict[str, tuple[int, ...]] = {}
    if config.net == "simple_conv":
        c, h, w = config.input_shape
        fs, fn, hid = config.conv_filter_size, config.conv_filters, config.hidden_sizes[0]
        pool = fn * ((h - fs + 1) // 2) * ((w - fs + 1) // 2)
        params = {"W1": (fn, c, fs, fs), "b1": (fn,), "W2": (pool, hid), "b2": (hid,), "W3": (hid, k), "b3": (k,)}
        return params, buffers
    sizes = [config.input_size, *config.hidden_sizes, k]
    for i in range(1, len(sizes)):
        params[f"W{i}"] = (sizes[i - 1], sizes[i])
        params[f"b{i}"] = (sizes[i],)
        if config.batchnorm and i < len(sizes) - 1:
            params[f"gamma{i}"] = params[f"beta{i}"] = (sizes[i],)
            buffers[f"BatchNorm{i}.running_mean"] = buffers[f"BatchNorm{i}.running_var"] = (sizes[i],)
    return params, buffers


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, shape: tuple[int, ...], dtype: np.dtype,
                 path: Path) -> NDArray:
    name = info.filename
    need(info.compress_type == zipfile.ZIP_STORED and info.compress_size == info.file_size, path,
          f"member {name} is compressed (a session stores its arrays uncompressed)")
    with zf.open(info) as m:
        try:
            version = np.lib.format.read_magic(m)
            if version == (1, 0):
                hshape, fortran, hdtype = np.lib.format.read_array_header_1_0(m)
            elif version == (2, 0):
                hshape, fortran, hdtype = np.lib.format.read_array_header_2_0(m)
            else:
                raise ValueError(f"unsupported .npy version {version}")
        except (ValueError, OSError, EOFError, SyntaxError, zipfile.BadZipFile) as exc:
            raise SessionError(f"{show(path)}: member {name} has no valid array header ({exc})") from None
        need(hdtype == dtype and not fortran and tuple(hshape) == shape, path,
              f"member {name} holds {hdtype} {tuple(hshape)}, expected {dtype} {shape}")
        nbytes = math.prod(shape) * dtype.itemsize
        need(info.file_size == m.tell() + nbytes, path, f"member {name} has the wrong size for its header")
        try:
            data = m.read(nbytes)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SessionError(f"{show(path)}: member {name} is damaged ({exc})") from None
    need(len(data) == nbytes, path, f"member {name} is truncated")
    a = np.frombuffer(data, dtype=dtype).reshape(shape)
    need(bool(np.isfinite(a).all()), path, f"member {name} holds values that are not finite")
    return a


def zip_member_count(f: IO[bytes], path: Path) -> int:
    """The number of members an archive's end-of-central-directory record announces, read before zipfile
    parses the directory (an archive claiming millions of members would cost that many objects)."""
    size = os.fstat(f.fileno()).st_size
    tail_start = max(0, size - (22 + 65535))
    f.seek(tail_start)
    tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    need(at >= 0 and len(tail) - at >= 22, path, "not a valid .npz archive (no zip directory)")
    count = int.from_bytes(tail[at + 10:at + 12], "little")
    f.seek(0)
    return count


def read_checkpoints(path: Path, metas: list, run: Run, budget: Budget) -> dict[int, Checkpoint]:
    f = open_regular(path, budget)
    try:
        count = zip_member_count(f, path)
        need(count == len(metas), path, f"the archive announces {count:,} members for {len(metas):,} checkpoints")
        try:
            zf = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SessionError(f"{show(path)}: not a valid .npz archive ({exc})") from None
        with zf:
            infos = {i.filename: i for i in zf.infolist()}
            used: set[str] = set()
            cps: dict[int, Checkpoint] = {}
            for meta in metas:
                cp = read_checkpoint(zf, infos, used, meta, run, path)
                cps[cp.iteration] = cp
            extra = sorted(set(infos) - used)
            need(not extra, path, f"unexpected member {extra[0][:80] if extra else ''}")
            return cps
    finally:
        f.close()


def read_checkpoint(zf: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo], used: set[str], meta: Any,
                     run: Run, path: Path) -> Checkpoint:
    keys = {"iteration", "optimizer", "optimizer_hyperparams", "optimizer_scalars", "optimizer_state",
            "rng_state", "epoch_rng_state", "dropout_rng_state", "evaluation"}
    need(isinstance(meta, dict) and set(meta) == keys, path, "a checkpoint entry of run.json is malformed")
    k = meta["iteration"]
    need(is_int(k) and 0 <= k <= run.iteration, path, f"checkpoint iteration {k!r} is outside the run")
    config = run.config_at(k)
    dtype = np.dtype(config.dtype).newbyteorder("<")
    pshapes = expected_shapes(config)[0]
    opt = meta["optimizer"]
    need(opt in OPTIMIZERS, path, f"checkpoint {k}: unknown optimizer {opt!r}")
    hp, sc, names = meta["optimizer_hyperparams"], meta["optimizer_scalars"], meta["optimizer_state"]
    need(isinstance(hp, dict) and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                                       for v in hp.values()), path, f"checkpoint {k}: bad optimizer settings")
    need(isinstance(sc, dict) and all(is_int(v) and 0 <= v < 2**62 for v in sc.values()), path,
          f"checkpoint {k}: bad optimizer counters")
    state_kinds = OPTIMIZERS[opt].STATE_NAMES
    need(isinstance(names, list) and all(isinstance(n, str) and n.partition("/")[0] in state_kinds
                                          and n.partition("/")[2] in pshapes for n in names), path,
          f"checkpoint {k}: bad optimizer state names")
    need(isinstance(meta["evaluation"], bool), path, f"checkpoint {k}: bad evaluation flag")

    order = layout(config, names)
    total = sum(math.prod(shape) for _, _, shape in order)
    member = f"{k}.npy"
    info = infos.get(member)
    need(info is not None, path, f"member {member} is missing")
    assert info is not None
    used.add(member)
    flat = read_member(zf, info, (total,), dtype, path)
    parts: dict[str, dict[str, NDArray]] = {"p": {}, "b": {}, "o": {}}
    at = 0
    for part, key, shape in order:
        size = math.prod(shape)
        parts[part][key] = flat[at:at + size].reshape(shape)
        at += size
    params, buffers, state = (MappingProxyType(parts[x]) for x in "pbo")
    rng = read_rng_state(meta["rng_state"], path, f"checkpoint {k}'s batch generator")
    need(rng is not None, path, f"checkpoint {k} has no batch generator state")
    assert rng is not None
    cp = Checkpoint(k, params, buffers, opt, MappingProxyType(dict(hp)), state, MappingProxyType(dict(sc)), rng,
                    read_rng_state(meta["epoch_rng_state"], path, f"checkpoint {k}'s epoch generator"),
                    read_rng_state(meta["dropout_rng_state"], path, f"checkpoint {k}'s dropout generator"),
                    meta["evaluation"])
    try:
        cp.make_optimizer()
    except (ValueError, TypeError) as exc:
        raise SessionError(f"{show(path)}: checkpoint {k}: {exc}") from None
    return cp


