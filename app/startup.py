"""What the ``dlfs-studio`` command does around the window: its options, the display check, logging to a file,
the dialog for unexpected errors, Ctrl+C in the terminal, and the desktop entry.

Nothing here builds a widget before the QApplication exists; everything is testable without a display.
"""
from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import platform
import shlex
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType

from dlfs_studio.core import __version__, userdirs

log = logging.getLogger("dlfs_studio")

LOG_NAME = "dlfs-studio.log"
DESKTOP_ID = "dlfs-studio"


def build_parser(panel_keys: list[str]) -> argparse.ArgumentParser:
    """The options of ``dlfs-studio``; anything after ``--`` goes to Qt unchanged."""
    parser = argparse.ArgumentParser(
        prog="dlfs-studio", description="A desktop lab for Deep Learning from Scratch (chapters 3-7).",
        epilog="Options after -- are passed to Qt (e.g. -- -platform offscreen). "
               "The headless command line is `dlfs`.")
    parser.add_argument("--version", action="version", version=f"dlfs-studio {__version__}")
    parser.add_argument("--presentation", action="store_true", help="start in presentation mode")
    parser.add_argument("--panel", metavar="KEY", choices=panel_keys,
                        help="panel to show first: " + ", ".join(panel_keys))
    parser.add_argument("--lang", metavar="CODE",
                        help="user-interface language: ja, ko, zh_CN or en (default: $DLFS_LANG, else the system's)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add dlfs-studio to the desktop's application menu (a .desktop file and its icon "
                             "under ~/.local/share) and quit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added and quit")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """``[ours..., "--", qt...]`` -> (ours, qt)."""
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


# ----------------------------------------------------------------------------- display
def no_display_hint(qt_args: list[str] | None = None, environ: Mapping[str, str] | None = None,
                    platform_name: str | None = None) -> str | None:
    """A one-line hint when Qt would find no display to open a window on (Qt itself aborts, exit 134), else None.

    Only Unix desktops (X11/Wayland) need a display variable; Windows and macOS always have a screen.
    """
    env = os.environ if environ is None else environ
    plat = platform_name or sys.platform
    if plat.startswith("win") or plat == "darwin":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    args = qt_args or []
    if "-platform" in args[:-1]:
        qpa = args[args.index("-platform") + 1]
    qpa = qpa.split(":")[0].split(";")[0]
    has_x, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if qpa in ("", "xcb") and not has_x and not (qpa == "" and has_wayland):
        missing = "DISPLAY is not set" if qpa == "xcb" else "neither DISPLAY nor WAYLAND_DISPLAY is set"
    elif qpa.startswith("wayland") and not has_wayland:
        missing = "WAYLAND_DISPLAY is not set"
    else:
        return None
    return (f"dlfs-studio: no display to open a window on ({missing}); start it from a desktop session, "
            "or use `dlfs` for the headless command line")


# ----------------------------------------------------------------------------- logging
def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``<log_dir>/dlfs-studio.log`` (rotated at 1 MB, 3 kept); returns the file, or None if it cannot be
    written (then only stderr is used). The per-user log folder of the OS by default (see core.userdirs)."""
    folder = log_dir or userdirs.user_log_dir()
    path: Path | None = folder / LOG_NAME
    handlers: list[logging.Handler] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                                             encoding="utf-8"))
    except OSError as exc:
        print(f"dlfs-studio: cannot write the log file in {folder}: {exc.strerror or exc}", file=sys.stderr)
        path = None
    if sys.stderr is not None:  # a Windows gui-script has no console: sys.stderr is None
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        handlers.append(stream)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler.setFormatter(fmt)
        log.addHandler(handler)
    log.setLevel(level)
    log.propagate = False
    log.info("dlfs-studio %s, Python %s on %s", __version__, platform.python_version(), platform.platform())
    return path


class ErrorReporter:
    """``sys.excepthook`` (and ``threading.excepthook``): log every unexpected error with its traceback and, in
    the GUI, show it in a dialog that says where the log is. ``show`` is the dialog function (injectable)."""

    def __init__(self, log_path: Path | None, show: Callable[[str, str], None] | None = None) -> None:
        self.log_path = log_path
        self.show = show
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def message(self, exc: BaseException) -> str:
        where = (f"The details were written to the log:\n{self.log_path}" if self.log_path
                 else "The details were printed to the terminal.")
        return f"{type(exc).__name__}: {exc}\n\n{where}"

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        if self.show is None or self._showing:
            return
        self._showing = True  # an error inside the dialog must not open another
        try:
            self.show(self.message(exc), details)
        except Exception:  # the dialog itself failed: the log still has the error
            log.exception("could not show the error dialog")
        finally:
            self._showing = False

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("unexpected error in thread %s\n%s", getattr(args.thread, "name", "?"), details)


# ----------------------------------------------------------------------------- Ctrl+C
class SigintQuit:
    """Ctrl+C in the terminal closes the window the usual way (asking about unsaved work); a second Ctrl+C
    quits at once. Python only runs signal handlers between bytecodes, so a timer wakes the interpreter."""

    def __init__(self, close: Callable[[], object], force_quit: Callable[[], object]) -> None:
        self.close = close
        self.force_quit = force_quit
        self.count = 0

    def __call__(self, signum: int, frame: object) -> None:
        self.count += 1
        log.info("SIGINT received (%d)", self.count)
        (self.close if self.count == 1 else self.force_quit)()

    def install(self) -> None:
        signal.signal(signal.SIGINT, self)


# ----------------------------------------------------------------------------- desktop entry
def desktop_entry_text(exec_command: list[str]) -> str:
    """The freedesktop.org ``.desktop`` file for the application menu (Wayland finds the window's icon by it)."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=dlfs-studio",
        "GenericName=Deep learning lab",
        "Comment=Learn how neural networks learn, after the book Deep Learning from Scratch",
        "Comment[ja]=ニューラルネットワークの学習を体験する（『ゼロから作るDeep Learning』）",
        "Comment[ko]=신경망이 학습하는 과정을 직접 살펴보기 (『밑바닥부터 시작하는 딥러닝』)",
        "Comment[zh_CN]=动手观察神经网络如何学习（《深度学习入门》）",
        f"Exec={shlex.join(exec_command)}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=Education;Science;ArtificialIntelligence;",
        "Keywords=neural network;deep learning;MNIST;backpropagation;",
        f"StartupWMClass={DESKTOP_ID}",
        "",
    ])


def desktop_entry_paths(data_root: Path | None = None) -> tuple[Path, Path]:
    """(the .desktop file, the hicolor scalable icon) under the user's data folder (``~/.local/share``)."""
    root = data_root or userdirs.user_data_root()
    return (root / "applications" / f"{DESKTOP_ID}.desktop",
            root / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg")


def install_desktop_entry(icon: Path, data_root: Path | None = None,
                          exec_command: list[str] | None = None) -> list[Path]:
    """Write the .desktop file and the icon; returns the paths written. OSError on failure."""
    desktop, icon_dest = desktop_entry_paths(data_root)
    command = exec_command or [sys.executable, "-m", "dlfs_studio.app"]
    for path, data in ((desktop, desktop_entry_text(command).encode()), (icon_dest, icon.read_bytes())):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return [desktop, icon_dest]


def uninstall_desktop_entry(data_root: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote; returns the paths removed."""
    removed = []
    for path in desktop_entry_paths(data_root):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
