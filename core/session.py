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
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from .optimizers import OPTIMIZERS
from .runconfig import RunConfig
from .runstate import RUN_ID, STATUSES, Checkpoint, ForkStep, LossCurve, Run, RunEvent
from .session_files import (
    MAX_JSON_BYTES,
    MAX_SESSION_BYTES,
    Budget,
    SessionError,
    is_int,
    layout,
    need,
    read_checkpoints,
    read_config,
    read_evals,
    read_json,
    read_losses,
    show,
)

__all__ = ["MAX_JSON_BYTES", "MAX_RUNS", "MAX_SESSION_BYTES", "SessionError", "load_session", "run_to_dict",
           "save_session"]

FORMAT, RUN_FORMAT, VERSION = "dlfs-session", "dlfs-run", 1
SESSION_FILE, RUN_FILE = "session.json", "run.json"
LOSSES_FILE, EVALS_FILE, CHECKPOINTS_FILE = "losses.csv", "evaluations.csv", "checkpoints.npz"
TMP_PREFIX = ".dlfs-tmp-"

#: Caps: the number of runs (the sizes are capped in core.session_files).
MAX_RUNS = 1000
_FOLDER = re.compile(r"run-[0-9A-Za-z_]{1,40}-[0-9a-f]{8}")
_ID = RUN_ID
MAX_TEXT = 10_000


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


def run_to_dict(run: Run, n_losses: int | None = None, n_evals: int | None = None,
                checkpoints: Mapping[int, Checkpoint] | None = None) -> dict[str, Any]:
    """The JSON part of a saved run (of the given snapshot of its curves and checkpoints, for a run that
    is still training)."""
    checkpoints = run.checkpoints if checkpoints is None else checkpoints
    cps = []
    for k in sorted(checkpoints):
        c = checkpoints[k]
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
            "iterations": run.iteration if n_losses is None else n_losses,
            "evaluations": len(run.evaluations) if n_evals is None else n_evals,
            "checkpoint_every": run.checkpoint_every, "max_checkpoint_bytes": run.max_checkpoint_bytes,
            "eval_checkpoint_stride": run.eval_checkpoint_stride, "checkpoints": cps, "extra": run.extra}


def _write_run(folder: Path, run: Run) -> None:
    cps = run.checkpoints  # one snapshot of each (the run may still be training)
    evals = run.evaluations
    losses = run.losses.values()
    try:
        meta = _json_bytes(run_to_dict(run, losses.size, len(evals), cps))
    except (TypeError, ValueError) as exc:  # e.g. run.extra holding something JSON cannot write
        raise SessionError(f"run {run.name or run.id}: cannot be written as JSON ({exc})") from None

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


def _flatten(config: RunConfig, c: Checkpoint) -> NDArray:
    parts = {"p": c.params, "b": c.buffers, "o": c.optimizer_state}
    order = layout(config, sorted(c.optimizer_state))
    return np.concatenate([parts[part][key].reshape(-1) for part, key, _ in order]) if order \
        else np.zeros(0, dtype=config.dtype)


def _is_ours(folder: Path) -> bool:
    return bool(_FOLDER.fullmatch(folder.name)) and folder.is_dir() and not folder.is_symlink() \
        and (folder / RUN_FILE).is_file()


def save_session(folder: str | os.PathLike, runs: Iterable[Run]) -> Path:
    """Write ``runs`` as the session in ``folder`` (created if needed), atomically (see the module
    docstring). Returns the folder. SessionError when it cannot be written (one line)."""
    root = Path(folder).expanduser()
    runs = list(runs)
    if not str(folder).strip():
        raise SessionError("give the session folder's name")
    if len(runs) > MAX_RUNS:
        raise SessionError(f"{show(root)}: a session holds at most {MAX_RUNS} runs")
    if len({r.id for r in runs}) != len(runs):
        raise SessionError(f"{show(root)}: two runs have the same id")
    try:
        if root.is_symlink():
            raise SessionError(f"{show(root)}: is a symbolic link; give the real folder")
        if root.exists() and not root.is_dir():
            raise SessionError(f"{show(root)}: is a file, not a folder")
        root.mkdir(parents=True, exist_ok=True)
        _clean_temporaries(root)
        names = []
        for run in runs:
            if not _ID.fullmatch(run.id):
                raise SessionError(f"run id {run.id!r} is not a plain name")
            if len(run.name) > MAX_TEXT or len(run.message) > MAX_TEXT:
                raise SessionError(f"the name or message of run {run.id} is longer than {MAX_TEXT:,} characters")
            name = f"run-{run.id}-{uuid.uuid4().hex[:8]}"
            tmp = root / f"{TMP_PREFIX}{name}"
            tmp.mkdir()
            try:
                _write_run(tmp, run)
                _fsync_dir(tmp)
                os.replace(tmp, root / name)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            names.append(name)
        _fsync_dir(root)
        _write_file(root / SESSION_FILE,
                    lambda f: f.write(_json_bytes({"format": FORMAT, "version": VERSION, "runs": names})))
        _fsync_dir(root)
        for old in root.iterdir():
            if old.name not in names and _is_ours(old):
                shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise SessionError(f"{show(exc.filename or root)}: cannot save the session: {exc.strerror or exc}") \
            from None
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


def _read_run(folder: Path, budget: Budget) -> Run:
    path = folder / RUN_FILE
    d = read_json(path, budget)
    need(isinstance(d, dict) and d.get("format") == RUN_FORMAT, path, "not a dlfs-studio run description")
    need(d.get("version") == VERSION, path, f"run format version {d.get('version')!r} is not supported "
                                               f"(this program reads version {VERSION})")
    fields = {"format", "version", "id", "name", "status", "message", "parent_id", "fork_iteration", "data_id",
              "config", "lineage", "events", "iterations", "evaluations", "checkpoint_every",
              "max_checkpoint_bytes", "eval_checkpoint_stride", "checkpoints"}
    missing = sorted(fields - set(d))
    need(not missing, path, f"missing entry {missing[0] if missing else ''!r}")
    extra = d.get("extra", {})
    need(isinstance(extra, dict) and all(isinstance(k, str) for k in extra), path, "bad extra entry")
    need(isinstance(d["id"], str) and bool(_ID.fullmatch(d["id"])), path, "bad run id")
    need(isinstance(d["name"], str) and len(d["name"]) <= MAX_TEXT, path, "bad run name")
    need(d["status"] in STATUSES, path, f"unknown status {str(d['status'])[:40]!r}")
    need(isinstance(d["message"], str) and len(d["message"]) <= MAX_TEXT, path, "bad message")
    need(d["parent_id"] is None or (isinstance(d["parent_id"], str) and bool(_ID.fullmatch(d["parent_id"]))),
          path, "bad parent id")
    need(d["data_id"] is None or (isinstance(d["data_id"], str) and len(d["data_id"]) <= 64), path, "bad data id")
    n, n_eval = d["iterations"], d["evaluations"]
    need(is_int(n) and 0 <= n <= 10**9 and is_int(n_eval) and 0 <= n_eval <= n + 1, path, "bad curve lengths")
    fi = d["fork_iteration"]
    need(fi is None or (is_int(fi) and 0 <= fi <= n), path, "bad fork iteration")
    for key in ("checkpoint_every", "max_checkpoint_bytes", "eval_checkpoint_stride"):
        need(is_int(d[key]) and d[key] > 0, path, f"bad {key}")
    run = Run(read_config(d["config"], path), d["name"], run_id=d["id"], checkpoint_every=d["checkpoint_every"],
              max_checkpoint_bytes=d["max_checkpoint_bytes"])
    run.eval_checkpoint_stride = d["eval_checkpoint_stride"]
    run.status = "stopped" if d["status"] == "running" else d["status"]
    run.message, run.parent_id, run.fork_iteration, run.data_id = d["message"], d["parent_id"], fi, d["data_id"]
    run.extra = extra
    lineage, last = [], 0
    need(isinstance(d["lineage"], list) and len(d["lineage"]) <= 10_000, path, "bad lineage")
    for s in d["lineage"]:
        ok = isinstance(s, dict) and set(s) == {"config", "until", "run_id"} and is_int(s["until"]) \
            and last <= s["until"] <= n and isinstance(s["run_id"], str) and bool(_ID.fullmatch(s["run_id"]))
        need(ok, path, "a lineage entry is malformed")
        lineage.append(ForkStep(read_config(s["config"], path), s["until"], s["run_id"]))
        last = s["until"]
    run.lineage = tuple(lineage)
    events = []
    need(isinstance(d["events"], list) and len(d["events"]) <= 1_000_000, path, "bad events")
    for e in d["events"]:
        ok = isinstance(e, dict) and set(e) == {"iteration", "lr", "optimizer", "optimizer_params"} \
            and is_int(e["iteration"]) and 0 <= e["iteration"] <= n \
            and (e["lr"] is None or (isinstance(e["lr"], (int, float)) and math.isfinite(e["lr"]) and e["lr"] > 0)) \
            and (e["optimizer"] is None or e["optimizer"] in OPTIMIZERS) \
            and (e["optimizer_params"] is None or (isinstance(e["optimizer_params"], dict) and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in e["optimizer_params"].values())))
        need(ok, path, "an event entry is malformed")
        events.append(RunEvent(e["iteration"], e["lr"], e["optimizer"],
                               None if e["optimizer_params"] is None else MappingProxyType(e["optimizer_params"])))
    run.events = tuple(events)
    run.losses = LossCurve(read_losses(folder / LOSSES_FILE, n, budget))
    run.evaluations = read_evals(folder / EVALS_FILE, n_eval, n, budget)
    metas = d["checkpoints"]
    need(isinstance(metas, list) and len(metas) <= 100_000, path, "bad checkpoint list")
    cps = read_checkpoints(folder / CHECKPOINTS_FILE, metas, run, budget)
    need(len(cps) == len(metas), path, "two checkpoints share an iteration")
    run._publish(cps)
    return run


def load_session(folder: str | os.PathLike, max_bytes: int = MAX_SESSION_BYTES) -> list[Run]:
    """The runs of the session in ``folder``, in their saved order (SessionError with one line if the
    folder or any of its files is missing, damaged, oversized or not a session)."""
    if not str(folder).strip():
        raise SessionError("give the session folder's name")
    root = Path(folder).expanduser()
    try:
        return _load_session(root, Budget(max_bytes))
    except MemoryError:
        raise SessionError(f"{show(root)}: not enough memory to read the session") from None
    except OSError as exc:  # e.g. a name too long for the file system
        raise SessionError(f"{show(exc.filename or root)}: cannot read: {exc.strerror or exc}") from None


def _load_session(root: Path, budget: Budget) -> list[Run]:
    if root.is_symlink():
        raise SessionError(f"{show(root)}: is a symbolic link; give the real folder")
    if not root.is_dir():
        raise SessionError(f"{show(root)}: no such session folder")
    path = root / SESSION_FILE
    d = read_json(path, budget)
    need(isinstance(d, dict) and d.get("format") == FORMAT, path, "not a dlfs-studio session")
    need(d.get("version") == VERSION, path, f"session format version {str(d.get('version'))[:20]} is not "
                                               f"supported (this program reads version {VERSION})")
    names = d.get("runs")
    need(isinstance(names, list) and len(names) <= MAX_RUNS and all(
        isinstance(x, str) and bool(_FOLDER.fullmatch(x)) for x in names), path, "bad list of runs")
    need(len(set(names)) == len(names), path, "a run is listed twice")
    runs = []
    for name in names:
        sub = root / name
        if sub.is_symlink() or not sub.is_dir():
            raise SessionError(f"{show(sub)}: missing run folder (or not a real folder)")
        runs.append(_read_run(sub, budget))
    need(len({r.id for r in runs}) == len(runs), path, "two runs have the same id")
    _share_history(runs)
    return runs


def _same_checkpoint(a: Checkpoint, b: Checkpoint) -> bool:
    if (a.iteration, a.optimizer, dict(a.optimizer_hyperparams), dict(a.optimizer_scalars), a.rng_state,
            a.epoch_rng_state, a.dropout_rng_state) != (b.iteration, b.optimizer, dict(b.optimizer_hyperparams),
                                                        dict(b.optimizer_scalars), b.rng_state, b.epoch_rng_state,
                                                        b.dropout_rng_state):
        return False
    for x, y in ((a.params, b.params), (a.buffers, b.buffers), (a.optimizer_state, b.optimizer_state)):
        if x.keys() != y.keys() or not all(np.array_equal(x[k], y[k]) for k in x):
            return False
    return True


def _share_history(runs: list[Run]) -> None:
    """A fork's checkpoints before its fork point are its parent's: share them again (as before saving)
    when the parent is in the session, so that a loaded session takes no more memory than the saved one."""
    by_id = {r.id: r for r in runs}
    for run in sorted(runs, key=lambda r: len(r.lineage)):  # parents before their forks
        parent = by_id.get(run.parent_id or "")
        if parent is None or run.fork_iteration is None:
            continue
        cps = dict(run.checkpoints)
        shared = False
        for k, c in run.checkpoints.items():
            p = parent.checkpoints.get(k)
            if k < run.fork_iteration and p is not None and p is not c and _same_checkpoint(p, c):
                cps[k] = p
                shared = True
        if shared:
            run._publish(cps)
