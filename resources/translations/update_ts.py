"""Refresh the .ts files from the sources: ``pyside6-lupdate`` over app/, plus the ``_tr("…")`` helper strings.

Usage (from the repository root, with the project's venv)::

    .venv/bin/python resources/translations/update_ts.py            # every dlfs_studio_*.ts in this folder
    .venv/bin/python resources/translations/update_ts.py ja ko      # only these languages (creates missing files)

Why not lupdate alone: several modules translate through a module-level helper,
``def _tr(text): return QCoreApplication.translate("Context", text)``, and lupdate's Python parser
only sees literal ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` calls, so it misses ``_tr("Play")``.
This script runs lupdate, then finds every such helper with :mod:`ast`, and puts each
``_tr("literal")`` string into the .ts under the helper's context (keeping existing translations;
a string lupdate marked "vanished" is revived). The same goes for *method* helpers that pass their first
parameter to ``self.tr(...)``, e.g. the plural helper ``def _tr_n(self, source, n): return ... self.tr(source,
"", n)``: every ``self._tr_n("… %n …", n)`` in that class becomes a plural (``numerus="yes"``) message under
the class's context. Then translate (pyside6-linguist or any XML editor) and compile with ``pyside6-lrelease``.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP = ROOT / "app"
PRESETS_JSON = ROOT / "resources" / "presets" / "loss_presets.json"
SURFACES_PY = ROOT / "core" / "surfaces.py"
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def _is_translate(func: ast.expr) -> bool:
    """``X.translate(...)`` (translates now) or ``QT_TRANSLATE_NOOP(...)`` (marks a string translated later)."""
    return ((isinstance(func, ast.Attribute) and func.attr == "translate")
            or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"))


def preset_strings() -> list[tuple[str, str, int]]:
    """(context "LossPresets", text, line) for the name, source and note of each loss-panel preset
    (resources/presets/loss_presets.json); the panel translates them when it shows them."""
    raw = PRESETS_JSON.read_text(encoding="utf-8")
    lines = raw.splitlines()
    found = []
    for preset in json.loads(raw)["presets"]:
        for key in ("name", "source", "note"):
            text = preset.get(key)
            if text:
                quoted = json.dumps(text, ensure_ascii=False)
                line = next((i + 1 for i, ln in enumerate(lines) if quoted in ln), 0)
                found.append(("LossPresets", text, line))
    return found


def surface_strings() -> list[tuple[str, str, int]]:
    """(context "Surfaces", description, line) of each built-in surface in core/surfaces.py (core has no Qt;
    the descent view translates the description when it shows it)."""
    sys.path.insert(0, str(ROOT))
    from dlfs_studio.core.surfaces import SURFACES
    source = SURFACES_PY.read_text(encoding="utf-8").splitlines()
    found = []
    for surface in SURFACES.values():
        if surface.description:
            start = surface.description[:30]
            line = next((i + 1 for i, ln in enumerate(source) if start in ln), 0)
            found.append(("Surfaces", surface.description, line))
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _method_helper(func: ast.FunctionDef) -> bool | None:
    """For a method ``def h(self, source, ...)`` that calls ``self.tr(source, ...)``: whether that call is a
    plural one (a third argument, the count). None when the method is no such helper."""
    params = [a.arg for a in func.args.args]
    if len(params) < 2 or params[0] != "self":
        return None
    for node in ast.walk(func):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "self" and node.args
                and isinstance(node.args[0], ast.Name) and node.args[0].id == params[1]):
            return len(node.args) >= 3
    return None


#: A translate helper: (context, index of the parameter passed on as the plural count, or None).
Helper = tuple[str, "int | None"]


def _params(fn: ast.FunctionDef) -> list[str]:
    return [a.arg for a in fn.args.args]


def _arg(call: ast.Call, index: int, name: str) -> ast.expr | None:
    """The argument of ``call`` at position ``index`` or keyword ``name``."""
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_param(node: ast.expr, name: str) -> bool:
    """``name`` or ``str(name)``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" and node.args:
        node = node.args[0]
    return isinstance(node, ast.Name) and node.id == name


def _module_helper(fn: ast.FunctionDef, known: dict[str, Helper]) -> Helper | None:
    """A module-level function passing its first parameter to ``X.translate("Ctx", param, ...)``,
    ``QT_TRANSLATE_NOOP("Ctx", param)`` or to a known helper: its (context, count parameter index)."""
    params = _params(fn)
    if not params:
        return None
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if _is_translate(node.func) and len(node.args) >= 2 and _literal(node.args[0]) is not None:
            if _is_param(node.args[1], params[0]):
                count = _arg(node, 3, "n")
                idx = params.index(count.id) if isinstance(count, ast.Name) and count.id in params else None
                return node.args[0].value, idx
        elif (isinstance(node.func, ast.Name) and node.func.id in known and node.func.id != fn.name
              and _is_param(node.args[0], params[0])):
            context, helper_count = known[node.func.id]
            count = node.args[helper_count] if helper_count is not None and len(node.args) > helper_count else None
            idx = params.index(count.id) if isinstance(count, ast.Name) and count.id in params else None
            return context, idx
    return None


def _module_name(path: Path) -> str:
    rel = path.relative_to(APP).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(["dlfs_studio", "app", *parts])


def _helpers_by_module(paths: list[Path]) -> dict[str, dict[str, Helper]]:
    """Module name -> its translate helpers (defined there or imported from another app module), to a fixpoint."""
    trees = {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    packages = {_module_name(p) for p in paths if p.name == "__init__.py"}
    helpers: dict[str, dict[str, Helper]] = {m: {} for m in trees}
    changed = True
    while changed:
        changed = False
        for mod, tree in trees.items():
            known = helpers[mod]
            for node in tree.body:
                if isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:  # relative: from the module's package, up level - 1 more
                        parts = mod.split(".") if mod in packages else mod.split(".")[:-1]
                        parts = parts[:len(parts) - (node.level - 1)]
                        base = ".".join([*parts, base] if base else parts)
                    for alias in node.names:
                        found = helpers.get(base, {}).get(alias.name)
                        name = alias.asname or alias.name
                        if found is not None and known.get(name) != found:
                            known[name] = found
                            changed = True
                elif isinstance(node, ast.FunctionDef):
                    found = _module_helper(node, known)
                    if found is not None and known.get(node.name) != found:
                        known[node.name] = found
                        changed = True
    return helpers


def _method_helper(func: ast.FunctionDef) -> bool | None:
    """For a method ``def h(self, source, ...)`` that calls ``self.tr(source, ...)``: whether that call is a
    plural one (a third argument, the count). None when the method is no such helper."""
    params = _params(func)
    if len(params) < 2 or params[0] != "self":
        return None
    for node in ast.walk(func):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "self" and node.args
                and isinstance(node.args[0], ast.Name) and node.args[0].id == params[1]):
            return len(node.args) >= 3
    return None


_HELPERS: dict[str, dict[str, Helper]] | None = None


def helper_strings(path: Path) -> list[tuple[str, str, int, bool]]:
    """(context, source, line, plural) for each ``helper("literal", ...)`` call of a module-level translate
    helper (see :func:`_module_helper`; also one imported from another app module, such as a plural ``tr_n``),
    and each ``self.h("literal", ...)`` call of a method helper ``h`` (see :func:`_method_helper`). A call is
    plural when it passes the helper's count argument."""
    global _HELPERS
    if _HELPERS is None or _module_name(path) not in _HELPERS:
        _HELPERS = _helpers_by_module(sources())
    helpers = _HELPERS.get(_module_name(path), {})
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
                and node.args and _literal(node.args[0]) is not None):
            context, count = helpers[node.func.id]
            plural = count is not None and len(node.args) > count
            found.append((context, node.args[0].value, node.lineno, plural))
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        methods = {f.name: plural for f in cls.body if isinstance(f, ast.FunctionDef)
                   for plural in [_method_helper(f)] if plural is not None}
        for node in ast.walk(cls):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                    and node.args and _literal(node.args[0]) is not None):
                found.append((cls.name, node.args[0].value, node.lineno, methods[node.func.attr]))
    return found


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _first_location(msg: ET.Element) -> tuple[str, int]:
    loc = msg.find("location")
    return ("", 0) if loc is None else (loc.get("filename", ""), int(loc.get("line", "0")))


def add_helper_strings(ts: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    added = 0
    found = [(Path("..", "..", path.relative_to(ROOT)).as_posix(), item)  # paths relative to this folder, as lupdate
             for path in sources() for item in helper_strings(path)]
    found += [(Path("..", "..", PRESETS_JSON.relative_to(ROOT)).as_posix(), (*item, False))
              for item in preset_strings()]
    found += [(Path("..", "..", SURFACES_PY.relative_to(ROOT)).as_posix(), (*item, False))
              for item in surface_strings()]
    for rel, (context, text, line, plural) in found:
        ctx = _context(root, context)
        msg = next((m for m in ctx.findall("message") if m.findtext("source") == text), None)
        if msg is None:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = text
            translation = ET.SubElement(msg, "translation", type="unfinished")
            if plural:
                ET.SubElement(translation, "numerusform")
            added += 1
        if plural:
            msg.set("numerus", "yes")
        translation = msg.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            if translation.text or any(f.text for f in translation.findall("numerusform")):
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
        for loc in msg.findall("location"):
            if loc.get("filename") == rel and loc.get("line") == str(line):
                break
        else:
            locs = [*msg.findall("location"), ET.Element("location", filename=rel, line=str(line))]
            for loc in msg.findall("location"):
                msg.remove(loc)
            for i, loc in enumerate(sorted(locs, key=lambda e: (e.get("filename"), int(e.get("line"))))):
                msg.insert(i, loc)
    # a stable order, so that re-running gives the same file: contexts by name, messages by first location
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
    for ctx in contexts:
        root.remove(ctx)
        messages = ctx.findall("message")
        for msg in messages:
            ctx.remove(msg)
        messages.sort(key=_first_location)
        ctx.extend(messages)
        root.append(ctx)
    ET.indent(tree, space="    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return added


def main(argv: list[str]) -> int:
    if argv:
        targets = [HERE / f"dlfs_studio_{lang}.ts" for lang in argv]
    else:
        targets = sorted(HERE.glob("dlfs_studio_*.ts"))
    if not targets:
        print("no .ts files; name the languages, e.g.: update_ts.py ja ko zh_CN", file=sys.stderr)
        return 2
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for ts in targets:
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        print(f"{ts.name}: {add_helper_strings(ts)} _tr() helper strings (re)added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
