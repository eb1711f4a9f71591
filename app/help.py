"""Help > Panels explained: each panel's idea in two or three sentences with the book's section numbers, and
the lecturer keys. Keyed by panel key, so a panel registered later in ``PANEL_SPECS`` shows its entry as soon
as it is there (a panel without an entry shows its tab tooltip instead)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

#: panel key -> (the book's sections, what the panel shows), untranslated; context "Help".
#: (QT_TRANSLATE_NOOP returns its text; PySide's stubs type it ``object``.)
PANEL_HELP: dict[str, tuple[object, object]] = {
    "forward": (
        QT_TRANSLATE_NOOP("Help", "Chapter 3 (3.2–3.5)"),
        QT_TRANSLATE_NOOP("Help", "A neural network computes its output layer by layer: each neuron takes a "
                                  "weighted sum of its inputs plus a bias and passes it through an activation "
                                  "function (step function, sigmoid function, ReLU). The output layer uses the "
                                  "identity function for regression and the softmax function for "
                                  "classification.")),
    "loss": (
        QT_TRANSLATE_NOOP("Help", "Section 4.2"),
        QT_TRANSLATE_NOOP("Help", "A loss function says how far the network's output y is from the label t: the "
                                  "sum of squared errors and the cross-entropy error. Drag the outputs and watch "
                                  "both losses; a mini-batch averages the loss over several examples.")),
    "descent": (
        QT_TRANSLATE_NOOP("Help", "Sections 4.3–4.4 and 6.1"),
        QT_TRANSLATE_NOOP("Help", "The gradient, computed here by numerical differentiation or by formula, points "
                                  "where the function rises fastest; gradient descent steps against it, scaled by "
                                  "the learning rate. Section 6.1 compares the optimizers SGD, Momentum, AdaGrad "
                                  "and Adam on the same surface.")),
    "backprop": (
        QT_TRANSLATE_NOOP("Help", "Chapter 5"),
        QT_TRANSLATE_NOOP("Help", "Backpropagation computes every gradient in one backward pass over the "
                                  "computational graph, applying the chain rule node by node. It gives the same "
                                  "gradients as numerical differentiation, much faster; the gradient check "
                                  "compares the two (5.7.3).")),
    "training": (
        QT_TRANSLATE_NOOP("Help", "Section 4.5 and chapter 6"),
        QT_TRANSLATE_NOOP("Help", "Training repeats three steps: take a mini-batch, compute the gradient, update "
                                  "the weights. Chapter 6 adds the optimizers, the initial weights, Batch "
                                  "Normalization, and weight decay and dropout against overfitting; watch the loss "
                                  "and the accuracy on the training and test data epoch by epoch.")),
    "convolution": (
        QT_TRANSLATE_NOOP("Help", "Chapter 7"),
        QT_TRANSLATE_NOOP("Help", "A convolution layer slides a filter over the image and keeps its shape; padding "
                                  "and stride set the size of the output (7.2). Pooling shrinks the height and "
                                  "width (7.3), and a CNN stacks these layers before the fully connected ones "
                                  "(7.4–7.5).")),
}

#: (key name, what it does) of the lecturer keys; context "Help".
LECTURER_KEY_HELP: list[tuple[object, object]] = [
    (QT_TRANSLATE_NOOP("Help", "Space"), QT_TRANSLATE_NOOP("Help", "Play / pause the animation")),
    (QT_TRANSLATE_NOOP("Help", "Right arrow"), QT_TRANSLATE_NOOP("Help", "One step forward")),
    (QT_TRANSLATE_NOOP("Help", "Left arrow"), QT_TRANSLATE_NOOP("Help", "One step back")),
    (QT_TRANSLATE_NOOP("Help", "Home"), QT_TRANSLATE_NOOP("Help", "Back to the start (reset)")),
]


def _tr(text: object) -> str:
    return QCoreApplication.translate("Help", str(text))


def lecturer_keys_lines() -> list[str]:
    """"key\\twhat it does" for each lecturer key, translated."""
    return [f"{_tr(key)}\t{_tr(what)}" for key, what in LECTURER_KEY_HELP]


def help_html(panels: list[tuple[str, str, str]]) -> str:
    """The help page for ``panels`` = [(key, translated title, translated tooltip)] in tab order."""
    parts = [f"<h2>{escape(_tr('The panels'))}</h2>"]
    for key, title, tooltip in panels:
        sections, text = PANEL_HELP.get(key, ("", ""))
        head = escape(title) + (f" <small>({escape(_tr(sections))})</small>" if sections else "")
        parts.append(f"<h3>{head}</h3><p>{escape(_tr(text) if text else tooltip)}</p>")
    parts.append(f"<h2>{escape(_tr('Lecturer keys'))}</h2>")
    parts.append(f"<p>{escape(_tr('In an animated panel, when no text field has the focus:'))}</p><table>")
    for line in lecturer_keys_lines():
        key, what = line.split("\t")
        parts.append(f"<tr><td style='padding-right:18px'><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class HelpDialog(QDialog):
    """A scrollable page: :func:`help_html` for the registered panels."""

    def __init__(self, panels: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panels explained"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html(panels))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)
