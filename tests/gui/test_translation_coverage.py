"""The Korean interface leaves no visible English behind.

The window is built in Korean with every dock shown; each text a user can see (labels,
buttons, menu entries, tooltips, dock titles, list and table headers, combo items, plot
titles and axis labels) must contain no English word outside a short list of names that
stay as they are: optimizer and surface names, parameter names used in specs, maths
functions, key names and file formats.
"""

import html
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTreeWidget,
)

from engine.optimizers import OPTIMIZERS
from engine.params import params_of
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES
from gui.i18n import install_language, qm_path

KEEP = {
    # names and identifiers that stay as they are in every language
    "Descent",
    "Lab",
    "Python",
    "PySide6",
    "pyqtgraph",
    "numpy",
    "contourpy",
    "Qt",
    "English",
    "exp",
    "sin",
    "cos",
    "tan",
    "log",
    "sqrt",
    "abs",
    "tanh",
    "lin",
    "max",
    "min",
    "Space",
    "Shift",
    "Ctrl",
    "Home",
    "End",
    "Esc",
    "Enter",
    "Tab",
    "Del",
    "Delete",
    "png",
    "svg",
    "gif",
    "mp4",
    "csv",
    "json",
    "PNG",
    "SVG",
    "GIF",
    "MP4",
    "CSV",
    "JSON",
    "pytorch",
    "sutskever",
    "PyTorch",
    "Sutskever",
    "cs231n",
    "textbook",
    "true",
    "false",
    "AMSGrad",
    "Adadelta",
    "NAdam",
    "AdamW",
    "RMSProp",
    "AdaGrad",
    "Adam",
    "SGD",
    "GD",
    "Nesterov",
    "Momentum",
    "Nadam",
    "nesterov",
    "OpenGL",
    "steps",
    "fps",
    "beta",
    "noise",
    "seed",
    "grid",
    "video",
    "offscreen",  # identifiers: spec keys, the extra, a platform
    "PageDown",
    "PageUp",  # key names, as printed on the keyboard
}
KEEP |= set(OPTIMIZERS) | set(SCHEDULES) | set(SURFACES)
KEEP |= {
    p.name
    for registry in (OPTIMIZERS, SCHEDULES, SURFACES)
    for c in registry.values()
    for p in params_of(c)
}
KEEP |= {word for c in SURFACES.values() for word in re.findall(r"[A-Za-z]+", c.title)}
# Optimizer titles are names (RAdam, Adamax, Rprop, Lion, QHM, QHAdam, L-BFGS...), as in papers.
KEEP |= {word for c in OPTIMIZERS.values() for word in re.findall(r"[A-Za-z]+", c.title)}
WORD = re.compile(r"[A-Za-z][A-Za-z]{2,}")


def english_words(text: str) -> list[str]:
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    plain = re.sub(r"\{[^}]*\}|&(?=\w)", "", plain)
    words = []
    for word in WORD.findall(plain):
        if word not in KEEP and not any(part in KEEP for part in re.split(r"_", word)):
            words.append(word)
    return words


def visible_texts(window):
    for widget in window.findChildren(QLabel):
        yield "label", widget.text()
    for widget in window.findChildren(QAbstractButton):
        yield "button", widget.text()
    for widget in window.findChildren(QGroupBox):
        yield "group", widget.title()
    for widget in window.findChildren(QDockWidget):
        yield "dock", widget.windowTitle()
    for widget in window.findChildren(QLineEdit):
        yield "placeholder", widget.placeholderText()
    for widget in window.findChildren(QComboBox):
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    for table in window.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            item = table.horizontalHeaderItem(column)
            yield "table header", item.text() if item else ""
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        for column in range(header.columnCount()):
            yield "tree header", header.text(column)
    for widget in window.findChildren(object):
        tip = getattr(widget, "toolTip", None)
        if callable(tip) and widget.objectName()[:3] != "qt_":
            yield "tooltip", tip()
    for action in window.findChildren(object):
        if type(action).__name__ == "QAction":
            yield "action", action.text()
            yield "action tooltip", action.toolTip()


def plot_texts(window):
    import pyqtgraph as pg

    for plot in window.findChildren(pg.PlotWidget):
        item = plot.getPlotItem()
        yield "plot title", item.titleLabel.text
        for side in ("left", "bottom"):
            yield "axis label", item.getAxis(side).labelText


@pytest.fixture
def korean_window(qtbot, settings):
    assert qm_path("ko").exists(), "the Korean .qm is built by `make translations`"
    from gui.app import configure
    from gui.main_window import MainWindow

    configure()
    assert install_language("ko")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    for dock in window.host.docks():
        dock.show()
        dock.raise_()  # a tab brought to the front builds what it builds when first seen
    window.show()
    yield window
    install_language("en")


def test_every_visible_text_is_korean(korean_window):
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    left = {}
    for kind, text in [*visible_texts(korean_window), *plot_texts(korean_window)]:
        words = english_words(text or "")
        if words:
            left.setdefault(f"{kind}: {text[:80]!r}", words)
    assert not left, "\n".join(f"{k} -> {v}" for k, v in sorted(left.items()))
