"""tools/engine_strings.py: collects the engine's texts and merges translations on re-runs."""

import xml.etree.ElementTree as ET

from engine.lecture import NOTATIONS
from engine.optimizers import OPTIMIZERS
from engine.scene.presets import PRESETS, load_preset
from engine.surfaces import SURFACES
from tools import engine_strings


def messages(path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {m.findtext("source"): m.find("translation") for m in root.iter("message")}


def test_collects_titles_docs_presets_notations_and_status_kinds():
    texts = set(engine_strings.engine_texts())
    assert {cls.title for cls in OPTIMIZERS.values()} <= texts
    assert {cls.about for cls in SURFACES.values() if cls.about} <= texts
    assert {load_preset(name).explanation for name in PRESETS} <= texts
    assert {n.title for n in NOTATIONS.values()} <= texts
    assert {"converged", "stalled", "diverged", "max_steps", "look-ahead"} <= texts
    assert "λ" not in texts  # a symbol alone is not translated


def test_dataclass_signature_is_not_taken_for_a_doc_line():
    class Bare:
        """Bare(k: 'float' = 0.01)"""

    assert engine_strings.first_line(Bare) == ""


def test_rerun_keeps_finished_translations_and_adds_new_texts_unfinished(tmp_path):
    path = tmp_path / "engine.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">'
        "<context><name>engine</name>"
        "<message><source>SGD</source><translation>에스지디</translation></message>"
        "<message><source>gone from the engine</source><translation>사라짐</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    total, unfinished = engine_strings.update(path)
    found = messages(path)
    assert found["SGD"].text == "에스지디" and found["SGD"].get("type") is None
    assert "gone from the engine" not in found
    assert found["gradient"].get("type") == "unfinished"
    assert (total, unfinished) == (len(found), len(found) - 1)


def test_every_engine_text_has_a_korean_translation():
    found = messages(engine_strings.ENGINE_TS)
    missing = [text for text in engine_strings.engine_texts()
               if text not in found or found[text].get("type") == "unfinished"]  # fmt: skip
    assert missing == [], "run tools/engine_strings.py and translate the new texts"
