"""Every translatable string of the app reaches every .ts file.

The sources are read with :mod:`ast`, independently of ``update_ts.py``: every string literal passed to
``tr``/``translate``/``QT_TRANSLATE_NOOP``, to a module's ``_tr`` helper (``def _tr(text): return
QCoreApplication.translate("Context", text)``) or to a method helper such as the plural ``self._tr_n("… %n …", n)``
must be a live message of each ``dlfs_studio_<lang>.ts`` under its context (plural ones with ``numerus="yes"``);
a literal given to a helper named ``_tr…``/``tr_…`` defined in another module (e.g. an imported ``tr_n``) must
be there under some context, and be plural when it holds ``%n``;
and no ``tr()`` may be given an f-string (lupdate cannot see it).
"""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TS_FILES = sorted((ROOT / "resources" / "translations").glob("dlfs_studio_*.ts"))


def _lit(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _module_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return X.translate("Ctx", text)`` (or QT_TRANSLATE_NOOP) -> "Ctx"."""
    found = {}
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef):
            for node in ast.walk(fn):
                if (isinstance(node, ast.Call) and _name(node.func) in ("translate", "QT_TRANSLATE_NOOP")
                        and len(node.args) >= 2 and _lit(node.args[0]) is not None
                        and isinstance(node.args[1], ast.Name) and fn.args.args
                        and node.args[1].id == fn.args.args[0].arg):
                    found[fn.name] = node.args[0].value
    return found


def _method_helpers(cls: ast.ClassDef) -> dict[str, bool]:
    """Methods ``def h(self, source, ...)`` calling ``self.tr(source, ...)`` -> plural (a count is passed)."""
    found = {}
    for fn in cls.body:
        if isinstance(fn, ast.FunctionDef) and len(fn.args.args) >= 2:
            param = fn.args.args[1].arg
            for node in ast.walk(fn):
                if (isinstance(node, ast.Call) and _name(node.func) == "tr" and node.args
                        and isinstance(node.args[0], ast.Name) and node.args[0].id == param):
                    found[fn.name] = len(node.args) >= 3
    return found


def translatable_strings(path: Path) -> tuple[set[tuple[str, str, bool]], list[str]]:
    """({(context, source, plural)}, [problems]) of one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _module_helpers(tree)
    found: set[tuple[str, str, bool]] = set()
    problems: list[str] = []

    def visit(node: ast.AST, cls: ast.ClassDef | None, methods: dict[str, bool]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child, _method_helpers(child))
                continue
            if isinstance(child, ast.Call):
                name, args = _name(child.func), child.args
                where = f"{path.relative_to(ROOT)}:{child.lineno}"
                if name == "tr" and args:
                    if isinstance(args[0], ast.JoinedStr):
                        problems.append(f"{where}: tr() of an f-string")
                    elif _lit(args[0]) is not None and cls is not None:
                        found.add((cls.name, args[0].value, len(args) >= 3))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _lit(args[0]) is not None:
                    if isinstance(args[1], ast.JoinedStr):
                        problems.append(f"{where}: translate() of an f-string")
                    elif _lit(args[1]) is not None:
                        found.add((args[0].value, args[1].value, len(args) >= 4))
                elif isinstance(child.func, ast.Name) and name in helpers and args and _lit(args[0]) is not None:
                    found.add((helpers[name], args[0].value, False))
                elif (isinstance(child.func, ast.Attribute) and name in methods and cls is not None and args
                      and _lit(args[0]) is not None):
                    found.add((cls.name, args[0].value, methods[name]))
                elif name.startswith(("_tr", "tr_")) and args and _lit(args[0]) is not None:
                    # a helper defined elsewhere (e.g. an imported plural tr_n): any context will do
                    found.add(("", args[0].value, "%n" in args[0].value))
            visit(child, cls, methods)

    visit(tree, None, {})
    return found, problems


def _ts_messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> plural, for every live (not vanished/obsolete) message."""
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            out[(ctx.findtext("name"), msg.findtext("source"))] = msg.get("numerus") == "yes"
    return out


def test_the_finder_sees_helpers_plurals_and_contexts(tmp_path) -> None:
    src = tmp_path / "mod.py"
    src.write_text(
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "NAMES = [QT_TRANSLATE_NOOP('Data', 'noop')]\n"
        "class Panel:\n"
        "    def _tr_n(self, source, n):\n        return self.tr(source, '', n)\n"
        "    def f(self, n):\n"
        "        self.tr('plain'); _tr('helper'); self._tr_n('%n item(s)', n)\n"
        "        QCoreApplication.translate('Other', 'direct')\n"
        "        self.tr(f'bad {n}')\n"
        "        tr_n('%n run(s) imported', n)\n", encoding="utf-8")
    global ROOT
    old, ROOT = ROOT, tmp_path
    try:
        found, problems = translatable_strings(src)
    finally:
        ROOT = old
    assert found == {("Data", "noop", False), ("Panel", "plain", False), ("Ctx", "helper", False),
                     ("Panel", "%n item(s)", True), ("Other", "direct", False), ("", "%n run(s) imported", True)}
    assert problems == ["mod.py:11: tr() of an f-string"]


def _all_strings() -> tuple[set[tuple[str, str, bool]], list[str]]:
    found: set[tuple[str, str, bool]] = set()
    problems: list[str] = []
    for path in sorted(APP.rglob("*.py")):
        f, p = translatable_strings(path)
        found |= f
        problems += p
    return found, problems


def test_no_tr_of_an_f_string() -> None:
    assert _all_strings()[1] == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_translatable_string_is_in_the_ts(ts: Path) -> None:
    strings, _ = _all_strings()
    assert len(strings) > 300
    messages = _ts_messages(ts)
    by_source: dict[str, bool] = {}
    for (_ctx, src), plural in messages.items():
        by_source[src] = by_source.get(src, False) or plural
    missing = sorted(f"{ctx}: {src!r}" for ctx, src, _plural in strings
                     if ((ctx, src) not in messages if ctx else src not in by_source))
    assert not missing, f"{len(missing)} strings missing from {ts.name} (run update_ts.py):\n" + "\n".join(missing)
    not_plural = sorted(f"{ctx}: {src!r}" for ctx, src, plural in strings
                        if plural and not (messages[(ctx, src)] if ctx else by_source[src]))
    assert not not_plural, "plural strings without numerus=\"yes\":\n" + "\n".join(not_plural)


def test_update_ts_finds_plural_helpers_defined_in_another_module(tmp_path, monkeypatch) -> None:
    """The shape of the rebuilt training panel: a module-level ``_tr(text, n)``, a ``tr_n`` calling it with the
    count, and ``tr_n`` imported (relatively) into a sibling module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_ts", ROOT / "resources" / "translations" / "update_ts.py")
    assert spec is not None and spec.loader is not None
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    app = tmp_path / "app"
    (app / "panels" / "training").mkdir(parents=True)
    for pkg in (app, app / "panels", app / "panels" / "training"):
        (pkg / "__init__.py").write_text("", encoding="utf-8")
    (app / "panels" / "training" / "controller.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text, n=-1):\n    return QCoreApplication.translate('TrainingPanel', text, None, n)\n"
        "def tr_n(source, n):\n    '''plural'''\n    text = _tr(source, n)\n    return text\n"
        "def f(n):\n    return _tr('Plain'), tr_n('Finished %n iteration(s).', n)\n", encoding="utf-8")
    (app / "panels" / "training" / "dialogs.py").write_text(
        "from .controller import tr_n\n"
        "def g(n):\n    return tr_n('%n run(s) not saved.', n)\n", encoding="utf-8")
    monkeypatch.setattr(update_ts, "APP", app)
    monkeypatch.setattr(update_ts, "_HELPERS", None)
    found = {(ctx, text, plural) for path in update_ts.sources() for ctx, text, _line, plural
             in update_ts.helper_strings(path)}
    assert found == {("TrainingPanel", "Plain", False), ("TrainingPanel", "Finished %n iteration(s).", True),
                     ("TrainingPanel", "%n run(s) not saved.", True)}
