"""dlfs_studio.core.data: IDX parsing and its errors, the search order, load_dataset / load_mnist on real
data, dlfs data."""
from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest

from dlfs_studio.core import data
from dlfs_studio.core.cli import main
from dlfs_studio.core.data import (
    FILE_NAMES,
    Dataset,
    DatasetError,
    DatasetNotFoundError,
    find_dataset,
    load_dataset,
    load_mnist,
    read_idx,
    search_locations,
)


# ----------------------------------------------------------------------------- helpers
def idx_bytes(array: np.ndarray, magic: int | None = None) -> bytes:
    """The IDX encoding of a uint8 array (magic 0x0000080N for N dims unless given)."""
    array = np.asarray(array, dtype=np.uint8)
    magic = 0x800 + array.ndim if magic is None else magic
    return struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


def write_tiny_dataset(folder: Path, n_train: int = 6, n_test: int = 4, gz: bool = True, seed: int = 0) -> dict:
    """Write a small valid MNIST-format dataset into ``folder``; return its arrays by file name."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte": rng.integers(0, 10, n_train, dtype=np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, n_test, dtype=np.uint8),
    }
    for stem, a in arrays.items():
        content = idx_bytes(a)
        if gz:
            (folder / f"{stem}.gz").write_bytes(gzip.compress(content))
        else:
            (folder / stem).write_bytes(content)
    return arrays


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """No test sees the developer's DLFS_DATA, cache folder or system datasets unless it sets them."""
    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(data, "SYSTEM_DIRS", (tmp_path / "system",))
    yield
    data.clear_cache()


# ----------------------------------------------------------------------------- read_idx
@pytest.mark.parametrize("compress", [False, True])
def test_read_idx_raw_and_gzip(tmp_path, compress):
    images = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    content = idx_bytes(images)
    # a misleading name: the format is told by the magic bytes, not by the suffix
    path = tmp_path / ("images.raw" if compress else "images.gz")
    path.write_bytes(gzip.compress(content) if compress else content)
    out = read_idx(path)
    assert out.dtype == np.uint8 and out.shape == (2, 3, 4)
    np.testing.assert_array_equal(out, images)
    out[0, 0, 0] = 99  # the result is the caller's to modify
    labels = np.array([3, 1, 4, 1, 5], dtype=np.uint8)
    (tmp_path / "labels").write_bytes(idx_bytes(labels))
    np.testing.assert_array_equal(read_idx(tmp_path / "labels"), labels)


def test_read_idx_truncated_payload(tmp_path):
    path = tmp_path / "t10k-images-idx3-ubyte"
    path.write_bytes(idx_bytes(np.zeros((3, 28, 28)))[:-10])
    with pytest.raises(DatasetError, match="truncated") as info:
        read_idx(path)
    assert str(path) in str(info.value)


def test_read_idx_truncated_header_and_tiny_file(tmp_path):
    path = tmp_path / "labels"
    path.write_bytes(struct.pack(">I", 0x803) + b"\0\0\0\3")
    with pytest.raises(DatasetError, match="header"):
        read_idx(path)
    path.write_bytes(b"\0\0")
    with pytest.raises(DatasetError, match="too short"):
        read_idx(path)


def test_read_idx_absurd_header_does_not_overflow(tmp_path):
    path = tmp_path / "images"
    path.write_bytes(struct.pack(">4I", 0x803, 2**32 - 1, 2**32 - 1, 2**32 - 1) + b"\0" * 100)
    with pytest.raises(DatasetError, match="truncated") as info:
        read_idx(path)
    assert "(4294967295, 4294967295, 4294967295)" in str(info.value)


def test_read_idx_truncated_gzip(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    images = np.random.default_rng(0).integers(0, 256, (50, 28, 28), dtype=np.uint8)
    whole = gzip.compress(idx_bytes(images))
    path.write_bytes(whole[:len(whole) // 2])
    with pytest.raises(DatasetError, match="truncated") as info:
        read_idx(path)
    assert str(path) in str(info.value)


def test_read_idx_damaged_gzip(tmp_path):
    good = bytearray(gzip.compress(idx_bytes(np.arange(200, dtype=np.uint8))))
    good[20:30] = b"\xff" * 10
    path = tmp_path / "labels.gz"
    path.write_bytes(bytes(good))
    with pytest.raises(DatasetError, match=r"labels.gz"):
        read_idx(path)


@pytest.mark.parametrize("magic", [0x00000802, 0x00000C03, 0x12345678, 0x00000800, 0x00000805])
def test_read_idx_wrong_magic(tmp_path, magic):
    path = tmp_path / "weird"
    path.write_bytes(idx_bytes(np.zeros((2, 2)), magic=magic)[:8] + b"\0" * 64)
    with pytest.raises(DatasetError, match="magic") as info:
        read_idx(path)
    assert str(path) in str(info.value)


def test_read_idx_not_idx_at_all(tmp_path):
    path = tmp_path / "readme.txt"
    path.write_text("hello, this is not a dataset\n")
    with pytest.raises(DatasetError, match=r"readme.txt"):
        read_idx(path)


def test_read_idx_wrong_count(tmp_path):
    path = tmp_path / "labels"
    path.write_bytes(idx_bytes(np.arange(5)) + b"\1\2")
    with pytest.raises(DatasetError, match="wrong count") as info:
        read_idx(path)
    assert "(5,)" in str(info.value)


def test_read_idx_missing_file(tmp_path):
    with pytest.raises(DatasetNotFoundError, match="no such file"):
        read_idx(tmp_path / "nothing")
    assert issubclass(DatasetNotFoundError, FileNotFoundError)
    assert issubclass(DatasetError, ValueError)


# ----------------------------------------------------------------------------- dataset consistency
def test_load_tiny_folder_raw_and_gz(tmp_path):
    for gz in (False, True):
        folder = tmp_path / ("gz" if gz else "raw")
        arrays = write_tiny_dataset(folder, gz=gz)
        ds = load_dataset(folder, normalize=False)
        assert isinstance(ds, Dataset) and ds.source == folder and ds.name == folder.name
        assert ds.class_names == tuple("0123456789")
        np.testing.assert_array_equal(ds.x_train, arrays["train-images-idx3-ubyte"].reshape(6, 784))
        np.testing.assert_array_equal(ds.t_test, arrays["t10k-labels-idx1-ubyte"])
        assert ds.x_train.dtype == np.uint8 and ds.t_train.dtype == np.int64


def test_mismatched_image_and_label_counts(tmp_path):
    folder = tmp_path / "mnist"
    write_tiny_dataset(folder)
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_bytes(np.zeros(3))))
    with pytest.raises(DatasetError, match=r"4 images .* 3 labels"):
        load_dataset(folder)


def test_images_file_with_labels_shape_is_rejected(tmp_path):
    folder = tmp_path / "mnist"
    write_tiny_dataset(folder)
    (folder / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(idx_bytes(np.zeros(6))))
    with pytest.raises(DatasetError, match=r"train-images-idx3-ubyte.gz: expected images"):
        load_dataset(folder)


def test_label_out_of_range_is_rejected(tmp_path):
    folder = tmp_path / "set"
    write_tiny_dataset(folder)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_bytes([0, 1, 2, 3, 4, 12])))
    with pytest.raises(DatasetError, match="label 12"):
        load_dataset(folder, one_hot_label=True)


def test_folder_missing_a_file(tmp_path):
    folder = tmp_path / "set"
    write_tiny_dataset(folder)
    (folder / "t10k-images-idx3-ubyte.gz").unlink()
    with pytest.raises(DatasetNotFoundError, match="t10k-images-idx3-ubyte"):
        load_dataset(folder)
    with pytest.raises(DatasetNotFoundError, match="no such folder"):
        load_dataset(tmp_path / "nowhere")


def test_unknown_name_and_bad_dtype(tmp_path):
    with pytest.raises(DatasetError, match="unknown dataset 'cifar10'"):
        load_dataset("cifar10")
    write_tiny_dataset(tmp_path / "mnist")
    with pytest.raises(TypeError, match="floating"):
        load_dataset(tmp_path / "mnist", dtype=np.int32)


def test_options_on_tiny_data(tmp_path):
    arrays = write_tiny_dataset(tmp_path / "fashion-mnist")
    ds = load_dataset(tmp_path / "fashion-mnist", flatten=False, one_hot_label=True, dtype=np.float64)
    assert ds.name == "fashion-mnist" and ds.class_names[0] == "T-shirt/top" and ds.class_names[9] == "Ankle boot"
    assert ds.x_train.shape == (6, 1, 28, 28) and ds.x_train.dtype == np.float64
    np.testing.assert_array_equal(ds.x_train[:, 0], arrays["train-images-idx3-ubyte"] / 255.0)
    assert ds.t_train.shape == (6, 10) and ds.t_train.dtype == np.float64
    np.testing.assert_array_equal(ds.t_train.argmax(axis=1), arrays["train-labels-idx1-ubyte"])
    np.testing.assert_array_equal(ds.t_train.sum(axis=1), 1.0)


def test_cache_is_not_corrupted_by_callers(tmp_path):
    folder = tmp_path / "set"
    write_tiny_dataset(folder)
    first = load_dataset(folder, normalize=False)
    first.x_train[:] = 0
    first.t_train[:] = 0
    second = load_dataset(folder, normalize=False)
    assert second.x_train.any() and second.x_train is not first.x_train
    assert second.x_train.flags.writeable


def test_changed_files_are_reloaded(tmp_path):
    folder = tmp_path / "set"
    write_tiny_dataset(folder, seed=1)
    before = load_dataset(folder, normalize=False).x_test
    arrays = write_tiny_dataset(folder, n_test=5, seed=2)
    after = load_dataset(folder, normalize=False).x_test
    assert after.shape == (5, 784) and before.shape == (4, 784)
    np.testing.assert_array_equal(after, arrays["t10k-images-idx3-ubyte"].reshape(5, 784))


# ----------------------------------------------------------------------------- search order
def test_search_order(tmp_path, monkeypatch):
    explicit, env = tmp_path / "explicit", tmp_path / "env"
    monkeypatch.setenv("DLFS_DATA", str(env))
    (tmp_path / "system" / "mnist" / "debian-layout").mkdir(parents=True)
    locations = search_locations("mnist", explicit)
    assert locations == [explicit / "mnist", explicit, env / "mnist", env,
                         tmp_path / "xdg-cache" / "dlfs-studio" / "mnist",
                         tmp_path / "system" / "mnist", tmp_path / "system" / "mnist" / "debian-layout"]
    assert find_dataset("mnist", explicit) is None

    # found in each place, the earlier one wins
    write_tiny_dataset(tmp_path / "system" / "mnist" / "debian-layout", seed=5)
    assert find_dataset("mnist", explicit) == tmp_path / "system" / "mnist" / "debian-layout"
    write_tiny_dataset(tmp_path / "system" / "mnist", seed=4)
    assert find_dataset("mnist", explicit) == tmp_path / "system" / "mnist"
    write_tiny_dataset(tmp_path / "xdg-cache" / "dlfs-studio" / "mnist", seed=3)
    assert find_dataset("mnist", explicit) == tmp_path / "xdg-cache" / "dlfs-studio" / "mnist"
    write_tiny_dataset(env, seed=2)  # DLFS_DATA may hold the files directly
    assert find_dataset("mnist", explicit) == env
    write_tiny_dataset(env / "mnist", seed=2)
    assert find_dataset("mnist", explicit) == env / "mnist"
    write_tiny_dataset(explicit, seed=1)
    assert find_dataset("mnist", explicit) == explicit
    arrays = write_tiny_dataset(explicit / "mnist", seed=0)
    assert find_dataset("mnist", explicit) == explicit / "mnist"
    ds = load_dataset("mnist", explicit, normalize=False)
    assert ds.source == explicit / "mnist"
    np.testing.assert_array_equal(ds.t_train, arrays["train-labels-idx1-ubyte"])
    # without the explicit folder, DLFS_DATA comes first; fashion-mnist is not mistaken for mnist
    assert find_dataset("mnist") == env / "mnist"
    assert find_dataset("fashion-mnist") == env  # the files directly in DLFS_DATA count for any name


def test_cache_home_default_is_dot_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert tmp_path / "home" / ".cache" / "dlfs-studio" / "fashion-mnist" in search_locations("fashion-mnist")
    write_tiny_dataset(tmp_path / "home" / ".cache" / "dlfs-studio" / "fashion-mnist")
    ds = load_dataset("fashion-mnist")
    assert ds.source == tmp_path / "home" / ".cache" / "dlfs-studio" / "fashion-mnist"
    assert ds.class_names[1] == "Trouser"


def test_not_found_message(tmp_path, monkeypatch):
    monkeypatch.setenv("DLFS_DATA", str(tmp_path / "env"))
    with pytest.raises(DatasetNotFoundError) as info:
        load_dataset("fashion-mnist", tmp_path / "mine")
    message = str(info.value)
    for folder in search_locations("fashion-mnist", tmp_path / "mine"):
        assert str(folder) in message
    for stem in FILE_NAMES:
        assert f"{stem}.gz" in message
    assert "dlfs data --fetch fashion-mnist" in message


# ----------------------------------------------------------------------------- real data
def test_real_mnist(data_dir):
    ds = load_dataset("mnist", data_dir)
    assert ds.source == data_dir / "mnist" and ds.name == "mnist"
    assert ds.x_train.shape == (60000, 784) and ds.x_test.shape == (10000, 784)
    assert ds.x_train.dtype == np.float32 and ds.x_test.dtype == np.float32
    assert ds.x_train.min() == 0.0 and ds.x_train.max() == 1.0
    assert ds.t_train.shape == (60000,) and ds.t_train.dtype == np.int64 and ds.t_test.dtype == np.int64
    assert set(np.unique(ds.t_train)) == set(range(10))
    assert ds.t_train[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]  # the well-known first labels
    assert ds.t_test[:5].tolist() == [7, 2, 1, 0, 4]

    raw = load_dataset("mnist", data_dir, normalize=False, flatten=False, one_hot_label=True)
    assert raw.x_train.shape == (60000, 1, 28, 28) and raw.x_test.shape == (10000, 1, 28, 28)
    assert raw.x_train.dtype == np.uint8 and raw.x_train.max() == 255
    # the book's normalization, to the last bit
    np.testing.assert_array_equal(ds.x_train, raw.x_train.reshape(60000, 784).astype(np.float32) / 255.0)
    assert raw.t_train.shape == (60000, 10) and raw.t_train.dtype == np.float32
    np.testing.assert_array_equal(raw.t_train.argmax(axis=1), ds.t_train)
    np.testing.assert_array_equal(raw.t_test.sum(axis=1), np.ones(10000, np.float32))


def test_real_fashion_mnist_through_env(data_dir, monkeypatch):
    monkeypatch.setenv("DLFS_DATA", str(data_dir))
    ds = load_dataset("fashion-mnist")
    assert ds.source == data_dir / "fashion-mnist"
    assert ds.x_train.shape == (60000, 784) and ds.t_test.shape == (10000,)
    assert ds.class_names == ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                              "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
    assert np.bincount(ds.t_train).tolist() == [6000] * 10


def test_files_given_directly_are_not_mistaken_for_the_other_dataset(data_dir, tmp_path, monkeypatch):
    direct = tmp_path / "my-digits"
    direct.mkdir()
    for f in (data_dir / "mnist").iterdir():
        (direct / f.name).symlink_to(f)
    monkeypatch.setenv("DLFS_DATA", str(direct))
    assert data.identify(direct) == "mnist" and data.identify(data_dir / "fashion-mnist") == "fashion-mnist"
    assert find_dataset("mnist") == direct
    assert find_dataset("fashion-mnist") is None


def test_real_read_idx(data_dir):
    labels = read_idx(data_dir / "mnist" / "t10k-labels-idx1-ubyte.gz")
    assert labels.shape == (10000,) and labels.dtype == np.uint8
    images = read_idx(data_dir / "mnist" / "t10k-images-idx3-ubyte.gz")
    assert images.shape == (10000, 28, 28)


def test_load_mnist_book_compatible(data_dir):
    (x_train, t_train), (x_test, t_test) = load_mnist(data_dir=data_dir)
    assert x_train.shape == (60000, 784) and t_train.shape == (60000,) and x_test.shape == (10000, 784)
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=False, flatten=False, one_hot_label=True,
                                                      data_dir=data_dir, dataset="fashion-mnist")
    assert x_train.shape == (60000, 1, 28, 28) and x_train.dtype == np.uint8
    assert t_train.shape == (60000, 10) and t_test.shape == (10000, 10)
    # positional arguments in the book's order
    (x, t), _ = load_mnist(True, True, True, data_dir)
    assert x.dtype == np.float32 and t.shape == (60000, 10)


def test_load_mnist_without_data_tells_how_to_fetch():
    with pytest.raises(DatasetNotFoundError, match="dlfs data --fetch mnist"):
        load_mnist()


# ----------------------------------------------------------------------------- dlfs data
def test_cli_reports_found_and_missing(tmp_path, capsys):
    write_tiny_dataset(tmp_path / "mine" / "mnist")
    assert main(["data", "--data-dir", str(tmp_path / "mine")]) == 0
    out = capsys.readouterr().out
    assert f"mnist: {tmp_path / 'mine' / 'mnist'}" in out
    assert "fashion-mnist: missing" in out
    assert str(tmp_path / "xdg-cache" / "dlfs-studio" / "fashion-mnist") in out
    assert "dlfs data --fetch fashion-mnist" in out


def test_cli_verify(data_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DLFS_DATA", str(data_dir))
    assert main(["data", "--verify"]) == 0
    out = capsys.readouterr().out
    assert out.count(": OK") == 8
    # a valid IDX dataset with other content: the checksums do not match
    write_tiny_dataset(tmp_path / "mine" / "mnist")
    assert main(["data", "--verify", "--data-dir", str(tmp_path / "mine")]) == 1
    captured = capsys.readouterr()
    assert "MD5 MISMATCH" in captured.out and "fetch" in captured.err


# ----------------------------------------------------------------------------- hostile files (issue 10)
def gzip_bomb(header: bytes, zero_mib: int) -> bytes:
    """A gzip file of ``header`` followed by ``zero_mib`` MiB of zeros, about 1 kB per MiB: one deflate
    block of zeros repeated (a full flush between blocks makes them independent). Built in
    milliseconds; its CRC is not that of the content, which matters only to a reader that gets to
    the end."""
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(header) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    body = first + block * zero_mib + c.flush()
    size = (len(header) + (zero_mib << 20)) & 0xFFFFFFFF
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + struct.pack("<II", 0, size)


def _peak(fn) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_gzip_bomb_stops_at_the_size_its_header_announces(tmp_path):
    # issue 10: a 1 MB gzip inflating to 1 GB reached 2 GB RSS before being rejected
    path = tmp_path / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(gzip_bomb(struct.pack(">4I", 0x803, 1000, 28, 28), 1024))
    assert path.stat().st_size < 1_200_000

    def read():
        with pytest.raises(DatasetError, match=r"wrong count.*more bytes follow"):
            read_idx(path)
    assert _peak(read) < 4 * 1000 * 28 * 28  # the 784 kB announced, never the 1 GB


def test_gzip_header_claiming_more_than_the_file_can_hold_is_refused_before_decompressing(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip_bomb(struct.pack(">4I", 0x803, 2**31, 28, 28), 1))  # 1.7 TB announced
    with pytest.raises(DatasetError, match="more than the 256 MB"):
        read_idx(path)
    path.write_bytes(gzip_bomb(struct.pack(">4I", 0x803, 200_000, 28, 28), 1))  # 157 MB in a 2 kB file

    def read():
        with pytest.raises(DatasetError, match=r"truncated.*more than a gzip file"):
            read_idx(path)
    assert _peak(read) < 1_000_000


def test_raw_file_larger_than_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "MAX_IDX_BYTES", 1000)
    path = tmp_path / "images"
    path.write_bytes(idx_bytes(np.zeros((2, 28, 28))))
    with pytest.raises(DatasetError, match="more than the 0 MB"):
        read_idx(path)


@pytest.mark.parametrize("which,word", [("train", "training"), ("test", "test")])
def test_dataset_without_training_or_test_images_is_refused(tmp_path, which, word):
    # issue 10: an empty test set gave "test acc nan" and exit 0
    folder = tmp_path / "empty"
    write_tiny_dataset(folder, n_train=0 if which == "train" else 6, n_test=0 if which == "test" else 4)
    with pytest.raises(DatasetError, match=f"holds no images: a dataset needs {word} images"):
        load_dataset(folder)


def test_data_and_download_do_not_import_each_other_both_ways():
    import ast
    import inspect

    from dlfs_studio.core import download

    tree = ast.parse(inspect.getsource(download))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "data" not in imported and not any(m and m.endswith(".data") for m in imported)
