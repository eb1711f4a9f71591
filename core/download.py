"""Download MNIST / Fashion-MNIST from public mirrors, verified, with progress and cancel.

Only the standard library (urllib). Each file is written to a temporary file in the
destination folder, checked against the MD5 of its *decompressed* payload (so a mirror
that recompressed the files still passes), and only then renamed into place. Any failure
(HTTP error, dropped connection, wrong checksum) removes the temporary file and tries the
next mirror; a cancel removes it and stops. Files already present and valid are kept.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import http.client
import math
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from .mnist_format import (
    FILE_NAMES,
    GZIP_MAGIC,
    PAYLOAD_MD5,
    PAYLOAD_SIZES,
    DatasetError,
    DownloadProgress,
    check_name,
    download_target,
    max_download_bytes,
)

__all__ = ["DEFAULT_DEADLINE", "MD5", "MIRRORS", "DeadlineExceeded", "DownloadCancelled", "DownloadProgress",
           "download_dataset", "is_valid", "payload_md5"]

#: Public mirrors tried in turn; each holds ``<file>.gz`` for the four files.
MIRRORS: dict[str, tuple[str, ...]] = {
    "mnist": (
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
        "http://yann.lecun.com/exdb/mnist/",
    ),
    "fashion-mnist": (
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
    ),
}

#: MD5 of each file's decompressed payload.
MD5 = PAYLOAD_MD5

_CHUNK = 1 << 16
#: The default bound on a whole download, in seconds (the four MNIST files, 11.6 MB, at 13 kB/s).
DEFAULT_DEADLINE = 900.0


def _check_seconds(name: str, value: float) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number of seconds, got {str(value)[:40]!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a positive finite number of seconds, got {str(value)[:40]}")
    return seconds
_USER_AGENT = "dlfs-studio (Python urllib)"


class DownloadCancelled(DatasetError):
    """The download was cancelled (progress returned False or the cancel event was set)."""


def payload_md5(path: str | Path, limit: int | None = None) -> str:
    """MD5 hex digest of the decompressed content of ``path`` (gzip detected by its magic bytes).

    Raises DatasetError naming the file when it cannot be read, its gzip stream is damaged, or
    its content is longer than ``limit`` bytes (decompression stops there: a gzip bomb costs
    no more time than ``limit``).
    """
    path = Path(path)
    digest = hashlib.md5()
    done = 0
    try:
        with open(path, "rb") as raw:
            is_gzip = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw, mode="rb") if is_gzip else raw
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
                done += len(chunk)
                if limit is not None and done > limit:
                    raise DatasetError(f"{path}: the content is longer than the {limit:,} bytes expected")
    except EOFError:
        raise DatasetError(f"{path}: the gzip file is truncated") from None
    except zlib.error as exc:
        raise DatasetError(f"{path}: the gzip file is damaged ({exc})") from None
    except OSError as exc:  # includes gzip.BadGzipFile and a missing file
        raise DatasetError(f"{path}: cannot be read ({exc})") from None
    return digest.hexdigest()


def is_valid(name: str, stem: str, path: str | Path) -> bool:
    """True when ``path`` holds the expected payload of file ``stem`` of dataset ``name``."""
    try:
        return payload_md5(path, limit=PAYLOAD_SIZES[stem]) == MD5[name][stem]
    except DatasetError:
        return False


def _existing_valid(name: str, stem: str, folder: Path) -> Path | None:
    for candidate in (folder / stem, folder / f"{stem}.gz"):
        if candidate.is_file() and is_valid(name, stem, candidate):
            return candidate
    return None


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


class DeadlineExceeded(DatasetError):
    """The whole download took longer than its deadline."""


def _fetch_one(url: str, mirror: str, stem: str, folder: Path, timeout: float,
               report: Callable[[DownloadProgress], bool], deadline: float | None = None) -> Path:
    """Download ``url`` into a temporary file of ``folder``; return it (caller verifies and renames).

    At most :func:`core.mnist_format.max_download_bytes` are accepted (a longer announced length
    is refused before reading, an endless stream is cut there); ``deadline`` (a
    ``time.monotonic()`` value) bounds the whole transfer, whatever the pace of the server.
    Progress is reported after every read, however small.
    Raises OSError / urllib errors / DatasetError on failure, DeadlineExceeded past the deadline,
    DownloadCancelled on cancel; the temporary file is removed on every failure.
    """
    limit = max_download_bytes(stem)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)

    def remaining() -> float:
        return math.inf if deadline is None else deadline - time.monotonic()

    try:
        with os.fdopen(fd, "wb") as out:
            request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
            if remaining() <= 0:
                raise DeadlineExceeded("no time left")
            with urllib.request.urlopen(request, timeout=max(0.01, min(timeout, remaining()))) as response:
                length = response.headers.get("Content-Length")
                total = int(length) if length and length.isdigit() else None
                if total is not None and total > limit:
                    raise DatasetError(f"the server announces {total:,} bytes, more than the {limit:,} "
                                       f"{stem}.gz can take")
                done, start = 0, time.monotonic()
                if not report(DownloadProgress(stem + ".gz", 0, total, 0.0, mirror)):
                    raise DownloadCancelled("download cancelled")
                read = getattr(response, "read1", response.read)  # read1: whatever has arrived
                while chunk := read(_CHUNK):
                    out.write(chunk)
                    done += len(chunk)
                    speed = done / max(time.monotonic() - start, 1e-6)
                    if not report(DownloadProgress(stem + ".gz", done, total, speed, mirror)):
                        raise DownloadCancelled("download cancelled")
                    if done > limit:
                        raise DatasetError(f"the server sent more than the {limit:,} bytes {stem}.gz can take")
                    if remaining() <= 0:
                        raise DeadlineExceeded(f"{done:,} bytes in {time.monotonic() - start:.0f} s "
                                               f"({speed:,.0f} bytes/s)")
        if total is not None and done != total:
            raise DatasetError(f"connection dropped after {done:,} of {total:,} bytes")
        return tmp
    except BaseException:
        _remove(tmp)
        raise


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP error {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"could not connect ({exc.reason})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def _download_file(name: str, stem: str, folder: Path, mirrors: Sequence[str], timeout: float,
                   report: Callable[[DownloadProgress], bool], deadline: float | None = None,
                   budget: float | None = None) -> Path:
    """Fetch ``stem`` from the first mirror that serves the right content; rename it into ``folder``."""
    failures: list[str] = []
    for mirror in mirrors:
        url = (mirror if mirror.endswith("/") else mirror + "/") + f"{stem}.gz"
        try:
            tmp = _fetch_one(url, mirror, stem, folder, timeout, report, deadline)
        except DownloadCancelled:
            raise DownloadCancelled(f"download of {name} cancelled; nothing partial was kept in {folder}") from None
        except DeadlineExceeded as exc:
            raise DeadlineExceeded(f"download of {name} stopped: it took longer than its {budget:g} s deadline "
                                   f"({stem}.gz from {url}: {exc}); nothing partial was kept in {folder}. "
                                   "Try again later, or copy the files in by hand") from None
        except (OSError, http.client.HTTPException, DatasetError, ValueError) as exc:  # urllib errors are OSErrors
            failures.append(f"  {url}: {_describe(exc)}")
            continue
        try:
            try:
                digest = payload_md5(tmp, limit=PAYLOAD_SIZES[stem])
            except DatasetError as exc:
                failures.append(f"  {url}: damaged download ({str(exc).split(': ', 1)[-1]})")
                continue
            if digest != MD5[name][stem]:
                failures.append(f"  {url}: checksum mismatch (MD5 of the content {digest}, "
                                f"expected {MD5[name][stem]})")
                continue
            with open(tmp, "rb") as f:
                is_gzip = f.read(2) == GZIP_MAGIC
            target = folder / (f"{stem}.gz" if is_gzip else stem)
            os.replace(tmp, target)
        finally:
            _remove(tmp)  # no-op once renamed into place
        other = folder / (stem if is_gzip else f"{stem}.gz")
        if other.exists() and not is_valid(name, stem, other):
            _remove(other)  # an old damaged copy would otherwise shadow the new file
        return target
    raise DatasetError(
        f"Could not download {stem}.gz of {name} from any mirror:\n" + "\n".join(failures)
        + f"\nIf this computer is offline, copy these files into {folder} by hand:\n"
        + "\n".join(f"  {s}.gz" for s in FILE_NAMES))


def download_dataset(name: str, dest_dir: str | Path | None = None, *,
                     mirrors: Sequence[str] | None = None,
                     progress: Callable[[DownloadProgress], bool | None] | None = None,
                     cancel: threading.Event | None = None, timeout: float = 30,
                     files: Sequence[str] | None = None, deadline: float | None = DEFAULT_DEADLINE) -> Path:
    """Download dataset ``name`` ("mnist" or "fashion-mnist") into ``dest_dir`` and return that folder.

    ``dest_dir`` defaults to the user cache folder (``~/.cache/dlfs-studio/<name>``). Mirrors
    (base URLs ending in "/") are tried in turn for each file. ``progress`` is called with a
    DownloadProgress after each chunk and may return False to cancel; setting ``cancel`` does
    the same. ``files`` restricts the download to some of the four file names (default all).
    ``timeout`` bounds each network operation (connecting, each read); ``deadline`` bounds the
    whole call in seconds (None: no bound), so a server trickling a few bytes a second cannot
    hold it forever; a file is never taken beyond the size its payload can have.
    Raises DownloadCancelled on cancel, DeadlineExceeded past the deadline and DatasetError when
    every mirror fails for a file; in every case no partial or temporary file is left behind.
    """
    timeout = _check_seconds("timeout", timeout)
    if deadline is not None:
        deadline = _check_seconds("deadline", deadline)
    end = None if deadline is None else time.monotonic() + deadline
    check_name(name)
    stems = tuple(files) if files is not None else FILE_NAMES
    for stem in stems:
        if stem not in FILE_NAMES:
            raise ValueError(f"unknown file {stem!r}: expected some of {', '.join(FILE_NAMES)}")
    mirror_list = list(mirrors) if mirrors is not None else list(MIRRORS[name])
    if not mirror_list:
        raise ValueError("no mirror to download from")
    for mirror in mirror_list:
        if not mirror.startswith(("http://", "https://")):
            raise ValueError(f"mirror {mirror!r} is not an http:// or https:// address")
    folder = Path(dest_dir).expanduser() if dest_dir is not None else download_target(name)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatasetError(f"cannot create the folder {folder} ({exc.strerror or exc})") from None

    def report(p: DownloadProgress) -> bool:
        if cancel is not None and cancel.is_set():
            return False
        return progress is None or progress(p) is not False

    try:
        for stem in stems:
            if _existing_valid(name, stem, folder) is None:
                _download_file(name, stem, folder, mirror_list, timeout, report, end, deadline)
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only succeeds when empty: never removes anything else
        raise
    return folder
