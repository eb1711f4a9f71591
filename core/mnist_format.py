"""What an MNIST-format dataset is: names, files, checksums, sizes, errors and where downloads go.

Shared by :mod:`core.data` (reading) and :mod:`core.download` (fetching), which import this
module and never each other's internals (``data`` imports ``download``; ``download`` does not
import ``data``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import userdirs

#: The two datasets known by name, with their class names (label index -> name).
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
UBYTE = 0x08
GZIP_MAGIC = b"\x1f\x8b"

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

#: Size in bytes of each file's decompressed payload (the same for MNIST and Fashion-MNIST):
#: header + 60,000 or 10,000 images of 28x28 bytes or labels of one byte.
PAYLOAD_SIZES: dict[str, int] = {
    TRAIN_IMAGES: 16 + 60_000 * 28 * 28,
    TRAIN_LABELS: 8 + 60_000,
    TEST_IMAGES: 16 + 10_000 * 28 * 28,
    TEST_LABELS: 8 + 10_000,
}


def max_download_bytes(stem: str) -> int:
    """The most bytes a download of file ``stem`` may take: its payload, raw or gzip-compressed
    (deflate never grows data by more than 5 bytes per 16 kB block, plus the gzip header)."""
    size = PAYLOAD_SIZES[stem]
    return size + size // 1024 + 4096


IMAGE_SIDE = 28
NUM_CLASSES = 10


class DatasetError(ValueError):
    """A dataset file is missing, damaged or not in the expected format (the message names the file)."""


class DatasetNotFoundError(DatasetError, FileNotFoundError):
    """The dataset's four files are in none of the searched folders."""


@dataclass(frozen=True)
class DownloadProgress:
    """One progress report: ``bytes_total`` is None when the server does not say."""

    file: str
    bytes_done: int
    bytes_total: int | None
    bytes_per_sec: float
    mirror: str


def check_name(name: str) -> str:
    """``name`` if it is a known dataset, else DatasetError listing the known ones."""
    if name not in CLASS_NAMES:
        shown = repr(name) if len(str(name)) <= 60 else f"{str(name)[:60]!r}... ({len(str(name)):,} characters)"
        raise DatasetError(f"unknown dataset {shown}: choose one of {', '.join(DATASET_NAMES)} "
                           "or give the folder holding the four IDX files")
    return name


def user_cache_dir(name: str | None = None) -> Path:
    """The per-user cache folder (``~/.cache/dlfs-studio`` on Linux; see :mod:`.userdirs`), or its ``<name>``."""
    return userdirs.user_cache_dir(name)


def download_target(name: str, data_dir: str | Path | None = None) -> Path:
    """Where a download of ``name`` goes: ``data_dir/<name>`` (or ``data_dir`` itself when it is
    already called ``<name>``), else the user's cache folder."""
    check_name(name)
    if data_dir is None:
        return user_cache_dir(name)
    folder = Path(data_dir).expanduser()
    return folder if folder.name == name else folder / name
