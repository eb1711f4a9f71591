"""Downloads against hostile servers on 127.0.0.1 (issue 10): a server trickling 200 bytes a second
meets the overall deadline, an endless stream is cut at the size the file can have, an announced
length beyond it is refused before reading, and the progress moves with every read."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dlfs_studio.core import data
from dlfs_studio.core.cli import main
from dlfs_studio.core.data import DatasetError
from dlfs_studio.core.download import DeadlineExceeded, DownloadProgress, download_dataset
from dlfs_studio.core.mnist_format import max_download_bytes

LABELS = "t10k-labels-idx1-ubyte"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        mode = self.path.strip("/").split("/")[0]
        stop: threading.Event = self.server.stop  # type: ignore[attr-defined]
        try:
            if mode == "slow":  # 200 bytes a second, for as long as the client listens
                self.send_response(200)
                self.send_header("Content-Length", "4542")
                self.end_headers()
                for _ in range(4542 // 20):
                    if stop.wait(0.1):
                        return
                    self.wfile.write(b"\0" * 20)
                    self.wfile.flush()
            elif mode == "endless":  # no length, zeros as fast as the client takes them
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                block = b"\0" * 65536
                while not stop.is_set():
                    self.wfile.write(block)
            elif mode == "huge":  # announces a terabyte
                self.send_response(200)
                self.send_header("Content-Length", str(10 ** 12))
                self.end_headers()
                self.wfile.write(b"\0" * 1000)
            else:
                self.send_error(404)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def hostile():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.stop = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.stop.set()  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setattr(data, "SYSTEM_DIRS", (tmp_path / "system",))


def test_trickling_server_meets_the_overall_deadline_and_progress_moves(hostile, tmp_path):
    reports: list[DownloadProgress] = []
    dest = tmp_path / "dest"
    t0 = time.monotonic()
    with pytest.raises(DeadlineExceeded, match=r"longer than its 1 s deadline") as info:
        download_dataset("mnist", dest, mirrors=[f"{hostile}/slow/", f"{hostile}/slow/"], files=[LABELS],
                         progress=reports.append, timeout=5, deadline=1.0)
    assert time.monotonic() - t0 < 10  # never the 23 s the server would take
    assert "nothing partial was kept" in str(info.value)
    done = [r.bytes_done for r in reports]
    assert len(set(done)) >= 3 and done == sorted(done)  # the progress moved, read by read
    assert not dest.exists() or list(dest.iterdir()) == []


def test_endless_stream_is_cut_at_the_size_the_file_can_have(hostile, tmp_path):
    reports: list[DownloadProgress] = []
    dest = tmp_path / "dest"
    with pytest.raises(DatasetError, match=f"sent more than the {max_download_bytes(LABELS):,} bytes") as info:
        download_dataset("mnist", dest, mirrors=[f"{hostile}/endless/"], files=[LABELS], progress=reports.append)
    assert "from any mirror" in str(info.value)
    assert max(r.bytes_done for r in reports) <= max_download_bytes(LABELS) + 65536
    assert not dest.exists() or list(dest.iterdir()) == []


def test_announced_length_beyond_the_file_size_is_refused_before_reading(hostile, tmp_path):
    reports: list[DownloadProgress] = []
    with pytest.raises(DatasetError, match="announces 1,000,000,000,000 bytes"):
        download_dataset("mnist", tmp_path / "d", mirrors=[f"{hostile}/huge/"], files=[LABELS],
                         progress=reports.append)
    assert reports == []


@pytest.mark.parametrize("bad", ["inf", "nan", "0", "-1", "1e400"])
def test_bad_timeout_or_deadline_is_a_one_line_error(tmp_path, capsys, bad):
    for option in ("--timeout", "--deadline"):
        with pytest.raises(SystemExit) as exc:
            main(["data", "--fetch", "mnist", "--data-dir", str(tmp_path), option, bad, "--mirror", "http://127.0.0.1:9/"])
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert option in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_cli_deadline_reaches_the_download(hostile, tmp_path, capsys):
    assert main(["data", "--fetch", "mnist", "--data-dir", str(tmp_path), "--deadline", "1",
                 "--timeout", "5", "--mirror", f"{hostile}/slow/"]) == 2
    err = capsys.readouterr().err
    assert "deadline" in err and "Traceback" not in err


def test_paths_are_never_left_behind(tmp_path):
    assert list(Path(tmp_path).glob("**/*.part")) == []
