"""Sessions on disk (core.session): round trips, atomic saves, and hostile or damaged files."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest
from test_runs import DATA, RICH, SMALL, curves_equal, trained

from dlfs_studio.core import session as S
from dlfs_studio.core.runs import Run, fork, replayed, train_run
from dlfs_studio.core.session import SessionError, load_session, save_session
from dlfs_studio.core.training import TrainingControl


@pytest.fixture(scope="module")
def runs():
    """A finished run with live changes, a fork of it and a paused run."""
    root = Run(RICH, "root", checkpoint_every=25)
    control = TrainingControl()
    for p in train_run(root, DATA, control):
        if p.iteration == 70 and p.eval is None:
            control.set_lr(0.005)
    child = fork(root, 150, optimizer="momentum", lr=0.02, name="child")
    list(train_run(child, DATA))
    paused = Run(SMALL.changed(mode="epochs", epochs=33), "paused", checkpoint_every=25)
    list(train_run(paused, DATA, until=123))
    return [root, child, paused]


@pytest.fixture
def saved(tmp_path, runs):
    folder = tmp_path / "session"
    save_session(folder, runs)
    return folder


def run_folder(folder: Path, i: int = 0) -> Path:
    return folder / json.loads((folder / "session.json").read_text())["runs"][i]


def expect_error(folder, pattern):
    with pytest.raises(SessionError, match=pattern) as info:
        load_session(folder)
    assert "\n" not in str(info.value)
    return str(info.value)


# ----------------------------------------------------------------------------- round trips
def test_round_trip_keeps_everything(saved, runs):
    loaded = load_session(saved)
    assert [r.name for r in loaded] == ["root", "child", "paused"]
    for a, b in zip(runs, loaded, strict=True):
        assert curves_equal(a, b) and a.events == b.events and a.config == b.config and a.lineage == b.lineage
        assert (a.id, a.parent_id, a.fork_iteration, a.status, a.data_id) == \
            (b.id, b.parent_id, b.fork_iteration, b.status, b.data_id)
        assert a.checkpoint_iterations() == b.checkpoint_iterations()
        for k, c in a.checkpoints.items():
            d = b.checkpoints[k]
            assert all(np.array_equal(c.params[n], d.params[n]) for n in c.params)
            assert all(np.array_equal(c.optimizer_state[n], d.optimizer_state[n]) for n in c.optimizer_state)
            assert c.rng_state == d.rng_state and c.dropout_rng_state == d.dropout_rng_state
            assert dict(c.optimizer_scalars) == dict(d.optimizer_scalars)


def test_loaded_runs_continue_replay_and_fork_exactly(saved, runs):
    root, child, paused = load_session(saved)
    list(train_run(paused, DATA))  # continues from its checkpoint at 123
    full, _ = trained(SMALL.changed(mode="epochs", epochs=33))
    assert curves_equal(full, paused)
    assert curves_equal(replayed(child, DATA), runs[1])
    again = fork(root, 150, optimizer="momentum", lr=0.02)
    list(train_run(again, DATA))
    assert curves_equal(again, runs[1])


def test_saving_again_replaces_the_old_folders_and_cleans_temporaries(saved, runs):
    before = {p.name for p in saved.iterdir()}
    (saved / ".dlfs-tmp-1234abcd-session.json").write_text("half")
    (saved / ".dlfs-tmp-run-x-00000000").mkdir()
    (saved / "notes.txt").write_text("mine")
    save_session(saved, runs[:1])
    after = {p.name for p in saved.iterdir()}
    assert "notes.txt" in after and not any(n.startswith(".dlfs-tmp") for n in after)
    assert len([n for n in after if n.startswith("run-")]) == 1 and not (after & before - {"session.json", "notes.txt"})
    assert [r.name for r in load_session(saved)] == ["root"]


def test_a_failed_save_leaves_the_previous_session(saved, runs, monkeypatch):
    def boom(folder, run):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(S, "_write_run", boom)
    with pytest.raises(SessionError, match="No space left"):
        save_session(saved, runs[:1])
    monkeypatch.undo()
    assert [r.name for r in load_session(saved)] == ["root", "child", "paused"]


def test_save_refuses_a_file_and_a_symlink(tmp_path, runs):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(SessionError, match="is a file"):
        save_session(f, runs)
    link = tmp_path / "link"
    link.symlink_to(tmp_path)
    with pytest.raises(SessionError, match="symbolic link"):
        save_session(link, runs)


# ----------------------------------------------------------------------------- hostile and damaged files
def test_missing_folder_and_files(tmp_path, saved):
    expect_error(tmp_path / "nowhere", "no such session folder")
    (tmp_path / "empty").mkdir()
    expect_error(tmp_path / "empty", "missing file")
    (run_folder(saved, 1) / "losses.csv").unlink()
    expect_error(saved, "losses.csv: missing file")


@pytest.mark.parametrize("text, pattern", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (b'{"format": "other"}', "not a dlfs-studio session"),
    (b'{"format": "dlfs-session", "version": 99, "runs": []}', "version 99"),
    (b'{"format": "dlfs-session", "version": 1, "runs": ["../../etc"]}', "bad list of runs"),
    (b'{"format": "dlfs-session", "version": 1, "runs": ["run-abc-00000000"]}', "missing run folder"),
    (b"[" * 100000 + b"]" * 100000, "not valid JSON"),
])
def test_bad_session_json(saved, text, pattern):
    (saved / "session.json").write_bytes(text)
    expect_error(saved, pattern)


def edit_run_json(folder, change):
    path = run_folder(folder) / "run.json"
    d = json.loads(path.read_text())
    change(d)
    path.write_text(json.dumps(d))


@pytest.mark.parametrize("change, pattern", [
    (lambda d: d.update(version=2), "version 2"),
    (lambda d: d.pop("events"), "missing entry 'events'"),
    (lambda d: d["config"].update(hidden_sizes=[10**9, 10**9], net="multi_layer"), "bad configuration"),
    (lambda d: d["config"].update(lr=-1), "learning rate"),
    (lambda d: d.update(status="exploded"), "unknown status"),
    (lambda d: d.update(iterations=d["iterations"] + 5), "truncated"),
    (lambda d: d.update(iterations=d["iterations"] - 5), "more than"),
    (lambda d: d.update(iterations=10**9), "truncated"),  # refused before allocating 8 GB
    (lambda d: d["checkpoints"][3].update(rng_state={"bit_generator": "MT19937"}), "PCG64"),
    (lambda d: d["checkpoints"][3]["rng_state"]["state"].update(state=-1), "PCG64"),
    (lambda d: d["checkpoints"][3].update(optimizer="adamw"), "unknown optimizer"),
    (lambda d: d["checkpoints"][3].update(optimizer="sgd"), "checkpoint"),
    (lambda d: d["checkpoints"][3].update(iteration=10**6), "outside the run"),
    (lambda d: d["checkpoints"][3].update(optimizer_state=["m/W9"]), "state names"),
    (lambda d: d["events"].append({"iteration": 3, "lr": -2, "optimizer": None, "optimizer_params": None}),
     "event entry"),
    (lambda d: d.update(id="../x"), "bad run id"),
])
def test_bad_run_json(saved, change, pattern):
    edit_run_json(saved, change)
    expect_error(saved, pattern)


def test_absurd_sizes_are_refused_before_reading(saved, monkeypatch):
    path = run_folder(saved) / "run.json"
    monkeypatch.setattr(S, "MAX_JSON_BYTES", path.stat().st_size - 1)
    expect_error(saved, "larger than")
    monkeypatch.undo()
    with pytest.raises(SessionError, match="larger than"):
        load_session(saved, max_bytes=100_000)


def test_damaged_curves(saved):
    path = run_folder(saved) / "losses.csv"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:50]))
    expect_error(saved, "truncated")
    path.write_bytes(b"".join([*lines[:10], b"10,abc\n", *lines[11:]]))
    expect_error(saved, "line 11")
    path.write_bytes(b"loss\n" + b"".join(lines[1:]))
    expect_error(saved, "first line")
    ev = run_folder(saved, 1) / "evaluations.csv"
    rows = ev.read_bytes().splitlines(keepends=True)
    ev.write_bytes(b"".join([rows[0], rows[2], rows[1], *rows[3:]]))
    path.write_bytes(b"".join(lines))
    expect_error(saved, "out of order")


def rewrite_npz(folder, change):
    path = run_folder(folder) / "checkpoints.npz"
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())


def npy(array) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.asarray(array), allow_pickle=False)
    return buf.getvalue()


def header_only(shape, dtype="<f4") -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buf.getvalue()


@pytest.mark.parametrize("change, pattern", [
    (lambda m: m.pop("100.npy"), "member 100.npy is missing"),
    (lambda m: m.update({"extra.npy": npy([1.0])}), "unexpected member"),
    (lambda m: m.update({"100.npy": npy(np.zeros(7, np.float32))}), r"expected float32 \("),
    (lambda m: m.update({"100.npy": npy(np.zeros(3, np.float64))}), "expected float32"),
    (lambda m: m.update({"100.npy": header_only((10**12,))}), "expected float32"),
    (lambda m: m.update({"100.npy": b"\x93NUMPY\x01\x00junk"}), "no valid array header"),
    (lambda m: m.update({"100.npy": header_only((len(m["100.npy"]) // 4 - 32,))}), "wrong size|expected"),
])
def test_bad_checkpoint_members(saved, change, pattern):
    rewrite_npz(saved, change)
    msg = expect_error(saved, pattern)
    assert "checkpoints.npz" in msg


def test_object_arrays_and_non_finite_values_are_refused(saved):
    def nan(m):
        a = np.lib.format.read_array(io.BytesIO(m["100.npy"]))
        a = a.copy()
        a[3] = np.nan
        m["100.npy"] = npy(a)
    rewrite_npz(saved, nan)
    expect_error(saved, "not finite")

    def objects(m):
        m["100.npy"] = b"\x93NUMPY\x01\x00" + b"v\x00{'descr': '|O', 'fortran_order': False, 'shape': (3,), }" \
            .ljust(118) + b"\n" + b"\x80\x04junk"
    rewrite_npz(saved, objects)
    expect_error(saved, "100.npy")


def test_compressed_truncated_and_foreign_archives(saved):
    path = run_folder(saved) / "checkpoints.npz"
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, d in members.items():
            zf.writestr(name, d)
    path.write_bytes(buf.getvalue())
    expect_error(saved, "compressed")
    path.write_bytes(data[: len(data) // 2])
    expect_error(saved, "not a valid .npz")
    path.write_bytes(b"\x80\x04\x95pickle")
    expect_error(saved, "not a valid .npz")


def test_symlinks_out_of_the_folder_are_refused(saved, tmp_path):
    outside = tmp_path / "outside.csv"
    losses = run_folder(saved) / "losses.csv"
    outside.write_bytes(losses.read_bytes())
    losses.unlink()
    losses.symlink_to(outside)
    expect_error(saved, "symbolic link")
    losses.unlink()
    outside.rename(losses)
    sub = run_folder(saved, 2)
    moved = tmp_path / "moved"
    sub.rename(moved)
    sub.symlink_to(moved)
    expect_error(saved, "missing run folder")
    link = tmp_path / "link"
    link.symlink_to(saved)
    expect_error(link, "symbolic link")


def test_every_file_truncated_gives_a_message(saved, runs):
    """Cut each file of the session at several points: always a SessionError, never another exception."""
    files = [p for p in sorted(saved.rglob("*")) if p.is_file()]
    for path in files:
        data = path.read_bytes()
        for cut in (0, 1, len(data) // 3, len(data) - 1):
            path.write_bytes(data[:cut])
            try:
                load_session(saved)
            except SessionError as exc:
                assert "\n" not in str(exc)
            path.write_bytes(data)
    assert len(load_session(saved)) == 3


def test_saved_files_are_plain(saved):
    names = sorted(p.name for p in run_folder(saved).iterdir())
    assert names == ["checkpoints.npz", "evaluations.csv", "losses.csv", "run.json"]
    with np.load(run_folder(saved) / "checkpoints.npz", allow_pickle=False) as npz:
        assert all(npz[k].dtype == np.float32 and npz[k].ndim == 1 for k in npz.files)
    assert os.path.getsize(run_folder(saved) / "losses.csv") > 0
    assert (run_folder(saved) / "losses.csv").read_text().splitlines()[0] == "iteration,loss"
