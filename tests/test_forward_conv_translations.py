"""The Forward pass and Convolution panels speak the learner's language (ja, ko, zh_CN), in the books' terms."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from dlfs_studio.app import main as app_main
from dlfs_studio.app.panels.convolution.panel import ConvolutionPanel
from dlfs_studio.app.panels.forward.panel import ForwardPanel

EXPECTED = {
    "ja": (["活性化関数", "3層ニューラルネットワーク", "ソフトマックス関数とオーバーフロー", "学習済みのネットワーク"],
           ["im2col", "SimpleConvNet の内部"], "順伝播", "畳み込み", "シグモイド関数"),
    "ko": (["활성화 함수", "3층 신경망", "소프트맥스 함수와 오버플로", "학습된 신경망"],
           ["im2col", "SimpleConvNet 내부"], "순전파", "합성곱", "시그모이드 함수"),
    "zh_CN": (["激活函数", "3层神经网络", "softmax函数与溢出", "已训练的网络"],
              ["im2col", "SimpleConvNet 内部"], "正向传播", "卷积", "sigmoid函数"),
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_both_panels_are_translated(lang: str, qtbot) -> None:
    app = QApplication.instance()
    installed = app_main.install_translations(app, QLocale(lang))
    try:
        forward_tabs, conv_tabs, forward_title, conv_title, sigmoid = EXPECTED[lang]
        f = ForwardPanel()
        qtbot.addWidget(f)
        assert [f.tabs.tabText(i) for i in range(f.tabs.count())] == forward_tabs
        assert f.title() == forward_title and QCoreApplication.translate("MainWindow", "Forward pass") == forward_title
        assert f.activations.checks["sigmoid"].text() == sigmoid
        f.show_tab("network")
        assert f.network.activation.currentText() == sigmoid
        c = ConvolutionPanel()
        qtbot.addWidget(c)
        assert [c.tabs.tabText(i) for i in range(c.tabs.count())] == conv_tabs
        assert c.title() == conv_title
        f.shutdown()
        c.shutdown()
    finally:
        for t in installed:
            app.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "Forward pass") == "Forward pass"
