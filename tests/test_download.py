"""dlfs_studio.core.download against a local HTTP server on 127.0.0.1 (never the real mirrors).

The server (``mirror_server`` in conftest.py) serves the real files of DLFS_DATA under
``/<mode>/<dataset>/<file>``; the modes are described there.
"""
from __future__ import annotations

import dataclasses
import socket
import threading
from pathlib import Path

import numpy as np
import pytest

from dlfs_studio.core import data, download
from dlfs_studio.core.cli import main
from dlfs_studio.core.data import FILE_NAMES, DatasetError, load_dataset
from dlfs_studio.core.download import DownloadCancelled, DownloadProgress, download_dataset, payload_md5

LABELS = ["t10k-labels-idx1-ubyte"]
SMALL = ["t10k-labels-idx1-ubyte", "train-labels-idx1-ubyte"]


@pytest.fixture(scope="module")
def server(mirror_server):
    """(base URL, list of requested paths) of the local mirror of DLFS_DATA (tests/conftest.py)."""
    return mirror_server


@pytest.fixture
def closed_port_url():
    """A URL on a local port nothing listens on (connection refused: the offline case)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/mnist/"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setattr(data, "SYSTEM_DIRS", (tmp_path / "system",))
    yield
    data.clear_cache()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_success_small_files(server, closed_port_url, tmp_path):
    base, requests = server
    reports: list[DownloadProgress] = []
    dest = tmp_path / "dest"
    assert download_dataset("mnist", dest, mirrors=[f"{base}/ok/mnist/"], files=SMALL,
                            progress=reports.append) == dest
    assert listing(dest) == sorted(f"{s}.gz" for s in SMALL)
    for stem in SMALL:
        assert payload_md5(dest / f"{stem}.gz") == download.MD5["mnist"][stem]
    assert all(isinstance(r, DownloadProgress) for r in reports)
    last = [r for r in reports if r.file == "t10k-labels-idx1-ubyte.gz"][-1]
    assert last.bytes_done == last.bytes_total == (tmp_path / "dest" / last.file).stat().st_size
    assert last.mirror == f"{base}/ok/mnist/" and last.bytes_per_sec > 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        last.bytes_done = 0  # frozen

    # already present and valid: skipped without any request (the mirror is not even reachable)
    before = len(requests)
    download_dataset("mnist", dest, mirrors=[closed_port_url], files=SMALL)
    assert len(requests) == before


def test_checksum_mismatch_rejected_then_next_mirror(server, tmp_path):
    base, requests = server
    dest = tmp_path / "dest"
    with pytest.raises(DatasetError, match="checksum mismatch") as info:
        download_dataset("mnist", dest, mirrors=[f"{base}/corrupt/mnist/"], files=LABELS)
    assert str(dest) in str(info.value) and "t10k-labels-idx1-ubyte.gz" in str(info.value)
    # nothing kept, not even a temporary file: the folder it created is removed again, being empty
    assert not dest.exists()

    download_dataset("mnist", dest, mirrors=[f"{base}/corrupt/mnist/", f"{base}/garbage/mnist/",
                                             f"{base}/missing/mnist/", f"{base}/ok/mnist/"], files=LABELS)
    assert listing(dest) == ["t10k-labels-idx1-ubyte.gz"]
    assert [r.split("/")[1] for r in requests[-4:]] == ["corrupt", "garbage", "missing", "ok"]


def test_damaged_gzip_and_http_error_messages(server, tmp_path):
    base, _ = server
    dest = tmp_path / "dest"
    with pytest.raises(DatasetError) as info:
        download_dataset("fashion-mnist", dest, mirrors=[f"{base}/garbage/fashion-mnist/",
                                                         f"{base}/missing/fashion-mnist/"], files=LABELS)
    message = str(info.value)
    assert "damaged download" in message and "HTTP error 404" in message
    assert not dest.exists()  # the folder it created is removed again, being empty


def test_connection_dropped_mid_file(server, tmp_path):
    base, _ = server
    dest = tmp_path / "dest"
    with pytest.raises(DatasetError, match="connection dropped after"):
        download_dataset("mnist", dest, mirrors=[f"{base}/drop/mnist/"], files=LABELS)
    assert not dest.exists()  # the folder it created is removed again, being empty
    # the next try succeeds; the dropping mirror first in the list is simply passed over
    download_dataset("mnist", dest, mirrors=[f"{base}/drop/mnist/", f"{base}/ok/mnist/"], files=LABELS)
    assert listing(dest) == ["t10k-labels-idx1-ubyte.gz"]


def test_cancel_by_progress_returning_false(server, tmp_path):
    base, _ = server
    dest = tmp_path / "dest"
    seen: list[DownloadProgress] = []

    def stop_after_first_chunk(p: DownloadProgress) -> bool:
        seen.append(p)
        return p.bytes_done == 0

    with pytest.raises(DownloadCancelled, match="cancelled"):
        download_dataset("mnist", dest, mirrors=[f"{base}/ok/mnist/", f"{base}/ok/mnist/"],
                         files=["t10k-images-idx3-ubyte"], progress=stop_after_first_chunk)
    assert not dest.exists()  # the folder it created is removed again, being empty
    assert {p.mirror for p in seen} == {f"{base}/ok/mnist/"} and len(seen) == 2  # stopped, no other mirror


def test_cancel_by_event(server, tmp_path):
    base, _ = server
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DownloadCancelled):
        download_dataset("mnist", tmp_path / "dest", mirrors=[f"{base}/ok/mnist/"], files=LABELS, cancel=cancel)
    assert not (tmp_path / "dest").exists()


def test_offline_message(closed_port_url, tmp_path):
    dest = tmp_path / "dest"
    with pytest.raises(DatasetError) as info:
        download_dataset("mnist", dest, mirrors=[closed_port_url], timeout=5)
    message = str(info.value)
    assert "could not connect" in message and closed_port_url in message
    assert f"copy these files into {dest}" in message
    for stem in FILE_NAMES:
        assert f"{stem}.gz" in message
    assert not dest.exists()  # the folder it created is removed again, being empty


def test_failure_in_an_existing_folder_keeps_the_folder_and_leaves_no_temp_file(server, tmp_path):
    base, _ = server
    (tmp_path / "notes.txt").write_text("mine")
    for mode in ("drop", "corrupt"):
        with pytest.raises(DatasetError):
            download_dataset("mnist", tmp_path, mirrors=[f"{base}/{mode}/mnist/"], files=SMALL)
        assert listing(tmp_path) == ["notes.txt"]


def test_uncompressed_mirror_is_stored_raw(server, tmp_path):
    base, _ = server
    download_dataset("mnist", tmp_path, mirrors=[f"{base}/raw/mnist/"], files=LABELS)
    assert (tmp_path / "t10k-labels-idx1-ubyte").read_bytes()[:4] == b"\0\0\x08\x01"
    assert not (tmp_path / "t10k-labels-idx1-ubyte.gz").exists()


def test_damaged_existing_file_is_replaced(server, tmp_path):
    base, _ = server
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(b"\0\0\x08\x01broken")
    download_dataset("mnist", tmp_path, mirrors=[f"{base}/ok/mnist/"], files=LABELS)
    assert listing(tmp_path) == ["t10k-labels-idx1-ubyte.gz"]


def test_bad_arguments(tmp_path):
    with pytest.raises(DatasetError, match="unknown dataset"):
        download_dataset("cifar10", tmp_path)
    with pytest.raises(ValueError, match="unknown file"):
        download_dataset("mnist", tmp_path, files=["train-images"])
    with pytest.raises(ValueError, match="http"):
        download_dataset("mnist", tmp_path, mirrors=["file:///etc/"])


def test_full_dataset_via_load_dataset(server, data_dir, tmp_path, monkeypatch):
    base, _ = server
    monkeypatch.setitem(download.MIRRORS, "mnist", (f"{base}/missing/mnist/", f"{base}/ok/mnist/"))
    files_reported: set[str] = set()
    ds = load_dataset("mnist", download=True, progress=lambda p: files_reported.add(p.file))
    cache = tmp_path / "xdg-cache" / "dlfs-studio" / "mnist"
    assert ds.source == cache
    assert listing(cache) == sorted(f"{s}.gz" for s in FILE_NAMES)
    assert files_reported == {f"{s}.gz" for s in FILE_NAMES}
    reference = load_dataset("mnist", data_dir)
    assert ds.x_train.shape == (60000, 784) and ds.x_test.shape == (10000, 784)
    np.testing.assert_array_equal(ds.x_train, reference.x_train)
    np.testing.assert_array_equal(ds.t_test, reference.t_test)


# ----------------------------------------------------------------------------- dlfs data --fetch
def test_cli_fetch(server, closed_port_url, tmp_path, capsys):
    base, _ = server
    mine = tmp_path / "mine"
    assert main(["data", "--fetch", "fashion-mnist", "--data-dir", str(mine),
                 "--mirror", f"{base}/ok/fashion-mnist/"]) == 0
    captured = capsys.readouterr()
    assert f"fashion-mnist: downloaded into {mine / 'fashion-mnist'}" in captured.out
    assert "train-images-idx3-ubyte.gz" in captured.err and "MB/s" in captured.err
    assert listing(mine / "fashion-mnist") == sorted(f"{s}.gz" for s in FILE_NAMES)
    ds = load_dataset("fashion-mnist", mine)
    assert ds.source == mine / "fashion-mnist" and ds.t_train.shape == (60000,)

    assert main(["data", "--fetch", "fashion-mnist", "--data-dir", str(mine), "--verify",
                 "--mirror", closed_port_url]) == 0
    out = capsys.readouterr().out
    assert "already present" in out and out.count(": OK") == 4


def test_cli_fetch_offline_is_one_line_error(closed_port_url, tmp_path, capsys):
    assert main(["data", "--fetch", "mnist", "--mirror", closed_port_url, "--timeout", "5"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("dlfs data: error: Could not download") and "could not connect" in err
    assert str(tmp_path / "xdg-cache" / "dlfs-studio" / "mnist") in err
    assert not (tmp_path / "xdg-cache" / "dlfs-studio" / "mnist").exists()
