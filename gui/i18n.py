"""Languages: Qt translators compiled from resources/translations/<lang>/*.ts.

Widgets mark their text with `self.tr("...")`; a module's plain functions use the `tr` that
`translator("Context")` makes; module-level text is marked with
`QT_TRANSLATE_NOOP("Context", "...")` and shown through `QCoreApplication.translate`.
Text that comes from the engine (titles, docs, preset explanations), which never imports
Qt, is shown through `engine_text`, under the context "engine".
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource

# The .qm files are committed (tests/test_translations_compiled.py) and ship in the wheel.
TRANSLATIONS = resource("translations")
LANGUAGES = {"en": "English", "ko": "한국어"}
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    return _current[0]


def qm_path(lang: str):
    return TRANSLATIONS / f"descent_lab_{lang}.qm"


def system_language() -> str:
    """The interface language the system locale asks for, if we have it; English otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install_language(lang: str) -> bool:
    """Use `lang` for every text shown from now on; False if its translations are missing."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = "en"
    if lang == "en":
        return True
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _current[0] = lang
    # Qt's own texts (OK, Cancel, Save in standard dialogs) come with PySide6.
    qt_texts = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_texts.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    return True


def engine_text(text: str) -> str:
    """A text written by the engine (a title, a doc line, an explanation), translated."""
    return QCoreApplication.translate("engine", text) if text else text


def translator(context: str) -> Callable[[str], str]:
    """`tr` for a module's functions that are no QObject's methods: its texts are translated
    in `context`, the class they were first written in, whose name the .ts files keep."""
    return functools.partial(QCoreApplication.translate, context)
