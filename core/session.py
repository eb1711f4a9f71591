"""Sessions on disk: one or several runs in a folder, never pickled, every file checked before use.

Layout of a session folder::

    DIR/session.json                  {"format": "dlfs-session", "version": 1, "runs": ["run-<id>-<tag>", ...]}
    DIR/run-<id>-<tag>/run.json       the run: configuration, lineage, events, status, checkpoint metadata
    DIR/run-<id>-<tag>/losses.csv     iteration,loss (one line per mini-batch; Python's exact float repr)
    DIR/run-<id>-<tag>/evaluations.csv  iteration,epoch,train_acc,test_acc,train_loss
    DIR/run-<id>-<tag>/checkpoints.npz  one uncompressed .npy member per checkpoint, "<iteration>.npy":
                                       a flat float array holding the parameters, the buffers, then the
                                       optimizer's state, in the order the configuration implies

:func:`save_session` writes every run into a fresh folder (each file written to a temporary name,
fsynced, renamed), then replaces ``session.json`` atomically, then removes the run folders the new
``session.json`` no longer names and any temporary files a killed save left behind: at every moment
the folder holds a complete session, the old or the new one.

:func:`load_session` reads the JSON with size caps, then each run's ``.npz`` member by member: every
member's name, dtype and shape is checked from its header against what the run's configuration
implies before its data are read (``allow_pickle`` never arises: only float32/float64 little-endian
arrays are accepted), the total is capped (:data:`MAX_SESSION_BYTES`), and symbolic links are refused.
Every problem gives a :class:`SessionError` with a one-line message naming the file.
"""
from __future__ import annotations

import json
import math
import os
import re
import shutil
import stat
import uuid
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from .optimizers import OPTIMIZERS
from .runconfig import RunConfig
from .runs import STATUSES, Checkpoint, EvalPoint, ForkStep, LossCurve, Run, RunEvent

FORMAT, RUN_FORMAT, VERSION = "dlfs-session", "dlfs-run", 1
SESSION_FILE, RUN_FILE = "session.json", "run.json"
LOSSES_FILE, EVALS_FILE, CHECKPOINTS_FILE = "losses.csv", "evaluations.csv", "checkpoints.npz"
TMP_PREFIX = ".dlfs-tmp-"

#: Caps: the whole session (all files read), one JSON file, the number of runs.
MAX_SESSION_BYTES = 4 * 2**30
MAX_JSON_BYTES = 64 * 2**20
MAX_RUNS = 1000
_FOLDER = re.compile(r"run-[0-9A-Za-z_]{1,40}-[0-9a-f]{8}")
_ID = re.compile(r"[0-9A-Za-z_]{1,40}")


class SessionError(ValueError):
    """A session folder or file that cannot be written or read (one-line message naming the file)."""


# ---------------------------------------------------------------------------- writing
def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems cannot fsync a folder
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, write) -> None:
    """Write ``path`` through a temporary file in the same folder: write(f), flush, fsync, rename."""
    tmp = path.with_name(f"{TMP_PREFIX}{uuid.uuid4().hex[:8]}-{path.name}")
    try:
        with open(tmp, "xb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, allow_nan=False, indent=1).encode("utf-8")


def _opt(v: float | None) -> float | None:
    return None if v is None else float(v)


def run_to_dict(run: Run) -> dict[str, Any]:
    """The JSON part of a saved run."""
    cps = []
    for k in run.checkpoint_iterations():
        c = run.checkpoints[k]
        cps.append({"iteration": k, "optimizer": c.optimizer, "optimizer_hyperparams": dict(c.optimizer_hyperparams),
                    "optimizer_scalars": dict(c.optimizer_scalars), "optimizer_state": sorted(c.optimizer_state),
                    "rng_state": c.rng_state, "epoch_rng_state": c.epoch_rng_state,
                    "dropout_rng_state": c.dropout_rng_state, "evaluation": c.evaluation})
    status = "stopped" if run.status == "running" else run.status
    return {"format": RUN_FORMAT, "version": VERSION, "id": run.id, "name": run.name, "status": status,
            "message": run.message, "parent_id": run.parent_id, "fork_iteration": run.fork_iteration,
            "data_id": run.data_id, "config": run.config.to_dict(),
            "lineage": [{"config": s.config.to_dict(), "until": s.until, "run_id": s.run_id} for s in run.lineage],
            "events": [{"iteration": e.iteration, "lr": _opt(e.lr), "optimizer": e.optimizer,
                        "optimizer_params": None if e.optimizer_params is None else dict(e.optimizer_params)}
                       for e in run.events],
            "iterations": run.iteration, "evaluations": len(run.evaluations),
            "checkpoint_every": run.checkpoint_every, "max_checkpoint_bytes": run.max_checkpoint_bytes,
            "eval_checkpoint_stride": run.eval_checkpoint_stride, "checkpoints": cps}


def _write_run(folder: Path, run: Run) -> None:
    meta = _json_bytes(run_to_dict(run))
    losses = run.losses.values()
    evals = run.evaluations
    cps = run.checkpoints

    def write_losses(f: IO[bytes]) -> None:
        f.write(b"iteration,loss\n")
        chunk = 100_000
        for start in range(0, losses.size, chunk):
            part = losses[start:start + chunk]
            f.write("".join(f"{start + i + 1},{float(v)!r}\n" for i, v in enumerate(part.tolist())).encode())

    def write_evals(f: IO[bytes]) -> None:
        f.write(b"iteration,epoch,train_acc,test_acc,train_loss\n")
        f.write("".join(f"{e.iteration},{e.epoch},{float(e.train_acc)!r},{float(e.test_acc)!r},"
                        f"{float(e.train_loss)!r}\n" for e in evals).encode())

    def write_npz(f: IO[bytes]) -> None:
        arrays = {str(k): _flatten(run.config_at(k), c) for k, c in cps.items()}
        np.savez(f, **arrays)  # type: ignore[arg-type]

    _write_file(folder / LOSSES_FILE, write_losses)
    _write_file(folder / EVALS_FILE, write_evals)
    _write_file(folder / CHECKPOINTS_FILE, write_npz)
    _write_file(folder / RUN_FILE, lambda f: f.write(meta))


def _layout(config: RunConfig, state_names: Iterable[str]) -> list[tuple[str, str, tuple[int, ...]]]:
    """The (part, key, shape) of each array in a checkpoint's flat member: parameters, buffers, then
    optimizer state buffers in the order given."""
    pshapes, bshapes = _expected(config)
    return ([("p", k, s) for k, s in pshapes.items()] + [("b", k, s) for k, s in bshapes.items()]
            + [("o", n, pshapes[n.partition("/")[2]]) for n in state_names])


def _flatten(config: RunConfig, c: Checkpoint) -> NDArray:
    parts = {"p": c.params, "b": c.buffers, "o": c.optimizer_state}
    layout = _layout(config, sorted(c.optimizer_state))
    return np.concatenate([parts[part][key].reshape(-1) for part, key, _ in layout]) if layout \
        else np.zeros(0, dtype=config.dtype)


def _is_ours(folder: Path) -> bool:
    return bool(_FOLDER.fullmatch(folder.name)) and folder.is_dir() and not folder.is_symlink() \
        and (folder / RUN_FILE).is_file()


def save_session(folder: str | os.PathLike, runs: Iterable[Run]) -> Path:
    """Write ``runs`` as the session in ``folder`` (created if needed), atomically (see the module
    docstring). Returns the folder. SessionError when it cannot be written (one line)."""
    root = Path(folder).expanduser()
    runs = list(runs)
    if len(runs) > MAX_RUNS:
        raise SessionError(f"{root}: a session holds at most {MAX_RUNS} runs")
    if len({r.id for r in runs}) != len(runs):
        raise SessionError(f"{root}: two runs have the same id")
    try:
        if root.is_symlink():
            raise SessionError(f"{root}: is a symbolic link; give the real folder")
        if root.exists() and not root.is_dir():
            raise SessionError(f"{root}: is a file, not a folder")
        root.mkdir(parents=True, exist_ok=True)
        _clean_temporaries(root)
        names = []
        for run in runs:
            if not _ID.fullmatch(run.id):
                raise SessionError(f"run id {run.id!r} is not a plain name")
            name = f"run-{run.id}-{uuid.uuid4().hex[:8]}"
            tmp = root / f"{TMP_PREFIX}{name}"
            tmp.mkdir()
            _write_run(tmp, run)
            _fsync_dir(tmp)
            os.replace(tmp, root / name)
            names.append(name)
        _fsync_dir(root)
        _write_file(root / SESSION_FILE,
                    lambda f: f.write(_json_bytes({"format": FORMAT, "version": VERSION, "runs": names})))
        _fsync_dir(root)
        for old in root.iterdir():
            if old.name not in names and _is_ours(old):
                shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise SessionError(f"{root}: cannot save the session: {exc.strerror or exc}") from None
    return root


def _clean_temporaries(root: Path) -> None:
    """Remove what a killed save left behind (temporary files and folders of our own prefix)."""
    for p in [root, *(d for d in root.iterdir() if _is_ours(d))]:
        for item in p.iterdir():
            if item.name.startswith(TMP_PREFIX) and not item.is_symlink():
                if item.is_dir():
                    shutil.rmtree(item, ignore_errors=True)
                else:
                    item.unlink(missing_ok=True)


# ---------------------------------------------------------------------------- reading
class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, path: Path, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise SessionError(f"{path}: the session is larger than the {MAX_SESSION_BYTES // 2**20:,} MB limit")


def _open_regular(path: Path, budget: _Budget, limit: int | None = None) -> IO[bytes]:
    """Open a regular file inside the session (no symbolic links), after checking its size."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise SessionError(f"{path}: missing file") from None
    except OSError as exc:
        raise SessionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if stat.S_ISLNK(st.st_mode):
        raise SessionError(f"{path}: is a symbolic link; a session holds only its own files")
    if not stat.S_ISREG(st.st_mode):
        raise SessionError(f"{path}: is not a regular file")
    if limit is not None and st.st_size > limit:
        raise SessionError(f"{path}: {st.st_size:,} bytes is larger than the {limit:,}-byte limit")
    budget.take(path, st.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise SessionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return os.fdopen(fd, "rb")


def _read_json(path: Path, budget: _Budget) -> Any:
    with _open_regular(path, budget, MAX_JSON_BYTES) as f:
        raw = f.read()
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SessionError(f"{path}: not valid JSON ({str(exc).splitlines()[0][:200]})") from None


def _need(cond: bool, path: Path, what: str) -> None:
    if not cond:
        raise SessionError(f"{path}: {what}")


def _int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _rng_state(v: Any, path: Path, what: str) -> dict | None:
    if v is None:
        return None
    ok = isinstance(v, dict) and set(v) == {"bit_generator", "state", "has_uint32", "uinteger"} \
        and v["bit_generator"] == "PCG64" and isinstance(v["state"], dict) and set(v["state"]) == {"state", "inc"} \
        and all(_int(x) and 0 <= x < 2**128 for x in v["state"].values()) \
        and v["has_uint32"] in (0, 1) and _int(v["uinteger"]) and 0 <= v["uinteger"] < 2**32
    _need(ok, path, f"{what} is not a valid PCG64 generator state")
    return v


def _config(d: Any, path: Path) -> RunConfig:
    try:
        return RunConfig.from_dict(d)
    except ValueError as exc:
        raise SessionError(f"{path}: bad configuration: {exc}") from None


def _read_losses(path: Path, n: int, budget: _Budget) -> NDArray[np.float64]:
    with _open_regular(path, budget) as f:
        header = f.readline()
        _need(header.strip() == b"iteration,loss", path, "the first line must be 'iteration,loss'")
        size = os.fstat(f.fileno()).st_size
        _need(n <= size // 4, path, f"has room for at most {size // 4:,} losses but run.json announces {n:,} "
                                    "(truncated?)")
        out = np.empty(n, dtype=np.float64)
        i = 0
        for line in f:
            parts = line.split(b",")
            _need(i < n, path, f"more than the {n:,} losses run.json announces")
            ok = len(parts) == 2
            try:
                ok = ok and int(parts[0]) == i + 1
                if ok:
                    out[i] = float(parts[1])
            except ValueError:
                ok = False
            _need(ok, path, f"line {i + 2} is not 'iteration,loss' for iteration {i + 1}")
            i += 1
    _need(i == n, path, f"has {i:,} losses but run.json announces {n:,} (truncated?)")
    return out


def _read_evals(path: Path, n: int, iterations: int, budget: _Budget) -> tuple[EvalPoint, ...]:
    out: list[EvalPoint] = []
    with _open_regular(path, budget, MAX_JSON_BYTES) as f:
        _need(f.readline().strip() == b"iteration,epoch,train_acc,test_acc,train_loss", path,
              "the first line must be 'iteration,epoch,train_acc,test_acc,train_loss'")
        for lineno, line in enumerate(f, start=2):
            parts = line.split(b",")
            try:
                if len(parts) != 5:
                    raise ValueError("not five fields")
                it, ep = int(parts[0]), int(parts[1])
                tr, te, tl = (float(x) for x in parts[2:])
            except ValueError:
                raise SessionError(f"{path}: line {lineno} is not iteration,epoch,train_acc,test_acc,train_loss") \
                    from None
            last = out[-1].iteration if out else 0
            _need(last <= it <= iterations and ep >= 0, path, f"line {lineno}: iteration {it} is out of order")
            out.append(EvalPoint(it, tr, te, ep, tl))
    _need(len(out) == n, path, f"has {len(out)} evaluations but run.json announces {n}")
    return tuple(out)


def _expected(config: RunConfig) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
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


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, shape: tuple[int, ...], dtype: np.dtype,
                 path: Path) -> NDArray:
    name = info.filename
    _need(info.compress_type == zipfile.ZIP_STORED and info.compress_size == info.file_size, path,
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
            raise SessionError(f"{path}: member {name} has no valid array header ({exc})") from None
        _need(hdtype == dtype and not fortran and tuple(hshape) == shape, path,
              f"member {name} holds {hdtype} {tuple(hshape)}, expected {dtype} {shape}")
        nbytes = math.prod(shape) * dtype.itemsize
        _need(info.file_size == m.tell() + nbytes, path, f"member {name} has the wrong size for its header")
        try:
            data = m.read(nbytes)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SessionError(f"{path}: member {name} is damaged ({exc})") from None
    _need(len(data) == nbytes, path, f"member {name} is truncated")
    a = np.frombuffer(data, dtype=dtype).reshape(shape)
    _need(bool(np.isfinite(a).all()), path, f"member {name} holds values that are not finite")
    return a


def _read_checkpoints(path: Path, metas: list, run: Run, budget: _Budget) -> dict[int, Checkpoint]:
    f = _open_regular(path, budget)
    try:
        try:
            zf = zipfile.ZipFile(f)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SessionError(f"{path}: not a valid .npz archive ({exc})") from None
        with zf:
            infos = {i.filename: i for i in zf.infolist()}
            used: set[str] = set()
            cps: dict[int, Checkpoint] = {}
            for meta in metas:
                cp = _read_checkpoint(zf, infos, used, meta, run, path)
                cps[cp.iteration] = cp
            extra = sorted(set(infos) - used)
            _need(not extra, path, f"unexpected member {extra[0][:80] if extra else ''}")
            return cps
    finally:
        f.close()


def _read_checkpoint(zf: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo], used: set[str], meta: Any,
                     run: Run, path: Path) -> Checkpoint:
    keys = {"iteration", "optimizer", "optimizer_hyperparams", "optimizer_scalars", "optimizer_state",
            "rng_state", "epoch_rng_state", "dropout_rng_state", "evaluation"}
    _need(isinstance(meta, dict) and set(meta) == keys, path, "a checkpoint entry of run.json is malformed")
    k = meta["iteration"]
    _need(_int(k) and 0 <= k <= run.iteration, path, f"checkpoint iteration {k!r} is outside the run")
    config = run.config_at(k)
    dtype = np.dtype(config.dtype).newbyteorder("<")
    pshapes = _expected(config)[0]
    opt = meta["optimizer"]
    _need(opt in OPTIMIZERS, path, f"checkpoint {k}: unknown optimizer {opt!r}")
    hp, sc, names = meta["optimizer_hyperparams"], meta["optimizer_scalars"], meta["optimizer_state"]
    _need(isinstance(hp, dict) and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                                       for v in hp.values()), path, f"checkpoint {k}: bad optimizer settings")
    _need(isinstance(sc, dict) and all(_int(v) and 0 <= v < 2**62 for v in sc.values()), path,
          f"checkpoint {k}: bad optimizer counters")
    state_kinds = OPTIMIZERS[opt].STATE_NAMES
    _need(isinstance(names, list) and all(isinstance(n, str) and n.partition("/")[0] in state_kinds
                                          and n.partition("/")[2] in pshapes for n in names), path,
          f"checkpoint {k}: bad optimizer state names")
    _need(isinstance(meta["evaluation"], bool), path, f"checkpoint {k}: bad evaluation flag")

    layout = _layout(config, names)
    total = sum(math.prod(shape) for _, _, shape in layout)
    member = f"{k}.npy"
    info = infos.get(member)
    _need(info is not None, path, f"member {member} is missing")
    assert info is not None
    used.add(member)
    flat = _read_member(zf, info, (total,), dtype, path)
    parts: dict[str, dict[str, NDArray]] = {"p": {}, "b": {}, "o": {}}
    at = 0
    for part, key, shape in layout:
        size = math.prod(shape)
        parts[part][key] = flat[at:at + size].reshape(shape)
        at += size
    params, buffers, state = (MappingProxyType(parts[x]) for x in "pbo")
    rng = _rng_state(meta["rng_state"], path, f"checkpoint {k}'s batch generator")
    _need(rng is not None, path, f"checkpoint {k} has no batch generator state")
    assert rng is not None
    cp = Checkpoint(k, params, buffers, opt, MappingProxyType(dict(hp)), state, MappingProxyType(dict(sc)), rng,
                    _rng_state(meta["epoch_rng_state"], path, f"checkpoint {k}'s epoch generator"),
                    _rng_state(meta["dropout_rng_state"], path, f"checkpoint {k}'s dropout generator"),
                    meta["evaluation"])
    try:
        cp.make_optimizer()
    except (ValueError, TypeError) as exc:
        raise SessionError(f"{path}: checkpoint {k}: {exc}") from None
    return cp


def _read_run(folder: Path, budget: _Budget) -> Run:
    path = folder / RUN_FILE
    d = _read_json(path, budget)
    _need(isinstance(d, dict) and d.get("format") == RUN_FORMAT, path, "not a dlfs-studio run description")
    _need(d.get("version") == VERSION, path, f"run format version {d.get('version')!r} is not supported "
                                               f"(this program reads version {VERSION})")
    fields = {"format", "version", "id", "name", "status", "message", "parent_id", "fork_iteration", "data_id",
              "config", "lineage", "events", "iterations", "evaluations", "checkpoint_every",
              "max_checkpoint_bytes", "eval_checkpoint_stride", "checkpoints"}
    missing = sorted(fields - set(d))
    _need(not missing, path, f"missing entry {missing[0] if missing else ''!r}")
    _need(isinstance(d["id"], str) and bool(_ID.fullmatch(d["id"])), path, "bad run id")
    _need(isinstance(d["name"], str) and len(d["name"]) <= 1000, path, "bad run name")
    _need(d["status"] in STATUSES, path, f"unknown status {str(d['status'])[:40]!r}")
    _need(isinstance(d["message"], str) and len(d["message"]) <= 10_000, path, "bad message")
    _need(d["parent_id"] is None or (isinstance(d["parent_id"], str) and bool(_ID.fullmatch(d["parent_id"]))),
          path, "bad parent id")
    _need(d["data_id"] is None or (isinstance(d["data_id"], str) and len(d["data_id"]) <= 64), path, "bad data id")
    n, n_eval = d["iterations"], d["evaluations"]
    _need(_int(n) and 0 <= n <= 10**9 and _int(n_eval) and 0 <= n_eval <= n + 1, path, "bad curve lengths")
    fi = d["fork_iteration"]
    _need(fi is None or (_int(fi) and 0 <= fi <= n), path, "bad fork iteration")
    for key in ("checkpoint_every", "max_checkpoint_bytes", "eval_checkpoint_stride"):
        _need(_int(d[key]) and d[key] > 0, path, f"bad {key}")
    run = Run(_config(d["config"], path), d["name"], run_id=d["id"], checkpoint_every=d["checkpoint_every"],
              max_checkpoint_bytes=d["max_checkpoint_bytes"])
    run.eval_checkpoint_stride = d["eval_checkpoint_stride"]
    run.status = "stopped" if d["status"] == "running" else d["status"]
    run.message, run.parent_id, run.fork_iteration, run.data_id = d["message"], d["parent_id"], fi, d["data_id"]
    lineage, last = [], 0
    _need(isinstance(d["lineage"], list) and len(d["lineage"]) <= 10_000, path, "bad lineage")
    for s in d["lineage"]:
        ok = isinstance(s, dict) and set(s) == {"config", "until", "run_id"} and _int(s["until"]) \
            and last <= s["until"] <= n and isinstance(s["run_id"], str) and bool(_ID.fullmatch(s["run_id"]))
        _need(ok, path, "a lineage entry is malformed")
        lineage.append(ForkStep(_config(s["config"], path), s["until"], s["run_id"]))
        last = s["until"]
    run.lineage = tuple(lineage)
    events = []
    _need(isinstance(d["events"], list) and len(d["events"]) <= 1_000_000, path, "bad events")
    for e in d["events"]:
        ok = isinstance(e, dict) and set(e) == {"iteration", "lr", "optimizer", "optimizer_params"} \
            and _int(e["iteration"]) and 0 <= e["iteration"] <= n \
            and (e["lr"] is None or (isinstance(e["lr"], (int, float)) and math.isfinite(e["lr"]) and e["lr"] > 0)) \
            and (e["optimizer"] is None or e["optimizer"] in OPTIMIZERS) \
            and (e["optimizer_params"] is None or (isinstance(e["optimizer_params"], dict) and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in e["optimizer_params"].values())))
        _need(ok, path, "an event entry is malformed")
        events.append(RunEvent(e["iteration"], e["lr"], e["optimizer"],
                               None if e["optimizer_params"] is None else MappingProxyType(e["optimizer_params"])))
    run.events = tuple(events)
    run.losses = LossCurve(_read_losses(folder / LOSSES_FILE, n, budget))
    run.evaluations = _read_evals(folder / EVALS_FILE, n_eval, n, budget)
    metas = d["checkpoints"]
    _need(isinstance(metas, list) and len(metas) <= 100_000, path, "bad checkpoint list")
    cps = _read_checkpoints(folder / CHECKPOINTS_FILE, metas, run, budget)
    _need(len(cps) == len(metas), path, "two checkpoints share an iteration")
    run._publish(cps)
    return run


def load_session(folder: str | os.PathLike, max_bytes: int = MAX_SESSION_BYTES) -> list[Run]:
    """The runs of the session in ``folder``, in their saved order (SessionError with one line if the
    folder or any of its files is missing, damaged, oversized or not a session)."""
    root = Path(folder).expanduser()
    budget = _Budget(max_bytes)
    if root.is_symlink():
        raise SessionError(f"{root}: is a symbolic link; give the real folder")
    if not root.is_dir():
        raise SessionError(f"{root}: no such session folder")
    path = root / SESSION_FILE
    d = _read_json(path, budget)
    _need(isinstance(d, dict) and d.get("format") == FORMAT, path, "not a dlfs-studio session")
    _need(d.get("version") == VERSION, path, f"session format version {d.get('version')!r} is not supported "
                                               f"(this program reads version {VERSION})")
    names = d.get("runs")
    _need(isinstance(names, list) and len(names) <= MAX_RUNS and all(
        isinstance(x, str) and bool(_FOLDER.fullmatch(x)) for x in names), path, "bad list of runs")
    _need(len(set(names)) == len(names), path, "a run is listed twice")
    runs = []
    try:
        for name in names:
            sub = root / name
            if sub.is_symlink() or not sub.is_dir():
                raise SessionError(f"{sub}: missing run folder (or not a real folder)")
            runs.append(_read_run(sub, budget))
    except MemoryError:
        raise SessionError(f"{root}: not enough memory to read the session") from None
    _need(len({r.id for r in runs}) == len(runs), path, "two runs have the same id")
    return runs
