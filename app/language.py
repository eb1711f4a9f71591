"""The interface language: which translation is installed, switching it live, remembering it.

At start-up :func:`dlfs_studio.app.main.main` installs the translators (``--lang``, else ``DLFS_LANG``, else the
language saved by the Language menu, else the system locale) and hands them to :func:`adopt`. The Language menu
calls :func:`apply_language`, which removes those translators and installs the chosen language's; Qt then sends
every widget a LanguageChange event and the main window rebuilds its panels (their strings are built when
they are constructed).
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

#: (code, the language's own name) in menu order. The names are never translated: a learner who
#: cannot read the current language still finds their own.
LANGUAGES: list[tuple[str, str]] = [("en", "English"), ("ja", "日本語"), ("ko", "한국어"), ("zh_CN", "简体中文")]
#: The QSettings key of the language chosen in the Language menu.
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The code of the interface language now installed ("en" when no dlfs-studio translation is)."""
    return _current


def _code_of(translators: list[QTranslator]) -> str:
    for t in translators:
        if "dlfs_studio" in t.filePath():
            lang = t.language().replace("-", "_")
            return next((code for code, _name in LANGUAGES if code == lang or code == lang.split("_")[0]), lang)
    return "en"


def adopt(translators: list[QTranslator]) -> str:
    """Record the translators installed at start-up (so a later switch can remove them); returns the code."""
    global _current
    _installed[:] = translators
    _current = _code_of(translators)
    return _current


def apply_language(code: str) -> str:
    """Replace the installed translators by those of ``code`` (one of :data:`LANGUAGES`); returns the code.

    Raises ValueError (from :func:`dlfs_studio.app.main.language_locale`) for an unknown code.
    """
    from dlfs_studio.app.main import install_translations, language_locale

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_language needs a QApplication")
    locale = language_locale(code)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if code == "en":
        global _current
        _current = "en"
        return _current
    return adopt(install_translations(app, locale))


def saved_language(settings: QSettings) -> str | None:
    """The language saved by the Language menu, if it is one of :data:`LANGUAGES`."""
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in dict(LANGUAGES) else None


def saved_locale(settings: QSettings | None = None) -> QLocale | None:
    """The QLocale of :func:`saved_language` (None: nothing saved, use the system locale)."""
    if settings is None:
        from dlfs_studio.app.main_window import make_settings

        settings = make_settings()
    code = saved_language(settings)
    return QLocale("en_US") if code == "en" else (QLocale(code) if code else None)
