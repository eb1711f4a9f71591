"""The computational-graph tab's controller: glues :mod:`core.compgraph` to small views.

It holds the formula, the variables' values and the position in the step list, and tells the views what to
show. It knows no widget classes: the views are passed in (tests pass fakes). Views used:

* ``graph``: ``set_graph(graph, layout)``, ``show_state(bp, state)``
* ``ledger``: ``set_steps(bp)``, ``set_position(position)``
* ``inputs``: ``set_variables(names, values)``, ``show_error(message or None)``, ``show_note(preset, bp)``
* ``check``: ``show_checks(checks or None)``
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from dlfs_studio.core import compgraph as cg

#: Default value of a variable the learner just typed.
NEW_VARIABLE_VALUE = 1.0
#: Largest graph the panel draws (a bigger one is unreadable on a screen; ``dlfs backprop`` takes any size).
MAX_DRAWN_NODES = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropController", text)


def error_message(exc: cg.GraphError) -> str:
    """A translated one-line message for a GraphError (the parser's own sentence for syntax errors)."""
    a = {k: str(v) for k, v in exc.args_.items()}
    texts = {
        "empty": _tr("The formula is empty: type one such as (x + y) * z."),
        "too_long": _tr("The formula is too long (%1 characters; at most %2).").replace(
            "%1", a.get("length", "")).replace("%2", a.get("limit", "")),
        "too_many": _tr("Too many statements (at most %1).").replace("%1", a.get("limit", "")),
        "bad_name": _tr("“%1” cannot be defined: a name starts with a letter or _ and has only letters, digits "
                        "and _.").replace("%1", a.get("name", "")),
        "reserved": _tr("“%1” is a function or constant and cannot be defined.").replace("%1", a.get("name", "")),
        "redefined": _tr("“%1” is defined twice.").replace("%1", a.get("name", "")),
        "defined_late": _tr("“%1” is used before its definition: define it first.").replace("%1", a.get("name", "")),
        "self_reference": _tr("“%1” cannot be defined from itself.").replace("%1", a.get("name", "")),
        "unused": _tr("“%1” is defined but the result does not use it.").replace("%1", a.get("name", "")),
        "missing": _tr("No value for %1.").replace("%1", a.get("names", "")),
        "extra": _tr("%1 does not appear in the formula.").replace("%1", a.get("names", "")),
        "not_number": _tr("The value of %1 is not a number.").replace("%1", a.get("name", "")),
        "not_finite": _tr("The value of %1 must be a finite number.").replace("%1", a.get("name", "")),
    }
    if exc.key == "syntax":
        return _tr("The formula cannot be read: %1").replace("%1", a.get("detail", str(exc)))
    return texts.get(exc.key, str(exc))


class GraphController(QObject):
    """Formula + values -> :class:`core.compgraph.Backprop`, stepped by ``step``/``back``/``reset``."""

    changed = Signal()

    def __init__(self, graph, ledger, inputs, check, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.graph_view, self.ledger, self.inputs, self.check = graph, ledger, inputs, check
        self.text = ""
        self.values: dict[str, float] = {}
        self.bp: cg.Backprop | None = None
        self.graph: cg.Graph | None = None
        self.position = 0
        self.preset: cg.GraphPreset | None = None
        self.error: str | None = None

    # ------------------------------------------------------------------ inputs
    def load_preset(self, key: str) -> None:
        p = cg.preset(key)
        self.preset = p
        self.values = dict(p.values)
        self._set_text(p.text, keep_preset=True)

    def set_formula(self, text: str) -> None:
        """A formula typed by the learner: rebuilt at once; values kept for names that remain."""
        if text == self.text and self.error is None:
            return
        self._set_text(text, keep_preset=self.preset is not None and text == self.preset.text)

    def _set_text(self, text: str, keep_preset: bool) -> None:
        self.text = text
        if not keep_preset:
            self.preset = None
        try:
            graph = cg.build_graph(text)
        except cg.GraphError as exc:
            self._fail(error_message(exc))
            return
        if len(graph.nodes) > MAX_DRAWN_NODES:
            self._fail(_tr("This graph has %1 nodes; the panel draws at most %2. Split it with definitions "
                           "(t = …) or use “dlfs backprop” for a big formula.")
                       .replace("%1", str(len(graph.nodes))).replace("%2", str(MAX_DRAWN_NODES)))
            return
        values = {v: self.values.get(v, NEW_VARIABLE_VALUE) for v in graph.variables}
        def shape(g: cg.Graph) -> list:
            return [(n.kind, n.symbol, n.inputs, n.name) for n in g.nodes] + [g.output_name]

        structure_changed = self.graph is None or shape(graph) != shape(self.graph)
        self.graph = graph
        self.values = values
        if structure_changed:
            self.graph_view.set_graph(graph, cg.layered_layout(graph))
        self.inputs.set_variables(graph.variables, values)
        self._run(reset=True)

    def set_value(self, name: str, value: float) -> None:
        """A variable's new value: the graph is recomputed and stays at the same step."""
        if self.graph is None or name not in self.values or self.values[name] == value:
            return
        self.values[name] = float(value)
        if self.preset is not None and dict(self.preset.values).get(name) != value:
            self.preset = None
        self._run(reset=False)

    def _run(self, reset: bool) -> None:
        assert self.graph is not None
        try:
            self.bp = cg.run_backprop(self.graph, self.values)
        except cg.GraphError as exc:
            self._fail(error_message(exc))
            return
        self.error = None
        self.inputs.show_error(None)
        if not self.bp.finite:
            self.inputs.show_error(_tr("Some values are not finite numbers (nan or inf) at these inputs: "
                                       "a division by zero or the log of a negative number?"))
        self.ledger.set_steps(self.bp)
        self.position = 0 if reset else min(self.position, len(self.bp.steps))
        self.inputs.show_note(self.preset, self.bp)
        self._show()

    def _fail(self, message: str) -> None:
        self.error = message
        self.inputs.show_error(message)
        self.changed.emit()

    # ------------------------------------------------------------------ stepping
    def total_steps(self) -> int:
        return len(self.bp.steps) if self.bp is not None else 0

    def at_end(self) -> bool:
        return self.position >= self.total_steps()

    def step(self, n: int = 1) -> int:
        """Advance up to ``n`` steps; returns how many were taken (0 at the end)."""
        if self.bp is None or self.error is not None:
            return 0
        taken = min(n, self.total_steps() - self.position)
        if taken > 0:
            self.position += taken
            self._show()
        return taken

    def back(self) -> None:
        if self.bp is not None and self.position > 0:
            self.position -= 1
            self._show()

    def reset(self) -> None:
        if self.bp is not None:
            self.position = 0
            self._show()

    def go_to(self, position: int) -> None:
        if self.bp is not None:
            self.position = max(0, min(position, self.total_steps()))
            self._show()

    def _show(self) -> None:
        assert self.bp is not None
        state = self.bp.state_at(self.position)
        self.graph_view.show_state(self.bp, state)
        self.ledger.set_position(self.position)
        self.check.show_checks(cg.numerical_check(self.bp) if self.at_end() else None)
        self.changed.emit()

    def phase(self) -> str:
        """"start", "forward", "backward" or "done" (for the status line)."""
        if self.bp is None or self.position == 0:
            return "start"
        if self.at_end():
            return "done"
        return "forward" if self.bp.steps[self.position - 1].phase == "forward" else "backward"
