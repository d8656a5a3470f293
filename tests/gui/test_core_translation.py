"""resources/translations/ko/core.ts: every window text translated, placeholders and keys kept."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from engine.run.status import Status
from gui.i18n import TRANSLATIONS, install_language, qm_path
from gui.panels.inspector import status_sentence

CORE = TRANSLATIONS / "ko" / "core.ts"
MESSAGES = [
    (context.findtext("name"), message)
    for context in ET.parse(CORE).getroot().iter("context")
    for message in context.iter("message")
]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\d+(?::[^}]*)?\}", text))


@pytest.mark.parametrize("context, message", MESSAGES, ids=lambda m: getattr(m, "tag", m))
def test_every_text_is_translated_with_its_placeholders(context, message):
    source, translation = message.findtext("source"), message.find("translation")
    assert translation.get("type") is None and translation.text, (context, source)
    assert placeholders(translation.text) == placeholders(source), (context, source)
    # A menu entry keeps its accelerator, in the Korean form "파일(&F)".
    if "&" in source:
        assert re.search(r"&\w", translation.text), (context, source)


@pytest.fixture
def korean(qapp):
    if not Path(qm_path("ko")).exists():
        pytest.fail("build the translations first: make translations")
    assert install_language("ko")
    yield
    install_language("en")


def test_korean_menus_and_status_sentences(korean):
    assert QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
    sentence = status_sentence(Status("converged", step=12, minimum=1, local=True), "Adam")
    assert sentence == "Adam: 스텝 12에서 지역 최소점에 수렴"
