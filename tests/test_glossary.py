"""The translations use each edition's terms (resources/translations/glossary_<lang>.json).

For every term marked mandatory, each finished message whose English source matches ``source_pattern``
(case-insensitive) must match ``required`` and must not match ``forbidden``. zh_CN running text also uses
full-width parentheses (half-width ones stay in formulas, coordinates, file-dialog filters and &-mnemonics).
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ["ja", "ko", "zh_CN"]
KEY_TERMS = {"neuron", "activation_function", "step_function", "sigmoid_function", "relu", "softmax_function",
             "identity_function", "loss_function", "sse", "cee", "mini_batch", "gradient", "gradient_descent",
             "learning_rate", "numerical_differentiation", "backpropagation", "computational_graph",
             "forward_propagation", "backward_propagation", "weight", "bias", "weight_decay", "dropout",
             "batch_normalization", "sgd", "momentum", "adagrad", "adam", "hyperparameter", "overfitting",
             "convolution", "pooling", "filter", "padding", "stride", "epoch"}


def glossary(lang: str) -> dict:
    return json.loads((TRANSLATIONS / f"glossary_{lang}.json").read_text(encoding="utf-8"))


def finished_messages(lang: str):
    """(context, source, translation) of every finished message of dlfs_studio_<lang>.ts."""
    root = ET.parse(TRANSLATIONS / f"dlfs_studio_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            yield ctx.findtext("name"), msg.findtext("source") or "", forms[0] if forms else (tr.text or "")


def violations(terms: list[dict], messages) -> list[str]:
    found = []
    for ctx, src, text in messages:
        for term in terms:
            if not term.get("mandatory") or not re.search(term["source_pattern"], src, re.IGNORECASE):
                continue
            if "required" in term and not re.search(term["required"], text):
                found.append(f"{term['key']}: {ctx}: {src!r} -> {text!r} lacks {term['term']!r}")
            if "forbidden" in term and re.search(term["forbidden"], text):
                found.append(f"{term['key']}: {ctx}: {src!r} -> {text!r} uses a word the edition does not")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_names_each_editions_key_terms(lang: str) -> None:
    g = glossary(lang)
    assert g["language"] == lang and g["edition"]
    keys = {t["key"] for t in g["terms"]}
    assert keys >= KEY_TERMS
    assert {t["key"] for t in glossary("ja")["terms"]} == keys  # the same terms in every language
    for t in g["terms"]:
        assert t["term"] and t["section"]
        if t["mandatory"]:
            re.compile(t["source_pattern"])
            assert "required" in t or "forbidden" in t
            for k in ("required", "forbidden"):
                if k in t:
                    re.compile(t[k])
    book = {t["key"]: t["term"] for t in g["terms"]}
    want = {"ja": ("ソフトマックス関数", "ニューロン", "誤差逆伝播法"), "ko": ("소프트맥스 함수", "뉴런", "모멘텀"),
            "zh_CN": ("softmax函数", "神经元", "误差反向传播法")}[lang]
    assert (book["softmax_function"], book["neuron"],
            book["backpropagation" if lang != "ko" else "momentum"]) == want


def test_the_check_catches_drift() -> None:
    terms = glossary("ja")["terms"]
    bad = [("LossPanel", "softmax turns them into probabilities", "softmax で確率に変換"),
           ("TrainingPanel", "share of units", "ユニットの割合"),
           ("LossPanel", "Printed in the source:", "本書の出力:"),
           ("TrainingPanel", "Ch. 6: MultiLayerNet (init, BatchNorm, dropout, decay)",
            "6章 (初期値, BatchNorm, Dropout, 荷重減衰)")]
    assert len(violations(terms, bad)) >= 5
    good = [("LossPanel", "y = softmax(a / T)", "y = softmax(a / T)"),  # a formula keeps the function's code name
            ("LossPanel", "softmax turns them into probabilities", "ソフトマックス関数で確率に変換")]
    assert violations(terms, good) == []
    ko = glossary("ko")["terms"]
    assert violations(ko, [("DescentView", "Momentum α", "Momentum α")])
    assert not violations(ko, [("TrainingPanel", "e.g. momentum=0.9", "예: momentum=0.9")])


@pytest.mark.parametrize("lang", LANGS)
def test_translations_use_the_editions_terms(lang: str) -> None:
    found = violations(glossary(lang)["terms"], finished_messages(lang))
    assert not found, f"{len(found)} messages drift from glossary_{lang}.json:\n" + "\n".join(found)


_PAREN = re.compile(r"(?:(?<=[\u4e00-\u9fff，。：；、”\w])\s|(?<=[\u4e00-\u9fff，。：；、”]))\(([^()]*)\)")


def half_width_prose_parentheses(text: str) -> list[str]:
    """Half-width ( ) groups of Chinese words in running text; formulas and code such as (x + y) or (y − t)/N
    keep their ASCII parentheses."""
    return [m.group(0) for m in _PAREN.finditer(text) if re.search(r"[\u3400-\u9fff]", m.group(1))]


def test_zh_running_text_uses_full_width_parentheses() -> None:
    assert half_width_prose_parentheses("在10类输出上探索均方误差 (书中4.2节)") == [" (书中4.2节)"]
    assert half_width_prose_parentheses("文件(&F)、从 (-7, 2) 出发、PNG图像 (*.png)、f(x)、log(0)") == []
    assert half_width_prose_parentheses("例如 (x + y) * z，反向传回 (y − t)/N") == []
    bad = [(ctx, src, text) for ctx, src, text in finished_messages("zh_CN") if half_width_prose_parentheses(text)]
    assert not bad, "\n".join(f"{ctx}: {text!r}" for ctx, _src, text in bad)
