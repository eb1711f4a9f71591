"""dlfs-studio as a command: options, --version, no display, logging, the error dialog, Ctrl+C, desktop entry."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dlfs_studio.app import startup
from dlfs_studio.core import __version__, userdirs

ROOT = Path(__file__).resolve().parents[1]


def test_version_on_both_commands():
    for module, name in (("dlfs_studio.core", "dlfs"), ("dlfs_studio.app", "dlfs-studio")):
        out = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True,
                             timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == f"{name} {__version__}"
    assert __version__ != "0+unknown"  # installed: the version comes from the distribution's metadata


def test_unknown_options_are_rejected_with_a_usage_line(capsys):
    parser = startup.build_parser(["loss", "descent"])
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["--verison"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: dlfs-studio") and "unrecognized arguments: --verison" in err
    with pytest.raises(SystemExit):
        parser.parse_args(["--panel", "nope"])


def test_qt_options_go_after_a_double_dash():
    assert startup.split_qt_args(["--presentation", "--", "-platform", "offscreen"]) == (
        ["--presentation"], ["-platform", "offscreen"])
    assert startup.split_qt_args(["--lang", "ja"]) == (["--lang", "ja"], [])


@pytest.mark.parametrize(("env", "qt_args", "expected"), [
    ({}, [], "neither DISPLAY nor WAYLAND_DISPLAY"),
    ({"DISPLAY": ":0"}, [], None),
    ({"WAYLAND_DISPLAY": "wayland-0"}, [], None),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, [], "DISPLAY is not set"),
    ({"QT_QPA_PLATFORM": "wayland"}, [], "WAYLAND_DISPLAY is not set"),
    ({"QT_QPA_PLATFORM": "offscreen"}, [], None),
    ({}, ["-platform", "offscreen"], None),
    ({"QT_QPA_PLATFORM": "offscreen"}, ["-platform", "xcb"], "DISPLAY is not set"),
])
def test_no_display_hint(env, qt_args, expected):
    hint = startup.no_display_hint(qt_args, env, "linux")
    if expected is None:
        assert hint is None
    else:
        assert hint is not None and expected in hint and "\n" not in hint
    assert startup.no_display_hint([], {}, "win32") is None
    assert startup.no_display_hint([], {}, "darwin") is None


def test_without_a_display_the_app_says_so_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "dlfs_studio.app"], capture_output=True, text=True, timeout=60,
                         env=env)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "no display" in out.stderr


def test_per_os_folders():
    home = Path("/home/u")
    assert userdirs.user_cache_dir("mnist", platform="linux", environ={}, home=home) == Path(
        "/home/u/.cache/dlfs-studio/mnist")
    assert userdirs.user_cache_dir(platform="linux", environ={"XDG_CACHE_HOME": "/c"}, home=home) == Path(
        "/c/dlfs-studio")
    assert userdirs.user_cache_dir(platform="linux", environ={"XDG_CACHE_HOME": "rel"}, home=home) == Path(
        "/home/u/.cache/dlfs-studio")  # a relative XDG path is invalid and ignored
    assert userdirs.user_cache_dir(platform="darwin", environ={}, home=home) == Path(
        "/home/u/Library/Caches/dlfs-studio")
    win = userdirs.user_cache_dir(platform="win32", environ={"LOCALAPPDATA": "/L"}, home=home)
    assert win == Path("/L/dlfs-studio/Cache")
    assert userdirs.user_log_dir(platform="linux", environ={}, home=home) == Path(
        "/home/u/.local/state/dlfs-studio/log")
    assert userdirs.user_log_dir(platform="darwin", environ={}, home=home) == Path(
        "/home/u/Library/Logs/dlfs-studio")
    assert userdirs.user_log_dir(platform="win32", environ={"LOCALAPPDATA": "/L"}, home=home) == Path(
        "/L/dlfs-studio/Logs")


@pytest.fixture
def clean_logger():
    yield
    for handler in list(startup.log.handlers):
        startup.log.removeHandler(handler)
        handler.close()


def test_logging_writes_to_the_log_folder(tmp_path, clean_logger):
    path = startup.setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / "dlfs-studio.log"
    startup.log.warning("something to remember")
    for handler in startup.log.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert f"dlfs-studio {__version__}" in text and "something to remember" in text


def test_an_unwritable_log_folder_falls_back_to_stderr(tmp_path, capsys, clean_logger):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert startup.setup_logging(blocker / "logs") is None
    assert "cannot write the log file" in capsys.readouterr().err


def test_unexpected_errors_are_logged_and_shown_with_the_log_path(tmp_path, clean_logger):
    path = startup.setup_logging(tmp_path)
    shown: list[tuple[str, str]] = []
    reporter = startup.ErrorReporter(path, show=lambda message, details: shown.append((message, details)))
    try:
        raise ValueError("the bad thing")
    except ValueError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    message, details = shown[0]
    assert "ValueError: the bad thing" in message and str(path) in message
    assert "Traceback" in details and "test_unexpected_errors" in details
    for handler in startup.log.handlers:
        handler.flush()
    assert "the bad thing" in path.read_text(encoding="utf-8")


def test_an_error_inside_the_error_dialog_does_not_recurse(tmp_path, clean_logger):
    calls = []

    def failing_show(message: str, details: str) -> None:
        calls.append(message)
        raise RuntimeError("dialog broke")

    reporter = startup.ErrorReporter(startup.setup_logging(tmp_path), show=failing_show)
    exc = KeyError("k")
    reporter.excepthook(KeyError, exc, None)
    reporter.excepthook(KeyError, exc, None)
    assert len(calls) == 2  # each error shown once; the dialog's own failure is only logged


def test_first_ctrl_c_closes_the_window_second_quits():
    events: list[str] = []
    quit_ = startup.SigintQuit(close=lambda: events.append("close"), force_quit=lambda: events.append("quit"))
    quit_(signal.SIGINT, None)
    quit_(signal.SIGINT, None)
    assert events == ["close", "quit"]


def _wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGINT to a child process is a Unix notion")
def test_ctrl_c_in_the_terminal_quits_the_app(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen([sys.executable, "-m", "dlfs_studio.app"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    log_file = tmp_path / "state" / "dlfs-studio" / "log" / "dlfs-studio.log"
    try:
        assert _wait_for(lambda: log_file.is_file() and "window shown" in log_file.read_text(encoding="utf-8"))
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err


def test_desktop_entry_install_and_uninstall(tmp_path):
    icon = ROOT / "resources" / "icons" / "dlfs-studio.svg"
    written = startup.install_desktop_entry(icon, tmp_path, exec_command=["/opt/my env/bin/python", "-m",
                                                                          "dlfs_studio.app"])
    desktop, svg = written
    assert desktop == tmp_path / "applications" / "dlfs-studio.desktop"
    assert svg == tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "dlfs-studio.svg"
    text = desktop.read_text(encoding="utf-8")
    assert "Exec='/opt/my env/bin/python' -m dlfs_studio.app" in text
    assert "Icon=dlfs-studio" in text and "StartupWMClass=dlfs-studio" in text
    assert svg.read_bytes() == icon.read_bytes()
    assert startup.uninstall_desktop_entry(tmp_path) == written
    assert not desktop.exists() and not svg.exists()


def test_install_desktop_entry_command(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "dlfs_studio.app", "--install-desktop-entry"], capture_output=True,
                         text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "applications" / "dlfs-studio.desktop").is_file()
    assert "dlfs-studio.desktop" in out.stdout


