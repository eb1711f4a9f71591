"""The shipped translations (ja, ko, zh_CN): they load, reach the main window, keep their placeholders, and
``--lang`` / ``DLFS_LANG`` choose them regardless of the system locale."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

pytest.importorskip("pytestqt")

from dlfs_studio.app import main as app_main
from dlfs_studio.app.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"

#: What a learner sees first, per language: menu titles, panel tabs, and one sub-tab of the loss panel.
EXPECTED = {
    "ja": {"menus": ["ファイル(&F)", "表示(&V)", "言語(&L)", "ヘルプ(&H)"],
           "tabs": ["順伝播", "損失関数", "勾配降下法", "誤差逆伝播法", "学習", "第6章", "畳み込み"],
           "loss_subtab": "出力 y"},
    "ko": {"menus": ["파일(&F)", "보기(&V)", "언어(&L)", "도움말(&H)"],
           "tabs": ["순전파", "손실 함수", "경사 하강법", "오차역전파법", "학습", "6장", "합성곱"],
           "loss_subtab": "출력 y"},
    "zh_CN": {"menus": ["文件(&F)", "视图(&V)", "语言(&L)", "帮助(&H)"],
              "tabs": ["正向传播", "损失函数", "梯度下降法", "误差反向传播法", "训练", "第6章", "卷积"],
              "loss_subtab": "输出 y"},
}
LANGS = sorted(EXPECTED)


@pytest.fixture
def translated(qtbot):
    """Install the shipped translation for a code into the running QApplication; removed again afterwards."""
    app = QApplication.instance()
    installed = []

    def install(code: str) -> list:
        installed.extend(app_main.install_translations(app, QLocale(code)))
        return installed

    yield install
    for t in installed:
        app.removeTranslator(t)
    # the rest of the suite runs in English
    assert QCoreApplication.translate("MainWindow", "Loss functions") == "Loss functions"


def _messages(lang: str):
    """(context, source, translation, finished) of every message in a shipped .ts."""
    root = ET.parse(TRANSLATIONS / f"dlfs_studio_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            text = forms[0] if forms else (tr.text or "") if tr is not None else ""  # plural: CJK has one form
            finished = tr is not None and bool(text) and tr.get("type") not in ("unfinished", "vanished",
                                                                                 "obsolete")
            yield ctx.findtext("name"), msg.findtext("source"), text, finished


_PERCENT = re.compile(r"%L?\d+")
_BRACES = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")


def placeholders(text: str) -> dict[str, Counter]:
    """The parts of a string a translation must keep: %N, {…}, HTML tags, &-mnemonics, tabs and newlines."""
    return {
        "%N": Counter(_PERCENT.findall(text)),
        "{}": Counter(_BRACES.findall(text)),
        "tags": Counter(t.lower() for t in _TAG.findall(text)),
        "&": Counter({"&": len(_MNEMONIC.findall(text.replace("&&", "")))}),
        "\\t": Counter({"\\t": text.count("\t")}),
        "\\n": Counter({"\\n": text.count("\n")}),
    }


def test_placeholder_check_catches_mistakes() -> None:
    assert placeholders("Saved %1") != placeholders("保存しました")
    assert placeholders("k = {0} of {1}") != placeholders("k = {0}")
    assert placeholders("y<sub>t</sub>") != placeholders("yt")
    assert placeholders("&File") != placeholders("ファイル")
    assert placeholders("&File") == placeholders("ファイル(&F)")
    assert placeholders("Weights && activations") == placeholders("重みと活性化")


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_keeps_the_placeholders_of_its_source(lang: str) -> None:
    bad = [(ctx, src, tr) for ctx, src, tr, done in _messages(lang)
           if done and placeholders(src) != placeholders(tr)]
    assert not bad, "\n".join(f"{ctx}: {src!r} -> {tr!r}" for ctx, src, tr in bad)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_the_first_seen_strings_translated_and_a_current_qm(lang: str, tmp_path) -> None:
    done = {(ctx, src) for ctx, src, _tr, finished in _messages(lang) if finished}
    assert len(done) >= 100
    for key in [("MainWindow", "&File"), ("MainWindow", "Loss functions"), ("LossPanel", "Cross-entropy"),
                ("SettingsForm", "Learning rate"), ("RunButtons", "Start"), ("Playback", "Play")]:
        assert key in done, key
    qm = TRANSLATIONS / f"dlfs_studio_{lang}.qm"
    assert qm.exists()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if lrelease.exists():  # the shipped .qm is the compiled .ts, not a stale one
        fresh = tmp_path / qm.name
        subprocess.run([str(lrelease), str(TRANSLATIONS / f"dlfs_studio_{lang}.ts"), "-qm", str(fresh)],
                       check=True, capture_output=True, timeout=60)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date: run pyside6-lrelease"


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_shows_the_translation(lang: str, translated, qtbot, tmp_path) -> None:
    installed = translated(lang)
    assert any("dlfs_studio" in t.filePath() for t in installed)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    want = EXPECTED[lang]
    assert [a.text() for a in w.menuBar().actions()] == want["menus"]
    assert [w.panel_tabs.tabText(i) for i in range(w.panel_tabs.count())] == want["tabs"]
    w.show_panel("loss")
    panel = w.current_panel()
    tabs = panel.findChild(QTabWidget)
    assert tabs is not None
    assert want["loss_subtab"] in [tabs.tabText(i) for i in range(tabs.count())]
    w.close()


def test_lang_codes_resolve_to_the_shipped_files() -> None:
    assert app_main.available_languages() == ["en", *LANGS]
    assert app_main.language_locale("ja").name() == "ja_JP"
    assert app_main.language_locale("zh-CN").name() == "zh_CN"
    assert app_main.language_locale("ko").name() == "ko_KR"
    assert app_main.language_locale("en").language() == QLocale.Language.English
    for bad in ("xx", "fr", "zh_TW", ""):
        with pytest.raises(ValueError, match="unknown language"):
            app_main.language_locale(bad)


def test_unknown_lang_is_a_clear_one_line_error(capsys, monkeypatch) -> None:
    monkeypatch.delenv("DLFS_LANG", raising=False)
    assert app_main.main(["dlfs-studio", "--lang", "xx"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "dlfs-studio: --lang: unknown language 'xx'; available: en, ja, ko, zh_CN"
    monkeypatch.setenv("DLFS_LANG", "xx")
    assert app_main.main(["dlfs-studio"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "dlfs-studio: DLFS_LANG: unknown language 'xx'; available: en, ja, ko, zh_CN"


class _Stop(Exception):
    pass


@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["--lang", "ja"], None, "ja_JP"),
    ([], "ko", "ko_KR"),
    (["--lang", "zh_CN"], "ja", "zh_CN"),  # --lang wins over DLFS_LANG
    (["--lang", "en"], None, "en_US"),
])
def test_lang_and_env_reach_install_translations(argv, env, expected, monkeypatch, qtbot) -> None:
    if env is None:
        monkeypatch.delenv("DLFS_LANG", raising=False)
    else:
        monkeypatch.setenv("DLFS_LANG", env)
    seen = []

    def record(_app, locale=None, *_a, **_k):
        seen.append(locale)
        raise _Stop

    monkeypatch.setattr(app_main, "install_translations", record)
    with pytest.raises(_Stop):
        app_main.main(["dlfs-studio", *argv])
    assert seen[0].name() == expected


def test_lang_error_from_the_command_line(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    env.pop("DLFS_LANG", None)
    proc = subprocess.run([sys.executable, "-m", "dlfs_studio.app", "--lang", "xx"], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines == ["dlfs-studio: --lang: unknown language 'xx'; available: en, ja, ko, zh_CN"]


@pytest.mark.parametrize("lang", LANGS)
def test_preset_texts_reach_the_ts_files(lang: str) -> None:
    """Preset strings live in data (presets.py's tuple, loss_presets.json), not in tr("…") literals: the
    .ts must still list every one under the context the panels translate them with."""
    from dlfs_studio.app.panels.loss_panel import load_presets
    from dlfs_studio.app.panels.training.presets import PRESETS

    sources = {(ctx, src) for ctx, src, _tr, _done in _messages(lang)}
    wanted = {("TrainingPanel", text) for p in PRESETS for text in (p.title, p.reference_label, p.description) if text}
    wanted |= {("LossPresets", p[key]) for p in load_presets() for key in ("name", "source", "note")}
    from dlfs_studio.core.surfaces import SURFACES
    wanted |= {("Surfaces", s.description) for s in SURFACES.values() if s.description}
    assert len(wanted) > 30
    assert not wanted - sources, sorted(wanted - sources)


def test_loss_presets_are_shown_translated(translated, qtbot) -> None:
    """A translator for context LossPresets changes the preset combo and the note."""
    from PySide6.QtCore import QTranslator

    from dlfs_studio.app.panels.loss_panel import LossPanel, load_presets

    first = load_presets()[0]

    class Fake(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "LossPresets" else ""

    fake = Fake()
    QApplication.instance().installTranslator(fake)
    try:
        panel = LossPanel()
        qtbot.addWidget(panel)
        panel.choose_preset(first["id"])
        assert panel.preset_combo.itemText(1) == f"«{first['name']}»"
        assert f"«{first['note']}»" in panel.preset_note.text()
    finally:
        QApplication.instance().removeTranslator(fake)
