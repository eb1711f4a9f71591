"""dlfs-studio GUI entry point (``dlfs-studio`` script, ``python -m dlfs_studio.app``).

Options:
  --presentation        start in presentation mode
  --panel KEY           start on a panel (loss, descent, training, ...)
  --lang CODE           user-interface language (en, ja, ko, zh_CN), regardless of the system locale;
                        the DLFS_LANG environment variable does the same (--lang wins); without either,
                        the language last chosen in the Language menu, else the system locale
  --install-desktop-entry / --uninstall-desktop-entry
                        add (remove) the application-menu entry and icon under ~/.local/share, then quit
  --version             print the version and quit
  --exit-after-paint    (benchmarks) print the wall-clock time of the first paint of the window and quit
  -- ARGS...            options for Qt itself (e.g. -- -platform offscreen)

Unknown options stop with a usage line. Errors go to a log file in the user's log folder (see
``dlfs_studio.app.startup``); an unexpected one is also shown in a dialog that says where the log is.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dlfs_studio.app import language
from dlfs_studio.app.paths import ICON_PATH, TRANSLATIONS_DIR


def app_icon() -> QIcon:
    """The application icon (an SVG neural-net glyph from resources/icons/)."""
    return QIcon(str(ICON_PATH))


def install_translations(app: QApplication, locale: QLocale | None = None,
                         directory: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Install Qt's own and dlfs-studio's translators for ``locale`` (default: the system locale).

    dlfs-studio's files are ``resources/translations/dlfs_studio_<lang>.qm`` (e.g. ``dlfs_studio_ja.qm``);
    QTranslator.load tries ``ja_JP`` then ``ja``. Returns the installed translators (possibly none).
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir) and app.installTranslator(qt_translator):
        installed.append(qt_translator)
    ours = QTranslator(app)
    if directory.is_dir() and ours.load(locale, "dlfs_studio", "_", str(directory)) and app.installTranslator(ours):
        installed.append(ours)
    return installed


def available_languages(directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """"en" (the source language) and the codes of the shipped ``dlfs_studio_<code>.qm`` files."""
    return ["en", *sorted(p.stem.removeprefix("dlfs_studio_") for p in directory.glob("dlfs_studio_*.qm"))]


def language_locale(code: str, directory: Path = TRANSLATIONS_DIR) -> QLocale:
    """The QLocale for a ``--lang``/``DLFS_LANG`` code; ValueError with a one-line message if no translation fits."""
    code = code.strip().replace("-", "_")
    locale = QLocale(code)
    if code.lower() == "en" or code.lower().startswith("en_"):
        return locale
    if code and locale.language() != QLocale.Language.C and QTranslator().load(locale, "dlfs_studio", "_",
                                                                                str(directory)):
        return locale
    raise ValueError(f"unknown language {code!r}; available: {', '.join(available_languages(directory))}")


class _FirstPaintProbe(QObject):
    """Event filter (used by --exit-after-paint) that prints the time of the window's first Paint event
    (FIRST_PAINT), then, installed on the first panel when it is built, of the panel's (PANEL_PAINT), and quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.done = False
        self._label = "FIRST_PAINT"

    def watch_panel(self, panel: QObject) -> None:
        self.done, self._label = False, "PANEL_PAINT"
        panel.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            # let the paint itself finish, then report (and quit after the panel's)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{self._label} {time.time():.6f}", flush=True)
        if self._label == "PANEL_PAINT":
            self._app.quit()


#: Libraries Qt's X11 plugin loads that many desktop installs lack (Debian package names).
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}


def missing_x11_packages(environ: dict[str, str] | None = None) -> list[str]:
    """Debian packages Qt's xcb platform plugin would fail to load without (empty when not on X11).

    Without them Qt aborts the process with a message about "xcb" that does not say what to
    install, so :func:`main` checks first and prints the apt-get line instead.
    """
    import ctypes.util
    import os

    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or not env.get("DISPLAY") or platform not in ("", "xcb"):
        return []
    if not platform and env.get("WAYLAND_DISPLAY"):
        return []
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def main(argv: list[str] | None = None) -> int:
    """Start the GUI and run the event loop; returns the exit code."""
    from dlfs_studio.app import startup
    from dlfs_studio.app.main_window import PANEL_SPECS

    argv = list(sys.argv if argv is None else argv)
    ours, qt_args = startup.split_qt_args(argv[1:])
    parser = startup.build_parser([key for key, *_ in PANEL_SPECS])
    args = parser.parse_args(ours)  # unknown options: a usage line and exit status 2
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(args.install_desktop_entry)
    lang, source = (args.lang, "--lang") if args.lang else (os.environ.get("DLFS_LANG", "").strip(), "DLFS_LANG")
    try:
        locale = language_locale(lang) if lang else language.saved_locale()  # else the Language menu's choice
    except ValueError as exc:
        print(f"dlfs-studio: {source}: {exc}", file=sys.stderr)
        return 2

    if not QApplication.instance():
        hint = startup.no_display_hint(qt_args)
        if hint:
            print(hint, file=sys.stderr)
            return 1
        missing = missing_x11_packages()
        if missing:
            print("dlfs-studio: Qt needs system libraries that are not installed: " + " ".join(missing)
                  + f"\ninstall them with:  sudo apt-get install {' '.join(missing)}", file=sys.stderr)
            return 1

    log_path = startup.setup_logging()
    app = QApplication.instance() or QApplication([argv[0] if argv else "dlfs-studio", *qt_args])
    assert isinstance(app, QApplication)
    app.setOrganizationName("dlfs-studio")
    app.setApplicationName("dlfs-studio")
    app.setApplicationDisplayName("dlfs-studio")
    app.setApplicationVersion(startup.__version__)
    app.setDesktopFileName(startup.DESKTOP_ID)
    app.setWindowIcon(app_icon())
    language.adopt(install_translations(app, locale))
    reporter = startup.ErrorReporter(log_path, show=_error_dialog)
    reporter.install()

    from dlfs_studio.app.main_window import MainWindow

    window = MainWindow()
    window.setWindowIcon(app_icon())
    if args.panel:
        window.show_panel(args.panel)
    if args.presentation:
        window.set_presentation_mode(True)
    if args.exit_after_paint:
        probe = _FirstPaintProbe(app)
        window.installEventFilter(probe)
        window.panelChanged.connect(lambda _key: probe.watch_panel(window.current_panel()))
    sigint = startup.SigintQuit(close=window.close, force_quit=lambda: app.exit(130))
    sigint.install()
    wake = QTimer(app)  # lets Python run the SIGINT handler while Qt's event loop waits
    wake.timeout.connect(lambda: None)
    wake.start(200)
    window.show()
    startup.log.info("window shown")
    code = app.exec()
    startup.log.info("exit %d", code)
    return 130 if sigint.count and code == 0 else code


def _desktop_entry(install: bool) -> int:
    from dlfs_studio.app import startup

    try:
        paths = startup.install_desktop_entry(ICON_PATH) if install else startup.uninstall_desktop_entry()
    except OSError as exc:
        print(f"dlfs-studio: cannot write the desktop entry: {exc}", file=sys.stderr)
        return 1
    verb = "wrote" if install else "removed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("no desktop entry was installed")
    return 0


def _error_dialog(message: str, details: str) -> None:
    """The dialog the error reporter shows for an unexpected error (GUI thread only)."""
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "dlfs-studio",
                      QCoreApplication.translate("ErrorDialog", "Something went wrong.") + "\n\n" + message)
    box.setDetailedText(details)
    box.exec()


if __name__ == "__main__":
    raise SystemExit(main())
