"""MNIST-format datasets: read IDX files, find the dataset folder, load it the book's way.

The book's ``dataset/mnist.py`` downloads MNIST and pickles it; here the four IDX files
(gzip-compressed or raw, told apart by their first bytes, not their names) are read
directly and checked, so a truncated or foreign file gives a sentence naming the file
instead of a crash deep inside NumPy or gzip.

Where a dataset is looked for, in order (see :func:`search_locations`):

1. the explicit ``data_dir`` (the dataset folder itself, or a parent holding ``mnist/``
   and ``fashion-mnist/``),
2. the environment variable ``DLFS_DATA`` (same two layouts),
3. the user's cache folder ``$XDG_CACHE_HOME/dlfs-studio/<name>`` (default
   ``~/.cache/dlfs-studio/<name>``), where ``dlfs data --fetch`` puts downloads,
4. the system folders ``/usr/share/datasets/<name>`` (Debian's ``dataset-fashion-mnist``)
   and ``/usr/local/share/datasets/<name>``, and their direct subfolders.

Decoded files are kept in memory for the life of the process (keyed by the folder and each
file's size and modification time), so loading the same dataset twice is quick. The cache
holds read-only ``uint8`` arrays; every array :func:`load_dataset` returns is a fresh copy
owned by the caller. There is no on-disk cache: decompressing all four MNIST files takes
about 0.15 s, which is not worth a second copy of the data on disk.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import math
import os
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from numpy.typing import DTypeLike, NDArray

from .download import download_dataset
from .mnist_format import (
    CLASS_NAMES,
    DATASET_NAMES,
    FILE_NAMES,
    GZIP_MAGIC,
    IMAGE_SIDE,
    IMAGES_MAGIC,
    LABELS_MAGIC,
    NUM_CLASSES,
    PAYLOAD_MD5,
    TEST_IMAGES,
    TEST_LABELS,
    TRAIN_IMAGES,
    TRAIN_LABELS,
    UBYTE,
    DatasetError,
    DatasetNotFoundError,
    DownloadProgress,
    check_name,
    download_target,
    user_cache_dir,
)

__all__ = [  # the names this module has always offered, some of them now defined in mnist_format
    "CLASS_NAMES", "DATASET_NAMES", "ENV_VAR", "FILE_NAMES", "IMAGES_MAGIC", "IMAGE_SIDE", "LABELS_MAGIC",
    "MAX_IDX_BYTES", "NUM_CLASSES", "PAYLOAD_MD5", "SYSTEM_DIRS", "TEST_IMAGES", "TEST_LABELS",
    "TRAIN_IMAGES", "TRAIN_LABELS", "Dataset", "DatasetError", "DatasetNotFoundError", "DownloadProgress",
    "clear_cache", "dataset_files", "download_target", "find_dataset", "identify", "load_dataset",
    "load_mnist", "not_found_message", "read_idx", "search_locations", "user_cache_dir",
]

_GZIP_MAGIC = GZIP_MAGIC
_UBYTE = UBYTE
_check_name = check_name

#: The most data bytes one IDX file may hold (about 340,000 images of 28x28): checked against the
#: header before anything is decompressed or allocated. MNIST's largest file holds 47 MB.
MAX_IDX_BYTES = 256 << 20
#: Deflate cannot compress better than about 1032:1, so a gzip file holding more than this many
#: times its own size is lying about its content.
_MAX_DEFLATE_RATIO = 1100

#: The environment variable naming a data folder (a parent of ``mnist/`` or the files themselves).
ENV_VAR = "DLFS_DATA"
#: System-wide folders searched last (Debian's dataset-fashion-mnist installs under the first).
SYSTEM_DIRS: tuple[Path, ...] = (Path("/usr/share/datasets"), Path("/usr/local/share/datasets"))


# ----------------------------------------------------------------------------- the dataset
@dataclass(frozen=True, eq=False)  # eq=False: arrays have no single truth value; compare by identity
class Dataset:
    """One loaded dataset; every array belongs to the caller (never shared with the cache).

    x_train: (60000, 784) when flattened, else (60000, 1, 28, 28); x_test likewise with 10000 rows.
        Normalized: floating (``dtype``, float32 by default) in [0, 1]; otherwise uint8 0..255.
    t_train, t_test: label indices, int64 (N,); or one-hot (N, 10) of ``dtype`` when one_hot_label.
    class_names: the name of each label index. source: the folder the files came from.
    """

    name: str
    x_train: NDArray
    t_train: NDArray
    x_test: NDArray
    t_test: NDArray
    class_names: tuple[str, ...]
    source: Path

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


# ----------------------------------------------------------------------------- IDX files
def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DatasetNotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DatasetError(f"{path}: is a folder, not an IDX file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _idx_size(head: bytes) -> int | None:
    """Header plus data bytes announced by an IDX header ``head`` (its first 4 + 4*ndim bytes), or
    None when ``head`` is not (all of) an IDX header; _parse_idx then names the problem."""
    if len(head) < 4 or head[:2] != b"\0\0" or head[2] != UBYTE or not 1 <= head[3] <= 4:
        return None
    ndim = head[3]
    if len(head) < 4 + 4 * ndim:
        return None
    shape = (int.from_bytes(head[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    return 4 + 4 * ndim + math.prod(shape)


def _shape(head: bytes) -> tuple[int, ...]:
    return tuple(int.from_bytes(head[4 + 4 * i:8 + 4 * i], "big") for i in range(head[3]))


def _too_large(path: Path, head: bytes, size: int) -> DatasetError:
    return DatasetError(f"{path}: the header announces shape {_shape(head)} ({size - 4 - 4 * head[3]:,} bytes "
                        f"of data), more than the {MAX_IDX_BYTES >> 20} MB an IDX file may hold here")


def _count_error(path: Path, head: bytes, size: int, stored: int | None) -> DatasetError:
    """Truncated or wrong count, worded as :func:`_parse_idx` words it; ``stored`` None: more data follows."""
    header = 4 + 4 * head[3]
    expected = size - header
    if stored is None:
        return DatasetError(f"{path}: wrong count: the header announces shape {_shape(head)} "
                            f"({expected:,} bytes of data) but more bytes follow")
    payload = stored - header
    if payload < expected:
        return DatasetError(f"{path}: truncated: the header announces shape {_shape(head)} "
                            f"({expected:,} bytes of data) but only {payload:,} bytes follow")
    return DatasetError(f"{path}: wrong count: the header announces shape {_shape(head)} "
                        f"({expected:,} bytes of data) but {payload:,} bytes follow")


def _read_bytes(path: Path) -> bytes:
    """The decompressed content of ``path`` (gzip detected by its magic bytes).

    The IDX header is read first and bounds everything after it: a file (or gzip stream)
    announcing more than :data:`MAX_IDX_BYTES`, or more than its compressed size can hold, is
    refused before any data is read, and decompression stops one byte past the announced size,
    so a gzip bomb costs no more memory than the data it claims.
    """
    with _open(path) as f:
        try:
            stored = os.fstat(f.fileno()).st_size
            if f.read(2) != GZIP_MAGIC:
                f.seek(0)
                head = f.read(20)
                size = _idx_size(head)
                if size is not None and size > MAX_IDX_BYTES and stored >= size:
                    raise _too_large(path, head, size)  # a real file that big: refused before reading it
                if size is not None and stored != size:
                    raise _count_error(path, head, size, stored)
                f.seek(0)
                return f.read()
            f.seek(0)
            with gzip.GzipFile(fileobj=f, mode="rb") as gz:
                head = gz.read(4)
                if len(head) == 4 and head[:2] == b"\0\0" and head[2] == UBYTE and 1 <= head[3] <= 4:
                    head += gz.read(4 * head[3])
                size = _idx_size(head)
                if size is None:
                    return head + gz.read(1 << 16)  # not IDX: enough for _parse_idx to say so
                if size > MAX_IDX_BYTES:
                    raise _too_large(path, head, size)
                if size > _MAX_DEFLATE_RATIO * stored + 1024:
                    raise DatasetError(f"{path}: truncated: the header announces shape {_shape(head)} "
                                       f"({size - len(head):,} bytes of data), more than a gzip file of "
                                       f"{stored:,} bytes can hold")
                data = head + gz.read(size - len(head) + 1)
                if len(data) > size:
                    raise _count_error(path, head, size, None)
                return data
        except EOFError:
            raise DatasetError(f"{path}: the gzip file is truncated (incomplete download?); "
                               "delete it and download it again") from None
        except (zlib.error, gzip.BadGzipFile) as exc:
            raise DatasetError(f"{path}: the gzip file is damaged ({exc}); "
                               "delete it and download it again") from None
        except OSError as exc:
            raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _parse_idx(data: bytes, path: Path) -> NDArray[np.uint8]:
    """Validate the IDX header of ``data`` and return its payload as a read-only uint8 view."""
    if len(data) < 4:
        raise DatasetError(f"{path}: only {len(data)} bytes, too short to be an IDX file")
    magic = int.from_bytes(data[:4], "big")
    if data[:2] != b"\0\0" or data[2] != _UBYTE or not 1 <= data[3] <= 4:
        raise DatasetError(
            f"{path}: not an IDX file of unsigned bytes (magic number 0x{magic:08X}; expected "
            f"0x{LABELS_MAGIC:08X} for labels or 0x{IMAGES_MAGIC:08X} for images)")
    ndim = data[3]
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DatasetError(f"{path}: truncated inside its header ({len(data)} bytes, "
                           f"the header alone needs {header})")
    shape = tuple(int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    expected = math.prod(shape)  # Python ints: no overflow for absurd headers
    payload = len(data) - header
    if payload < expected:
        raise DatasetError(f"{path}: truncated: the header announces shape {shape} "
                           f"({expected:,} bytes of data) but only {payload:,} bytes follow")
    if payload > expected:
        raise DatasetError(f"{path}: wrong count: the header announces shape {shape} "
                           f"({expected:,} bytes of data) but {payload:,} bytes follow")
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(shape)


def read_idx(path: str | Path) -> NDArray[np.uint8]:
    """Read one IDX file (gzip or raw) of unsigned bytes.

    Returns a writable uint8 array of the header's shape: (N,) for labels, (N, 28, 28) for
    MNIST images. Raises DatasetError (naming the file) when it is truncated, damaged,
    has another magic number, or its data length differs from the header's count.
    """
    path = Path(path)
    return _parse_idx(_read_bytes(path), path).copy()


# ----------------------------------------------------------------------------- where to look
def _parent_or_self(folder: Path, name: str) -> list[Path]:
    """A folder that may be a parent of ``<name>/`` or the dataset folder itself."""
    return [folder / name, folder]


def search_locations(name: str, data_dir: str | Path | None = None) -> list[Path]:
    """The folders searched for dataset ``name``, in look-up order (existing or not).

    System folders are listed with their direct subfolders (only those that exist).
    """
    _check_name(name)
    locations: list[Path] = []
    if data_dir is not None:
        locations += _parent_or_self(Path(data_dir).expanduser(), name)
    env = os.environ.get(ENV_VAR, "")
    if env:
        locations += _parent_or_self(Path(env).expanduser(), name)
    locations.append(user_cache_dir(name))
    for system in SYSTEM_DIRS:
        folder = system / name
        locations.append(folder)
        with contextlib.suppress(OSError):
            locations += sorted(p for p in folder.iterdir() if p.is_dir())
    unique: list[Path] = []
    for p in locations:
        if p not in unique:
            unique.append(p)
    return unique


def dataset_files(folder: str | Path) -> dict[str, Path] | None:
    """The four files in ``folder`` (plain name preferred over ``.gz``), or None if any is missing."""
    folder = Path(folder)
    found: dict[str, Path] = {}
    for stem in FILE_NAMES:
        for candidate in (folder / stem, folder / f"{stem}.gz"):
            if candidate.is_file():
                found[stem] = candidate
                break
        else:
            return None
    return found


def identify(folder: str | Path) -> str | None:
    """The known dataset whose test labels ``folder`` holds ("mnist", "fashion-mnist"), else None.

    Cheap (the test-labels file is 10 kB): it keeps a folder of MNIST files given directly
    (``DLFS_DATA=~/mnist``) from being taken for Fashion-MNIST, and the other way round.
    """
    files = dataset_files(folder)
    if files is None:
        return None
    try:
        digest = hashlib.md5(_read_bytes(files[TEST_LABELS])).hexdigest()
    except DatasetError:
        return None
    return next((name for name, sums in PAYLOAD_MD5.items() if sums[TEST_LABELS] == digest), None)


def find_dataset(name: str, data_dir: str | Path | None = None) -> Path | None:
    """The first folder of :func:`search_locations` holding all four files, or None.

    A folder whose files are recognisably the *other* known dataset is skipped.
    """
    for folder in search_locations(name, data_dir):
        if dataset_files(folder) is not None and identify(folder) in (name, None):
            return folder
    return None


def not_found_message(name: str, data_dir: str | Path | None = None) -> str:
    """The explanation given when ``name`` is in none of the searched folders."""
    lines = [f"The {name} dataset was not found. Searched, in order:"]
    lines += [f"  {p}" for p in search_locations(name, data_dir)]
    lines.append("Put these four files (each may be gzip-compressed with a .gz suffix) in one of them:")
    lines += [f"  {stem}.gz" for stem in FILE_NAMES]
    lines.append(f"or download them with:  dlfs data --fetch {name}"
                 + (f" --data-dir {data_dir}" if data_dir is not None else ""))
    return "\n".join(lines)


# ----------------------------------------------------------------------------- loading
_cache: dict[tuple, tuple[NDArray[np.uint8], ...]] = {}
_cache_lock = threading.Lock()


def clear_cache() -> None:
    """Forget every decoded dataset kept in memory."""
    with _cache_lock:
        _cache.clear()


def _read_checked(files: dict[str, Path]) -> tuple[NDArray[np.uint8], ...]:
    """Read the four files and check they form one dataset: (x_train, t_train, x_test, t_test), read-only."""
    arrays = {}
    for stem, path in files.items():
        a = _parse_idx(_read_bytes(path), path)
        is_images = "images" in stem
        if is_images and (a.ndim != 3 or a.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE)):
            raise DatasetError(f"{path}: expected images of shape (N, 28, 28) "
                               f"(magic 0x{IMAGES_MAGIC:08X}), got shape {a.shape}")
        if not is_images:
            if a.ndim != 1:
                raise DatasetError(f"{path}: expected labels of shape (N,) "
                                   f"(magic 0x{LABELS_MAGIC:08X}), got shape {a.shape}")
            if a.size and int(a.max()) >= NUM_CLASSES:
                raise DatasetError(f"{path}: label {int(a.max())} is not a class index in 0..9")
        arrays[stem] = a
    for images, labels in ((TRAIN_IMAGES, TRAIN_LABELS), (TEST_IMAGES, TEST_LABELS)):
        n_img, n_lab = len(arrays[images]), len(arrays[labels])
        if n_img != n_lab:
            raise DatasetError(f"{files[images]} has {n_img:,} images but {files[labels]} "
                               f"has {n_lab:,} labels; the two files do not belong together")
        if n_img == 0:
            kind = "training" if images == TRAIN_IMAGES else "test"
            raise DatasetError(f"{files[images]} holds no images: a dataset needs {kind} images "
                               f"to {'learn from' if kind == 'training' else 'measure the accuracy on'}")
    return tuple(arrays[stem] for stem in FILE_NAMES)


def _load_raw(folder: Path) -> tuple[NDArray[np.uint8], ...]:
    """The decoded uint8 arrays of ``folder``, from the in-memory cache when the files are unchanged."""
    files = dataset_files(folder)
    if files is None:
        missing = [s for s in FILE_NAMES if not (folder / s).is_file() and not (folder / f"{s}.gz").is_file()]
        raise DatasetNotFoundError(f"{folder}: missing {', '.join(missing)} (or the same with .gz)")
    try:
        stats = ((str(p), p.stat()) for p in files.values())
        key = (str(folder.resolve()), *((p, st.st_size, st.st_mtime_ns) for p, st in stats))
    except OSError as exc:
        raise DatasetError(f"{folder}: cannot be read ({exc})") from None
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    arrays = _read_checked(files)
    with _cache_lock:
        for old in [k for k in _cache if k[0] == key[0]]:
            del _cache[old]  # files changed on disk: drop the stale entry
        _cache[key] = arrays
    return arrays


def _resolve(name_or_folder: str | Path, data_dir: str | Path | None) -> tuple[str, Path | None]:
    """(dataset name, folder or None when a named dataset is not found)."""
    if isinstance(name_or_folder, str) and name_or_folder.lower() in CLASS_NAMES:
        name = name_or_folder.lower()
        return name, find_dataset(name, data_dir)
    text = str(name_or_folder)
    try:
        exists = Path(text).exists()
        folder = Path(text).expanduser()
        is_dir = folder.is_dir()
    except (OSError, ValueError, RuntimeError):  # a name too long, a NUL byte, ...
        exists = is_dir = False
        folder = Path(text)
    if isinstance(name_or_folder, str) and os.sep not in text and "/" not in text and not exists:
        _check_name(text)  # raises: neither a known name nor a folder
    if not is_dir:
        shown = text if len(text) <= 200 else f"{text[:160]}... ({len(text):,} characters)"
        raise DatasetNotFoundError(f"{shown}: no such folder")
    return folder.name, folder


def _prepare_x(images: NDArray[np.uint8], normalize: bool, flatten: bool, dtype: np.dtype) -> NDArray:
    shape = (len(images), IMAGE_SIDE * IMAGE_SIDE) if flatten else (len(images), 1, IMAGE_SIDE, IMAGE_SIDE)
    if not normalize:
        return images.reshape(shape).copy()
    x = images.reshape(shape).astype(dtype)  # a new array: the cache is never written
    x /= dtype.type(255.0)  # same values as the book's astype(float32) / 255.0
    return x


def _prepare_t(labels: NDArray[np.uint8], one_hot: bool, dtype: np.dtype) -> NDArray:
    if not one_hot:
        return labels.astype(np.int64)
    t = np.zeros((len(labels), NUM_CLASSES), dtype=dtype)
    t[np.arange(len(labels)), labels] = 1
    return t


def load_dataset(name_or_folder: str | Path = "mnist", data_dir: str | Path | None = None, *,
                 normalize: bool = True, flatten: bool = True, one_hot_label: bool = False,
                 dtype: DTypeLike = np.float32, download: bool = False,
                 progress: Callable[[DownloadProgress], bool | None] | None = None) -> Dataset:
    """Load "mnist", "fashion-mnist" or a folder holding the four IDX files.

    x: (N, 784) when ``flatten`` else (N, 1, 28, 28); ``dtype`` (float32) values in [0, 1] when
    ``normalize`` (x / 255), else the file's uint8 values 0..255.
    t: int64 label indices (N,), or one-hot (N, 10) of ``dtype`` when ``one_hot_label``.
    A named dataset is looked for in :func:`search_locations`; when it is missing, ``download``
    fetches it (into ``data_dir/<name>`` or the user cache; ``progress`` as in
    :func:`core.download.download_dataset`), otherwise DatasetNotFoundError explains where to put it.
    Every returned array is a fresh copy owned by the caller.
    """
    dt = np.dtype(dtype)
    if not np.issubdtype(dt, np.floating):
        raise TypeError(f"dtype must be a floating type such as np.float32, got {dt}")
    name, folder = _resolve(name_or_folder, data_dir)
    if folder is None:
        if not download:
            raise DatasetNotFoundError(not_found_message(name, data_dir))
        folder = download_dataset(name, download_target(name, data_dir), progress=progress)
    x_train, t_train, x_test, t_test = _load_raw(folder)
    return Dataset(
        name=name,
        x_train=_prepare_x(x_train, normalize, flatten, dt),
        t_train=_prepare_t(t_train, one_hot_label, dt),
        x_test=_prepare_x(x_test, normalize, flatten, dt),
        t_test=_prepare_t(t_test, one_hot_label, dt),
        class_names=CLASS_NAMES.get(name, CLASS_NAMES["mnist"]),
        source=folder,
    )


def load_mnist(normalize: bool = True, flatten: bool = True, one_hot_label: bool = False,
               data_dir: str | Path | None = None, dataset: str = "mnist",
               ) -> tuple[tuple[NDArray, NDArray], tuple[NDArray, NDArray]]:
    """The book's ``load_mnist``: ``(x_train, t_train), (x_test, t_test)``.

    Same arguments and layout as ``dataset/mnist.py`` of the book (float32 x / 255 when
    normalize, (N, 1, 28, 28) unless flatten, one-hot labels on request); ``dataset`` picks
    "mnist" or "fashion-mnist". It never downloads: run ``dlfs data --fetch mnist`` once.
    """
    ds = load_dataset(dataset, data_dir, normalize=normalize, flatten=flatten, one_hot_label=one_hot_label)
    return (ds.x_train, ds.t_train), (ds.x_test, ds.t_test)
