"""Shared test configuration.

GUI tests run offscreen. Tests that need the real datasets use the ``data_dir``
fixture, which reads the folder from the DLFS_DATA environment variable and skips
when it is not set (CI sets it to ../shared/data). Tests never download.
Every test gets its own empty QSettings folder: no test reads or writes the user's real settings.
GUI tests wait on conditions; a wait for a training run to finish has a 600 s ceiling (timeout=600_000), which
only a hang reaches: a loaded machine makes the run slower, never the test fail.
"""
from __future__ import annotations

import gzip
import http.server
import os
import threading
from pathlib import Path

import pytest

from dlfs_studio.core.blas_env import single_blas_thread

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
single_blas_thread()  # GUI tests train in worker threads, as the app does (see core/blas_env.py)


@pytest.fixture(autouse=True)
def tmp_settings(tmp_path):
    """Every test writes QSettings' user scope into tmp_path/settings (yielded), never the user's real settings."""
    folder = tmp_path / "settings"
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # a core-only environment
        yield folder
        return
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def descent_panel(qtbot):
    """A shown DescentPanel at 1280x720, shut down afterwards."""
    from dlfs_studio.app.panels.descent_panel import DescentPanel

    p = DescentPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


@pytest.fixture
def window_1280(qtbot):
    """A shown MainWindow at 1280x720; afterwards out of presentation mode and every created panel shut down."""
    from dlfs_studio.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.is_presentation_mode():
        w.set_presentation_mode(False)
    for panel in w.created_panels().values():
        panel.shutdown()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder holding ``mnist/`` and ``fashion-mnist/`` (from DLFS_DATA), or skip."""
    value = os.environ.get("DLFS_DATA", "")
    if not value:
        if os.environ.get("CI"):
            pytest.fail("CI is set but DLFS_DATA is not: the real-dataset tests must run in CI")
        pytest.skip("DLFS_DATA is not set: the real-dataset tests need it")
    path = Path(value)
    if not (path / "mnist").is_dir():
        pytest.fail(f"DLFS_DATA={value} has no mnist/ folder")
    return path


# ----------------------------------------------------------------------------- a local mirror (never the internet)
class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output quiet
        pass

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        parts = self.path.strip("/").split("/")
        path = self.server.root.joinpath(*parts[1:]) if len(parts) == 3 else None
        if parts[0] == "missing" or path is None or not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        mode = parts[0]
        if mode == "corrupt":
            payload = bytearray(gzip.decompress(body))
            payload[-1] ^= 0xFF
            body = gzip.compress(bytes(payload))
        elif mode == "garbage":
            damaged = bytearray(body)
            damaged[len(damaged) // 2:] = bytes(len(damaged) - len(damaged) // 2)
            body = bytes(damaged)
        elif mode == "raw":
            body = gzip.decompress(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if mode == "drop":
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            self.close_connection = True  # HTTP/1.0: the socket closes with half the body sent
            return
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that cancels closes its socket mid-body: expected here, not worth a traceback


@pytest.fixture(scope="session")
def mirror_server(data_dir):
    """(base URL, list of requested paths) of a local HTTP mirror of DLFS_DATA on 127.0.0.1.

    Files are served under ``/<mode>/<dataset>/<file>``, where mode is ``ok``, ``corrupt`` (a valid
    gzip of a changed payload), ``garbage`` (damaged gzip bytes), ``drop`` (announces the full
    length, sends half, closes), ``raw`` (the decompressed file under the .gz name) or ``missing`` (404).
    """
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.root = Path(data_dir)
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd.requests
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True, scope="session")
def _no_second_copy_of_the_package():
    """``python -m pytest`` puts the repository on sys.path, where ``core`` and ``app`` are importable as top-level
    packages too: a test that imports or patches ``core.x`` would get a second copy of the module. Fail if any did."""
    import sys

    yield
    stray = sorted(name for name in sys.modules if name.split(".")[0] in ("core", "app", "resources"))
    assert not stray, f"imported outside dlfs_studio: {stray[:5]}"


@pytest.fixture(autouse=True)
def _app_wide_state_restored():
    """The application font, the presentation flag and the interface language are process-wide: a test that
    changes them must not change the tests after it (tests run in any order, and two at a time with xdist)."""
    import sys

    qt_widgets = sys.modules.get("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() if qt_widgets else None
    font = app.font() if app is not None else None
    yield
    qt_widgets = sys.modules.get("PySide6.QtWidgets")
    app = qt_widgets.QApplication.instance() if qt_widgets else None
    if app is None:
        return
    if font is not None and app.font() != font:
        qt_widgets.QApplication.setFont(font)
    style = sys.modules.get("dlfs_studio.app.style")
    if style is not None and style.current_presentation():
        style.set_current_presentation(False)
    language = sys.modules.get("dlfs_studio.app.language")
    if language is not None and language.current_language() != "en":
        language.apply_language("en")


def _idx(path: Path, array, magic: int) -> None:
    header = magic.to_bytes(4, "big") + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    path.write_bytes(header + array.astype("uint8").tobytes())


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """A tiny MNIST-shaped IDX folder: 300 training and 100 test 28x28 images, each class a bright square at its
    own place (learnable in a few dozen iterations)."""
    import numpy as np

    folder = tmp_path_factory.mktemp("tiny-mnist")
    rng = np.random.default_rng(0)
    for stem, n in (("train", 300), ("t10k", 100)):
        labels = rng.integers(0, 10, n)
        images = rng.integers(0, 60, (n, 28, 28))
        for i, k in enumerate(labels):
            r, c = divmod(int(k), 5)
            images[i, 2 + r * 12:10 + r * 12, 1 + c * 5:5 + c * 5] = 255
        _idx(folder / f"{stem}-images-idx3-ubyte", images, 0x803)
        _idx(folder / f"{stem}-labels-idx1-ubyte", labels, 0x801)
    return folder
