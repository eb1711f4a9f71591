"""Saving and loading networks: round trips and a clear ModelFileError for each kind of bad file."""
from __future__ import annotations

import json
import os

import numpy as np
import pytest

from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet
from dlfs_studio.core.serialize import META_KEY, ModelFileError, load_network, read_model, save_network


@pytest.fixture
def x():
    return np.random.default_rng(0).random((5, 12)).astype(np.float32)


def test_round_trip_two_layer(tmp_path, x):
    net = TwoLayerNet(12, 7, 4, activation="relu", weight_init_std=0.3, rng=np.random.default_rng(0))
    path = save_network(tmp_path / "m.npz", net, extra={"test_acc": 0.97, "iterations": 10})
    assert path == tmp_path / "m.npz" and path.is_file()
    loaded = read_model(path)
    assert isinstance(loaded.net, TwoLayerNet) and loaded.extra == {"test_acc": 0.97, "iterations": 10}
    assert loaded.net.config() == net.config()
    np.testing.assert_array_equal(loaded.net.predict(x), net.predict(x))
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_round_trip_batchnorm_running_stats(tmp_path, x):
    net = MultiLayerNet(12, [6, 5], 4, use_batchnorm=True, dropout_ratio=0.2, weight_decay_lambda=0.01,
                        rng=np.random.default_rng(0), dtype=np.float64)
    for _ in range(3):
        net.loss_and_gradient(x, np.arange(5) % 4)
    save_network(tmp_path / "bn.npz", net)
    other = load_network(tmp_path / "bn.npz")
    assert other.dtype == np.float64
    np.testing.assert_array_equal(other.buffers()["BatchNorm1.running_var"], net.buffers()["BatchNorm1.running_var"])
    np.testing.assert_array_equal(other.predict(x), net.predict(x))


def test_file_holds_no_pickle(tmp_path):
    net = TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0))
    save_network(tmp_path / "m.npz", net)
    with np.load(tmp_path / "m.npz", allow_pickle=False) as npz:
        assert set(npz.files) == {"W1", "b1", "W2", "b2", META_KEY}
        assert npz[META_KEY].dtype == np.uint8


def test_extra_must_be_json(tmp_path):
    with pytest.raises(ValueError, match="JSON"):
        save_network(tmp_path / "m.npz", TwoLayerNet(4, 3, 2), extra={"a": object()})


def _write(path, arrays):
    with open(path, "wb") as f:
        np.savez(f, **arrays)
    return path


def _meta(config, **kw):
    meta = {"format": "dlfs-network", "version": 1, "config": config, "extra": {}} | kw
    return np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)


@pytest.fixture
def good(tmp_path):
    net = TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0))
    arrays = net.state_arrays()
    arrays[META_KEY] = _meta(net.config())
    return net, arrays


def test_error_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="no such model file"):
        load_network(tmp_path / "nope.npz")


def test_error_not_an_npz(tmp_path):
    path = tmp_path / "m.npz"
    path.write_text("hello")
    with pytest.raises(ModelFileError, match="not a model file"):
        load_network(path)


def test_error_npz_without_description(tmp_path, good):
    _, arrays = good
    del arrays[META_KEY]
    with pytest.raises(ModelFileError, match="not a dlfs model file"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_bad_json(tmp_path, good):
    _, arrays = good
    arrays[META_KEY] = np.frombuffer(b"{not json", dtype=np.uint8)
    with pytest.raises(ModelFileError, match="not valid JSON"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_wrong_format_and_version(tmp_path, good):
    net, arrays = good
    arrays[META_KEY] = _meta(net.config(), format="other")
    with pytest.raises(ModelFileError, match="format"):
        load_network(_write(tmp_path / "a.npz", arrays))
    arrays[META_KEY] = _meta(net.config(), version=99)
    with pytest.raises(ModelFileError, match="version 99"):
        load_network(_write(tmp_path / "b.npz", arrays))


def test_error_unknown_type(tmp_path, good):
    net, arrays = good
    arrays[META_KEY] = _meta(net.config() | {"type": "resnet"})
    with pytest.raises(ModelFileError, match="unknown network type 'resnet'"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_bad_config_value(tmp_path, good):
    net, arrays = good
    arrays[META_KEY] = _meta(net.config() | {"activation": "tanh"})
    with pytest.raises(ModelFileError, match="cannot rebuild"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_missing_key(tmp_path, good):
    _, arrays = good
    del arrays["b2"]
    with pytest.raises(ModelFileError, match="missing array 'b2'"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_wrong_shape(tmp_path, good):
    _, arrays = good
    arrays["W1"] = np.zeros((5, 3), np.float32)
    with pytest.raises(ModelFileError, match="'W1' has shape"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_unexpected_array(tmp_path, good):
    _, arrays = good
    arrays["W9"] = np.zeros(3, np.float32)
    with pytest.raises(ModelFileError, match="W9"):
        load_network(_write(tmp_path / "m.npz", arrays))


def test_error_non_finite_or_object_array(tmp_path, good):
    _, arrays = good
    arrays["b1"] = np.array([np.nan, 0, 0], np.float32)
    with pytest.raises(ModelFileError, match="'b1' is not a finite"):
        load_network(_write(tmp_path / "a.npz", arrays))
    arrays["b1"] = np.array(["a", "b", "c"])
    with pytest.raises(ModelFileError, match="'b1'"):
        load_network(_write(tmp_path / "b.npz", arrays))


def test_error_pickled_object_array_refused(tmp_path, good):
    _, arrays = good
    arrays["b1"] = np.array([{"a": 1}, 2, 3], dtype=object)
    path = tmp_path / "m.npz"
    with open(path, "wb") as f:
        np.savez(f, **arrays)
    with pytest.raises(ModelFileError, match="not a model file"):
        load_network(path)


def test_error_text_file_named_npz_does_not_suggest_unsafe_loading(tmp_path):
    path = tmp_path / "bad.npz"
    path.write_text("these are my notes, not a model\n" * 20)
    with pytest.raises(ModelFileError, match="not a model file") as exc:
        load_network(path)
    assert "pickle" not in str(exc.value)


# ----------------------------------------------------------------------------- hostile files (issue 10)
import struct  # noqa: E402
import tracemalloc  # noqa: E402
import zlib  # noqa: E402

from dlfs_studio.core import serialize  # noqa: E402


def _npy_header(shape, descr="<f4"):
    """A version 1.0 .npy header for an array of ``shape`` (no data)."""
    d = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {tuple(shape)!r}, }}"
    pad = 64 - (10 + len(d) + 1) % 64
    text = (d + " " * pad + "\n").encode("latin1")
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text


def _raw_zip(path, entries):
    """Write a zip by hand: entries are (name, payload, method, crc, declared uncompressed size)."""
    out, central = bytearray(), bytearray()
    for name, payload, method, crc, size in entries:
        nb = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(payload), size, len(nb), 0)
        out += nb + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc, len(payload),
                               size, len(nb), 0, 0, 0, 0, 0, offset) + nb
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + eocd))
    return path


def _stored(name, data):
    return (name, data, 0, zlib.crc32(data), len(data))


def _meta_entry(config):
    meta = json.dumps({"format": "dlfs-network", "version": 1, "config": config, "extra": {}}).encode()
    return _stored(f"{META_KEY}.npy", _npy_header((len(meta),), "|u1") + meta)


def _peak_bytes(fn):
    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


TWO = {"type": "two_layer", "input_size": 4, "hidden_size": 3, "output_size": 2, "activation": "sigmoid",
       "weight_init_std": 0.01, "dtype": "float32"}


def test_header_claiming_10_to_12_values_is_refused_before_allocating(tmp_path):
    path = _raw_zip(tmp_path / "claim.npz", [_meta_entry(TWO),
                                              _stored("W1.npy", _npy_header((1_000_000, 1_000_000)) + bytes(16))])
    assert path.stat().st_size < 1000

    def load():
        with pytest.raises(ModelFileError, match="claims 1,000,000,000,000 values"):
            load_network(path)
    assert _peak_bytes(load) < 2_000_000


def test_description_asking_for_a_huge_network_is_refused_before_building(tmp_path, good):
    _, arrays = good
    config = TWO | {"hidden_size": 10 ** 9}
    arrays[META_KEY] = _meta(config)
    path = _write(tmp_path / "m.npz", arrays)

    def load():
        with pytest.raises(ModelFileError, match="asks for 7,000,000,002 parameters"):
            load_network(path)
    assert _peak_bytes(load) < 2_000_000
    for bad in ({"hidden_size_list": {"a": 1}, "type": "multi_layer"}, {"conv_param": [1, 2], "type": "simple_conv"},
                {"hidden_size": "many"}, {"input_size": None}, {"dtype": "object"}):
        arrays[META_KEY] = _meta(TWO | bad)
        with pytest.raises(ModelFileError):
            load_network(_write(tmp_path / "bad.npz", arrays))


def test_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    # 1.2 GB of zeros deflated into about 1 MB: the same deflate block repeated (a full flush between blocks)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    header = _npy_header((300 << 20,))
    first = c.compress(header) + c.flush(zlib.Z_FULL_FLUSH)
    payload = first + block * 1200 + c.flush()
    size = len(header) + 1200 * (1 << 20)
    path = _raw_zip(tmp_path / "bomb.npz", [_meta_entry(TWO), ("W1.npy", payload, 8, 0, size)])
    assert path.stat().st_size < 2_000_000

    def load():
        with pytest.raises(ModelFileError, match="would inflate to 1,258 MB"):
            load_network(path)
    assert _peak_bytes(load) < 2_000_000


def test_entries_that_are_not_arrays_or_too_many_are_refused(tmp_path):
    path = _raw_zip(tmp_path / "odd.npz", [_meta_entry(TWO), _stored("notes.txt", b"hello")])
    with pytest.raises(ModelFileError, match=r"unexpected entry 'notes\.txt'"):
        load_network(path)
    many = [_meta_entry(TWO)] + [_stored(f"a{i}.npy", _npy_header((0,))) for i in range(serialize.MAX_ENTRIES + 1)]
    with pytest.raises(ModelFileError, match="entries"):
        load_network(_raw_zip(tmp_path / "many.npz", many))
    big_meta = _stored(f"{META_KEY}.npy", _npy_header((serialize.MAX_META_BYTES + 1,), "|u1")
                       + bytes(serialize.MAX_META_BYTES + 1))
    with pytest.raises(ModelFileError, match="description"):
        load_network(_raw_zip(tmp_path / "meta.npz", [big_meta]))


def test_non_finite_network_is_not_saved(tmp_path):
    net = TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0))
    net.params["W2"][0, 0] = np.inf
    with pytest.raises(ValueError, match="not finite"):
        save_network(tmp_path / "m.npz", net)
    assert list(tmp_path.iterdir()) == []
    assert serialize.non_finite_parameters(net) == ["W2"]


def test_stale_temp_files_of_killed_saves_are_removed(tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f"m.npz.{dead_pid}.abc123.tmp"
    stale.write_bytes(bytes(1000))
    live = tmp_path / f"other.npz.{os.getpid()}.zzz.tmp"   # a save in progress in this process: kept
    live.write_bytes(b"x")
    old = tmp_path / f"m.npz.{os.getpid()}.old.tmp"
    old.write_bytes(b"x")
    os.utime(old, (1, 1))                                    # older than an hour: removed
    keep = tmp_path / "notes.tmp"
    keep.write_text("mine")
    legacy = tmp_path / "big.npz.k2j4_x9a.tmp"                # left by an earlier version's killed save
    legacy.write_bytes(b"x")
    os.utime(legacy, (1, 1))
    fresh_legacy = tmp_path / "big.npz.abcdefgh.tmp"          # maybe still being written: kept for an hour
    fresh_legacy.write_bytes(b"x")
    save_network(tmp_path / "m.npz", TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0)))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["m.npz", live.name, keep.name, fresh_legacy.name])


def test_save_fsyncs_before_the_rename(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(serialize.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(serialize.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    save_network(tmp_path / "m.npz", TwoLayerNet(4, 3, 2, rng=np.random.default_rng(0)))
    assert calls[:2] == ["fsync", "replace"]
