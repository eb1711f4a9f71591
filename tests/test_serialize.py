"""Saving and loading networks: round trips and a clear ModelFileError for each kind of bad file."""
from __future__ import annotations

import json

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
