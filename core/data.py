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

import gzip
import hashlib
import math
import os
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import DTypeLike, NDArray

from . import userdirs

if TYPE_CHECKING:  # pragma: no cover - import only for the type hint (download imports this module)
    from .download import DownloadProgress

# ----------------------------------------------------------------------------- constants
#: The two datasets this module knows by name, with their class names (label index -> name).
CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "mnist": tuple(str(d) for d in range(10)),
    "fashion-mnist": ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                      "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"),
}
DATASET_NAMES: tuple[str, ...] = tuple(CLASS_NAMES)

#: The four files of an MNIST-format dataset (each may also carry a ``.gz`` suffix).
TRAIN_IMAGES = "train-images-idx3-ubyte"
TRAIN_LABELS = "train-labels-idx1-ubyte"
TEST_IMAGES = "t10k-images-idx3-ubyte"
TEST_LABELS = "t10k-labels-idx1-ubyte"
FILE_NAMES: tuple[str, ...] = (TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)

#: IDX magic numbers: two zero bytes, the element type (0x08 = unsigned byte), the number of dims.
LABELS_MAGIC = 0x00000801
IMAGES_MAGIC = 0x00000803
_UBYTE = 0x08
_GZIP_MAGIC = b"\x1f\x8b"

#: MD5 of each file's decompressed payload (the public files; recompressed copies match too).
PAYLOAD_MD5: dict[str, dict[str, str]] = {
    "mnist": {
        TRAIN_IMAGES: "6bbc9ace898e44ae57da46a324031adb",
        TRAIN_LABELS: "a25bea736e30d166cdddb491f175f624",
        TEST_IMAGES: "2646ac647ad5339dbf082846283269ea",
        TEST_LABELS: "27ae3e4e09519cfbb04c329615203637",
    },
    "fashion-mnist": {
        TRAIN_IMAGES: "f4a8712d7a061bf5bd6d2ca38dc4d50a",
        TRAIN_LABELS: "9018921c3c673c538a1fc5bad174d6f9",
        TEST_IMAGES: "8181f5470baa50b63fa0f6fddb340f0a",
        TEST_LABELS: "15d484375f8d13e6eb1aabb0c3f46965",
    },
}

IMAGE_SIDE = 28
NUM_CLASSES = 10

#: The environment variable naming a data folder (a parent of ``mnist/`` or the files themselves).
ENV_VAR = "DLFS_DATA"
#: System-wide folders searched last (Debian's dataset-fashion-mnist installs under the first).
SYSTEM_DIRS: tuple[Path, ...] = (Path("/usr/share/datasets"), Path("/usr/local/share/datasets"))


# ----------------------------------------------------------------------------- errors
class DatasetError(ValueError):
    """A dataset file is missing, damaged or not in the expected format (the message names the file)."""


class DatasetNotFoundError(DatasetError, FileNotFoundError):
    """The dataset's four files are in none of the searched folders."""


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
def _read_bytes(path: Path) -> bytes:
    """The decompressed content of ``path`` (gzip detected by its magic bytes)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DatasetNotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DatasetError(f"{path}: is a folder, not an IDX file") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if raw[:2] != _GZIP_MAGIC:
        return raw
    try:
        return gzip.decompress(raw)
    except EOFError:
        raise DatasetError(f"{path}: the gzip file is truncated (incomplete download?); "
                           "delete it and download it again") from None
    except (OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise DatasetError(f"{path}: the gzip file is damaged ({exc}); "
                           "delete it and download it again") from None


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
def user_cache_dir(name: str | None = None) -> Path:
    """The per-user cache folder (``~/.cache/dlfs-studio`` on Linux; see :mod:`.userdirs`), or its ``<name>``."""
    return userdirs.user_cache_dir(name)


def _check_name(name: str) -> str:
    if name not in CLASS_NAMES:
        raise DatasetError(f"unknown dataset {name!r}: choose one of {', '.join(DATASET_NAMES)} "
                           "or give the folder holding the four IDX files")
    return name


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
        try:
            locations += sorted(p for p in folder.iterdir() if p.is_dir())
        except OSError:
            pass
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


def download_target(name: str, data_dir: str | Path | None = None) -> Path:
    """Where a download of ``name`` goes: ``data_dir/<name>`` (or ``data_dir`` itself when it is
    already called ``<name>``), else the user's cache folder."""
    _check_name(name)
    if data_dir is None:
        return user_cache_dir(name)
    folder = Path(data_dir).expanduser()
    return folder if folder.name == name else folder / name


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
    return tuple(arrays[stem] for stem in FILE_NAMES)


def _load_raw(folder: Path) -> tuple[NDArray[np.uint8], ...]:
    """The decoded uint8 arrays of ``folder``, from the in-memory cache when the files are unchanged."""
    files = dataset_files(folder)
    if files is None:
        missing = [s for s in FILE_NAMES if not (folder / s).is_file() and not (folder / f"{s}.gz").is_file()]
        raise DatasetNotFoundError(f"{folder}: missing {', '.join(missing)} (or the same with .gz)")
    try:
        key = (str(folder.resolve()),) + tuple(
            (str(p), st.st_size, st.st_mtime_ns) for p, st in ((p, p.stat()) for p in files.values()))
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
    if isinstance(name_or_folder, str) and os.sep not in name_or_folder and "/" not in name_or_folder \
            and not Path(name_or_folder).exists():
        _check_name(name_or_folder)  # raises: neither a known name nor a folder
    folder = Path(name_or_folder).expanduser()
    if not folder.is_dir():
        raise DatasetNotFoundError(f"{folder}: no such folder")
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
        from .download import download_dataset
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
